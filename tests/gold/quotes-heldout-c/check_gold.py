"""Check the third held-out quote gold (set C) against its articles: ``python3 tests/gold/quotes-heldout-c/check_gold.py``
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
    "articles/bridge-1.txt": ["the Creaker,"],                              # nickname of the bridge
    "articles/photos-1.txt": ["Forever Free"],                              # name of a plan
    "articles/photos-2.txt": ["storage sunset",                             # scare quote (so-called)
                              "How to rescue your Hearthbox photos before March."],  # video title
    "articles/lifts-1.txt": ["Sérac 2035"],                                 # name of a plan
    "articles/lifts-2.txt": ["the Grandmother", "white gold"],              # nickname, scare quote (so-called)
    "articles/painting-1.txt": ["The Orchard at Dusk", "the Ladder Men"],   # title of a painting, nickname
    "articles/painting-2.txt": ["The Orchard at Dusk"],                     # title of a painting
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
