"""Check the held-out quote gold set AA against its articles: ``python3 tests/gold/quotes-heldout-aa/check_gold.py``
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
    "articles/bull-1.txt": ["the Gentleman",                              # the bull's nickname
                            "Buy one, get one free"],                     # a shop sign
    "articles/bull-2.txt": ["shopping trip"],                             # a scare quote
    "articles/dog-1.txt": ["Ein Napf für alle"],                          # the dog's campaign slogan
    "articles/dog-2.txt": ["Der Dackelmarsch,"],                          # the title of a tune
    "articles/ring-1.txt": ["M & T, toujours"],                           # the ring's engraving
    "articles/ring-2.txt": ["don't let go",                               # speech cited inside a quote
                            "Salt on My Collar"],                         # the title of a song
    "articles/bakery-1.txt": ["don’t panic"],                             # speech cited inside a quote
    "articles/bakery-2.txt": ["the Thursgate Tiger,",                     # the customers' name for a loaf
                              "Loaves of the Shires"],                    # the title of a television series
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
