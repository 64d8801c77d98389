"""Check the twenty-first held-out quote gold (set U) against its articles: ``python3 tests/gold/quotes-heldout-u/check_gold.py``
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
    "articles/cruise-2.txt": ["never again",                             # speech nested inside a quote
                              "deep clean",                              # a scare quote (so-called)
                              "Marravelle Mornings"],                    # a newsletter's title
    "articles/league-1.txt": ["Biggest Climber",                         # a badge's name (so-called)
                              "Top Five. Our Time.",                     # a slogan on banners
                              "top five university",                     # words cited inside a quote
                              "68th"],                                   # a word cited inside a quote
    "articles/league-2.txt": ["Top Five. Our Time.",                     # the slogan on the banners
                              "Biggest Climber"],                        # the guide's category
    "articles/library-1.txt": ["Das Geheimnis der Nebelbucht"],          # a book's title
    "articles/library-2.txt": ["That book isn't mine. It belongs to Ebersmühl."],  # speech nested inside a quote
    "articles/hut-1.txt": ["la Vigie"],                                  # the hut's nickname
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
