"""Check the second held-out quote gold (set B) against its articles: ``python3 tests/gold/quotes-heldout-b/check_gold.py``
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
    "articles/trial-1.txt": ["Sunshine Weekend"],                           # name of a fundraising appeal
    "articles/trial-2.txt": ["Spreadsheet Gav", "Spreadsheet Gav",          # nickname (headline, body)
                             "consultancy invoices"],                       # scare quote (so-called)
    "articles/hospital-1.txt": ["Safer Wards"],                             # name of a programme
    "articles/hospital-2.txt": ["Twelve Too Many"],                         # name of a campaign
    "articles/airline-1.txt": ["RosterOne"],                                # product name
    "articles/airline-2.txt": ["FlexiRebook"],                              # product (app) name
    "articles/festival-1.txt": ["Paper Lanterns"],                          # song title
    "articles/festival-2.txt": ["weather clause", "The Hill Will Wait"],    # scare quote, record title
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
