"""Check the nineteenth held-out quote gold (set S) against its articles: ``python3 tests/gold/quotes-heldout-s/check_gold.py``
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
    "articles/ae-1.txt": ["Estimated wait: 9 hrs"],                      # a waiting-time display screen
    "articles/dating-1.txt": ["hidden",                                  # a scare quote (the app's own term)
                              "Something we need to tell you"],          # an email's subject line
    "articles/budget-2.txt": ["Nobody ever learned to read at a fireworks display."],  # a slogan printed on T-shirts
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
