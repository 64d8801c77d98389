"""Build entities.json (held-out entity gold, set B) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine
articles is listed with the forms it is written in. The builder finds each form in each article
(whole words; the longest form wins where two overlap, so "Odunsi Health" is the company and not
the founder; a possessive after the form is kept in the mention), and writes ``[{name, label,
aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``. ``occurrence``
counts every earlier occurrence of the exact string in the article, as ``evaluate_entities``
locates it. An entity with ``in`` is looked for only in the articles whose names start with one of
those prefixes ("Hutchby" names two unrelated women in two stories).

New in set B: a form may be written ``(form, {article: [n, ...]})``: the entity claims that form
only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences of the
form that are left once longer forms have won (a following possessive included, so "Odunsi's"
counts as an "Odunsi"). It is for a surname that is also a company's short form: bare "Odunsi" is
the company Odunsi Health by default and the founder Temitope Odunsi only where listed. Such a
listed form beats a plain form of another entity at the same place; two plain forms of different
entities at one place, or two listed ones, stop the build.

    python3 tests/gold/entities-heldout-b/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-b/build_gold.py --review  # also list capitalised words no
                                                                    # mention covers, and every
                                                                    # listed (shared) form in context
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from entity_gold_build import main  # the shared builder, beside this folder

ENTITIES: list[dict] = [
    # -- hospital trust merger (British; merger-1 curly, merger-2 straight, the Echo's own report) --
    {"name": "Stenbury Hospitals NHS Trust", "label": "ORG", "in": ["merger"],
     "aliases": ["Stenbury Hospitals NHS Trust", "Stenbury Hospitals", "Trust"],
     "note": "'the Trust' (capitalised) in merger-1 is always this trust; bare 'Stenbury' is the town"},
    {"name": "Callowmere Community Health NHS Trust", "label": "ORG",
     "aliases": ["Callowmere Community Health NHS Trust", "Callowmere Community Health", "CCH"],
     "note": "bare 'Callowmere' is always the town ('the Callowmere clinic', 'MP for Stenbury and Callowmere')"},
    {"name": "Healthcare Standards Office", "label": "ORG", "aliases": ["Healthcare Standards Office", "HSO"]},
    {"name": "Allied Health Staff Union", "label": "ORG", "aliases": ["Allied Health Staff Union", "AHSU"]},
    {"name": "Stenbury Echo", "label": "ORG", "aliases": ["Stenbury Echo", "Echo"],
     "note": "a local paper; merger-2 is its own report and calls it 'the Echo'"},
    {"name": "Hallbrook University", "label": "ORG", "aliases": ["Hallbrook University"]},
    {"name": "Keep Callowmere Caring", "label": "ORG", "aliases": ["Keep Callowmere Caring"],
     "note": "the Hebdens' campaign ('the campaign would hold a public meeting')"},
    {"name": "Niamh Corrigan", "label": "PERSON", "aliases": ["Dr Niamh Corrigan", "Niamh Corrigan", "Dr Corrigan"]},
    {"name": "Barnaby Wynstone", "label": "PERSON", "aliases": ["Barnaby Wynstone", "Mr Wynstone"]},
    {"name": "Sunanda Bhandarkar", "label": "PERSON", "aliases": ["Sunanda Bhandarkar", "Ms Bhandarkar"]},
    {"name": "Adaeze Nwankwo", "label": "PERSON", "aliases": ["Prof Adaeze Nwankwo", "Prof Nwankwo"]},
    {"name": "Dermot Hebden", "label": "PERSON", "aliases": ["Dermot Hebden", "Mr Hebden", "Dermot"],
     "note": "merger-1 names the couple as 'Dermot and Ursula Hebden': 'Dermot' is his mention; "
             "husband and wife are told apart by Mr/Mrs, bare 'Hebden' never occurs"},
    {"name": "Ursula Hebden", "label": "PERSON", "aliases": ["Ursula Hebden", "Mrs Hebden"]},
    {"name": "Elowen Hebden", "label": "PERSON", "aliases": ["Elowen"],
     "note": "their daughter, a child, named only as 'Elowen'"},
    {"name": "Dulcie Ottery", "label": "PERSON", "aliases": ["Dulcie Ottery", "Ms Ottery"]},
    {"name": "Bethan Rudge", "label": "PERSON", "aliases": ["Cllr Bethan Rudge", "Cllr Rudge"]},
    {"name": "Godfrey Trask", "label": "PERSON", "aliases": ["Godfrey Trask", "Mr Trask"]},
    # -- start-up data leak (leak-1 American straight, leak-2 American curly, leak-3 British straight) --
    {"name": "Odunsi Health", "label": "ORG", "in": ["leak"],
     "aliases": ["Odunsi Health Inc.", "Odunsi Health", "@OdunsiHealth", "Odunsi"],
     "note": "named after its founder; bare 'Odunsi' is the company except at the two places in leak-1 "
             "listed under Temitope Odunsi ('Odunsi said' after her quote, 'Odunsi's video')"},
    {"name": "Temitope Odunsi", "label": "PERSON", "in": ["leak"],
     "aliases": ["Temitope \"Temi\" Odunsi", "Temitope Odunsi", "Temi Odunsi", "Ms. Odunsi", "Ms Odunsi", "Temi",
                 ("Odunsi", {"leak-1.txt": [3, 6]})],
     "note": "nickname Temi; leak-1 writes 'Temitope \"Temi\" Odunsi', one mention"},
    {"name": "Jethro Ferrier", "label": "PERSON",
     "aliases": ["Jethro M. Ferrier", "Jethro Ferrier", "Mr. Ferrier", "Ferrier", "@bucketwatcher"],
     "note": "leak-1: 'Ferrier, who posts as @bucketwatcher'"},
    {"name": "Cinderpath Security", "label": "ORG", "aliases": ["Cinderpath Security", "Cinderpath"]},
    {"name": "Halberd Ventures", "label": "ORG", "aliases": ["Halberd Ventures", "Halberd"]},
    {"name": "Evander Lorimer", "label": "PERSON", "aliases": ["Evander Lorimer", "Lorimer"]},
    {"name": "Lavinia Kittredge", "label": "PERSON",
     "aliases": ["Sen. Lavinia Kittredge", "Senator Lavinia Kittredge", "Ms. Kittredge", "Kittredge"]},
    {"name": "Federal Trade Commission", "label": "ORG", "aliases": ["Federal Trade Commission", "FTC", "F.T.C."]},
    {"name": "Kendra Hutchby", "label": "PERSON", "in": ["leak"], "aliases": ["Kendra Hutchby", "Ms. Hutchby"],
     "note": "shares a surname with Insp. Morven Hutchby of the rescue story (unrelated)"},
    {"name": "Wyatt Hutchby", "label": "PERSON", "aliases": ["Wyatt"], "note": "her son, a child, named only as 'Wyatt'"},
    {"name": "Marybeth Osgood", "label": "PERSON", "aliases": ["Marybeth Osgood", "Ms. Osgood"]},
    {"name": "Drabble & Corvino LLP", "label": "ORG", "aliases": ["Drabble & Corvino LLP"]},
    {"name": "Thurston Easterby", "label": "PERSON", "aliases": ["Rep. Thurston Easterby", "Mr. Easterby"]},
    {"name": "Information Rights Office", "label": "ORG", "aliases": ["Information Rights Office", "IRO"]},
    {"name": "Tabitha Gillow", "label": "PERSON", "aliases": ["Tabitha Gillow", "Mrs Gillow"]},
    {"name": "Mehreen Lattimore", "label": "PERSON", "aliases": ["Dr Mehreen Lattimore", "Dr Lattimore"]},
    {"name": "Ravenhall University", "label": "ORG", "aliases": ["Ravenhall University"]},
    {"name": "Patients' Privacy Alliance", "label": "ORG", "in": ["leak"],
     "aliases": ["Patients' Privacy Alliance", "Alliance"]},
    {"name": "Reuters", "label": "ORG", "aliases": ["Reuters"]},
    {"name": "Reddit", "label": "ORG", "aliases": ["Reddit"]},
    # -- family brewery sold (British; brewery-1 curly, brewery-2 straight tabloid) --
    {"name": "Dunmall & Sons", "label": "ORG", "in": ["brewery"],
     "aliases": ["Dunmall & Sons", "Dunmall’s", "Dunmall's"],
     "note": "the brewery is 'Dunmall's' (possessive-shaped short form, also attributive: 'a Dunmall's pub'); "
             "the family are always named with a first name or Mr/Mrs/Ms"},
    {"name": "Brockhurst Drinks Group", "label": "ORG",
     "aliases": ["Brockhurst Drinks Group plc", "Brockhurst Drinks Group", "Brockhurst"],
     "note": "one-word short form that looks like a surname"},
    {"name": "Ivor Dunmall", "label": "PERSON", "aliases": ["Ivor Dunmall", "Mr Dunmall", "Ivor"]},
    {"name": "Bronwen Dunmall", "label": "PERSON", "aliases": ["Bronwen Dunmall", "Mrs Dunmall", "Bronwen"],
     "note": "his wife; 'Mrs Dunmall' in brewery-1"},
    {"name": "Carys Dunmall", "label": "PERSON", "aliases": ["Carys Dunmall", "Ms Dunmall", "Carys", "@carysbrews"],
     "note": "their daughter; 'Ms Dunmall' in brewery-1, beside 'Mrs Dunmall' (her mother)"},
    {"name": "Emrys Dunmall", "label": "PERSON", "aliases": ["Emrys"], "note": "grandson, named only as 'Emrys'"},
    {"name": "Araminta Greaves", "label": "PERSON", "aliases": ["Araminta Greaves", "Ms Greaves", "Greaves"]},
    {"name": "Guild of Family Brewers", "label": "ORG", "aliases": ["Guild of Family Brewers", "GFB"]},
    {"name": "Fintan Dacre", "label": "PERSON", "aliases": ["Fintan Dacre", "Mr Dacre"]},
    {"name": "Gwilym Wilmot", "label": "PERSON", "aliases": ["Gwilym Wilmot", "Mr Wilmot"]},
    {"name": "Treasury", "label": "ORG", "aliases": ["Treasury"], "note": "the government department ('the Treasury')"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"]},
    {"name": "Facebook", "label": "ORG", "aliases": ["Facebook"]},
    # -- mountain rescue team's dispute with a council (British; rescue-1 straight, rescue-2 curly) --
    {"name": "Harrowdale Mountain Rescue Team", "label": "ORG",
     "aliases": ["Harrowdale Mountain Rescue Team", "Harrowdale MRT", "@HarrowdaleMRT"],
     "note": "bare 'Harrowdale' is always the valley (a place)"},
    {"name": "Fellmark County Council", "label": "ORG", "aliases": ["Fellmark County Council", "County Council"],
     "note": "'the County Council' capitalised is annotated, 'the council' is not; 'County Hall' (a building) is not"},
    {"name": "Fellmark Police", "label": "ORG", "aliases": ["Fellmark Police"]},
    {"name": "Conall Tarrant", "label": "PERSON",
     "aliases": ["Conall \"Badger\" Tarrant", "Conall Tarrant", "Mr Tarrant", "Badger"],
     "note": "nickname Badger; rescue-1 writes 'Conall \"Badger\" Tarrant', one mention"},
    {"name": "Alistair Braithwaite", "label": "PERSON", "aliases": ["Supt Alistair Braithwaite", "Supt Braithwaite"]},
    {"name": "Rosamund Fairlie", "label": "PERSON", "aliases": ["Cllr Rosamund Fairlie", "Cllr Fairlie", "@CllrFairlie"]},
    {"name": "Gethen Isherwood", "label": "PERSON", "aliases": ["Cllr Gethen Isherwood", "Cllr Isherwood"]},
    {"name": "Morven Hutchby", "label": "PERSON", "in": ["rescue"], "aliases": ["Insp. Morven Hutchby", "Insp. Hutchby"],
     "note": "shares a surname with Kendra Hutchby of the leak story (unrelated)"},
    {"name": "Upland Rescue Federation", "label": "ORG", "aliases": ["Upland Rescue Federation", "URF"]},
    {"name": "Corrow Foundation", "label": "ORG", "aliases": ["Corrow Foundation"]},
    {"name": "Lowri Pocklington", "label": "PERSON", "aliases": ["Lowri Pocklington", "Lowri"]},
    {"name": "Hermione Blackett", "label": "PERSON", "aliases": ["Dr Hermione Blackett", "Dr Blackett"]},
    # -- platforms --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE)
