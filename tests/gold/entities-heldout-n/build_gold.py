"""Build entities.json (held-out entity gold, set N) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Scarisbrick Tungsten" is the dart maker while "Bogumila Scarisbrick" and
"Mrs Scarisbrick" are its founder, and bare "Scarisbrick" is the company; "Mr Ruddlesdin" is Yestin
while "Ms Ruddlesdin" and "Llinos Ruddlesdin" are his sister; "Mr Wolstenholme" is the apprentice
Kayode while "Ms Wolstenholme" is the unrelated custodian Rhiannon; "Mr Cowgill" is Babatunde while
"Mrs Cowgill" is his wife Fenna; "Ashenfold County Council", "Ashenfold Police" and "Ashenfold Fruit
Growers' Association" are organisations while bare "Ashenfold" is the county and no form; "Hobley
Vale Community Transport" is the charity while bare "Hobley Vale" is the valley and no form;
"Kelstowe Orchards" is the farm while bare "Kelstowe" is the village and no form; a possessive after
the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (the families' bare names and first names, "Federation",
"Wolstenholme" and the nicknames within their stories).

As in sets B to M, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). One form
needs it: bare "Wolstenholme" in castle-2 (twice) is the apprentice Kayode Wolstenholme, never the
unrelated custodian Rhiannon Wolstenholme, who is in the same two articles.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-n/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-n/build_gold.py --review  # also list capitalised words no
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
    # -- a darts championship's disqualified finalist (darts-1 the Cradlow Weathervane's own report, curly single
    #    quotes where ’ is also the apostrophe; darts-2 the darts site Doubletop's own report, straight, bare
    #    surnames; darts-3 a British national paper, curly double quotes, titles) --
    {"name": "Yestin Ruddlesdin", "label": "PERSON", "in": ["darts"],
     "aliases": ["Yestin Ruddlesdin", "Mr Ruddlesdin", "Ruddlesdin", "Yestin", "Tinderbox", "@TinderboxYestin"],
     "note": "the finalist disqualified for refusing to cover his sponsor's logo; a nickname declared ('known on the "
             "darts circuit as the Tinderbox', darts-1; 'the 34-year-old they call the Tinderbox', darts-2; 'whom "
             "supporters have called the Tinderbox', darts-3) and used alone (opening the darts-1 headline, "
             "'Tinderbox deserved his final' in his opponent's quote, darts-2; '“The Tinderbox should be playing' in "
             "a curly double quote, darts-3; 'the' is not in the mention); first name alone in his sister's and his "
             "opponent's quotes ('Yestin did everything', 'play Yestin again' inside a curly single quote in "
             "narrative, darts-1; 'Yestin is my friend', darts-2; 'watch Yestin and Wessel', darts-3); bare "
             "'Ruddlesdin' is always him (darts-2 headline and narrative, 'Ruddlesdin's shirt', attributive 'The "
             "Ruddlesdin camp'; 'Ruddlesdin’s shirt' opening the darts-3 headline); 'Mr Ruddlesdin' (darts-1, "
             "darts-3) in the same articles as his sister's 'Ms Ruddlesdin' (darts-1); 'posts on X as "
             "@TinderboxYestin' (darts-1); never his sister"},
    {"name": "Llinos Ruddlesdin", "label": "PERSON", "in": ["darts"],
     "aliases": ["Llinos Ruddlesdin", "Ms Ruddlesdin"],
     "note": "his sister and manager, named after the relation ('His sister and manager, Llinos Ruddlesdin', "
             "darts-1; 'His sister, Llinos Ruddlesdin', darts-2; 'said Llinos Ruddlesdin, his sister', darts-3); 'Ms "
             "Ruddlesdin said' (darts-1); never bare, never her brother; 'His sister', 'his sister' are not annotated"},
    {"name": "Wessel van Ommering", "label": "PERSON", "in": ["darts"],
     "aliases": ["Wessel van Ommering", "Mr van Ommering", "Van Ommering", "van Ommering", "Wessel",
                 "wesselvano.bsky.social"],
     "note": "the opponent handed the title; a lower-case Dutch particle surname: 'Mr van Ommering' (darts-1, "
             "darts-3), 'Van Ommering' capitalised opening the darts-2 headline and two sentences, lower-case bare "
             "'in van Ommering's name' mid-sentence (darts-2); first name alone in Llinos Ruddlesdin's quote ('watch "
             "Yestin and Wessel', darts-3); 'On Bluesky, where he posts as wesselvano.bsky.social' (darts-1); "
             "'Dutch', 'the Netherlands' are not annotated"},
    {"name": "Scarisbrick Tungsten", "label": "ORG", "in": ["darts"], "aliases": ["Scarisbrick Tungsten", "Scarisbrick"],
     "note": "the dart maker and Ruddlesdin's sponsor, a family firm named after its founder, who is named too; bare "
             "'Scarisbrick' is always the company: 'Scarisbrick’s name has been on darts shirts' (the founder's own "
             "curly single quote, darts-1), attributive 'the Scarisbrick kit as submitted' inside a quoted email and "
             "'Scarisbrick said it would fund an appeal' (darts-2); 'Mrs Scarisbrick' and 'Bogumila Scarisbrick' are "
             "the founder; 'the firm', 'the company', 'a family firm' are not annotated"},
    {"name": "Bogumila Scarisbrick", "label": "PERSON", "in": ["darts"],
     "aliases": ["Bogumila Scarisbrick", "Mrs Scarisbrick"],
     "note": "the company's founder ('was founded by Bogumila Scarisbrick in 1988', darts-1; 'The firm's founder, "
             "Bogumila Scarisbrick', darts-2; opening a paragraph, darts-3); 'Mrs Scarisbrick' (darts-1, darts-3); "
             "never bare"},
    {"name": "Independent Oche Darts Federation", "label": "ORG", "in": ["darts"],
     "aliases": ["Independent Oche Darts Federation", "IODF", "Federation"],
     "note": "the body that runs the tournament; in full in all three articles; the acronym is never defined "
             "('the IODF had approved', 'the IODF’s board', darts-1; 'as IODF ejects Ruddlesdin' in the darts-2 "
             "headline, 'the IODF's event regulations', 'An IODF appeals panel'; 'the IODF’s tournament director', "
             "darts-3); capitalised short form 'the Federation' in narrative and quotes ('the Federation’s own "
             "paperwork', darts-1); 'the Cradlow Masters' is the event, not annotated; 'the board', 'the "
             "tournament’s organisers' are not annotated"},
    {"name": "Ravinder Heavisides", "label": "PERSON", "in": ["darts"],
     "aliases": ["Ravinder Heavisides", "Mr Heavisides", "Heavisides"],
     "note": "the IODF's tournament director; the bare-apostrophe curly possessive of a name ending in s ('Mr "
             "Heavisides’ decision', darts-1); bare 'Heavisides said' and 'If Heavisides wants' inside Llinos "
             "Ruddlesdin's straight quote (darts-2); 'Mr Heavisides said' (darts-3); 'That man', 'a man in a "
             "blazer' are not annotated"},
    {"name": "Quaymark", "label": "ORG", "in": ["darts"], "aliases": ["Quaymark"],
     "note": "the rival dart maker, the tournament's title sponsor (all three darts articles; 'a gift to Quaymark' "
             "inside a quote, darts-2; 'Quaymark walks' and 'Quaymark is four times our size' inside curly double "
             "quotes, darts-3)"},
    {"name": "Cradlow Weathervane", "label": "ORG", "aliases": ["Cradlow Weathervane", "Weathervane"],
     "note": "the town paper, named after the town (bare 'Cradlow' is the town, never annotated); darts-1 and "
             "castle-1 are its own reports ('he told the Weathervane', 'the Weathervane can reveal', 'told the "
             "Weathervane'); named in full only in castle-2 ('first reported by the Cradlow Weathervane')"},
    {"name": "Doubletop", "label": "ORG", "aliases": ["Doubletop"],
     "note": "the darts site; darts-2 is its own report ('which Doubletop has seen', 'told Doubletop', "
             "'Doubletop's questions')"},
    # -- a castle's stonemasons and a missing gargoyle (castle-1 the Cradlow Weathervane's own report, curly single
    #    quotes; castle-2 the stonemasonry trade title Freestone's own report, straight, bare surnames) --
    {"name": "Ashenfold County Council", "label": "ORG", "aliases": ["Ashenfold County Council", "County Council"],
     "note": "the council that owns the castle, withdrew the bus subsidy and whose buildings Thornmere insures; in "
             "three stories (castle-1, castle-2, bus-1, bus-2, orchard-2 'Ashenfold County Council’s buildings'); "
             "named after the county (bare 'Ashenfold' is the county, never annotated); capitalised short form 'the "
             "County Council’s insurer' (castle-1); lower-case 'the council', 'the council leader', 'the county "
             "council' (bus-1) are not annotated"},
    {"name": "Teifion Mitchelmore", "label": "PERSON", "aliases": ["Cllr Teifion Mitchelmore", "Cllr Mitchelmore"],
     "note": "the council leader, in three stories (the castle, both articles; the bus route, both; the orchard, "
             "orchard-2, 'whose ward includes Kelstowe'); 'Cllr Mitchelmore said' (castle-1); never bare"},
    {"name": "Mossenden Stoneworks", "label": "ORG", "in": ["castle"], "aliases": ["Mossenden Stoneworks"],
     "note": "the stonemasons restoring the castle, named after their village (bare 'Mossenden', 'the village of "
             "Mossenden' is the place, not annotated); the bare-apostrophe possessive of a name ending in s, curly "
             "('Mossenden Stoneworks’ director of contracts', castle-1) and straight ('Mossenden Stoneworks' yard "
             "security' in the castle-2 headline, 'Mossenden Stoneworks' master mason'); 'the firm' is not "
             "annotated"},
    {"name": "Mairéad O'Tierney", "label": "PERSON", "in": ["castle"],
     "aliases": ["Mairéad O’Tierney", "Mairéad O'Tierney", "Ms O’Tierney", "O'Tierney", "Mairéad",
                 "@mairead@bankerbench.social"],
     "note": "the firm's master mason; an O' surname written with the curly apostrophe in castle-1 ('Mairéad "
             "O’Tierney', 'Ms O’Tierney' twice) and the straight one in castle-2 ('Mairéad O'Tierney', bare "
             "'O'Tierney said' after a straight double quote); first name alone in the apprentice's quote ('Mairéad kept telling me', "
             "castle-1); 'on Mastodon, where she posts as @mairead@bankerbench.social' (castle-1)"},
    {"name": "Kayode Wolstenholme", "label": "PERSON", "in": ["castle"],
     "aliases": ["Kayode Wolstenholme", "Mr Wolstenholme", ("Wolstenholme", {"castle-2.txt": [0, 1]})],
     "note": "the firm's apprentice, 19, who carved the gargoyle's new ear; 'is no relation' to the custodian "
             "(castle-1, castle-2): two unrelated people sharing a surname in the same two articles, not to be "
             "merged; 'Mr Wolstenholme' (castle-1); bare 'Wolstenholme, 19' and 'Wolstenholme said' (castle-2), both "
             "him, listed"},
    {"name": "Rhiannon Wolstenholme", "label": "PERSON", "in": ["castle"],
     "aliases": ["Rhiannon Wolstenholme", "Ms Wolstenholme"],
     "note": "the castle's custodian, employed by the council; 'Ms Wolstenholme said' (castle-1, castle-2), never "
             "bare; never the unrelated apprentice"},
    {"name": "Ashenfold Police", "label": "ORG", "in": ["castle"], "aliases": ["Ashenfold Police"],
     "note": "the county force, named after the county (castle-1; castle-2 three times, once inside a quote); "
             "'police', 'officers' are not annotated"},
    {"name": "Thornmere Mutual", "label": "ORG", "aliases": ["Thornmere Mutual", "Thornmere"],
     "note": "the insurer, in two stories (the council's insurer for the stolen gargoyle, castle-1 and castle-2; "
             "Kelstowe Orchards' crop insurer, orchard-1 and orchard-2, which names the gargoyle link); one-word "
             "short form 'Thornmere' in narrative, headlines ('as Thornmere disputes claim', orchard-1; 'takes "
             "Thornmere to ombudsman', orchard-2) and quotes ('If Thornmere wants us', castle-2; '“Thornmere took our "
             "premiums', orchard-2); 'Thornmere's reading' (castle-2); 'the insurer' is not annotated"},
    {"name": "Lotfinder", "label": "ORG", "in": ["castle"], "aliases": ["Lotfinder"],
     "note": "the auction site where the gargoyle was listed (castle-2 twice)"},
    {"name": "Freestone", "label": "ORG", "aliases": ["Freestone"],
     "note": "the stonemasonry trade title; castle-2 is its own report ('Freestone understands', 'after Freestone "
             "alerted it', 'seen by Freestone', 'told Freestone')"},
    # -- a rural bus route cut and the community transport charity that replaced it (bus-1 the county paper the
    #    Ashenfold Mercury's own report, curly double quotes; bus-2 the bus trade title Farestage's own report,
    #    straight single quotes, bare surnames) --
    {"name": "Rowanline", "label": "ORG", "in": ["bus"], "aliases": ["Rowanline"],
     "note": "the bus operator that withdrew the 88 (bus-1 headline, bus-2 headline opening it; 'Rowanline's "
             "managing director', 'than Rowanline did' inside a straight single quote, bus-2); 'the 88' is the route, "
             "not annotated"},
    {"name": "Ezinne Kinnersley", "label": "PERSON", "in": ["bus"], "aliases": ["Ezinne Kinnersley", "Kinnersley"],
     "note": "Rowanline's managing director; bare 'Kinnersley said' three times in Farestage's style (bus-2)"},
    {"name": "Hobley Vale Community Transport", "label": "ORG",
     "aliases": ["Hobley Vale Community Transport", "HVCT", "hobleyvalect.bsky.social"],
     "note": "the community transport charity, its name containing the valley's ('Volunteers keep Hobley Vale "
             "moving' in the bus-1 headline and 'We are not abandoning Hobley Vale' in the council leader's quote are "
             "the place, not annotated); the acronym never defined ('the HVCT’s coordinator', bus-1; 'the HVCT was "
             "operating', 'invited the HVCT' in a quote, 'the HVCT's drivers', bus-2); in two stories (named in "
             "orchard-2 as the charity its chair also runs); 'The charity posts each week’s timetable on Bluesky as "
             "hobleyvalect.bsky.social' (bus-1); 'the charity', 'a charity' are not annotated"},
    {"name": "Cerys Attwater-Roskilly", "label": "PERSON",
     "aliases": ["Cerys Attwater-Roskilly", "Mrs Attwater-Roskilly", "Attwater-Roskilly"],
     "note": "the charity's coordinator; a hyphenated surname: full name (bus-1, bus-2), bare 'Attwater-Roskilly' "
             "twice and 'Mrs Attwater-Roskilly' (bus-2)"},
    {"name": "Babatunde Cowgill", "label": "PERSON", "in": ["bus"],
     "aliases": ["Babatunde Cowgill", "Mr Cowgill", "Babatunde", "Wagtail"],
     "note": "a volunteer driver, a retired postman; a nickname declared ('Passengers call Mr Cowgill Wagtail', "
             "bus-1) and used alone in his wife's quote ('Wagtail won’t admit it', bus-1) and in the chair's quote "
             "('Wagtail and Fenna have done more', bus-2); first name alone in a passenger's quote ('Without "
             "Babatunde and his wife', bus-1); 'Mr Cowgill' (bus-1) in the same article as 'Mrs Cowgill'; never "
             "bare 'Cowgill'"},
    {"name": "Fenna Cowgill", "label": "PERSON", "in": ["bus"], "aliases": ["Fenna Cowgill", "Mrs Cowgill", "Fenna"],
     "note": "his wife, also a driver; named after the relation ('his wife, Fenna Cowgill', bus-1; 'with his wife, "
             "Fenna', first name alone, bus-2); first name alone in her husband's quote ('Fenna does the timetable', "
             "bus-1) and the chair's ('Wagtail and Fenna', bus-2); 'Mrs Cowgill said' (bus-1); 'his wife', 'the "
             "couple' are not annotated"},
    {"name": "Prys Micklethwaite", "label": "PERSON",
     "aliases": ["Prys Micklethwaite", "Mr Micklethwaite", "Micklethwaite"],
     "note": "the cherry grower who chairs the transport charity, in two stories (the bus route, bus-1 and bus-2; "
             "the frost, orchard-1 and orchard-2, which names the charity); 'Mr Micklethwaite' (bus-1, orchard-2); "
             "bare 'Micklethwaite' in Farestage's and Bloomfall's style (bus-2, orchard-1, opening sentences)"},
    {"name": "Jarmila Kroonenburg", "label": "PERSON", "aliases": ["Jarmila Kroonenburg"],
     "note": "a passenger, 81, named once (bus-1); 'my sister' in her quote is not annotated"},
    {"name": "Ashenfold Mercury", "label": "ORG", "aliases": ["Ashenfold Mercury", "Mercury"],
     "note": "the county paper, named after the county; bus-1 and orchard-2 are its own reports ('told the "
             "Mercury', 'the Mercury’s request for comment', bus-1; 'told the Mercury', orchard-2); named in full "
             "only in bus-2 ('first reported by the Ashenfold Mercury')"},
    {"name": "Farestage", "label": "ORG", "aliases": ["Farestage"],
     "note": "the bus trade title; bus-2 is its own report ('telling Farestage', 'a report Farestage has seen', "
             "'told Farestage', 'Farestage understands')"},
    # -- a cherry orchard's frost-ruined crop and its insurer (orchard-1 the fruit trade title Bloomfall's own
    #    report, straight, bare surnames; orchard-2 the Ashenfold Mercury's own report, curly double quotes) --
    {"name": "Kelstowe Orchards", "label": "ORG", "in": ["orchard"], "aliases": ["Kelstowe Orchards", "@KelstoweCherries"],
     "note": "the cherry farm, named after its village (bare 'Kelstowe', 'the valley below Kelstowe', 'whose ward "
             "includes Kelstowe' are the place, not annotated, as is 'Kelstowe' in 'outside Kelstowe', bus-1, and "
             "'the Kelstowe cherry grower', orchard-2); bare-apostrophe possessive of a name ending in s, straight "
             "in the orchard-1 headline ('Kelstowe Orchards' cherry crop') and curly in orchard-2 ('Kelstowe "
             "Orchards’ case'); 'The farm posts daily on X as @KelstoweCherries' (orchard-1); 'the farm' is not "
             "annotated"},
    {"name": "Ludmila de Peyrolle", "label": "PERSON", "in": ["orchard"],
     "aliases": ["Ludmila de Peyrolle", "Ms de Peyrolle", "de Peyrolle", "De Peyrolle"],
     "note": "the loss adjuster Thornmere appointed; a lower-case particle surname: bare 'de Peyrolle concluded' "
             "mid-sentence and 'De Peyrolle never asked me' capitalised opening a sentence inside the orchard "
             "manager's quote (orchard-1); 'Ms de Peyrolle has it now' inside a curly double quote (orchard-2)"},
    {"name": "Parveen Dransfield", "label": "PERSON", "in": ["orchard"],
     "aliases": ["Parveen Dransfield", "Ms Dransfield", "Dransfield"],
     "note": "the farm's orchard manager; bare 'Dransfield said' (orchard-1), 'Ms Dransfield said' (orchard-2)"},
    {"name": "Ashenfold Fruit Growers' Association", "label": "ORG", "in": ["orchard"],
     "aliases": ["Ashenfold Fruit Growers' Association", "Ashenfold Fruit Growers’ Association", "AFGA"],
     "note": "the growers' body, named after the county, with an apostrophe inside its name, straight in orchard-1 "
             "and curly in orchard-2 (the plural possessive is part of the name, not a possessive of the mention); "
             "the acronym never defined ('The AFGA has asked', 'the AFGA warned', orchard-1)"},
    {"name": "Bloomfall", "label": "ORG", "aliases": ["Bloomfall"],
     "note": "the fruit growers' trade title; orchard-1 is its own report ('Bloomfall has learned', 'a report seen "
             "by Bloomfall')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Ifeoma Dorcey", "bylines": ["darts-1.txt", "castle-1.txt"],
     "note": "Cradlow Weathervane reporter; byline of darts-1 and castle-1"},
    {"name": "Ultan Kinsella", "bylines": ["darts-2.txt"], "note": "Doubletop's reporter; byline of darts-2"},
    {"name": "Lakshmi Blakiston", "bylines": ["darts-3.txt"], "note": "the national paper's reporter; byline of darts-3"},
    {"name": "Vasilisa Gummow", "bylines": ["castle-2.txt"], "note": "Freestone's reporter; byline of castle-2"},
    {"name": "Chukwuma Sheepshanks", "bylines": ["bus-1.txt", "orchard-2.txt"],
     "note": "Ashenfold Mercury reporter; byline of bus-1 and orchard-2"},
    {"name": "Harjinder Wendlecote", "bylines": ["bus-2.txt"], "note": "Farestage's reporter; byline of bus-2"},
    {"name": "Bairbre Thrapley", "bylines": ["orchard-1.txt"], "note": "Bloomfall's reporter; byline of orchard-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
