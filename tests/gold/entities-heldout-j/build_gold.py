"""Build entities.json (held-out entity gold, set J) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Mossendew Bakeries" and "Mossendew Family
Trust" are the company and the family trust while "Rhosyn Mossendew", "Cadfan Mossendew",
"Aldebert Mossendew" and "Ms Mossendew" are the family, "Ferrowby Foundation" is the foundation
while "Ozias Ferrowby" and bare "Ferrowby" are its founder, "Sulien Quance" and "Cadog Quance" are
the captain and his father, and "Munira al-Fennawi" is the younger sister; a possessive after the
form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (the Mossendews and their company and trust, "Trust" in
the bakery story; "Foundation" and "Association" in the ballet story; bare "Quance", "Board" and
"Town Council" in the cricket story; the two unrelated Dunnigates, each in its own story; the
al-Fennawi sisters in the podcast story).

As in sets B to I, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Here it
is used for bare "Mossendew": the company at listed places of all three bakery articles ("the
Mossendew name", "Mossendew bakers", "Mossendew’s size", "A Mossendew customer" ...), the chair
Rhosyn Mossendew once in bakery-3 ("‘...,’ Mossendew said"), and nobody in the headline of
bakery-1 ("Mossendew family split", the family as a whole, not annotated).

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-j/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-j/build_gold.py --review  # also list capitalised words no
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
    # -- a family bakery chain's takeover (bakery-1 British national business page, curly double quotes,
    #    Ms/Mr/Mrs/Prof/Cllr; bakery-2 the Wyndhallow Lantern's own report, straight, first names, "her brother,
    #    Cadfan"; bakery-3 the bakery trade newsletter Ovenside's own report, curly single quotes where ’ is also
    #    the apostrophe, bare surnames, "Van Holtersloot" opening a sentence) --
    {"name": "Mossendew Bakeries Ltd", "label": "ORG", "in": ["bakery"],
     "aliases": ["Mossendew Bakeries Ltd", "Mossendew Bakeries", "@MossendewBakes",
                 ("Mossendew", {"bakery-1.txt": [1, 2], "bakery-2.txt": [0, 1, 2], "bakery-3.txt": [0, 1, 2, 4]})],
     "note": "the family bakery chain, named after its founder's family; the legal suffix is part of the mention "
             "(bakery-1); plural bare-apostrophe possessives, curly 'Mossendew Bakeries’ 38 shops' (bakery-1) and "
             "straight 'Mossendew Bakeries' night shift' (bakery-2); "
             "bare 'Mossendew' is the company at listed places: bakery-1 'the Mossendew name', 'of Mossendew’s "
             "size'; bakery-2 the headline's attributive 'Mossendew bakers', 'the Mossendew name', 'the Mossendew "
             "standards' (both in the councillor's quote); bakery-3 the headline's "
             "'for Mossendew', 'values Mossendew', 'the Mossendew shops', 'A Mossendew customer' (in a quote); not "
             "the headline of bakery-1 ('Mossendew family split': the family as a whole, not annotated) nor "
             "'Mossendew said' in bakery-3 (the chair); 'The company’s account on X, @MossendewBakes' (bakery-1); "
             "'the company', 'the chain', 'the chain's birthday cakes', 'The chain’s last accounts', 'the business' "
             "are not annotated"},
    {"name": "Rhosyn Mossendew", "label": "PERSON", "in": ["bakery"],
     "aliases": ["Rhosyn Mossendew", "Ms Mossendew", "Rhosyn", ("Mossendew", {"bakery-3.txt": [3]})],
     "note": "the chair, the founder's granddaughter; 'Ms Mossendew' (bakery-1; 'The chair said' there is not annotated); 'Rhosyn' alone in bakery-2, "
             "in narrative ('Rhosyn, 52, said') and inside the shop manager's and her brother's quotes ('Rhosyn rang "
             "me', 'Rhosyn thinks'); bare 'Mossendew said' once in bakery-3's bare-surname style, listed; 'the "
             "founder’s granddaughter' is not a separate mention"},
    {"name": "Cadfan Mossendew", "label": "PERSON", "in": ["bakery"],
     "aliases": ["Cadfan Mossendew", "Cadfan"],
     "note": "her brother, a director who runs production and opposes the sale; named in full after 'Her brother,' "
             "in bakery-1 and bakery-3, and in bakery-2 only by the relation and his first name ('her brother, "
             "Cadfan, does not', 'Cadfan said'); 'Her brother said' (bakery-2) is not annotated; never bare "
             "'Mossendew'"},
    {"name": "Aldebert Mossendew", "label": "PERSON", "in": ["bakery"],
     "aliases": ["Aldebert Mossendew", "Aldebert"],
     "note": "the founder (first shop 1931, trust deed 1962); in full in bakery-1 and bakery-3 ('their grandfather, "
             "Aldebert Mossendew'), first name alone in the shop manager's quote in bakery-2 ('Old Aldebert would "
             "have come down the hill'); 'the founder', 'My grandfather' are not annotated"},
    {"name": "Mossendew Family Trust", "label": "ORG", "in": ["bakery"],
     "aliases": ["Mossendew Family Trust", "Trust"],
     "note": "the family trust that holds 58% of the shares; 'The Trust’s rules' (bakery-1), 'The Trust's trustees' "
             "(bakery-2), 'The Trust holds', 'the Trust’s five trustees' (bakery-3); 'the "
             "trust deed' (bakery-3, lower case, a document) and 'a name people trust' (a verb) are not annotated"},
    {"name": "Crannock Foods plc", "label": "ORG", "in": ["bakery"],
     "aliases": ["Crannock Foods plc", "Crannock Foods", "Crannock"],
     "note": "the buyer, a one-word name that looks like a surname with no person of that name; bare 'Crannock' in "
             "all three articles (both headlines: 'Crannock bids £46m', 'Crannock’s £46m move'; 'Crannock wants the "
             "bakers' in a quote), attributive 'A Crannock spokesman' (bakery-2); 'the buyer', 'a listed buyer', "
             "'the group’s plant' are not annotated"},
    {"name": "Jorien van Holtersloot", "label": "PERSON",
     "aliases": ["Jorien van Holtersloot", "Ms van Holtersloot", "Van Holtersloot"],
     "note": "Crannock's chief executive; a lower-case particle ('Ms van Holtersloot', bakery-1) capitalised opening a "
             "sentence in bakery-3 ('Van Holtersloot, who ran ...', 'Van Holtersloot called that fear')"},
    {"name": "Union of Bakery and Confectionery Workers", "label": "ORG",
     "aliases": ["Union of Bakery and Confectionery Workers", "UBCW", "@ubcw@ovenworks.social"],
     "note": "the bakers' union; 'UBCW' defined in parentheses (bakery-1), attributive 'a UBCW organiser'; 'the "
             "bakers' union, the UBCW' (bakery-2); 'The UBCW', 'The UBCW’s bakery branch, which posts on Mastodon as "
             "@ubcw@ovenworks.social' (bakery-3); 'the union' is not annotated"},
    {"name": "Brychan Tresidder", "label": "PERSON",
     "aliases": ["Brychan Tresidder", "Mr Tresidder", "Tresidder"],
     "note": "the UBCW organiser; 'Mr Tresidder said' (bakery-1), bare 'Tresidder said' (bakery-3)"},
    {"name": "Ulfhild Sorbey", "label": "PERSON", "aliases": ["Prof Ulfhild Sorbey", "Sorbey"],
     "note": "a food-industry economist; 'Prof' without a point (bakery-1, bakery-3), bare 'Sorbey said' (bakery-3)"},
    {"name": "Eiluned Gammage", "label": "PERSON", "aliases": ["Eiluned Gammage", "Eiluned", "Mrs Gammage"],
     "note": "the manager of the High Street shop (bakery-2); first name alone in the chair's quote ('Eiluned is "
             "right to be cross'); 'Mrs Gammage said' at the end"},
    {"name": "Bellisent Haverlock", "label": "PERSON",
     "aliases": ["Cllr Bellisent Haverlock", "Bellisent Haverlock", "Cllr Haverlock", "Haverlock"],
     "note": "a ward councillor in two stories: the bakery's ward (bakery-1, bakery-2: 'Cllr Bellisent Haverlock', "
             "'so would Cllr Haverlock') and a vice-president of the cricket club (cricket-1 'Cllr Bellisent "
             "Haverlock'; cricket-2 'The ward councillor Bellisent Haverlock', the lower-case job not in the mention, "
             "and bare 'Haverlock has not said')"},
    {"name": "Wyndhallow Lantern", "label": "ORG", "aliases": ["Wyndhallow Lantern", "Lantern"],
     "note": "the local weekly, in two stories; bakery-2 is its own report ('tell the Lantern' in the headline, 'have "
             "told the Lantern', 'she told the Lantern'; 'our letters page' not annotated), and so is cricket-1 "
             "('Muggsy told the Wyndhallow Lantern'); bare 'Wyndhallow' is the town"},
    {"name": "Ovenside", "label": "ORG", "aliases": ["Ovenside"],
     "note": "the bakery trade newsletter; bakery-3 is its own report ('Ovenside has learned', 'told Ovenside', 'seen "
             "by Ovenside')"},
    # -- a ballet company's director dismissed after a donor pulls funding (ballet-1 the American dance site
    #    Barrework's own report, straight, "Ms."/"Mr.", "Dame"; ballet-2 a British paper's arts page, curly double
    #    quotes, "Ms"/"Mr" without points, first names in quotes, "De Quelhas" opening a sentence) --
    {"name": "Ambleforth City Ballet", "label": "ORG", "aliases": ["Ambleforth City Ballet"],
     "note": "the ballet company, named after its city (the city is never named alone); 'Ambleforth City Ballet’s "
             "Undertow row' (ballet-2 headline, a possessive); 'the company', 'the board' are not annotated; its "
             "production Undertow (a work) is not annotated"},
    {"name": "Honorée Dacquemont-Brisse", "label": "PERSON",
     "aliases": ["Honorée Dacquemont-Brisse", "Ms. Dacquemont-Brisse", "Ms Dacquemont-Brisse", "Honorée"],
     "note": "the dismissed artistic director; accented and hyphenated; 'Ms. Dacquemont-Brisse' (ballet-1), 'Ms "
             "Dacquemont-Brisse' (ballet-2); first name alone inside quotes ('Honorée made us better dancers', "
             "'Honorée would never forgive us', 'I made it for Honorée’s dancers. They are not Honorée’s dancers any "
             "more.')"},
    {"name": "Ferrowby Foundation", "label": "ORG", "in": ["ballet"],
     "aliases": ["Ferrowby Foundation", "Foundation"],
     "note": "the donor's foundation, named after its founder; 'the Ferrowby Foundation's grant' (ballet-1); 'The "
             "Foundation’s founder', 'A spokesman for the Foundation' (ballet-2, capitalised); 'The foundation was set up' (ballet-1, lower case) and 'whose foundation' (podcast-1) are "
             "not annotated"},
    {"name": "Ozias Ferrowby", "label": "PERSON",
     "aliases": ["Ozias Ferrowby", "Ferrowby", "Mr Ferrowby", "Mr. Ferrowby", "Ozias"],
     "note": "the American investor who set up the foundation, in two stories; bare 'Ferrowby' is always him (ballet-1, "
             "AP style: 'Ferrowby called Undertow', 'Ferrowby, 78,'), the foundation being always 'Ferrowby "
             "Foundation' or 'the Foundation'; 'Mr Ferrowby' and first name alone in a quote ('You would have to ask "
             "Ozias', ballet-2); in podcast-1 the network's largest outside investor ('Ozias Ferrowby', 'Mr. "
             "Ferrowby')"},
    {"name": "Barrework", "label": "ORG", "aliases": ["Barrework"],
     "note": "the American dance site; ballet-1 is its own report ('seen by Barrework', 'told Barrework' twice)"},
    {"name": "Maelona Wrathall", "label": "PERSON", "aliases": ["Dame Maelona Wrathall", "Dame Maelona"],
     "note": "chair of the board, a former dancer of the company; 'Dame Maelona Wrathall' then 'Dame Maelona' (title "
             "and first name) in both articles"},
    {"name": "Kateřina Pellingworth", "label": "PERSON",
     "aliases": ["Kateřina Pellingworth", "Ms. Pellingworth", "Ms Pellingworth"],
     "note": "the executive director; a non-ASCII first name; 'Ms. Pellingworth' (ballet-1), 'Ms Pellingworth' "
             "(ballet-2)"},
    {"name": "Teodozja Kelderby", "label": "PERSON",
     "aliases": ["Teodozja Kelderby", "Ms. Kelderby", "Ms Kelderby", "Minnow", "@minnowdances"],
     "note": "the principal who led the walkout; a nickname declared in the text ('whom everyone at the company has "
             "called Minnow', ballet-1; 'Known in the company as Minnow', ballet-2) and used alone ('Minnow posted "
             "a photograph', ballet-1; 'I love Minnow' in a colleague's quote, ballet-2); 'on Instagram, where she "
             "posts as @minnowdances' (ballet-1)"},
    {"name": "Loïc de Quelhas", "label": "PERSON", "aliases": ["Loïc de Quelhas", "Mr. de Quelhas", "De Quelhas"],
     "note": "the choreographer of Undertow; accented first name; a lower-case particle ('Mr. de Quelhas', ballet-1) "
             "capitalised opening a sentence ('De Quelhas, who made the piece', ballet-2)"},
    {"name": "Company Dancers’ Association", "label": "ORG", "in": ["ballet"],
     "aliases": ["Company Dancers' Association", "Company Dancers’ Association", "Association",
                 "companydancers.bsky.social"],
     "note": "the dancers' union; an apostrophe inside the name, straight (ballet-1) and curly (ballet-2), not a "
             "possessive; 'The Association posts on Bluesky as companydancers.bsky.social' (ballet-1), 'The "
             "Association said on Bluesky' (ballet-2); 'The dancers' union' is not annotated"},
    {"name": "Ardith Dunnigate", "label": "PERSON", "in": ["ballet"],
     "aliases": ["Ardith Dunnigate", "Ms Dunnigate"],
     "note": "a first soloist who did not join the walkout (ballet-2); unrelated to state Rep. Tazewell Dunnigate of "
             "the podcast story, whose bare surname occurs there; never bare 'Dunnigate' here"},
    # -- a cricket club's finances (cricket-1 the Wyndhallow Lantern's own report, straight, Mr/Sir/Cllr, the
    #    nickname; cricket-2 the cricket trade magazine Sightscreen's own report, curly single quotes where ’ is also
    #    the apostrophe, bare surnames, "Dr") --
    {"name": "Wyndhallow Cricket Club", "label": "ORG", "aliases": ["Wyndhallow Cricket Club", "@WyndhallowCC"],
     "note": "the club, named after the town (bare 'Wyndhallow' is the town: 'in Wyndhallow', cricket-2); 'Wyndhallow "
             "Cricket Club’s £212,000 hole' (cricket-2 headline, a possessive); 'The club's account on X, "
             "@WyndhallowCC' (cricket-1); 'the club', 'the committee' are not annotated"},
    {"name": "Iorwerth Poundall", "label": "PERSON",
     "aliases": ["Iorwerth Poundall", "Mr Poundall", "Poundall", "Muggsy"],
     "note": "the treasurer who stood down; a nickname declared ('known to everyone at the ground as Muggsy', "
             "cricket-1; 'known across the county’s leagues as Muggsy', cricket-2) and used alone, in narrative "
             "('Muggsy told the Wyndhallow Lantern') and inside others' quotes ('Muggsy never hid anything', 'Muggsy "
             "was a one-man finance department'); 'Mr Poundall' (cricket-1), bare 'Poundall' (cricket-2)"},
    {"name": "Gatherstone Whear LLP", "label": "ORG", "aliases": ["Gatherstone Whear LLP", "Gatherstone Whear"],
     "note": "the accountants, named like two people (no person of either name); 'a review by Gatherstone "
             "Whear' (cricket-2); 'the accountants', 'The accountants’ report' are not annotated"},
    {"name": "Elidir Tunnadine", "label": "PERSON", "aliases": ["Sir Elidir Tunnadine", "Sir Elidir", "Tunnadine"],
     "note": "the club's president; 'Sir Elidir' (title and first name, cricket-1), bare 'Tunnadine said' (cricket-2)"},
    {"name": "Skelmore Homes", "label": "ORG", "aliases": ["Skelmore Homes", "Skelmore"],
     "note": "the housebuilder; a one-word short form like a surname ('Skelmore wants to build', cricket-1; 'Skelmore’s "
             "plans', cricket-2); 'its managing director' is not annotated"},
    {"name": "Oswy Fitchew", "label": "PERSON", "aliases": ["Oswy Fitchew"],
     "note": "Skelmore's managing director, in full only (both articles)"},
    {"name": "Sulien Quance", "label": "PERSON", "in": ["cricket"],
     "aliases": ["Sulien Quance", "Sulien", "Quance", "sulienbats.bsky.social"],
     "note": "the first-team captain; his first name alone in his father's quote ('before Sulien could walk', "
             "cricket-1); bare 'Quance' twice in cricket-2 ('Quance, 27,', 'Quance said'), always him, his father "
             "being named in full there; 'on Bluesky, where he is sulienbats.bsky.social' (cricket-2)"},
    {"name": "Cadog Quance", "label": "PERSON", "in": ["cricket"], "aliases": ["Cadog Quance", "Mr Quance"],
     "note": "his father, the groundsman; 'His father, Cadog Quance' in both articles; 'Mr Quance said' (cricket-1) is "
             "the father (the son is 'Sulien Quance' and 'Sulien' there); 'His father' is not a separate mention"},
    {"name": "Essendry County Cricket Board", "label": "ORG", "in": ["cricket"],
     "aliases": ["Essendry County Cricket Board", "ECCB", "Board"],
     "note": "the county board, named after the county (never named alone); 'ECCB' defined in parentheses "
             "(cricket-1); in cricket-2 full name without the acronym, then 'the ECCB’s chief executive', 'the "
             "Board' capitalised ('what the Board learned' in the headline, 'The Board’s letter'); 'The county’s "
             "offer', 'the county would rather lend' (lower case) are not annotated"},
    {"name": "Brangwen Yabsley", "label": "PERSON", "aliases": ["Dr Brangwen Yabsley", "Yabsley"],
     "note": "the ECCB's chief executive (cricket-2); 'Dr' without a point; bare 'Yabsley said' twice"},
    {"name": "Wyndhallow Town Council", "label": "ORG", "in": ["cricket"],
     "aliases": ["Wyndhallow Town Council", "Town Council"],
     "note": "the town council, which owns the access road; 'The Town Council will not be rushed' (cricket-1, in the "
             "councillor's quote) capitalised; 'the town council' (bakery-2, lower case) is not annotated"},
    {"name": "Sightscreen", "label": "ORG", "aliases": ["Sightscreen"],
     "note": "the cricket trade magazine; cricket-2 is its own report ('Sightscreen has learned', 'told Sightscreen' "
             "twice, 'seen by Sightscreen')"},
    # -- a podcast network's sports-betting deal (podcast-1 the American media site Cuepoint's own report, straight,
    #    "Ms."/"Mr.", "state Sen.", "state Rep."; podcast-2 the British podcast trade newsletter Patchbay's own report,
    #    curly double quotes, bare surnames, "Al-Fennawi" opening a sentence, "Senator", "Representative") --
    {"name": "Lintwhite Media", "label": "ORG", "aliases": ["Lintwhite Media", "Lintwhite", "@LintwhiteMedia"],
     "note": "the podcast network; a one-word short form like a surname with no person of that name ('Lintwhite, "
             "which is based in Marrowbend', 'owns about 30 percent of Lintwhite', "
             "podcast-1; the headline 'costs Lintwhite', 'Lintwhite gave us a studio' in a quote, 'the Lintwhite "
             "agreement' attributive, 'Lintwhite’s account on X, @LintwhiteMedia', podcast-2); 'the network', 'the company' are not annotated; the show "
             "The Long Agenda (a work) is not annotated"},
    {"name": "Nadira al-Fennawi", "label": "PERSON", "in": ["podcast"],
     "aliases": ["Nadira al-Fennawi", "Ms. al-Fennawi", "Al-Fennawi", "Nadira", "nadiratalks.bsky.social"],
     "note": "the host who walks out; a lower-case particle ('Ms. al-Fennawi' twice, podcast-1, always her, "
             "her sister being named only as 'Munira' there) capitalised opening a sentence ('Al-Fennawi told "
             "Patchbay', podcast-2, her, her sister being named in full there); first name alone inside quotes "
             "('Nadira built her audience here', 'Nadira and Munira just did', 'Nadira wanted the network'); 'who "
             "posts on Bluesky as nadiratalks.bsky.social' (podcast-1)"},
    {"name": "Munira al-Fennawi", "label": "PERSON", "in": ["podcast"],
     "aliases": ["Munira al-Fennawi", "Munira"],
     "note": "her younger sister and co-producer; named by the relation and first name only in podcast-1 ('with her "
             "younger sister and co-producer, Munira', and 'Nadira and Munira' in the senator's quote), in full twice "
             "in podcast-2; 'Both sisters', 'the sisters' are not annotated"},
    {"name": "Wagerfield", "label": "ORG", "aliases": ["Wagerfield"],
     "note": "the sports-betting operator; a one-word name like a surname; 'Wagerfield ads', 'a Wagerfield promo' "
             "(in a quote), 'Wagerfield’s marketing director'; 'the betting company', 'The company' are not "
             "annotated"},
    {"name": "Wardell Pattinsley", "label": "PERSON",
     "aliases": ["Wardell Pattinsley", "Mr. Pattinsley", "Pattinsley"],
     "note": "the network's founder and chief executive; 'Mr. Pattinsley' twice (podcast-1), bare 'Pattinsley told "
             "Patchbay' (podcast-2)"},
    {"name": "Delphia Oddicombe", "label": "PERSON", "aliases": ["Delphia Oddicombe"],
     "note": "the network's head of advertising sales, in full only (both articles)"},
    {"name": "Podcast Producers and Writers Union", "label": "ORG",
     "aliases": ["Podcast Producers and Writers Union", "PPWU", "@ppwu@cuebox.social"],
     "note": "the producers' union; 'PPWU' defined in parentheses, 'in a post on Mastodon, where it is "
             "@ppwu@cuebox.social' (podcast-1); 'The PPWU, the union that represents' (podcast-2); 'the union' is not "
             "annotated"},
    {"name": "Ozella Scarfield", "label": "PERSON",
     "aliases": ["Sen. Ozella Scarfield", "Sen. Scarfield", "Senator Ozella Scarfield", "Scarfield"],
     "note": "a state senator campaigning against gambling advertising; 'state Sen. Ozella Scarfield' (podcast-1: the "
             "lower-case 'state' is not in the mention), 'Sen. Scarfield said'; 'Senator Ozella Scarfield' and bare "
             "'Scarfield has called' (podcast-2)"},
    {"name": "Tazewell Dunnigate", "label": "PERSON", "in": ["podcast"],
     "aliases": ["Rep. Tazewell Dunnigate", "Rep. Dunnigate", "Representative Tazewell Dunnigate", "Dunnigate"],
     "note": "a state representative who defends the network; 'state Rep. Tazewell Dunnigate' (podcast-1: the "
             "lower-case 'state' is not in the mention) and 'Rep. Dunnigate's view' inside his office's quote; "
             "'Representative Tazewell Dunnigate' and bare 'Dunnigate did not respond' (podcast-2); unrelated to the "
             "dancer Ardith Dunnigate of the ballet story"},
    {"name": "Cuepoint", "label": "ORG", "aliases": ["Cuepoint"],
     "note": "the American media-business site; podcast-1 is its own report ('told Cuepoint')"},
    {"name": "Patchbay", "label": "ORG", "aliases": ["Patchbay"],
     "note": "the British podcast trade newsletter; podcast-2 is its own report ('told Patchbay' twice, "
             "'Patchbay’s questions')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"], "note": "the platform"},
    {"name": "YouTube", "label": "ORG", "aliases": ["YouTube"],
     "note": "the platform, where the show publishes video versions (podcast-2)"},
]


if __name__ == "__main__":
    check_table(ENTITIES, HERE)
    main(ENTITIES, HERE)
