"""Build entities.json (held-out entity gold, set T) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Thackwell Toys" is the toy company while "Casimira Thackwell" and
"Ms Thackwell" are its managing director, "Columba Thackwell" and "Mr Thackwell" her brother and
"Ignaz Thackwell" the founder; "Wilfrida Pearsall", "Mrs Pearsall" and "Wilfrida" are the packer
while "Fulgence Pearsall", "Mr Pearsall" and "Fulgence" are her husband; "Olimpia Learoyd" and
"Mrs Learoyd" are the resident while "Nikodem Learoyd", "Mr Learoyd" and bare "Learoyd" are her
son; "Cllr Pritpal Yewdall", "Mr Yewdall" and bare "Yewdall" are the councillor while "Chitra
Yewdall" and "Ms Yewdall" are the unrelated nurse; "Quaife Ironworks" is the foundry while
"Josias Quaife" is its founder and "Bhavna Quaife", "Ms Quaife" and bare "Quaife" the
great-great-granddaughter who runs it; "Sallowmouth City Council", "Sallowmouth Weathercock",
"Clear Kerbs Sallowmouth", "Friends of Copperfield Park" and "Gorsebridge Silver Band" are
organisations while bare "Sallowmouth", "Copperfield Park", "Gorsebridge" and "Threlkirk" are
places and no form; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Authority" is the care regulator only in the care story,
"Fund" the parks heritage fund and "Friends" the park's friends group only in the bandstand
story; the families' first names and titled surnames within their stories).

As in sets B to S, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). One form
needs it: bare "Thackwell" is the company Thackwell Toys everywhere (toy-1's "Thackwell’s" in the
union officer's quote; toy-2, in the trade title's style: the headline, "Thackwell's offer",
"Thackwell has a warehouse", "Thackwell's larger rivals", "In a statement, Thackwell said")
except "Thackwell, 47, took over from her father" (toy-2, bare #3), which is the managing
director Casimira Thackwell.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-t/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-t/build_gold.py --review  # also list capitalised words no
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
    # -- a toy factory's closure and the union's fight for redundancy terms (toy-1 the city paper the Sallowmouth
    #    Weathercock's own report, curly single quotes where ’ is also the apostrophe; toy-2 the toy trade title
    #    Playtrader's own report, straight double quotes, bare surnames; toy-3 the national paper the Lodestone's
    #    own report, curly double quotes) --
    {"name": "Thackwell Toys", "label": "ORG",
     "aliases": ["Thackwell Toys", ("Thackwell", {"toy-1.txt": [0], "toy-2.txt": [0, 1, 2, 4, 5]})],
     "note": "the family toy company, named after its founder Ignaz Thackwell; opening the toy-1 headline and first "
             "sentence; one-word short form 'Thackwell' in Playtrader's style (toy-2): opening the headline "
             "('Thackwell closure:'), straight possessives 'Thackwell's offer', 'Thackwell's larger rivals', in the "
             "union officer's quote ('Thackwell has a warehouse') and 'In a statement, Thackwell said'; curly "
             "possessive 'Thackwell’s' in the union officer's quote (toy-1); bare-apostrophe curly possessive "
             "'Thackwell Toys’ last Christmas catalogue' opening toy-3's last paragraph; named in both bandstand "
             "articles (band-1, band-2) as the shop steward's employer; bare 'Thackwell, 47' (toy-2, bare #3) is "
             "the managing director, listed under her; 'the company', 'the firm', 'the business' are not annotated"},
    {"name": "Casimira Thackwell", "label": "PERSON", "in": ["toy"],
     "aliases": ["Casimira Thackwell", "Ms Thackwell", "Casimira", ("Thackwell", {"toy-2.txt": [3]})],
     "note": "the managing director, the founder's granddaughter; opening toy-1's last paragraph in full; first name "
             "alone in her brother's quotes ('Casimira has done the sums', toy-1; 'Casimira is a good manager', "
             "toy-3); bare 'Thackwell, 47, took over from her father' (toy-2, bare #3), listed, where every other "
             "bare 'Thackwell' is the company"},
    {"name": "Columba Thackwell", "label": "PERSON", "in": ["toy"],
     "aliases": ["Columba Thackwell", "Mr Thackwell", "Columba"],
     "note": "her brother, a non-executive director who voted against the closure; two siblings sharing a surname, "
             "not to be merged; 'Mr Thackwell told the Weathercock' (toy-1), 'Mr Thackwell said' (toy-3); first "
             "name alone in the narrative ('Her brother Columba, who sits on the board', toy-3); never bare "
             "'Thackwell'"},
    {"name": "Ignaz Thackwell", "label": "PERSON", "in": ["toy"], "aliases": ["Ignaz Thackwell"],
     "note": "the company's founder in 1951 (toy-1, toy-3); always in full; 'My grandfather' in the managing "
             "director's quote (toy-1) is not annotated"},
    {"name": "Allied Moulders and Makers Union", "label": "ORG", "in": ["toy"],
     "aliases": ["Allied Moulders and Makers Union", "AMMU", "@AMMUnion"],
     "note": "the invented union; acronym 'AMMU' used without a definition in the toy-2 headline, 'The AMMU has "
             "tabled a claim' and straight possessive 'The AMMU's negotiating team' opening sentences (toy-2) and in a worker's quote ('If he "
             "says the AMMU can get us more', toy-3); its account '@AMMUnion' on X (toy-1); lower-case 'the union', "
             "'the union's' are not annotated"},
    {"name": "Nadezhda Fawthrop-Uren", "label": "PERSON", "in": ["toy"],
     "aliases": ["Nadezhda Fawthrop-Uren", "Ms Fawthrop-Uren", "Fawthrop-Uren"],
     "note": "the union's regional officer; a hyphenated surname; 'Ms Fawthrop-Uren said' (toy-1); bare "
             "'Fawthrop-Uren, the union's regional officer' opening a paragraph and 'Fawthrop-Uren said' (toy-2)"},
    {"name": "Diarmuid Rishworth", "label": "PERSON",
     "aliases": ["Diarmuid Rishworth", "Mr Rishworth", "Rishworth", "Marbles", "Diarmuid"],
     "note": "the union's shop steward at the factory and the silver band's principal cornet, in two stories; a "
             "nickname declared ('is known to everyone there as Marbles, after the box of glass marbles he "
             "spilled', toy-1; 'better known in the trade as Marbles', toy-2) and used alone in quotes ('Marbles "
             "will be in the room', toy-2; 'Marbles is the one who tells you the truth', toy-3; 'Marbles has "
             "played on that bandstand', band-1; 'Marbles asked for it', band-2); first name alone ('Nobody calls "
             "him Diarmuid', toy-3); 'Mr Rishworth' (toy-3); bare 'Rishworth is better known' (toy-2), 'Rishworth, "
             "who has been in the news' (band-2); the lower-case 'glass marbles' (toy-1) is no mention"},
    {"name": "Wilfrida Pearsall", "label": "PERSON", "in": ["toy"],
     "aliases": ["Wilfrida Pearsall", "Mrs Pearsall", "Wilfrida"],
     "note": "a packer in the dispatch hall; 'Mrs Pearsall said' (toy-1); in toy-3 written 'Wilfrida and Fulgence "
             "Pearsall' (her first name alone, the shared surname written once, after his) and first name alone in "
             "her husband's quote ('Wilfrida keeps saying')"},
    {"name": "Fulgence Pearsall", "label": "PERSON", "in": ["toy"],
     "aliases": ["Fulgence Pearsall", "Mr Pearsall", "Fulgence"],
     "note": "her husband, also a packer; a married couple sharing a surname, not to be merged; first name alone "
             "('her husband, Fulgence', and in her quote 'Fulgence and I met', toy-1); 'Fulgence Pearsall' in the "
             "coordinated 'Wilfrida and Fulgence Pearsall' and 'Mr Pearsall said' (toy-3)"},
    {"name": "Violetta Scoresby", "label": "PERSON",
     "aliases": ["Cllr Violetta Scoresby", "Ms Scoresby", "Scoresby"],
     "note": "the leader of Sallowmouth City Council, in two stories (the factory closure, toy-1 and toy-3; the "
             "bandstand appeal, band-1 and band-2); title kept ('Cllr Violetta Scoresby', opening a paragraph in "
             "toy-1 and toy-3, in apposition in band-1 and band-2); 'Ms Scoresby said' (toy-3); bare 'Scoresby said' in Cornetcall's style "
             "(band-2); 'the council’s leader' is not annotated"},
    {"name": "Sallowmouth City Council", "label": "ORG",
     "aliases": ["Sallowmouth City Council", "City Council"],
     "note": "the city council, named after the city (bare 'Sallowmouth' is the city, never annotated), in three "
             "stories (toy-1, toy-3; the scooter contract, scooter-2 as the straight possessive 'Sallowmouth City "
             "Council's cabinet', scooter-1 only in the short form; the bandstand, band-1 opening a paragraph, band-2); "
             "capitalised short form 'A spokesperson for the City Council' (scooter-1); lower-case 'the council', "
             "'the city council’s cabinet', 'the council’s leader' are not annotated"},
    {"name": "Sallowmouth Weathercock", "label": "ORG",
     "aliases": ["Sallowmouth Weathercock", "Weathercock"],
     "note": "the city paper; toy-1, scooter-1 and band-1 are its own reports ('told the Weathercock', toy-1; "
             "scooter-1 and band-1 do not name it); named in full and as 'the Weathercock' in the specialist "
             "site's report (scooter-2), in two stories"},
    {"name": "Playtrader", "label": "ORG", "aliases": ["Playtrader"],
     "note": "the toy trade title; toy-2 is its own report ('Playtrader understands', 'seen by Playtrader', 'told "
             "Playtrader'); named in toy-3 ('The trade title Playtrader reported')"},
    {"name": "Lodestone", "label": "ORG", "aliases": ["Lodestone"],
     "note": "the national paper; toy-3 and care-2 are its own reports ('told the Lodestone', toy-3; 'a statement "
             "to the Lodestone', 'spoke to the Lodestone', care-2)"},
    # -- a nursing home chain's failed inspection (care-1 the care trade title Carehold's own report, straight single
    #    quotes where ' is also the apostrophe, bare surnames; care-2 the Lodestone's own report, curly double
    #    quotes) --
    {"name": "Evensong Care", "label": "ORG", "in": ["care"], "aliases": ["Evensong Care", "Evensong"],
     "note": "the nursing home chain (31 homes); straight possessive 'Evensong's Threlkirk home' in the care-1 "
             "headline (after the acronym that opens it), 'Evensong's 31 homes', 'Evensong's chief executive' "
             "opening a paragraph; short form 'Evensong' in the narrative and in quotes ('Families wrote to "
             "Evensong', care-1; 'Evensong’s answer to every letter', care-2); attributive 'Evensong homes', "
             "'another Evensong home'; opening care-1's last paragraph; 'the chain', 'its owner' are not annotated"},
    {"name": "Adult Care Standards Authority", "label": "ORG", "in": ["care"],
     "aliases": ["Adult Care Standards Authority", "ACSA", "Authority"],
     "note": "the invented care regulator; acronym 'ACSA' opening the care-1 headline without a definition, 'the "
             "ACSA could move' and 'The ACSA said' (care-1), in the chief inspector's quote ('The ACSA cannot be "
             "in every home', care-2); capitalised short form 'the Authority's chief inspector', 'wrote to the "
             "Authority' in a quote, 'the Authority's board' (care-1), 'The Authority has also faced', 'the "
             "Authority’s board' (care-2)"},
    {"name": "Quirina Skene", "label": "PERSON", "in": ["care"],
     "aliases": ["Dr Quirina Skene", "Dr Skene", "Skene"],
     "note": "the regulator's chief inspector for adult social care; title kept ('Dr Quirina Skene', both "
             "articles; 'Dr Skene said', care-2); bare 'Skene said' in Carehold's style (care-1)"},
    {"name": "Agnetha van Amersfoort", "label": "PERSON", "in": ["care"],
     "aliases": ["Agnetha van Amersfoort", "Ms van Amersfoort", "Van Amersfoort"],
     "note": "the chain's chief executive; a lower-case particle surname: 'Agnetha van Amersfoort' (both "
             "articles), 'Ms van Amersfoort said' (care-2), and capitalised 'Van Amersfoort said' opening a "
             "sentence in Carehold's bare style (care-1)"},
    {"name": "Chidubem Ingham", "label": "PERSON", "in": ["care"], "aliases": ["Chidubem Ingham", "Ingham"],
     "note": "the suspended home manager (care-1); bare 'Ingham, who had run the home' opening a sentence; "
             "'The home’s manager' (care-2) is not annotated"},
    {"name": "Care Families Voice", "label": "ORG", "in": ["care"],
     "aliases": ["Care Families Voice", "carefamiliesvoice.bsky.social"],
     "note": "the relatives' group; opening sentences in both articles; its Bluesky account "
             "'carefamiliesvoice.bsky.social' (care-1); 'the group' is not annotated"},
    {"name": "Afia Jessop", "label": "PERSON", "in": ["care"], "aliases": ["Afia Jessop", "Ms Jessop", "Jessop"],
     "note": "the group's founder; bare 'Jessop said' (care-1); 'Ms Jessop said' (care-2)"},
    {"name": "Nikodem Learoyd", "label": "PERSON", "in": ["care"],
     "aliases": ["Nikodem Learoyd", "Mr Learoyd", "Learoyd"],
     "note": "a resident's son; opening a paragraph in full (care-1) and opening care-2's last paragraph; bare "
             "'Learoyd said' in Carehold's style (care-1; the only bare 'Learoyd', his); 'Mr Learoyd said' "
             "(care-2)"},
    {"name": "Olimpia Learoyd", "label": "PERSON", "in": ["care"],
     "aliases": ["Olimpia Learoyd", "Mrs Learoyd", "Olimpia"],
     "note": "his mother, 91, a resident and retired ward sister; mother and son sharing a surname, not to be "
             "merged, in both articles; first name alone ('whose mother, Olimpia, has lived at the home', care-1; "
             "in her son's quote 'Olimpia has lived in that room', care-2); 'Olimpia Learoyd, 91' opening a "
             "paragraph and 'Mrs Learoyd, asked what she thought' (care-2); 'Mum' in her son's quote (care-1), "
             "'his mother', 'her' are not annotated"},
    {"name": "Carehold", "label": "ORG", "in": ["care"], "aliases": ["Carehold"],
     "note": "the care trade title; care-1 is its own report ('she told Carehold'); named in care-2 ('the care "
             "trade title Carehold')"},
    # -- a city's e-scooter hire scheme and its operator (scooter-1 the Sallowmouth Weathercock's own report, curly
    #    single quotes; scooter-2 the micromobility site Kerbside's own report, straight double quotes, bare
    #    surnames) --
    {"name": "Flitway", "label": "ORG", "in": ["scooter"], "aliases": ["Flitway"],
     "note": "the scooter operator; curly and straight possessives ('Flitway’s UK director', scooter-1; "
             "'Flitway's UK director', 'Flitway's contract', scooter-2); opening the scooter-2 headline and first "
             "sentence; in the councillor's quote ('We are not trying to punish Flitway', scooter-2); attributive "
             "'a Flitway scooter' (scooter-1); 'the operator', 'the company' are not annotated"},
    {"name": "Pritpal Yewdall", "label": "PERSON", "in": ["scooter"],
     "aliases": ["Cllr Pritpal Yewdall", "Mr Yewdall", "Yewdall"],
     "note": "the cabinet member for transport; title kept ('Cllr Pritpal Yewdall', both articles); 'Mr Yewdall "
             "said' (scooter-1); bare 'Yewdall said' in Kerbside's style (scooter-2; every bare 'Yewdall' is "
             "his)"},
    {"name": "Chitra Yewdall", "label": "PERSON", "in": ["scooter"], "aliases": ["Chitra Yewdall", "Ms Yewdall"],
     "note": "a nurse who rides the scooters, 'no relation of the councillor' (scooter-1): two unrelated people "
             "sharing a surname in the same two articles, not to be merged; 'Ms Yewdall said' (scooter-1); in full "
             "opening a sentence (scooter-2), never bare"},
    {"name": "Aurelie O'Farrissey", "label": "PERSON", "in": ["scooter"],
     "aliases": ["Aurelie O’Farrissey", "Ms O’Farrissey", "Aurelie O'Farrissey", "O'Farrissey"],
     "note": "the operator's UK director; an O' surname written with the curly apostrophe in the city paper "
             "('Aurelie O’Farrissey', 'Ms O’Farrissey said', scooter-1) and the straight one on Kerbside "
             "('Aurelie O'Farrissey', bare 'O'Farrissey, who previously ran', scooter-2)"},
    {"name": "Clear Kerbs Sallowmouth", "label": "ORG", "in": ["scooter"],
     "aliases": ["Clear Kerbs Sallowmouth", "Clear Kerbs", "@clearkerbs@wheelspoke.social"],
     "note": "the campaign of blind and partially sighted residents, its name containing the city's; opening "
             "sentences in both articles; capitalised short form 'Clear Kerbs would be asked' (scooter-1) and in "
             "the co-ordinator's quote ('Clear Kerbs has logged', scooter-2); its Mastodon account "
             "'@clearkerbs@wheelspoke.social' (scooter-1); 'the group' is not annotated"},
    {"name": "Uchenna Blenkiron", "label": "PERSON", "in": ["scooter"],
     "aliases": ["Uchenna Blenkiron", "Ms Blenkiron", "Blenkiron"],
     "note": "the campaign's co-ordinator; 'Ms Blenkiron said' (scooter-1); bare 'Blenkiron said' (scooter-2)"},
    {"name": "Kerbside", "label": "ORG", "in": ["scooter"], "aliases": ["Kerbside"],
     "note": "the micromobility site; scooter-2 is its own report ('Kerbside has learned', 'he told Kerbside')"},
    # -- a bandstand's restoration appeal (band-1 the Sallowmouth Weathercock's own report, curly single quotes;
    #    band-2 the brass band site Cornetcall's own report, straight double quotes, bare surnames) --
    {"name": "Friends of Copperfield Park", "label": "ORG", "in": ["band"],
     "aliases": ["Friends of Copperfield Park", "Friends"],
     "note": "the volunteer group behind the appeal, its name containing the park's (bare 'Copperfield Park' is the "
             "place: 'in Copperfield Park', 'Copperfield Park’s crumbling bandstand' in the band-1 headline; never "
             "annotated); capitalised short form with a curly bare-apostrophe possessive opening a paragraph ('The "
             "Friends’ chair', band-1), 'the Friends say' (band-1, band-2), 'who chairs the Friends' (band-2)"},
    {"name": "Quaife Ironworks", "label": "ORG", "in": ["band"], "aliases": ["Quaife Ironworks"],
     "note": "the foundry that cast the bandstand, named after its founder Josias Quaife and run by his "
             "great-great-granddaughter; in full in both articles; 'the foundry', 'the firm' are not annotated"},
    {"name": "Josias Quaife", "label": "PERSON", "in": ["band"], "aliases": ["Josias Quaife"],
     "note": "the foundry's founder in 1887 (band-1, band-2), always in full, also in his descendant's quote "
             "('Josias Quaife signed them', band-1)"},
    {"name": "Bhavna Quaife", "label": "PERSON", "in": ["band"],
     "aliases": ["Bhavna Quaife", "Ms Quaife", "Quaife"],
     "note": "the founder's great-great-granddaughter, who runs the foundry; 'Ms Quaife said' (band-1); opening a "
             "sentence in full and bare 'Quaife said' (band-2; the only bare 'Quaife', hers, never the firm or "
             "the founder)"},
    {"name": "Mandeep Wilkinshaw", "label": "PERSON", "in": ["band"],
     "aliases": ["Mandeep Wilkinshaw", "Mr Wilkinshaw", "Wilkinshaw"],
     "note": "the Friends' chair; 'Mr Wilkinshaw said' (band-1); opening the last paragraph in full and bare "
             "'Wilkinshaw said' (band-2)"},
    {"name": "Civic Parks Heritage Fund", "label": "ORG", "in": ["band"],
     "aliases": ["Civic Parks Heritage Fund", "CPHF", "Fund"],
     "note": "the invented heritage funder; capitalised short form 'A spokesperson for the Fund' (band-1); acronym "
             "opening a paragraph with the full name in apposition ('The CPHF, the Civic Parks Heritage Fund,') and "
             "straight possessive 'The Fund's grants officers' (band-2)"},
    {"name": "Gorsebridge Silver Band", "label": "ORG", "in": ["band"], "aliases": ["Gorsebridge Silver Band"],
     "note": "the brass band, named after the factory town (bare 'Gorsebridge' is the town, never annotated); "
             "'The Gorsebridge Silver Band, which has played' (band-1); opening the band-2 headline and first "
             "sentence; 'the band', 'the band’s' are not annotated"},
    {"name": "Olufunke Kilvington", "label": "PERSON", "in": ["band"],
     "aliases": ["Olufunke Kilvington", "Ms Kilvington", "Kilvington"],
     "note": "the band's musical director; 'Ms Kilvington said' (band-1); bare 'Kilvington said' twice (band-2)"},
    {"name": "Cornetcall", "label": "ORG", "in": ["band"], "aliases": ["Cornetcall"],
     "note": "the brass band site; band-2 is its own report ('told Cornetcall')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform (toy-1)"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform (care-1)"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network) (scooter-1, scooter-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Pernille Coldwell", "bylines": ["toy-1.txt", "scooter-1.txt", "band-1.txt"],
     "note": "Sallowmouth Weathercock reporter; byline of toy-1, scooter-1 and band-1"},
    {"name": "Darshan Kellett", "bylines": ["toy-2.txt"], "note": "Playtrader's reporter; byline of toy-2"},
    {"name": "Eufemia Mallinson", "bylines": ["toy-3.txt", "care-2.txt"],
     "note": "the Lodestone's reporter; byline of toy-3 and care-2"},
    {"name": "Odhran Blackledge", "bylines": ["care-1.txt"], "note": "Carehold's reporter; byline of care-1"},
    {"name": "Gunilla Hammerton", "bylines": ["scooter-2.txt"], "note": "Kerbside's reporter; byline of scooter-2"},
    {"name": "Lamberto Dinsdale", "bylines": ["band-2.txt"], "note": "Cornetcall's reporter; byline of band-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
