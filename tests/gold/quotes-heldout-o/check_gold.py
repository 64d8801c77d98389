"""Check the fifteenth held-out quote gold (set O) against its articles: ``python3 tests/gold/quotes-heldout-o/check_gold.py``
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
    "articles/baggage-1.txt": ["smart tray",                               # scare quotes after "so-called" (inside an indirect quote, marks kept in its text)
                               "the Graveyard."],                          # nickname of a baggage hall, object of "call" (American stop inside)
    "articles/baggage-2.txt": ["smart tray"],                              # the sorter's name, in British single quotes
    "articles/apology-1.txt": ["Night Shift",                              # title of a stand-up routine
                               "I Owe the Wards an Apology,",              # title of a video (American comma inside)
                               "sorry if you were offended",               # words cited inside a quote (curly singles inside curly doubles)
                               "he means it,"],                            # speech nested inside a quote (curly singles inside curly doubles)
    "articles/apology-2.txt": ["Zaal Vol"],                                # title of a tour (inside an indirect quote, marks kept in its text)
    "articles/retraction-1.txt": ["Mastication and Recall in Late Adulthood",  # title of a paper
                                  "gum effect"],                           # scare quotes after "so-called"
    "articles/retraction-2.txt": ["Peer reviewed"],                        # words on a handwritten card
    "articles/bins-1.txt": ["Never Miss a Bin Day Again"],                 # a slogan printed on leaflets
    "articles/bins-2.txt": ["RETIRED"],                                    # words on a sign taped to a bin
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
