"""Build entities.json (held-out entity gold, set AD) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Kestrelby City Council", "Kestrelby Tallyman" and "Kestrelby and District
Tenpin League" are three organisations while bare "Kestrelby" is the city; "Netherwood Lanes" and
the short form "Lanes" are the bowling alley while "Lubomir Netherwood", "Ondrej Netherwood" and
"Dobromila Netherwood" are its founder, his son and his granddaughter, and bare "Netherwood" and
"Mr Netherwood" belong to them only at the listed places; "Gilbard & Sons" is the builders while
"Prakash Gilbard" and "Ishaan Gilbard" are father and son; "Stallingford Town Council" and
"Stallingford Stonechat" are two organisations while bare "Stallingford" is the town; "Gaukroger
Campers" and, at the listed places, bare "Gaukroger" are the hire firm while "Olawale", "Bolanle"
and "Morenike Gaukroger" are its founders and their daughter; "Hollinsey Hawsers" is the tug of
war team while bare "Hollinsey" is the town in the rope story and Radhika Hollinsey in the clock
story; "Tollerdine Fire and Rescue Service" and "Tollerdine Fieldfare" are two organisations while
bare "Tollerdine" is the county; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (every entity of a story, so that family names, first
names, nicknames and short forms such as "Lanes", "Guild", "Roamwell", "Hawsers" or "Hollinsey"
are looked for in their own story only).

As in the earlier sets, a form may be written ``(form, {article: [n, ...]})``: the entity claims
that form only at the listed *bare* occurrences (0-based, counting the occurrences of the form left
once longer forms have won, a following possessive included) in those articles. This set needs it
where one word has two or more owners in one article or story:
- "Mr Netherwood" in bowl-1: #0 "Mr Netherwood said." after "ran out of machines to rob" is Ondrej
  Netherwood (the paragraph before names him); #1 "Mr Netherwood said the decision had been his
  son's" and #2 "Mr Netherwood senior hired me" (in the duty manager's quote) are Lubomir
  Netherwood.
- "Netherwood" in bowl-2 (bare surnames): #0 "Netherwood said." after "a set of sweep arms in a
  barn" and #2 "Netherwood said it was "more than we could borrow at my age or my father's"" are
  Ondrej Netherwood; #1 "Netherwood, 27," is Dobromila Netherwood; #3 "Netherwood, now 81," is
  Lubomir Netherwood. bowl-1 has no bare "Netherwood"; "three Netherwoods" (bowl-1) is the family,
  a different word, and is not annotated.
- "Mr Gilbard" in clock-1: #0 "Mr Gilbard said." after "We don't decide where a clock goes" is
  Ishaan Gilbard; #1 "Mr Gilbard, who is 71 and joined the firm at 16," is Prakash Gilbard.
- "Gilbard" in clock-2 (bare surnames): #0 "Gilbard, whose grandfather founded the business," is
  Prakash Gilbard; #1 "Gilbard said." after "we'd have gone to the moon" is Ishaan Gilbard.
- "Gaukroger" in camper-1: #0 "the Gaukroger name" is the firm. In camper-2 (bare surnames): #0
  the headline's "Roamwell buys Gaukroger", #3 "the Gaukroger vans", #4 "the Gaukroger mechanic",
  #5 "from Gaukroger in the first place" and #6 "a Gaukroger customer" are the firm; #1
  "Gaukroger said." after "booked for August" is Morenike Gaukroger; #2 "Gaukroger, 67," is
  Olawale Gaukroger. In camper-3: #0 "The Gaukroger fleet" is the firm; "the Gaukrogers' doing"
  is the family, a different word, and is not annotated.
- "Mr Squance" in rope-1: #0 "Mr Squance said." after "My brother knows that" is Epeli Squance;
  #1 "Mr Squance, the captain, said" is Semisi Squance.
- "Squance" in rope-2 (bare surnames): #0 "Squance, 39, told Cutaway" is Epeli Squance; #1
  "Squance said." after "He said yes in the pub" (the captain's quote) is Semisi Squance.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-ad/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-ad/build_gold.py --review  # also list capitalised words no
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
    # -- a family-run ten-pin bowling alley closing because its pinsetters can no longer be repaired
    #    (bowl-1 the city daily the Kestrelby Tallyman's own report, curly single quotes where ’ is also
    #    the apostrophe, titles Mr/Mrs/Ms/Cllr; bowl-2 the bowling trade title Pinfall's own report,
    #    straight double quotes, bare surnames) --
    {"name": "Netherwood Lanes", "label": "ORG", "in": ["bowl"], "aliases": ["Netherwood Lanes", "Lanes"],
     "note": "the bowling alley, named after the family that owns it; in full twice (bowl-1, once opening "
             "the headline); in full twice (once in the headline) and the capitalised short form 'the Lanes' "
             "twice in the duty manager's quote (bowl-2); 'the alley', 'the centre' are not annotated; "
             "lower-case 'lanes' is the lanes themselves; 'three Netherwoods' is the family"},
    {"name": "Lubomir Netherwood", "label": "PERSON", "in": ["bowl"],
     "aliases": ["Mr Lubomir Netherwood", "Lubomir Netherwood", "Kingpin",
                 ("Mr Netherwood", {"bowl-1.txt": [1, 2]}), ("Netherwood", {"bowl-2.txt": [3]})],
     "note": "the founder, 81, who opened the alley in 1979; 'Mr Lubomir Netherwood', the nickname declared "
             "('known to three generations of league bowlers as Kingpin'), 'Mr Netherwood said the decision' "
             "(#1), 'Mr Netherwood senior' in the duty manager's quote (#2) and the nickname alone in his "
             "son's quote ('Kingpin will bowl the first frame', bowl-1); in full, bare 'Netherwood, now 81,' "
             "(bowl-2 bare #3), the nickname declared again and used alone in his own quote ('Kingpin is "
             "retiring as well'); 'his father', 'my father's' are not annotated"},
    {"name": "Ondrej Netherwood", "label": "PERSON", "in": ["bowl"],
     "aliases": ["Mr Ondrej Netherwood", "Ondrej Netherwood", ("Mr Netherwood", {"bowl-1.txt": [0]}),
                 ("Netherwood", {"bowl-2.txt": [0, 2]})],
     "note": "the founder's son, the managing director, who decided to close; 'Mr Ondrej Netherwood' twice and "
             "'Mr Netherwood said.' after his own quote (bowl-1 #0); in full, bare 'Netherwood said.' after "
             "his quote and 'Netherwood said it was \"more than we could borrow at my age or my father's\"' "
             "(bowl-2 bare #0, #2); 'his son's', 'the managing director's' are not annotated"},
    {"name": "Dobromila Netherwood", "label": "PERSON", "in": ["bowl"],
     "aliases": ["Ms Dobromila Netherwood", "Dobromila Netherwood", "Ms Netherwood", "Dobromila",
                 ("Netherwood", {"bowl-2.txt": [1]})],
     "note": "the managing director's daughter, 27, who kept the machines going; 'Ms Dobromila Netherwood' and "
             "'Ms Netherwood told the Tallyman' (bowl-1); in full, bare 'Netherwood, 27,' (bowl-2 bare #1) and "
             "her first name alone in the engineer's quote ('Dobromila kept them alive'); 'his daughter' is not "
             "annotated"},
    {"name": "Kegwell Automatics", "label": "ORG", "in": ["bowl"], "aliases": ["Kegwell Automatics", "Kegwell"],
     "note": "the American maker of the pinsetters, which stopped making parts in 2009; in full (bowl-1); the "
             "straight possessive 'Kegwell's old machines' in the headline, in full and bare 'Kegwell did not "
             "answer' (bowl-2); 'the best-kept Kegwells' (the machines, a product, in the engineer's quote) "
             "is a different word and is not annotated"},
    {"name": "Ravindra Skelhorn", "label": "PERSON", "in": ["bowl"], "aliases": ["Ravindra Skelhorn", "Skelhorn"],
     "note": "a freelance pinsetter engineer; in full and bare 'Skelhorn said' (bowl-2)"},
    {"name": "Bussell Bowling Supplies", "label": "ORG", "in": ["bowl"],
     "aliases": ["Bussell Bowling Supplies", "Bussell"],
     "note": "a county dealer that quoted for new string pinsetters; in full and the straight possessive "
             "'Bussell's quote' (bowl-2)"},
    {"name": "Kestrelby and District Tenpin League", "label": "ORG", "in": ["bowl"],
     "aliases": ["Kestrelby and District Tenpin League", "KDTL", "@KDTLbowls"],
     "note": "the league whose 22 teams bowl at the alley; in full with the acronym defined in brackets, its "
             "Facebook handle '@KDTLbowls' and 'the KDTL has asked' (bowl-1); in full and 'The KDTL has "
             "asked' (bowl-2); 'the league', 'the league's' are not annotated; bare 'Kestrelby' is the city"},
    {"name": "Ngaire Sparkes", "label": "PERSON", "in": ["bowl"],
     "aliases": ["Mrs Ngaire Sparkes", "Ngaire Sparkes", "Mrs Sparkes", "Sparkes"],
     "note": "the league's secretary (an office, not in the mention); 'Mrs Ngaire Sparkes' and the curly "
             "possessive 'Mrs Sparkes’s appeal' (bowl-1); in full and bare 'Sparkes said' (bowl-2)"},
    {"name": "Kestrelby City Council", "label": "ORG", "in": ["bowl"], "aliases": ["Kestrelby City Council"],
     "note": "the city council; in full (bowl-1, bowl-2); 'the council' is not annotated"},
    {"name": "Ayodele Mugridge", "label": "PERSON", "in": ["bowl"],
     "aliases": ["Cllr Ayodele Mugridge", "Cllr Mugridge"],
     "note": "the councillor who speaks for leisure, with the title 'Cllr' kept (bowl-1)"},
    {"name": "Masaru Tuckett", "label": "PERSON", "in": ["bowl"],
     "aliases": ["Mr Masaru Tuckett", "Masaru Tuckett", "Tuckett"],
     "note": "the alley's duty manager since 1993; 'Mr Masaru Tuckett' (bowl-1); in full and bare 'Tuckett "
             "said' (bowl-2)"},
    {"name": "Pinfall", "label": "ORG", "in": ["bowl"], "aliases": ["Pinfall"],
     "note": "the bowling trade title; bowl-2 is its own report ('questions from Pinfall'); lower-case 'total "
             "pinfall' (the pins knocked down, bowl-2) is not annotated (the builder is case-sensitive)"},
    {"name": "Facebook", "label": "ORG", "in": ["bowl"], "aliases": ["Facebook"],
     "note": "the platform: the league posts there (bowl-1)"},
    # -- a guild of turret clock restorers suing the family builders who let a town hall's clock movement be
    #    sold for scrap (clock-1 the market town's weekly the Stallingford Stonechat's own report, curly
    #    double quotes, ’ as the apostrophe, titles Mr/Mrs/Dr/Cllr; clock-2 the horology monthly Gnomon's own
    #    report, straight double quotes, bare surnames) --
    {"name": "Guild of Turret Clock Restorers", "label": "ORG", "in": ["clock"],
     "aliases": ["Guild of Turret Clock Restorers", "GTCR", "Guild"],
     "note": "the guild suing the builders; in full with the acronym defined in brackets, 'the GTCR' twice, "
             "the curly possessive 'the Guild’s workshop', 'the Guild’s master' and 'the Guild asked' "
             "(clock-1); the acronym in the headline, in full, attributive 'Guild members' opening a sentence, "
             "'acts for the Guild' and 'the GTCR would ask' (clock-2); 'A national guild of clock restorers' "
             "is lower case and not annotated"},
    {"name": "Chrysanthi Dymond", "label": "PERSON", "in": ["clock"],
     "aliases": ["Dr Chrysanthi Dymond", "Chrysanthi Dymond", "Dr Dymond", "Dymond"],
     "note": "the guild's master (an office, not in the mention), with the title 'Dr' kept; 'Dr Chrysanthi "
             "Dymond' and 'Dr Dymond said' (clock-1); in full and bare 'Dymond said' (clock-2)"},
    {"name": "Gilbard & Sons", "label": "ORG", "in": ["clock"], "aliases": ["Gilbard & Sons"],
     "note": "the family builders and steeplejacks, founded 1921; in full three times (clock-1, once in the "
             "headline); in full three times (clock-2); 'the firm', 'the family firm', 'the business' are not "
             "annotated; bare 'Gilbard' and 'Mr Gilbard' are always a person here"},
    {"name": "Prakash Gilbard", "label": "PERSON", "in": ["clock"],
     "aliases": ["Mr Prakash Gilbard", "Prakash Gilbard", ("Mr Gilbard", {"clock-1.txt": [1]}),
                 ("Gilbard", {"clock-2.txt": [0]})],
     "note": "the firm's chairman, 71; 'Mr Prakash Gilbard' and 'Mr Gilbard, who is 71' (clock-1 #1); in full "
             "and bare 'Gilbard, whose grandfather founded the business' (clock-2 bare #0); 'His son' (said of "
             "him) is not annotated"},
    {"name": "Ishaan Gilbard", "label": "PERSON", "in": ["clock"],
     "aliases": ["Mr Ishaan Gilbard", "Ishaan Gilbard", ("Mr Gilbard", {"clock-1.txt": [0]}),
                 ("Gilbard", {"clock-2.txt": [1]})],
     "note": "his son, who ran the job and is named in the claim; 'Mr Ishaan Gilbard' and 'Mr Gilbard said.' "
             "after his own quote (clock-1 #0); in full and bare 'Gilbard said.' after his own quote (clock-2 "
             "bare #1); 'His son' is not annotated"},
    {"name": "Stallingford Town Council", "label": "ORG", "in": ["clock"], "aliases": ["Stallingford Town Council"],
     "note": "the town council that owns the clock; in full (clock-1, clock-2); 'the council', 'the council's "
             "office', 'the council's stamp' are not annotated; bare 'Stallingford' is the town"},
    {"name": "Radhika Hollinsey", "label": "PERSON", "in": ["clock"],
     "aliases": ["Mrs Radhika Hollinsey", "Radhika Hollinsey", "Mrs Hollinsey", "Hollinsey"],
     "note": "the town clerk, whose surname is the name of the rope story's town; 'Mrs Radhika Hollinsey' and "
             "the curly possessive 'Mrs Hollinsey’s report' (clock-1); after an office ('Town clerk Radhika "
             "Hollinsey') and bare 'Hollinsey said' (clock-2); in the rope story every bare 'Hollinsey' is the "
             "town"},
    {"name": "Satsuki Palfrey", "label": "PERSON", "in": ["clock"], "aliases": ["Cllr Satsuki Palfrey", "Cllr Palfrey"],
     "note": "the mayor, with the title 'Cllr' kept (clock-1)"},
    {"name": "Shadrach Treweeke", "label": "PERSON", "in": ["clock"], "aliases": ["Shadrach Treweeke", "Treweeke"],
     "note": "the Victorian clockmaker who built the movement in 1868, long dead; in full and bare 'the clock "
             "Treweeke made' in the guild master's quote (clock-1); 'Treweeke movement' opening the headline, "
             "in full, 'Treweeke is known to have built' and 'the Treweeke movement' (clock-2): the maker's "
             "name used attributively of his work is annotated as him"},
    {"name": "Cudworth Reclamation", "label": "ORG", "in": ["clock"], "aliases": ["Cudworth Reclamation"],
     "note": "the scrap yard that bought and sold on the movement; twice (clock-1), once (clock-2)"},
    {"name": "Seungmin Radmore", "label": "PERSON", "in": ["clock"], "aliases": ["Seungmin Radmore", "Radmore"],
     "note": "the collector who now has the movement; in full, bare 'Radmore told Gnomon', 'Radmore said' and "
             "'to pay Radmore' (clock-2)"},
    {"name": "Prideaux Legal", "label": "ORG", "in": ["clock"], "aliases": ["Prideaux Legal"],
     "note": "the solicitors acting for the guild (clock-2)"},
    {"name": "Faruk Knapman", "label": "PERSON", "in": ["clock"], "aliases": ["Faruk Knapman", "Knapman"],
     "note": "a partner at the solicitors; in full and bare 'Knapman said' (clock-2)"},
    {"name": "Stallingford Stonechat", "label": "ORG", "in": ["clock"],
     "aliases": ["Stallingford Stonechat", "Stonechat"],
     "note": "the town's weekly; clock-1 is its own report ('told the Stonechat'); in full in another outlet's "
             "report ('first reported by the Stallingford Stonechat', clock-2)"},
    {"name": "Gnomon", "label": "ORG", "in": ["clock"], "aliases": ["Gnomon"],
     "note": "the horology monthly; clock-2 is its own report ('Gnomon can reveal', 'Radmore told Gnomon'); "
             "lower-case 'whose gnomon was bent' (the sundial's pointer, clock-2) is not annotated (the builder "
             "is case-sensitive)"},
    # -- a family campervan hire firm bought by its bigger rival, a group's subsidiary (camper-1 the seaside
    #    town's weekly the Saltmarrow Wheatear's own report, curly single quotes, ’ as the apostrophe, titles
    #    Mr/Mrs/Ms; camper-2 the campervan magazine Poptop's own report, straight double quotes, bare
    #    surnames and first names; camper-3 the Kestrelby Tallyman's business report, curly single quotes,
    #    titles Mr/Mrs/Ms/Dr) --
    {"name": "Gaukroger Campers", "label": "ORG", "in": ["camper"],
     "aliases": ["Gaukroger Campers",
                 ("Gaukroger", {"camper-1.txt": [0], "camper-2.txt": [0, 3, 4, 5, 6], "camper-3.txt": [0]})],
     "note": "the family hire firm, named after its founders; in full opening the headline and once more, and "
             "attributive 'the Gaukroger name would stay on the vans' (camper-1 bare #0); in full, bare "
             "'Roamwell buys Gaukroger' in the headline (#0), attributive 'the Gaukroger vans' (#3) and 'the "
             "Gaukroger mechanic' (#4), 'from Gaukroger in the first place' (#5) and 'a Gaukroger customer' "
             "(#6) (camper-2); in full and 'The Gaukroger fleet' (camper-3 bare #0); 'the business', 'the "
             "firm', 'the family firm' are not annotated; 'the Gaukrogers’ doing' (camper-3) is the family"},
    {"name": "Olawale Gaukroger", "label": "PERSON", "in": ["camper"],
     "aliases": ["Mr Olawale Gaukroger", "Olawale Gaukroger", "Mr Gaukroger", ("Gaukroger", {"camper-2.txt": [2]})],
     "note": "the founder, 67, who converted the first vans; 'Mr Olawale Gaukroger' and 'Mr Gaukroger, 67,' "
             "(camper-1); in full and bare 'Gaukroger, 67,' (camper-2 bare #2); 'Mr Olawale Gaukroger' "
             "(camper-3); 'Her father', 'her father', 'Dad', 'her husband' are not annotated"},
    {"name": "Bolanle Gaukroger", "label": "PERSON", "in": ["camper"],
     "aliases": ["Mrs Bolanle Gaukroger", "Bolanle Gaukroger", "Mrs Gaukroger", "Bolanle"],
     "note": "his wife and co-founder; 'Mrs Bolanle Gaukroger' and 'Mrs Gaukroger said she would miss' "
             "(camper-1); in full and her first name alone in narration ('Bolanle still answers the phone', "
             "camper-2); 'Mrs Bolanle Gaukroger' and 'Mrs Gaukroger said she and her husband' (camper-3); "
             "'his wife', 'Mum' are not annotated"},
    {"name": "Morenike Gaukroger", "label": "PERSON", "in": ["camper"],
     "aliases": ["Ms Morenike Gaukroger", "Morenike Gaukroger", "Ms Gaukroger", "Morenike",
                 ("Gaukroger", {"camper-2.txt": [1]})],
     "note": "their daughter, managing director since 2016, who agreed the sale; 'Ms Morenike Gaukroger' and "
             "'Ms Gaukroger' twice (camper-1); in full, bare 'Gaukroger said.' after her own quote (camper-2 "
             "bare #1) and her first name alone in her father's quote ('Morenike has a better head'); first "
             "name alone in her father's quote ('The third time Morenike was in charge'), 'Ms Morenike "
             "Gaukroger' and 'Ms Gaukroger said' (camper-3); 'Their daughter', 'His daughter', 'her daughter' "
             "are not annotated"},
    {"name": "Roamwell Motorhomes", "label": "ORG", "in": ["camper"],
     "aliases": ["Roamwell Motorhomes", "Roamwell", "@RoamwellVans"],
     "note": "the rival hire firm that bought it, a subsidiary of Redpoll Holdings (separate rows); in full, "
             "bare 'Roamwell' (once with the curly possessive 'Roamwell’s chief executive') and its Instagram "
             "handle '@RoamwellVans' (camper-1); in full, bare 'Roamwell' opening the headline and elsewhere, "
             "attributive 'a Roamwell booking confirmation' and the straight possessive 'Roamwell's oldest "
             "vans' (camper-2); in full, bare and the curly possessive (camper-3); 'the company', 'the firm', "
             "'the group's hire arm' are not annotated"},
    {"name": "Redpoll Holdings", "label": "ORG", "in": ["camper"], "aliases": ["Redpoll Holdings", "Redpoll"],
     "note": "the leisure group that owns Roamwell; in full (camper-1); in full and the straight possessive "
             "'Redpoll's' twice (camper-2); in full opening the first paragraph, bare 'Redpoll' opening the "
             "headline, 'Redpoll did not disclose', 'founded Redpoll' and the curly possessive 'Redpoll’s "
             "annual accounts' (camper-3); 'the group' is not annotated"},
    {"name": "Berkay Stidston", "label": "PERSON", "in": ["camper"],
     "aliases": ["Mr Berkay Stidston", "Berkay Stidston", "Mr Stidston", "Stidston"],
     "note": "Roamwell's chief executive (an office, not in the mention); 'Mr Berkay Stidston' and 'Mr "
             "Stidston' twice (camper-1); in full and bare 'Stidston said' twice (camper-2); in full in Morenike "
             "Gaukroger's quote and 'Mr Stidston' (camper-3)"},
    {"name": "Tinashe Sleeman", "label": "PERSON", "in": ["camper"],
     "aliases": ["Mr Tinashe Sleeman", "Tinashe Sleeman", "Sleeman"],
     "note": "the firm's mechanic since 2001; 'Mr Tinashe Sleeman' (camper-1); in full and bare 'Sleeman said' "
             "(camper-2)"},
    {"name": "Hemlata Nosworthy", "label": "PERSON", "in": ["camper"],
     "aliases": ["Mrs Hemlata Nosworthy", "Hemlata Nosworthy", "Mrs Nosworthy"],
     "note": "a customer since 2009; 'Mrs Hemlata Nosworthy' and the curly possessive 'Mrs Nosworthy’s booking' "
             "(camper-1); in full (camper-2)"},
    {"name": "Motor Caravan Hire Federation", "label": "ORG", "in": ["camper"],
     "aliases": ["Motor Caravan Hire Federation", "MCHF"],
     "note": "the hire firms' trade body; in full with the acronym defined in brackets and 'a spokesperson for "
             "the MCHF' (camper-1); in full (camper-2); in full and 'the MCHF was worried' (camper-3)"},
    {"name": "Aysel Crocombe", "label": "PERSON", "in": ["camper"],
     "aliases": ["Ms Aysel Crocombe", "Aysel Crocombe", "Ms Crocombe", "Crocombe"],
     "note": "the federation's spokesperson; 'Ms Aysel Crocombe' (camper-1); in full and bare 'Crocombe said' "
             "(camper-2); 'Ms Aysel Crocombe' and 'Ms Crocombe said' (camper-3)"},
    {"name": "Youngsoo Zealley", "label": "PERSON", "in": ["camper"], "aliases": ["Dr Youngsoo Zealley", "Dr Zealley"],
     "note": "Redpoll's founder and chief executive, with the title 'Dr' kept; 'Dr Youngsoo Zealley' and 'Dr "
             "Zealley' twice (camper-3)"},
    {"name": "Saltmarrow Wheatear", "label": "ORG", "in": ["camper"], "aliases": ["Saltmarrow Wheatear", "Wheatear"],
     "note": "the seaside town's weekly; camper-1 is its own report ('told the Wheatear'); in full in another "
             "outlet's report ('first reported by the Saltmarrow Wheatear', camper-2); bare 'Saltmarrow' is the "
             "town"},
    {"name": "Poptop", "label": "ORG", "in": ["camper"], "aliases": ["Poptop"],
     "note": "the campervan magazine; camper-2 is its own report ('both companies told Poptop', 'she told "
             "Poptop'); lower-case 'a poptop roof' (a kind of van roof, camper-2) is not annotated (the builder "
             "is case-sensitive)"},
    {"name": "Instagram", "label": "ORG", "in": ["camper"], "aliases": ["Instagram"],
     "note": "the platform: the buyer announced the deal there (camper-1)"},
    # -- a firefighters' tug of war team split when its captain signs a television deal and his brother, the
    #    anchor, refuses (rope-1 the county weekly the Tollerdine Fieldfare's own report, curly single
    #    quotes, ’ as the apostrophe, titles Mr/Mrs/Ms; rope-2 the television trade title Cutaway's own
    #    report, straight double quotes, bare surnames) --
    {"name": "Hollinsey Hawsers", "label": "ORG", "in": ["rope"],
     "aliases": ["Hollinsey Hawsers", "Hawsers", "@HollinseyHawsers"],
     "note": "the tug of war team of Hollinsey's firefighters; in full, 'coached the Hawsers' and its handle "
             "'@HollinseyHawsers' (rope-1); in full, 'joined the Hawsers' and 'film the Hawsers' (rope-2); 'the "
             "team', 'this team', 'a separate team' are not annotated; bare 'Hollinsey' ('Hollinsey fire "
             "station', 'Hollinsey station', 'Hollinsey firefighters', 'a second Hollinsey team') is the town"},
    {"name": "Brassneck Pictures", "label": "ORG", "in": ["rope"], "aliases": ["Brassneck Pictures", "Brassneck"],
     "note": "the production company making the series; in full, bare 'Brassneck is paying us' in the "
             "captain's quote and the curly possessive 'Brassneck’s executive producer' (rope-1); the straight "
             "possessive 'Brassneck's strength series' in the headline, in full, 'a streaming service Brassneck "
             "would not name', 'the weekend Brassneck has booked' and 'Brassneck will film' (rope-2); 'the company', 'the production' are not "
             "annotated; the unnamed streaming service is not an entity"},
    {"name": "Amateur Tug of War Council", "label": "ORG", "in": ["rope"],
     "aliases": ["Amateur Tug of War Council", "ATWC"],
     "note": "the sport's governing body; in full with the acronym defined in brackets, 'if the ATWC accepts a late entry' "
             "and the curly possessive 'the ATWC’s secretary' (rope-1); the straight possessive 'The Amateur "
             "Tug of War Council's county championships' and 'The ATWC has held them' in its secretary's "
             "quote (rope-2); "
             "lower-case 'the council' (rope-1) is not annotated"},
    {"name": "Tollerdine Fire and Rescue Service", "label": "ORG", "in": ["rope"],
     "aliases": ["Tollerdine Fire and Rescue Service", "TFRS"],
     "note": "the county fire service; in full with the acronym defined in brackets and 'the TFRS had not yet "
             "been asked' (rope-1); in full (rope-2); 'the station' is not annotated; bare 'Tollerdine' is the "
             "county"},
    {"name": "Semisi Squance", "label": "PERSON", "in": ["rope"],
     "aliases": ["Mr Semisi Squance", "Semisi Squance", "Capstan", ("Mr Squance", {"rope-1.txt": [1]}),
                 ("Squance", {"rope-2.txt": [1]})],
     "note": "the team's captain, 44, a watch manager (offices, not in the mention); 'Mr Semisi Squance', the "
             "nickname declared ('known at the station as Capstan'), the nickname alone in the coach's quote "
             "('Capstan has asked') and 'Mr Squance, the captain, said' (rope-1 #1); in full and bare 'Squance "
             "said.' after his own quote (rope-2 bare #1); 'My brother', 'his brother', 'The captain' are not "
             "annotated"},
    {"name": "Epeli Squance", "label": "PERSON", "in": ["rope"],
     "aliases": ["Mr Epeli Squance", "Epeli Squance", "Epeli", ("Mr Squance", {"rope-1.txt": [0]}),
                 ("Squance", {"rope-2.txt": [0]})],
     "note": "his younger brother, 39, the team's anchor, who will not sign; 'Mr Epeli Squance', 'Mr Squance "
             "said.' after his own quote (rope-1 #0) and his first name alone in the coach's quote ('and Epeli "
             "has asked'); in full, bare 'Squance, 39, told Cutaway' (rope-2 bare #0) and the straight "
             "possessive 'Epeli Squance's new team'; 'His younger brother', 'His brother', 'his brother' are "
             "not annotated"},
    {"name": "Eunji Whitsey", "label": "PERSON", "in": ["rope"],
     "aliases": ["Ms Eunji Whitsey", "Eunji Whitsey", "Ms Whitsey", "Whitsey"],
     "note": "the station manager; 'Ms Eunji Whitsey' and 'Ms Whitsey told the Fieldfare' (rope-1); after an "
             "office ('Station manager Eunji Whitsey') and bare 'Whitsey said' (rope-2)"},
    {"name": "Oguz Kelland", "label": "PERSON", "in": ["rope"],
     "aliases": ["Mr Oguz Kelland", "Oguz Kelland", "Mr Kelland", "Kelland"],
     "note": "the production company's executive producer; 'Mr Oguz Kelland' and 'Mr Kelland said' (rope-1); "
             "in full, bare 'Kelland said' twice (rope-2)"},
    {"name": "Ryszard Zillwood", "label": "PERSON", "in": ["rope"],
     "aliases": ["Mr Ryszard Zillwood", "Ryszard Zillwood", "Mr Zillwood", "Zillwood"],
     "note": "the governing body's secretary; 'Mr Ryszard Zillwood' and 'Mr Zillwood said' (rope-1); in full "
             "and bare 'Zillwood said' (rope-2)"},
    {"name": "Makerita Lolohea", "label": "PERSON", "in": ["rope"],
     "aliases": ["Mrs Makerita Lolohea", "Makerita Lolohea"],
     "note": "the team's coach since 2010; 'Mrs Makerita Lolohea' (rope-1); in full after 'their coach,' "
             "(rope-2)"},
    {"name": "Kudakwashe Jerrom", "label": "PERSON", "in": ["rope"], "aliases": ["Kudakwashe Jerrom", "Jerrom"],
     "note": "a puller who signed with the captain; in full and bare 'Jerrom said' (rope-2)"},
    {"name": "Tollerdine Fieldfare", "label": "ORG", "in": ["rope"], "aliases": ["Tollerdine Fieldfare", "Fieldfare"],
     "note": "the county weekly; rope-1 is its own report ('told the Fieldfare'); in full in another outlet's "
             "report ('first reported by the Tollerdine Fieldfare', rope-2)"},
    {"name": "Cutaway", "label": "ORG", "in": ["rope"], "aliases": ["Cutaway"],
     "note": "the television trade title; rope-2 is its own report ('Squance, 39, told Cutaway'); lower-case "
             "'a cutaway to their coach' (a shot, rope-2) is not annotated (the builder is case-sensitive)"},
    # -- outlets in more than one story --
    {"name": "Kestrelby Tallyman", "label": "ORG", "in": ["bowl", "camper"],
     "aliases": ["Kestrelby Tallyman", "Tallyman"],
     "note": "the city's daily; its own reports bowl-1 and camper-3 call it 'the Tallyman' ('told the "
             "Tallyman'); in full in another outlet's report ('first reported by the Kestrelby Tallyman', "
             "bowl-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Ayokunle Quantick", "bylines": ["bowl-1.txt", "camper-3.txt"],
     "note": "Kestrelby Tallyman reporter; byline of bowl-1 and camper-3"},
    {"name": "Nkemdirim Goldhawk", "bylines": ["bowl-2.txt"], "note": "Pinfall's reporter; byline of bowl-2"},
    {"name": "Jiyeon Blackaller", "bylines": ["clock-1.txt"],
     "note": "the Stallingford Stonechat's reporter; byline of clock-1"},
    {"name": "Vratislav Elworthy", "bylines": ["clock-2.txt"], "note": "Gnomon's writer; byline of clock-2"},
    {"name": "Kaoru Chubbuck", "bylines": ["camper-1.txt"],
     "note": "the Saltmarrow Wheatear's reporter; byline of camper-1"},
    {"name": "Tsubasa Hannaford", "bylines": ["camper-2.txt"], "note": "Poptop's writer; byline of camper-2"},
    {"name": "Nyarai Friskney", "bylines": ["rope-1.txt"],
     "note": "the Tollerdine Fieldfare's reporter; byline of rope-1"},
    {"name": "Phuoc Lobjoit", "bylines": ["rope-2.txt"], "note": "Cutaway's reporter; byline of rope-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
