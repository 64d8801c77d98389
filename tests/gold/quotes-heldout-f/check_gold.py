"""Check the sixth held-out quote gold (set F) against its articles: ``python3 tests/gold/quotes-heldout-f/check_gold.py``
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
    "articles/restaurant-2.txt": ["Pay Us, Idris",                           # slogan on a placard
                                  "No Wages, No Stars"],                     # slogan on a placard
    "articles/zoo-1.txt": ["the popcorn cat"],                               # nickname
    "articles/zoo-2.txt": ["popcorn cat"],                                   # nickname (headline)
    "articles/election-1.txt": ["it’s always close"],                        # words cited inside a quote
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
