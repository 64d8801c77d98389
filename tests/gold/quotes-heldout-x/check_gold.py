"""Check the twenty-fourth held-out quote gold (set X) against its articles: ``python3 tests/gold/quotes-heldout-x/check_gold.py``
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
    "articles/goats-1.txt": ["the Duchess"],                              # the lead goat's nickname
    "articles/goats-2.txt": ["Grazed but Not Beaten"],                    # the display's new title
    "articles/syndicate-1.txt": ["the Tea Break Fourteen"],               # the syndicate's nickname
    "articles/xmastree-1.txt": ["der Spargel",                            # the tree's nickname
                                "Tannenzauber"],                          # a television programme's title
    "articles/xmastree-2.txt": ["saddest",                                # a scare quote in the headline
                                "the Asparagus.",                         # the tree's nickname
                                "Tannenzauber,"],                         # a television show's title
    "articles/birth-1.txt": ["Petit Jour sur Vaurenne",                   # a song's title
                             "le petit routier"],                         # the baby's nickname
    "articles/birth-2.txt": ["Yes, madame. Done, madame.",                # speech cited inside a quote
                             "Little Hippo,"],                            # the baby's nickname
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
