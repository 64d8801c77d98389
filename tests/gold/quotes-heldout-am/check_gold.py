"""Check the thirty-ninth held-out quote gold (set AM) against its articles: ``python3 tests/gold/quotes-heldout-am/check_gold.py``
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
    "articles/jigsaw-1.txt": ["the Void"],                  # the regulars' name for the gap in the puzzle
    "articles/jigsaw-2.txt": ["Market Day, 1898"],          # the puzzle's title (comma outside)
    "articles/boules-1.txt": ["le Salon"],                  # the players' name for the square
    "articles/boules-2.txt": ["consultation,"],             # scare quotes (comma inside)
    "articles/float-1.txt": ["Frau Gakelmann"],             # the town's name for the goose
    "articles/float-2.txt": ["Gakelmann Goes to Town,"],    # the float's song (a title, comma inside)
    "articles/lights-1.txt": ["the Wee Rainbow"],           # the children's name for the lights
    "articles/lights-2.txt": ["The Red Light Reel"],        # a fiddle tune's title (comma outside)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
