"""Build entities.json (the held-out entity gold) from the table below and the texts in articles/.

Every PERSON and ORG of the nine articles is listed with the forms it is written in. The
builder (``tests/gold/entity_gold_build.py``, shared by every held-out entity set) finds each form in each article (whole words; the longest form wins where two overlap,
so "Pryce Capital" is the firm and not the man; a possessive after the form is kept in the
mention), and writes ``[{name, label, aliases, mentions: [{article, text, occurrence,
start_char, end_char}]}]``. ``occurrence`` counts every earlier occurrence of the exact string
in the article, as ``evaluate_entities`` locates it. An entity with ``in`` is looked for only in
the articles whose names start with one of those prefixes: the same surname names different
people in different stories ("Pettifer"), and "Brightwell" is a company in the recall story and
a footballer in the transfer story. A form claimed by two entities in one article stops the
build.

    python tests/gold/entities-heldout/build_gold.py           # write entities.json
    python tests/gold/entities-heldout/build_gold.py --review  # also list capitalised words no
                                                                 # mention covers, to check by eye
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from entity_gold_build import main  # the shared builder, beside this folder

ENTITIES: list[dict] = [
    # -- council story (British) --
    {"name": "Hollinsford Borough Council", "label": "ORG", "aliases": ["Hollinsford Borough Council"]},
    {"name": "Clarion", "label": "ORG", "aliases": ["Clarion"], "note": "the outlet of council-1, named only as 'the Clarion'"},
    {"name": "Tarnfield Construction", "label": "ORG", "aliases": ["Tarnfield Construction Ltd", "Tarnfield Construction", "Tarnfield"],
     "note": "bare 'Tarnfield' is the company in both articles ('Tarnfield, which is based in Leeds')"},
    {"name": "Owen Tarnfield", "label": "PERSON", "aliases": ["Owen Tarnfield"], "note": "founder, named like his company"},
    {"name": "Graham Pettifer", "label": "PERSON", "aliases": ["Graham Pettifer", "Mr Pettifer", "Pettifer"], "in": ["council"],
     "note": "shares a surname with Judge Ruth Pettifer of the court story"},
    {"name": "Imogen Sall", "label": "PERSON", "aliases": ["Dr Imogen Sall", "Imogen Sall", "Dr Sall", "@imogen_sall"]},
    {"name": "Bernadette Quayle", "label": "PERSON", "aliases": ["Bernadette Quayle", "Ms Quayle"]},
    {"name": "Local Accounts Standards Authority", "label": "ORG",
     "aliases": ["Local Accounts Standards Authority", "Authority", "LASA"], "in": ["council"]},
    {"name": "Priti Vasani", "label": "PERSON", "aliases": ["Priti Vasani", "Ms Vasani"]},
    {"name": "Hollinsford Independents", "label": "ORG", "aliases": ["Hollinsford Independents"]},
    {"name": "Maureen Tully", "label": "PERSON", "aliases": ["Maureen Tully", "Mrs Tully"]},
    {"name": "Hugh Carrick", "label": "PERSON", "aliases": ["Professor Hugh Carrick", "Hugh Carrick"]},
    {"name": "Siobhan Drury", "label": "PERSON", "aliases": ["Siobhan Drury", "Ms Drury"]},
    {"name": "Drury Keane Solicitors", "label": "ORG", "aliases": ["Drury Keane Solicitors"]},
    {"name": "North Vale Radio", "label": "ORG", "aliases": ["North Vale Radio"]},
    {"name": "Unison", "label": "ORG", "aliases": ["Unison"]},
    {"name": "Martin Oyelowo", "label": "PERSON", "aliases": ["Martin Oyelowo"]},
    # -- recall story (American, then British) --
    {"name": "Brightwell Home Products", "label": "ORG",
     "aliases": ["Brightwell Home Products Inc.", "Brightwell Home Products", "Brightwell"], "in": ["recall"],
     "note": "a company named like a person; the footballer Sam Brightwell is another story"},
    {"name": "National Appliance Safety Board", "label": "ORG", "aliases": ["National Appliance Safety Board", "NASB"]},
    {"name": "Homestead Depot", "label": "ORG", "aliases": ["Homestead Depot"]},
    {"name": "Amazon", "label": "ORG", "aliases": ["Amazon"]},
    {"name": "Dana Whitfield", "label": "PERSON", "aliases": ["Dana Whitfield", "Ms. Whitfield", "Ms Whitfield", "Whitfield"]},
    {"name": "Hal Brennan", "label": "PERSON", "aliases": ["Hal Brennan", "Brennan", "@halbrennan"]},
    {"name": "Courier", "label": "ORG", "aliases": ["Courier"], "note": "the outlet of recall-1, named only as 'the Courier'"},
    {"name": "Teresa Okonkwo", "label": "PERSON", "aliases": ["Teresa Okonkwo", "Okonkwo"]},
    {"name": "Safer Homes Now", "label": "ORG", "aliases": ["Safer Homes Now"]},
    {"name": "Marcus Delgado", "label": "PERSON", "aliases": ["Marcus Delgado", "Senator Delgado", "Delgado"]},
    {"name": "Rachel Imbert", "label": "PERSON", "aliases": ["Rachel Imbert"]},
    {"name": "Senate Commerce Committee", "label": "ORG", "aliases": ["Senate Commerce Committee"]},
    {"name": "Janet Coyle", "label": "PERSON", "aliases": ["Janet Coyle"]},
    {"name": "Keefer Ridley & Co.", "label": "ORG", "aliases": ["Keefer Ridley & Co."]},
    {"name": "Marsh Abernathy LLP", "label": "ORG", "aliases": ["Marsh Abernathy LLP"]},
    {"name": "Associated Press", "label": "ORG", "aliases": ["Associated Press"]},
    {"name": "Hearthly", "label": "ORG", "aliases": ["Hearthly"]},
    {"name": "Fenwick & Roe", "label": "ORG", "aliases": ["Fenwick & Roe"]},
    {"name": "Product Safety Agency", "label": "ORG", "aliases": ["Product Safety Agency", "Agency"]},
    {"name": "Norma Platt", "label": "PERSON", "aliases": ["Norma Platt", "Mrs Platt"]},
    {"name": "Consumer Watch UK", "label": "ORG", "aliases": ["Consumer Watch UK"]},
    {"name": "Jonathan Asante", "label": "PERSON", "aliases": ["Jonathan Asante", "Mr Asante"]},
    # -- transfer story (British tabloid, then American) --
    {"name": "Sam Brightwell", "label": "PERSON", "aliases": ["Sam Brightwell", "Brightwell", "Sam", "@sambrightwell9"],
     "in": ["sports"], "note": "his father Dennis and brother Kieran share the surname; bare 'Brightwell' is always Sam"},
    {"name": "Dennis Brightwell", "label": "PERSON", "aliases": ["Dennis Brightwell", "Dennis"]},
    {"name": "Kieran Brightwell", "label": "PERSON", "aliases": ["Kieran Brightwell", "Kieran"],
     "note": "sports-1 names him only as 'Kieran'"},
    {"name": "Redmoor Athletic", "label": "ORG", "aliases": ["Redmoor Athletic", "Redmoor"]},
    {"name": "Castlebridge United", "label": "ORG", "aliases": ["Castlebridge United", "Castlebridge"],
     "note": "every bare 'Castlebridge' is the club (its defender, manager, supporters, academy)"},
    {"name": "Castlebridge United Supporters’ Trust", "label": "ORG",
     "aliases": ["Castlebridge United Supporters’ Trust", "Castlebridge United Supporters' Trust"]},
    {"name": "Clive Ashdown", "label": "PERSON", "aliases": ["Sir Clive Ashdown", "Clive Ashdown", "Ashdown", "Clive"]},
    {"name": "Ivo Pedersen", "label": "PERSON", "aliases": ["Ivo Pedersen", "Pedersen"]},
    {"name": "Gareth Lund", "label": "PERSON", "aliases": ["Gareth Lund", "Lund"]},
    {"name": "Harlow Town", "label": "ORG", "aliases": ["Harlow Town"], "note": "a football club"},
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Professional Footballers' Guild", "label": "ORG", "aliases": ["Professional Footballers' Guild", "PFG"]},
    {"name": "Northfield Rovers", "label": "ORG", "aliases": ["Northfield Rovers"]},
    {"name": "Tomas Kowal", "label": "PERSON", "aliases": ["Tomas Kowal"]},
    {"name": "Sky Sports", "label": "ORG", "aliases": ["Sky Sports"]},
    # -- court story (American) --
    {"name": "Wendell Pryce", "label": "PERSON", "aliases": ["Wendell Pryce", "Pryce", "Wendell"],
     "note": "court-2 also names his wife Annette Pryce; bare 'Pryce' is always Wendell"},
    {"name": "Annette Pryce", "label": "PERSON", "aliases": ["Annette Pryce"]},
    {"name": "Pryce Capital Partners", "label": "ORG", "aliases": ["Pryce Capital Partners", "Pryce Capital"]},
    {"name": "Elliot Sand", "label": "PERSON", "aliases": ["Elliot Sand", "Mr. Sand", "Sand"]},
    {"name": "Nora Castellanos", "label": "PERSON", "aliases": ["Nora Castellanos"]},
    {"name": "Marty Fishbein", "label": "PERSON", "aliases": ["Marty Fishbein", "Fishbein"]},
    {"name": "Ruth Pettifer", "label": "PERSON", "aliases": ["Ruth Pettifer"], "in": ["court"]},
    {"name": "Carol Deemer", "label": "PERSON", "aliases": ["Carol Deemer", "Deemer"]},
    {"name": "Lindqvist Hale LLP", "label": "ORG", "aliases": ["Lindqvist Hale LLP", "Lindqvist Hale"]},
    {"name": "Securities and Exchange Commission", "label": "ORG", "aliases": ["Securities and Exchange Commission"]},
    {"name": "Leonie Haddad", "label": "PERSON", "aliases": ["Dr. Leonie Haddad", "Leonie Haddad"]},
    {"name": "Samuel Ito", "label": "PERSON", "aliases": ["Prof. Samuel Ito", "Samuel Ito", "Ito"]},
    {"name": "Carver University", "label": "ORG", "aliases": ["Carver University"]},
    {"name": "Gloria Baptiste", "label": "PERSON", "aliases": ["Gloria Baptiste", "Baptiste"]},
    {"name": "Baptiste Whelan Advisory", "label": "ORG", "aliases": ["Baptiste Whelan Advisory"]},
    # -- platforms --
    {"name": "Facebook", "label": "ORG", "aliases": ["Facebook"]},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"]},
    {"name": "Twitter", "label": "ORG", "aliases": ["Twitter"]},
    {"name": "YouTube", "label": "ORG", "aliases": ["YouTube"]},
    {"name": "TikTok", "label": "ORG", "aliases": ["TikTok"]},
]


if __name__ == "__main__":
    main(ENTITIES, HERE)
