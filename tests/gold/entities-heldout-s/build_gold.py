"""Build entities.json (held-out entity gold, set S) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Ledgard Newspapers" is the newspaper group while "Horatia Ledgard" and
"Ms Ledgard" are its chair, "Ulick Ledgard" and "Mr Ledgard" her cousin and "Jabez Ledgard" the
founder; "Gunnhild Swithenbank" and "Ms Swithenbank" are the ski club's coach while "Mr Swithenbank" and
bare "Swithenbank" are her father Haldor; "Rutger Normington" and "Mr Normington" are the farmer
while "Tiziana Normington", "Ms Normington" and bare "Normington" are the unrelated inspector;
"Keverne Millwrights" is the firm while "Noemi Keverne", "Ms Keverne" and bare "Keverne" are
the millwright who runs it; "Wrangholme Almanack", "Wrangholme Borough Council", "Wrangholme
Leisure Trust", "Wrangholme Ski Club", "Kelsdale Wayfarer", "Kelsdale Fire and Rescue Service",
"Save Crookstone Slope", "Stannerby Windmill Trust" and "Hobdale Agricultural Supplies" are
organisations while bare "Wrangholme", "Kelsdale", "Crookstone", "Stannerby" and "Hobdale" are
places and no form; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Trust" is the leisure trust only in the ski story and
the windmill trust only in the mill story, "Fund" the heritage fund only in the mill story,
"Board" the safety board only in the fire story; the families' bare names and first names within
their stories).

As in sets B to Q, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). One form
needs it: bare "Ledgard" is the company Ledgard Newspapers everywhere (paper-2, in the trade
title's style: the headline, "Ledgard's board", "Ledgard has a name", "Ledgard's 64
journalists", "Ledgard's accounts") except "Ledgard, 58, a former chief sub-editor" (paper-2,
bare #2), which is the chair's cousin Ulick Ledgard.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-s/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-s/build_gold.py --review  # also list capitalised words no
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
    # -- a family newspaper group bought by an investment fund (paper-1 the town paper the Wrangholme Almanack's own
    #    report on its own sale, curly single quotes where ’ is also the apostrophe; paper-2 the press trade title
    #    Copytaster's own report, straight double quotes, bare surnames; paper-3 the national paper the Quadrant's
    #    own report, curly double quotes) --
    {"name": "Ledgard Newspapers", "label": "ORG", "in": ["paper"],
     "aliases": ["Ledgard Newspapers", "Ledgard"],
     "note": "the family-owned regional newspaper group, named after its founder Jabez Ledgard; opening paper-1's "
             "first sentence; one-word short form 'Ledgard' in Copytaster's style (paper-2): opening the headline "
             "('Ledgard sale:'), straight possessives 'Ledgard's board', 'Ledgard's 64 journalists', 'Ledgard's "
             "accounts', and in the fund partner's quote ('Ledgard has a name that people trust'); bare "
             "'Ledgard, 58' (paper-2, bare #2) is the cousin Ulick, listed under him; 'the group', 'the company', "
             "'the business' are not annotated"},
    {"name": "Horatia Ledgard", "label": "PERSON", "in": ["paper"],
     "aliases": ["Horatia Ledgard", "Ms Ledgard", "Horatia"],
     "note": "the group's chair, the founder's great-granddaughter; curly possessive 'Ms Ledgard’s cousin' (paper-1); "
             "first name alone in her cousin's quotes ('Horatia has done her best', paper-1; 'Horatia thinks she is "
             "saving the Almanack', paper-3) and in the editor's ('Ulick and Horatia both asked', paper-1); never "
             "bare 'Ledgard'"},
    {"name": "Ulick Ledgard", "label": "PERSON", "in": ["paper"],
     "aliases": ["Ulick Ledgard", "Mr Ledgard", "Ulick", ("Ledgard", {"paper-2.txt": [2]})],
     "note": "her cousin, a minority shareholder who voted against the sale; two relatives sharing a surname, not "
             "to be merged; 'Mr Ledgard told the Almanack' (paper-1); first name alone in the editor's quote "
             "('Ulick and Horatia', paper-1); bare 'Ledgard, 58, a former chief sub-editor' (paper-2, bare #2), "
             "listed, where every other bare 'Ledgard' is the company"},
    {"name": "Jabez Ledgard", "label": "PERSON", "in": ["paper"], "aliases": ["Jabez Ledgard"],
     "note": "the group's founder (paper-1, paper-3); always in full; 'My great-grandfather' in the chair's quote "
             "(paper-3) is not annotated"},
    {"name": "Tollgate Capital", "label": "ORG", "in": ["paper"], "aliases": ["Tollgate Capital", "Tollgate"],
     "note": "the invented investment fund; opening the paper-1 headline and paper-2's first sentence as the "
             "straight possessive 'Tollgate Capital's purchase'; short form 'Tollgate' in the chair's quote "
             "('Tollgate can invest', paper-1), opening sentences ('Tollgate, which bought', 'Tollgate said', "
             "paper-2), 'has written to Tollgate' (paper-2), 'write to Tollgate' (paper-3) and curly possessive 'Tollgate’s managing partner' "
             "(paper-3); 'the fund' is not annotated"},
    {"name": "Anneliese de Boisrenard", "label": "PERSON", "in": ["paper"],
     "aliases": ["Anneliese de Boisrenard", "Ms de Boisrenard", "De Boisrenard"],
     "note": "the fund's managing partner; a lower-case particle surname: 'Anneliese de Boisrenard' (all three "
             "articles), 'Ms de Boisrenard said' (paper-1, paper-3), and capitalised 'De Boisrenard told "
             "Copytaster' opening a sentence and 'De Boisrenard said' after a quote in Copytaster's bare style "
             "(paper-2)"},
    {"name": "Regional Press Staff Union", "label": "ORG", "in": ["paper"],
     "aliases": ["Regional Press Staff Union", "RPSU", "@RPSUnion"],
     "note": "the journalists' union; acronym 'RPSU' used without a definition in the paper-2 headline, 'The RPSU "
             "is less convinced', straight possessive 'the RPSU's organiser' (paper-2); 'its account, @RPSUnion' "
             "on X (paper-1); lower-case 'the union' (paper-1, paper-2) is not annotated"},
    {"name": "Fulvia Tordoff-Akinwale", "label": "PERSON", "in": ["paper"],
     "aliases": ["Fulvia Tordoff-Akinwale", "Ms Tordoff-Akinwale", "Tordoff-Akinwale"],
     "note": "the union's organiser; a hyphenated surname; 'Ms Tordoff-Akinwale said' (paper-1); bare "
             "'Tordoff-Akinwale said' (paper-2)"},
    {"name": "Leszek Waddilove", "label": "PERSON", "in": ["paper"],
     "aliases": ["Leszek Waddilove", "Mr Waddilove", "Waddilove"],
     "note": "the Almanack's editor; 'Mr Waddilove, who joined the paper' (paper-1); bare 'Waddilove declined' "
             "(paper-2); 'Mr Waddilove put it there' inside a reporter's quote (paper-3)"},
    {"name": "Wrangholme Almanack", "label": "ORG", "aliases": ["Wrangholme Almanack", "Almanack"],
     "note": "the town paper, owned by Ledgard Newspapers, named after the town (bare 'Wrangholme' is the town, "
             "never annotated); paper-1 (its report on its own sale: 'told the Almanack', 'this newspaper' not "
             "annotated) and ski-1 (which does not name it) are its own reports; curly possessive 'the Almanack’s owner' closing the paper-1 "
             "headline and 'The Almanack’s editor' (paper-1), 'the Almanack’s office' (paper-3), straight 'The "
             "Almanack's editor' (paper-2); in quotes ('buying the Almanack', paper-1; 'saving the Almanack', "
             "paper-3); named in full in ski-2 ('first reported by the Wrangholme Almanack'), in two stories"},
    {"name": "Kelsdale Wayfarer", "label": "ORG", "in": ["paper"], "aliases": ["Kelsdale Wayfarer", "Wayfarer"],
     "note": "the group's other daily, named after the district (bare 'Kelsdale' is the district: 'the district "
             "offices in Kelsdale and Wrangholme', paper-2); short form 'the Wayfarer' (paper-2)"},
    {"name": "Copytaster", "label": "ORG", "aliases": ["Copytaster"],
     "note": "the press trade title; paper-2 is its own report ('Copytaster understands', 'told Copytaster' three "
             "times); named in paper-3 ('the trade title Copytaster reported')"},
    {"name": "Quadrant", "label": "ORG", "aliases": ["Quadrant"],
     "note": "the national paper; paper-3, mill-2 and fire-2 are its own reports ('told the Quadrant' in paper-3 and "
             "fire-2; mill-2 does not name it)"},
    {"name": "Pasqualina Pogson", "label": "PERSON", "in": ["paper"], "aliases": ["Pasqualina Pogson"],
     "note": "a reader of 84 at the newsagent (paper-3), in full once"},
    {"name": "Ornella Dumbleton", "label": "PERSON",
     "aliases": ["Ornella Dumbleton", "Ms Dumbleton"],
     "note": "the MP for Wrangholme, in two stories (the newspaper sale, paper-3; the warehouse fire, fire-2); "
             "'Ms Dumbleton said' in both; 'the MP' is not annotated"},
    # -- a dry ski slope's closure and the campaign to save it (ski-1 the Wrangholme Almanack's own report, curly
    #    single quotes where ’ is also the apostrophe; ski-2 the snowsports site Snowline's own report, straight
    #    double quotes, bare surnames) --
    {"name": "Wrangholme Leisure Trust", "label": "ORG", "in": ["ski"],
     "aliases": ["Wrangholme Leisure Trust", "Trust"],
     "note": "the charity that runs the slope, named after the town; opening ski-1's second paragraph; capitalised "
             "short form 'the Trust’s chief executive' (ski-1), 'the Trust's chief executive', 'the Trust's "
             "insurers' and in the campaigner's quote 'asking the Trust to pay' (ski-2); 'its operator' is not "
             "annotated"},
    {"name": "Wrangholme Borough Council", "label": "ORG",
     "aliases": ["Wrangholme Borough Council", "Borough Council"],
     "note": "the borough council, named after the town, in three stories (the slope's landlord, ski-1 and ski-2; "
             "listed building consent for the windmill, mill-1; hotel rooms and water tests after the fire, "
             "fire-2); capitalised short form 'A spokesperson for the Borough Council' (ski-1); lower-case 'the "
             "council', 'the council’s leader', 'the full council meeting' are not annotated"},
    {"name": "Kinvara Smithies", "label": "PERSON", "in": ["ski"],
     "aliases": ["Kinvara Smithies", "Ms Smithies", "Smithies"],
     "note": "the leisure trust's chief executive; a surname ending in s with a bare-apostrophe possessive: curly "
             "'Ms Smithies’ letter' opening a sentence (ski-1) and straight 'Smithies' figures' opening a sentence "
             "in Snowline's bare style (ski-2); 'Ms Smithies wrote' (ski-1), 'Smithies told Snowline' (ski-2)"},
    {"name": "Save Crookstone Slope", "label": "ORG", "in": ["ski"],
     "aliases": ["Save Crookstone Slope", "savecrookstoneslope.bsky.social"],
     "note": "the campaign group, its name containing the hill's (bare 'Crookstone' is the place: 'Crookstone dry "
             "slope' opening the ski-1 headline, 'on Crookstone Hill', 'Half of them will say Crookstone'; never "
             "annotated); opening the ski-2 headline and first sentence; Bluesky account "
             "'savecrookstoneslope.bsky.social' (ski-1, ski-2); 'The group', 'the campaign' are not annotated"},
    {"name": "Eimear O'Haodha", "label": "PERSON", "in": ["ski"],
     "aliases": ["Eimear O’Haodha", "Ms O’Haodha", "Eimear O'Haodha", "O'Haodha", "Eimear"],
     "note": "the instructor who started the campaign; an O' surname written with the curly apostrophe in the "
             "local paper ('the instructor Eimear O’Haodha', 'Ms O’Haodha said', ski-1) and the straight one in "
             "Snowline (bare 'O'Haodha said' twice, ski-2); first name alone in the council leader's quote "
             "('Skids and Eimear have made their point', ski-2)"},
    {"name": "Haldor Swithenbank", "label": "PERSON", "in": ["ski"],
     "aliases": ["Haldor Swithenbank", "Mr Swithenbank", "Swithenbank", "Skids"],
     "note": "the joiner who founded the ski club in 1974; a nickname declared ('Known on the slope and beyond as "
             "Skids, after a memorable first lesson', ski-1; 'known to three generations of skiers as Skids', ski-2) and used alone, in his "
             "daughter's quote ('Skids built the first ramp', ski-1) and the council leader's ('Skids and Eimear', "
             "ski-2); 'Mr Swithenbank' (ski-1); bare 'Swithenbank, 81', 'Swithenbank said' in Snowline's style (ski-2)"},
    {"name": "Gunnhild Swithenbank", "label": "PERSON", "in": ["ski"],
     "aliases": ["Gunnhild Swithenbank", "Ms Swithenbank", "Gunnhild"],
     "note": "his daughter, the club's race coach; two relatives sharing a surname, not to be merged; first name "
             "alone in her father's quote ('Gunnhild was on skis here', ski-1); 'Ms Swithenbank said' (ski-1); in "
             "full twice in ski-2, never bare 'Swithenbank'; 'his daughter' is not annotated"},
    {"name": "Wrangholme Ski Club", "label": "ORG", "in": ["ski"], "aliases": ["Wrangholme Ski Club"],
     "note": "the club, named after the town; 'founded the Wrangholme Ski Club' and opening a sentence (ski-1), "
             "'founded Wrangholme Ski Club' (ski-2); 'the club’s race squad', 'the club' are not annotated"},
    {"name": "Valentina Eccleshare", "label": "PERSON", "in": ["ski"],
     "aliases": ["Cllr Valentina Eccleshare", "Eccleshare"],
     "note": "the council's leader; title 'Cllr' kept in the mention ('Cllr Valentina Eccleshare', ski-1 and "
             "ski-2, opening a sentence); bare 'Eccleshare said' (ski-2)"},
    {"name": "Snowline", "label": "ORG", "in": ["ski"], "aliases": ["Snowline"],
     "note": "the snowsports site; ski-2 is its own report ('Snowline has learned', 'told Snowline' twice)"},
    # -- a windmill trust restores a tower mill (mill-1 the mills heritage site Sailcloth's own report, straight single
    #    quotes where ' is also the apostrophe, bare surnames; mill-2 the Quadrant's own report, curly double quotes) --
    {"name": "Stannerby Windmill Trust", "label": "ORG", "in": ["mill"],
     "aliases": ["Stannerby Windmill Trust", "Trust", "@stannerbytrust@sailmill.social"],
     "note": "the charity restoring the tower mill, named after the village (bare 'Stannerby' is the village: "
             "'Stannerby's sails' in the mill-1 headline, 'the Stannerby project', 'Stannerby’s windmill' opening "
             "mill-2; never annotated); capitalised short form 'the Trust' throughout, straight and curly "
             "possessives 'the Trust's chair' (mill-1), 'the Trust’s chair' (mill-2), 'The Trust posts', 'The Trust "
             "has posted' opening sentences; Mastodon account '@stannerbytrust@sailmill.social' (mill-1); 'a "
             "charity' is not annotated"},
    {"name": "National Mills Heritage Fund", "label": "ORG", "in": ["mill"],
     "aliases": ["National Mills Heritage Fund", "NMHF", "Fund"],
     "note": "the invented heritage funder; acronym 'NMHF' opening the mill-1 headline without a definition, 'The "
             "NMHF said' (mill-1) and in the chair's quote ('The NMHF wants working mills', mill-2); capitalised "
             "short form 'a spokesperson for the Fund' (mill-1), curly possessive 'The Fund’s grant' (mill-2)"},
    {"name": "Theodosia Fearnside", "label": "PERSON", "in": ["mill"],
     "aliases": ["Dr Theodosia Fearnside", "Dr Fearnside", "Fearnside"],
     "note": "the Trust's chair, a retired engineer; title kept ('Dr Theodosia Fearnside' in both articles, 'Dr "
             "Fearnside' opening a sentence and after a quote, mill-2); bare 'Fearnside said', 'Fearnside "
             "described him' in Sailcloth's style (mill-1)"},
    {"name": "Keverne Millwrights", "label": "ORG", "in": ["mill"], "aliases": ["Keverne Millwrights"],
     "note": "the millwrights' firm, named after its founder Erasmus Keverne and run by his granddaughter Noemi; "
             "in full in both articles; 'the family firm', 'the firm' are not annotated"},
    {"name": "Erasmus Keverne", "label": "PERSON", "in": ["mill"], "aliases": ["Erasmus Keverne"],
     "note": "the firm's founder (mill-1, mill-2), always in full; 'His granddaughter', 'his granddaughter' point "
             "back to him and are not annotated"},
    {"name": "Noemi Keverne", "label": "PERSON", "in": ["mill"],
     "aliases": ["Noemi Keverne", "Ms Keverne", "Keverne", "Noemi"],
     "note": "the millwright who runs the firm; bare 'Keverne said' twice in Sailcloth's style (mill-1; "
             "every bare 'Keverne' is her, never the company or the founder); 'Ms Keverne said' (mill-2); first "
             "name alone in the volunteer's quote ('Noemi tells me', mill-2)"},
    {"name": "Ettore Guarnaccia", "label": "PERSON", "in": ["mill"],
     "aliases": ["Ettore Guarnaccia", "Mr Guarnaccia", "Ettore"],
     "note": "the volunteer miller, a retired baker of 78; first name alone opening the chair's quote in straight "
             "single quotes (''Ettore will be the first miller', mill-1); 'Mr Guarnaccia' (mill-2)"},
    {"name": "Sailcloth", "label": "ORG", "in": ["mill"], "aliases": ["Sailcloth"],
     "note": "the mills heritage site; mill-1 is its own report ('told Sailcloth'); named in mill-2 ('the specialist "
             "site Sailcloth')"},
    # -- an inquiry into a fertiliser warehouse fire (fire-1 the farming trade title Furrowline's own report,
    #    straight double quotes, bare surnames; fire-2 the Quadrant's own report, curly double quotes) --
    {"name": "Chemical Hazards Safety Board", "label": "ORG", "in": ["fire"],
     "aliases": ["Chemical Hazards Safety Board", "CHSB", "Board"],
     "note": "the invented safety regulator; acronym 'CHSB' opening the fire-1 headline without a definition, 'The "
             "CHSB said' (fire-1) and in the MP's quote ('The CHSB can tell us', fire-2); capitalised short form "
             "'the Board's senior inspectors', 'to the Board', 'the Board's advice line' (fire-1), 'the Board’s "
             "senior inspectors', attributive 'a Board inspection' (fire-2); 'the inquiry' is not annotated"},
    {"name": "Hobdale Agricultural Supplies", "label": "ORG", "in": ["fire"],
     "aliases": ["Hobdale Agricultural Supplies"],
     "note": "the farm merchant whose warehouse burned, named after the hamlet (bare 'Hobdale' is the place: "
             "'Hobdale fertiliser store fire' in the fire-1 headline, 'at Hobdale', 'Residents near Hobdale' "
             "opening the fire-2 headline, 'what happened at Hobdale' in a quote; never annotated); always in full; "
             "'the company', 'the firm', 'the merchant’s' are not annotated"},
    {"name": "Tiziana Normington", "label": "PERSON", "in": ["fire"],
     "aliases": ["Tiziana Normington", "Ms Normington", "Normington"],
     "note": "the Board's senior inspector who leads the inquiry; bare 'Normington told Furrowline', 'Normington "
             "said' in Furrowline's style (fire-1; every bare 'Normington' is her); 'Ms Normington has promised' "
             "opening a sentence (fire-2); 'the inspector', 'the lady with my name' are not annotated"},
    {"name": "Rutger Normington", "label": "PERSON", "in": ["fire"],
     "aliases": ["Rutger Normington", "Mr Normington"],
     "note": "a sheep farmer below the warehouse, 'no relation of the inspector' (fire-1; 'shares a surname but no "
             "family with the inspector', fire-2): two unrelated people sharing a surname in the same two "
             "articles, not to be merged; in full in both, 'Mr Normington said' (fire-2), never bare"},
    {"name": "Yolanda Cockshott", "label": "PERSON", "in": ["fire"],
     "aliases": ["Yolanda Cockshott", "Ms Cockshott", "Cockshott"],
     "note": "the merchant's managing director; opening sentences in full (fire-1, fire-2); bare 'Cockshott said' "
             "twice (fire-1); 'Ms Cockshott said' (fire-2)"},
    {"name": "Kelsdale Fire and Rescue Service", "label": "ORG", "in": ["fire"],
     "aliases": ["Kelsdale Fire and Rescue Service", "@KelsdaleFire"],
     "note": "the fire service, named after the district; opening sentences in both articles; 'its account, "
             "@KelsdaleFire' on X (fire-1); lower-case 'the service', 'the service's report' are not annotated"},
    {"name": "Hildegard Pashley", "label": "PERSON", "in": ["fire"],
     "aliases": ["Hildegard Pashley", "Ms Pashley", "Pashley"],
     "note": "the chief fire officer (lower-case 'its chief fire officer, Hildegard Pashley', both articles); bare "
             "'Pashley said' opening a sentence (fire-1); 'Ms Pashley made the right call' in a retired "
             "firefighter's quote (fire-2)"},
    {"name": "Doina Trewartha", "label": "PERSON", "in": ["fire"],
     "aliases": ["Doina Trewartha", "Mrs Trewartha"],
     "note": "a resident who was evacuated (fire-2); 'Mrs Trewartha has returned home' opening the last paragraph"},
    {"name": "Furrowline", "label": "ORG", "in": ["fire"], "aliases": ["Furrowline"],
     "note": "the farming trade title; fire-1 is its own report ('told Furrowline' twice); named in fire-2 ('the "
             "farming title Furrowline')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform (paper-1, fire-1)"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform (ski-1, ski-2)"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network) (mill-1, mill-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Adjoa Lumbsden", "bylines": ["paper-1.txt", "ski-1.txt"],
     "note": "Wrangholme Almanack reporter; byline of paper-1 and ski-1"},
    {"name": "Romualdo Spenceley", "bylines": ["paper-2.txt"], "note": "Copytaster's reporter; byline of paper-2"},
    {"name": "Bettina Emmott", "bylines": ["paper-3.txt", "mill-2.txt", "fire-2.txt"],
     "note": "the Quadrant's reporter; byline of paper-3, mill-2 and fire-2"},
    {"name": "Ubaldo Tregear", "bylines": ["ski-2.txt"], "note": "Snowline's reporter; byline of ski-2"},
    {"name": "Maddalena Ogley", "bylines": ["mill-1.txt"], "note": "Sailcloth's reporter; byline of mill-1"},
    {"name": "Filomena Jagoe", "bylines": ["fire-1.txt"], "note": "Furrowline's reporter; byline of fire-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
