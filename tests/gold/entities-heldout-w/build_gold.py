"""Build entities.json (held-out entity gold, set W) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Tremelling Boatworks" and bare "Tremelling" are the boatyard while "Mildred
Tremelling" is its founder, "Jostein Tremelling" and "Mr Tremelling" her grandson and "Ophelia
Tremelling" and "Ms Tremelling" his daughter; "Gallimore & Sons" and bare "Gallimore" are the
department store while "Zachariah Gallimore" is its founder, "Marmaduke Gallimore" and "Mr
Gallimore" the managing director and "Save Gallimore’s" the campaign; "Ivanka Jewell", "Ms Jewell"
and bare "Jewell" are the software company's chief executive while "Audrius Jewell" and "Mr Jewell"
are the unrelated control room supervisor; "Valdis Gooderham" and "Mr Gooderham" are the patient
while "Cecily Gooderham" and "Mrs Gooderham" are his wife; "Scallowmouth Harbour Commissioners",
"Scallowmouth Quaysider", "Scallowmouth Chamber of Trade", "Pentreshire Wildfowl Trust",
"Pentreshire County Council" and "Lathmor and Sallowfleet Ambulance Service" are organisations
while bare "Scallowmouth", "Pentreshire", "Gullsmere", "Oxendyke" and "Fore Street" are places
and no form; a possessive after the form is kept in the mention), and writes ``[{name, label,
aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``. ``occurrence``
counts every earlier occurrence of the exact string in the article, as ``evaluate_entities``
locates it. An entity with ``in`` is looked for only in the articles whose names start with one
of those prefixes ("Commissioners" is the harbour authority only in the pilot story, "Trust" the
wildfowl trust only in the birds story; the families' bare names and first names within their
stories).

As in sets B to U, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles. No form in this set needs
it: every bare surname or short form has one owner within its story.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-w/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-w/build_gold.py --review  # also list capitalised words no
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
    # -- a harbour's new pilot launch delayed at the boatyard (pilot-1 the local paper the Scallowmouth Quaysider's
    #    own report, curly single quotes where ’ is also the apostrophe; pilot-2 the maritime trade title Bollard's
    #    own report, straight double quotes, bare surnames; pilot-3 the national paper the Onlooker's own report,
    #    curly double quotes) --
    {"name": "Scallowmouth Harbour Commissioners", "label": "ORG", "in": ["pilot"],
     "aliases": ["Scallowmouth Harbour Commissioners", "Commissioners", "@ScallowmouthPort"],
     "note": "the harbour authority, named after the town (bare 'Scallowmouth' is the town: 'Scallowmouth pilots' "
             "in the pilot-1 headline, 'a Scallowmouth yard building a Scallowmouth boat'; never annotated); in "
             "full in all three articles; capitalised short form 'the Commissioners', with a curly bare-apostrophe "
             "possessive 'The Commissioners’ chair' opening a sentence (pilot-1) and 'the Commissioners’ chair' "
             "(pilot-3); its X account '@ScallowmouthPort' (pilot-1); 'the board', 'the authority' are not "
             "annotated"},
    {"name": "Tremelling Boatworks", "label": "ORG", "in": ["pilot"],
     "aliases": ["Tremelling Boatworks", "Tremelling"],
     "note": "the boatyard, named after its founder Mildred Tremelling; bare 'Tremelling' opening the pilot-1 "
             "headline, 'the contract with Tremelling', curly possessive 'Tremelling’s price' (pilot-1), "
             "'cost Tremelling roughly six weeks' (pilot-2), 'Everything Tremelling has done' in a quote (pilot-3); "
             "every bare 'Tremelling' is the yard, the family always with a first name or a title; 'the yard', "
             "'the family yard' are not annotated"},
    {"name": "Mildred Tremelling", "label": "PERSON", "in": ["pilot"], "aliases": ["Mildred Tremelling", "Mildred"],
     "note": "the yard's founder in 1921, dead (pilot-1, pilot-3); first name alone in her grandson's quote "
             "('Mildred would have had the gearboxes off the lorry', pilot-3); 'the yard's founder', 'My "
             "great-grandmother' are not annotated"},
    {"name": "Jostein Tremelling", "label": "PERSON", "in": ["pilot"],
     "aliases": ["Jostein Tremelling", "Mr Tremelling"],
     "note": "the founder's grandson, managing director; relatives sharing a surname with the yard named after "
             "them; 'Mr Tremelling said' (pilot-1); in full in all three articles, never bare; 'her father' is not "
             "annotated"},
    {"name": "Ophelia Tremelling", "label": "PERSON", "in": ["pilot"],
     "aliases": ["Ophelia Tremelling", "Ms Tremelling", "Ophelia"],
     "note": "his daughter, the yard's naval architect; curly possessive opening the pilot-3 headline ('Ophelia "
             "Tremelling’s empty engine bay'); first name alone in her father's quote ('Ophelia has practically "
             "lived down there', pilot-1); 'Ms Tremelling ran a hand' in the last paragraph of pilot-3"},
    {"name": "Steenkamp Marine", "label": "ORG", "in": ["pilot"], "aliases": ["Steenkamp Marine", "Steenkamp"],
     "note": "the engine supplier; opening the pilot-2 first sentence; bare 'Steenkamp have owned that' in a quote "
             "(pilot-1), straight possessives 'Steenkamp's service manager', 'Steenkamp's statement' (pilot-2); "
             "'the supplier', 'the engine supplier' are not annotated"},
    {"name": "Haldis Fazakerley", "label": "PERSON", "in": ["pilot"],
     "aliases": ["Captain Haldis Fazakerley", "Captain Fazakerley", "Fazakerley"],
     "note": "the harbourmaster; the title 'Captain' kept ('Captain Haldis Fazakerley', 'Captain Fazakerley said', "
             "pilot-1, pilot-3); bare 'Fazakerley, the harbourmaster' opening a paragraph (pilot-2)"},
    {"name": "Wiremu Dearlove", "label": "PERSON", "in": ["pilot"],
     "aliases": ["Wiremu Dearlove", "Mr Dearlove", "Dearlove", "Limpet"],
     "note": "the senior pilot; a nickname used alone in the harbourmaster's quote before it is explained "
             "('Limpet has not missed a ship'), then declared ('Limpet is Wiremu Dearlove', opening a paragraph, "
             "pilot-1); in his own quote ('Ask Limpet what he thinks', pilot-2) and declared again ('Everyone on "
             "the quay calls him Limpet', 'Limpet is a compliment', pilot-3); 'Mr Dearlove said' (pilot-1); bare "
             "'Dearlove, the port's senior pilot' (pilot-2)"},
    {"name": "Ostap Scudamore", "label": "PERSON", "in": ["pilot"], "aliases": ["Ostap Scudamore", "Mr Scudamore"],
     "note": "chair of the harbour commissioners (all three articles); 'Mr Scudamore said' (pilot-1)"},
    {"name": "Zlata Honeysett", "label": "PERSON", "aliases": ["Zlata Honeysett", "Ms Honeysett"],
     "note": "the MP for Scallowmouth, in two stories (the pilot launch, pilot-3; the department store, store-1); "
             "opening a paragraph and 'Ms Honeysett' in both; 'the MP for Scallowmouth' is not annotated"},
    {"name": "Scallowmouth Quaysider", "label": "ORG", "aliases": ["Scallowmouth Quaysider", "Quaysider"],
     "note": "the local paper, named after the town; pilot-1, birds-2 and store-1 are its own reports ('told the "
             "Quaysider'); named in full in pilot-3 and store-2 ('as the Scallowmouth Quaysider first reported', "
             "'first reported by the Scallowmouth Quaysider'), in two stories"},
    {"name": "Bollard", "label": "ORG", "in": ["pilot"], "aliases": ["Bollard"],
     "note": "the maritime trade title; pilot-2 is its own report ('Bollard has learned', 'told Bollard' twice); "
             "named in pilot-3 ('the maritime trade title Bollard')"},
    {"name": "Onlooker", "label": "ORG", "aliases": ["Onlooker"],
     "note": "the national paper; pilot-3 and amb-1 are its own reports (never named in them); named in amb-2 "
             "('the Onlooker reported the termination')"},
    # -- a bird reserve against an electricity company's overhead line (birds-1 the birding site Skeinwatch's own
    #    report, straight single quotes where ' is also the apostrophe, bare surnames; birds-2 the Scallowmouth
    #    Quaysider's own report, curly single quotes) --
    {"name": "Voltmere Regional Electricity Networks", "label": "ORG", "in": ["birds"],
     "aliases": ["Voltmere Regional Electricity Networks", "VREN", "Voltmere"],
     "note": "the invented electricity distribution company; acronym 'VREN' opening the birds-1 headline before "
             "any definition, 'VREN said' opening a sentence, 'asked VREN' (birds-1); in full opening a birds-2 "
             "paragraph; short form 'Voltmere' with curly possessives opening the birds-2 headline and a paragraph "
             "('Voltmere’s project director'), in a quote ('some of Voltmere’s engineers') and 'not be "
             "Voltmere’s'; 'the company', 'the electricity company' are not annotated"},
    {"name": "Pentreshire Wildfowl Trust", "label": "ORG", "in": ["birds"],
     "aliases": ["Pentreshire Wildfowl Trust", "Trust", "pentrewildfowl.bsky.social"],
     "note": "the charity that runs the reserve, named after the county (bare 'Pentreshire' never occurs alone); "
             "after 'The' opening a paragraph (birds-1, birds-2); capitalised short form 'Trust warns' closing the "
             "birds-1 headline, 'the Trust', straight and curly possessives ('the Trust's objection', 'the Trust’s "
             "work' in a quote, 'the Trust’s maps'); its Bluesky account 'pentrewildfowl.bsky.social' (birds-1); the reserve 'Gullsmere Marshes' and bare 'Gullsmere' "
             "('Gullsmere's wader roost', 'managed Gullsmere since 1974') are a place, not annotated; 'the reserve' "
             "is not annotated"},
    {"name": "Hortensia van Zanten", "label": "PERSON", "in": ["birds"],
     "aliases": ["Dr Hortensia van Zanten", "Dr van Zanten", "Van Zanten"],
     "note": "the reserve's senior warden; a lower-case particle surname with the title kept ('Dr Hortensia van "
             "Zanten', 'Dr van Zanten said', birds-1, birds-2); capitalised 'Van Zanten said' opening sentences in "
             "Skeinwatch's bare style (birds-1)"},
    {"name": "Tigran Cowperthwaite", "label": "PERSON", "in": ["birds"],
     "aliases": ["Tigran Cowperthwaite", "Mr Cowperthwaite", "Cowperthwaite"],
     "note": "the company's project director; bare 'Cowperthwaite said' (birds-1); 'Mr Cowperthwaite' opening a "
             "paragraph and after a quote (birds-2)"},
    {"name": "Natural Estuaries Advisory Board", "label": "ORG", "in": ["birds"], "aliases": ["Natural Estuaries Advisory Board", "NEAB"],
     "note": "the invented statutory adviser; after 'The' opening a paragraph, then 'An NEAB spokesperson' "
             "(birds-1); in full in birds-2"},
    {"name": "Rasa Killingbeck", "label": "PERSON", "in": ["birds"],
     "aliases": ["Rasa Killingbeck", "Ms Killingbeck", "Killingbeck", "Rasa", "Dunlin"],
     "note": "the volunteer counter; a nickname declared ('known to every birder on the estuary as Dunlin', "
             "birds-1; 'better known on the sea wall as Dunlin', birds-2) and used alone in quotes ('Dunlin has "
             "personally shamed', the warden, birds-1; 'Dunlin counts', her own, birds-2), while lower-case "
             "'dunlin' the bird (birds-1) is not a mention; bare 'Killingbeck said', straight possessive "
             "'Killingbeck's counts' opening a sentence (birds-1); first name alone in the warden's quote ('we "
             "have had Rasa', birds-2); 'Ms Killingbeck' (birds-2)"},
    {"name": "Pentreshire County Council", "label": "ORG",
     "aliases": ["Pentreshire County Council", "County Council"],
     "note": "the county council, named after the county, in two stories: the planning authority for the line "
             "(birds-2, with the capitalised short form 'The County Council has a duty' opening a quote) and the "
             "authority asked to list the shopfront (store-1); lower-case 'the county council' (store-2) and 'its "
             "planning committee', 'the committee' are not annotated"},
    {"name": "Halyna Garrihy", "label": "PERSON", "in": ["birds"],
     "aliases": ["Cllr Halyna Garrihy", "Cllr Garrihy"],
     "note": "chair of the county's planning committee (birds-2), the title 'Cllr' kept"},
    {"name": "Skeinwatch", "label": "ORG", "in": ["birds"], "aliases": ["Skeinwatch"],
     "note": "the birding site; birds-1 is its own report ('told Skeinwatch'); named in birds-2 ('the birding "
             "site Skeinwatch')"},
    # -- an ambulance service's failed dispatch software contract (amb-1 the Onlooker's own report, curly double
    #    quotes; amb-2 the health IT trade title Triagewire's own report, straight double quotes, bare surnames) --
    {"name": "Lathmor and Sallowfleet Ambulance Service", "label": "ORG", "in": ["amb"],
     "aliases": ["Lathmor and Sallowfleet Ambulance Service", "LSAS"],
     "note": "the ambulance service, named after its invented region; after 'The' opening a paragraph (amb-1) and "
             "the first sentence (amb-2), its acronym defined in brackets there; 'LSAS' opening the amb-2 headline "
             "and a paragraph, 'at LSAS', 'LSAS chief executive'; 'An ambulance service', 'the service', 'the "
             "customer' are not annotated"},
    {"name": "Ardentix", "label": "ORG", "in": ["amb"], "aliases": ["Ardentix"],
     "note": "the dispatch software company (amb-1, amb-2); attributive 'the Ardentix chief' (amb-1); straight "
             "possessives opening a paragraph and after a name ('Ardentix's CAD platform', 'Ardentix's chief "
             "executive', amb-2); 'the supplier', 'the software company', 'our supplier' are not annotated; 'CAD' "
             "(computer-aided dispatch) is no organisation"},
    {"name": "Leonarda Sarrazin-Mahony", "label": "PERSON", "in": ["amb"],
     "aliases": ["Dr Leonarda Sarrazin-Mahony", "Dr Sarrazin-Mahony", "Sarrazin-Mahony"],
     "note": "the service's chief executive; a hyphenated surname with the title 'Dr' kept (amb-1, amb-2); bare "
             "'Sarrazin-Mahony said' (amb-2)"},
    {"name": "Ivanka Jewell", "label": "PERSON", "in": ["amb"], "aliases": ["Ivanka Jewell", "Ms Jewell", "Jewell"],
     "note": "the software company's chief executive; 'Ms Jewell said' (amb-1); bare 'Jewell said' (amb-2, twice, "
             "once opening the last paragraph; every bare 'Jewell' is her); 'the Ardentix chief', 'the supplier's "
             "chief executive' are not annotated as her"},
    {"name": "Audrius Jewell", "label": "PERSON", "in": ["amb"], "aliases": ["Audrius Jewell", "Mr Jewell"],
     "note": "a control room supervisor and the union's branch secretary, 'no relation of the Ardentix chief' "
             "(amb-1; 'not related to the supplier's chief executive', amb-2): two unrelated people sharing a "
             "surname in the same two articles, not to be merged; 'Mr Jewell' (amb-1, once opening a paragraph), "
             "in full in amb-2, never bare"},
    {"name": "Emergency Control Staff Union", "label": "ORG", "in": ["amb"],
     "aliases": ["Emergency Control Staff Union", "ECSU", "@ecsulathmor@sirenhaus.social"],
     "note": "the invented union; in full, then 'The ECSU posted' and its Mastodon account "
             "'@ecsulathmor@sirenhaus.social' on the invented server sirenhaus.social (amb-1); straight possessive "
             "'The ECSU's branch' opening a paragraph, then the full name (amb-2); 'the union' is not annotated"},
    {"name": "Valdis Gooderham", "label": "PERSON", "in": ["amb"],
     "aliases": ["Valdis Gooderham", "Mr Gooderham", "Valdis"],
     "note": "the 81-year-old patient (amb-1); first name alone in his wife's quote ('Valdis kept telling me'); "
             "'Mr Gooderham broke his hip' and curly possessive 'Mr Gooderham’s' (amb-1)"},
    {"name": "Cecily Gooderham", "label": "PERSON", "in": ["amb"],
     "aliases": ["Cecily Gooderham", "Mrs Gooderham"],
     "note": "his wife (amb-1): a married couple sharing a surname, not to be merged; 'Mrs Gooderham said'"},
    {"name": "Itzel de Vaucelles", "label": "PERSON", "in": ["amb"],
     "aliases": ["Dr Itzel de Vaucelles", "Dr de Vaucelles", "De Vaucelles"],
     "note": "the service's medical director; a lower-case particle surname with the title kept (amb-1, amb-2); "
             "capitalised 'De Vaucelles' opening a paragraph in Triagewire's bare style before her full name "
             "(amb-2)"},
    {"name": "Triagewire", "label": "ORG", "in": ["amb"], "aliases": ["Triagewire"],
     "note": "the health IT trade title; amb-2 is its own report ('seen by Triagewire', 'told Triagewire')"},
    # -- a family department store closing after 140 years (store-1 the Scallowmouth Quaysider's own report, curly
    #    single quotes; store-2 the retail trade title Floorwalker's own report, straight double quotes, bare
    #    surnames) --
    {"name": "Gallimore’s", "label": "ORG", "in": ["store"], "aliases": ["Gallimore & Sons", "Gallimore"],
     "note": "the department store, named after its founder Zachariah Gallimore; curly possessive 'Gallimore’s' "
             "opening the store-1 headline and first sentence and in quotes ('Gallimore’s brings people into "
             "town'); 'Gallimore & Sons' in the history (store-1); straight 'Gallimore's' opening a paragraph, "
             "'said Gallimore's was the fifth member' and 'came into town mainly for Gallimore's' (store-2), attributive 'the Gallimore name' in a quote "
             "(store-2); every bare 'Gallimore' is the store, the family always with a first name or a title; 'the "
             "store', 'the department store' are not annotated"},
    {"name": "Zachariah Gallimore", "label": "PERSON", "in": ["store"], "aliases": ["Zachariah Gallimore", "Zachariah"],
     "note": "the founder in 1886, dead (store-1); first name alone in his great-great-grandson's quote ('since "
             "Zachariah opened the doors'), then in full opening the next paragraph; 'my great-great-grandfather' "
             "(store-2) and 'the founder' are not annotated"},
    {"name": "Marmaduke Gallimore", "label": "PERSON", "in": ["store"],
     "aliases": ["Marmaduke Gallimore", "Mr Gallimore", "Marmaduke"],
     "note": "the managing director, the founder's great-great-grandson; relatives sharing a surname with the "
             "store named after them; 'Mr Gallimore said' (store-1); first name alone in the staff "
             "representative's quote ('Nobody blames Marmaduke', store-1); opening the store-2 headline, always in "
             "full in Floorwalker's report, never bare"},
    {"name": "Rawsthorne Estates", "label": "ORG", "in": ["store"], "aliases": ["Rawsthorne Estates", "Rawsthorne"],
     "note": "the developer buying the building (store-1, store-2); short form 'the family and Rawsthorne' "
             "(store-1), 'Rawsthorne plans' opening a paragraph (store-2); 'the company' is not annotated"},
    {"name": "Aoibhinn O'Brosnahan", "label": "PERSON", "in": ["store"],
     "aliases": ["Aoibhinn O’Brosnahan", "Ms O’Brosnahan", "Aoibhinn O'Brosnahan", "O'Brosnahan"],
     "note": "the staff representative; an O' surname with the curly apostrophe in the local paper ('Aoibhinn "
             "O’Brosnahan' opening a paragraph, 'Ms O’Brosnahan said', store-1) and the straight one in Floorwalker "
             "(in full, then bare 'O'Brosnahan said' and straight possessive 'O'Brosnahan's own department' opening a "
             "sentence, store-2)"},
    {"name": "Taras Bellerby", "label": "PERSON", "in": ["store"],
     "aliases": ["Taras Bellerby", "Mr Bellerby", "Brolly"],
     "note": "the store's doorman; a nickname declared ('known to three generations of shoppers as Brolly', "
             "store-1; 'known locally as Brolly', store-2) and used alone in quotes ('Brolly has handed out more "
             "umbrellas', the managing director, store-1; 'Brolly is the store', the staff representative, "
             "store-2); 'Mr Bellerby said' opening a paragraph (store-1)"},
    {"name": "Save Gallimore’s", "label": "ORG", "in": ["store"], "aliases": ["Save Gallimore’s", "@SaveGallimores"],
     "note": "the campaign of former staff, its name containing the store's (the longer form wins over "
             "'Gallimore’s'); its X account '@SaveGallimores' (store-1); 'A campaign', 'a campaign to save the "
             "building's frontage' (store-2) are not annotated"},
    {"name": "Scallowmouth Chamber of Trade", "label": "ORG", "in": ["store"],
     "aliases": ["Scallowmouth Chamber of Trade"],
     "note": "the town's traders, named after the town; in full in both articles; 'Kuipers' chamber' (store-2) is "
             "lower-case and not annotated, its possessive owner 'Kuipers'' is"},
    {"name": "Agris Kuipers", "label": "PERSON", "in": ["store"],
     "aliases": ["Agris Kuipers", "Mr Kuipers", "Kuipers"],
     "note": "the chamber's president, a shoe shop owner; a surname ending in s with a bare-apostrophe possessive, "
             "curly in the local paper ('Mr Kuipers’ own shoe shop', store-1) and straight opening a sentence in "
             "Floorwalker ('Kuipers' chamber', store-2)"},
    {"name": "Sigita Woolgrove", "label": "PERSON", "in": ["store"], "aliases": ["Sigita Woolgrove", "Woolgrove"],
     "note": "the developer's development director (store-2); bare 'Woolgrove said'"},
    {"name": "Independent Department Stores Association", "label": "ORG", "in": ["store"],
     "aliases": ["Independent Department Stores Association", "IDSA"],
     "note": "the invented trade body (store-2); after 'The' opening a paragraph, then 'An IDSA spokesperson'"},
    {"name": "Floorwalker", "label": "ORG", "in": ["store"], "aliases": ["Floorwalker"],
     "note": "the retail trade title; store-2 is its own report ('told Floorwalker')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform (pilot-1, store-1)"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform (birds-1)"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network) (amb-1, amb-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Eldbjorg Spijker", "bylines": ["pilot-1.txt", "birds-2.txt", "store-1.txt"],
     "note": "Scallowmouth Quaysider reporter; byline of pilot-1, birds-2 and store-1"},
    {"name": "Kestutis Hegarty", "bylines": ["pilot-2.txt"], "note": "Bollard's reporter; byline of pilot-2"},
    {"name": "Orysia Moriarty", "bylines": ["pilot-3.txt", "amb-1.txt"],
     "note": "the Onlooker's reporter; byline of pilot-3 and amb-1"},
    {"name": "Hemi Courtenay", "bylines": ["birds-1.txt"], "note": "Skeinwatch's reporter; byline of birds-1"},
    {"name": "Baiba Keohane", "bylines": ["amb-2.txt"], "note": "Triagewire's reporter; byline of amb-2"},
    {"name": "Jonina Berkhout", "bylines": ["store-2.txt"], "note": "Floorwalker's reporter; byline of store-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
