"""Check the fourth held-out quote gold (set D) against its articles: ``python3 tests/gold/quotes-heldout-d/check_gold.py``
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
    "articles/cup-1.txt": ["El Cartero"],                                   # nickname of a player
    "articles/cup-2.txt": ["Cartero effect"],                               # scare quote (so-called)
    "articles/river-2.txt": ["an old river man",                            # a letter-writer's signature
                             "incident log"],                               # scare quote (so-called)
    "articles/bell-2.txt": ["Später Start"],                                # name of a trial
    "articles/sequel-1.txt": ["Skyward Tide",                               # title of a game (headline)
                              "delay", "trouble."],                         # words cited as words, inside a quote
    "articles/sequel-2.txt": ["crunch",                                     # scare quote (so-called)
                              "Tidewatch"],                                 # nickname of a streamer
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
