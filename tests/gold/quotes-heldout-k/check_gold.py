"""Check the eleventh held-out quote gold (set K) against its articles: ``python3 tests/gold/quotes-heldout-k/check_gold.py``
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
    "articles/parking-1.txt": ["Nightmeter"],                                # name a hacking group calls itself (inside an indirect quote)
    "articles/parking-2.txt": ["re-pay"],                                    # a word cited from scam texts
    "articles/phones-1.txt": ["phone-free"],                                 # scare quotes after "so-called" (inside an indirect quote)
    "articles/phones-2.txt": ["Phones Away, Heads Up"],                      # the school's name for its ban (object of "call")
    "articles/manager-1.txt": ["le Gentleman",                               # nickname of the coach
                               "Pickersgill out"],                           # slogan on a banner
    "articles/manager-2.txt": ["Bazza"],                                     # nickname of the coach
    "articles/bird-1.txt": [],
    "articles/bird-2.txt": [],
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
