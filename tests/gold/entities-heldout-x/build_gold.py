"""Build entities.json (held-out entity gold, set X) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Quennock Stage Lighting" and bare "Quennock" are the lighting firm while
"Gerbrand Quennock" is its founder, "Wietske Quennock" and "Ms Quennock" his daughter and "Marijn
Quennock" and "Mr Quennock" his son; "Honeyball Motor Services" and bare "Honeyball" are the bus
company while "Seonag Honeyball" is its founder, "Iseabail Honeyball" and "Ms Honeyball" her
granddaughter, "Somhairle Honeyball" and "Mr Honeyball" her grandson and "Cllr Zinaida Honeyball"
the unrelated community councillor; "Akehurst & Daughters" and bare "Akehurst" are the funeral
directors while "Koenraad Akehurst" is their founder, "Rosalinde Akehurst" and "Mrs Akehurst" the
proprietor and "Agnese Akehurst" her daughter; "Ausra Leatherbarrow Foundation" is the funder while
"Ausra Leatherbarrow" alone is the dead benefactor; "Tharnesdale Opera", "Tharnesdale Townsman",
"Tharnesdale County Council", "North Tharnesdale District Council", "Tharnesdale Field Archaeology
Unit", "Maddenholt City Council", "Hallvey Community Council", "Threnmouth Antiquarian Society",
"Hobsworth Borough Council" and "Vavasour Park Residents’ Association" are organisations while bare
"Tharnesdale", "Maddenholt", "Hallvey", "Threnmouth", "Hobsworth", "Vavasour Park" and the town
"Ravensby" are places and no form; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (the families' names and first names, "Foundation", "Unit",
"Society", "Association" and the councils' short forms within their stories).

As in the earlier sets, a form may be written ``(form, {article: [n, ...]})``: the entity claims
that form only at the listed *bare* occurrences (0-based, counting the occurrences of the form left
once longer forms have won, a following possessive included) in those articles. This set needs it
four times, where one bare word has two owners in one article:
- "Quennock" in opera-2 (the lighting trade title's bare style): #0 "Lighting firm Quennock says"
  (headline), #2 "Quennock's contract" and #3 "We have paid Quennock" are the firm; #1 "Quennock
  said the firm", #4 "Quennock said her brother" and #5 "Quennock said she would" are Wietske
  Quennock.
- "Honeyball" in bus-2: #0 the headline's "Honeyball's", #1 "Honeyball's has a network" and #4
  "Honeyball's would trade" are the bus company; #2, #3 and #5 ("Honeyball said") are Iseabail
  Honeyball.
- "Ravensby" in bus-2: #0 "the mainland town of Ravensby" and #2 "the group's garage in Ravensby"
  are the town (no mention); #1 and #3 ("Ravensby said") are Thandiwe Ravensby.
- "Seonag" in bus-2: #0 and #1 (in her granddaughter's quote) are the founder; in bus-1 both bare
  "Seonag" are the 1958 bus named after her (a vehicle, no mention), so none is listed there.
- "Akehurst" in crem-2: #1 "Akehurst's has lasted a century" is the funeral directors; #0, #2 and
  #3 ("Akehurst said") are Rosalinde Akehurst.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-x/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-x/build_gold.py --review  # also list capitalised words no
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
    # -- a regional opera company's cancelled season and its lighting contractor (opera-1 the local paper the
    #    Tharnesdale Townsman's own report, curly single quotes where ’ is also the apostrophe; opera-2 the
    #    stage-lighting trade title Rigline's own report, straight double quotes, bare surnames; opera-3 the
    #    national paper the Almoner's own report, curly double quotes) --
    {"name": "Tharnesdale Opera", "label": "ORG", "in": ["opera"],
     "aliases": ["Tharnesdale Opera", "@TharnOpera"],
     "note": "the regional opera company, named after the county (bare 'Tharnesdale' is the county and never a "
             "mention); opening the opera-1 headline and first sentence, 'What Tharnesdale Opera has not done' in "
             "a quote (opera-1); opening paragraphs (opera-2), 'Everybody has a Tharnesdale Opera somewhere on "
             "their books' in an anonymous quote, a generic use of the name, annotated as the company (opera-2); "
             "'Everyone at Tharnesdale Opera calls him' (opera-3); its X account '@TharnOpera' (opera-1); 'the "
             "company', 'the opera company', 'the board' are not annotated"},
    {"name": "Quennock Stage Lighting", "label": "ORG", "in": ["opera"],
     "aliases": ["Quennock Stage Lighting", "Quennock"],
     "note": "the lighting contractor, named after its founder Gerbrand Quennock; bare 'Quennock' in the opera-1 "
             "headline ('Quennock rig row'), opening a paragraph ('Quennock, a family firm'), curly possessive "
             "'Quennock’s engineers' in a quote and 'We would like Quennock to finish' (opera-1); in opera-2, "
             "where bare 'Quennock' is also the managing director, the firm is #0 ('Lighting firm Quennock says', "
             "headline), #2 ('Quennock's contract') and #3 ('We have paid Quennock'); 'paid Quennock every sum' "
             "(opera-3); 'the firm', 'the family firm', 'the contractor' are not annotated"},
    {"name": "Gerbrand Quennock", "label": "PERSON", "in": ["opera"], "aliases": ["Gerbrand Quennock"],
     "note": "the firm's founder in 1979, retired (opera-1, opera-2), always in full; 'the founder' (opera-3) is "
             "not annotated"},
    {"name": "Wietske Quennock", "label": "PERSON", "in": ["opera"],
     "aliases": ["Wietske Quennock", "Ms Quennock", ("Quennock", {"opera-2.txt": [1, 4, 5]})],
     "note": "his daughter, the firm's managing director; 'Ms Quennock disputes' opening a paragraph (opera-1); in "
             "Rigline's bare style bare 'Quennock said' three times (opera-2 bare #1, #4, #5) in the same article "
             "as bare 'Quennock' the firm: the hardest case of the set; 'his sister' (opera-3) is not annotated"},
    {"name": "Marijn Quennock", "label": "PERSON", "in": ["opera"],
     "aliases": ["Marijn Quennock", "Mr Quennock", "Marijn"],
     "note": "his son, who leads the firm's riggers; first name alone in his sister's quote ('Marijn rebuilt every "
             "fixing point', opera-2) and in the chief electrician's ('Marijn knows what he is doing', opera-3); "
             "'Mr Quennock said' (opera-3, the only 'Mr Quennock' of the set)"},
    {"name": "Ildiko Maplethorpe", "label": "PERSON", "in": ["opera"],
     "aliases": ["Dr Ildiko Maplethorpe", "Dr Maplethorpe", "Maplethorpe"],
     "note": "the opera company's general director; title 'Dr' kept (all three articles); bare 'Maplethorpe said' "
             "(opera-2)"},
    {"name": "Tivadar Orpwood", "label": "PERSON", "in": ["opera"],
     "aliases": ["Sir Tivadar Orpwood", "Sir Tivadar", "Orpwood"],
     "note": "chairman of the company's board, a knight: 'Sir Tivadar Orpwood', then 'Sir Tivadar' with the first "
             "name, as British usage has it (opera-1; curly possessive 'Sir Tivadar’s letter', opera-3); bare "
             "straight possessive 'Orpwood's letter' (opera-2)"},
    {"name": "Maddenholt City Council", "label": "ORG", "in": ["opera"],
     "aliases": ["Maddenholt City Council", "City Council"],
     "note": "the venue's owner, named after the city (bare 'Maddenholt' is the city, and 'the Maddenholt Assembly "
             "Rooms' the venue, a place; neither annotated); capitalised short form 'The City Council said' "
             "(opera-1); 'the council' is not annotated"},
    {"name": "Hinemoa Peploe", "label": "PERSON", "in": ["opera"],
     "aliases": ["Hinemoa Peploe", "Ms Peploe", "Hinemoa"],
     "note": "the composer of the new opera 'Lady Quarlstone' (a work, not annotated, though it looks like a "
             "titled person); 'Ms Peploe' (opera-1, opera-3); first name alone in the general director's quote "
             "('Hinemoa should have heard it from me', opera-3)"},
    {"name": "Ausra Leatherbarrow Foundation", "label": "ORG", "in": ["opera"],
     "aliases": ["Ausra Leatherbarrow Foundation", "Foundation"],
     "note": "the charitable funder, named after a dead person (the longer form wins over her name); in all three "
             "articles; capitalised short form 'The Foundation said' (opera-1); 'Its chair' is not annotated"},
    {"name": "Ausra Leatherbarrow", "label": "PERSON", "in": ["opera"], "aliases": ["Ausra Leatherbarrow"],
     "note": "the dead benefactor under whose will the foundation was set up ('the late Ausra Leatherbarrow', "
             "opera-1), right after the foundation's full name"},
    {"name": "Olufunmilayo Eastlake", "label": "PERSON", "in": ["opera"],
     "aliases": ["Olufunmilayo Eastlake", "Ms Eastlake", "Funmi", "@FunmiSings"],
     "note": "the soprano; short form of her first name alone in the general director's quote ('Funmi has "
             "learnt', opera-1); 'Ms Eastlake' and her Instagram account '@FunmiSings' (opera-3); 'the soprano' "
             "is not annotated"},
    {"name": "Csaba Thrupp", "label": "PERSON", "in": ["opera"],
     "aliases": ["Csaba Thrupp", "Mr Thrupp", "Glowworm"],
     "note": "the opera company's chief electrician (opera-3); a nickname declared ('Everyone at Tharnesdale Opera "
             "calls him Glowworm') and alone in the soprano's quote ('Glowworm has never once let a show go "
             "dark'); 'Mr Thrupp' opening paragraphs"},
    {"name": "Rigline", "label": "ORG", "in": ["opera"], "aliases": ["Rigline"],
     "note": "the stage-lighting trade title; opera-2 is its own report ('told Rigline', 'seen by Rigline', "
             "'Rigline has seen', 'spoke to Rigline')"},
    {"name": "Almoner", "label": "ORG", "aliases": ["Almoner"],
     "note": "the national paper; opera-3 and roman-2 are its own reports ('declined to speak to the Almoner', "
             "'told the Almoner'), in two stories"},
    {"name": "Tharnesdale Townsman", "label": "ORG", "aliases": ["Tharnesdale Townsman", "Townsman"],
     "note": "the local paper, named after the county; opera-1, bus-1 and crem-1 are its own reports ('told the "
             "Townsman', opera-1 and crem-1; never named in bus-1, so it has no mention there); named in full in "
             "opera-3 ('read about it in the Tharnesdale Townsman')"},
    # -- a family-run island bus company bought by a national group (bus-1 the Tharnesdale Townsman's own report,
    #    curly single quotes; bus-2 the bus trade title Bellcord's own report, straight double quotes, bare
    #    surnames) --
    {"name": "Honeyball Motor Services", "label": "ORG", "in": ["bus"],
     "aliases": ["Honeyball Motor Services", "Honeyball", "@HoneyballBuses"],
     "note": "the family bus company, named after its founder Seonag Honeyball and called 'Honeyball’s' "
             "colloquially: curly possessive form opening the bus-1 headline and in quotes ('Honeyball’s is the "
             "reason'), 'Honeyball’s became the only way', attributive 'the Honeyball name' (bus-1); its X "
             "account '@HoneyballBuses' (bus-1); in bus-2, where bare 'Honeyball' is also the managing director, "
             "the firm is the straight 'Honeyball's' of the headline (#0), of 'Honeyball's has a network' (#1) "
             "and of 'Honeyball's would trade' (#4); 'the firm', 'the family operator', 'the business' are not "
             "annotated"},
    {"name": "Seonag Honeyball", "label": "PERSON", "in": ["bus"],
     "aliases": ["Seonag Honeyball", ("Seonag", {"bus-2.txt": [0, 1]})],
     "note": "the founder in 1948, dead; first name alone in her granddaughter's quote ('Seonag would have sold to "
             "nobody', 'But Seonag never had to find', bus-2 bare #0, #1); in bus-1 the two bare 'Seonag' are the "
             "1958 half-cab bus the family named after her ('a 1958 half-cab the family named Seonag', 'Seonag "
             "stays in the family ... She has done her miles'), a vehicle, not annotated; 'Her grandmother', 'the "
             "founder' are not annotated"},
    {"name": "Iseabail Honeyball", "label": "PERSON", "in": ["bus"],
     "aliases": ["Iseabail Honeyball", "Ms Honeyball", ("Honeyball", {"bus-2.txt": [2, 3, 5]})],
     "note": "the founder's granddaughter, managing director; 'Ms Honeyball said' opening a paragraph (bus-1); in "
             "Bellcord's bare style bare 'Honeyball said' three times (bus-2 bare #2, #3, #5, two opening "
             "paragraphs) beside the firm's bare 'Honeyball's'"},
    {"name": "Somhairle Honeyball", "label": "PERSON", "in": ["bus"],
     "aliases": ["Somhairle Honeyball", "Mr Honeyball", "Somhairle"],
     "note": "her brother, who runs the workshop; first name alone in his sister's quote ('Somhairle and I have "
             "sat at the kitchen table', bus-1); 'Mr Honeyball said' (bus-1); in full in bus-2; 'her brother' is "
             "not annotated"},
    {"name": "Zinaida Honeyball", "label": "PERSON", "in": ["bus"],
     "aliases": ["Cllr Zinaida Honeyball", "Cllr Honeyball"],
     "note": "chair of the island's community council, 'no relation of the bus family' (bus-1), 'not related to "
             "the family' (bus-2): an unrelated namesake in both articles, not to be merged with the family; "
             "title 'Cllr' kept, always with it"},
    {"name": "Hallvey Community Council", "label": "ORG", "in": ["bus"],
     "aliases": ["Hallvey Community Council", "Community Council"],
     "note": "the island's community council, named after the island (bare 'Hallvey', 'Hallvey’s schoolchildren' "
             "are the island, a place; the paddle steamer 'the Countess of Hallvey' is a ship, not annotated); "
             "capitalised short form 'the Community Council would ask' (bus-1), 'consult the Community Council' "
             "(bus-2)"},
    {"name": "Wraithmell Transport Group", "label": "ORG", "in": ["bus"],
     "aliases": ["Wraithmell Transport Group", "Wraithmell"],
     "note": "the national bus group that buys the firm; short form 'Wraithmell' opening the bus-2 headline, in "
             "quotes ('Wraithmell is the one buyer', 'holding Wraithmell to every word'), curly and straight "
             "possessives ('Wraithmell’s managing director', bus-1; 'Wraithmell's statement', bus-2); 'the "
             "group', 'the buyer', 'the new owner' are not annotated"},
    {"name": "Thandiwe Ravensby", "label": "PERSON", "in": ["bus"],
     "aliases": ["Thandiwe Ravensby", "Ms Ravensby", ("Ravensby", {"bus-2.txt": [1, 3]})],
     "note": "the group's managing director for the north, whose surname is also the name of the mainland town "
             "at the end of the causeway: 'Ms Ravensby has made promises' in a quote beside 'the 7.10 to "
             "Ravensby' (the town) in the same quote (bus-1); in bus-2 bare 'Ravensby said' (#1, #3, once opening "
             "a paragraph) is her while #0 ('the mainland town of Ravensby') and #2 ('the group's garage in "
             "Ravensby') are the town, not annotated"},
    {"name": "Tharnesdale County Council", "label": "ORG", "in": ["bus"],
     "aliases": ["Tharnesdale County Council", "County Council"],
     "note": "the county council, which pays for the school and hospital routes (bus-1, bus-2); capitalised short "
             "form 'The County Council said' (bus-1)"},
    {"name": "Hennie Copplestone", "label": "PERSON", "aliases": ["Hennie Copplestone", "Ms Copplestone"],
     "note": "the MP for Tharnesdale North (a constituency, not annotated), in two stories: the bus sale (bus-1) "
             "and the Roman road (roman-2); 'Ms Copplestone said' in both; 'The local MP' is not annotated"},
    {"name": "Bellcord", "label": "ORG", "in": ["bus"], "aliases": ["Bellcord"],
     "note": "the bus trade title; bus-2 is its own report ('told Bellcord')"},
    {"name": "Smaller Bus Operators' Alliance", "label": "ORG", "in": ["bus"],
     "aliases": ["Smaller Bus Operators' Alliance", "SBOA"],
     "note": "the invented trade body, a straight apostrophe inside its name; after 'The' opening a paragraph, "
             "then 'an SBOA spokesperson' (bus-2)"},
    # -- a county archaeology unit finds a Roman road under a supermarket car park (roman-1 the archaeology
    #    website Sherds's own report, straight single quotes where ' is also the apostrophe, bare surnames;
    #    roman-2 the Almoner's own report, curly double quotes) --
    {"name": "Tharnesdale Field Archaeology Unit", "label": "ORG", "in": ["roman"],
     "aliases": ["Tharnesdale Field Archaeology Unit", "Unit"],
     "note": "the county's archaeology unit, named after the county; in full in both articles; capitalised short "
             "form 'who leads the Unit', 'discussing with the Unit', straight possessive 'The Unit's account on X' "
             "(roman-1); 'his team', 'the archaeologists' are not annotated"},
    {"name": "Crossmoor Supermarkets", "label": "ORG", "in": ["roman"],
     "aliases": ["Crossmoor Supermarkets", "Crossmoor"],
     "note": "the supermarket chain, whose name looks like a place; attributive 'Crossmoor car park' in the roman-1 "
             "headline and 'the Crossmoor supermarket', 'the Crossmoor store' (roman-2); bare-apostrophe "
             "possessive after the plural full name, straight 'Crossmoor Supermarkets' plan' (roman-1) and curly "
             "'Crossmoor Supermarkets’ property team' (roman-2); 'Crossmoor said', 'Crossmoor says' opening "
             "paragraphs; 'the retailer', 'the store', 'the company', 'head office' are not annotated"},
    {"name": "North Tharnesdale District Council", "label": "ORG", "in": ["roman"],
     "aliases": ["North Tharnesdale District Council", "NTDC"],
     "note": "the district council, the planning authority, named after the county; in full in both articles; "
             "acronym never defined in the text, straight possessive 'NTDC's archaeological adviser' opening a "
             "sentence (roman-1), 'written to NTDC' (roman-2)"},
    {"name": "Chukwuemeka Plowright", "label": "PERSON", "in": ["roman"],
     "aliases": ["Dr Chukwuemeka Plowright", "Dr Plowright", "Plowright"],
     "note": "the county archaeologist; title 'Dr' kept; bare 'Plowright said' opening a paragraph and straight "
             "possessive 'Plowright's team' (roman-1); curly possessive 'Dr Plowright’s team' opening a paragraph "
             "(roman-2)"},
    {"name": "Lieke Smallbones", "label": "PERSON", "in": ["roman"],
     "aliases": ["Lieke Smallbones", "Ms Smallbones", "Smallbones", "@LiekeTrowels"],
     "note": "the site supervisor; her X account '@LiekeTrowels' (roman-1); a surname ending in s with the "
             "straight possessive 'Smallbones's' twice (roman-1; 'Smallbones's photographs' opening a sentence); "
             "'Ms Smallbones' opening a sentence and in the last paragraph (roman-2)"},
    {"name": "Laimonas Drewitt", "label": "PERSON", "in": ["roman"],
     "aliases": ["Laimonas Drewitt", "Drewitt", "Cobbles"],
     "note": "the retired surveyor who always said the road was there, father of the store manager; nickname "
             "declared ('Fellow members know him as Cobbles', roman-1; 'Everyone calls him Cobbles', his son's "
             "quote, roman-2) and alone in quotes ('Cobbles told us so', roman-1; 'Cobbles filled in the blank', "
             "roman-2); bare 'Drewitt' is always him (straight possessive 'Drewitt's son' opening a paragraph, "
             "'Drewitt said', roman-1); in roman-2 only 'Laimonas Drewitt' (opening the first and last "
             "paragraphs), while 'Mr Drewitt' there is his son; 'Dad' in his own quote is not annotated"},
    {"name": "Vaidas Drewitt", "label": "PERSON", "in": ["roman"],
     "aliases": ["Vaidas Drewitt", "Mr Drewitt", "Vaidas"],
     "note": "his son, manager of the Threnmouth store; first name alone in his father's quote ('Vaidas rang me', "
             "roman-1); 'Mr Drewitt was careful to add' opening a paragraph of roman-2, where it is the son, not "
             "the father (the only 'Mr Drewitt' of the set)"},
    {"name": "Threnmouth Antiquarian Society", "label": "ORG", "in": ["roman"],
     "aliases": ["Threnmouth Antiquarian Society", "Society"],
     "note": "the local history society, named after the town (bare 'Threnmouth' is the town); in full in both "
             "articles; capitalised straight possessive 'the Society's secretary' (roman-1); lower-case 'the "
             "society' (roman-2) is not annotated"},
    {"name": "Dzintra Bellchambers", "label": "PERSON", "in": ["roman"],
     "aliases": ["Dzintra Bellchambers", "Mrs Bellchambers"],
     "note": "the society's secretary (roman-1, roman-2); 'Mrs Bellchambers said' (roman-2)"},
    {"name": "Anzhela Frogbrook", "label": "PERSON", "in": ["roman"], "aliases": ["Anzhela Frogbrook"],
     "note": "the supermarket's property director, in full only (roman-1, roman-2)"},
    {"name": "Sherds", "label": "ORG", "in": ["roman"], "aliases": ["Sherds"],
     "note": "the archaeology website; roman-1 is its own report ('Sherds will publish'); named in roman-2 ('the "
             "archaeology website Sherds'); lower-case 'sherds' (pottery) does not occur"},
    # -- a municipal crematorium's new chimney delayed by a planning dispute (crem-1 the Tharnesdale Townsman's
    #    own report, curly single quotes; crem-2 the funeral trade title Cortège's own report, straight double
    #    quotes, bare surnames) --
    {"name": "Hobsworth Borough Council", "label": "ORG", "in": ["crem"],
     "aliases": ["Hobsworth Borough Council", "HBC"],
     "note": "the borough council that runs the crematorium and granted itself planning permission, named after "
             "the town; in full opening a paragraph (crem-1) and in crem-2; acronym never defined in the text "
             "('HBC ordered' opening a paragraph, 'Trelawny said HBC had', crem-2); 'the council', 'its planning "
             "committee' are not annotated; the facility 'Hobsworth Crematorium' (crem-1) is a place (a building "
             "the council runs), not annotated"},
    {"name": "Pyrovane", "label": "ORG", "in": ["crem"], "aliases": ["Pyrovane Ltd", "Pyrovane"],
     "note": "the cremator maker (crem-1, crem-2); 'Pyrovane Ltd', straight possessive 'Pyrovane's sales "
             "director' opening a sentence (crem-2); its product 'Emberline' ('Emberline units', 'Emberline "
             "cremators', plural 'Emberlines' in a quote) is not annotated; 'the company' is not annotated"},
    {"name": "Vavasour Park Residents’ Association", "label": "ORG", "in": ["crem"],
     "aliases": ["Vavasour Park Residents’ Association", "Vavasour Park Residents' Association", "Association",
                 "@VavasourParkRA"],
     "note": "the residents' group, named after the park (bare 'Vavasour Park' and 'the park' are places; "
             "'Vavasour' looks like a surname), with a curly apostrophe inside its name (crem-1) and a straight "
             "one (crem-2); capitalised curly possessive short form 'The Association’s campaign' and its X account "
             "'@VavasourParkRA' (crem-1); its campaign 'Clear Skies Vavasour' (crem-1) is a campaign, not an "
             "organisation, and is not annotated; 'the group', lower-case 'the association' (crem-2) are not "
             "annotated"},
    {"name": "Oleksandra Puddifoot", "label": "PERSON", "in": ["crem"],
     "aliases": ["Oleksandra Puddifoot", "Puddifoot"],
     "note": "the residents' association's chair (crem-1, crem-2); bare 'Puddifoot said' (crem-2)"},
    {"name": "Akehurst & Daughters", "label": "ORG", "in": ["crem"],
     "aliases": ["Akehurst & Daughters", "Akehurst"],
     "note": "the family funeral directors, named after the founder Koenraad Akehurst; 'Akehurst & Daughters' "
             "(crem-1), opening the crem-2 headline and a paragraph; colloquial curly 'Akehurst’s has conducted "
             "funerals' (crem-1) and straight 'Akehurst's has lasted a century' in a quote (crem-2 bare #1), the "
             "only bare 'Akehurst' of crem-2 that is the firm; 'the firm', 'the business' are not annotated"},
    {"name": "Rosalinde Akehurst", "label": "PERSON", "in": ["crem"],
     "aliases": ["Rosalinde Akehurst", "Mrs Akehurst", ("Akehurst", {"crem-2.txt": [0, 2, 3]})],
     "note": "the funeral director who runs the firm; 'Mrs Akehurst said' (crem-1); bare 'Akehurst said' three "
             "times in Cortège's bare style (crem-2 bare #0, #2, #3, two opening paragraphs); 'Mrs' kept apart "
             "from her daughter, who is never 'Ms Akehurst'"},
    {"name": "Agnese Akehurst", "label": "PERSON", "in": ["crem"], "aliases": ["Agnese Akehurst", "Agnese"],
     "note": "her daughter; first name alone in her mother's quote ('Agnese drove to the coast', crem-1); in full "
             "twice in crem-2 ('Agnese Akehurst said', so Cortège's bare style does not leave two bare "
             "Akehursts); 'her daughter' is not annotated"},
    {"name": "Koenraad Akehurst", "label": "PERSON", "in": ["crem"], "aliases": ["Koenraad Akehurst", "Koenraad"],
     "note": "the founder in 1921, dead (crem-1, crem-2); first name alone in his great-granddaughter's quote "
             "('Koenraad built his first hearse', crem-2); 'her great-grandfather' is not annotated"},
    {"name": "Ljiljana Trelawny", "label": "PERSON", "in": ["crem"],
     "aliases": ["Ljiljana Trelawny", "Ms Trelawny", "Trelawny"],
     "note": "the council's bereavement services manager; 'Ms Trelawny said' (crem-1); bare 'Trelawny said' "
             "opening a sentence (crem-2)"},
    {"name": "Branimir Eccleshall", "label": "PERSON", "in": ["crem"],
     "aliases": ["Cllr Branimir Eccleshall", "Cllr Eccleshall"],
     "note": "chair of the council's planning committee (crem-1), title 'Cllr' kept"},
    {"name": "Arnfinn Duckhouse", "label": "PERSON", "in": ["crem"],
     "aliases": ["Rev Canon Arnfinn Duckhouse", "Canon Duckhouse"],
     "note": "a priest who takes services at the crematorium (crem-1); the titles kept in the mention from 'Rev' "
             "on ('The Rev Canon Arnfinn Duckhouse' opening a paragraph: the capitalised article 'The' is left "
             "out, as it is before organisation names), then 'Canon Duckhouse said'"},
    {"name": "Gintare Tuffnell", "label": "PERSON", "in": ["crem"], "aliases": ["Gintare Tuffnell", "Tuffnell"],
     "note": "the cremator maker's sales director (crem-2); bare 'Tuffnell said'"},
    {"name": "Independent Undertakers' Guild", "label": "ORG", "in": ["crem"],
     "aliases": ["Independent Undertakers' Guild", "IUG"],
     "note": "the invented trade body (crem-2); after 'The' opening a sentence, then 'an IUG spokesperson'"},
    {"name": "Cortège", "label": "ORG", "in": ["crem"], "aliases": ["Cortège"],
     "note": "the funeral trade title, its name with an accented letter; crem-2 is its own report ('told "
             "Cortège')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform (opera-1, bus-1, roman-1, roman-2, crem-1)"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"], "note": "the platform (opera-1, opera-3)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Taisiya Pobjoy", "bylines": ["opera-1.txt", "bus-1.txt", "crem-1.txt"],
     "note": "Tharnesdale Townsman reporter; byline of opera-1, bus-1 and crem-1"},
    {"name": "Zvonimir Quartermaine", "bylines": ["opera-2.txt"], "note": "Rigline's reporter; byline of opera-2"},
    {"name": "Mhairi Inskip", "bylines": ["opera-3.txt", "roman-2.txt"],
     "note": "the Almoner's reporter; byline of opera-3 and roman-2"},
    {"name": "Tamati Zouch", "bylines": ["bus-2.txt"], "note": "Bellcord's reporter; byline of bus-2"},
    {"name": "Yaroslava Spenlove", "bylines": ["roman-1.txt"], "note": "Sherds's reporter; byline of roman-1"},
    {"name": "Ilmars Lambkin", "bylines": ["crem-2.txt"], "note": "Cortège's reporter; byline of crem-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
