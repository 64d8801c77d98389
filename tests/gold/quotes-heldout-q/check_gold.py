"""Check the seventeenth held-out quote gold (set Q) against its articles: ``python3 tests/gold/quotes-heldout-q/check_gold.py``
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
    "articles/tribunal-1.txt": ["Timetable"],                              # the name staff gave the swan (inside an indirect quote, marks kept in its text)
    "articles/tractor-2.txt": ["check antenna."],                          # a tractor screen's message cited inside an embedded post (straight singles inside straight doubles, American stop inside)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
