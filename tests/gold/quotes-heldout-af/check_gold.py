"""Check the thirty-second held-out quote gold (set AF) against its articles: ``python3 tests/gold/quotes-heldout-af/check_gold.py``
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
    "articles/nativity-1.txt": ["The Straw and the Star",                 # the play's title
                                "the Verger"],                      # the donkey's nickname
    "articles/nativity-2.txt": ["The Straw and the Star,"],               # the play's title
    "articles/parking-1.txt": ["the Bear Pit"],                           # the car park's nickname
    "articles/parking-2.txt": ["Cooperage Street refunds"],               # the heading of a web page
    "articles/mascot-1.txt": ["Dachsi",                                   # the mascot's name
                              "protest"],                                 # a scare quote
    "articles/scarecrow-1.txt": ["le Grand Jacquot"],                     # the scarecrow's nickname
    "articles/scarecrow-2.txt": ["le Grand Jacquot"],                     # the scarecrow's nickname
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
