"""Check the held-out quote gold set AC against its articles: ``python3 tests/gold/quotes-heldout-ac/check_gold.py``
from any directory. The checks are ``tests/gold/quote_gold_check.py``'s (every annotated quote in
its article as annotated, valid fields, reactions.json and the public reactions in quotes.json
the same set, every opening quotation mark an annotated direct quote or a listed non-quote);
it prints the counts and exits 1 on any error. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from quote_gold_check import main

# Quotation marks in the articles that are not quotes (not annotated in quotes.json): the words
# between the marks, in the order they appear.
NOT_QUOTES = {
    "articles/signal-1.txt": ["Hebel und Signale",                        # the title of the society's booklet
                              "der Leuchtturm"],                          # the villagers' nickname for the box
    "articles/signal-2.txt": ["The new owner,",                           # the letter's signature
                              "the Lighthouse,"],                         # the villagers' nickname, translated
    "articles/testcentre-1.txt": ["the Washing Machine"],                 # the learners' nickname for a roundabout
    "articles/testcentre-2.txt": ["the Washing Machine"],                 # the learners' nickname for a roundabout
    "articles/ballban-1.txt": ["Let Us Kick"],                            # the title of the petition
    "articles/ballban-2.txt": ["Invisible Cup"],                          # the pupils' name for the match
    "articles/parking-1.txt": ["la gare"],                                # the staff's nickname for the lower car park
    "articles/parking-2.txt": ["smart"],                                  # scare quotes
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
