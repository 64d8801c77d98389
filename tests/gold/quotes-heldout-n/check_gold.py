"""Check the fourteenth held-out quote gold (set N) against its articles: ``python3 tests/gold/quotes-heldout-n/check_gold.py``
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
    "articles/sewage-1.txt": ["dry spills"],                                # scare quotes after "so-called" (inside a relative clause, not a quote)
    "articles/sewage-2.txt": [],
    "articles/count-1.txt": [],
    "articles/count-2.txt": ["the Pothole Nurse"],                         # nickname of the winner, object of "call"
    "articles/tornado-1.txt": [],
    "articles/tornado-2.txt": ["WE’RE FINE. NO ROOFERS."],                 # words spray-painted on a garage door (American stop inside)
    "articles/recall-1.txt": ["Hardware Is Hard,",                          # title of a podcast (American comma inside)
                              "Explain yourself."],                         # an email's subject line cited inside a quote (curly singles inside curly doubles)
    "articles/recall-2.txt": ["Maïwenn, even the goats eat on time"],       # speech nested inside a quote (straight doubles inside French marks)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
