"""Build entities.json (held-out entity gold, set O) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Catterall Media" is the radio group while "Proinsias Catterall" and
"Mr Catterall" are its founder; "Leopoldine Hollinshead" is the daughter while "Ms Hollinshead"
and bare "Hollinshead" are her mother Grazyna; "Dr Tomasina Fawcus" and "Dr Fawcus" are the vet
while "Ragnvald Fawcus" and "Mr Fawcus" are the unrelated judge; "Cradmoor County Council",
"Cradmoor Sheepdog Trials Association", "Wrenstall Community Radio", "Wrenstall Airport Ltd" and
"Brackenholt Forest Adventures" are organisations while bare "Cradmoor", "Wrenstall", "Wrenstall
airport" and "Brackenholt Forest" are places and no form; a possessive after the form is kept in
the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Authority" is the radio regulator only in the radio
story, "Association" the trials association only in the sheepdog story, "Commission" the
forestry body only in the zip-wire story; the families' bare names and first names within their
stories).

As in sets B to M, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Two
forms need it: bare "Catterall" is the company Catterall Media everywhere except "Catterall told
Faderline he had" (radio-2, bare #0), which is the founder Proinsias Catterall; bare "Fawcus" in
sheep-2 (#0 "Fawcus said", #1 "Fawcus' account") is the judge Ragnvald Fawcus, never the
unrelated vet Dr Tomasina Fawcus, who is in the same two articles.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-o/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-o/build_gold.py --review  # also list capitalised words no
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
    # -- a community radio station loses its licence (radio-1 the town paper the Wrenstall Weathervane's own report,
    #    curly single quotes where ’ is also the apostrophe; radio-2 the radio trade title Faderline's own report,
    #    straight, bare surnames; radio-3 the national paper the Lodestar's own report, curly double quotes) --
    {"name": "Wrenstall Community Radio", "label": "ORG", "in": ["radio"],
     "aliases": ["Wrenstall Community Radio", "Wren FM", "@WrenFM"],
     "note": "the volunteer-run station, named after the town (bare 'Wrenstall' is the town, never annotated); its "
             "on-air name 'Wren FM' (all three headlines or texts, in quotes too: 'Wren FM is how half this town', "
             "radio-1; 'If Wren FM can lose its licence', radio-2); 'The station’s account on X, @WrenFM' (radio-1); "
             "'the station' and 'the town’s community radio station' (air-2) are not annotated; bare 'FM' ('on FM') is "
             "not a mention"},
    {"name": "Radio Spectrum and Licensing Authority", "label": "ORG", "in": ["radio"],
     "aliases": ["Radio Spectrum and Licensing Authority", "RSLA", "Authority"],
     "note": "the invented broadcasting regulator; acronym 'RSLA' used without a definition after the full name "
             "('The RSLA’s letter', 'the RSLA’s board', radio-1; 'pulls' in the radio-2 headline, 'the RSLA's "
             "licensing director', 'Nobody at the RSLA' in a quote); capitalised short form 'the Authority' in "
             "narrative and quotes ('the Authority asked us to count', 'The Authority’s licensing director', "
             "radio-1; 'the Authority's own guidance', radio-2; 'not the Authority', 'The Authority does not accept', "
             "radio-3); 'the regulator' is not annotated"},
    {"name": "Grazyna Hollinshead", "label": "PERSON", "in": ["radio"],
     "aliases": ["Grazyna Hollinshead", "Ms Hollinshead", "Hollinshead"],
     "note": "the station's founder and unpaid manager; 'Ms Hollinshead' (radio-1, radio-3); bare 'Hollinshead' "
             "in Faderline's style, opening its headline ('Hollinshead vows fight') and narrative, and "
             "'Hollinshead's daughter' (radio-2); her daughter is never 'Ms Hollinshead' nor bare 'Hollinshead'"},
    {"name": "Leopoldine Hollinshead", "label": "PERSON", "in": ["radio"],
     "aliases": ["Leopoldine Hollinshead", "Leopoldine"],
     "note": "her daughter, the volunteer producer of the breakfast programme; two relatives sharing a surname, not "
             "to be merged; 'Her daughter, Leopoldine Hollinshead, 26' (radio-1), first name alone in her mother's "
             "quote ('Leopoldine sat up three nights', radio-1) and after the relation in narrative ('with her "
             "daughter, Leopoldine, producing', radio-3); 'Her daughter' is not annotated"},
    {"name": "Chibuzo Osgathorpe", "label": "PERSON", "in": ["radio"],
     "aliases": ["Chibuzo Osgathorpe", "Mr Osgathorpe", "Osgathorpe", "Gravel", "gravelvoice.bsky.social"],
     "note": "the breakfast presenter; a nickname declared ('whom listeners call Gravel', radio-1; 'known on air as "
             "Gravel', radio-2; 'Gravel to almost everyone in this market town', radio-3) and used alone: in his own "
             "quote ('Gravel doesn’t do sad', radio-1), as a straight possessive in narrative ('Gravel's last "
             "programme', radio-2) and in a listener's note ('Thank you, Gravel.', radio-3); bare 'Osgathorpe' "
             "(radio-2); 'posts on Bluesky as gravelvoice.bsky.social' (radio-2)"},
    {"name": "Ifeoma Yelverton", "label": "PERSON",
     "aliases": ["Dr Ifeoma Yelverton", "Dr Yelverton", "Yelverton"],
     "note": "the Authority's licensing director; 'Dr Yelverton said' (radio-1, radio-3); bare 'Yelverton, the "
             "RSLA's licensing director' opening a paragraph (radio-2)"},
    {"name": "Catterall Media", "label": "ORG", "in": ["radio"],
     "aliases": ["Catterall Media", "Catterall"],
     "note": "the commercial radio group named after its founder, Proinsias Catterall; bare 'Catterall' is the "
             "company in 'told the Weathervane that Catterall would ‘keep a local voice’' (radio-1); the only other "
             "bare 'Catterall' (radio-2, #0) is the founder, listed under him"},
    {"name": "Proinsias Catterall", "label": "PERSON", "in": ["radio"],
     "aliases": ["Proinsias Catterall", "Mr Catterall", ("Catterall", {"radio-2.txt": [0]})],
     "note": "the founder and chairman of Catterall Media; 'Its founder and chairman, Proinsias Catterall' "
             "(radio-1), 'the group founded by Proinsias Catterall' (radio-2), 'Mr Catterall, who began his career' "
             "(radio-3); bare 'Catterall told Faderline he had' (radio-2, bare #0) is him, in Faderline's bare-surname "
             "style, listed; never the company's bare 'Catterall' in radio-1"},
    {"name": "Berit van Oordt", "label": "PERSON", "in": ["radio"],
     "aliases": ["Berit van Oordt", "Ms van Oordt", "Van Oordt"],
     "note": "the station's media lawyer; a lower-case particle surname: 'the lawyer Berit van Oordt', 'Ms van Oordt "
             "said' (radio-1), 'Van Oordt said' capitalised opening a sentence (radio-2), 'a media lawyer, Berit van "
             "Oordt' (radio-3)"},
    {"name": "Olusegun Ellerthwaite", "label": "PERSON",
     "aliases": ["Cllr Olusegun Ellerthwaite", "Cllr Ellerthwaite", "Olusegun Ellerthwaite", "Ellerthwaite"],
     "note": "the leader of Cradmoor County Council, in two stories (the radio station, radio-1 and radio-3; the "
             "airport, air-1 and air-2, where air-2 names the radio link); curly possessive 'Cllr Olusegun "
             "Ellerthwaite’s office' (radio-3); 'The council leader, Olusegun Ellerthwaite' without the title and bare "
             "'Ellerthwaite said' (air-1, Crosswind's style); 'he' is not annotated"},
    {"name": "Cradmoor County Council", "label": "ORG",
     "aliases": ["Cradmoor County Council", "County Council"],
     "note": "the county council, named after the county (bare 'Cradmoor' is the county, never annotated: 'the "
             "Cradmoor open title', 'the longest zip line in Cradmoor'), in three stories (radio-1, radio-3; air-1, "
             "air-2, owner of the airport company; zip-1, zip-2, the planning authority); capitalised short form 'The "
             "County Council said' (zip-1); lower-case 'the council', 'the council leader', 'council-owned' are not "
             "annotated"},
    {"name": "Wrenstall Weathervane", "label": "ORG", "aliases": ["Wrenstall Weathervane", "Weathervane"],
     "note": "the town paper; radio-1, sheep-1 and air-2 are its own reports ('the Weathervane can reveal', 'seen by "
             "the Weathervane', 'told the Weathervane', 'the Weathervane has learned', 'which the Weathervane has "
             "seen', 'The Weathervane has asked'); named in full in radio-3 and sheep-2 ('first reported by the "
             "Wrenstall Weathervane')"},
    {"name": "Faderline", "label": "ORG", "aliases": ["Faderline"],
     "note": "the radio trade title; radio-2 is its own report ('told Faderline' three times)"},
    {"name": "Lodestar", "label": "ORG", "aliases": ["Lodestar"],
     "note": "the national paper; radio-3 and zip-2 are its own reports ('told the Lodestar' in each)"},
    # -- a sheepdog trials champion accused of running the wrong dog (sheep-1 the Wrenstall Weathervane's own report,
    #    curly double quotes, ’ as apostrophe; sheep-2 the sheepdog site Outrun's own report, straight single
    #    quotes, bare surnames) --
    {"name": "Cradmoor Sheepdog Trials Association", "label": "ORG", "in": ["sheep"],
     "aliases": ["Cradmoor Sheepdog Trials Association", "CSTA", "Association", "@CradmoorTrials"],
     "note": "the trials association, named after the county; possessive 'the Cradmoor Sheepdog Trials "
             "Association’s open championship' (sheep-1); acronym 'CSTA' used without a definition ('The CSTA’s "
             "rules', sheep-1; 'the CSTA has not said', 'The CSTA's rules', sheep-2); capitalised short form 'the "
             "Association' in both articles ('The Association’s chairman', 'the Association would publish', "
             "'The Association's account'); 'posts as @CradmoorTrials' on X (sheep-1) and 'The Association's "
             "account, @CradmoorTrials' (sheep-2)"},
    {"name": "Ruaidhri O'Brolchain", "label": "PERSON", "in": ["sheep"],
     "aliases": ["Ruaidhri O’Brolchain", "Mr O’Brolchain", "O’Brolchain", "Ruaidhri O'Brolchain", "O'Brolchain",
                 "Ruaidhri"],
     "note": "the champion handler; an O' surname written with the curly apostrophe in sheep-1 ('O’Brolchain’s "
             "trials title' opening the headline, 'Mr O’Brolchain’s result', 'Mr O’Brolchain’s first win') and the "
             "straight one in sheep-2 (bare 'O'Brolchain', 'O'Brolchain's position' opening a paragraph); first "
             "name alone in another handler's quote ('against Ruaidhri knows he doesn't need to cheat', sheep-2)"},
    {"name": "Jarmila Scatcherd", "label": "PERSON", "in": ["sheep"],
     "aliases": ["Jarmila Scatcherd", "Mrs Scatcherd", "Scatcherd", "Jarmila"],
     "note": "the rival handler who complained; 'Mrs Scatcherd' (sheep-1); first name alone in the champion's quote "
             "('Jarmila is a fine handler', sheep-1); bare 'Scatcherd' opening the sheep-2 headline ('Scatcherd: "
             "'That was not Mirk''), in narrative and as a possessive ('Scatcherd's are hard to square'); the dogs "
             "'Mirk' and 'Wisp' are animals, not annotated"},
    {"name": "Ragnvald Fawcus", "label": "PERSON", "in": ["sheep"],
     "aliases": ["Ragnvald Fawcus", "Mr Fawcus", ("Fawcus", {"sheep-2.txt": [0, 1]})],
     "note": "the judge; curly bare-apostrophe possessive of a name ending in s 'Mr Fawcus’ scoresheet' (sheep-1) and "
             "straight 'Fawcus' account' (sheep-2); bare 'Fawcus said the handler's complaint' and 'Fawcus' account' "
             "in sheep-2 (bare #0 and #1) are him, listed; never the unrelated vet Dr Tomasina Fawcus"},
    {"name": "Tomasina Fawcus", "label": "PERSON", "in": ["sheep"], "aliases": ["Dr Tomasina Fawcus", "Dr Fawcus"],
     "note": "the vet checking the microchip, 'who is no relation to the judge' (sheep-1; 'who is no relation to the "
             "vet', sheep-2): two unrelated people sharing a surname in the same two articles, not to be merged; "
             "'Dr Fawcus said' (sheep-1), never bare; 'the vet’s report', 'the vet' are not annotated"},
    {"name": "Nnamdi Clutterbuck", "label": "PERSON", "in": ["sheep"],
     "aliases": ["Nnamdi Clutterbuck", "Mr Clutterbuck", "Clutterbuck"],
     "note": "the Association's chairman; 'Mr Clutterbuck said' (sheep-1), bare 'Clutterbuck told Outrun' (sheep-2)"},
    {"name": "Outrun", "label": "ORG", "in": ["sheep"], "aliases": ["Outrun"],
     "note": "the sheepdog trials site; sheep-2 is its own report ('told Outrun' three times); the lower-case verb "
             "'the dog she watched outrun and lift the sheep' is not a mention (the builder is case-sensitive)"},
    # -- a regional airport's runway closure and two flying schools (air-1 the aviation trade title Crosswind's own
    #    report, straight, bare surnames; air-2 the Wrenstall Weathervane's own report, curly single quotes) --
    {"name": "Wrenstall Airport Ltd", "label": "ORG", "in": ["air"], "aliases": ["Wrenstall Airport Ltd"],
     "note": "the council-owned company that runs the airfield (air-1; possessive 'Wrenstall Airport Ltd’s "
             "manager', air-2); the airfield itself is a place: 'Wrenstall airport' lower-case (air-2, also in a "
             "quote), 'the airport', 'the airport company', bare 'Wrenstall' are not annotated"},
    {"name": "Dransfield & Pruitt", "label": "ORG", "in": ["air"], "aliases": ["Dransfield & Pruitt"],
     "note": "the resurfacing contractor, a two-name firm with an ampersand, always in full (air-1 four times, once "
             "in a quote; air-2 twice); 'the contractor', 'the firm' are not annotated"},
    {"name": "Kestrelwing Aviation", "label": "ORG", "in": ["air"],
     "aliases": ["Kestrelwing Aviation", "Kestrelwing", "@kestrelwing@glidepath.social"],
     "note": "the larger flying school; one-word short form 'Kestrelwing' in narrative and in a student's quote "
             "('If Kestrelwing had folded', air-2), curly possessive 'Kestrelwing’s managing director' (air-2), "
             "attributive 'One Kestrelwing student' (air-2); 'posts updates for its students on Mastodon as "
             "@kestrelwing@glidepath.social' (air-1)"},
    {"name": "Aerofell Flight Academy", "label": "ORG", "in": ["air"],
     "aliases": ["Aerofell Flight Academy", "Aerofell"],
     "note": "the smaller flying school; 'Aerofell does not have a second airfield' in its instructor's quote "
             "(air-1), 'Aerofell’s chief flying instructor' (air-2); 'the academy' is not annotated"},
    {"name": "Vesna Goldthorpe-Kellow", "label": "PERSON", "in": ["air"],
     "aliases": ["Vesna Goldthorpe-Kellow", "Ms Goldthorpe-Kellow", "Goldthorpe-Kellow"],
     "note": "Kestrelwing's managing director; a hyphenated surname; bare 'Goldthorpe-Kellow said' (air-1), 'Ms "
             "Goldthorpe-Kellow said' (air-2)"},
    {"name": "Idunn Birtwhistle", "label": "PERSON", "in": ["air"],
     "aliases": ["Idunn Birtwhistle", "Ms Birtwhistle", "Birtwhistle", "Idunn"],
     "note": "Aerofell's chief flying instructor; bare 'Birtwhistle said' (air-1), 'Ms Birtwhistle said' (air-2); "
             "first name alone as a curly possessive in the airport manager's quote ('I know Idunn’s students by "
             "name', air-2)"},
    {"name": "Yaaba Thistlethwaite", "label": "PERSON", "in": ["air"],
     "aliases": ["Yaaba Thistlethwaite", "Mrs Thistlethwaite", "Thistlethwaite"],
     "note": "the airport's manager; bare 'Thistlethwaite told Crosswind' (air-1), 'Mrs Thistlethwaite said' (air-2)"},
    {"name": "Crosswind", "label": "ORG", "in": ["air"], "aliases": ["Crosswind"],
     "note": "the aviation trade title; air-1 is its own report ('told Crosswind' twice)"},
    # -- a zip-wire adventure centre's land dispute with a forestry body (zip-1 the outdoor-activity site Karabiner's
    #    own report, straight, bare surnames; zip-2 the Lodestar's own report, curly double quotes) --
    {"name": "Brackenholt Forest Adventures", "label": "ORG", "in": ["zip"],
     "aliases": ["Brackenholt Forest Adventures", "@BrackenholtZip"],
     "note": "the zip-wire and tree-top centre, its name beginning with the forest's ('Brackenholt Forest' is the "
             "forest, not annotated, nor 'Brackenholt zip-wire centre' in the zip-1 headline, where 'Brackenholt' "
             "is the place); bare-apostrophe possessive of a name ending in s, straight 'Brackenholt Forest "
             "Adventures' planning permission' (zip-1) and curly 'Brackenholt Forest Adventures’ customers' "
             "(zip-2); 'its account on X, @BrackenholtZip' (zip-1, zip-2); 'the centre' is not annotated"},
    {"name": "Upland Forestry Commission", "label": "ORG", "in": ["zip"],
     "aliases": ["Upland Forestry Commission", "Commission"],
     "note": "the forestry body; capitalised short form 'the Commission' throughout (possessives 'the "
             "Commission's own staff', zip-1, 'The Commission’s regional director', zip-2), "
             "attributive 'a Commission forester' (zip-2); 'Forestry body' in the zip-1 headline is lower-case "
             "description, not annotated"},
    {"name": "Apolonia McStravick", "label": "PERSON", "in": ["zip"],
     "aliases": ["Apolonia McStravick", "Ms McStravick", "McStravick"],
     "note": "the centre's founder; bare 'McStravick' in Karabiner's style, opening sentences ('McStravick told "
             "Karabiner', 'McStravick says', 'McStravick said'), zip-1; 'Ms McStravick' (zip-2)"},
    {"name": "Ludmila Barraclough", "label": "PERSON", "in": ["zip"],
     "aliases": ["Dr Ludmila Barraclough", "Dr Barraclough", "Barraclough"],
     "note": "the Commission's regional director; bare 'Barraclough told Karabiner', 'Barraclough said' (zip-1); "
             "'Dr Barraclough said' (zip-2)"},
    {"name": "Karabiner", "label": "ORG", "in": ["zip"], "aliases": ["Karabiner"],
     "note": "the outdoor-activity site; zip-1 is its own report ('told Karabiner' twice)"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Liesl Cundall", "bylines": ["radio-1.txt", "sheep-1.txt", "air-2.txt"],
     "note": "Wrenstall Weathervane reporter; byline of radio-1, sheep-1 and air-2"},
    {"name": "Efosa Blamire", "bylines": ["radio-2.txt"], "note": "Faderline's reporter; byline of radio-2"},
    {"name": "Annelie Corrigal", "bylines": ["radio-3.txt", "zip-2.txt"],
     "note": "the Lodestar's reporter; byline of radio-3 and zip-2"},
    {"name": "Desislava Heathcote", "bylines": ["sheep-2.txt"], "note": "Outrun's reporter; byline of sheep-2"},
    {"name": "Oluchi Rawcliffe", "bylines": ["air-1.txt"], "note": "Crosswind's reporter; byline of air-1"},
    {"name": "Aurelija Scholey", "bylines": ["zip-1.txt"], "note": "Karabiner's reporter; byline of zip-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
