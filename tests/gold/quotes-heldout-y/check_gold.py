"""Check the twenty-fifth held-out quote gold (set Y) against its articles: ``python3 tests/gold/quotes-heldout-y/check_gold.py``
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
    "articles/parrot-1.txt": ["le petit gendarme"],                       # the parrot's nickname
    "articles/parrot-2.txt": ["the little policeman."],                   # the parrot's nickname
    "articles/cycle-1.txt": ["der Buckel"],                               # the climb's local name
    "articles/cycle-2.txt": ["the Lost Leaders"],                         # the two riders' nickname
    "articles/clock-1.txt": ["Old Thirteen"],                             # the clock's nickname
    "articles/clock-2.txt": ["Old Thirteen Forever"],                     # a commenter's signature
    "articles/sausage-1.txt": ["the Long Lad"],                           # the roll's nickname
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
