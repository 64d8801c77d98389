"""Build entities.json (held-out entity gold, set L) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Ruddlestone Homes" is the housebuilder while "Aloysius Ruddlestone" and
"Mr Ruddlestone" are its founder and "Serafina Ruddlestone" and "Ms Ruddlestone" his daughter,
and bare "Ruddlestone" is the company; "Wrennock Valley Railway Society" is the supporters' group
while "Wrennock Valley Railway" is the line; "Mr Sowerbutts" is Dilwyn while "Ms Sowerbutts" is
his granddaughter Wambui; "Mr Ffoulkes" is Elfed while "Ms Ffoulkes" is his daughter Aneira;
"Macsen Spraggon" is the younger brother while "Mr Spraggon" and bare "Spraggon" are Cadfael;
a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Association" is the Furzebank Allotment Association in
the allotment story and the Kedgeworth Beekeepers' Association in the honey story; "Society" is
the Wrennock Valley Railway Society in the railway story and the Kedgeworth Agricultural Society in
the honey story; "Union" the Riverways Rowing Union in the rowing story; the two families' bare
names and first names within their stories).

As in sets B to K, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). One form
needs it: bare "Hobday" in row-2 (twice) is the captain Ksenija Hobday, never the unrelated umpire
Arwel Hobday, who is in the same two articles; "The two Hobdays" (row-2) is not a mention.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-l/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-l/build_gold.py --review  # also list capitalised words no
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
    # -- allotments sold to a housebuilder (allot-1 the Stannerbrook Lantern's own report, curly single quotes
    #    where ’ is also the apostrophe; allot-2 the gardening weekly Plotline's own report, straight, bare
    #    surnames; allot-3 a British national paper, curly double quotes, titles) --
    {"name": "Stannerbrook Town Council", "label": "ORG", "in": ["allot", "row"],
     "aliases": ["Stannerbrook Town Council", "Town Council"],
     "note": "the town council that owns the allotments and runs the regatta, named after the town (bare "
             "'Stannerbrook' is the town, never annotated); in full in all three allotment articles; capitalised "
             "short form 'the Town Council' ('The leader of the Town Council', 'The Town Council has not agreed "
             "anything' in its leader's quote, 'the Town Council’s opposition benches', allot-1; 'every member of the "
             "Town Council', allot-2; 'The regatta is run by the Town Council', row-1, the town paper's own town); "
             "lower-case 'the council', 'the council’s leader', 'the full council', 'a council report' are not "
             "annotated"},
    {"name": "Furzebank Allotment Association", "label": "ORG", "in": ["allot"],
     "aliases": ["Furzebank Allotment Association", "Association", "@FurzebankPlots"],
     "note": "the tenants' association, named after the site (bare 'Furzebank' is the site: 'everyone at "
             "Furzebank', 'Sell Furzebank', 'Furzebank’s runner beans', 'Furzebank produce', not annotated); "
             "capitalised short form 'The Association has asked' (allot-1), 'who chairs the Association', 'The "
             "Association's account on X, @FurzebankPlots' (allot-2)"},
    {"name": "Ruddlestone Homes", "label": "ORG", "in": ["allot"], "aliases": ["Ruddlestone Homes", "Ruddlestone"],
     "note": "the housebuilder, named after its founder's family, with two of the family named; bare 'Ruddlestone' "
             "is always the company ('Ruddlestone’s 140-home plan' in the allot-1 headline, 'Ruddlestone said its "
             "plans', allot-1; 'Ruddlestone's lawyers' inside a quote, allot-2; 'Ruddlestone’s argument', allot-3); "
             "plural bare-apostrophe possessive 'Ruddlestone Homes' case' (allot-2 headline); 'the company', 'the "
             "developer', 'a family firm' are not annotated; 'Mr Ruddlestone' and 'Ms Ruddlestone' are people"},
    {"name": "Aloysius Ruddlestone", "label": "PERSON", "in": ["allot"],
     "aliases": ["Aloysius Ruddlestone", "Mr Ruddlestone"],
     "note": "the company's founder and chairman; 'Mr Ruddlestone, who grew up two streets from the allotments' "
             "(allot-1), 'said Mr Ruddlestone had telephoned him' (allot-3); named after the relation in allot-2 "
             "('Her father, Aloysius Ruddlestone'); never the company (bare 'Ruddlestone') nor his daughter"},
    {"name": "Serafina Ruddlestone", "label": "PERSON", "in": ["allot"],
     "aliases": ["Serafina Ruddlestone", "Ms Ruddlestone"],
     "note": "his daughter, the managing director; named after the relation ('run by his daughter, Serafina "
             "Ruddlestone', allot-1; 'Serafina Ruddlestone, his daughter', allot-3); 'Ms Ruddlestone' in all three "
             "allotment articles; shares the surname with her father and with the company"},
    {"name": "Gwyneira Cradock-Nyambura", "label": "PERSON",
     "aliases": ["Gwyneira Cradock-Nyambura", "Mrs Cradock-Nyambura", "Cradock-Nyambura"],
     "note": "the Association's chair; a hyphenated surname; curly possessive 'Mrs Cradock-Nyambura’s members' "
             "(allot-1); bare 'Cradock-Nyambura has sent' in Plotline's bare-surname style (allot-2)"},
    {"name": "Oddny Hollingdrake", "label": "PERSON",
     "aliases": ["Cllr Oddny Hollingdrake", "Cllr Hollingdrake", "Hollingdrake"],
     "note": "the Town Council's leader, in two stories (allotments, all three; the regatta, row-1, where she "
             "presented the cup); 'Cllr Hollingdrake’s administration' inside a curly single-quoted quote whose "
             "apostrophe is the same character as its closing mark (allot-1); bare 'Hollingdrake has faced' "
             "(allot-2)"},
    {"name": "Babajide Scrivenor", "label": "PERSON", "aliases": ["Cllr Babajide Scrivenor"],
     "note": "an opposition councillor, in full only (allot-1, allot-3); 'he', 'him' are not annotated"},
    {"name": "Dilwyn Sowerbutts", "label": "PERSON", "in": ["allot"],
     "aliases": ["Dilwyn Sowerbutts", "Mr Sowerbutts", "Dilly", "Dilwyn"],
     "note": "the oldest plotholder, 91; a nickname declared ('whom everyone at Furzebank calls Dilly', allot-1; "
             "'known at the allotments as Dilly', allot-3) and used alone with a curly possessive in others' quotes "
             "('Dilly’s onions', allot-1; 'Dilly’s generation', 'Dilly’s signature', allot-3); first name alone "
             "after the relation ('her grandfather Dilwyn', allot-2); 'Mr Sowerbutts' (allot-3) is him, 'Ms "
             "Sowerbutts' his granddaughter; 'Grandad', 'him' are not annotated"},
    {"name": "Wambui Sowerbutts", "label": "PERSON", "in": ["allot"],
     "aliases": ["Wambui Sowerbutts", "Ms Sowerbutts", "Sowerbutts", "Wambui", "@wambuigrows"],
     "note": "his granddaughter, who started the petition; named after the relation ('His granddaughter, Wambui "
             "Sowerbutts', allot-1; 'his granddaughter, Wambui', first name alone, allot-3); 'posts updates on X as "
             "@wambuigrows' (allot-1); bare 'Sowerbutts, a nurse' (allot-2) is her, in the same article as her "
             "grandfather's first name; 'Ms Sowerbutts said' (allot-3) against 'Mr Sowerbutts' (him) in the same "
             "article: two people sharing a surname, not to be merged"},
    {"name": "Blodwen Gwatkin", "label": "PERSON",
     "aliases": ["Dame Blodwen Gwatkin", "Dame Blodwen", "@blodwen@compostheap.social"],
     "note": "the television gardener, in two stories (allotments: allot-1, allot-3 with 'Dame Blodwen' in the "
             "headline; the honey show, whose beekeepers' association has her as patron: honey-1, honey-2); title "
             "and first name 'Dame Blodwen' (allot-3 three times, honey-1, honey-2); 'she wrote on Mastodon, where "
             "she posts as @blodwen@compostheap.social' (allot-1)"},
    {"name": "Ingmar Fotheringale", "label": "PERSON",
     "aliases": ["Prof Ingmar Fotheringale", "Prof Fotheringale", "Fotheringale"],
     "note": "the soil scientist; 'Prof Fotheringale told Plotline' and bare 'Fotheringale, who has advised' "
             "(allot-2); in full in allot-3"},
    {"name": "Stannerbrook Lantern", "label": "ORG", "aliases": ["Stannerbrook Lantern", "Lantern"],
     "note": "the town paper; allot-1 and row-1 are its own reports ('told the Lantern', 'seen by the Lantern'), "
             "named in full only in row-2 ('first reported by the Stannerbrook Lantern')"},
    {"name": "Plotline", "label": "ORG", "aliases": ["Plotline"],
     "note": "the gardening weekly; allot-2 is its own report ('Plotline can reveal', 'told Plotline', "
             "'Plotline's questions', 'Plotline asked')"},
    # -- a heritage railway's locomotive failed by its boiler insurer (rail-1 the enthusiasts' magazine Steamchest's
    #    own report, curly single quotes; rail-2 the Kedgeworth Chronicle's own report, straight) --
    {"name": "Wrennock Valley Railway", "label": "ORG", "aliases": ["Wrennock Valley Railway", "WVR", "@WrennockSteam"],
     "note": "the heritage line, named after its valley (bare 'Wrennock' never occurs; 'the valley', 'the line', "
             "'the railway' are not annotated); the abbreviation 'WVR' used without a definition ('The WVR’s "
             "general manager', 'the WVR would run', rail-1; 'the WVR had spent', rail-2); the railway’s X account "
             "'@WrennockSteam' (rail-1) and 'on X, where it posts as @WrennockSteam' (rail-2); never its supporters' "
             "group (the longer 'Wrennock Valley Railway Society' wins)"},
    {"name": "Wrennock Valley Railway Society", "label": "ORG", "in": ["rail"],
     "aliases": ["Wrennock Valley Railway Society", "Society"],
     "note": "the supporters' group that owns the locomotive, its name beginning with the railway's; capitalised "
             "short form in its chair's quote ('The Society bought this engine', rail-1) and in narrative ('The "
             "Society’s engineers', rail-1; 'The Society's chair', 'the Society would invite', rail-2)"},
    {"name": "Thorncastle Engineering Insurance", "label": "ORG",
     "aliases": ["Thorncastle Engineering Insurance", "Thorncastle"],
     "note": "the boiler insurer; one-word short form like a surname with no person of that name ('as Thorncastle "
             "rejects boiler' in the rail-1 headline, 'Thorncastle has refused', 'Thorncastle said'; 'Then "
             "Thorncastle came' in a quote, rail-2); 'an insurer's inspector' is not annotated"},
    {"name": "Gethryn de Vassenac", "label": "PERSON",
     "aliases": ["Gethryn de Vassenac", "Mr de Vassenac", "De Vassenac"],
     "note": "Thorncastle's boiler surveyor; a lower-case particle surname: 'Mr de Vassenac' (inside a quote, "
             "rail-1; in narrative, rail-2) and bare 'De Vassenac' capitalised opening two sentences ('De "
             "Vassenac’s report', 'De Vassenac, who trained', rail-1); 'its surveyor, Gethryn de Vassenac' "
             "(rail-2)"},
    {"name": "Zdenka Swindlehurst", "label": "PERSON", "aliases": ["Dr Zdenka Swindlehurst", "Dr Swindlehurst"],
     "note": "the railway's general manager; 'Dr Swindlehurst said' (rail-1), 'Dr Swindlehurst added' (rail-2)"},
    {"name": "Elfed Ffoulkes", "label": "PERSON", "in": ["rail"],
     "aliases": ["Elfed Ffoulkes", "Mr Ffoulkes", "Elfed"],
     "note": "the senior volunteer driver; 'Mr Ffoulkes' (rail-1, rail-2); first name alone in the general "
             "manager's quote ('Elfed is the best driver we have', rail-2); 'her father', 'Dad' are not "
             "annotated; never his daughter"},
    {"name": "Aneira Ffoulkes", "label": "PERSON", "in": ["rail"],
     "aliases": ["Aneira Ffoulkes", "Ms Ffoulkes", "Aneira", "aneirafires.bsky.social"],
     "note": "his daughter, the fireman; named after the relation ('with his daughter, Aneira Ffoulkes', rail-1; "
             "'His daughter, Aneira', first name alone, rail-2); 'Ms Ffoulkes' in both articles beside her father's "
             "'Mr Ffoulkes': two people sharing a surname, not to be merged; 'posts on Bluesky as "
             "aneirafires.bsky.social' (rail-1); the 'Ffoulkes family' of the rail-2 headline (the two together) "
             "is not annotated"},
    {"name": "Jadwiga Penberthy", "label": "PERSON", "aliases": ["Jadwiga Penberthy", "Mrs Penberthy"],
     "note": "the Society's chair; 'Mrs Penberthy said' in both railway articles"},
    {"name": "Steamchest", "label": "ORG", "aliases": ["Steamchest"],
     "note": "the railway enthusiasts' magazine; rail-1 is its own report ('Steamchest has learned', 'seen by "
             "Steamchest', 'she told Steamchest'); named by the Chronicle in rail-2 ('the enthusiasts' magazine "
             "Steamchest')"},
    {"name": "Kedgeworth Chronicle", "label": "ORG", "aliases": ["Kedgeworth Chronicle", "Chronicle"],
     "note": "the county paper, named after the county (bare 'Kedgeworth' is the county: 'from Kedgeworth to "
             "Canada', rail-2; 'the Kedgeworth exhibitor', honey-2, not annotated); rail-2 and honey-1 are its own "
             "reports ('told the Chronicle' twice in rail-2; 'seen by the Kedgeworth Chronicle', 'told the "
             "Chronicle', honey-1)"},
    # -- a regatta cup lost over a cox's weigh-in (row-1 the Stannerbrook Lantern's own report, curly single quotes;
    #    row-2 the rowing site Oarlock's own report, straight, bare surnames) --
    {"name": "Stannerbrook Rowing Club", "label": "ORG", "aliases": ["Stannerbrook Rowing Club", "@StannerbrookRC"],
     "note": "the club stripped of the cup, named after the town; in full in both articles and in the row-1 and "
             "row-2 headlines; curly possessive 'Stannerbrook Rowing Club’s women’s eight' (row-1); 'The club’s "
             "account on X, @StannerbrookRC' (row-1); 'the club', 'The Stannerbrook captain', 'Stannerbrook "
             "captain Ksenija Hobday', 'Stannerbrook coach' (the town word used attributively) are not annotated"},
    {"name": "Tharnby Boat Club", "label": "ORG", "aliases": ["Tharnby Boat Club"],
     "note": "the rival club, named after its village (bare 'Tharnby' is the village: 'a beekeeper from Tharnby', "
             "'A retired boilersmith in Tharnby'; the trophy 'the Tharnby Cup' is not annotated); attributive 'the "
             "Tharnby Boat Club eight' (row-1); curly possessive 'Tharnby Boat Club’s captain' (row-1)"},
    {"name": "Riverways Rowing Union", "label": "ORG", "in": ["row"],
     "aliases": ["Riverways Rowing Union", "Union", "Riverways"],
     "note": "the governing body; capitalised short form 'the Union' in narrative and in quotes ('followed the "
             "Union’s rules to the letter', a curly possessive inside a curly single-quoted quote, row-1; 'The "
             "Union's three-member panel', row-2); one-word short form 'Riverways' (the row-2 headline 'Riverways "
             "rejects', 'said Riverways would review'); 'the panel' is not annotated"},
    {"name": "Arwel Hobday", "label": "PERSON", "in": ["row"], "aliases": ["Arwel Hobday", "Mr Hobday"],
     "note": "the race umpire; 'Mr Hobday' inside the captain's quote and in narrative (row-1); 'umpire Arwel "
             "Hobday' (row-2; the job word is not in the mention); 'The umpire' is not annotated; unrelated to the "
             "captain Ksenija Hobday in the same two articles ('who is no relation'); never bare 'Hobday'"},
    {"name": "Ksenija Hobday", "label": "PERSON", "in": ["row"],
     "aliases": ["Ksenija Hobday", "Ms Hobday", ("Hobday", {"row-2.txt": [0, 1]})],
     "note": "the Stannerbrook captain; 'Ms Hobday' (row-1, three times); bare 'Hobday, who stroked the eight' and "
             "'Hobday said the crew had already booked' (row-2, Oarlock's bare-surname style) are her, listed; 'The "
             "two Hobdays' (row-2, both together) is not annotated; never the umpire Arwel Hobday"},
    {"name": "Ifeoluwa Akinwande", "label": "PERSON",
     "aliases": ["Ifeoluwa Akinwande", "Ms Akinwande", "Akinwande", "akinwandecox.bsky.social"],
     "note": "the cox; 'Ms Akinwande, who posts on Bluesky as akinwandecox.bsky.social' (row-1); 'cox Ifeoluwa "
             "Akinwande' and bare 'Akinwande, 19' (row-2); 'The cox', 'their cox' are not annotated"},
    {"name": "Swithun Quiney", "label": "PERSON", "aliases": ["Swithun Quiney", "Swithy", "Quiney"],
     "note": "the Stannerbrook coach; a nickname declared ('whom the squad calls Swithy', row-1; 'known in the club "
             "as Swithy', row-2) and used alone inside a rower's quote ('Swithy doesn’t cry', row-1); bare 'Quiney "
             "said' (row-2)"},
    {"name": "Rutendo Kempthorne", "label": "PERSON", "aliases": ["Rutendo Kempthorne", "Kempthorne"],
     "note": "Tharnby Boat Club's captain; bare 'Kempthorne added' (row-2)"},
    {"name": "Nomvula Trethewey", "label": "PERSON", "aliases": ["Dr Nomvula Trethewey", "Trethewey"],
     "note": "the Union's chief executive (row-2); 'Dr Nomvula Trethewey', then bare 'Trethewey said'"},
    {"name": "Oarlock", "label": "ORG", "aliases": ["Oarlock"],
     "note": "the rowing news site; row-2 is its own report ('she told Oarlock')"},
    # -- a honey champion stripped (honey-1 the Kedgeworth Chronicle's own report, straight; honey-2 the
    #    beekeeping monthly Broodcomb's own report, curly single quotes, bare surnames) --
    {"name": "Kedgeworth Beekeepers’ Association", "label": "ORG", "in": ["honey"],
     "aliases": ["Kedgeworth Beekeepers' Association", "Kedgeworth Beekeepers’ Association", "KBKA", "Association"],
     "note": "the county beekeepers' association, named after the county, with an apostrophe in its name "
             "(straight in honey-1, curly in honey-2); 'KBKA' defined in parentheses (honey-1) and used alone ('The "
             "KBKA, whose patron', honey-1; 'the KBKA had', 'urged the KBKA', honey-2); capitalised short form 'the "
             "Association' ('The Association sent a sample', 'The Association's secretary', 'the Association's "
             "decision', honey-1; 'The Association’s patron', honey-2)"},
    {"name": "Kedgeworth Agricultural Society", "label": "ORG", "in": ["honey"],
     "aliases": ["Kedgeworth Agricultural Society", "Society"],
     "note": "the society that runs the county show (honey-1); 'A spokeswoman for the Society'; the show itself "
             "('Kedgeworth County Show', 'the county show') is an event, not annotated"},
    {"name": "Aldrow Laboratories", "label": "ORG", "aliases": ["Aldrow Laboratories", "Aldrow"],
     "note": "the testing laboratory; one-word short form ('Aldrow's report', honey-1; the honey-2 headline's 'tested "
             "by Aldrow', 'Aldrow has offered', 'Aldrow’s full results'); 'the laboratory' is not annotated"},
    {"name": "Gwion Harnage", "label": "PERSON", "aliases": ["Dr Gwion Harnage", "Dr Harnage", "Harnage"],
     "note": "Aldrow's director; 'Dr Harnage said' (honey-1); bare 'Harnage said' twice (honey-2)"},
    {"name": "Cadfael Spraggon", "label": "PERSON", "in": ["honey"],
     "aliases": ["Cadfael Spraggon", "Mr Spraggon", "Spraggon", "Cadfael"],
     "note": "the stripped champion; 'Mr Spraggon, 58' (honey-1); bare 'Spraggon' five times in honey-2, always him "
             "(the headline's curly possessive 'Spraggon’s defence', 'Spraggon told Broodcomb', 'Spraggon’s hives', "
             "'Spraggon’s solicitor', 'Spraggon had a point'); first name alone as a possessive after his brother is "
             "named ('Cadfael's younger brother', honey-1; 'the farm next to Cadfael’s', honey-2) and inside the "
             "secretary's quote ('Cadfael has been a member', honey-2); never his brother Macsen"},
    {"name": "Macsen Spraggon", "label": "PERSON", "in": ["honey"], "aliases": ["Macsen Spraggon", "Macsen"],
     "note": "his younger brother, the runner-up who takes the trophy; in full in both articles, first name alone "
             "('Macsen keeps 60 hives', honey-2); 'his brother', 'the brothers', 'both brothers' are not annotated"},
    {"name": "Chiamaka Ekwueme", "label": "PERSON", "aliases": ["Chiamaka Ekwueme", "Mrs Ekwueme", "Ekwueme"],
     "note": "the show's honey judge; 'Mrs Ekwueme said' (honey-1), bare 'Ekwueme said' (honey-2); 'The show's "
             "judge', 'the judge' are not annotated"},
    {"name": "Thandeka Mackereth", "label": "PERSON", "aliases": ["Thandeka Mackereth", "Ms Mackereth"],
     "note": "the Association's secretary; 'Ms Mackereth said' (honey-1), in full in honey-2"},
    {"name": "Broodcomb", "label": "ORG", "aliases": ["Broodcomb"],
     "note": "the beekeeping monthly; honey-2 is its own report ('Spraggon told Broodcomb', 'wrote to Broodcomb', "
             "'Broodcomb understands')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Ulrikke Kitteringham", "bylines": ["allot-1.txt", "row-1.txt"],
     "note": "Stannerbrook Lantern reporter; byline of allot-1 and row-1"},
    {"name": "Crwys Lumsdaine", "bylines": ["allot-2.txt"], "note": "Plotline reporter; byline of allot-2"},
    {"name": "Thorfinn Wyburn", "bylines": ["allot-3.txt"], "note": "the national paper's reporter; byline of allot-3"},
    {"name": "Tafadzwa Uglow", "bylines": ["rail-1.txt"], "note": "Steamchest's reporter; byline of rail-1"},
    {"name": "Njeri Chenoweth", "bylines": ["rail-2.txt", "honey-1.txt"],
     "note": "Kedgeworth Chronicle reporter; byline of rail-2 and honey-1"},
    {"name": "Zanele Ketteridge", "bylines": ["row-2.txt"], "note": "Oarlock's reporter; byline of row-2"},
    {"name": "Adaora Yallop", "bylines": ["honey-2.txt"], "note": "Broodcomb's reporter; byline of honey-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
