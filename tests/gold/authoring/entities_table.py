"""Every person and organisation in the demo corpus, with the name variants that appear.

Mentions are found by the build script (longest alias wins; an alias shared by two entities,
like the surname "Hartmann", is given to the one whose full name appears in that article).
"""

from __future__ import annotations

ENTITIES: list[dict[str, object]] = [
    {"name": "Bahtiyar Duysak", "label": "PERSON",
     "aliases": ["Bahtiyar Duysak", "Duysak", "Mr Duysak", "Mr. Duysak", "Duysak’s", "Duysak's",
                 "Mr Duysak’s", "Mr. Duysak's", "Bahtiyar Duysak’s"]},
    {"name": "Donald Trump", "label": "PERSON",
     "aliases": ["Donald Trump", "Trump", "Mr Trump", "President Trump", "President Donald Trump",
                 "@realDonaldTrump", "Donald Trump’s", "Trump’s", "Trump's", "Mr Trump’s",
                 "President Trump’s", "President Donald Trump's", "Donald Trump's"]},
    {"name": "Jerome Powell", "label": "PERSON", "aliases": ["Jerome Powell", "Powell"]},
    {"name": "Daniel Hartmann", "label": "PERSON",
     "aliases": ["Daniel Hartmann", "Hartmann", "Professor Hartmann"],
     "note": "insider-risk researcher; shares a surname with the columnist Lena Hartmann"},
    {"name": "Lena Hartmann", "label": "PERSON", "aliases": ["Lena Hartmann", "Hartmann"],
     "note": "Northgate Gazette columnist; shares a surname with Daniel Hartmann"},
    {"name": "Oliver Pennington", "label": "PERSON", "aliases": ["Oliver Pennington"],
     "note": "byline only"},
    {"name": "Priya Raman", "label": "PERSON", "aliases": ["Priya Raman"], "note": "byline only"},
    {"name": "Marcus Oyelaran", "label": "PERSON", "aliases": ["Marcus Oyelaran"],
     "note": "byline only"},
    {"name": "Jess Whitcombe", "label": "PERSON", "aliases": ["Jess Whitcombe"],
     "note": "byline only"},
    {"name": "Carmen Iglesias", "label": "PERSON", "aliases": ["Carmen Iglesias"],
     "note": "byline only"},
    {"name": "David Osei", "label": "PERSON", "aliases": ["David Osei"], "note": "byline only"},
    {"name": "Tom Ashby", "label": "PERSON", "aliases": ["Tom Ashby"], "note": "byline only"},
    {"name": "Twitter", "label": "ORG",
     "aliases": ["Twitter", "Twitter’s", "Twitter's", "@TwitterGov"]},
    {"name": "TechCrunch", "label": "ORG", "aliases": ["TechCrunch"]},
    {"name": "Federal Reserve", "label": "ORG", "aliases": ["Federal Reserve", "the Fed"]},
    {"name": "White House", "label": "ORG", "aliases": ["White House"]},
    {"name": "Lakeshore Institute of Technology", "label": "ORG",
     "aliases": ["Lakeshore Institute of Technology"]},
    {"name": "Circuit Review", "label": "ORG", "aliases": ["Circuit Review"]},
    {"name": "Northgate Gazette", "label": "ORG", "aliases": ["Northgate Gazette", "Gazette"]},
    {"name": "The Daily Meridian", "label": "ORG", "aliases": ["The Daily Meridian", "Daily Meridian"]},
    {"name": "The Pacific Ledger", "label": "ORG", "aliases": ["The Pacific Ledger", "Pacific Ledger"]},
    {"name": "Transatlantic Press", "label": "ORG", "aliases": ["Transatlantic Press"]},
    {"name": "Reddit", "label": "ORG", "aliases": ["Reddit"]},
    {"name": "Hacker News", "label": "ORG", "aliases": ["Hacker News"]},
]
