"""Check the thirty-first held-out quote gold (set AE) against its articles: ``python3 tests/gold/quotes-heldout-ae/check_gold.py``
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
    "articles/lights-1.txt": ["Stern über Würzenau",                      # the song the choir sang
                              "Dunkeldorf"],                              # the village's nickname online
    "articles/lights-2.txt": ["Darkville."],                              # the village's nickname on X
    "articles/lorry-1.txt": ["le Boyau"],                                 # the lane's local nickname
    "articles/lorry-2.txt": ["le Boyau"],                                 # the lane's local nickname
    "articles/radio-1.txt": ["Bedside Requests",                          # the title of a programme
                             "the Night Owl"],                            # a presenter's nickname
    "articles/swim-1.txt": ["Not Fit to Dip"],                            # the title of the club's report
    "articles/swim-2.txt": ["Not Fit to Dip,"],                           # the title of the club's report
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
