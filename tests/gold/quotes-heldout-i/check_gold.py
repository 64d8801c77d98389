"""Check the ninth held-out quote gold (set I) against its articles: ``python3 tests/gold/quotes-heldout-i/check_gold.py``
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
    "articles/space-1.txt": ["The Night Pipit Woke Up."],                    # title of a blog post
    "articles/space-2.txt": ["Chirpy"],                                      # nickname of the satellite
    "articles/tram-1.txt": ["Corkscrew",                                     # nickname of a curve (headline, inside an indirect quote)
                            "Curve 14: Speed, Signs and Steel"],             # title of a report
    "articles/tram-2.txt": ["the Corkscrew"],                                # nickname of a curve (inside an indirect quote)
    "articles/parliament-1.txt": ["Flying Chancellery"],                     # nickname of a helicopter (headline)
    "articles/parliament-2.txt": ["Clear Figures for Hennemark"],             # title of a motion
    "articles/heatwave-1.txt": ["tropical night",                            # a term as the object of "call"
                                "Shade Is Free"],                            # slogan on posters
    "articles/heatwave-2.txt": ["heat dome"],                                # a term as the object of "call"
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
