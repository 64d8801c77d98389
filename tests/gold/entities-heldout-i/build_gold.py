"""Build entities.json (held-out entity gold, set I) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Threadgill Academy" and its former name
"Sir Giffard Threadgill’s Grammar School" are the school while "Melangell Threadgill" and "Ms
Threadgill" are the chair of governors, "Ebberley Museum" is the museum while "Albreda
Ebberley" is its founder, "Vantongeren Offshore" is the developer while "Thurlow Vantongeren
Jr." and "Thurlow Vantongeren Sr." are the founder and his father, and "Hosea Crommett" is the
cooperative's president; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (bare "Threadgill", "Partnership" and "Inspectorate" in the
school story, bare "Ebberley", "Museum" and "Skirrow" in the hoard story, "Council", "Co-op" and
"Select Board" in the wind story, "Guild" and bare "Lanternfish" in the game story).

As in sets B to H, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Here it
is used for bare "Crommett", which is the cooperative's president once in wind-2 ("Crommett said
the Co-op") while every other bare "Crommett" is inside the name of the shoal "Crommett Ledge" (a
place, not annotated), and for bare "Vantongeren", which is the company three times in wind-2
(its headline, "Vantongeren says", "Vantongeren’s chief financial officer"), and for "Ms.
Vézinet", which is Gaëtane Vézinet (not her twin Ysaline) in game-1.

Beyond the shared builder, ``check_table`` refuses to build when a form in the table is found
nowhere (a stale or misspelt form) or a listed occurrence is not there: the annotation must match
the text exactly.

    python3 tests/gold/entities-heldout-i/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-i/build_gold.py --review  # also list capitalised words no
                                                                    # mention covers, and every
                                                                    # listed (shared) form in context
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from entity_gold_build import check_table, main  # the shared builder, beside this folder

ENTITIES: list[dict] = [
    # -- a secondary school's inflated coursework marks (school-1 British national paper, curly double
    #    quotes, Mr/Ms/Dr/Cllr/Sir; school-2 the Wendlestow Bugle's own report, straight, first names,
    #    "the Partnership", bare "Threadgill" the school; school-3 the education trade magazine
    #    Markbook's own report, curly single quotes where ’ is also the apostrophe, bare surnames,
    #    "the Inspectorate") --
    {"name": "Threadgill Academy", "label": "ORG", "in": ["school"],
     "aliases": ["Threadgill Academy", "Threadgill", "Sir Giffard Threadgill’s Grammar School", "@ThreadgillAcad"],
     "note": "the school, named after its founder; its former name 'founded in 1761 as Sir Giffard Threadgill’s "
             "Grammar School' (school-1) is a mention of it (an apostrophe and s inside the name, the founder's "
             "possessive, is part of the name); bare 'Threadgill' is always the school: in the headlines of "
             "school-2 and school-3, 'Threadgill's results', attributive 'A Threadgill governor' (school-2), "
             "'Threadgill’s jump in design grades' (school-3); 'The school’s account on X, @ThreadgillAcad' "
             "(school-1); 'the academy’s', 'the school' (lower case) are not annotated"},
    {"name": "Giffard Threadgill", "label": "PERSON", "aliases": ["Sir Giffard"],
     "note": "the school's 18th-century founder, a sailcloth merchant; 'Sir Giffard, a sailcloth merchant, left his "
             "house' (school-1, title and first name, the only mention of him outside the school's former name); "
             "'the school's founder' (school-2) is not annotated"},
    {"name": "Melangell Threadgill", "label": "PERSON",
     "aliases": ["Melangell Threadgill", "Ms Threadgill", "Melangell"],
     "note": "chair of the governors, a descendant of the founder; 'Ms Threadgill' (school-1), 'Melangell said' "
             "(school-2, first name), in full only in school-3; never bare 'Threadgill' (that is the school)"},
    {"name": "Fiorenzo Dell’Ombrino", "label": "PERSON",
     "aliases": ["Fiorenzo Dell’Ombrino", "Fiorenzo Dell'Ombrino", "Mr Dell’Ombrino", "Mr Dell'Ombrino",
                 "Dell’Ombrino"],
     "note": "the suspended headteacher; an apostrophe inside the surname, curly in school-1 and school-3, straight "
             "in school-2; 'Mr Dell’Ombrino’s supporters' (school-1, a possessive after the inner apostrophe); bare "
             "'Dell’Ombrino' and 'Dell’Ombrino’s six years' (school-3), and 'Mr Dell’Ombrino' in his solicitor's "
             "quote there"},
    {"name": "Ayotunde Fagbemi", "label": "PERSON",
     "aliases": ["Ayotunde Fagbemi", "Ms Fagbemi", "Ayotunde", "Fagbemi", "ayofagbemi.bsky.social"],
     "note": "the deputy head and exams officer whose letter began the inquiry; 'Ms Fagbemi' (school-1), 'Ayotunde "
             "had been' (school-2, first name), bare 'Fagbemi' twice and 'On Bluesky, where she posts as "
             "ayofagbemi.bsky.social' (school-3)"},
    {"name": "Wendlestow Schools Partnership", "label": "ORG", "in": ["school"],
     "aliases": ["Wendlestow Schools Partnership", "Partnership"],
     "note": "the academy trust that runs the school; named after the town (bare 'Wendlestow' is the town, not "
             "annotated); 'the Partnership' capitalised (school-2: in the parent's and the councillor's quotes, and "
             "'The Partnership's chief executive') and 'The Partnership’s first duty' (school-3, in a quote); 'a trust "
             "of eleven schools', 'the trust' (lower case) are not annotated"},
    {"name": "Gwenfair Ostley-Maund", "label": "PERSON",
     "aliases": ["Gwenfair Ostley-Maund", "Ms Ostley-Maund", "Ostley-Maund"],
     "note": "the Partnership's chief executive; hyphenated surname; 'Ms Ostley-Maund’s office' (school-1), bare "
             "'Ostley-Maund' (school-3)"},
    {"name": "Qualifications and Examinations Probity Inspectorate", "label": "ORG", "in": ["school"],
     "aliases": ["Qualifications and Examinations Probity Inspectorate", "QEPI", "Inspectorate"],
     "note": "the exam-integrity inspectors; 'QEPI' defined in parentheses (school-1), 'QEPI’s head of "
             "investigations'; full name without the acronym (school-2); 'Inspectorate' alone opening the headline "
             "of school-3, 'the Inspectorate', 'The Inspectorate’s published guidance', 'QEPI inspectors' "
             "(attributive); 'the inspectors' (school-1, lower case) are not annotated"},
    {"name": "Wynstan Callowhill", "label": "PERSON",
     "aliases": ["Dr Wynstan Callowhill", "Dr Callowhill", "Callowhill"],
     "note": "QEPI's head of investigations; 'Dr Callowhill' (school-1), bare 'Callowhill' and 'Callowhill’s team' "
             "(school-3)"},
    {"name": "Tegwyn Quadling", "label": "PERSON", "aliases": ["Tegwyn Quadling", "Tegwyn"],
     "note": "a parent (school-2); 'Tegwyn said' (first name); shares the surname with his daughter, never bare "
             "'Quadling'"},
    {"name": "Delyth Quadling", "label": "PERSON", "aliases": ["Delyth"],
     "note": "his daughter, a Year 11 pupil, named only by first name ('whose daughter Delyth', 'Delyth came "
             "downstairs', 'Delyth's design teacher', 'Delyth's friends', school-2); canonical surname the one the "
             "text implies"},
    {"name": "Hamlyn Pennycuick", "label": "PERSON",
     "aliases": ["Cllr Hamlyn Pennycuick", "Cllr Pennycuick"],
     "note": "a councillor in two stories: chair of the county's children's services scrutiny panel (school-1), "
             "the ward councillor (school-2) and the councillor whose ward includes Holmgarth (hoard-1)"},
    {"name": "Wendlestow Bugle", "label": "ORG", "aliases": ["Wendlestow Bugle", "Bugle"],
     "note": "the local paper, in two stories; school-2 is its own report ('they tell the Bugle' in the headline, "
             "'told the Bugle', 'The Bugle's requests', 'the Bugle's newsdesk'), and so is hoard-1 ('told the "
             "Wendlestow Bugle', 'told the Bugle')"},
    {"name": "Markbook", "label": "ORG", "aliases": ["Markbook"],
     "note": "the education trade magazine; school-3 is its own report ('Markbook has learned', 'told Markbook')"},
    # -- a Viking-age silver hoard (hoard-1 the Wendlestow Bugle's own report, straight, first names and a
    #    nickname, "the Museum" capitalised; hoard-2 the American coin-collecting site Obverse's own report,
    #    curly double quotes, AP-style bare surnames, "Dr.", "Prof.", "Al-Mahdawi" opening a sentence) --
    {"name": "Aldwyn Tapscott", "label": "PERSON", "aliases": ["Aldwyn Tapscott", "Tapscott", "Aldwyn", "Tappy",
                                                                "@tappydigs"],
     "note": "the detectorist who found the hoard; a nickname declared in the text ('known to everyone at the "
             "Holmgarth Searchers as Tappy') and then used alone ('Tappy had permission', 'Tappy disputes that', "
             "hoard-1); first name alone in the farmers' quotes ('nothing against Aldwyn', 'I like Aldwyn'); bare "
             "'Tapscott' (hoard-2); 'his YouTube channel, where he posts as @tappydigs' (both articles)"},
    {"name": "Holmgarth Searchers", "label": "ORG", "aliases": ["Holmgarth Searchers"],
     "note": "the detecting club, named after the village (bare 'Holmgarth' and 'Holmgarth Farm' are places, not "
             "annotated)"},
    {"name": "Ranulf Skirrow", "label": "PERSON", "in": ["hoard"], "aliases": ["Ranulf Skirrow", "Ranulf", "Skirrow"],
     "note": "the farmer who owns the land; first name in hoard-1 ('Ranulf says', 'Ranulf said', and 'Ranulf shook "
             "my hand' in the finder's quote), bare 'Skirrow' twice in hoard-2 (always him, his son being named in "
             "full there), 'Ranulf’s bottom field' (hoard-2, in the finder's words quoted from his video); "
             "Ingrith Skirrow of the game story is unrelated"},
    {"name": "Torin Skirrow", "label": "PERSON", "in": ["hoard"], "aliases": ["Torin Skirrow", "Torin"],
     "note": "his son, who farms with him; 'his son, Torin,' and 'Torin said' (hoard-1), 'His son, Torin Skirrow' "
             "(hoard-2); never bare 'Skirrow'"},
    {"name": "Ebberley Museum", "label": "ORG", "in": ["hoard"], "aliases": ["Ebberley Museum", "Ebberley", "Museum",
                                                                            "@ebberleymuseum"],
     "note": "the museum in Wendlestow, named after its founder; 'The Museum', 'the Museum's keeper of coins', 'help "
             "the Museum' capitalised and bare 'the Ebberley would launch' (hoard-1); 'the Ebberley’s keeper of "
             "coins' (hoard-2); 'The museum,' and 'the small museum' (hoard-2, lower case) are not annotated; "
             "'posts pictures ... on Instagram as @ebberleymuseum' (hoard-2)"},
    {"name": "Albreda Ebberley", "label": "PERSON", "aliases": ["Albreda Ebberley"],
     "note": "the museum's founder (a mill owner, 1887), in full only, in both articles"},
    {"name": "Nasreen al-Mahdawi", "label": "PERSON",
     "aliases": ["Dr Nasreen al-Mahdawi", "Dr al-Mahdawi", "Dr. Nasreen al-Mahdawi", "Al-Mahdawi"],
     "note": "the museum's keeper of coins; the particle 'al-' lower case after a title (hoard-1 'Dr al-Mahdawi', "
             "hoard-2 'Dr. Nasreen al-Mahdawi') and capitalised opening a sentence ('Al-Mahdawi said', hoard-2)"},
    {"name": "Øystein Hjelmerud", "label": "PERSON", "aliases": ["Prof. Øystein Hjelmerud", "Hjelmerud"],
     "note": "a specialist in Viking-age silver consulted by Obverse (hoard-2); a non-ASCII first letter; American "
             "'Prof.' with a point"},
    {"name": "Aurea Gathercole", "label": "PERSON", "aliases": ["Aurea Gathercole", "Mrs Gathercole"],
     "note": "the senior coroner (hoard-1; 'The senior coroner, Aurea Gathercole'); 'A coroner' (hoard-2) is not "
             "annotated"},
    {"name": "Finds Liaison Network", "label": "ORG", "aliases": ["Finds Liaison Network", "FLN"],
     "note": "the body that records finds; 'FLN' defined in parentheses, then 'The FLN does not take sides' (hoard-1)"},
    {"name": "Hedd Gwallter", "label": "PERSON", "aliases": ["Hedd Gwallter"],
     "note": "the FLN officer who recorded the find (hoard-1)"},
    {"name": "Obverse", "label": "ORG", "aliases": ["Obverse"],
     "note": "the American coin-collecting site; hoard-2 is its own report ('told Obverse', 'for Obverse')"},
    # -- an offshore wind farm permit (wind-1 the local paper the Gullhaven Tideline's own report, American,
    #    straight, Mr./Ms./Sen./Rep., Jr. and Sr.; wind-2 the British energy newsletter Nacelle's own report,
    #    curly double quotes, bare surnames, bare "Vantongeren" the company, "Senator") --
    {"name": "Vantongeren Offshore LLC", "label": "ORG",
     "aliases": ["Vantongeren Offshore LLC", "Vantongeren Offshore", ("Vantongeren", {"wind-2.txt": [0, 1, 2]})],
     "note": "the developer, named after its founder's family; the legal suffix is part of the mention (wind-1); "
             "'Vantongeren Offshore's chief financial officer' (wind-1); bare 'Vantongeren' is the company three "
             "times in wind-2 (the headline's 'Vantongeren’s first offshore project', 'Vantongeren says the appeal', "
             "'Vantongeren’s chief financial officer'), listed; 'the company', 'the developer' are not annotated"},
    {"name": "Thurlow Vantongeren Jr.", "label": "PERSON", "in": ["wind"],
     "aliases": ["Thurlow Vantongeren Jr.", "Mr. Vantongeren"],
     "note": "the company's founder and chief executive; the generational suffix is part of the mention, as a legal "
             "suffix is of a company's; he and his father share first name and surname, told apart only by 'Jr.' "
             "and 'Sr.'; 'Mr. Vantongeren said the project' (wind-1) is him"},
    {"name": "Thurlow Vantongeren Sr.", "label": "PERSON", "in": ["wind"],
     "aliases": ["Sen. Thurlow Vantongeren Sr.", "Thurlow Vantongeren Sr."],
     "note": "his father, a former state senator; 'former state Sen. Thurlow Vantongeren Sr.' (wind-1: the title "
             "'Sen.' is kept in the mention, the lower-case 'former state' is not), 'his father, Thurlow Vantongeren "
             "Sr.' (wind-2); 'His father' is not annotated"},
    {"name": "Coastal Siting Council", "label": "ORG", "in": ["wind"],
     "aliases": ["Coastal Siting Council", "Siting Council", "Council"],
     "note": "the state permitting body; 'Siting Council' opening the headline of wind-1 and 'chair of the Siting "
             "Council' (wind-2); 'who chairs the Council' and 'Nobody on this Council' (wind-1, in the chair's "
             "quote) capitalised; 'the council ignored its own rules' (wind-2, lower case) and 'the panel' are not "
             "annotated"},
    {"name": "Luzmila Arbeláez-Varnum", "label": "PERSON",
     "aliases": ["Luzmila Arbeláez-Varnum", "Ms. Arbeláez-Varnum", "Arbeláez-Varnum"],
     "note": "chair of the Siting Council; accented and hyphenated surname; 'Arbeláez-Varnum’s letter' (wind-2)"},
    {"name": "Gullhaven Lobster Cooperative", "label": "ORG", "in": ["wind"],
     "aliases": ["Gullhaven Lobster Cooperative", "Co-op", "@GullhavenLobster"],
     "note": "the fishermen's cooperative, named after the town (bare 'Gullhaven' is the town, not annotated); the "
             "hyphenated short form capitalised, 'the Co-op' and 'the Co-op's account' (wind-1), 'the Co-op' twice "
             "(wind-2); 'the cooperative's colors', 'The fishermen’s cooperative', 'the cooperative’s president' "
             "(lower case) are not annotated; 'the Co-op's account, @GullhavenLobster' (wind-1)"},
    {"name": "Hosea Crommett", "label": "PERSON",
     "aliases": ["Hosea Crommett", "Mr. Crommett", ("Crommett", {"wind-2.txt": [1]})],
     "note": "the cooperative's president; the shoal 'Crommett Ledge', named for his great-grandfather, is a place "
             "(not annotated, twice in wind-1 with the headline, once in wind-2); bare 'Crommett said the Co-op' "
             "(wind-2) is him, listed; 'Mr. Crommett' (wind-1)"},
    {"name": "Oriana Cubbage", "label": "PERSON",
     "aliases": ["Sen. Oriana Cubbage", "Sen. Cubbage", "Senator Oriana Cubbage", "Cubbage"],
     "note": "the state senator for Gullhaven, opposed; 'state Sen. Oriana Cubbage' (wind-1: lower-case 'state' not "
             "in the mention), 'Sen. Cubbage' twice; 'Senator Oriana Cubbage' and bare 'Cubbage told Nacelle' "
             "(wind-2)"},
    {"name": "Eliphalet Stickney", "label": "PERSON",
     "aliases": ["Rep. Eliphalet Stickney", "Rep. Stickney"],
     "note": "a state representative who supports the project; 'state Rep. Eliphalet Stickney' (lower-case 'state' "
             "not in the mention) and 'Rep. Stickney's district' (wind-1)"},
    {"name": "Z.R. Faircroft", "label": "PERSON", "aliases": ["Z.R. Faircroft", "Mr. Faircroft"],
     "note": "the company's chief financial officer, named by initials only (points, no space), in both articles; "
             "'Mr. Faircroft' (wind-1)"},
    {"name": "Gullhaven Select Board", "label": "ORG", "in": ["wind"],
     "aliases": ["Gullhaven Select Board", "Select Board"],
     "note": "the town's governing board; 'the Select Board remains split' (wind-2) capitalised"},
    {"name": "Gullhaven Tideline", "label": "ORG", "aliases": ["Gullhaven Tideline", "Tideline"],
     "note": "the local paper; wind-1 is its own report ('told the Gullhaven Tideline', 'tell the Tideline')"},
    {"name": "Nacelle", "label": "ORG", "aliases": ["Nacelle"],
     "note": "the British energy trade newsletter; wind-2 is its own report ('told Nacelle', 'Nacelle "
             "understands')"},
    # -- a game studio's union vote (game-1 the American games site Pixelgrit's own report, straight, Ms./Mr.,
    #    a nickname inside a full name; game-2 a feature, curly double quotes, first names, the nickname alone,
    #    "De Brévillac" opening a sentence) --
    {"name": "Lanternfish Games", "label": "ORG", "in": ["game"], "aliases": ["Lanternfish Games", "Lanternfish",
                                                                            "@lanternfishgames"],
     "note": "the Montreal studio; a plural bare-apostrophe possessive, straight 'Lanternfish Games' management' "
             "(game-1) and curly 'Lanternfish Games’ staff' (game-2); bare 'Lanternfish' ('worked at Lanternfish', "
             "'owns 40 percent of Lanternfish', 'Lanternfish has 74 employees', 'Lanternfish’s choice', 'talks at "
             "Lanternfish'); 'The studio's account on X, @lanternfishgames' (game-1); its game Hollowtide (a product) "
             "is not annotated"},
    {"name": "Gaëtane Vézinet", "label": "PERSON", "in": ["game"],
     "aliases": ["Gaëtane Vézinet", ("Ms. Vézinet", {"game-1.txt": [0]}), "Gaëtane"],
     "note": "co-founder and chief executive; she and her twin sister share the surname: 'Ms. Vézinet, the studio's "
             "chief executive' (game-1) is her, listed; 'Gaëtane and Ysaline Vézinet' (game-2: 'Gaëtane' is her "
             "mention, 'Ysaline Vézinet' her sister's), then first names; 'The sisters' (the pair) is not "
             "annotated"},
    {"name": "Ysaline Vézinet", "label": "PERSON", "in": ["game"], "aliases": ["Ysaline Vézinet", "Ysaline"],
     "note": "the twin sister, creative director; in full in game-1 (never 'Ms. Vézinet'), first name in game-2 "
             "('Ysaline is the one', and inside Bix's and her sister's quotes)"},
    {"name": "Gratien Brisebois", "label": "PERSON",
     "aliases": ["Gratien \"Bix\" Brisebois", "Gratien Brisebois", "Mr. Brisebois", "Bix"],
     "note": "the senior animator who led the union drive; a nickname inside the full name (game-1: 'Gratien "
             "\"Bix\" Brisebois', one mention), then 'Mr. Brisebois'; game-2: 'Gratien Brisebois, whom everyone at "
             "the studio calls Bix' and 'Bix' alone (also in Gaëtane's quote: 'Bix asked me that')"},
    {"name": "Interactive Media Workers Guild", "label": "ORG", "in": ["game"],
     "aliases": ["Interactive Media Workers Guild", "IMWG", "Guild", "@imwg@pixelhall.social"],
     "note": "the union; 'IMWG' defined in parentheses (game-1), 'The IMWG said'; 'The Guild’s regional office, "
             "which posts on Mastodon as @imwg@pixelhall.social' and 'The Guild’s lawyers' (game-2); 'the union', "
             "'the union's first demand', 'the union’s most visible supporters' (lower case) are not annotated"},
    {"name": "Brightmorrow Interactive", "label": "ORG", "aliases": ["Brightmorrow Interactive", "Brightmorrow"],
     "note": "the publisher, which owns 40% of the studio; 'Brightmorrow's head of studios', 'whether Brightmorrow "
             "had pushed', 'according to Brightmorrow' (game-1), 'Brightmorrow’s head of studios' (game-2); 'the "
             "publisher' is not annotated"},
    {"name": "Théophane de Brévillac", "label": "PERSON",
     "aliases": ["Théophane de Brévillac", "Mr. de Brévillac", "De Brévillac"],
     "note": "the publisher's head of studios; a lower-case particle ('Mr. de Brévillac', game-1), capitalised "
             "opening a sentence ('De Brévillac added', game-2); accented"},
    {"name": "Ingrith Skirrow", "label": "PERSON", "in": ["game"],
     "aliases": ["Ingrith Skirrow", "Ms. Skirrow", "Ingrith", "ingrithbuilds.bsky.social"],
     "note": "a level designer; 'Ms. Skirrow' twice and 'who posts on Bluesky as ingrithbuilds.bsky.social' "
             "(game-1), 'Ingrith Skirrow' then 'Ingrith remembers' (game-2); unrelated to the Skirrow farmers of the "
             "hoard story (never bare 'Skirrow')"},
    {"name": "Pixelgrit", "label": "ORG", "aliases": ["Pixelgrit"],
     "note": "the American games site; game-1 is its own report ('told Pixelgrit', twice)"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
    {"name": "YouTube", "label": "ORG", "aliases": ["YouTube"], "note": "the platform"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"], "note": "the platform"},
]


if __name__ == "__main__":
    check_table(ENTITIES, HERE)
    main(ENTITIES, HERE)
