"""Check the thirty-fifth held-out quote gold (set AI) against its articles: ``python3 tests/gold/quotes-heldout-ai/check_gold.py``
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
    "articles/duck-1.txt": ["the Gatecrasher"],                     # the villagers' nickname for the winning duck
    "articles/duck-2.txt": ["Miss S. Worsfold."],                   # the name as written in the entry book (stop inside)
    "articles/windmill-1.txt": ["die alte Dame"],                   # the villagers' nickname for the mill
    "articles/windmill-2.txt": ["stork watch,"],                     # the residents' name for their Sunday gathering (comma inside)
    "articles/capsule-2.txt": ["Over the Hill to Kilnfield"],       # the song's title on the choir's cassette
    "articles/tuba-1.txt": ["la Baleine"],                          # the tuba's nickname in the band
    "articles/tuba-2.txt": ["present"],                             # a scare quote (the thief's word for the tuba)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
