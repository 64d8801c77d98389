"""Check the thirty-sixth held-out quote gold (set AJ) against its articles: ``python3 tests/gold/quotes-heldout-aj/check_gold.py``
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
    "articles/umbrella-1.txt": ["the Archdeacon"],                   # the staff's nickname for the oldest umbrella
    "articles/umbrella-2.txt": ["Is this Dad's?",                    # speech cited in single marks inside a direct quote
                                "The Long Wet Summer."],             # the play's title (stop inside)
    "articles/starter-1.txt": ["la Bête"],                           # the bakery's nickname for the levain
    "articles/starter-2.txt": ["mother"],                            # the bakers' term, in marks
    "articles/phonebox-1.txt": ["the Book Box"],                     # the villagers' name for the box
    "articles/phonebox-2.txt": ["Trudy"],                            # a nickname inside a name
    "articles/pier-1.txt": ["Madame Möwe"],                          # the resort's nickname for the machine
    "articles/pier-2.txt": ["Madame Möwe",                           # the same nickname
                            "forecasts"],                            # a scare quote
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
