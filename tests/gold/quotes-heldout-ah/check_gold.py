"""Check the thirty-fourth held-out quote gold (set AH) against its articles: ``python3 tests/gold/quotes-heldout-ah/check_gold.py``
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
    "articles/cow-1.txt": ["die Ausreißerin"],                         # the cow's nickname on the farm
    "articles/pasty-1.txt": ["the Topknot"],                           # the pasty's nickname
    "articles/pasty-2.txt": ["open crimp"],                            # the name of the new class
    "articles/council-1.txt": ["Have You Seen My Slipper"],            # the remix's title
    "articles/postcard-1.txt": ["Hôtel des Mouettes",                  # the hotel's name on the card
                                "M. et Mme Roucheteau"],               # the address written on the card
    "articles/postcard-2.txt": ["Les Pieds dans l'Eau,"],              # the song's title
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
