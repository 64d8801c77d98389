"""Check the twenty-seventh held-out quote gold (set AB) against its articles: ``python3 tests/gold/quotes-heldout-ab/check_gold.py``
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
    "articles/sign-1.txt": ["Cockhouse Lane"],                            # the misspelt sign, cited inside an indirect quote
    "articles/sign-2.txt": ["Cockhouse Lane",                             # the misspelt sign, cited inside an indirect quote
                            "the Dropped L"],                             # a cocktail's name
    "articles/wedding-1.txt": ["Zwoa Liachtln"],                          # the title of the first-dance song
    "articles/wedding-2.txt": [],
    "articles/tortoise-1.txt": ["la Doyenne"],                            # the finder's name for the tortoise
    "articles/tortoise-2.txt": ["Pebble,",                                # the tortoise's name translated
                                "REWARD: 100 FRANCS."],                   # a poster's words cited inside a quote
    "articles/coats-1.txt": ["Coats on, brains on"],                      # the slogan on a bedsheet
    "articles/coats-2.txt": ["Coats on, brains on,"],                     # the slogan on a bedsheet
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
