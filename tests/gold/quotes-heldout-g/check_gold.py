"""Check the seventh held-out quote gold (set G) against its articles: ``python3 tests/gold/quotes-heldout-g/check_gold.py``
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
    "articles/recall-1.txt": ["These things happen."],                       # speech reported inside a quote
    "articles/recall-2.txt": ["for now"],                                    # words cited inside a quote
    "articles/museum-1.txt": ["curiosities.",                                # words stenciled on crates
                              "They will come back when the people who took them have forgotten why."],
                                                                             # speech reported inside a quote
    "articles/pumpkin-1.txt": ["Big Marjorie",                               # nickname (headline)
                               "Harvest Home"],                              # title of a tune
    "articles/pumpkin-2.txt": ["Feeding the Giants"],                        # title of a book
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
