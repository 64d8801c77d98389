"""Check the thirteenth held-out quote gold (set M) against its articles: ``python3 tests/gold/quotes-heldout-m/check_gold.py``
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
    "articles/festival-1.txt": ["Salt Lamp,",                                # title of a song (American comma inside)
                                "Salt Lamp"],                                # the same title again
    "articles/festival-2.txt": ["die Schüssel",                              # nickname of the main stage (inside an indirect quote)
                                "the Bowl"],                                 # its translation (inside an indirect quote)
    "articles/lecturers-1.txt": ["No More Goodwill",                         # heading of a press release
                                 "An update on the ballot"],                 # subject line of an email
    "articles/lecturers-2.txt": ["Pay Us, Not the Consultants",              # slogan on a placard
                                 "Wenlow Works Because We Do"],              # slogan on a placard
    "articles/dog-1.txt": ["Retrouvons Mochi",                               # name of a Facebook group
                           "the ghost of the Tressaillon",                   # nickname of the dog, object of "call"
                           "when",                                           # word cited inside a quote (straight doubles inside French marks)
                           "if"],                                            # word cited inside a quote (straight doubles inside French marks)
    "articles/dog-2.txt": [],
    "articles/lane-1.txt": [],
    "articles/lane-2.txt": ["the Tangerine Mile",                            # nickname of the lane, object of "call"
                            "Quashed. Please ride carefully anyway."],       # words on a handwritten sign taped to a bollard
}

if __name__ == "__main__":
    sys.exit(main(HERE, NOT_QUOTES))
