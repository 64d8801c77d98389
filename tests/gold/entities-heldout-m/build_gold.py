"""Build entities.json (held-out entity gold, set M) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Hewlins Aquatics" is the pool engineers while "Gunnvor Hewlins" and
"Mrs Hewlins" are its founder and "Oddvar Hewlins" and "Mr Hewlins" her son, and bare "Hewlins"
is the company; "Sallowmere Canal Trust" is the charity while "Sallowmere Canal" is the waterway
and no form; "Ollerbridge Borough Council" is the council while bare "Ollerbridge" is the town
and no form; "Mr Tindlebury" is Ekow while "Mrs Tindlebury" is his mother Abena; "Mr Carnsew" is
Jacca while "Ms Carnsew" is his sister Gwithian; a possessive after the form is kept in the
mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Trust" is the Quillacre Community Leisure Trust in the
lido story and the Sallowmere Canal Trust in the canal story; "League" is the Borderlands Ice
Hockey League in the ice hockey story and the Lockerford and District Quiz League in the quiz
story; the families' bare names and first names within their stories).

As in sets B to L, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). One form
needs it: bare "Gammidge" in ice-2 (three times) is the captain Halvdan Gammidge, never the
unrelated rink manager Kerra Gammidge, who is in the same two articles.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-m/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-m/build_gold.py --review  # also list capitalised words no
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
    # -- a 1930s lido shut over a cracked pool tank (lido-1 the Ollerbridge Lamplighter's own report, curly single
    #    quotes where ’ is also the apostrophe; lido-2 the pools trade title Deepend's own report, straight, bare
    #    surnames, lower-case "the trust"; lido-3 a British national paper, curly double quotes, titles) --
    {"name": "Ollerbridge Borough Council", "label": "ORG", "in": ["lido", "ice"],
     "aliases": ["Ollerbridge Borough Council", "Borough Council"],
     "note": "the council that owns the lido and whose town plan covers the ice rink, named after the town (bare "
             "'Ollerbridge' and 'Ollerbridge’s' are the town, never annotated); capitalised short form 'the Borough "
             "Council’s own minutes' and 'Nobody at the Borough Council' inside quotes (lido-1), 'The Borough "
             "Council has had three years of warnings' (lido-2), 'If the Borough Council finds half' (lido-3), 'The "
             "Borough Council will not wave through' (ice-1); lower-case 'the council', 'the council leader', 'the "
             "council's planners' are not annotated"},
    {"name": "Quillacre Community Leisure Trust", "label": "ORG", "in": ["lido"],
     "aliases": ["Quillacre Community Leisure Trust", "QCLT", "Trust"],
     "note": "the charity that runs the lido for the council; acronym 'QCLT' used without a definition ('the "
             "QCLT’s chief executive', lido-1; 'the QCLT has set aside', lido-2); capitalised 'the Trust' in lido-1 "
             "and lido-3 (narrative and quotes: 'Every October the Trust drains it'); lido-2 writes it lower-case "
             "('the trust's chief executive', 'the trust and its funders', 'The trust has said'), not annotated; "
             "never the canal story's Trust"},
    {"name": "Friends of Ollerbridge Lido", "label": "ORG", "in": ["lido"],
     "aliases": ["Friends of Ollerbridge Lido", "Friends", "@SaveOllerLido"],
     "note": "the campaign group, its name containing the town's and the pool's ('the lido' is not annotated); "
             "capitalised short form 'the Friends' (narrative and quotes, lido-1 and lido-2, including 'whatever the "
             "Friends ask of me' inside a curly single quote); 'posts updates on X as @SaveOllerLido' (lido-1); "
             "'the group', 'the campaign' are not annotated"},
    {"name": "Hewlins Aquatics", "label": "ORG", "in": ["lido"], "aliases": ["Hewlins Aquatics", "Hewlins"],
     "note": "the pool engineers, a family firm named after its founder's family, with two of the family named; "
             "bare 'Hewlins' is always the company: the curly bare-apostrophe possessive of a name ending in s "
             "('after Hewlins’ survey' in the lido-1 headline, 'Hewlins’ engineers' inside a curly single quote "
             "whose closing mark is the same character), 'Hewlins estimate' (lido-2 headline), 'We asked Hewlins', "
             "'Hewlins's own preference', 'Hewlins would build' (lido-2); 'Mr Hewlins' and 'Mrs Hewlins' are people; "
             "'the firm', 'the company', 'a family firm' are not annotated"},
    {"name": "Gunnvor Hewlins", "label": "PERSON", "in": ["lido"], "aliases": ["Gunnvor Hewlins", "Mrs Hewlins"],
     "note": "the firm's founder and chair; named after the relation in lido-1 ('whose mother, Gunnvor Hewlins'); "
             "'Mrs Hewlins declined to comment' (lido-1), 'Mrs Hewlins told this newspaper' (lido-3); never the "
             "company nor her son"},
    {"name": "Oddvar Hewlins", "label": "PERSON", "in": ["lido"],
     "aliases": ["Oddvar Hewlins", "Mr Hewlins", "Oddvar"],
     "note": "her son, the operations director; 'Mr Hewlins said' (lido-1, lido-3); in full inside a quote and "
             "in narrative (lido-2); first name alone after the relation ('with her son, Oddvar', lido-3)"},
    {"name": "Dobroslav Clerehugh", "label": "PERSON",
     "aliases": ["Dr Dobroslav Clerehugh", "Dr Clerehugh", "Clerehugh"],
     "note": "the Trust's chief executive; bare 'Clerehugh' in Deepend's style, in the lido-2 headline "
             "('Clerehugh: lido repair bill') and twice in narrative; 'Dr Clerehugh said' (lido-3)"},
    {"name": "Steren Trevisker-Amankwah", "label": "PERSON",
     "aliases": ["Steren Trevisker-Amankwah", "Mrs Trevisker-Amankwah", "Trevisker-Amankwah"],
     "note": "the Friends' chair; a hyphenated surname; 'Mrs Trevisker-Amankwah' (lido-1, lido-3), bare "
             "'Trevisker-Amankwah' twice (lido-2)"},
    {"name": "Ibironke Merridew", "label": "PERSON",
     "aliases": ["Cllr Ibironke Merridew", "Cllr Merridew", "Merridew"],
     "note": "the council leader, in two stories (the lido, all three articles; the ice rink, both); curly "
             "possessive 'Cllr Merridew’s cabinet' (lido-3); bare 'Merridew, who leads' (lido-2) and 'Merridew, "
             "the leader' (ice-2)"},
    {"name": "Zbyszko Cantrill", "label": "PERSON",
     "aliases": ["Prof Zbyszko Cantrill", "Prof Cantrill", "Cantrill"],
     "note": "the structural engineer, in two stories (advising the lido campaign, lido-2 and lido-3; the canal "
             "gates' surveyor, canal-2, which names the lido link); bare 'Cantrill has advised' (lido-2); 'Prof "
             "Cantrill is entitled to his view' inside a quote (canal-2)"},
    {"name": "Efua Lanyon", "label": "PERSON",
     "aliases": ["Dame Efua Lanyon", "Dame Efua", "@efua@wildswim.social"],
     "note": "the former Olympic swimmer, in two stories (the lido where she learned to swim, all three articles, "
             "'Dame Efua' in the lido-3 headline and twice more; patron of the canal trust, canal-1 and canal-2); "
             "'wrote on Mastodon, where she posts as @efua@wildswim.social' (lido-1); 'Olympic', 'Britain' are not "
             "annotated"},
    {"name": "Cynfelyn Ambery", "label": "PERSON", "in": ["lido"],
     "aliases": ["Cynfelyn Ambery", "Mr Ambery", "Kipper"],
     "note": "the lido's oldest regular, 84; a nickname declared ('whom the regulars call Kipper', lido-1; 'known "
             "to the regulars as Kipper', lido-3) and used alone in another person's quote as a contraction, not a "
             "possessive ('Kipper’s been in that water', lido-1: the mention keeps ’s as the builder does); "
             "'Mr Ambery said' (lido-1, lido-3)"},
    {"name": "Ollerbridge Lamplighter", "label": "ORG", "aliases": ["Ollerbridge Lamplighter", "Lamplighter"],
     "note": "the town paper; lido-1 and ice-1 are its own reports ('has told the Lamplighter', 'seen by the "
             "Lamplighter', 'the Lamplighter has learned'), named in full only in ice-2 ('first reported by the "
             "Ollerbridge Lamplighter')"},
    {"name": "Deepend", "label": "ORG", "aliases": ["Deepend"],
     "note": "the pools trade title; lido-2 is its own report ('that Deepend has obtained', 'told Deepend', "
             "'Deepend understands')"},
    # -- an ice hockey club losing its rink (ice-1 the Ollerbridge Lamplighter's own report, curly single quotes;
    #    ice-2 the ice hockey site Rinkside's own report, straight, bare surnames) --
    {"name": "Ollerbridge Stoats", "label": "ORG", "in": ["ice"],
     "aliases": ["Ollerbridge Stoats", "Stoats", "@OllerStoats"],
     "note": "the ice hockey club, a plural team name; bare 'Stoats' in both headlines and narrative; plural "
             "bare-apostrophe possessive 'The Stoats’ owner' (ice-1) and 'the Stoats' account on X' (ice-2); "
             "attributive 'the Stoats captain' (ice-2); 'The club’s account on X, @OllerStoats' (ice-1) and "
             "'@OllerStoats' again (ice-2); 'the club', 'the side' are not annotated"},
    {"name": "Frostholm Leisure", "label": "ORG", "aliases": ["Frostholm Leisure", "Frostholm"],
     "note": "the rink's owner; one-word short form ('as Frostholm puts rink up for sale' in the ice-1 headline, "
             "'Frostholm, which has owned', 'run for Frostholm', 'Frostholm’s board' in a quote, ice-1; 'Frostholm "
             "said', 'nor is Frostholm' in a quote, ice-2); 'the company', 'a developer' are not annotated"},
    {"name": "Mawgan Gribbage", "label": "PERSON", "aliases": ["Sir Mawgan Gribbage", "Sir Mawgan"],
     "note": "Frostholm's chairman; title and first name 'Sir Mawgan' (ice-1 twice, ice-2); 'He' is not annotated"},
    {"name": "Adwoa Kinchington", "label": "PERSON",
     "aliases": ["Adwoa Kinchington", "Ms Kinchington", "Kinchington"],
     "note": "the club's owner; 'Ms Kinchington' (ice-1 twice); bare 'Kinchington' twice in Rinkside's style "
             "(ice-2)"},
    {"name": "Halvdan Gammidge", "label": "PERSON", "in": ["ice"],
     "aliases": ["Halvdan Gammidge", "Mr Gammidge", "Snapper", "snappergammidge.bsky.social",
                 ("Gammidge", {"ice-2.txt": [0, 1, 2]})],
     "note": "the club's captain; a nickname declared and used alone ('whom supporters call Snapper', "
             "'Snapper’s right' in the rink manager's quote, ice-1; 'known to every crowd in the league as Snapper', "
             "ice-2); 'posts on Bluesky as snappergammidge.bsky.social' (ice-1); bare 'Gammidge' three times in "
             "ice-2 ('Gammidge, the Stoats captain', 'Gammidge has captained', 'Gammidge said the players'), all "
             "him, listed; 'Norway' is not annotated; never the unrelated Kerra Gammidge"},
    {"name": "Kerra Gammidge", "label": "PERSON", "in": ["ice"], "aliases": ["Kerra Gammidge", "Ms Gammidge"],
     "note": "Frostholm's rink manager, 'who is no relation' to the captain (ice-1, ice-2): two unrelated people "
             "sharing a surname in the same two articles, not to be merged; 'Ms Gammidge' (ice-1 twice, ice-2), "
             "never bare"},
    {"name": "Borderlands Ice Hockey League", "label": "ORG", "in": ["ice"],
     "aliases": ["Borderlands Ice Hockey League", "League", "Borderlands"],
     "note": "the league; in full in both articles; one-word short form ('Borderlands gives Stoats' in the ice-2 "
             "headline, 'Borderlands said'); capitalised 'the League's board' twice (ice-2); lower-case 'the league', "
             "'The league's chief executive' are not annotated; never the quiz story's League"},
    {"name": "Rinkside", "label": "ORG", "aliases": ["Rinkside"],
     "note": "the ice hockey site; ice-2 is its own report ('told Rinkside' twice)"},
    # -- a pub quiz league's champions stripped of their title (quiz-1 the county paper the Marchwold Intelligencer's
    #    own report, curly double quotes; quiz-2 the quiz magazine Buzzer's own report, curly single quotes) --
    {"name": "Lockerford and District Quiz League", "label": "ORG", "in": ["quiz"],
     "aliases": ["Lockerford and District Quiz League", "LDQL", "League", "@LDQLquiz"],
     "note": "the league, named after the town (bare 'Lockerford', 'Lockerford’s' are the town, not annotated); "
             "the acronym 'LDQL’s' used without a definition (quiz-1, quiz-2); quiz-1 writes 'the league' lower-case "
             "(not annotated), quiz-2 'the League' capitalised in narrative and quotes ('the League’s 22 teams', 'if "
             "the League is paying'); its X account ('posts results as @LDQLquiz', quiz-1; 'The League’s account on "
             "X, @LDQLquiz', quiz-2); never the ice hockey story's League"},
    {"name": "Cogitators", "label": "ORG", "in": ["quiz"], "aliases": ["Cogitators"],
     "note": "the champion team ('The Cogitators, champions of', the article not in the mention); plural "
             "bare-apostrophe possessive 'the Cogitators’ win', 'The Cogitators’ captain' (quiz-1, quiz-2); 'the "
             "team' is not annotated; the runners-up are never named"},
    {"name": "Torstein Mellowes", "label": "PERSON", "in": ["quiz"],
     "aliases": ["Torstein Mellowes", "Mr Mellowes", "Mellowes", "Abacus"],
     "note": "the rival captain who complained; a nickname declared ('known across the league as Abacus', quiz-1; "
             "'the man the circuit calls Abacus', quiz-2) and used alone, in another person's quote ('since before "
             "Abacus could read', quiz-1) and opening the quiz-2 headline ('Abacus speaks: Mellowes on'); bare "
             "'Mellowes' in quiz-2's style; 'Mr Mellowes' (quiz-1)"},
    {"name": "Ekow Tindlebury", "label": "PERSON", "in": ["quiz"],
     "aliases": ["Ekow Tindlebury", "Mr Tindlebury", "Tindlebury", "@ekowknows"],
     "note": "the Cogitators' captain; 'Mr Tindlebury' (quiz-1) in the same article as 'Mrs Tindlebury' (his "
             "mother); bare 'Tindlebury told Buzzer' (quiz-2) is him; 'On X, where he posts as @ekowknows' "
             "(quiz-1); 'her son', 'my sister' are not annotated"},
    {"name": "Abena Tindlebury", "label": "PERSON", "in": ["quiz"],
     "aliases": ["Abena Tindlebury", "Mrs Tindlebury", "Abena"],
     "note": "his mother, on the same team; named after the relation ('his mother, Abena Tindlebury', quiz-1; "
             "'His mother, Abena', first name alone, quiz-2); in full inside the rival captain's quote (quiz-2); "
             "'Mrs Tindlebury, 71' (quiz-1), 'Mrs Tindlebury said' (quiz-2); 'my mother’s', 'a grandmother’s "
             "handbag' are not annotated"},
    {"name": "Ifan ap Rhydderch", "label": "PERSON",
     "aliases": ["Ifan ap Rhydderch", "Mr ap Rhydderch", "Ap Rhydderch", "ap Rhydderch"],
     "note": "the league secretary; a lower-case Welsh particle surname: 'Mr ap Rhydderch' (quiz-1), 'Ap "
             "Rhydderch' capitalised opening a paragraph and bare lower-case 'that ap Rhydderch has asked' "
             "mid-sentence (quiz-2)"},
    {"name": "Quibbly", "label": "ORG", "aliases": ["Quibbly"],
     "note": "the one-word question-pack company (quiz-1, quiz-2: 'Quibbly, whose sealed packs', 'said Quibbly "
             "would rather'); 'the company' is not annotated"},
    {"name": "Bozena Sharrock", "label": "PERSON", "aliases": ["Bozena Sharrock", "Ms Sharrock", "Sharrock"],
     "note": "Quibbly's founder; 'Ms Sharrock said' (quiz-1), bare 'Sharrock added' opening a sentence (quiz-2)"},
    {"name": "Marchwold Intelligencer", "label": "ORG", "aliases": ["Marchwold Intelligencer", "Intelligencer"],
     "note": "the county paper, named after the county (bare 'Marchwold' never occurs alone); quiz-1 and canal-2 "
             "are its own reports ('the Intelligencer can reveal', 'told the Intelligencer', 'the Intelligencer "
             "understands'); named in full in quiz-2 ('first reported by the Marchwold Intelligencer')"},
    {"name": "Buzzer", "label": "ORG", "aliases": ["Buzzer"],
     "note": "the quiz magazine; quiz-2 is its own report ('Mellowes told Buzzer', 'Tindlebury told Buzzer', "
             "'Buzzer understands')"},
    # -- a canal trust's new lock gates leak (canal-1 the canals magazine Windlass's own report, straight, bare
    #    surnames; canal-2 the Marchwold Intelligencer's own report, curly single quotes) --
    {"name": "Sallowmere Canal Trust", "label": "ORG", "in": ["canal"],
     "aliases": ["Sallowmere Canal Trust", "Trust", "@SallowmereCanal"],
     "note": "the restoration charity, its name beginning with the waterway's ('the Sallowmere Canal' is the "
             "canal, not annotated, nor 'Brindcombe top lock', 'Brindcombe'); capitalised short form 'the Trust' "
             "throughout both articles, including the canal-1 headline ('as Trust and Oakreave trade blame') and "
             "possessives 'the Trust's volunteers', 'The Trust’s chair'; 'posts updates on X as @SallowmereCanal' "
             "(canal-1); never the lido story's Trust"},
    {"name": "Oakreave", "label": "ORG", "aliases": ["Oakreave"],
     "note": "the one-word joinery firm, like a surname with no person of that name (both headlines; "
             "'Oakreave's managing director', canal-1; 'said Oakreave did not accept', canal-2); 'the firm' is not "
             "annotated"},
    {"name": "Radoslava Gisburne", "label": "PERSON", "aliases": ["Dr Radoslava Gisburne", "Dr Gisburne"],
     "note": "the Trust's chair; 'Dr Gisburne' in both canal articles, never bare"},
    {"name": "Ebuka Oxenbury", "label": "PERSON", "aliases": ["Ebuka Oxenbury", "Mr Oxenbury", "Oxenbury"],
     "note": "Oakreave's managing director; 'Mr Oxenbury said' (canal-1, canal-2); bare 'Oxenbury's account' and "
             "'Oxenbury said Oakreave' (canal-1)"},
    {"name": "Gwithian Carnsew", "label": "PERSON", "in": ["canal"],
     "aliases": ["Gwithian Carnsew", "Ms Carnsew", "Gwithian"],
     "note": "the retired civil engineer who led the volunteers; 'Ms Carnsew' (canal-1, canal-2) in the same "
             "articles as her brother's 'Mr Carnsew': two people sharing a surname, not to be merged; first name "
             "alone as a curly possessive in the Trust chair's quote ('Gwithian’s cills', canal-2)"},
    {"name": "Jacca Carnsew", "label": "PERSON", "in": ["canal"],
     "aliases": ["Jacca Carnsew", "Mr Carnsew", "Jacca"],
     "note": "her younger brother, the volunteer lock-keeper; named after the relation ('with her younger brother, "
             "Jacca Carnsew', canal-1); first name alone in his sister's quote ('Jacca stood on every stone', "
             "canal-1); 'Mr Carnsew' (canal-1, canal-2); 'my sister', 'His sister' are not annotated"},
    {"name": "Windlass", "label": "ORG", "aliases": ["Windlass"],
     "note": "the canals magazine; canal-1 is its own report ('Windlass has learned', 'told Windlass', 'Windlass "
             "will report')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Halldora Pinchcombe", "bylines": ["lido-1.txt", "ice-1.txt"],
     "note": "Ollerbridge Lamplighter reporter; byline of lido-1 and ice-1"},
    {"name": "Fiifi Stanwix", "bylines": ["lido-2.txt"], "note": "Deepend's reporter; byline of lido-2"},
    {"name": "Eirianwen Lewarne", "bylines": ["lido-3.txt"], "note": "the national paper's reporter; byline of lido-3"},
    {"name": "Torunn Cottam", "bylines": ["ice-2.txt"], "note": "Rinkside's reporter; byline of ice-2"},
    {"name": "Akosua Ettershank", "bylines": ["quiz-1.txt", "canal-2.txt"],
     "note": "Marchwold Intelligencer reporter; byline of quiz-1 and canal-2"},
    {"name": "Wiktoria Ladbrooke", "bylines": ["quiz-2.txt"], "note": "Buzzer's reporter; byline of quiz-2"},
    {"name": "Sennen Maddern", "bylines": ["canal-1.txt"], "note": "Windlass's reporter; byline of canal-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
