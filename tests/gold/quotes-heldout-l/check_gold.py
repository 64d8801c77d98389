"""Check the twelfth held-out quote gold (set L) against its articles: ``python3 tests/gold/quotes-heldout-l/check_gold.py``
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
    "articles/bakery-1.txt": ["The Loudest Loaf Alive,",                     # title of a video (American comma inside)
                              "Old Murgatroyd,"],                            # nickname of a sourdough starter, object of "call" (inside an indirect quote)
    "articles/bakery-2.txt": ["Let Hobnail Bake"],                           # title of a petition
    "articles/pub-1.txt": ["the Pike"],                                      # nickname of the pub
    "articles/pub-2.txt": ["Owners Pay Too"],                                # words written on a slate above the bar
    "articles/landslide-1.txt": ["the Balcony",                              # nickname of the road, object of "call"
                                 "managed retreat"],                         # scare quotes after "so-called"
    "articles/landslide-2.txt": ["Big Maud"],                                # nickname of a campervan
    "articles/donation-1.txt": ["Für schlechte Zeiten",                      # words written on an envelope (inside an indirect quote)
                                "For bad times"],                            # their translation (inside an indirect quote)
    "articles/donation-2.txt": [],
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
