"""Check the forty-first held-out quote gold (set AO) against its articles: ``python3 tests/gold/quotes-heldout-ao/check_gold.py``
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
    "articles/carillon-1.txt": ["le Traître"],                      # the villagers' name for the bell tower
    "articles/carillon-2.txt": ["The Orsimont March,"],             # the rival village's anthem (a title, comma inside)
    "articles/swarm-1.txt": ["the Honeymobile"],                    # the shoppers' name for the car
    "articles/swarm-2.txt": ["A Swarm Is Not an Emergency"],        # a leaflet's title (comma outside)
    "articles/maze-1.txt": ["the Big Hare"],                        # the family's name for the maze
    "articles/maze-2.txt": ["Twelve Hens, No Map"],                 # a group chat's name (a comma inside the name)
    "articles/piano-1.txt": ["Abendzug"],                           # the waltz's title (comma outside)
    "articles/piano-2.txt": ["ban,"],                               # scare quotes (comma inside)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
