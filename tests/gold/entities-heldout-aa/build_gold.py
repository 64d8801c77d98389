"""Build entities.json (held-out entity gold, set AA) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Ashmarden Wolfhounds", "Ashmarden City Council", "Ashmarden Nightjar" and
"Ashmarden University" are four organisations while bare "Ashmarden" is the city except at the
listed places, where it is the basketball team; "Spargo & Sons" and, at the listed places, bare
"Spargo" are the funfair while "Isambard Spargo" and "Mr Spargo" are its head, "Abimbola Spargo"
and "Ms Spargo" his daughter and "Avdotya Spargo" his mother; "Cruttwell’s Launderettes" and, at
the listed places, bare "Cruttwell" are the launderette chain and "Cruttwell Family Holdings" its
holding company, while "Todor Cruttwell" is the founder, "Nevena Cruttwell" and "Ms Cruttwell"
his elder daughter, "Krasimir Cruttwell" his son and "Yordanka Cruttwell" his younger daughter,
and "Mr Cruttwell" is the son in laundry-1 and the founder in laundry-3; "Ognyan Tidball" and
"Mr Tidball" are the team's former owner while "Zsofia Tidball" and "Ms Tidball" are his
daughter; "Gantlow Town Council" and, at the listed places, bare "Gantlow" are the town council,
"Gantlow Chanticleer" is a newspaper and "Friends of Gantlow Common" a campaign group, while bare
"Gantlow" elsewhere in the fair story (and inside "Gantlow Common") is the town or its common and
no form, and in the launderette story bare "Gantlow" is the solicitor Rumyana Gantlow; "Ashmarden
Cathedral Trust" is an organisation while "Ashmarden Cathedral" and "the Drill Hall" are
buildings and no form; a possessive after the form is kept in the mention), and writes ``[{name,
label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (every entity of a story, so that family names, first
names, nicknames and short forms such as "Friends", "Tettmar", "Chudleigh" or "Gantlow" are looked
for in their own story only).

As in the earlier sets, a form may be written ``(form, {article: [n, ...]})``: the entity claims
that form only at the listed *bare* occurrences (0-based, counting the occurrences of the form left
once longer forms have won, a following possessive included) in those articles. This set needs it
where one word has two or more owners in one article or story, or is a place at some places:
- "Ashmarden" in hoops-2: #0 the headline's "Ashmarden's new owners" and #1 "Ashmarden will start
  the season with the same coach" are the basketball team. hoops-1 has no bare "Ashmarden"; in the
  other stories the bare word is the city (no form there).
- "Tidball" in hoops-1: #0 the headline's "Tidball sells Wolfhounds" is Ognyan Tidball. In hoops-2
  (bare surnames): #0 "Tidball, 72," and #2 "Tidball said of the price" are Ognyan Tidball; #1
  "Tidball said." after "I would rather argue with one person" is Zsofia Tidball.
- "Spargo" in fair-1: #0 the headline's "Spargo’s fair" is the funfair; #1 "The oldest Spargo,
  Isambard’s mother Avdotya" is Avdotya Spargo. In fair-2: #0 the headline's "the Spargo fair"
  and #3 "nothing against Spargo's" (in the councillor's quote) are the funfair; #1 "Spargo, 66,"
  is Isambard Spargo; #2 "Spargo said." after "I talk about lawyers" is Abimbola Spargo; #4
  "Spargo's own letter to the council" (after "Her son said she had ...") is Avdotya Spargo.
- "Gantlow" in fair-2: #0 the headline's "Gantlow votes" and #2 "Gantlow was the third council
  this year" (reported speech) are Gantlow Town Council; #1 "banned from Gantlow Common" and #3
  "moving Gantlow" (the fair's date at the town) are places (no mention). In fair-1 every bare
  "Gantlow" ("Gantlow Common" three times, "brought the first steam gallopers to Gantlow", "known
  all over Gantlow") is a place.
- "Cruttwell" in laundry-1: #0 the headline's "Cruttwell’s sale" is the chain. In laundry-2: #0
  the headline's "Cruttwell bid" is the chain; #1 "Cruttwell said the chain's energy costs" is
  Krasimir Cruttwell; #2 "Cruttwell said the bid "values the buildings"" is Nevena Cruttwell; #3
  "Cruttwell said she would decide" is Yordanka Cruttwell. In laundry-3: #0 "the first
  Cruttwell’s, on a corner" and #1 "the Cruttwell name" (in a statement) are the chain.
- "Mr Cruttwell": #0 in laundry-1 ("Mr Cruttwell said the offer was") is Krasimir Cruttwell; #0,
  #1 and #2 in laundry-3 (the feature about the founder) are Todor Cruttwell.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-aa/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-aa/build_gold.py --review  # also list capitalised words no
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
    # -- a city's professional basketball team sold by its owner of 21 years to a soft-drinks group (hoops-1 the
    #    local daily the Ashmarden Nightjar's own report, curly single quotes where ’ is also the apostrophe;
    #    hoops-2 the basketball magazine Backboard's own report, straight double quotes, bare surnames) --
    {"name": "Ashmarden Wolfhounds", "label": "ORG", "in": ["hoops"],
     "aliases": ["Ashmarden Wolfhounds", "Wolfhounds", "Ashmarden Voltbucks", ("Ashmarden", {"hoops-2.txt": [0, 1]})],
     "note": "the basketball team, named after the city of Ashmarden; in full and short 'Wolfhounds' (the "
             "headline's 'Tidball sells Wolfhounds', 'bought the Wolfhounds', 'We have been the Wolfhounds' in a "
             "quote, hoops-1; 'The Wolfhounds are the Wolfhounds' in a quote and the headline's 'the Wolfhounds "
             "name', hoops-2); the mock-up name in the deleted post 'Welcome to the Ashmarden Voltbucks, "
             "Corvenshire!' (hoops-1, hoops-2), a name for the team itself, annotated as it, while the energy "
             "drink 'Voltbuck' is a product and not annotated; the city's name standing for the team in the "
             "magazine ('Ashmarden's new owners' opening the hoops-2 headline, 'Ashmarden will start the "
             "season', hoops-2 bare #0, #1); 'the team', 'the side', 'this club' are not annotated; "
             "'Wolfhounds Fans’ Trust' is its own row"},
    {"name": "Ognyan Tidball", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Ognyan Tidball", "Mr Tidball", ("Tidball", {"hoops-1.txt": [0], "hoops-2.txt": [0, 2]})],
     "note": "the team's owner for 21 years, who sells it; the headline's bare 'Tidball sells' (hoops-1 bare "
             "#0), 'Mr Tidball' twice (hoops-1); in full, bare 'Tidball, 72,' and 'Tidball said of the price' "
             "(hoops-2 bare #0, #2); 'Dad' and 'Her father' are not annotated"},
    {"name": "Zsofia Tidball", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Zsofia Tidball", "Ms Tidball", "Zsofia", ("Tidball", {"hoops-2.txt": [1]})],
     "note": "his daughter, the team's general manager; 'His daughter, Zsofia Tidball', 'Ms Tidball said' "
             "(hoops-1); first name alone in narration ('His daughter Zsofia, the general manager'), in full, "
             "and bare 'Tidball said.' after her own quote, between two bare 'Tidball's that are her father "
             "(hoops-2 bare #1)"},
    {"name": "Ambermoor Drinks", "label": "ORG", "in": ["hoops"], "aliases": ["Ambermoor Drinks", "Ambermoor"],
     "note": "the soft-drinks group that buys the team; in full opening both articles; the short form with a "
             "curly possessive, 'Ambermoor’s chief executive' (hoops-1), and attributive, 'Ambermoor chief "
             "executive' (hoops-2); 'the group', 'the new owners' are not annotated; Fizzwell, its subsidiary, is the next row"},
    {"name": "Fizzwell", "label": "ORG", "in": ["hoops"], "aliases": ["Fizzwell"],
     "note": "Ambermoor's energy-drink subsidiary, through which it holds the team; curly possessive "
             "'Fizzwell’s managing director' (hoops-1), attributive 'Fizzwell managing director' (hoops-2); "
             "its drink 'Voltbuck' is a product, not annotated"},
    {"name": "Aglaya Rowsell", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Aglaya Rowsell", "Ms Rowsell", "Rowsell"],
     "note": "Ambermoor's chief executive (an office before the name in hoops-2); 'Ms Rowsell' twice "
             "(hoops-1); bare 'Rowsell said' (hoops-2)"},
    {"name": "Selorm Kerslake", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Selorm Kerslake", "Kerslake"],
     "note": "Fizzwell's managing director; in full (hoops-1); an office before the name ('Fizzwell managing "
             "director Selorm Kerslake'), bare 'Kerslake said' and 'will report to Kerslake' (hoops-2)"},
    {"name": "Mladen Gosden", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Mladen Gosden", "Mr Gosden", "Gosden"],
     "note": "the head coach (an office before the name in hoops-1, not a title); 'Mr Gosden said' "
             "(hoops-1); bare 'Gosden said' (hoops-2)"},
    {"name": "Tochukwu Pattenden", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Tochukwu Pattenden", "Pattenden", "Stilts"],
     "note": "the team captain; nickname declared by each paper ('whom supporters call Stilts', hoops-1; "
             "'known on the terraces as Stilts', hoops-2) and annotated there; bare 'Pattenden said' (hoops-2)"},
    {"name": "Wolfhounds Fans’ Trust", "label": "ORG", "in": ["hoops"],
     "aliases": ["Wolfhounds Fans’ Trust", "Wolfhounds Fans' Trust", "WFT", "@WolfhoundsFans"],
     "note": "the supporters' trust, whose name holds the team's short name and an apostrophe (curly in "
             "hoops-1, straight in hoops-2); acronym defined in brackets in both, then 'The WFT', 'the WFT "
             "would'; its Instagram handle '@WolfhoundsFans' (hoops-1); lower-case 'the trust' (hoops-2) is "
             "not annotated"},
    {"name": "Genoveva Dumbrell", "label": "PERSON", "in": ["hoops"],
     "aliases": ["Genoveva Dumbrell", "Mrs Dumbrell", "Dumbrell"],
     "note": "chair of the fans' trust; 'Mrs Dumbrell said' (hoops-1); bare 'Dumbrell told Backboard' "
             "(hoops-2)"},
    {"name": "Furzey Homes", "label": "ORG", "in": ["hoops"], "aliases": ["Furzey Homes"],
     "note": "a housebuilder whose earlier offer for the team (for the arena site) the owner turned down "
             "(hoops-2)"},
    {"name": "Backboard", "label": "ORG", "in": ["hoops"], "aliases": ["Backboard"],
     "note": "the basketball magazine; hoops-2 is its own report ('told Backboard' twice)"},
    # -- a family funfair banned from a town's common after 112 years (fair-1 the town weekly the Gantlow
    #    Chanticleer's own report, curly double quotes, ’ as the apostrophe; fair-2 the showmen's weekly
    #    Gallopers' own report, straight double quotes, bare surnames) --
    {"name": "Spargo & Sons", "label": "ORG", "in": ["fair"],
     "aliases": ["Spargo & Sons", "@SpargosFair", ("Spargo", {"fair-1.txt": [0], "fair-2.txt": [0, 3]})],
     "note": "the family funfair, named after the family; in full in both articles; colloquial curly "
             "'Spargo’s fair' opening the fair-1 headline (bare #0); attributive 'the Spargo fair' opening the "
             "fair-2 headline (bare #0) and 'nothing against Spargo's' in the councillor's quote (fair-2 bare "
             "#3); its Instagram handle '@SpargosFair' (fair-1, fair-2); 'the fair', 'the family' are not "
             "annotated; the family members are their own rows"},
    {"name": "Isambard Spargo", "label": "PERSON", "in": ["fair"],
     "aliases": ["Isambard Spargo", "Mr Spargo", "Isambard", ("Spargo", {"fair-2.txt": [1]})],
     "note": "the head of the fair, fourth generation; 'Mr Spargo' twice, curly possessive 'Mr "
             "Spargo’s daughter', first-name possessive 'Isambard’s mother Avdotya' (fair-1); in full and bare "
             "'Spargo, 66,' (fair-2 bare #1); 'Dad' and 'Her son' are not annotated"},
    {"name": "Abimbola Spargo", "label": "PERSON", "in": ["fair"],
     "aliases": ["Abimbola Spargo", "Ms Spargo", ("Spargo", {"fair-2.txt": [2]})],
     "note": "his daughter, who runs the dodgems and the bookings; 'Ms Spargo said' (fair-1); in full twice "
             "and bare 'Spargo said.' after her quote 'I talk about lawyers', one sentence after bare 'Spargo, "
             "66,' who is her father (fair-2 bare #2)"},
    {"name": "Avdotya Spargo", "label": "PERSON", "in": ["fair"],
     "aliases": ["Avdotya Spargo", "Avdotya", "Toffee", ("Spargo", {"fair-1.txt": [1], "fair-2.txt": [4]})],
     "note": "his mother, 91, who sells toffee apples; bare 'The oldest Spargo' and first name alone in "
             "'Isambard’s mother Avdotya' (fair-1 bare #1); nickname declared ('known all over Gantlow simply "
             "as Toffee') and used by herself of herself ('Toffee is not moving to a car park', fair-1); in "
             "full, the nickname declared again ('known across the circuit as Toffee') and bare 'Spargo's own "
             "letter to the council' (fair-2 bare #4); lower-case 'toffee apples' is not annotated"},
    {"name": "Gantlow Town Council", "label": "ORG", "in": ["fair"],
     "aliases": ["Gantlow Town Council", ("Gantlow", {"fair-2.txt": [0, 2]})],
     "note": "the town council that bans the fair; in full (fair-1 once, fair-2 twice, once with a straight "
             "possessive); the town's name standing for the council ('Gantlow votes' opening the fair-2 "
             "headline, 'Gantlow was the third council this year', fair-2 bare #0, #2); 'the council', 'the "
             "town council', 'the open spaces committee' are not annotated; 'Gantlow Common' is a place"},
    {"name": "Velichko Crouchman", "label": "PERSON", "in": ["fair"],
     "aliases": ["Cllr Velichko Crouchman", "Cllr Crouchman", "Councillor Velichko Crouchman", "Crouchman"],
     "note": "chair of the council's open spaces committee; 'Cllr Velichko Crouchman', 'Cllr Crouchman' "
             "(fair-1); the title written out, 'Councillor Velichko Crouchman', and bare 'Crouchman said' "
             "(fair-2); lower-case 'councillor' and 'Councillors voted' are not titles of a name"},
    {"name": "Friends of Gantlow Common", "label": "ORG", "in": ["fair"],
     "aliases": ["Friends of Gantlow Common", "Friends"],
     "note": "the campaign group that sought the ban; in full (fair-1, fair-2) and the capitalised short form "
             "'The Friends said' (fair-1); 'the group' is not annotated"},
    {"name": "Evdokiya Larkworthy", "label": "PERSON", "in": ["fair"],
     "aliases": ["Evdokiya Larkworthy", "Mrs Larkworthy", "Larkworthy"],
     "note": "chair of the Friends; curly possessive 'Mrs Larkworthy’s own garden' (fair-1); bare "
             "'Larkworthy said' (fair-2)"},
    {"name": "Nurlan Eastabrook", "label": "PERSON", "in": ["fair"],
     "aliases": ["Dr Nurlan Eastabrook", "Dr Eastabrook", "Eastabrook"],
     "note": "the ecologist commissioned by the council; 'Dr Nurlan Eastabrook', curly possessive 'Dr "
             "Eastabrook’s report' (fair-1); straight possessive 'Dr Nurlan Eastabrook's survey' and bare "
             "'Eastabrook told Gallopers' (fair-2)"},
    {"name": "Travelling Showfolk Federation", "label": "ORG", "in": ["fair"],
     "aliases": ["Travelling Showfolk Federation", "TSF"],
     "note": "the showmen's trade body; acronym defined in brackets in both articles, then 'the TSF'"},
    {"name": "Kobina Wenban", "label": "PERSON", "in": ["fair"],
     "aliases": ["Kobina Wenban", "Mr Wenban", "Wenban"],
     "note": "the federation's secretary; 'Mr Wenban said' (fair-1); bare 'Wenban said' (fair-2)"},
    {"name": "Gantlow Chanticleer", "label": "ORG", "in": ["fair"], "aliases": ["Gantlow Chanticleer", "Chanticleer"],
     "note": "the town weekly; fair-1 is its own report ('Mr Spargo told the Chanticleer'); in full in the "
             "other outlet's report ('first reported by the Gantlow Chanticleer', fair-2)"},
    {"name": "Gallopers", "label": "ORG", "in": ["fair"], "aliases": ["Gallopers"],
     "note": "the showmen's weekly; fair-2 is its own report ('told Gallopers' twice, 'seen by Gallopers'); "
             "the ride, lower-case 'gallopers' ('the first steam gallopers', fair-1; 'the gallopers, not the "
             "generators', fair-2), is not annotated (the builder is case-sensitive)"},
    # -- a launderette chain whose founder's three children fall out over a bid (laundry-1 the Ashmarden
    #    Nightjar's own report, curly single quotes; laundry-2 the business title Ledgerline's own report,
    #    straight double quotes, bare surnames; laundry-3 the national paper the Scrivener's own feature, curly
    #    double quotes) --
    {"name": "Cruttwell’s Launderettes", "label": "ORG", "in": ["laundry"],
     "aliases": ["Cruttwell’s Launderettes", "Cruttwell's Launderettes",
                 ("Cruttwell", {"laundry-1.txt": [0], "laundry-2.txt": [0], "laundry-3.txt": [0, 1]})],
     "note": "the chain of 41 launderettes, named after its founder; in full (curly apostrophe in laundry-1, "
             "straight in laundry-2); colloquial curly 'Cruttwell’s sale' opening the laundry-1 headline (bare "
             "#0); attributive 'Cruttwell bid' opening the laundry-2 headline (bare #0); 'the first "
             "Cruttwell’s, on a corner' and 'the Cruttwell name' in the son's statement (laundry-3 bare #0, #1); "
             "'the chain', 'the business' are not annotated"},
    {"name": "Cruttwell Family Holdings", "label": "ORG", "in": ["laundry"],
     "aliases": ["Cruttwell Family Holdings", "CFH"],
     "note": "the holding company that owns the chain; acronym defined in brackets (laundry-1), then curly "
             "possessive 'CFH’s board' (laundry-1) and 'CFH owns the freehold' (laundry-2); 'the "
             "holding company', 'the company' are not annotated"},
    {"name": "Todor Cruttwell", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Todor Cruttwell", "Soapy", ("Mr Cruttwell", {"laundry-3.txt": [0, 1, 2]})],
     "note": "the founder, 87; in full and the nickname declared ('known to three generations of customers "
             "as Soapy', laundry-1); in full (laundry-2); the nickname with a curly possessive opening the "
             "laundry-3 headline ('Soapy’s empire') and declared again ('His customers called him Soapy'), in "
             "full, and 'Mr Cruttwell' three times (laundry-3 #0, #1, #2); 'their father', 'her father', "
             "'Dad', 'the founder' are not annotated"},
    {"name": "Nevena Cruttwell", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Nevena Cruttwell", "Ms Cruttwell", "Nevena", ("Cruttwell", {"laundry-2.txt": [2]})],
     "note": "the elder daughter, chief executive, against the sale; 'Ms Cruttwell' twice and first name "
             "alone in her brother's quote ('Nevena loves the launderettes', laundry-1); in full twice and bare "
             "'Cruttwell said the bid' (laundry-2 bare #2); first name alone in her father's quote and in "
             "narration ('his eldest, Nevena', 'the solicitor advising Nevena'), in full and 'Ms Cruttwell "
             "says' (laundry-3)"},
    {"name": "Krasimir Cruttwell", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Krasimir Cruttwell", "Krasimir", "Kras", ("Mr Cruttwell", {"laundry-1.txt": [0]}),
                 ("Cruttwell", {"laundry-2.txt": [1]})],
     "note": "the son, finance director, for the sale; in full and 'Mr Cruttwell said' (laundry-1 #0, the "
             "only Mr Cruttwell there); in full and bare 'Cruttwell said the chain's energy costs' (laundry-2 "
             "bare #1); first name alone in narration ('His son Krasimir'), the short form of his name in his "
             "father's quote ('Kras does the sums'), and in full (laundry-3); 'His older sister', 'Her "
             "brother', 'my brother' are kin words and not annotated"},
    {"name": "Yordanka Cruttwell", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Yordanka Cruttwell", "Yordanka", "@YordiSpins", ("Cruttwell", {"laundry-2.txt": [3]})],
     "note": "the younger daughter, who runs the delivery service and has not chosen a side; in full twice "
             "and her handle '@YordiSpins' (laundry-1, on X; laundry-3, on Instagram); in full and bare "
             "'Cruttwell said she would decide' (laundry-2 bare #3); first name alone in narration and in her "
             "father's quote, curly possessive 'Yordanka’s delivery vans' (laundry-3)"},
    {"name": "Tettmar Capital", "label": "ORG", "in": ["laundry"], "aliases": ["Tettmar Capital", "Tettmar"],
     "note": "the private equity firm bidding for the chain; in full, curly possessive 'Tettmar Capital’s "
             "partner' (laundry-1); the headline's bare 'Tettmar raises', attributive 'the Tettmar partner', "
             "'Tettmar would keep', 'Tettmar has given' (laundry-2); "
             "in full, in the manager's quote ('Tettmar will count the first half') and curly possessive "
             "'Tettmar’s partner' (laundry-3); 'a private equity firm', 'the firm', 'a fund' are not annotated"},
    {"name": "Yefim Voysey", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Yefim Voysey", "Mr Voysey", "Voysey"],
     "note": "Tettmar's partner on the bid; 'Mr Voysey declined' (laundry-1); bare 'Voysey said' (laundry-2)"},
    {"name": "Rumyana Gantlow", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Rumyana Gantlow", "Ms Gantlow", "Gantlow"],
     "note": "the solicitor advising Nevena Cruttwell, whose surname is the name of the town in the funfair "
             "story; 'Ms Gantlow said' (laundry-1), bare 'Gantlow said that' (laundry-2), 'Ms Gantlow says' "
             "(laundry-3); in this story every bare 'Gantlow' is her"},
    {"name": "Heddon Luxton", "label": "ORG", "in": ["laundry"], "aliases": ["Heddon Luxton"],
     "note": "the solicitors, a firm whose name (two surnames) reads like a person's full name; 'the "
             "solicitors Heddon Luxton' (laundry-1, laundry-2)"},
    {"name": "Aigerim Brimacombe", "label": "PERSON", "in": ["laundry"],
     "aliases": ["Professor Aigerim Brimacombe", "Brimacombe"],
     "note": "an academic who studies family firms (laundry-2), with the title 'Professor' kept; bare "
             "'Brimacombe said'"},
    {"name": "Ashmarden University", "label": "ORG", "in": ["laundry"], "aliases": ["Ashmarden University"],
     "note": "the professor's university, named after the city (laundry-2)"},
    {"name": "Enkhtuya Tozer", "label": "PERSON", "in": ["laundry"], "aliases": ["Enkhtuya Tozer", "Mrs Tozer"],
     "note": "manager of the launderette on the market square for 29 years; in full and curly possessive "
             "'Mrs Tozer’s launderette' in her own quote, the name the customers give the shop (laundry-1); in "
             "full and 'Mrs Tozer has managed this branch' (laundry-3)"},
    {"name": "Ledgerline", "label": "ORG", "in": ["laundry"], "aliases": ["Ledgerline"],
     "note": "the business title; laundry-2 is its own report ('declined to speak to Ledgerline')"},
    {"name": "Scrivener", "label": "ORG", "in": ["laundry"], "aliases": ["Scrivener"],
     "note": "the national paper; laundry-3 is its own feature ('declined to be interviewed by the "
             "Scrivener')"},
    # -- a flower festival losing its cathedral venue for two years of repairs (flowers-1 the Ashmarden
    #    Nightjar's own report, curly single quotes; flowers-2 the floral art magazine Pedestal's own report,
    #    straight double quotes, bare surnames) --
    {"name": "Corvenshire Floral Art Society", "label": "ORG", "in": ["flowers"],
     "aliases": ["Corvenshire Floral Art Society", "CFAS", "@CorvenFloralArt"],
     "note": "the society that runs the flower festival, named after the county; curly possessive "
             "'Corvenshire Floral Art Society’s flower festival' opening flowers-1; its Instagram handle "
             "'@CorvenFloralArt' (flowers-1, flowers-2); the acronym opening the flowers-2 headline before it "
             "is defined in brackets, then 'The CFAS voted', 'asked the CFAS to leave', 'to which the CFAS "
             "belongs' (flowers-2); 'the society' in "
             "lower case is not annotated"},
    {"name": "Omolara Fewings", "label": "PERSON", "in": ["flowers"],
     "aliases": ["Mrs Omolara Fewings", "Omolara Fewings", "Mrs Fewings", "Fewings"],
     "note": "the society's chair; title with the full name ('Mrs Omolara Fewings'), 'Mrs Fewings' twice "
             "and the curly possessive 'Mrs Fewings’s deputy' (flowers-1); 'Chair Omolara Fewings' (an "
             "office before the name, not a title) and bare 'Fewings said' twice (flowers-2)"},
    {"name": "Kafui Sluggett", "label": "PERSON", "in": ["flowers"],
     "aliases": ["Kafui Sluggett", "Sluggett", "Secateurs"],
     "note": "the society's champion arranger and the chair's deputy; nickname declared ('known to members as "
             "Secateurs') and used alone in the chair's quote ('Secateurs has opinions', flowers-1); in full, "
             "the nickname declared again, bare 'Sluggett' three times, once in the chair's reported speech "
             "('Fewings said Sluggett would come round', flowers-2)"},
    {"name": "Ashmarden Cathedral Trust", "label": "ORG", "in": ["flowers"], "aliases": ["Ashmarden Cathedral Trust"],
     "note": "the body that manages the cathedral building (flowers-1, flowers-2); 'the trust' in lower case "
             "is not annotated; the building 'Ashmarden Cathedral' and 'the cathedral' are a place"},
    {"name": "Mawuli Reddaway", "label": "PERSON", "in": ["flowers"],
     "aliases": ["Canon Mawuli Reddaway", "Canon Reddaway", "Mawuli Reddaway", "Reddaway"],
     "note": "the canon responsible for the cathedral's fabric; with the title 'Canon' kept (flowers-1); "
             "without it after an office ('The canon in charge of the fabric, Mawuli Reddaway') and bare "
             "'Reddaway said' (flowers-2)"},
    {"name": "Chudleigh Stonecraft", "label": "ORG", "in": ["flowers"],
     "aliases": ["Chudleigh Stonecraft", "Chudleigh"],
     "note": "the stonemasonry firm repairing the nave; in full twice (flowers-1) and once (flowers-2); the "
             "short 'Chudleigh said its scaffolding' (flowers-2)"},
    {"name": "Praskovya Widdicombe", "label": "PERSON", "in": ["flowers"],
     "aliases": ["Dame Praskovya Widdicombe", "Dame Praskovya", "Widdicombe"],
     "note": "the festival's founder, dead; a dame in full and by title and first name in her "
             "granddaughter's quote ('Dame Praskovya would have said', flowers-1); in full and bare "
             "'Widdicombe had once staged the festival' (flowers-2)"},
    {"name": "Dinara Hollamby", "label": "PERSON", "in": ["flowers"], "aliases": ["Dinara Hollamby", "Ms Hollamby", "Hollamby"],
     "note": "the founder's granddaughter, who arranges the font display; 'Ms Hollamby said' (flowers-1); bare "
             "'Hollamby said' twice (flowers-2); 'Her granddaughter', 'whose grandmother' are not annotated"},
    {"name": "Association of Floral Art Clubs", "label": "ORG", "in": ["flowers"],
     "aliases": ["Association of Floral Art Clubs", "AFAC"],
     "note": "the national body the society belongs to (flowers-2); acronym defined in brackets only"},
    {"name": "Zolzaya Hockridge", "label": "PERSON", "in": ["flowers"], "aliases": ["Zolzaya Hockridge", "Hockridge"],
     "note": "the association's president (flowers-2); bare 'Hockridge said'"},
    {"name": "Pedestal", "label": "ORG", "in": ["flowers"], "aliases": ["Pedestal"],
     "note": "the floral art magazine; flowers-2 is its own report ('told Pedestal' twice); lower-case "
             "'pedestals' (the stands) is not annotated (the builder is case-sensitive)"},
    # -- organisations, outlets and platforms in more than one story --
    {"name": "Ashmarden City Council", "label": "ORG", "in": ["hoops", "flowers"],
     "aliases": ["Ashmarden City Council"],
     "note": "the city council, which owns the basketball arena (hoops-1, hoops-2) and offers the flower "
             "festival the Drill Hall (flowers-1, and with a straight possessive, flowers-2); 'the council' is "
             "not annotated"},
    {"name": "Ashmarden Nightjar", "label": "ORG", "aliases": ["Ashmarden Nightjar", "Nightjar"],
     "note": "the city's local daily; its own reports hoops-1, laundry-1 and flowers-1 call it 'the "
             "Nightjar' ('told the Nightjar'); in full in other outlets' reports ('first reported by the "
             "Ashmarden Nightjar', hoops-2, laundry-2)"},
    {"name": "X", "label": "ORG", "aliases": ["X"],
     "note": "the platform: 'the group's X account', 'wrote on X' (hoops-1); 'the group's X account' "
             "(hoops-2); 'wrote on X' (laundry-1)"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"],
     "note": "the platform: the fans' trust (hoops-1), the funfair (fair-1, fair-2), Yordanka Cruttwell "
             "(laundry-3) and the floral art society (flowers-1, flowers-2) post there"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Damira Kemsley", "bylines": ["hoops-1.txt", "laundry-1.txt", "flowers-1.txt"],
     "note": "Ashmarden Nightjar reporter; byline of hoops-1, laundry-1 and flowers-1"},
    {"name": "Zinovy Mugford", "bylines": ["hoops-2.txt"], "note": "Backboard's reporter; byline of hoops-2"},
    {"name": "Ganbold Hosmer", "bylines": ["fair-1.txt"], "note": "the Gantlow Chanticleer's reporter; byline of fair-1"},
    {"name": "Xoese Tancock", "bylines": ["fair-2.txt"], "note": "Gallopers' reporter; byline of fair-2"},
    {"name": "Fyokla Gladman", "bylines": ["laundry-2.txt"], "note": "Ledgerline's reporter; byline of laundry-2"},
    {"name": "Taiwo Northcott", "bylines": ["laundry-3.txt"], "note": "the Scrivener's reporter; byline of laundry-3"},
    {"name": "Elikem Stapley", "bylines": ["flowers-2.txt"], "note": "Pedestal's reporter; byline of flowers-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
