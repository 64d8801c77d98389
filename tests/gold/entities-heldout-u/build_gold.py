"""Build entities.json (held-out entity gold, set U) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Whiteoak Seed Bank" and bare "Whiteoak" are the seed bank while "Margriet
Whiteoak" is its founder, "Osian Whiteoak" and "Mr Whiteoak" her great-nephew and "Friends of
Whiteoak" the supporters' group; "Pridmore Tackle" and bare "Pridmore" are the tackle firm while
"Eleri Pridmore" and "Ms Pridmore" are its managing director and "Ethelred Pridmore" the founder;
"Meical Armitage", "Mr Armitage" and bare "Armitage" are the campaigner while "Mabel Armitage"
and "Mrs Armitage" are his mother; "Zofia Tenniswood", "Ms Tenniswood" and bare "Tenniswood" are
the operator's manager while "Hallvard Tenniswood" and "Mr Tenniswood" are the unrelated parent;
"Cradlebury University", "Cradlebury Reckoner", "Wyndleshire County Council", "Keep Wyndleshire
Reading", "Nether Gimmerby Parish Council", "Gimmerby Mast Action Group" and "Keddleport Angling
Society" are organisations while bare "Cradlebury", "Wyndleshire", "Nether Gimmerby" and
"Keddleport" are places and no form; a possessive after the form is kept in the mention), and
writes ``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}],
note?}]``. ``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("University" is the university and "Council" the research
council only in the seed story, "Trust" the library charity only in the library story; the
families' bare names and first names within their stories).

As in sets B to S, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles. No form in this set needs
it: every bare surname or short form has one owner within its story.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-u/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-u/build_gold.py --review  # also list capitalised words no
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
    # -- a seed bank loses its grant, and the university that hosts it will not pay (seed-1 the local paper the
    #    Cradlebury Reckoner's own report, curly single quotes where ’ is also the apostrophe; seed-2 the botany site
    #    Cotyledon's own report, straight double quotes, bare surnames; seed-3 the national paper the Bystander's
    #    own report, curly double quotes) --
    {"name": "Whiteoak Seed Bank", "label": "ORG", "in": ["seed"],
     "aliases": ["Whiteoak Seed Bank", "Whiteoak"],
     "note": "the seed bank, named after its founder Margriet Whiteoak; opening the seed-1 headline; bare 'Whiteoak' "
             "in Cotyledon's style (seed-2: straight possessive 'Whiteoak's collection of arable weeds', 'would give "
             "Whiteoak a transition payment'), every bare 'Whiteoak' being the bank; 'the bank', 'a seed bank' are "
             "not annotated"},
    {"name": "Margriet Whiteoak", "label": "PERSON", "in": ["seed"], "aliases": ["Margriet Whiteoak", "Margriet"],
     "note": "the bank's founder, a botanist, dead; in full (seed-1, seed-3 'whose great-aunt Margriet Whiteoak'); "
             "first name alone in the curator's quote ('Margriet would have chained herself', seed-1); 'Our "
             "founder', 'My great-aunt', 'My aunt' in quotes are not annotated"},
    {"name": "Osian Whiteoak", "label": "PERSON", "in": ["seed"], "aliases": ["Osian Whiteoak", "Mr Whiteoak"],
     "note": "the founder's great-nephew, who offers £150,000; two relatives sharing a surname, not to be merged; "
             "'Mr Whiteoak said' (seed-1, seed-3); in full in all three articles, never bare"},
    {"name": "Griet van Hasselbeek", "label": "PERSON", "in": ["seed"],
     "aliases": ["Dr Griet van Hasselbeek", "Dr van Hasselbeek", "Van Hasselbeek", "Griet"],
     "note": "the bank's curator; a lower-case particle surname with the title kept ('Dr Griet van Hasselbeek', "
             "'Dr van Hasselbeek said', seed-1 and seed-3; in full once in seed-2), then capitalised 'Van "
             "Hasselbeek' opening a sentence in Cotyledon's bare style (seed-2); first name alone in the "
             "great-nephew's quote ('Griet has done more', seed-3)"},
    {"name": "Cradlebury University", "label": "ORG", "in": ["seed"],
     "aliases": ["Cradlebury University", "University"],
     "note": "the university that hosts the bank, named after the city (bare 'Cradlebury' never occurs alone; "
             "'the city' is not annotated); closing the seed-1 headline, opening a seed-1 paragraph; capitalised "
             "short form 'the University ‘values the collection'', 'if the University will match it' (seed-1); "
             "lower-case 'the university' (all three articles) is not annotated"},
    {"name": "Kerstin Blenham-Noakes", "label": "PERSON", "in": ["seed"],
     "aliases": ["Professor Kerstin Blenham-Noakes", "Professor Blenham-Noakes", "Blenham-Noakes"],
     "note": "the university's vice-chancellor; a hyphenated surname with the title 'Professor' kept (all three "
             "articles); bare 'Blenham-Noakes has not ruled out' opening a sentence (seed-2); curly possessive "
             "'Professor Blenham-Noakes’s office' (seed-3)"},
    {"name": "Native Flora Research Council", "label": "ORG", "in": ["seed"],
     "aliases": ["Native Flora Research Council", "NFRC", "Research Council", "Council"],
     "note": "the invented funder; acronym 'NFRC' opening the seed-2 headline without a definition, 'the NFRC said' "
             "(seed-1), straight possessive 'The NFRC's director' (seed-2), 'written to the NFRC' (seed-3); "
             "capitalised short forms 'the Council was happy' in the curator's quote (seed-1) and 'the Research "
             "Council would give' (seed-2); lower-case 'The council had received' (seed-2) is not annotated"},
    {"name": "Mariama Gundry", "label": "PERSON", "in": ["seed"], "aliases": ["Mariama Gundry", "Gundry"],
     "note": "the funder's director of programmes (seed-2); bare 'Gundry said' opening a sentence"},
    {"name": "Eamonn Cragg", "label": "PERSON", "in": ["seed"], "aliases": ["Eamonn Cragg", "Mr Cragg", "Cragg"],
     "note": "the bank's technician of 31 years; curly possessive 'Mr Cragg’s one request' opening a sentence "
             "(seed-1); bare 'Cragg said' (seed-2); in full opening the last paragraph of seed-3"},
    {"name": "Friends of Whiteoak", "label": "ORG", "in": ["seed"],
     "aliases": ["Friends of Whiteoak", "friendsofwhiteoak.bsky.social"],
     "note": "the supporters' group, its name containing the bank's (the longer form wins over bare 'Whiteoak'); "
             "opening a seed-3 sentence; Bluesky account 'friendsofwhiteoak.bsky.social' (seed-1); 'a supporters’ "
             "group' is not annotated"},
    {"name": "Gunnel Openshaw", "label": "PERSON", "in": ["seed"], "aliases": ["Gunnel Openshaw", "Ms Openshaw"],
     "note": "chair of the supporters' group (seed-1, seed-3); 'Ms Openshaw said' (seed-3)"},
    {"name": "Ornello Bickerstaff", "label": "PERSON", "in": ["seed"], "aliases": ["Ornello Bickerstaff"],
     "note": "a retired market gardener (seed-2), in full once, opening the last paragraph"},
    {"name": "Fiammetta Rostron", "label": "PERSON", "aliases": ["Fiammetta Rostron", "Ms Rostron"],
     "note": "the MP for Cradlebury, in two stories (the seed bank, seed-3; the phone mast, mast-1); 'Ms Rostron "
             "said' in both; 'The local MP', 'The MP for Cradlebury' are not annotated"},
    {"name": "Cradlebury Reckoner", "label": "ORG", "aliases": ["Cradlebury Reckoner", "Reckoner"],
     "note": "the local paper, named after the city; seed-1, mast-1 and tackle-2 are its own reports ('told the "
             "Reckoner' in seed-1 and mast-1, 'confirmed to the Reckoner' in tackle-2); named in full in seed-3 "
             "('first reported by the Cradlebury Reckoner'), in three stories"},
    {"name": "Cotyledon", "label": "ORG", "in": ["seed"], "aliases": ["Cotyledon"],
     "note": "the botany site; seed-2 is its own report ('Cotyledon has learned', 'told Cotyledon' twice); named "
             "in seed-3 ('the botany site Cotyledon')"},
    {"name": "Bystander", "label": "ORG", "aliases": ["Bystander"],
     "note": "the national paper; seed-3 and lib-1 are its own reports ('to show the Bystander', 'told the "
             "Bystander')"},
    # -- a phone mast dispute between a village and an operator (mast-1 the Cradlebury Reckoner's own report, curly
    #    single quotes; mast-2 the telecoms trade title Towerwatch's own report, straight single quotes where ' is
    #    also the apostrophe, bare surnames) --
    {"name": "Orbisca", "label": "ORG", "in": ["mast"], "aliases": ["Orbisca Mobile", "Orbisca"],
     "note": "the invented mobile operator; 'Orbisca Mobile' opening mast-1's first sentence; short form "
             "'Orbisca' opening the mast-2 headline, curly possessive 'Orbisca’s 25-metre mast' closing the mast-1 "
             "headline and 'Orbisca’s head of network rollout' opening a sentence (mast-1), straight possessives "
             "(mast-2), 'the Orbisca manager' and 'the Orbisca planner' attributive, in quotes ('Orbisca has not "
             "looked', mast-1; 'Nobody from Orbisca', mast-2); 'the company', 'The operator' are not annotated"},
    {"name": "Nether Gimmerby Parish Council", "label": "ORG", "in": ["mast"],
     "aliases": ["Nether Gimmerby Parish Council", "Parish Council"],
     "note": "the village's parish council, named after the village (bare 'Nether Gimmerby' is the village: "
             "opening the mast-1 headline, 'the parish council in Nether Gimmerby', 'cases like Nether Gimmerby'; "
             "never annotated); in full opening a mast-1 paragraph and in mast-2; capitalised short form 'meet the "
             "Parish Council' (mast-1); lower-case 'The parish council’s chair', 'the parish council in' are not "
             "annotated"},
    {"name": "Muireann O'Hallinan", "label": "PERSON", "in": ["mast"],
     "aliases": ["Muireann O’Hallinan", "Ms O’Hallinan", "Muireann O'Hallinan", "O'Hallinan"],
     "note": "chair of the parish council; an O' surname written with the curly apostrophe in the local paper "
             "('Muireann O’Hallinan', 'Ms O’Hallinan said', mast-1) and the straight one in Towerwatch (in full, "
             "then bare 'O'Hallinan said' and straight possessive 'O'Hallinan's response', mast-2)"},
    {"name": "Vivian Smethurst", "label": "PERSON", "in": ["mast"],
     "aliases": ["Vivian Smethurst", "Mr Smethurst", "Smethurst", "Clogger"],
     "note": "the retired dairy farmer who leases the field; a nickname declared ('is known to everyone in the "
             "village as Clogger', mast-1; 'known locally as Clogger', mast-2) and used alone in the parish "
             "chair's quotes ('Clogger has every right', mast-1; 'Clogger is a good neighbour', mast-2); 'Mr "
             "Smethurst' opening a paragraph (mast-1); bare 'Smethurst told Towerwatch' (mast-2)"},
    {"name": "Zofia Tenniswood", "label": "PERSON", "in": ["mast"],
     "aliases": ["Zofia Tenniswood", "Ms Tenniswood", "Tenniswood"],
     "note": "the operator's head of network rollout; 'Ms Tenniswood said' (mast-1); bare 'Tenniswood said' "
             "opening a sentence (mast-2; every bare 'Tenniswood' is her); 'the Orbisca manager', 'the Orbisca "
             "planner' are not annotated as her"},
    {"name": "Hallvard Tenniswood", "label": "PERSON", "in": ["mast"],
     "aliases": ["Hallvard Tenniswood", "Mr Tenniswood"],
     "note": "a parent at the school, 'no relation of the Orbisca manager' (mast-1; 'no family connection to her', "
             "mast-2): two unrelated people sharing a surname in the same two articles, not to be merged; 'Mr "
             "Tenniswood said' (mast-1), in full in mast-2, never bare"},
    {"name": "Wyndleshire County Council", "label": "ORG",
     "aliases": ["Wyndleshire County Council", "County Council"],
     "note": "the county council, named after the county (bare 'Wyndleshire' is the county: 'in Wyndleshire', "
             "'Wyndleshire seeds', 'Wyndleshire's worst mobile not-spots', 'every Wyndleshire branch'; never "
             "annotated), in three stories: the mast's planning authority (curly possessive 'Wyndleshire County "
             "Council’s planning committee', mast-1; mast-2), the libraries' owner (opening the lib-1 headline and "
             "first sentence, straight possessive in lib-2) and business support for the hook works (tackle-2); "
             "capitalised short form 'the County Council' (mast-1, mast-2, lib-2, and in the managing director's "
             "quote in tackle-2); lower-case 'the council', 'the council’s cabinet', 'county councils' are not "
             "annotated"},
    {"name": "Gimmerby Mast Action Group", "label": "ORG", "in": ["mast"],
     "aliases": ["Gimmerby Mast Action Group", "@gimmerbymast@moorfolk.social"],
     "note": "the campaign against the mast, its name containing the village's; Mastodon account "
             "'@gimmerbymast@moorfolk.social' on the invented server moorfolk.social (mast-1, mast-2); 'A "
             "campaign', 'the group' are not annotated"},
    {"name": "Spireline Towers", "label": "ORG", "in": ["mast"], "aliases": ["Spireline Towers"],
     "note": "the operator's tower contractor (mast-2), in full twice, opening the last paragraph"},
    {"name": "Shared Mast Operators Association", "label": "ORG", "in": ["mast"],
     "aliases": ["Shared Mast Operators Association", "SMOA"],
     "note": "the invented trade body (mast-2); defined in full, then 'a spokesperson for the SMOA'"},
    {"name": "Towerwatch", "label": "ORG", "in": ["mast"], "aliases": ["Towerwatch"],
     "note": "the telecoms trade title; mast-2 is its own report ('Towerwatch has learned', 'told Towerwatch' "
             "twice)"},
    # -- a county library service handed to a charity (lib-1 the Bystander's own report, curly double quotes;
    #    lib-2 the library trade title Shelfmark's own report, straight double quotes, bare surnames) --
    {"name": "Pagewell Libraries Trust", "label": "ORG", "in": ["lib"],
     "aliases": ["Pagewell Libraries Trust", "Pagewell", "Trust"],
     "note": "the charity taking over the libraries; short form 'Pagewell' opening a lib-2 headline clause, "
             "curly possessive 'Pagewell’s chief executive' opening a sentence (lib-1), straight 'Pagewell's "
             "annual grant' (lib-2), in a quote ('If Pagewell keeps its promises', lib-2); capitalised short form "
             "'the Trust can apply' in the cabinet member's quote (lib-1); 'The charity', 'a charity' are not "
             "annotated"},
    {"name": "Aminata de Rochevaux", "label": "PERSON", "in": ["lib"],
     "aliases": ["Aminata de Rochevaux", "Ms de Rochevaux", "De Rochevaux"],
     "note": "the charity's chief executive; a lower-case particle surname: 'Aminata de Rochevaux' (lib-1, lib-2), "
             "'Ms de Rochevaux said' (lib-1, twice, once opening a paragraph), and capitalised 'De Rochevaux' "
             "opening the lib-2 headline and sentences and after a quote in Shelfmark's bare style"},
    {"name": "Baljit Horrocks", "label": "PERSON", "in": ["lib"],
     "aliases": ["Cllr Baljit Horrocks", "Cllr Horrocks", "Baljit Horrocks", "Horrocks"],
     "note": "the council's cabinet member; title 'Cllr' kept ('Cllr Baljit Horrocks', lib-1); a surname ending in "
             "s with a bare-apostrophe possessive: curly 'Cllr Horrocks’ plan' (lib-1) and straight 'Horrocks' "
             "figures' opening a sentence (lib-2); 'Baljit Horrocks' without the title and bare 'Horrocks said' "
             "(lib-2)"},
    {"name": "Mabel Armitage", "label": "PERSON", "in": ["lib"], "aliases": ["Mabel Armitage", "Mrs Armitage"],
     "note": "a retired branch librarian, the campaigner's mother; 'Mrs Armitage said' twice (lib-1); in full in "
             "lib-2 ('whose mother Mabel Armitage'), never bare; 'his mother’s branch', 'his mum' are not "
             "annotated"},
    {"name": "Meical Armitage", "label": "PERSON", "in": ["lib"],
     "aliases": ["Meical Armitage", "Mr Armitage", "Armitage", "Meical"],
     "note": "her son, a teacher who runs the campaign; two relatives sharing a surname, not to be merged; 'Mr "
             "Armitage' opening a sentence (lib-1); first name alone in his mother's quote ('Meical was in that "
             "library', lib-1) and the chief executive's ('Meical and his mum', lib-2); bare 'Armitage said' "
             "opening a sentence (lib-2; the only bare 'Armitage', his)"},
    {"name": "Keep Wyndleshire Reading", "label": "ORG", "in": ["lib"],
     "aliases": ["Keep Wyndleshire Reading", "@KeepWyndleReading"],
     "note": "the campaign group, its name containing the county's; X account '@KeepWyndleReading' (lib-1, "
             "lib-2); opening a clause as 'from Keep Wyndleshire Reading' (lib-2); 'the campaign', 'The group' are "
             "not annotated"},
    {"name": "Library and Archive Workers' Guild", "label": "ORG", "in": ["lib"],
     "aliases": ["Library and Archive Workers’ Guild", "Library and Archive Workers' Guild", "LAWG"],
     "note": "the invented staff union; its name with a curly apostrophe (lib-1) and a straight one (lib-2), "
             "'the LAWG was' (lib-1), straight possessive 'The LAWG's regional organiser' (lib-2); 'The guild' is "
             "not annotated"},
    {"name": "Rashida Entwistle", "label": "PERSON", "in": ["lib"],
     "aliases": ["Rashida Entwistle", "Ms Entwistle", "Entwistle"],
     "note": "the union's regional organiser; 'Ms Entwistle said' (lib-1); bare 'Entwistle said' (lib-2)"},
    {"name": "Shelfmark", "label": "ORG", "in": ["lib"], "aliases": ["Shelfmark"],
     "note": "the library trade title; lib-2 is its own report ('told Shelfmark', 'Shelfmark understands' opening "
             "the last paragraph); named in lib-1 ('The library trade title Shelfmark reported')"},
    # -- a fishing tackle firm closes its hook works and sells its brand (tackle-1 the angling trade title
    #    Swimfeeder's own report, straight double quotes, bare surnames; tackle-2 the Cradlebury Reckoner's own
    #    report, curly single quotes) --
    {"name": "Pridmore Tackle", "label": "ORG", "in": ["tackle"], "aliases": ["Pridmore Tackle", "Pridmore"],
     "note": "the family tackle firm, named after its founder Ethelred Pridmore; bare 'Pridmore' is the firm "
             "everywhere it occurs: opening the tackle-1 headline ('Pridmore to close'), straight possessives "
             "'Pridmore's 46 staff', 'Pridmore's barbless match hooks' opening sentences, attributive 'Pridmore "
             "patterns', 'the Pridmore name', 'Pridmore staff', 'Pridmore hooks', in quotes ('Pridmore has a "
             "reputation', tackle-1; 'a Pridmore hook', tackle-2), and the curly colloquial 'joined Pridmore’s "
             "straight from school' (tackle-2); 'the company', 'the family firm', 'the business', 'the works' are "
             "not annotated"},
    {"name": "Ethelred Pridmore", "label": "PERSON", "in": ["tackle"], "aliases": ["Ethelred Pridmore"],
     "note": "the firm's founder, a blacksmith's son (tackle-1, tackle-2), always in full; 'My great-grandfather' "
             "in a quote is not annotated"},
    {"name": "Eleri Pridmore", "label": "PERSON", "in": ["tackle"],
     "aliases": ["Eleri Pridmore", "Ms Pridmore", "Eleri"],
     "note": "the founder's great-granddaughter, managing director; relatives sharing a surname with the firm named "
             "after them; always 'Eleri Pridmore' in Swimfeeder (tackle-1, once opening a sentence), never bare; "
             "'Ms Pridmore' opening paragraphs (tackle-2); first name alone in the hook-bender's quote ('Eleri told "
             "us herself', tackle-2)"},
    {"name": "Hookline Group", "label": "ORG", "in": ["tackle"], "aliases": ["Hookline Group", "Hookline"],
     "note": "the buyer of the brand; 'the Hookline Group' (tackle-1, tackle-2), short form 'Hookline' opening "
             "sentences and in quotes ('Hookline will keep the name going', 'If Hookline had any sense', "
             "tackle-2), straight and curly possessives ('Hookline's operations director', 'Hookline’s operations "
             "director'); 'the group' is not annotated"},
    {"name": "Gianluca Halstead", "label": "PERSON", "in": ["tackle"], "aliases": ["Gianluca Halstead", "Halstead"],
     "note": "the buyer's operations director; bare 'Halstead said' (tackle-1); in full in tackle-2"},
    {"name": "Donnacha Ridehalgh", "label": "PERSON", "in": ["tackle"],
     "aliases": ["Donnacha Ridehalgh", "Mr Ridehalgh", "Ridehalgh", "Bodkin"],
     "note": "the hook-bender of 34 years; a nickname declared ('is known to anglers all over the county as "
             "Bodkin', tackle-1; 'Known throughout the town as Bodkin, after the long needle', tackle-2) and used "
             "alone in the managing director's quote ('Bodkin has more skill in one thumb', tackle-2); bare "
             "'Ridehalgh said' (tackle-1); 'Mr Ridehalgh' twice (tackle-2)"},
    {"name": "Keddleport Angling Society", "label": "ORG", "in": ["tackle"],
     "aliases": ["Keddleport Angling Society", "keddleportanglers.bsky.social"],
     "note": "the town's angling club, named after the town (bare 'Keddleport' is the town: 'Keddleport hook "
             "works' in the tackle-1 headline, 'Keddleport’s hook works' opening the tackle-2 headline, "
             "'Keddleport harbour'; never annotated); after 'The' opening a paragraph in both articles; Bluesky "
             "account 'keddleportanglers.bsky.social' (tackle-1); 'the society', 'the club' are not annotated"},
    {"name": "Síle Brunskill", "label": "PERSON", "in": ["tackle"],
     "aliases": ["Síle Brunskill", "Ms Brunskill", "Brunskill"],
     "note": "the society's secretary; bare 'Brunskill said' (tackle-1); 'Ms Brunskill said' (tackle-2)"},
    {"name": "Swimfeeder", "label": "ORG", "in": ["tackle"], "aliases": ["Swimfeeder"],
     "note": "the angling trade title; tackle-1 is its own report ('Swimfeeder can reveal', 'contacted by "
             "Swimfeeder'); named in tackle-2 ('the angling trade title Swimfeeder')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform (lib-1, lib-2)"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform (seed-1, tackle-1)"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network) (mast-1, mast-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Jaswinder Kinloch", "bylines": ["seed-1.txt", "mast-1.txt", "tackle-2.txt"],
     "note": "Cradlebury Reckoner reporter; byline of seed-1, mast-1 and tackle-2"},
    {"name": "Vlasta Urquhart", "bylines": ["seed-2.txt"], "note": "Cotyledon's reporter; byline of seed-2"},
    {"name": "Ibrahima Sturrock", "bylines": ["seed-3.txt", "lib-1.txt"],
     "note": "the Bystander's reporter; byline of seed-3 and lib-1"},
    {"name": "Aslaug Bairstow", "bylines": ["mast-2.txt"], "note": "Towerwatch's reporter; byline of mast-2"},
    {"name": "Xiulan Farquharson", "bylines": ["lib-2.txt"], "note": "Shelfmark's reporter; byline of lib-2"},
    {"name": "Ruaidhrí Guthrie", "bylines": ["tackle-1.txt"], "note": "Swimfeeder's reporter; byline of tackle-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
