"""Check the thirty-eighth held-out quote gold (set AL) against its articles: ``python3 tests/gold/quotes-heldout-al/check_gold.py``
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
    "articles/deckchair-1.txt": ["Mr Stripes"],                    # the children's nickname for the attendant
    "articles/deckchair-2.txt": ["The Man in the Green Hut"],      # a song's title (comma outside)
    "articles/railway-1.txt": ["Klein-Kesselbrunn"],               # the members' name for the miniature town
    "articles/railway-2.txt": ["The Town Under the School,"],      # a short film's title (comma inside)
    "articles/kite-1.txt": ["Mémé Baleine"],                      # the club's nickname for the kite
    "articles/kite-2.txt": ["Granny Whale,"],                     # the kite's nickname in English (comma inside)
    "articles/snail-1.txt": ["Gherkin"],                          # the snail's name
    "articles/snail-2.txt": ["Shellgate"],                        # the villagers' name for the hearing
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
