"""Check the twentieth held-out quote gold (set T) against its articles: ``python3 tests/gold/quotes-heldout-t/check_gold.py``
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
    "articles/chatbot-1.txt": ["Ask me anything about your home"],       # a product's launch slogan
    "articles/doping-1.txt": ["la Fusée",                                # a rider's nickname
                              "Recovery Pro"],                           # a product's name
    "articles/doping-2.txt": ["batch-tested",                            # words printed on a seal
                              "Watts and Wonder,"],                      # a book's title (American comma inside)
    "articles/hoard-2.txt": ["Keep It in Dunstock"],                     # the name of a fundraising appeal
    "articles/ferry-1.txt": ["Seekrank",                                 # a name in a naming vote (headline)
                             "Seekrank",                                 # the same name in the body
                             "Pfrondseeperle"],                          # another entry in the vote
    "articles/ferry-2.txt": ["Seasick",                                  # the winning name, translated (headline)
                             "Pfrondseeperle"],                          # the name the board chose
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
