"""Check the fifth held-out quote gold (set E) against its articles: ``python3 tests/gold/quotes-heldout-e/check_gold.py``
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
    "articles/flood-2.txt": ["Oddle Shield"],                               # name of a flood scheme (in an indirect quote)
    "articles/outage-1.txt": ["Everything's cozy!"],                        # the app's message, cited inside a quote
    "articles/outage-2.txt": ["What went wrong on Sunday night"],           # heading of a statement
    "articles/obit-1.txt": ["The Moon in a Bucket",                         # title of a show
                            "Monsieur Ficelle",                             # nickname
                            "The Moon in a Bucket",                         # title of a show, inside a quote
                            "Crow at the Window"],                            # title of a show (in an indirect quote)
    "articles/obit-2.txt": ["Monsieur Ficelle",                             # nickname (headline)
                            "Crow at the Window"],                            # title of a show (in an indirect quote)
    "articles/prize-1.txt": ["Salt in the Engine,",                         # title of an album
                             "the Pint.",                                   # nickname of a trophy
                             "Ferris Wheel in November."],                  # title of a song
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
