"""Build entities.json (held-out entity gold, set AC) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Scardwick City Council" and "Scardwick Corncrake" are two organisations
while bare "Scardwick" is the city; "Hawtin & Daughters", "Hawtins" and, at the listed place, bare
"Hawtin" are the garden centre while "Ambrogio Hawtin" is its founder, "Carmela Hawtin", "Mrs
Carmela Hawtin", "Carmela" and, at the listed place, "Mrs Hawtin" are his elder daughter,
"Giacinta Hawtin", "Ms Giacinta Hawtin", "Ms Hawtin" and "Giacinta" the younger, "Gaetano Hawtin",
"Mr Hawtin" and "Gaetano" the elder daughter's son, and "Domitilla Hawtin" and, at the listed
place, "Mrs Hawtin" the founder's widow; "Treloweth Longwool Sheep Society" and "Treloweth Fleece
Guild" are two organisations while bare "Treloweth" is the village (and the breed) in the fleece
story and Folake Treloweth in the golf story; "Nokes Tractors" is the dealership while "Viliami
Nokes" and "Malakai Nokes" are father and son; "Marlcombe Links Trust" and "Friends of Marlcombe
Head" are two organisations while "Marlcombe" and "Marlcombe Head" are the headland; a possessive
after the form is kept in the mention), and writes ``[{name, label, aliases, mentions: [{article,
text, occurrence, start_char, end_char}], note?}]``. ``occurrence`` counts every earlier
occurrence of the exact string in the article, as ``evaluate_entities`` locates it. An entity with
``in`` is looked for only in the articles whose names start with one of those prefixes (every
entity of a story, so that family names, first names, nicknames and short forms such as
"Scarrott", "Guild", "Artisans", "Friends" or "Treloweth" are looked for in their own story only).

As in the earlier sets, a form may be written ``(form, {article: [n, ...]})``: the entity claims
that form only at the listed *bare* occurrences (0-based, counting the occurrences of the form left
once longer forms have won, a following possessive included) in those articles. This set needs it
where one word has two or more owners in one article or story:
- "Hawtin" in garden-2 (bare surnames): #0 "Hawtin, 64," and #1 "Hawtin's nephew Gaetano" are
  Giacinta Hawtin; #2 "Hawtin said." closing "They are both right, which is the problem" is
  Gaetano Hawtin; #3 "the Hawtin name" (in the rival chain's quote) is the garden centre.
  garden-1 and garden-3 have no bare "Hawtin".
- "Mrs Hawtin" in garden-1: #0 "Mrs Hawtin’s son" (after "Mrs Carmela Hawtin") is Carmela Hawtin.
  In garden-3: #0 "Mrs Hawtin told Tilth" (after "Their mother, Domitilla Hawtin") is Domitilla
  Hawtin.
- "Yeoland" in fleece-1 (bare surnames): #0 "Yeoland said." after "the name is worth nothing" is
  Bongani Yeoland; #1 "Yeoland said." after "a kitchen table" is Siyabonga Yeoland.
- "Mr Yeoland" in fleece-2: #0 "Mr Yeoland said the Guild would publish" is Siyabonga Yeoland;
  #1 "Mr Yeoland, who has bred the sheep since 1984" is Bongani Yeoland.
- "Nokes" in plough-1 (bare surnames): #0 "Nokes's plot" and #1 "Nokes, 34," are Malakai Nokes;
  #2 "Nokes said." after "Look at the photographs" is Viliami Nokes. In plough-2: #0 "the Nokes
  family" is the family, not annotated (no entity claims it).
- "Mr Nokes" in plough-2: #0 "Mr Nokes said his son had won fairly" is Viliami Nokes; #1 "Mr
  Nokes said." after "with my eyes shut" is Malakai Nokes.
- "Rideout" in plough-1 (bare surnames): #0 "Rideout says the judges overlooked", #1 "Rideout's
  wife" and #3 "that Rideout says was changed" are Dmytro Rideout; #2 "Rideout said." after "the
  sponsor's sandwiches" is Oksana Rideout. plough-2 has no bare "Rideout".
- "Twitchett" in links-2 (bare surnames; links-1 has none): #0 the headline's "Twitchett stays
  on", #1 "Twitchett, who was given the nickname Divot" and #3 "the elder Twitchett" are Yuzuru
  Twitchett; #2 "Twitchett said." after "We meet somewhere in the middle" is Mizuki Twitchett.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-ac/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-ac/build_gold.py --review  # also list capitalised words no
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
    # -- a family garden centre sold to a developer while its two owners, sisters, disagree (garden-1 the
    #    city daily the Scardwick Corncrake's own report, curly single quotes where ’ is also the
    #    apostrophe, titles Mr/Mrs/Ms/Cllr; garden-2 the garden trade title Cloche's own report, straight
    #    double quotes, bare surnames; garden-3 the gardening magazine Tilth's own feature, curly double
    #    quotes, ’ as the apostrophe, family members by first name) --
    {"name": "Hawtin & Daughters", "label": "ORG", "in": ["garden"],
     "aliases": ["Hawtin & Daughters", "Hawtins", ("Hawtin", {"garden-2.txt": [3]})],
     "note": "the garden centre, named after the founder and his two daughters; the colloquial 'Hawtins' "
             "opening the garden-1 headline and in full (garden-1); in full twice and attributive 'the "
             "Hawtin name' in the rival chain's quote (garden-2 bare #3); 'at Hawtins' and 'Hawtins is' in "
             "the campaigner's quote (garden-3); 'the business', 'the company', 'the garden centre', 'the "
             "nursery' are not annotated; the four Hawtins are their own rows"},
    {"name": "Ambrogio Hawtin", "label": "PERSON", "in": ["garden"], "aliases": ["Ambrogio Hawtin"],
     "note": "the founder in 1958, dead; in full (garden-1, garden-3); 'their father', 'Our father', 'Dad', "
             "'her late husband' are not annotated"},
    {"name": "Carmela Hawtin", "label": "PERSON", "in": ["garden"],
     "aliases": ["Mrs Carmela Hawtin", "Carmela Hawtin", "Carmela", ("Mrs Hawtin", {"garden-1.txt": [0]})],
     "note": "the elder daughter, 68, chair, who agreed the sale; 'Mrs Carmela Hawtin' and the curly "
             "possessive 'Mrs Hawtin’s son' (garden-1 #0); in full (garden-2); first name alone twice in "
             "narration ('Carmela, the elder', the curly possessive 'Carmela’s son Gaetano') and in full "
             "(garden-3); 'My mother', 'My sister', 'her sister' are not annotated"},
    {"name": "Giacinta Hawtin", "label": "PERSON", "in": ["garden"],
     "aliases": ["Ms Giacinta Hawtin", "Giacinta Hawtin", "Ms Hawtin", "Giacinta",
                 ("Hawtin", {"garden-2.txt": [0, 1]})],
     "note": "the younger daughter, 64, who grows the plants and will not sign; 'Ms Giacinta Hawtin' and 'Ms "
             "Hawtin told the Corncrake' (garden-1); in full, bare 'Hawtin, 64,' and the straight "
             "possessive 'Hawtin's nephew Gaetano' (garden-2 bare #0, #1); first name alone three times "
             "(garden-3); 'My aunt', 'my aunt' are not annotated"},
    {"name": "Gaetano Hawtin", "label": "PERSON", "in": ["garden"],
     "aliases": ["Gaetano Hawtin", "Mr Hawtin", "Gaetano", ("Hawtin", {"garden-2.txt": [2]})],
     "note": "the elder daughter's son, 38, who manages the shop and cast the deciding vote; in full and 'Mr "
             "Hawtin' (garden-1); first name alone in narration ('Hawtin's nephew Gaetano') and bare "
             "'Hawtin said.' after his own quote (garden-2 bare #2); first name alone three times, once in "
             "his mother's quote ('older than Gaetano', garden-3); 'my nephew' is not annotated"},
    {"name": "Domitilla Hawtin", "label": "PERSON", "in": ["garden"],
     "aliases": ["Domitilla Hawtin", ("Mrs Hawtin", {"garden-3.txt": [0]})],
     "note": "the founder's widow, 91; in full and 'Mrs Hawtin told Tilth' (garden-3 #0); 'Their mother' is "
             "not annotated"},
    {"name": "Scarrott Land", "label": "ORG", "in": ["garden"], "aliases": ["Scarrott Land", "Scarrott"],
     "note": "the developer buying the site, a subsidiary of Vellanby Holdings (separate rows); bare "
             "'Scarrott' in the garden-1 headline, in full three times and bare 'Scarrott has' in its "
             "director's quote (garden-1); the straight possessives 'Scarrott's garden centre deal' in the "
             "headline, 'Scarrott Land's' and 'Scarrott's director' (garden-2); in full and the curly "
             "possessive 'Scarrott’s director' (garden-3); 'the developer', 'the firm' are not annotated"},
    {"name": "Vellanby Holdings", "label": "ORG", "in": ["garden"], "aliases": ["Vellanby Holdings", "Vellanby"],
     "note": "the developer's parent group; in full (garden-1); in full and bare 'Vellanby has built' "
             "(garden-2)"},
    {"name": "Bohdan Upsall", "label": "PERSON", "in": ["garden"], "aliases": ["Bohdan Upsall", "Mr Upsall", "Upsall"],
     "note": "a director of Scarrott Land; in full and 'Mr Upsall said' (garden-1); in full and bare 'Upsall "
             "said' (garden-2); in full (garden-3)"},
    {"name": "Keep Corringdean Growing", "label": "ORG", "in": ["garden"],
     "aliases": ["Keep Corringdean Growing", "KCG", "@KeepCorringdean"],
     "note": "the campaign against the sale, named after the suburb; in full with the acronym defined in "
             "brackets, 'the KCG posts' and its Facebook handle '@KeepCorringdean' (garden-1); in full "
             "(garden-2, garden-3); 'the campaign', 'the group' are not annotated; bare 'Corringdean' is the "
             "suburb"},
    {"name": "Fatoumata Tapsell", "label": "PERSON", "in": ["garden"],
     "aliases": ["Fatoumata Tapsell", "Mrs Tapsell", "Tapsell"],
     "note": "the campaign's organiser; in full and the curly possessive 'Mrs Tapsell’s petition' (garden-1); "
             "in full and bare 'Tapsell said' (garden-3)"},
    {"name": "Raffaele Ackrill", "label": "PERSON", "in": ["garden"],
     "aliases": ["Cllr Raffaele Ackrill", "Cllr Ackrill"],
     "note": "chair of the city council's planning committee, with the title 'Cllr' kept (garden-1)"},
    {"name": "Nyasha Coppard", "label": "PERSON", "in": ["garden"], "aliases": ["Nyasha Coppard", "Coppard"],
     "note": "the nursery's head grower of 31 years; in full (garden-1); in full and bare 'Coppard said' "
             "(garden-2, garden-3)"},
    {"name": "Kerswell Eastment", "label": "ORG", "in": ["garden"], "aliases": ["Kerswell Eastment"],
     "note": "the land agents who marketed the site (garden-2)"},
    {"name": "Tunstead Garden Centres", "label": "ORG", "in": ["garden"],
     "aliases": ["Tunstead Garden Centres", "Tunstead"],
     "note": "the national chain that bid less and would have kept the garden centre; in full and bare "
             "'Tunstead confirmed' (garden-2); attributive 'The Tunstead chain' (garden-3)"},
    {"name": "Scardwick City Council", "label": "ORG", "in": ["garden"], "aliases": ["Scardwick City Council"],
     "note": "the city council that will decide the planning application; once in each garden article; 'the "
             "council', 'the council's planning committee' are not annotated; bare 'Scardwick' is the city"},
    {"name": "Cloche", "label": "ORG", "in": ["garden"], "aliases": ["Cloche"],
     "note": "the garden trade title; garden-2 is its own report ('Cloche has learned', 'told Cloche')"},
    {"name": "Tilth", "label": "ORG", "in": ["garden"], "aliases": ["Tilth"],
     "note": "the gardening magazine; garden-3 is its own feature ('told Tilth' three times, 'promised "
             "Tilth')"},
    {"name": "Facebook", "label": "ORG", "in": ["garden"], "aliases": ["Facebook"],
     "note": "the platform: the campaign posts there (garden-1, garden-3)"},
    # -- a rare sheep breed's society split over a new wool label, the breakaway led by the president's
    #    brother (fleece-1 the farming weekly Coulter's own report, straight double quotes, bare surnames;
    #    fleece-2 the knitting magazine Purlwise's own report, curly double quotes, ’ as the apostrophe,
    #    titles Mr/Mrs/Dr) --
    {"name": "Treloweth Longwool Sheep Society", "label": "ORG", "in": ["fleece"],
     "aliases": ["Treloweth Longwool Sheep Society", "TLSS"],
     "note": "the breed society, named after the breed and its village; in full with the acronym defined in "
             "brackets, then 'the TLSS voted', 'stay with the TLSS' (fleece-1); in full (fleece-2); 'the "
             "society', 'the society's president', 'the breed's society' are lower case and not annotated; "
             "'Treloweth Longwool' alone is the breed (a kind of sheep, not annotated)"},
    {"name": "Treloweth Fleece Guild", "label": "ORG", "in": ["fleece"],
     "aliases": ["Treloweth Fleece Guild", "Guild"],
     "note": "the breakaway group; in full, capitalised short form 'the Guild' three times, the straight "
             "possessive 'the Guild's wool' in a quote and attributive 'Guild members' opening the last "
             "sentence (fleece-1); in full, 'the Guild' three times and the curly possessive 'the Guild’s "
             "members' (fleece-2)"},
    {"name": "Bongani Yeoland", "label": "PERSON", "in": ["fleece"],
     "aliases": ["Mr Bongani Yeoland", "Bongani Yeoland", "Bongani", ("Yeoland", {"fleece-1.txt": [0]}),
                 ("Mr Yeoland", {"fleece-2.txt": [1]})],
     "note": "the society's president, who backs the label; in full, bare 'Yeoland said.' after his own "
             "quote (fleece-1 bare #0) and first name alone in the straight possessive 'Bongani's daughter' "
             "(fleece-1); 'Mr Bongani Yeoland' three times (once with the curly possessive 'Mr Bongani "
             "Yeoland’s daughter') and 'Mr Yeoland, who has bred the sheep' (fleece-2 #1); 'My brother', "
             "'His brother', 'her father' are not annotated"},
    {"name": "Siyabonga Yeoland", "label": "PERSON", "in": ["fleece"],
     "aliases": ["Mr Siyabonga Yeoland", "Siyabonga Yeoland", ("Yeoland", {"fleece-1.txt": [1]}),
                 ("Mr Yeoland", {"fleece-2.txt": [0]})],
     "note": "his younger brother, who chairs the breakaway Guild; in full and bare 'Yeoland said.' after his "
             "own quote (fleece-1 bare #1); 'Mr Siyabonga Yeoland' twice and 'Mr Yeoland said the Guild would "
             "publish' (fleece-2 #0); 'her uncle', 'your uncle' are not annotated"},
    {"name": "Nandi Yeoland", "label": "PERSON", "in": ["fleece"], "aliases": ["Nandi Yeoland", "Nandi"],
     "note": "Bongani Yeoland's daughter, a contract shearer; in full (fleece-1); in full and her first name "
             "alone inside her own quote, as others say it to her ('Nandi, do you know', fleece-2)"},
    {"name": "Kazimiera Pearcey", "label": "PERSON", "in": ["fleece"],
     "aliases": ["Mrs Kazimiera Pearcey", "Kazimiera Pearcey", "Mrs Pearcey", "Pearcey"],
     "note": "the society's secretary; in full and bare 'Pearcey said' (fleece-1); 'Mrs Kazimiera Pearcey' and "
             "the curly possessive 'Mrs Pearcey’s letter' (fleece-2)"},
    {"name": "Rare Flocks Conservation Trust", "label": "ORG", "in": ["fleece"],
     "aliases": ["Rare Flocks Conservation Trust", "RFCT"],
     "note": "the rare breeds charity holding the flock book; in full with the acronym defined in brackets, "
             "the straight possessive 'The RFCT's conservation officer' and 'the RFCT would keep' (fleece-1); "
             "in full (fleece-2); 'the charity' is not annotated"},
    {"name": "Yaryna Gladwin", "label": "PERSON", "in": ["fleece"],
     "aliases": ["Dr Yaryna Gladwin", "Dr Gladwin", "Gladwin"],
     "note": "the charity's conservation officer, with the title 'Dr' kept; 'Dr Yaryna Gladwin' and bare "
             "'Gladwin said' (fleece-1); 'Dr Yaryna Gladwin' and 'Dr Gladwin said' (fleece-2)"},
    {"name": "Kittow Yarns", "label": "ORG", "in": ["fleece"], "aliases": ["Kittow Yarns", "@KittowYarns"],
     "note": "the yarn maker, named after its founder; in full (fleece-1); in full and its Instagram handle "
             "'@KittowYarns' (fleece-2); 'the yarn maker', 'the small company', 'the business' are not "
             "annotated"},
    {"name": "Luseane Kittow", "label": "PERSON", "in": ["fleece"],
     "aliases": ["Mrs Luseane Kittow", "Luseane Kittow", "Mrs Kittow"],
     "note": "the yarn maker's founder; in full (fleece-1); 'Mrs Luseane Kittow' and 'Mrs Kittow' twice "
             "(fleece-2); bare 'Kittow' does not occur"},
    {"name": "Purlwise", "label": "ORG", "in": ["fleece"], "aliases": ["Purlwise"],
     "note": "the knitting magazine; fleece-2 is its own report ('seen by Purlwise')"},
    {"name": "Instagram", "label": "ORG", "in": ["fleece"], "aliases": ["Instagram"],
     "note": "the platform: the yarn maker posts there (fleece-2)"},
    # -- a ploughing match's judges accused of favouring the sponsor's family (plough-1 the farming weekly
    #    Coulter's own report, straight double quotes, bare surnames; plough-2 the Scardwick Corncrake's own
    #    report, curly single quotes, titles Mr/Mrs) --
    {"name": "Daggerton and District Ploughing Association", "label": "ORG", "in": ["plough"],
     "aliases": ["Daggerton and District Ploughing Association", "DDPA"],
     "note": "the match's organiser, named after its village; in full with the acronym defined in brackets, "
             "'The DDPA said' and the straight possessive 'The DDPA's chairman' (plough-1); in full "
             "(plough-2); 'the association' is not annotated; bare 'Daggerton' (the village, 'the Daggerton "
             "ploughing match', 'the Daggerton results') is not annotated"},
    {"name": "Malakai Nokes", "label": "PERSON", "in": ["plough"],
     "aliases": ["Mr Malakai Nokes", "Malakai Nokes", "Malakai", ("Nokes", {"plough-1.txt": [0, 1]}),
                 ("Mr Nokes", {"plough-2.txt": [1]})],
     "note": "the four-time champion, 34, the sponsor's son; in full twice, the straight possessive 'Nokes's "
             "plot' and bare 'Nokes, 34,' (plough-1 bare #0, #1); in full, first name alone in the "
             "complainant's quote ('Malakai is a fine ploughman'), 'Mr Malakai Nokes' and 'Mr Nokes said.' "
             "after his own quote (plough-2 #1); 'My boy', 'his son', 'His son' are not annotated"},
    {"name": "Viliami Nokes", "label": "PERSON", "in": ["plough"],
     "aliases": ["Mr Viliami Nokes", "Viliami Nokes", "Stubble", ("Nokes", {"plough-1.txt": [2]}),
                 ("Mr Nokes", {"plough-2.txt": [0]})],
     "note": "his father, owner of the sponsoring dealership and eleven times champion; in full three times, "
             "the nickname declared ('known in the county's ploughing circles as Stubble') and bare 'Nokes "
             "said.' after his own quote (plough-1 bare #2); 'Mr Viliami Nokes', the nickname used alone in "
             "his own quote ('Stubble will be in the beer tent') and 'Mr Nokes said his son' (plough-2 #0); "
             "'His father', 'his father's tractors' are not annotated"},
    {"name": "Nokes Tractors", "label": "ORG", "in": ["plough"], "aliases": ["Nokes Tractors"],
     "note": "the family dealership that sponsors the match; in full three times (plough-1) and once "
             "(plough-2); 'the dealership', 'whose family firm' are not annotated; 'the Nokes family' "
             "(plough-2, bare #0) and 'the Nokeses' are the family, not annotated"},
    {"name": "Dmytro Rideout", "label": "PERSON", "in": ["plough"],
     "aliases": ["Mr Dmytro Rideout", "Dmytro Rideout", "Mr Rideout", ("Rideout", {"plough-1.txt": [0, 1, 3]})],
     "note": "the runner-up who complained; in full, bare 'Rideout says the judges', the straight possessive "
             "'Rideout's wife' and 'that Rideout says was changed' (plough-1 bare #0, #1, #3); 'Mr Dmytro "
             "Rideout' and 'Mr Rideout told the Corncrake' (plough-2)"},
    {"name": "Oksana Rideout", "label": "PERSON", "in": ["plough"],
     "aliases": ["Mrs Oksana Rideout", "Oksana Rideout", "Mrs Rideout", ("Rideout", {"plough-1.txt": [2]})],
     "note": "his wife, who ploughs with heavy horses and backs the complaint; in full and bare 'Rideout said.' "
             "after her own quote (plough-1 bare #2); 'Mrs Oksana Rideout' and 'Mrs Rideout' (plough-2); 'his "
             "wife' is not annotated"},
    {"name": "Boubacar Wakeham", "label": "PERSON", "in": ["plough"],
     "aliases": ["Mr Boubacar Wakeham", "Boubacar Wakeham", "Wakeham"],
     "note": "the chief judge (an office before the name, not in the mention); in full and bare 'Wakeham said' "
             "(plough-1); 'Mr Boubacar Wakeham' (plough-2)"},
    {"name": "Zinovia Fogwill", "label": "PERSON", "in": ["plough"], "aliases": ["Zinovia Fogwill", "Fogwill"],
     "note": "a second judge, married to a cousin of Viliami Nokes; in full and bare 'Fogwill did not reply' "
             "(plough-1)"},
    {"name": "Ethelburga Roseveare", "label": "PERSON", "in": ["plough"],
     "aliases": ["Mrs Ethelburga Roseveare", "Ethelburga Roseveare", "Mrs Roseveare", "Roseveare"],
     "note": "the association's chairman; in full and bare 'Roseveare said' (plough-1); 'Mrs Ethelburga "
             "Roseveare' and the curly possessive 'Mrs Roseveare’s committee' (plough-2)"},
    {"name": "Federation of Match Ploughing Societies", "label": "ORG", "in": ["plough"],
     "aliases": ["Federation of Match Ploughing Societies", "FMPS"],
     "note": "the body that sets the rules for qualifying matches; in full with the acronym defined in "
             "brackets and 'the FMPS would' (plough-1); in full (plough-2)"},
    {"name": "Sekou Jaggard", "label": "PERSON", "in": ["plough"], "aliases": ["Sekou Jaggard"],
     "note": "the federation's rules officer (plough-1)"},
    {"name": "Esselby Young Farmers", "label": "ORG", "in": ["plough"], "aliases": ["Esselby Young Farmers"],
     "note": "the young farmers' club that stewards the match; the curly possessive 'Esselby Young Farmers’ "
             "hall' and 'Members of the Esselby Young Farmers' (plough-2); 'the club' and 'Their secretary' "
             "are not annotated; bare 'Esselby' is the market town"},
    {"name": "Coulter", "label": "ORG", "in": ["fleece", "plough"], "aliases": ["Coulter"],
     "note": "the farming weekly; fleece-1 ('told Coulter') and plough-1 (the straight possessive 'Coulter's "
             "questions') are its own reports; lower-case 'a bent coulter' (a part of a plough, plough-1) is "
             "not annotated (the builder is case-sensitive)"},
    # -- a council's municipal golf course handed to a charitable trust (links-1 the seaside weekly the
    #    Wyvernsea Spindrift's own report, curly single quotes, titles Mr/Mrs/Ms/Cllr; links-2 the golf
    #    magazine Niblick's own report, straight double quotes, bare surnames) --
    {"name": "Wyvernsea Borough Council", "label": "ORG", "in": ["links"], "aliases": ["Wyvernsea Borough Council"],
     "note": "the council that owned and ran the course; in full (links-1, links-2); 'the borough council', "
             "'the council', 'a council', 'the borough' are not annotated; bare 'Wyvernsea' is the town"},
    {"name": "Marlcombe Links Trust", "label": "ORG", "in": ["links"],
     "aliases": ["Marlcombe Links Trust", "Links Trust"],
     "note": "the charity taking the course on a 99-year lease; in full and the capitalised short form 'The "
             "Links Trust' in the council leader's quote (links-1); in full (links-2); 'the trust', 'a "
             "charitable trust' and 'Trust' capitalised only because it opens the links-1 headline are not "
             "annotated"},
    {"name": "Folake Treloweth", "label": "PERSON", "in": ["links"],
     "aliases": ["Mrs Folake Treloweth", "Folake Treloweth", "Mrs Treloweth", "Treloweth"],
     "note": "the trust's chair, whose surname is the name of the sheep breed's village in the fleece story; "
             "'Mrs Folake Treloweth' and 'Mrs Treloweth' three times (links-1); in full and bare 'Treloweth "
             "said' (links-2); in the fleece story every bare 'Treloweth' is the village or the breed"},
    {"name": "Adetokunbo Hobbiss", "label": "PERSON", "in": ["links"],
     "aliases": ["Cllr Adetokunbo Hobbiss", "Adetokunbo Hobbiss", "Cllr Hobbiss", "Hobbiss"],
     "note": "the council's leader; 'Cllr Adetokunbo Hobbiss' and 'Cllr Hobbiss' (links-1); after an office "
             "('Council leader Adetokunbo Hobbiss') and bare 'Hobbiss said' (links-2)"},
    {"name": "Daubeney Leisure", "label": "ORG", "in": ["links"], "aliases": ["Daubeney Leisure"],
     "note": "the contractor that has maintained the course since 2015 (links-1, links-2); 'The company', "
             "'the contractor' are not annotated"},
    {"name": "Yuzuru Twitchett", "label": "PERSON", "in": ["links"],
     "aliases": ["Yuzuru Twitchett", "Mr Twitchett", "Divot", ("Twitchett", {"links-2.txt": [0, 1, 3]})],
     "note": "the head greenkeeper, 61 ('the head greenkeeper', 'Head greenkeeper' are offices, not in the "
             "mention); in full, the nickname declared ('known to three generations of Wyvernsea golfers as "
             "Divot'), 'Mr Twitchett' and the nickname used alone in the trust chair's quote ('Divot knows "
             "every blade', links-1); bare 'Twitchett stays on' in the headline, in full, bare 'Twitchett, "
             "who was given the nickname Divot' with the nickname declared again, and 'the elder Twitchett' "
             "(links-2 bare #0, #1, #3); 'her father', 'Dad' are not annotated"},
    {"name": "Mizuki Twitchett", "label": "PERSON", "in": ["links"],
     "aliases": ["Mizuki Twitchett", "Ms Twitchett", ("Twitchett", {"links-2.txt": [2]})],
     "note": "his daughter, an apprentice greenkeeper; in full and 'Ms Twitchett said' (links-1); in full and "
             "bare 'Twitchett said.' after her own quote (links-2 bare #2); 'his daughter' is not annotated"},
    {"name": "Wyvernsea Artisans Golf Club", "label": "ORG", "in": ["links"],
     "aliases": ["Wyvernsea Artisans Golf Club", "Artisans", "@WyvernseaArtisans"],
     "note": "the artisan golfers' club that has played on the course since 1932; in full, 'the Artisans "
             "welcomed' and its handle '@WyvernseaArtisans' (links-1); in full, attributive 'Artisans "
             "captain Junpei Smallacombe' and 'the Artisans would not' (links-2); 'the club' is not "
             "annotated"},
    {"name": "Junpei Smallacombe", "label": "PERSON", "in": ["links"],
     "aliases": ["Junpei Smallacombe", "Mr Smallacombe", "Smallacombe"],
     "note": "the club's captain; in full and 'Mr Smallacombe said' (links-1); after an office ('Artisans "
             "captain Junpei Smallacombe'), bare 'Smallacombe told Niblick' (links-2)"},
    {"name": "Friends of Marlcombe Head", "label": "ORG", "in": ["links"],
     "aliases": ["Friends of Marlcombe Head", "Friends"],
     "note": "the walkers' group, named after the headland; in full (links-1); in full and the capitalised "
             "short form 'The Friends say' (links-2); 'the group', 'a walkers' group' are not annotated; bare "
             "'Marlcombe Head' and 'Marlcombe' are the headland"},
    {"name": "Rumbidzai Budgen", "label": "PERSON", "in": ["links"],
     "aliases": ["Rumbidzai Budgen", "Mrs Budgen", "Budgen"],
     "note": "the walkers' group's secretary; in full and 'Mrs Budgen said' (links-1); in full and bare "
             "'Budgen said' (links-2)"},
    {"name": "Dunsmere Golf Union", "label": "ORG", "in": ["links"], "aliases": ["Dunsmere Golf Union"],
     "note": "the county's golf body, named after the county (links-2); bare 'Dunsmere' elsewhere in the set "
             "is the county"},
    {"name": "Wyvernsea Spindrift", "label": "ORG", "in": ["links"], "aliases": ["Wyvernsea Spindrift", "Spindrift"],
     "note": "the seaside town's weekly; links-1 is its own report ('told the Spindrift'); in full in "
             "another outlet's report ('first reported by the Wyvernsea Spindrift', links-2)"},
    {"name": "Niblick", "label": "ORG", "in": ["links"], "aliases": ["Niblick"],
     "note": "the golf magazine; links-2 is its own report ('Smallacombe told Niblick'); lower-case 'a "
             "hickory niblick' (an old golf club, links-2) is not annotated (the builder is case-sensitive)"},
    # -- outlets in more than one story --
    {"name": "Scardwick Corncrake", "label": "ORG", "in": ["garden", "plough"],
     "aliases": ["Scardwick Corncrake", "Corncrake"],
     "note": "the city's daily; its own reports garden-1 and plough-2 call it 'the Corncrake' ('told the "
             "Corncrake'); in full in another outlet's report ('first reported by the Scardwick Corncrake', "
             "garden-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Leocadio Gumbrell", "bylines": ["garden-1.txt", "plough-2.txt"],
     "note": "Scardwick Corncrake reporter; byline of garden-1 and plough-2"},
    {"name": "Tatenda Stallabrass", "bylines": ["garden-2.txt"], "note": "Cloche's reporter; byline of garden-2"},
    {"name": "Ulrika Sweetapple", "bylines": ["garden-3.txt"], "note": "Tilth's writer; byline of garden-3"},
    {"name": "Kudzai Tickner", "bylines": ["fleece-1.txt", "plough-1.txt"],
     "note": "Coulter's reporter; byline of fleece-1 and plough-1"},
    {"name": "Mahina Ibberson", "bylines": ["fleece-2.txt"], "note": "Purlwise's writer; byline of fleece-2"},
    {"name": "Phuong Ullyott", "bylines": ["links-1.txt"], "note": "the Wyvernsea Spindrift's reporter; byline of links-1"},
    {"name": "Farai Polkinghorne", "bylines": ["links-2.txt"], "note": "Niblick's reporter; byline of links-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
