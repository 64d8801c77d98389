"""Build entities.json (held-out entity gold, set R) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Frettingham Haulage" is the haulage firm while "Gennaro Frettingham" and
"Mr Frettingham" are its founder and "Concetta Frettingham" and "Ms Frettingham" his daughter,
who runs it; "Themba Pillinger" and "Mr Pillinger" are the patient while "Assunta Pillinger",
"Ms Pillinger" and bare "Pillinger" are the unrelated dentist; "Jorrit van Dongelaar", "Mr van
Dongelaar" and "Jorrit" are the husband while "Femke van Dongelaar" and "Mrs van Dongelaar" are
his wife; "Blaxhithe Shipbuilders", "Varrowmouth Harbour and Channel Commissioners", "Kelvingstow Marine",
"Brantholme Market Hall Trust", "Ollerdale County Council", "Ollerdale Community Health Board" and
"Ollerdale Chronometer" are organisations while bare "Blaxhithe", "Varrowmouth", "Kelvingstow",
"Brantholme" and "Ollerdale" are places and no form; a possessive after the form is kept in the
mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Commissioners" is the harbour body only in the shipyard
story, "Trust" the market hall's charity only in the hall story, "Health Board" the dental
scheme's board only in the dental story, "Federation" the postmasters' body only in the post
office story; the families' names and first names within their stories).

As in sets B to Q, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles. No form of this set needs
it: every bare surname is one person's in its articles (bare "Pillinger" is only ever the dentist;
the patient is always "Themba Pillinger" or "Mr Pillinger", the founder and his daughter always
carry a first name or a title).

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-r/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-r/build_gold.py --review  # also list capitalised words no
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
    # -- a shipyard wins and then loses an order for two harbour dredgers (yard-1 the county paper the Ollerdale
    #    Chronometer's own report, curly single quotes where ’ is also the apostrophe; yard-2 the shipbuilding
    #    trade title Hawsepipe's own report, straight double quotes, bare surnames; yard-3 the national paper the
    #    Broadsheet's own report, curly double quotes) --
    {"name": "Blaxhithe Shipbuilders", "label": "ORG",
     "aliases": ["Blaxhithe Shipbuilders", "@BlaxhitheYard"],
     "note": "the shipyard, named after its town (bare 'Blaxhithe' is the town, never annotated: 'the MP for "
             "Blaxhithe and Ollerdale North', 'On a wet morning in Blaxhithe', 'the Blaxhithe yard' (a place "
             "used as a modifier), 'any Blaxhithe worker', 'Blaxhithe yard wins' in the yard-1 headline); 'its "
             "account, @BlaxhitheYard' on X (yard-1, yard-2, yard-3); in the dental story too, as the former "
             "employer of the patient ('worked at Blaxhithe Shipbuilders', dent-1; 'lost his job at Blaxhithe "
             "Shipbuilders', dent-2); 'the yard', 'the firm', 'the company' are not annotated"},
    {"name": "Varrowmouth Harbour and Channel Commissioners", "label": "ORG", "in": ["yard"],
     "aliases": ["Varrowmouth Harbour and Channel Commissioners", "Commissioners", "VHCC"],
     "note": "the harbour body that orders the dredgers, named after its port (bare 'Varrowmouth' is the port, "
             "never annotated); capitalised short form 'the Commissioners' throughout, 'The Commissioners chose' "
             "opening a sentence, bare-apostrophe possessive 'the Commissioners’ lenders' (yard-1), straight "
             "'the Commissioners' chief executive', 'the Commissioners' door' (yard-2), curly 'the Commissioners’ "
             "board' (yard-3); acronym 'VHCC' used without a definition, in a quote ('The VHCC board was "
             "unanimous', yard-1), attributive ('The VHCC board voted', yard-2), possessive ('The VHCC’s "
             "decision', yard-3); 'the board', 'the harbour' are not annotated"},
    {"name": "Kelvingstow Marine", "label": "ORG", "in": ["yard"], "aliases": ["Kelvingstow Marine"],
     "note": "the rival yard that takes the order, named after its town; opening a sentence ('Kelvingstow Marine, "
             "whose yard lies 70 miles down the coast', yard-2; 'Kelvingstow Marine said it would offer', yard-3), "
             "in a quote with a possessive ('at Kelvingstow Marine's gate', yard-2); bare 'Kelvingstow' is a place "
             "('to Kelvingstow rival' in the yard-2 headline, 'the Kelvingstow yard's order book'), not annotated"},
    {"name": "Amalgamated Hull Trades Union", "label": "ORG", "in": ["yard"],
     "aliases": ["Amalgamated Hull Trades Union", "AHTU"],
     "note": "the yard workers' union; acronym 'AHTU' used without a definition, only inside its convenor's "
             "quotes ('the AHTU will hold him', yard-1; 'The AHTU was promised', yard-2); lower-case 'the union', "
             "'the union's convenor', 'the union’s office' are not annotated"},
    {"name": "Sigvald Haldesworth", "label": "PERSON", "in": ["yard"],
     "aliases": ["Sigvald Haldesworth", "Mr Haldesworth", "Haldesworth", "Sigvald"],
     "note": "the shipyard's managing director; bare possessive surname opening the yard-2 headline "
             "('Haldesworth's yard'), bare 'Haldesworth, the yard's managing director' opening a sentence and "
             "'Haldesworth said' in Hawsepipe's style (yard-2); 'Mr Haldesworth' (yard-1, yard-3), also inside the "
             "harbour chief's quote ('I wish Mr Haldesworth well', yard-3); first name alone in the convenor's "
             "quotes ('I told Sigvald this morning', yard-1; 'Sigvald stood on the slipway', yard-3)"},
    {"name": "Isidora de Montvillard", "label": "PERSON", "in": ["yard"],
     "aliases": ["Isidora de Montvillard", "Ms de Montvillard", "De Montvillard"],
     "note": "the Commissioners' chief executive; a lower-case particle surname: 'Isidora de Montvillard' (all three "
             "yard articles), 'Ms de Montvillard said' (yard-1, yard-3), and bare 'De Montvillard said' capitalised "
             "opening a sentence in Hawsepipe's style (yard-2)"},
    {"name": "Nkechi Ruddlesden", "label": "PERSON", "in": ["yard"],
     "aliases": ["Nkechi Ruddlesden", "Ms Ruddlesden", "Ruddlesden"],
     "note": "the union's convenor at the yard; bare 'Ruddlesden said', 'Ruddlesden said the yard's 40 new "
             "apprentices' opening a sentence (yard-2); 'Ms Ruddlesden' (yard-3)"},
    {"name": "Afua Mathers", "label": "PERSON", "in": ["yard"],
     "aliases": ["Afua Mathers", "Ms Mathers", "Mathers"],
     "note": "an apprentice plater; a surname ending in s with bare-apostrophe possessives: curly 'Ms Mathers’ "
             "apprenticeship' (yard-1) and straight 'Mathers' instructor' opening a sentence in Hawsepipe's style "
             "(yard-2); 'Ms Mathers said' (yard-3)"},
    {"name": "Rustom Kettleborough", "label": "PERSON",
     "aliases": ["Rustom Kettleborough", "Mr Kettleborough", "Kettleborough"],
     "note": "the MP for Blaxhithe and Ollerdale North, in three stories (the dredger order, yard-1 to yard-3; the "
             "dental scheme, dent-2; the post office closures, post-1 and post-2); bare 'Kettleborough told "
             "Hawsepipe' opening a sentence (yard-2); 'Mr Kettleborough' (yard-1, yard-3, dent-2, post-1); 'the "
             "MP', 'the town’s MP', 'the local MP' are not annotated; his posts on X are named but no handle is "
             "given"},
    {"name": "Hawsepipe", "label": "ORG", "in": ["yard"], "aliases": ["Hawsepipe"],
     "note": "the shipbuilding trade title; yard-2 is its own report ('Hawsepipe has learned', 'told Hawsepipe' "
             "twice); named in yard-3 ('first reported by the trade title Hawsepipe')"},
    {"name": "Ollerdale Chronometer", "label": "ORG", "aliases": ["Ollerdale Chronometer", "Chronometer"],
     "note": "the county paper, named after the county (bare 'Ollerdale' is the county, never annotated); yard-1, "
             "hall-1, dent-2 and post-1 are its own reports ('the Chronometer can reveal', 'told the Chronometer'); "
             "named in full in yard-3 ('the March copy of the Ollerdale Chronometer') and hall-2 ('The local paper, "
             "the Ollerdale Chronometer')"},
    {"name": "Broadsheet", "label": "ORG", "aliases": ["Broadsheet"],
     "note": "the national paper; yard-3, hall-2 and post-2 are its own reports ('told the Broadsheet', yard-3, "
             "hall-2, post-2; curly possessive 'the Broadsheet’s questions', hall-2)"},
    # -- a market hall's roof appeal and the donor who withdrew (hall-1 the Ollerdale Chronometer's own report,
    #    curly single quotes; hall-2 the Broadsheet's own report, curly double quotes) --
    {"name": "Brantholme Market Hall Trust", "label": "ORG", "in": ["hall"],
     "aliases": ["Brantholme Market Hall Trust", "Trust", "brantholmehall.bsky.social"],
     "note": "the charity that owns the hall, named after the town (bare 'Brantholme' is the town, never "
             "annotated, nor 'Brantholme’s Victorian market hall', 'Brantholme’s market hall'); capitalised short "
             "form 'the Trust' throughout, 'The Trust said' opening a sentence (hall-1), curly possessives 'the "
             "Brantholme Market Hall Trust’s roof appeal', 'the Trust’s chair', 'the Trust’s office' (hall-2); "
             "'it posts as brantholmehall.bsky.social' on Bluesky (hall-1); 'the charity', 'its trustees', 'the "
             "trustees’ answer' are not annotated"},
    {"name": "Gennaro Frettingham", "label": "PERSON", "in": ["hall"],
     "aliases": ["Gennaro Frettingham", "Mr Frettingham", "Gennaro", "Tiddler", "Gennaro “Tiddler” Frettingham"],
     "note": "the withdrawing donor, 84, founder of Frettingham Haulage; a nickname declared ('who is known to "
             "almost everyone in Brantholme as Tiddler', hall-1) and used alone, opening a sentence ('Tiddler, as "
             "the market traders call him', hall-1) and in quotes ('If Tiddler wants his name over a door', hall-1; "
             "'even to Tiddler', 'Tiddler paid for the Christmas lights', hall-2); the nickname inside the full "
             "name, 'Gennaro “Tiddler” Frettingham' (hall-2), is one mention, the whole string; first name alone "
             "in the Trust chair's quote ('Gennaro has been generous', hall-1); 'Mr Frettingham' (hall-1, hall-2); "
             "'her father', 'My father', 'the old man' are not annotated; never 'Ms Frettingham'"},
    {"name": "Concetta Frettingham", "label": "PERSON", "in": ["hall"],
     "aliases": ["Concetta Frettingham", "Ms Frettingham"],
     "note": "his daughter, who manages Frettingham Haulage; two relatives sharing a surname, not to be merged; "
             "'Ms Frettingham said' (hall-1), 'Ms Frettingham told the Broadsheet' (hall-2); never bare "
             "'Frettingham', never 'Mr Frettingham'"},
    {"name": "Frettingham Haulage", "label": "ORG", "in": ["hall"], "aliases": ["Frettingham Haulage"],
     "note": "the haulage firm, named after its founder Gennaro Frettingham; in narrative and in his daughter's "
             "quotes ('Frettingham Haulage will still carry the new glazing', hall-1; curly possessive "
             "'Frettingham Haulage’s lorries', hall-2); 'the company', 'the firm he founded' are not annotated"},
    {"name": "Perizad Ashenhurst", "label": "PERSON", "in": ["hall"],
     "aliases": ["Perizad Ashenhurst", "Mrs Ashenhurst"],
     "note": "the Trust's chair (hall-1, hall-2)"},
    {"name": "Ollerdale County Council", "label": "ORG",
     "aliases": ["Ollerdale County Council", "County Council"],
     "note": "the county council, named after the county, in two stories (the hall's grant, hall-1 and hall-2; "
             "the post office closures, post-1 and post-2); capitalised short form 'A spokeswoman for the County "
             "Council' (hall-1), 'the County Council would consider a loan' (hall-2), 'the County Council had "
             "sent' (post-2); lower-case 'the council’s cabinet member' (hall-2) is not annotated"},
    {"name": "Rajendra Tattersfield", "label": "PERSON",
     "aliases": ["Cllr Rajendra Tattersfield", "Cllr Tattersfield"],
     "note": "the County Council's cabinet member for rural affairs and heritage, in two stories (hall-2; post-1, "
             "post-2); the title 'Cllr' kept in the mention, as 'Mr', 'Ms', 'Dr' are"},
    # -- a dental chain leaves the county's public dental scheme (dent-1 the dental news site Bitewing's own report,
    #    straight single quotes where ' is also the apostrophe, bare surnames; dent-2 the Ollerdale Chronometer's
    #    own report, curly single quotes) --
    {"name": "Ivorygate Dental Group", "label": "ORG", "in": ["dent"],
     "aliases": ["Ivorygate Dental Group", "Ivorygate"],
     "note": "the dental chain; one-word short form 'Ivorygate' opening the dent-1 headline and sentences "
             "('Ivorygate's practices will offer', dent-1; 'Ivorygate, which runs 14 practices', 'Ivorygate said', "
             "dent-2), in the patient's post ('Now Ivorygate wants me to pay', dent-1), straight possessive "
             "'Ivorygate's own dentists' (dent-1) and curly 'Ivorygate’s clinical director' (dent-2); lower-case "
             "'the group', 'a dental chain' are not annotated"},
    {"name": "Ollerdale Community Health Board", "label": "ORG", "in": ["dent"],
     "aliases": ["Ollerdale Community Health Board", "Health Board", "OCHB"],
     "note": "the board that runs the county's public dental scheme (the scheme itself, written lower-case, is a "
             "programme, not annotated); capitalised short form 'the Health Board' throughout, possessives 'the "
             "Health Board's director' (dent-1), 'The Health Board’s director' (dent-2), in a quote ('We told the "
             "Health Board', dent-2); acronym 'OCHB' used without a definition, only in quotes ('we have asked the "
             "OCHB', dent-1; 'the OCHB will not leave anyone', dent-2); 'the board' is not annotated"},
    {"name": "Nirmala Tresilian-Mabb", "label": "PERSON", "in": ["dent"],
     "aliases": ["Dr Nirmala Tresilian-Mabb", "Dr Tresilian-Mabb", "Tresilian-Mabb"],
     "note": "Ivorygate's clinical director; a hyphenated surname; bare 'Tresilian-Mabb said' in Bitewing's style, "
             "opening a sentence twice (dent-1); 'Dr Tresilian-Mabb said' (dent-2)"},
    {"name": "Ceinwen O'Tiernagh", "label": "PERSON", "in": ["dent"],
     "aliases": ["Dr Ceinwen O'Tiernagh", "O'Tiernagh", "Dr Ceinwen O’Tiernagh", "Dr O’Tiernagh"],
     "note": "the Health Board's director of dental services; an O' surname written with the straight apostrophe "
             "in dent-1 ('Dr Ceinwen O'Tiernagh', bare 'O'Tiernagh told Bitewing' opening a sentence) and the "
             "curly one in dent-2 ('Dr Ceinwen O’Tiernagh', 'Dr O’Tiernagh said')"},
    {"name": "Assunta Pillinger", "label": "PERSON", "in": ["dent"],
     "aliases": ["Assunta Pillinger", "Ms Pillinger", "Pillinger"],
     "note": "a dentist at Ivorygate's Blaxhithe practice who leaves to stay in the scheme; bare 'Pillinger said' "
             "and straight possessive 'Pillinger's patients' in Bitewing's style (dent-1); 'Ms Pillinger' (dent-2), "
             "also inside the patient's quote ('Ms Pillinger has been brilliant'); never 'Mr Pillinger'"},
    {"name": "Themba Pillinger", "label": "PERSON", "in": ["dent"],
     "aliases": ["Themba Pillinger", "Mr Pillinger", "@tpillinger@chairside.social"],
     "note": "her patient, a former plater at Blaxhithe Shipbuilders, 'who is no relation' (dent-1; 'The two are "
             "not related', dent-2): two unrelated people sharing a surname in the same two articles, not to be "
             "merged; 'posts on Mastodon as @tpillinger@chairside.social' (dent-1); 'Mr Pillinger' (dent-2); "
             "never bare 'Pillinger'"},
    {"name": "Bitewing", "label": "ORG", "in": ["dent"], "aliases": ["Bitewing"],
     "note": "the dental news site; dent-1 is its own report ('Bitewing has learned', 'told Bitewing'); named in "
             "dent-2 ('the dental news site Bitewing')"},
    # -- a county's rural post office closures (post-1 the Ollerdale Chronometer's own report, curly single quotes;
    #    post-2 the Broadsheet's own report, curly double quotes) --
    {"name": "Ruralpost", "label": "ORG", "in": ["post"], "aliases": ["Ruralpost"],
     "note": "the company that runs the rural post office network; one-word name opening sentences ('Ruralpost "
             "says', post-2), curly possessive 'Ruralpost’s network director' (post-1, post-2), in quotes ('we can "
             "offer Ruralpost a room', post-1); 'the company' is not annotated"},
    {"name": "Federation of Village Postmasters", "label": "ORG", "in": ["post"],
     "aliases": ["Federation of Village Postmasters", "Federation", "FVP"],
     "note": "the body of the people who run the branches; acronym 'FVP' used without a definition ('the FVP "
             "would ask', post-1; 'the FVP had asked', post-2); capitalised short form 'The Federation’s "
             "spokeswoman' (post-2)"},
    {"name": "Sushila Harrowes", "label": "PERSON", "in": ["post"],
     "aliases": ["Sushila Harrowes", "Ms Harrowes"],
     "note": "Ruralpost's network director; a surname ending in s with a curly bare-apostrophe possessive inside "
             "quotes ('Ms Harrowes’ van', post-1; 'Ms Harrowes’ own figures', post-2)"},
    {"name": "Annikki Rattray", "label": "PERSON", "in": ["post"], "aliases": ["Annikki Rattray", "Ms Rattray"],
     "note": "the Federation's spokeswoman (post-1, post-2)"},
    {"name": "Femke van Dongelaar", "label": "PERSON", "in": ["post"],
     "aliases": ["Femke van Dongelaar", "Mrs van Dongelaar"],
     "note": "the Yarrowby sub-postmistress; a lower-case particle surname; 'Femke van Dongelaar' opening post-2's "
             "first sentence; 'Mrs van Dongelaar' (post-1, post-2); never 'Mr van Dongelaar'"},
    {"name": "Jorrit van Dongelaar", "label": "PERSON", "in": ["post"],
     "aliases": ["Jorrit van Dongelaar", "Mr van Dongelaar", "Jorrit"],
     "note": "her husband, who runs the shop; two relatives sharing a surname, not to be merged; 'Mr van Dongelaar' "
             "(post-1, post-2); first name alone in his wife's quotes ('Jorrit and I have done this', post-1; "
             "'Jorrit says it’s morbid', post-2) and after the relation ('whose husband, Jorrit, runs the shop', "
             "post-2)"},
    {"name": "Vilja Cawthra", "label": "PERSON", "in": ["post"], "aliases": ["Vilja Cawthra", "Mrs Cawthra"],
     "note": "a pensioner in Pennaby (post-1, post-2)"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Aleydis Wagstaffe", "bylines": ["yard-1.txt", "hall-1.txt", "post-1.txt"],
     "note": "Ollerdale Chronometer reporter; byline of yard-1, hall-1 and post-1"},
    {"name": "Gerolf Dunnachie", "bylines": ["dent-2.txt"],
     "note": "Ollerdale Chronometer health reporter; byline of dent-2"},
    {"name": "Oskari Lumsden", "bylines": ["yard-2.txt"], "note": "Hawsepipe's reporter; byline of yard-2"},
    {"name": "Ljubica Thistlewood", "bylines": ["yard-3.txt", "hall-2.txt", "post-2.txt"],
     "note": "the Broadsheet's reporter; byline of yard-3, hall-2 and post-2"},
    {"name": "Kalpana Kinnaird", "bylines": ["dent-1.txt"], "note": "Bitewing's reporter; byline of dent-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
