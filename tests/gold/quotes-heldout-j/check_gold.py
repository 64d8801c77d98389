"""Check the tenth held-out quote gold (set J) against its articles: ``python3 tests/gold/quotes-heldout-j/check_gold.py``
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
    "articles/ferry-1.txt": ["the Whaleback,"],                              # nickname of a sandbank (object of "call", American comma inside)
    "articles/ferry-2.txt": ["Connecting the Island"],                       # title of the council's ferry plan
    "articles/chess-1.txt": ["tablet generation"],                           # scare quotes after "so-called"
    "articles/chess-2.txt": ["the Little Queen"],                            # nickname of the champion
    "articles/wedding-1.txt": ["Glass Harbour",                              # title of a song
                               "couple of the summer"],                      # scare quotes after "so-called"
    "articles/wedding-2.txt": ["The Wedding That Wasn't"],                   # name of a ceilidh (an event's title)
    "articles/prices-1.txt": ["Butter war",                                  # nickname of the price war (headline)
                              "Cheaper Than Yesterday",                      # slogan on posters
                              "Frischling Matches Everything"],              # slogan on posters
    "articles/prices-2.txt": ["price promise"],                              # a term as the object of "call"
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
