"""Check the twenty-sixth held-out quote gold (set Z) against its articles: ``python3 tests/gold/quotes-heldout-z/check_gold.py``
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
    "articles/museum-1.txt": ["Gelbe Unruhe"],                            # the painting's title
    "articles/museum-2.txt": ["Yellow Unrest,",                           # the painting's title
                              "the Headstand,",                           # the staff's nickname for it
                              "the drips ran the wrong way,"],            # words cited inside a quote
    "articles/gulls-1.txt": ["gull-proof",                                # a scare quote
                             "the Foreman"],                              # a gull's nickname
    "articles/gulls-2.txt": ["gull-proof"],                               # a scare quote
    "articles/coach-1.txt": ["No Through Road",                           # a road sign cited inside a quote
                             "Coaches turn left"],                        # a planned road sign
    "articles/coach-2.txt": ["l'impasse anglaise"],                       # the passengers' name for the lane
    "articles/grades-1.txt": ["Results you can trust"],                   # the board's slogan
    "articles/grades-2.txt": ["Fake Results Day,"],                       # the pupils' name for the day
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
