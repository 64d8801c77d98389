"""Check the twenty-second held-out quote gold (set V) against its articles: ``python3 tests/gold/quotes-heldout-v/check_gold.py``
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
    "articles/radio-1.txt": ["noncompliance"],                           # a word cited inside a quote
    "articles/radio-2.txt": ["The Noon Grain Report",                    # a radio show's title
                             "polka incident"],                          # a scare quote (so-called)
    "articles/postbox-1.txt": ["Harbour Haze"],                          # a paint's name
    "articles/tree-1.txt": ["the Old Lady of the Market",                # the tree's nickname
                            "Erst fragen, dann sägen"],                  # a slogan on placards
    "articles/tree-2.txt": ["the Old Lady of the Market",                # the tree's nickname
                            "cut it down"],                              # words cited inside a quote
    "articles/lighthouse-1.txt": ["la Chandelle"],                       # the lighthouse's nickname
    "articles/lighthouse-2.txt": ["your boat is a potato"],              # words cited inside a quote
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
