"""Build entities.json (held-out entity gold, set F) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Amabel Cordwainer" is the founder and
"Cordwainer & Lusk" the publisher, while bare "Cordwainer" is the publisher and bare "Lusk" the
chairman Octavius Lusk; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Ellerker" names two unrelated people in two stories;
short forms such as "Council", "Board", "Gazette", "Trust", "District Council" and "Examiner",
and bare "Pritlove", "Lydiard" and "Lusk", belong to one story).

As in sets B to E, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Here it
is used once: bare "Pritlove" is the contractor Pritlove Civil Engineering by default and its
managing director Amyas Pritlove only where listed (once, in bridge-3). Such a listed form beats a
plain form of another entity at the same place; two plain forms of different entities at one
place, or two listed ones, stop the build.

    python3 tests/gold/entities-heldout-f/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-f/build_gold.py --review  # also list capitalised words no
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
    # -- a town footbridge collapses (bridge-1 British national paper, curly double quotes,
    #    Mr/Mrs/Cllr/Prof/Dame; bridge-2 the Caddenham Gazette's own report, straight, first names,
    #    "the Council"; bridge-3 the trade magazine Girder & Span, curly single quotes, bare
    #    surnames, no titles, "the Board") --
    {"name": "Pritlove Civil Engineering Ltd", "label": "ORG", "in": ["bridge"],
     "aliases": ["Pritlove Civil Engineering Ltd", "Pritlove Civil Engineering", "Pritlove",
                 "pritlovecivils.bsky.social"],
     "note": "the contractor, a family firm named after its founder Hengist Pritlove, whose son Amyas Pritlove "
             "runs it; bare 'Pritlove' is the company ('Pritlove has been owned since 2021' right after 'Mr "
             "Pritlove' in bridge-1; 'Pritlove’s site records' in bridge-3) except once in bridge-3, listed under "
             "Amyas Pritlove; the legal suffix is part of the mention ('Pritlove Civil Engineering Ltd', "
             "bridge-1); bridge-2: 'Pritlove Civil Engineering, which posts on Bluesky as "
             "pritlovecivils.bsky.social'"},
    {"name": "Amyas Pritlove", "label": "PERSON", "in": ["bridge"],
     "aliases": ["Amyas Pritlove", "Mr Pritlove", ("Pritlove", {"bridge-3.txt": [0]})],
     "note": "the contractor's managing director, son of the founder; 'Mr Pritlove' (bridge-1); bare 'Pritlove' "
             "is him once in bridge-3 ('‘We have our delivery notes ...,’ Pritlove said'), in that article's "
             "bare-surname style, and the company everywhere else"},
    {"name": "Hengist Pritlove", "label": "PERSON", "in": ["bridge"], "aliases": ["Hengist Pritlove"],
     "note": "the founder (1981) and chairman, Amyas Pritlove's father; only ever in full"},
    {"name": "Maundrell plc", "label": "ORG", "aliases": ["Maundrell plc", "Maundrell"],
     "note": "the listed builder that owns the contractor, named like a surname (no person of that name "
             "appears); 'A Maundrell spokeswoman' (bridge-1) is attributive; bare 'Maundrell said in a statement' "
             "(bridge-3)"},
    {"name": "Vickerage Hume", "label": "ORG", "aliases": ["Vickerage Hume LLP", "Vickerage Hume"],
     "note": "the consulting engineers, named like two people; 'Vickerage Hume LLP' with its legal suffix and "
             "'Vickerage Hume’s drawings' (bridge-3)"},
    {"name": "Caddenham Borough Council", "label": "ORG", "in": ["bridge"],
     "aliases": ["Caddenham Borough Council", "Council", "@CaddenhamBC"],
     "note": "owns the bridge; 'the Council' capitalised (bridge-2, twice, the local paper's style) is it, 'the "
             "council’s account' and 'opponents on the council' (lower case) are not annotated; 'In a post on X "
             "from the council’s account, @CaddenhamBC' (bridge-1); bare 'Caddenham' is the town"},
    {"name": "Petronella Wrangham-Lusk", "label": "PERSON", "in": ["bridge"],
     "aliases": ["Cllr Petronella Wrangham-Lusk", "Petronella Wrangham-Lusk", "Cllr Wrangham-Lusk",
                 "Wrangham-Lusk"],
     "note": "the council's leader; double-barrelled surname ('Wrangham-Lusk’s opponents', bridge-3) whose second "
             "half is the surname of Octavius Lusk of the novel story (unrelated)"},
    {"name": "Footway and Bridge Safety Board", "label": "ORG", "in": ["bridge"],
     "aliases": ["Footway and Bridge Safety Board", "FBSB", "Board"],
     "note": "the investigating body; 'FBSB' defined in parentheses (bridge-1), bare in bridge-2; 'the Board' "
             "capitalised (bridge-3, headline 'Board points to', 'The Board’s note') is it, 'The board’s chief "
             "inspector' (bridge-1) and 'the safety board' (bridge-2, lower case) are not annotated"},
    {"name": "Clarimond Harbottle", "label": "PERSON",
     "aliases": ["Dame Clarimond Harbottle", "Dame Clarimond", "Clarimond Harbottle", "Harbottle"],
     "note": "the Board's chief inspector; 'Dame Clarimond Harbottle', then 'Dame Clarimond' (bridge-1); the trade "
             "magazine drops the title ('Clarimond Harbottle', then 'Harbottle')"},
    {"name": "Loveday Dimmock", "label": "PERSON", "in": ["bridge"],
     "aliases": ["Loveday Dimmock", "Mrs Dimmock", "Loveday"],
     "note": "a retired music teacher injured in the collapse; mother of Decimus Dimmock (relatives sharing a "
             "surname, never bare 'Dimmock'); 'Mrs Dimmock' (bridge-1), first name alone in bridge-2"},
    {"name": "Decimus Dimmock", "label": "PERSON", "in": ["bridge"],
     "aliases": ["Decimus \"Tuppy\" Dimmock", "Decimus Dimmock", "Mr Dimmock", "Tuppy",
                 "@tuppyd@canalside.social"],
     "note": "her son, who pulled two children from the canal; 'Mr Dimmock' (bridge-1); 'Her son, who posts on "
             "Mastodon as @tuppyd@canalside.social' (bridge-1); a nickname inside the full name (bridge-2: "
             "'Decimus \"Tuppy\" Dimmock', one mention), then 'Tuppy' alone"},
    {"name": "Caddenham Canoe Club", "label": "ORG", "aliases": ["Caddenham Canoe Club"],
     "note": "a club named after the town; written only in full (bridge-2)"},
    {"name": "Marlshire Police", "label": "ORG", "aliases": ["Marlshire Police"],
     "note": "the county force, in two stories (bridge-1, zoo-1); bare 'Marlshire' ('High Sheriff of Marlshire') "
             "is the county"},
    {"name": "Melchior Ellerker", "label": "PERSON", "in": ["bridge"],
     "aliases": ["Prof Melchior Ellerker", "Prof Ellerker", "Melchior Ellerker", "Ellerker"],
     "note": "a structural engineer; shares a surname with Senara Ellerker of the zoo story (unrelated); bare "
             "'Ellerker' (bridge-3) is him"},
    {"name": "Hallowmere University", "label": "ORG", "aliases": ["Hallowmere University"],
     "note": "in two stories: Melchior Ellerker's university (bridge-1, bridge-3) and Ealasaid Hichens's (novel-1); "
             "written only in full"},
    {"name": "Caddenham Gazette", "label": "ORG", "in": ["bridge"], "aliases": ["Caddenham Gazette", "Gazette"],
     "note": "the local paper; bridge-2 is its own report ('tell the Gazette' in the headline, 'told the Gazette', "
             "'the Gazette has not been able to verify'); 'A Caddenham Gazette appeal' is attributive"},
    {"name": "Girder & Span", "label": "ORG", "aliases": ["Girder & Span"],
     "note": "the engineering trade magazine; bridge-3 is its own report ('seen by Girder & Span', 'told Girder & "
             "Span')"},
    # -- a wildlife park loses its licence (zoo-1 the Marlshire Examiner's own report, curly double quotes,
    #    Dr/Ms/Sir/Cllr/Inspector, "the Trust", "the District Council"; zoo-2 a magazine feature, straight,
    #    first names, "the trust" in lower case) --
    {"name": "Fellgarth Wildlife Park", "label": "ORG", "aliases": ["Fellgarth Wildlife Park", "@FellgarthPark"],
     "note": "the park; bare 'Fellgarth' is the village ('near the village of Fellgarth'), a place; 'The park’s "
             "account on X, @FellgarthPark' (zoo-1); 'the park' is not annotated"},
    {"name": "Fellgarth Zoological Trust", "label": "ORG", "in": ["zoo"],
     "aliases": ["Fellgarth Zoological Trust", "Trust"],
     "note": "the charity that runs the park; 'the Trust' capitalised (zoo-1, four times, 'the Trust’s chairman', "
             "'the Trust’s appeal') is it; 'the trust that owns it' (zoo-2, lower case) and 'the trustees' are not "
             "annotated"},
    {"name": "Angharad Trethowan", "label": "PERSON",
     "aliases": ["Dr Angharad Trethowan", "Dr Trethowan", "Angharad"],
     "note": "the park's director; first name alone in the feature (zoo-2)"},
    {"name": "Eadric Gedling", "label": "PERSON", "aliases": ["Sir Eadric Gedling", "Sir Eadric"],
     "note": "the Trust's chairman; 'Sir Eadric Gedling', then 'Sir Eadric' (zoo-1); 'High Sheriff' is an office, "
             "not annotated"},
    {"name": "Keturah Ollerenshaw", "label": "PERSON",
     "aliases": ["Keturah Ollerenshaw", "Ms Ollerenshaw", "Keturah", "@keturah_keeps"],
     "note": "the head keeper; first name alone in the feature ('Keturah Ollerenshaw's phone', then 'Keturah'); "
             "'Keturah posts photographs of the animals on Instagram as @keturah_keeps' (zoo-2)"},
    {"name": "Senara Ellerker", "label": "PERSON", "in": ["zoo"],
     "aliases": ["Dr Senara Ellerker", "Dr Ellerker", "Senara"],
     "note": "the park's vet; shares a surname with Melchior Ellerker of the bridge story (unrelated; both are "
             "titled, 'Prof Ellerker' and 'Dr Ellerker'); never bare 'Ellerker'; first name alone in zoo-2"},
    {"name": "Donncha Dunkerley", "label": "PERSON",
     "aliases": ["Inspector Donncha Dunkerley", "Inspector Dunkerley"],
     "note": "the police inspector; 'Inspector' as a title in the mention"},
    {"name": "Kestwick District Council", "label": "ORG", "in": ["zoo"],
     "aliases": ["Kestwick District Council", "District Council"],
     "note": "the licensing authority; 'the District Council’s licensing committee' and 'the District Council' "
             "(zoo-1) are it; 'the council' (zoo-1, lower case) is not annotated; bare 'Kestwick' never occurs"},
    {"name": "Treeve Scurrah", "label": "PERSON", "aliases": ["Cllr Treeve Scurrah", "Cllr Scurrah"],
     "note": "chairs the District Council's licensing committee"},
    {"name": "Foundation for Captive Animal Welfare", "label": "ORG",
     "aliases": ["Foundation for Captive Animal Welfare", "FCAW"],
     "note": "the campaign group; 'FCAW' defined in parentheses (zoo-1) and not used again"},
    {"name": "Zillah Brisco", "label": "PERSON", "aliases": ["Zillah Brisco", "Ms Brisco", "Brisco"],
     "note": "the Foundation's director; 'Ms Brisco' (zoo-1), bare 'Brisco' (zoo-2)"},
    {"name": "Marlshire Examiner", "label": "ORG", "in": ["zoo"], "aliases": ["Marlshire Examiner", "Examiner"],
     "note": "the regional paper; zoo-1 is its own report ('told the Marlshire Examiner', 'The Examiner "
             "understands'); the wolf Hedra is an animal, not annotated"},
    # -- a music festival's organiser collapses (festival-1 British national paper, straight, Mr/Ms/Dame/Judge,
    #    a nickname; festival-2 the American music site Gigslate's own report, curly double quotes, bare
    #    surnames) --
    {"name": "Thistledown Live Ltd", "label": "ORG",
     "aliases": ["Thistledown Live Ltd", "Thistledown Live", "Thistledown", "@ThistledownLive"],
     "note": "the organiser; the festival it runs, 'Owlsmoor Fields', is an event (not annotated) and bare "
             "'Owlsmoor' the farmland and village; 'Thistledown's finance director' (festival-1), 'a former "
             "Thistledown employee' (attributive), 'Thistledown’s directors' (festival-2); 'told ticket holders "
             "in a post on X from its account, @ThistledownLive' (festival-1)"},
    {"name": "Tibalt Lydiard", "label": "PERSON", "in": ["festival"],
     "aliases": ["Tibalt \"Tolly\" Lydiard", "Tibalt Lydiard", "Mr Lydiard", "Tolly", "Lydiard"],
     "note": "the founder; nickname inside the full name (festival-1: 'Tibalt \"Tolly\" Lydiard', one mention), "
             "then 'Tolly' alone in a quote; his sister Melusine Lydiard shares the surname ('Ms Lydiard' is her); "
             "bare 'Lydiard' and 'Lydiard’s sister' (festival-2) are him"},
    {"name": "Melusine Lydiard", "label": "PERSON", "in": ["festival"],
     "aliases": ["Melusine Lydiard", "Ms Lydiard"],
     "note": "his sister, the former finance director; 'Ms Lydiard' (festival-1), only in full in festival-2"},
    {"name": "Tixmonger plc", "label": "ORG", "aliases": ["Tixmonger plc", "Tixmonger"],
     "note": "the ticketing company; 'Tixmonger’s terms' (festival-2)"},
    {"name": "Gervaise Nancarrow", "label": "PERSON",
     "aliases": ["Gervaise Nancarrow", "Mr Nancarrow", "Nancarrow"], "note": "Tixmonger's chief executive"},
    {"name": "Oldroyd & Vosper", "label": "ORG", "aliases": ["Oldroyd & Vosper"],
     "note": "the liquidators, named like two people; written only in full"},
    {"name": "Richenda Bumpus", "label": "PERSON", "aliases": ["Richenda Bumpus", "Ms Bumpus"],
     "note": "the Oldroyd & Vosper partner in charge; a surname ending in s with a straight bare-apostrophe "
             "possessive ('Ms Bumpus' report', festival-1)"},
    {"name": "Owlsmoor Ticketholders Action Group", "label": "ORG",
     "aliases": ["Owlsmoor Ticketholders Action Group", "OTAG", "@otag@gigpit.social"],
     "note": "the fans' group, named after the festival's site; 'OTAG' defined in parentheses (festival-1), "
             "'OTAG’s spokeswoman' (festival-2); 'posts as @otag@gigpit.social' (festival-2, Mastodon); 'the "
             "ticket holders’ group' is not annotated"},
    {"name": "Nesta Hebblethwaite", "label": "PERSON",
     "aliases": ["Nesta Hebblethwaite", "Ms Hebblethwaite", "Hebblethwaite"], "note": "OTAG's spokeswoman"},
    {"name": "Heloise Tregunna", "label": "PERSON",
     "aliases": ["Dame Heloise Tregunna", "Dame Heloise", "Tregunna", "heloisesings.bsky.social"],
     "note": "the headline act, a folk singer; 'Dame Heloise Tregunna', then 'Dame Heloise' (festival-1), bare "
             "'Tregunna' in the American copy; 'who posts on Bluesky as heloisesings.bsky.social' (festival-1)"},
    {"name": "Isolda Yeandle", "label": "PERSON", "aliases": ["Judge Isolda Yeandle", "Judge Yeandle"],
     "note": "the judge at the hearing; 'Judge' in the mention"},
    {"name": "Avice Trebilco", "label": "PERSON", "aliases": ["Avice Trebilco", "Trebilco"],
     "note": "an American fan, a librarian (festival-2)"},
    {"name": "Gigslate", "label": "ORG", "aliases": ["Gigslate"],
     "note": "the American music site; festival-2 is its own report ('told Gigslate', 'Gigslate could not "
             "verify')"},
    # -- a novelist accused of plagiarism (novel-1 the American books trade site Endpaper's own report,
    #    straight, Ms./Mr./Dr., initials 'W. J.'; novel-2 a British newspaper's books page, curly single
    #    quotes where ’ is also the apostrophe, bare surnames, 'WJ') --
    {"name": "W. J. Sallowby", "label": "PERSON",
     "aliases": ["W. J. Sallowby", "W. J.", "Ms. Sallowby", "Sallowby", "WJ Sallowby", "WJ", "Wenefride"],
     "note": "the novelist, who writes under her initials; the headline of novel-1 names her attributively ('pulls W. J. Sallowby novel', annotated as set C decided); American 'W. J. Sallowby' and 'W. J.' alone in her "
             "agent's quote (novel-1), British 'WJ Sallowby’s' and 'has written as WJ' (novel-2); her first name, "
             "given once in novel-2 ('whose first name is Wenefride'), is a mention of her"},
    {"name": "Tressa Vowden", "label": "PERSON",
     "aliases": ["Tressa Vowden", "Ms. Vowden", "Vowden", "@tressawrites"],
     "note": "the self-published author who made the claim; 'posted on X, under the handle @tressawrites' "
             "(novel-1), 'her handle, @tressawrites' (novel-2); 'Vowden’s supporters'; her novel 'Brinewater' "
             "and Sallowby's 'The Salt Orchard' and 'Low Tide at Marram' are works, not annotated"},
    {"name": "Cordwainer & Lusk", "label": "ORG", "in": ["novel"],
     "aliases": ["Cordwainer & Lusk", "Cordwainer", "@CordwainerLusk"],
     "note": "the publisher, named after its two founders, Amabel Cordwainer and Walkelin Lusk, both also "
             "named; bare 'Cordwainer's' (novel-1) and 'Cordwainer’s reputation' (novel-2) are the publisher; "
             "bare 'Lusk' is the chairman Octavius Lusk; 'The publisher’s X account, @CordwainerLusk' (novel-2)"},
    {"name": "Amabel Cordwainer", "label": "PERSON", "aliases": ["Amabel Cordwainer"],
     "note": "co-founder (1921); only ever in full, 'founded in 1921 by Amabel Cordwainer and Walkelin Lusk'"},
    {"name": "Walkelin Lusk", "label": "PERSON", "aliases": ["Walkelin Lusk"],
     "note": "co-founder (1921), great-grandfather of Octavius Lusk; only ever in full ('Walkelin Lusk's "
             "great-grandson', novel-1)"},
    {"name": "Octavius Lusk", "label": "PERSON", "in": ["novel"],
     "aliases": ["Octavius Lusk", "Mr. Lusk", "Lusk"],
     "note": "the publisher's chairman; 'Mr. Lusk' (novel-1), bare 'Lusk told staff' (novel-2); his surname is "
             "also the second word of the publisher's name and the end of Petronella Wrangham-Lusk's"},
    {"name": "Mererid Annear", "label": "PERSON", "aliases": ["Mererid Annear", "Ms. Annear", "Annear"],
     "note": "Sallowby's agent at Furzeland Associates"},
    {"name": "Furzeland Associates", "label": "ORG", "aliases": ["Furzeland Associates"],
     "note": "the literary agency; plural curly bare-apostrophe possessive 'Furzeland Associates’ letter' "
             "(novel-2)"},
    {"name": "Ealasaid Hichens", "label": "PERSON",
     "aliases": ["Dr. Ealasaid Hichens", "Dr Ealasaid Hichens", "Dr. Hichens", "Hichens"],
     "note": "the forensic linguist; 'Dr.' in novel-1, 'Dr' and bare 'Hichens' in novel-2"},
    {"name": "Quillstack", "label": "ORG", "aliases": ["Quillstack"],
     "note": "the self-publishing platform (invented)"},
    {"name": "Endpaper", "label": "ORG", "aliases": ["Endpaper"],
     "note": "the American books trade site; novel-1 is its own report ('told Endpaper'); novel-2's paper is "
             "unnamed ('this newspaper')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"], "note": "the platform"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE)
