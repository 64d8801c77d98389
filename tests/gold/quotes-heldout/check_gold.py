"""Check the held-out quote gold (set A) against its articles: ``python3 tests/gold/quotes-heldout/check_gold.py``
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
    "articles/water-1.txt": ["Ageing Mains, Rising Risk", "fix"],          # report title, scare quote
    "articles/election-1.txt": ["listening tour"],                          # scare quote
    "articles/election-2.txt": ["A Region That Works"],                     # book title
    "articles/breach-1.txt": ["Your Run, Your Data,"],                      # title of a web page
    "articles/breach-2.txt": ["privacy zones,"],                            # scare quote
    "articles/takeover-1.txt": ["Bulldozer"],                               # nickname
    "articles/takeover-2.txt": ["Mud, Rain and Rovers"],                    # film title
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
