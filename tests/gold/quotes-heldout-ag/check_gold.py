"""Check the thirty-third held-out quote gold (set AG) against its articles: ``python3 tests/gold/quotes-heldout-ag/check_gold.py``
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
    "articles/snake-1.txt": ["the Phantom of Tenter Row"],            # the snake's nickname
    "articles/bells-1.txt": ["Margot",                                 # the bell's name
                             "Rendez-nous Margot"],                    # the petition's title
    "articles/bells-2.txt": ["the slipper"],                           # the pad's nickname
    "articles/bridge-1.txt": ["der Fährmann"],                         # the ferryman's nickname
    "articles/bridge-2.txt": ["the ferryman."],                        # the ferryman's nickname
    "articles/uniform-1.txt": ["Onward Together"],                     # the school's motto
    "articles/uniform-2.txt": ["Battle of the Blazers"],               # a Facebook group's name for the row
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
