"""Check the sixteenth held-out quote gold (set P) against its articles: ``python3 tests/gold/quotes-heldout-p/check_gold.py``
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
    "articles/rail-1.txt": ["the Long Legs"],                              # nickname of a viaduct, object of "call" (inside an indirect quote, marks kept in its text)
    "articles/rail-2.txt": ["Lady Ottermere",                              # a locomotive's name
                            "Lady Ottermere"],                             # the same, inside an indirect quote (marks kept in its text)
    "articles/carpark-1.txt": ["green travel"],                            # scare quotes after "so-called"
    "articles/bee-1.txt": ["Judgement",                                    # words cited as words in the headline
                           "judgment",
                           "judgment",                                     # the word given to spell
                           "quiescent"],                                   # the winning word
    "articles/bee-2.txt": ["judgement",                                    # a word cited inside an indirect quote (marks kept in its text)
                           "judgement",                                    # the same, inside another indirect quote
                           "judgement",                                    # a word cited inside a quote (curly singles inside curly doubles)
                           "colour"],                                      # the same
    "articles/coin-1.txt": ["Amselburnn"],                                 # the misspelling struck on the coin (inside an indirect quote)
    "articles/coin-2.txt": ["ERROR 2 EURO AMSELBURNN UNC RARE!!",          # title of an auction listing
                            "AMSELBURNN ERROR"],                           # words printed on a grading holder (inside an indirect quote)
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
