"""Check the eighth held-out quote gold (set H) against its articles: ``python3 tests/gold/quotes-heldout-h/check_gold.py``
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
    "articles/marathon-1.txt": ["the Hairpin"],                              # nickname of a stretch of road
    "articles/marathon-2.txt": ["I RAN 41.8"],                               # slogan printed on T-shirts
    "articles/layoffs-1.txt": ["Quick sync",                                 # title of a calendar invite
                               "hard decision"],                             # words cited inside a quote
    "articles/layoffs-2.txt": ["A smaller, stronger Zellkraft"],             # heading of a memo
    "articles/wildfire-1.txt": ["Getting Out Alive."],                       # title of a report
    "articles/wildfire-2.txt": ["THANK YOU FIREFIGHTERS"],                   # slogan painted on a bedsheet
    "articles/lottery-1.txt": ["the Spin Cycle Millionaire"],                # nickname
    "articles/lottery-2.txt": ["Wash Day Justice"],                          # name of a campaign
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
