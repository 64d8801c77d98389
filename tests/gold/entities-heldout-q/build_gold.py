"""Build entities.json (held-out entity gold, set Q) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Circus Castellotti" is the circus while "Gaetana Castellotti" and
"Ms Castellotti" are its director and "Amadeo Castellotti" and "Mr Castellotti" her father, its
founder; "Torgeir Spinkhorn" is the son while "Mr Spinkhorn" and bare "Spinkhorn" are his father
Halvor; "Teodora Tennick" and "Ms Tennick" are the building society's chief executive while
"Thorold Tennick" and "Mr Tennick" are the unrelated customer; "Crennock District Council",
"Skarnport Fishing Co-operative", "Skarnport Spyglass", "Carnabeck Raceway" and "Quieter
Carnabeck" are organisations while bare "Crennock", "Skarnport" and "Carnabeck" are places and no
form; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Agency" is the quota regulator only in the fishing story,
"Society" the building society and "Union" the staff union only in the branch story, "Guild" the
performers' guild only in the circus story, "Raceway" the circuit only in the noise story; the
families' bare names and first names within their stories).

As in sets B to O, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Two
forms need it: bare "Spinkhorn" is the father Halvor everywhere except "The younger Spinkhorn,
Torgeir Spinkhorn" (fish-2, bare #0), which is the son; bare "Castellotti" is the director
Gaetana Castellotti everywhere except "Castellotti's winter quarters" (circus-1, bare #0), which
is the company Circus Castellotti.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-q/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-q/build_gold.py --review  # also list capitalised words no
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
    # -- a fishing fleet's quota row with its regulator (fish-1 the town paper the Skarnport Spyglass's own report,
    #    curly single quotes where ’ is also the apostrophe; fish-2 the fishing trade title Codline's own report,
    #    straight, bare surnames; fish-3 the national paper the Ensign's own report, curly double quotes) --
    {"name": "Skarnport Fishing Co-operative", "label": "ORG", "in": ["fish"],
     "aliases": ["Skarnport Fishing Co-operative", "Co-operative", "@SkarnportFleet"],
     "note": "the fishermen's co-operative of the port, named after the town (bare 'Skarnport' is the town, never "
             "annotated, nor 'Skarnport’s MP', 'the Skarnport boats', 'the Skarnport co-op'); capitalised short form "
             "'the Co-operative' (fish-1, fish-3; curly possessive 'the Co-operative’s appeal', fish-3); 'its "
             "account, @SkarnportFleet' on X (fish-1); lower-case 'the co-op' in Codline's style (fish-2) is not "
             "annotated; the boats 'Kittiwake' and 'Grey Heron' are vessels, not annotated"},
    {"name": "Coastal Fisheries Quota Agency", "label": "ORG", "in": ["fish"],
     "aliases": ["Coastal Fisheries Quota Agency", "CFQA", "Agency"],
     "note": "the invented quota regulator; acronym 'CFQA' used without a definition (in a skipper's quote, 'If the "
             "CFQA wants', fish-1; opening the fish-2 headline, 'The CFQA's letter'; 'the CFQA said', fish-3); "
             "capitalised short form 'the Agency' throughout, possessives 'The Agency’s letter' (fish-1) and 'the "
             "Agency's chief executive' (fish-2), in quotes too ('The Agency has a duty', fish-1); lower-case 'quota "
             "agency' in the fish-1 headline and 'the regulator' are not annotated"},
    {"name": "Halvor Spinkhorn", "label": "PERSON", "in": ["fish"],
     "aliases": ["Halvor Spinkhorn", "Mr Spinkhorn", "Spinkhorn", "Halvor"],
     "note": "the Co-operative's chairman, skipper of the Kittiwake; bare possessive 'Spinkhorn’s' opening the fish-1 "
             "headline; 'Mr Spinkhorn’s son' (fish-1); bare 'Spinkhorn' in Codline's style (fish-2, bare #1 to #3; "
             "#0 is his son); first name alone as a curly possessive in the smokehouse owner's quote ('Halvor’s "
             "boat, his lad’s boat', fish-3); never 'Torgeir Spinkhorn'"},
    {"name": "Torgeir Spinkhorn", "label": "PERSON", "in": ["fish"],
     "aliases": ["Torgeir Spinkhorn", "Torgeir", ("Spinkhorn", {"fish-2.txt": [0]})],
     "note": "his son, skipper of the Grey Heron; two relatives sharing a surname, not to be merged; first name alone "
             "in narrative ('Torgeir, who joined his father’s crew', fish-1) and in his father's quote ('Torgeir has a "
             "mortgage', fish-1); 'The younger Spinkhorn, Torgeir Spinkhorn, who skippers the Grey Heron' (fish-2): "
             "the bare 'Spinkhorn' there (bare #0) is him, listed; 'His son', 'his lad' are not annotated"},
    {"name": "Ysbrand van Olderwolde", "label": "PERSON", "in": ["fish"],
     "aliases": ["Dr Ysbrand van Olderwolde", "Dr van Olderwolde", "Ysbrand van Olderwolde", "Van Olderwolde"],
     "note": "the Agency's chief executive; a lower-case particle surname: 'Dr Ysbrand van Olderwolde' (fish-1, "
             "fish-3), 'Dr van Olderwolde said' (fish-1), 'Ysbrand van Olderwolde, the Agency's chief executive' "
             "without the title and 'Van Olderwolde added' capitalised opening a sentence (fish-2)"},
    {"name": "Gwladys Pamphilon", "label": "PERSON",
     "aliases": ["Gwladys Pamphilon", "Ms Pamphilon", "Pamphilon"],
     "note": "the MP for Skarnport, in two stories (the quota cut, fish-1 to fish-3; the branch closures, bank-1 and "
             "bank-2, where bank-2 names the quota cut); 'Ms Pamphilon said' (fish-1, fish-3, bank-2, 'to meet Ms "
             "Pamphilon'); bare 'Pamphilon told Passbook' (bank-1); 'MP' and 'the town’s MP' are not annotated"},
    {"name": "Kunle Stobbart", "label": "PERSON", "in": ["fish"], "aliases": ["Kunle Stobbart", "Mr Stobbart"],
     "note": "the smokehouse owner on the quay (fish-1, fish-3); his smokehouse is unnamed"},
    {"name": "Crennock District Council", "label": "ORG",
     "aliases": ["Crennock District Council", "District Council"],
     "note": "the district council, named after the district (bare 'Crennock' does not occur alone), in two stories "
             "(fish-1 and fish-3, owner of the fish quay; track-1 and track-2, the noise authority); capitalised "
             "short form 'The District Council confirmed' (track-1), 'The District Council said' (track-2); lower-case "
             "'the council', 'the council’s environmental health team', 'Its officers' are not annotated"},
    {"name": "Skarnport Spyglass", "label": "ORG", "aliases": ["Skarnport Spyglass", "Spyglass"],
     "note": "the town paper; fish-1, track-2 and circus-2 are its own reports ('the Spyglass can reveal', 'which the "
             "Spyglass has seen', 'told the Spyglass', 'speak to the Spyglass'); named in full in fish-3 ('first "
             "reported by the Skarnport Spyglass')"},
    {"name": "Codline", "label": "ORG", "aliases": ["Codline"],
     "note": "the fishing trade title; fish-2 is its own report ('told Codline', 'which Codline has seen'); named in "
             "fish-3 ('the trade title Codline')"},
    {"name": "Ensign", "label": "ORG", "aliases": ["Ensign"],
     "note": "the national paper; fish-3 and bank-2 are its own reports ('told the Ensign' in each)"},
    # -- a motor racing circuit's noise complaints and a residents' group (track-1 the motorsport site Apexline's own
    #    report, straight double quotes, bare surnames; track-2 the Skarnport Spyglass's own report, curly single
    #    quotes) --
    {"name": "Carnabeck Raceway", "label": "ORG", "in": ["track"], "aliases": ["Carnabeck Raceway", "Raceway"],
     "note": "the motor racing circuit's operating business, named after the village (bare 'Carnabeck' is the "
             "village: 'raced a saloon car at Carnabeck', 'the Carnabeck side of the valley', 'to Carnabeck "
             "residents' in the track-2 headline; never annotated); capitalised short form 'the Raceway already kept' "
             "(track-1) and attributive 'Raceway boss' opening the track-2 headline; 'the circuit' is not annotated"},
    {"name": "Quieter Carnabeck", "label": "ORG", "in": ["track"],
     "aliases": ["Quieter Carnabeck", "quietercarnabeck.bsky.social"],
     "note": "the residents' group, its name ending in the village's; curly possessive 'Quieter Carnabeck’s dossier' "
             "(track-2); 'posts its weekly readings on Bluesky as quietercarnabeck.bsky.social' (track-1), 'The "
             "group’s Bluesky account, quietercarnabeck.bsky.social' (track-2); 'the group' is not annotated"},
    {"name": "Dymphna O'Culhane", "label": "PERSON", "in": ["track"],
     "aliases": ["Dymphna O'Culhane", "O'Culhane", "Dymphna O’Culhane", "Ms O’Culhane", "Dymphna"],
     "note": "the group's chair; an O' surname written with the straight apostrophe in track-1 ('Dymphna O'Culhane, "
             "the group's chair', bare 'O'Culhane said' opening a sentence) and the curly one in track-2 ('Ms "
             "O’Culhane said'); first name alone in the circuit boss's quote ('Dymphna and I disagree', track-1)"},
    {"name": "Pelham Moxon", "label": "PERSON", "in": ["track"],
     "aliases": ["Pelham Moxon", "Mr Moxon", "Moxon", "Pelham"],
     "note": "the circuit's managing director; bare 'Moxon told Apexline', 'Moxon said' (track-1); 'Mr Moxon' "
             "(track-2); first name alone in the group chair's quote ('Pelham has not sent one of those before', "
             "track-2)"},
    {"name": "Chidinma Folarin", "label": "PERSON", "in": ["track"],
     "aliases": ["Chidinma Folarin", "Ms Folarin"],
     "note": "the District Council's head of environmental health (track-1, track-2)"},
    {"name": "Haakon Jellis", "label": "PERSON", "in": ["track"], "aliases": ["Haakon Jellis", "Mr Jellis", "Jellis"],
     "note": "a club racer who started a petition for the circuit; a surname ending in s with a bare-apostrophe "
             "possessive, straight 'Jellis' petition' opening a sentence in Apexline's style (track-1) and curly 'Mr "
             "Jellis’ petition' (track-2)"},
    {"name": "Apexline", "label": "ORG", "in": ["track"], "aliases": ["Apexline"],
     "note": "the motorsport site; track-1 is its own report ('Apexline has learned', 'told Apexline' twice)"},
    # -- a building society's branch closures and a union (bank-1 the personal-finance trade title Passbook's own
    #    report, straight double quotes, bare surnames; bank-2 the Ensign's own report, curly double quotes) --
    {"name": "Brackhaven Building Society", "label": "ORG", "in": ["bank"],
     "aliases": ["Brackhaven Building Society", "Brackhaven", "Society"],
     "note": "the building society; one-word short form 'Brackhaven' opening the bank-1 headline and sentences "
             "('Brackhaven said', 'Brackhaven reported a surplus', bank-1; 'Brackhaven made a surplus', bank-2), straight possessive 'Brackhaven's remaining 24 "
             "branches' (bank-1), 'saved with Brackhaven' (bank-1), 'counter staff at Brackhaven' (bank-2); "
             "capitalised short form 'the Society' throughout, curly possessive 'The Society’s chief executive' "
             "(bank-2); 'a mutual', 'building society' lower-case are not annotated"},
    {"name": "Union of Finance and Counter Staff", "label": "ORG", "in": ["bank"],
     "aliases": ["Union of Finance and Counter Staff", "UFCS", "Union", "@UFCSunion"],
     "note": "the staff union; acronym 'UFCS' used without a definition in the bank-1 headline, attributive 'the UFCS national "
             "officer', 'a UFCS meeting' (bank-1), in a quote 'The UFCS will not watch' (bank-2); capitalised short "
             "form 'The Union posted' (bank-1), 'The Union’s members' (bank-2); 'its account, @UFCSunion' on X "
             "(bank-1); lower-case 'the union that represents its staff' (bank-1) is not annotated"},
    {"name": "Teodora Tennick", "label": "PERSON", "in": ["bank"],
     "aliases": ["Teodora Tennick", "Ms Tennick", "Tennick"],
     "note": "the Society's chief executive; bare 'Tennick said', 'a meeting with Tennick' in Passbook's style "
             "(bank-1); 'Ms Tennick told the Ensign' (bank-2); never 'Mr Tennick'"},
    {"name": "Thorold Tennick", "label": "PERSON", "in": ["bank"],
     "aliases": ["Thorold Tennick", "Mr Tennick"],
     "note": "a customer of 79 at the Skarnport branch, 'no relation to the chief executive' (bank-1; 'The "
             "Society’s chief executive, Teodora Tennick, is no relation', bank-2): two unrelated people sharing a surname in the same two articles, not to be "
             "merged; 'Thorold Tennick' opening bank-2's first sentence, 'Mr Tennick' in both, never bare"},
    {"name": "Raffaella Dewhirst-Ampofo", "label": "PERSON", "in": ["bank"],
     "aliases": ["Raffaella Dewhirst-Ampofo", "Ms Dewhirst-Ampofo", "Dewhirst-Ampofo"],
     "note": "the Union's national officer; a hyphenated surname; bare 'Dewhirst-Ampofo said' (bank-1), 'Ms "
             "Dewhirst-Ampofo said' (bank-2)"},
    {"name": "Passbook", "label": "ORG", "in": ["bank"], "aliases": ["Passbook"],
     "note": "the personal-finance trade title; bank-1 is its own report ('told Passbook' three times); named in "
             "bank-2 ('the trade magazine Passbook')"},
    # -- a touring circus sacks its veteran clown (circus-1 the circus trade site Tanbark's own report, straight
    #    single quotes where ' is also the apostrophe, bare surnames; circus-2 the Skarnport Spyglass's own report, curly single quotes) --
    {"name": "Circus Castellotti", "label": "ORG", "in": ["circus"],
     "aliases": ["Circus Castellotti", ("Castellotti", {"circus-1.txt": [0]})],
     "note": "the touring circus, named after its founder Amadeo Castellotti; opening the circus-1 headline, curly "
             "possessive 'Circus Castellotti’s own account' (circus-2); bare 'Castellotti's winter quarters' "
             "(circus-1, bare #0) is the company, listed; every other bare 'Castellotti' is the director; 'the "
             "circus', 'the company' are not annotated"},
    {"name": "Gaetana Castellotti", "label": "PERSON", "in": ["circus"],
     "aliases": ["Gaetana Castellotti", "Ms Castellotti", "Castellotti", "Gaetana"],
     "note": "the circus's director; bare 'Castellotti said' in Tanbark's style (circus-1, bare #1); 'Ms "
             "Castellotti' (circus-2); first name alone in the clown's quote ('Gaetana laughed at it', circus-1), "
             "as a straight possessive after her father's name ('Amadeo Castellotti, Gaetana's father', circus-1) and "
             "in the trapeze artist's quote ('We’re not against Gaetana', circus-2)"},
    {"name": "Amadeo Castellotti", "label": "PERSON", "in": ["circus"],
     "aliases": ["Amadeo Castellotti", "Mr Castellotti", "Amadeo"],
     "note": "her father, the circus's founder; two relatives sharing a surname, not to be merged; first name alone "
             "after the relation ('Her father, Amadeo, who founded', circus-2) and 'Mr Castellotti, 81' (circus-2); "
             "never 'Ms Castellotti' nor bare 'Castellotti'"},
    {"name": "Eamon Wensley", "label": "PERSON", "in": ["circus"],
     "aliases": ["Eamon Wensley", "Mr Wensley", "Wensley", "Eamon", "Pipkin", "@pipkin@bigtop.social"],
     "note": "the sacked clown; a stage name declared ('the clown known to three generations of audiences as "
             "Pipkin', circus-1) and used alone throughout, in headlines ('sacks Pipkin', circus-1; '‘Bring back "
             "Pipkin’', circus-2), narrative ('has played Pipkin'), his own words ('Pipkin isn't retiring', "
             "'Pipkin's been let go', a contraction whose 's the mention keeps as it keeps a possessive, circus-1; 'I’ve been Pipkin longer', circus-2) and others' quotes; bare "
             "'Wensley' (circus-1); 'Mr Wensley' (circus-2); first name alone in the director's quote ('Eamon has "
             "been part of this company', circus-1); 'posts as @pipkin@bigtop.social' on Mastodon (circus-1)"},
    {"name": "Fiorella Gatenby", "label": "PERSON", "in": ["circus"], "aliases": ["Fiorella Gatenby"],
     "note": "the company's trapeze artist (circus-1, circus-2), always in full"},
    {"name": "Circus and Variety Performers Guild", "label": "ORG", "in": ["circus"],
     "aliases": ["Circus and Variety Performers Guild", "CVPG", "Guild"],
     "note": "the performers' union; acronym 'CVPG' used once without a definition, in its organiser's quote "
             "(circus-1); capitalised short form 'the Guild's organiser' (circus-1), 'the Guild would challenge' "
             "(circus-2); 'the union' (circus-2) is not annotated"},
    {"name": "Bodil Gorseby", "label": "PERSON", "in": ["circus"], "aliases": ["Bodil Gorseby", "Ms Gorseby"],
     "note": "the Guild's organiser for touring shows (circus-1, circus-2)"},
    {"name": "Tanbark", "label": "ORG", "in": ["circus"], "aliases": ["Tanbark"],
     "note": "the circus trade site; circus-1 is its own report ('told Tanbark'); named in circus-2 ('The trade site "
             "Tanbark')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Jezabel Ansley", "bylines": ["fish-1.txt", "track-2.txt", "circus-2.txt"],
     "note": "Skarnport Spyglass reporter; byline of fish-1, track-2 and circus-2"},
    {"name": "Aldith Sundberg", "bylines": ["fish-2.txt"], "note": "Codline's reporter; byline of fish-2"},
    {"name": "Berengar Huckerby", "bylines": ["fish-3.txt", "bank-2.txt"],
     "note": "the Ensign's reporter; byline of fish-3 and bank-2"},
    {"name": "Benvenuta Mariot", "bylines": ["track-1.txt"], "note": "Apexline's reporter; byline of track-1"},
    {"name": "Ricarda Wigmore", "bylines": ["bank-1.txt"], "note": "Passbook's reporter; byline of bank-1"},
    {"name": "Donnchadh Cuthbertson", "bylines": ["circus-1.txt"], "note": "Tanbark's reporter; byline of circus-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
