"""Check the thirtieth held-out quote gold (set AD) against its articles: ``python3 tests/gold/quotes-heldout-ad/check_gold.py``
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
    "articles/bottle-1.txt": ["Mrs P"],                                   # the writer's nickname at school
    "articles/bottle-2.txt": ["la petite Anglaise"],                      # the finder's name for the bottle
    "articles/quiz-1.txt": ["Half Past Knowing",                          # a quiz team's name
                            "comfort break"],                             # a scare quote after so-called
    "articles/quiz-2.txt": ["Flip Side"],                                 # the title of the music round
    "articles/sculpture-1.txt": ["Der wachsame Hase",                     # the sculpture's title
                                 "Blechhase"],                            # the sculpture's nickname online
    "articles/sculpture-2.txt": ["The Watchful Hare,"],                   # the sculpture's title translated
    "articles/swim-1.txt": ["Big Shiver"],                                # the event's name
    "articles/swim-2.txt": ["Unofficial Shiverers,"],                     # the rogue swimmers' nickname
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
