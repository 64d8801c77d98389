"""Build entities.json (held-out entity gold, set H) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Trewhella & Sprake" is the contractor while
bare "Sprake" is its managing director Ythel Sprake, "Halsgrove Racing" is the trainer's company
while bare "Halsgrove" is the trainer, "Polglaze Marine" is the boatyard, and "Quendry Housing
Group" and "Quendry Borough Council" are organisations while bare "Quendry" is the town; a
possessive after the form is kept in the mention), and writes ``[{name, label, aliases,
mentions: [{article, text, occurrence, start_char, end_char}], note?}]``. ``occurrence`` counts
every earlier occurrence of the exact string in the article, as ``evaluate_entities`` locates it.
An entity with ``in`` is looked for only in the articles whose names start with one of those
prefixes (the Halsgroves, the Polglazes, Ythel Sprake, Petronel Cattermole, and the short forms
"Group", "Association", "Commission" and "Trust" belong to one story each).

As in sets B to G, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Here it
is used for the two unrelated Cattermoles: Carenza Cattermole (housing story) claims "Ms
Cattermole" only in damp-1 and bare "Cattermole" only in damp-3; "Ms Cattermole" in startup-2
is Petronel Cattermole (the start-up's founder), whose entity is looked for in the start-up
story only. Such a listed form beats a plain form of another entity at the same place; two
plain forms of different entities at one place, or two listed ones, stop the build.

Beyond the shared builder, this script also refuses to build when a form in the table is found
nowhere (a stale or misspelt form) or a listed occurrence is not there: the annotation must match
the text exactly.

    python3 tests/gold/entities-heldout-h/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-h/build_gold.py --review  # also list capitalised words no
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
    # -- a housing association's damp and mould scandal (damp-1 British national paper, curly double
    #    quotes, Dr/Ms/Sir/Cllr; damp-2 the Quendry Gazette's own report, straight, first names,
    #    "the Group", "the Association"; damp-3 the housing trade magazine Keyhold's own report,
    #    curly single quotes where ’ is also the apostrophe, bare surnames, no titles except "Sir") --
    {"name": "Quendry Housing Group", "label": "ORG", "in": ["damp", "startup-2"],
     "aliases": ["Quendry Housing Group", "QHG", "Group", "@QuendryHousing"],
     "note": "the housing association, named after the town; bare 'Quendry' is the town ('in and around Quendry', "
             "'the Quendry start-up', 'stay in Quendry'), not annotated; 'QHG' defined in parentheses (damp-3), then "
             "bare and attributive ('a QHG repairs manager', 'A QHG board member'); 'the Group' and 'the Group's' "
             "capitalised (damp-2) are it, 'the group’s', 'the association', 'the landlord' (lower case, damp-1) are "
             "not annotated; 'The group’s account on X, @QuendryHousing' (damp-1); also named in startup-2 ('chief "
             "executive of Quendry Housing Group')"},
    {"name": "Carenza Cattermole", "label": "PERSON",
     "aliases": ["Carenza Cattermole", ("Ms Cattermole", {"damp-1.txt": [0]}),
                 ("Cattermole", {"damp-3.txt": [0, 1]})],
     "note": "QHG's chief executive; 'Ms Cattermole' (damp-1), bare 'Cattermole' and 'Cattermole’s predecessor' "
             "(damp-3), listed; in startup-2 named in full only ('no relation of Carenza Cattermole'), where 'Ms "
             "Cattermole' is Petronel Cattermole (unrelated, same surname)"},
    {"name": "Drogo Clapshaw", "label": "PERSON", "aliases": ["Sir Drogo Clapshaw"],
     "note": "QHG's chairman; 'Sir Drogo Clapshaw' in all three damp articles, the title kept in the mention"},
    {"name": "Fulbert Garbett", "label": "PERSON", "aliases": ["Dr Fulbert Garbett", "Dr Garbett", "Garbett"],
     "note": "the retired paediatrician who led the review; 'Dr Garbett’s report' (damp-1), bare 'Garbett' and "
             "'Garbett’s central finding' (damp-3)"},
    {"name": "Trewhella & Sprake Ltd", "label": "ORG", "aliases": ["Trewhella & Sprake Ltd", "Trewhella & Sprake"],
     "note": "the damp contractor, named after its two founders (neither named); the legal suffix is part of the "
             "mention; 'A spokeswoman for Trewhella & Sprake' (damp-1), 'Trewhella & Sprake’s managing director' "
             "(damp-3, the firm's possessive, which wins over bare 'Sprake' as the longer form)"},
    {"name": "Ythel Sprake", "label": "PERSON", "in": ["damp"], "aliases": ["Ythel Sprake", "Sprake"],
     "note": "the contractor's managing director, grandson of a founder (damp-3); bare 'Sprake said the firm' is "
             "him; 'Sprake' inside 'Trewhella & Sprake' is the firm"},
    {"name": "Bersaba Hadderley", "label": "PERSON",
     "aliases": ["Bersaba Hadderley", "Ms Hadderley", "Hadderley", "Bersaba"],
     "note": "a tenant, mother of Ilar; 'Ms Hadderley' (damp-1), first name alone and 'Bersaba's folder' (damp-2), "
             "bare 'Hadderley' (damp-3, the only adult Hadderley); 'the Hadderleys’ complaints' (damp-1, the family "
             "as a whole, a plural) is not annotated"},
    {"name": "Ilar Hadderley", "label": "PERSON", "aliases": ["Ilar Hadderley", "Ilar"],
     "note": "her son, a child; 'whose son Ilar, seven' (damp-1), 'Her son, Ilar Hadderley' and 'Ilar's school' "
             "(damp-2); shares the surname with his mother, never bare 'Hadderley'; 'the boy’s bedroom' is not "
             "annotated"},
    {"name": "Larkmoor Tenants’ Association", "label": "ORG",
     "in": ["damp"],
     "aliases": ["Larkmoor Tenants’ Association", "Larkmoor Tenants' Association", "Association"],
     "note": "the tenants' group, named after the estate (bare 'Larkmoor', 'the Larkmoor estate', a place, not "
             "annotated); an apostrophe inside the name (curly in damp-1 and damp-3, straight in damp-2), not a "
             "possessive; 'who chairs the Association' and 'The Association says' capitalised (damp-2) are it"},
    {"name": "Bronach Tilsley", "label": "PERSON",
     "aliases": ["Bronach Tilsley", "Bronach", "Tilsley", "bronachtilsley.bsky.social"],
     "note": "chair of the tenants' association; 'said on Bluesky, where she posts as bronachtilsley.bsky.social' "
             "(damp-1); first name alone in damp-2, bare 'Tilsley' in damp-3"},
    {"name": "Social Housing Redress Service", "label": "ORG", "aliases": ["Social Housing Redress Service", "SHRS"],
     "note": "the housing ombudsman; 'SHRS' defined in parentheses (damp-1), then bare; 'the service' (damp-3, lower "
             "case) is not annotated"},
    {"name": "Hawise Vowler", "label": "PERSON", "aliases": ["Hawise Vowler", "Vowler"],
     "note": "the SHRS's chief ombudsman (damp-3); 'Vowler’s office'"},
    {"name": "Heledd Spurway", "label": "PERSON", "aliases": ["Cllr Heledd Spurway", "Cllr Spurway", "Heledd Spurway"],
     "note": "Quendry borough councillor, in two stories: housing lead (damp-1, 'Cllr Spurway’s officers'; damp-2 "
             "without the title, 'Heledd Spurway, the borough councillor') and on the finance committee (startup-2, "
             "'Cllr Heledd Spurway', 'Cllr Spurway')"},
    {"name": "Quendry Borough Council", "label": "ORG", "aliases": ["Quendry Borough Council"],
     "note": "in two stories: housing (damp-1, damp-2) and the start-up's loan (startup-1, startup-2); only in full; "
             "'the council' (lower case) is not annotated"},
    {"name": "Quendry Gazette", "label": "ORG", "aliases": ["Quendry Gazette", "Gazette"],
     "note": "the local paper, in two stories; damp-2 and startup-2 are its own reports ('tell the Gazette' in the "
             "headline of damp-2, 'told the Gazette', 'the Gazette's questions', 'the Gazette's readers')"},
    {"name": "Keyhold", "label": "ORG", "aliases": ["Keyhold"],
     "note": "the housing trade magazine; damp-3 is its own report ('Keyhold has learned', 'told Keyhold')"},
    # -- a horse-racing doping case (racing-1 British national sports page, curly double quotes,
    #    Ms/Mr/Dr/Judge, a nickname inside a full name; racing-2 the racing site Saddlecloth's own report,
    #    straight, American titles Mr./Ms./Dr.) --
    {"name": "Jenifry Halsgrove", "label": "PERSON", "in": ["racing"],
     "aliases": ["Jenifry Halsgrove", "Ms Halsgrove", "Ms. Halsgrove", "Halsgrove", "Jenifry"],
     "note": "the banned trainer; bare 'Halsgrove' in both headlines ('Trainer Halsgrove banned', 'Halsgrove "
             "appeal') is her; 'Jenifry doesn't cut corners' (racing-2, first name in the owner's quote); her "
             "brother Wistan Halsgrove is 'Mr Halsgrove'; her company's name 'Halsgrove Racing' wins as the longer "
             "form; 'the trainer' is not annotated"},
    {"name": "Wistan Halsgrove", "label": "PERSON", "in": ["racing"],
     "aliases": ["Wistan Halsgrove", "Mr Halsgrove", "@WistanRides"],
     "note": "her younger brother, the jockey; 'Mr Halsgrove said outside the hearing' (racing-1) against 'Ms "
             "Halsgrove' (his sister); 'who posts on X as @WistanRides' (racing-2); 'his sister' and 'the family' "
             "are not annotated"},
    {"name": "Halsgrove Racing Ltd", "label": "ORG",
     "aliases": ["Halsgrove Racing Ltd", "Halsgrove Racing", "@HalsgroveRacing"],
     "note": "the trainer's company, named after her; the legal suffix is part of the mention (racing-1); 'Halsgrove "
             "Racing, the trainer's company' and 'The stable's own account, @HalsgroveRacing' (racing-2); 'the yard' "
             "and 'the stable' are not annotated"},
    {"name": "Turf Standards Commission", "label": "ORG", "in": ["racing"],
     "aliases": ["Turf Standards Commission", "TSC", "Commission"],
     "note": "the racing regulator; 'TSC' defined in parentheses, 'the TSC’s head of veterinary science', 'The "
             "Commission’s director' (racing-1); 'the Commission \"welcomes' capitalised (racing-2)"},
    {"name": "Amice Chegwidden", "label": "PERSON", "aliases": ["Judge Amice Chegwidden", "Judge Chegwidden"],
     "note": "the judge who chaired the disciplinary panel (racing-1)"},
    {"name": "Kestlemoor Laboratories Ltd", "label": "ORG",
     "aliases": ["Kestlemoor Laboratories Ltd", "Kestlemoor Laboratories"],
     "note": "the testing laboratory; a plural curly bare-apostrophe possessive, 'Kestlemoor Laboratories’ report' "
             "(racing-1); without the suffix in racing-2"},
    {"name": "Aoibheann Fanshawe-Tuck", "label": "PERSON",
     "aliases": ["Dr Aoibheann Fanshawe-Tuck", "Dr Fanshawe-Tuck", "Dr. Fanshawe-Tuck"],
     "note": "the TSC's head of veterinary science; double-barrelled surname with British 'Dr' (racing-1) and "
             "American 'Dr.' (racing-2)"},
    {"name": "Ealdred Rosewarne", "label": "PERSON",
     "aliases": ["Ealdred “Hob” Rosewarne", "Ealdred Rosewarne", "Mr Rosewarne", "Mr. Rosewarne", "Hob"],
     "note": "the owner of the horse; a nickname inside the full name (racing-1: 'Ealdred “Hob” Rosewarne', one "
             "mention), then 'known throughout jump racing as Hob' and 'Hob's theory' (racing-2, mentions)"},
    {"name": "Sabeline Kitto", "label": "PERSON", "aliases": ["Sabeline Kitto"],
     "note": "the TSC's director of integrity; only in full, in both articles"},
    {"name": "Petroc Angwin", "label": "PERSON", "aliases": ["Petroc Angwin", "Mr. Angwin"],
     "note": "the yard's head lad; 'Mr. Angwin told Saddlecloth' (racing-2)"},
    {"name": "Carlyon Bolitho LLP", "label": "ORG", "aliases": ["Carlyon Bolitho LLP"],
     "note": "the firm preparing the appeal, named like two people, no person of either name appears (racing-2)"},
    {"name": "Gundred Pascoe", "label": "PERSON", "aliases": ["Gundred Pascoe", "Ms. Pascoe"],
     "note": "a partner at Carlyon Bolitho (racing-2)"},
    {"name": "Saddlecloth", "label": "ORG", "aliases": ["Saddlecloth"],
     "note": "the racing news site; racing-2 is its own report ('told Saddlecloth', 'consulted by Saddlecloth')"},
    # -- a lifeboat station's closure (lifeboat-1 British national paper, curly single quotes where ’ is
    #    also the apostrophe, Captain/Mr/Ms/Cllr, a nickname in curly single quotes inside a full name;
    #    lifeboat-2 the local weekly the Carrack's own report, straight, first names) --
    {"name": "National Inshore Rescue Trust", "label": "ORG", "in": ["lifeboat"],
     "aliases": ["National Inshore Rescue Trust", "NIRT", "Trust"],
     "note": "the lifeboat charity; 'NIRT' defined in parentheses (lifeboat-1), then bare in both; 'the Trust', "
             "'the Trust’s head office', 'The Trust’s accounts' capitalised are it; 'the charity’s', 'the charity' "
             "(lower case) are not annotated; the station ('its lifeboat station at Pendrissick') is a place"},
    {"name": "Joscelyn Borlase", "label": "PERSON",
     "aliases": ["Captain Joscelyn Borlase", "Captain Borlase", "Joscelyn Borlase"],
     "note": "the charity's chief executive, a woman with a naval title ('Captain' kept in the mention, "
             "lifeboat-1); without the title in lifeboat-2 ('the charity's chief executive, Joscelyn Borlase')"},
    {"name": "Kenwyn Polglaze", "label": "PERSON", "in": ["lifeboat"],
     "aliases": ["Kenwyn ‘Barnacle’ Polglaze", "Kenwyn Polglaze", "Mr Polglaze", "Kenwyn", "Barnacle"],
     "note": "the coxswain; a nickname in curly single quotes inside the full name (lifeboat-1: 'Kenwyn ‘Barnacle’ "
             "Polglaze', one mention, in an article whose quotation marks are the same curly single quotes), then "
             "'Mr Polglaze'; lifeboat-2: 'known to everyone on the harbour as Barnacle' (a mention), 'Kenwyn's wife', "
             "'Kenwyn said', 'Kenwyn's niece'; never bare 'Polglaze' ('The Polglaze family', the family as a whole, "
             "is not annotated)"},
    {"name": "Gerens Polglaze", "label": "PERSON", "in": ["lifeboat"], "aliases": ["Gerens Polglaze", "Gerens"],
     "note": "the coxswain's son, also on the crew; 'His son, Gerens Polglaze' (lifeboat-1), 'His son Gerens' and "
             "'Gerens said' (lifeboat-2)"},
    {"name": "Mahaut Polglaze", "label": "PERSON", "in": ["lifeboat"], "aliases": ["Mahaut Polglaze", "Mahaut"],
     "note": "the coxswain's wife, who runs the station's shop; 'Kenwyn's wife, Mahaut Polglaze', then 'Mahaut' "
             "twice (lifeboat-2)"},
    {"name": "Polglaze Marine Ltd", "label": "ORG", "aliases": ["Polglaze Marine Ltd", "Polglaze Marine"],
     "note": "the boatyard founded by the coxswain's grandfather (unnamed), named after the family; the legal suffix "
             "is part of the mention (lifeboat-1); 'Polglaze Marine, the boatyard' (lifeboat-2)"},
    {"name": "Blathnaid Treloggan", "label": "PERSON", "aliases": ["Blathnaid Treloggan", "Ms Treloggan"],
     "note": "the local MP; 'Ms Treloggan’s letter' (lifeboat-1); 'The MP' (lifeboat-2) is not annotated"},
    {"name": "Pendrissick Parish Council", "label": "ORG", "aliases": ["Pendrissick Parish Council"],
     "note": "the parish council, named after the village; bare 'Pendrissick' and 'Pendrissick's village hall' "
             "are the village (a place), not annotated"},
    {"name": "Oisin Scobell", "label": "PERSON", "aliases": ["Cllr Oisin Scobell", "Oisin Scobell"],
     "note": "chairman of the parish council; with the title (lifeboat-1), without (lifeboat-2)"},
    {"name": "Keep Pendrissick Afloat", "label": "ORG",
     "aliases": ["Keep Pendrissick Afloat", "@keeppendrissick@harbourwall.social"],
     "note": "the campaign, named with the village's name; 'It posts on Mastodon as "
             "@keeppendrissick@harbourwall.social' (lifeboat-1, the handle with its server as one mention); 'The "
             "Keep Pendrissick Afloat campaign' (lifeboat-2, attributive)"},
    {"name": "Threnody Lusty", "label": "PERSON", "aliases": ["Threnody Lusty"],
     "note": "the campaign's organiser (lifeboat-2)"},
    {"name": "Colenso Whetter", "label": "PERSON", "aliases": ["Colenso Whetter"],
     "note": "director of Polglaze Marine, married to the coxswain's (unnamed) niece (lifeboat-2)"},
    {"name": "Carrack", "label": "ORG", "aliases": ["Carrack"],
     "note": "the local weekly; lifeboat-2 is its own report ('told the Carrack', twice, 'The Carrack will report'); "
             "'this newspaper' (lifeboat-1, the national paper) is not annotated"},
    # -- a tech start-up's collapse (startup-1 the American tech site Stackwire's own report, straight,
    #    Mr./Ms., initials with points 'R. J.'; startup-2 the Quendry Gazette's own report, straight,
    #    British Mr/Ms/Cllr, 'RJ' without points) --
    {"name": "Brindlewick Ltd", "label": "ORG", "aliases": ["Brindlewick Ltd", "Brindlewick"],
     "note": "the start-up; bare 'Brindlewick' in both headlines, 'Brindlewick's last two funding rounds', "
             "'Brindlewick's board', and attributive 'a Brindlewick story' (startup-2); 'the company' is not "
             "annotated; its app is unnamed"},
    {"name": "Petronel Cattermole", "label": "PERSON", "in": ["startup"],
     "aliases": ["Petronel Cattermole", "Ms. Cattermole", "Ms Cattermole", "Petronel"],
     "note": "the start-up's founder and chief executive; 'Ms. Cattermole' (startup-1), 'Ms Cattermole, the "
             "founder, is no relation of Carenza Cattermole' (startup-2: two unrelated people sharing a surname in one "
             "sentence); first name alone in quotes of the developer ('Petronel had \"cried', 'Petronel interviewed "
             "me')"},
    {"name": "R. J. Vosloo", "label": "PERSON", "aliases": ["R. J. Vosloo", "RJ Vosloo", "Mr. Vosloo", "Mr Vosloo"],
     "note": "the co-founder, named by initials only: 'R. J. Vosloo' with points and spaces (startup-1), 'RJ Vosloo' "
             "without (startup-2)"},
    {"name": "Brabazon Quintrell LLP", "label": "ORG", "aliases": ["Brabazon Quintrell LLP", "Brabazon Quintrell"],
     "note": "the administrators, named like two people (no person of either name appears); suffix kept in the "
             "mention (startup-1)"},
    {"name": "Ffraid Dunstone", "label": "PERSON", "aliases": ["Ffraid Dunstone", "Ms. Dunstone"],
     "note": "the administrator, a partner at Brabazon Quintrell"},
    {"name": "Hatherleigh Orme Ventures LLP", "label": "ORG",
     "aliases": ["Hatherleigh Orme Ventures LLP", "Hatherleigh Orme Ventures", "Hatherleigh Orme"],
     "note": "the venture fund, named like two people; 'Hatherleigh Orme, the London fund' (startup-1), "
             "'Hatherleigh Orme's people' (startup-2, in a quote), 'A spokesman for Hatherleigh Orme Ventures'"},
    {"name": "Engelbert Dungey", "label": "PERSON", "aliases": ["Engelbert Dungey", "Mr. Dungey", "@EngelbertDungey"],
     "note": "the fund's partner on the board; 'In a post on X, where he writes as @EngelbertDungey' (startup-1)"},
    {"name": "Sigeric Jelbert", "label": "PERSON",
     "aliases": ["Sigeric Jelbert", "Mr. Jelbert", "Jelbert", "@sigjelbert"],
     "note": "a developer; 'Mr. Jelbert, who posts on X as @sigjelbert' (startup-1), bare 'Jelbert' (startup-2); an "
             "unattributed customer's handle (@splitthebill_no_more, startup-1) is not annotated"},
    {"name": "Stackwire", "label": "ORG", "aliases": ["Stackwire"],
     "note": "the American tech news site; startup-1 is its own report ('told Stackwire', 'Stackwire has seen')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]


if __name__ == "__main__":
    check_table(ENTITIES, HERE)
    main(ENTITIES, HERE)
