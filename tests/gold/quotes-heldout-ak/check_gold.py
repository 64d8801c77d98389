"""Check the thirty-seventh held-out quote gold (set AK) against its articles: ``python3 tests/gold/quotes-heldout-ak/check_gold.py``
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
    "articles/cat-1.txt": ["the Second Mate"],                      # the crew's nickname for the cat
    "articles/cat-2.txt": ["Kedgeree Crosses the Sound,"],          # a picture book's title (comma inside)
    "articles/hedgehog-1.txt": ["Nan’s night shift"],               # the video's title
    "articles/hedgehog-2.txt": ["Clarrie and the hogs"],            # the signature on the sign
    "articles/pigeon-1.txt": ["der Spätheimkehrer"],                # the club's nickname for the pigeon
    "articles/pigeon-2.txt": ["le Revenant"],                       # the village's nickname for the pigeon
    "articles/floral-1.txt": ["low-maintenance"],                   # the spokeswoman's word cited by the paper (a scare quote)
    "articles/floral-2.txt": ["the Clock Watchers,"],               # the volunteers' name for themselves (comma inside)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
