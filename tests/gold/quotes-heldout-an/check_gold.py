"""Check the fortieth held-out quote gold (set AN) against its articles: ``python3 tests/gold/quotes-heldout-an/check_gold.py``
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
    "articles/cricket-1.txt": ["Old Twenty-to-Four"],               # the regulars' name for the clock
    "articles/cricket-2.txt": ["A Hundred Summers at Greaveley"],   # a book's title (comma outside)
    "articles/swan-1.txt": ["le Douanier"],                         # the villagers' name for the swan
    "articles/swan-2.txt": ["negotiations,"],                       # scare quotes (comma inside)
    "articles/herring-1.txt": ["Kieuw"],                            # the guild members' name for the robot
    "articles/herring-2.txt": ["Silver of the Sea,"],               # the contest's tune (a title, comma inside)
    "articles/panto-1.txt": ["Sir Galloper"],                       # the children's name for the horse
    "articles/panto-2.txt": ["The Miller's Mare"],                  # the pantomime's title (comma outside)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
