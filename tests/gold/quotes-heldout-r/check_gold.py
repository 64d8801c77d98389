"""Check the eighteenth held-out quote gold (set R) against its articles: ``python3 tests/gold/quotes-heldout-r/check_gold.py``
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
    "articles/school-2.txt": ["a grandad",                                 # the signature on a consultation response
                              "Keep Stallingwick Small"],                  # the name a parents' campaign calls itself
    "articles/transfer-2.txt": ["41 SECONDES"],                            # words on a supporters' banner
    "articles/concert-1.txt": ["Glacier"],                                 # a symphony's nickname in the headline
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
