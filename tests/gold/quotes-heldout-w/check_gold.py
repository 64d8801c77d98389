"""Check the twenty-third held-out quote gold (set W) against its articles: ``python3 tests/gold/quotes-heldout-w/check_gold.py``
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
    "articles/meteor-1.txt": ["Well, that’s not the cat.",                # speech cited inside a quote
                              "the Colonel,"],                            # the cat's name
    "articles/meteor-2.txt": ["meteorite tourists"],                      # a scare quote (so-called)
    "articles/band-1.txt": ["Scarthwaite Lass"],                          # a march's title
    "articles/band-2.txt": ["Scarthwaite Lass"],                          # a march's title inside a quote
    "articles/crossword-1.txt": ["Grübelmeister"],                        # the setter's pen name
    "articles/crossword-2.txt": ["Grübelmeister",                         # the setter's pen name
                                 "Nettle"],                               # another setter's pen name
    "articles/diving-1.txt": ["la Girafe"],                               # the diving tower's nickname
    "articles/diving-2.txt": ["the Giraffe,",                             # the diving tower's nickname
                              "retirement"],                              # a scare quote
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
