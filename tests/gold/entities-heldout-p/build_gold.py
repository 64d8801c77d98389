"""Build entities.json (held-out entity gold, set P) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Wimbush Construction" is the builder while "Ottavio Wimbush" and
"Mr Wimbush" are its founder; "Dragica Pellegrue" and "Ms Pellegrue" are the daughter while
"Amadeo Pellegrue", "Mr Pellegrue" and bare "Pellegrue" are her father, and "Pellegrue Family
Circus" is the circus; "Zainab Gilhooly" and "Mrs Gilhooly" are the co-operative's chair while
"Olamide Gilhooly" and "Mr Gilhooly" are the unrelated Telvoria director; "Kelstrand City
Council", "Kelstrand Light Rail Partnership", "Kelstrand Comets", "Kelstrand Gazetteer",
"Sallowdene County Council" and "Mossgill Valley Fibre Co-operative" are organisations while bare
"Kelstrand", "Sallowdene" and "Mossgill" are places and no form; "Comets Supporters Trust" is the
supporters' trust while bare "Comets" is the club; a possessive after the form is kept in the
mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Partnership" is the tram company only in the tram
story, "Trust" the supporters' trust and "Comets" the speedway club only in the speedway story;
the families' bare names and first names within their stories).

As in sets B to O, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Two
forms need it: bare "Wimbush" is the company Wimbush Construction everywhere except "Wimbush said
he had personally reviewed" (tram-2, bare #3), which is the founder Ottavio Wimbush; bare
"Gilhooly" in fibre-1 is the Telvoria director Olamide Gilhooly at #0 and #1 ("Gilhooly said the
upgrade", "Gilhooly said. "The plan"") and the co-operative's chair Zainab Gilhooly at #2 and #3
("The co-operative's Gilhooly disputes", "by years, Gilhooly said"). The plural "The two
Gilhoolys" (fibre-1) is not a mention.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-p/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-p/build_gold.py --review  # also list capitalised words no
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
    # -- a city tram extension's contract dispute (tram-1 the city paper the Kelstrand Gazetteer's own report, curly
    #    double quotes, ’ as apostrophe; tram-2 the construction trade title Trackbed's own report, straight, bare
    #    surnames; tram-3 the national paper the Sextant's own report, curly single quotes where ’ is also the
    #    apostrophe) --
    {"name": "Kelstrand City Council", "label": "ORG",
     "aliases": ["Kelstrand City Council", "City Council"],
     "note": "the city council, named after the city (bare 'Kelstrand' and 'Kelstrand’s tram line' are the city, "
             "never annotated), in two stories (the tram, tram-1 to tram-3; the speedway stadium's landlord, speed-1 "
             "and speed-2); capitalised short form 'City Council' in the tram-1 headline ('Wimbush and City "
             "Council trade blame'), 'the City Council's transport portfolio holder' (tram-2), 'The City Council has "
             "agreed' (tram-3), 'give the City Council a say' (speed-1); lower-case 'the council', 'the council "
             "leader' are not annotated"},
    {"name": "Kelstrand Light Rail Partnership", "label": "ORG", "in": ["tram"],
     "aliases": ["Kelstrand Light Rail Partnership", "KLRP", "Partnership", "@KelstrandTrams"],
     "note": "the council's arm's-length tram company; the full name comes first in each article; acronym 'KLRP' "
             "defined in brackets in tram-2 ('the Kelstrand Light Rail Partnership (KLRP)') and used without a definition "
             "in tram-1 ('A spokesman for the KLRP', in a quote 'asked the KLRP') and tram-3 ('the KLRP’s position'); "
             "capitalised short form 'the Partnership' in narrative and in a quote ('The Partnership knows that', "
             "tram-1); 'The Partnership’s account on X, @KelstrandTrams' (tram-1); 'its tram company' is not "
             "annotated"},
    {"name": "Wimbush Construction", "label": "ORG", "in": ["tram"],
     "aliases": ["Wimbush Construction", "Wimbush"],
     "note": "the builder, a family firm named after its founder, Ottavio Wimbush; bare 'Wimbush' is the company "
             "opening the tram-2 headline ('Wimbush hits back'), in the tram-1 headline, in a councillor's quote "
             "('I have asked Wimbush to come back'), 'Wimbush was founded in 1979 by Ottavio Wimbush' (tram-1), "
             "'Wimbush's chief executive', 'Wimbush's crews' (tram-2) and 'Wimbush says it found' (tram-3); the only "
             "bare 'Wimbush' that is the founder (tram-2, bare #3) is listed under him; 'the builder', 'the firm', "
             "'the contractor' are not annotated"},
    {"name": "Ottavio Wimbush", "label": "PERSON", "in": ["tram"],
     "aliases": ["Ottavio Wimbush", "Mr Wimbush", ("Wimbush", {"tram-2.txt": [3]})],
     "note": "the builder's founder and chairman, 81; 'Mr Wimbush, 81, said' (tram-1), curly possessive 'Mr "
             "Wimbush’s chief executive' (tram-3); bare 'Wimbush said he had personally reviewed' (tram-2, bare #3) "
             "is him, in Trackbed's bare-surname style, listed; never the company's bare 'Wimbush'"},
    {"name": "Adeola Frogley-Lancett", "label": "PERSON", "in": ["tram"],
     "aliases": ["Adeola Frogley-Lancett", "Ms Frogley-Lancett", "Frogley-Lancett"],
     "note": "Wimbush's chief executive; a hyphenated surname; 'Ms Frogley-Lancett said' (tram-1), bare "
             "'Frogley-Lancett' opening paragraphs in tram-2"},
    {"name": "Imtiaz Ashbolt", "label": "PERSON", "in": ["tram"],
     "aliases": ["Cllr Imtiaz Ashbolt", "Cllr Ashbolt", "Ashbolt"],
     "note": "the council's transport portfolio holder; 'Cllr Ashbolt knows that' inside the chief executive's "
             "quote (tram-1); bare 'Ashbolt said' opening a sentence (tram-2)"},
    {"name": "Eilis O'Dowdall", "label": "PERSON", "in": ["tram"],
     "aliases": ["Eilis O’Dowdall", "Ms O’Dowdall", "O'Dowdall"],
     "note": "the adjudicator, a construction barrister; an O' surname with the curly apostrophe in tram-1 and "
             "tram-3 (curly possessive 'Ms O’Dowdall’s decision', tram-1; 'ask Ms O’Dowdall' inside the council "
             "leader's curly-single quote, tram-3) and the straight one in tram-2 (bare 'O'Dowdall, a construction "
             "barrister' opening a sentence)"},
    {"name": "Yinka Mulcahy", "label": "PERSON", "in": ["tram"],
     "aliases": ["Yinka Mulcahy", "Mrs Mulcahy"],
     "note": "a hardware shopkeeper on Copley Road (a street, not annotated); 'Mrs Mulcahy is right to be angry' "
             "inside the council leader's quote (tram-1); curly possessive 'Yinka Mulcahy’s hardware shop' "
             "(tram-3)"},
    {"name": "Chidinma Vickerstaff", "label": "PERSON",
     "aliases": ["Cllr Chidinma Vickerstaff", "Chidinma Vickerstaff", "Cllr Vickerstaff", "Vickerstaff",
                 "Chidinma"],
     "note": "the leader of Kelstrand City Council, in two stories (the tram, tram-1 and tram-3; the speedway "
             "stadium, speed-1 and speed-2, where speed-2 names the tram dispute); first name alone in the "
             "shopkeeper's quote ('Ask Chidinma how long it’s been', tram-1); 'The council leader, Chidinma "
             "Vickerstaff' (tram-3) and 'Chidinma Vickerstaff, the leader of Kelstrand City Council' (speed-2) without the title; bare 'Vickerstaff has not commented' (speed-1, "
             "Broadsider's style); 'she' is not annotated"},
    {"name": "Telvoria", "label": "ORG",
     "aliases": ["Telvoria", "@TelvoriaNews"],
     "note": "the telecoms giant, in two stories (its fibre ducts under Copley Road, tram-2; the broadband "
             "overbuild, fibre-1 and fibre-2); opening the fibre-1 headline; straight possessives 'Telvoria's fibre "
             "ducts' (tram-2), 'Telvoria's regional director', 'Telvoria's account on X, @TelvoriaNews' (fibre-1) "
             "and curly 'Telvoria’s regional director' (fibre-2); attributive 'A Telvoria spokesperson' (tram-2), "
             "'Telvoria crews' (fibre-1), 'a Telvoria line' (fibre-2); in quotes ('If Telvoria wants to come', "
             "fibre-1; 'We went to Telvoria first', 'what Telvoria spends on biscuits', fibre-2); 'the telecoms "
             "giant', 'the company' are not annotated"},
    {"name": "Kelstrand Gazetteer", "label": "ORG", "aliases": ["Kelstrand Gazetteer", "Gazetteer"],
     "note": "the city paper; tram-1, circus-1 and fibre-2 are its own reports ('The Gazetteer has seen', 'told the "
             "Gazetteer'); named in full in tram-3 ('the city’s paper, the Kelstrand Gazetteer')"},
    {"name": "Trackbed", "label": "ORG", "aliases": ["Trackbed"],
     "note": "the construction trade title; tram-2 is its own report ('told Trackbed'); named in tram-3 ('the "
             "contractors’ title Trackbed')"},
    {"name": "Sextant", "label": "ORG", "aliases": ["Sextant"],
     "note": "the national paper; tram-3 and speed-2 are its own reports ('told the Sextant' in each)"},
    # -- a family-run circus loses its animal licence (circus-1 the Kelstrand Gazetteer's own report, curly double
    #    quotes, ’ as apostrophe; circus-2 the circus site Tanbark's own report, straight single quotes, bare
    #    surnames) --
    {"name": "Pellegrue Family Circus", "label": "ORG", "in": ["circus"],
     "aliases": ["Pellegrue Family Circus", "@PellegrueCircus"],
     "note": "the family's circus, always in full (straight possessive 'the Pellegrue Family Circus's performing "
             "animals licence', circus-2); 'The Pellegrue Family Circus, which posts on X as @PellegrueCircus' "
             "(circus-1); 'the circus' is not annotated; 'Brindlecote' (its winter quarters' village, in the circus-1 "
             "headline) is a place"},
    {"name": "Amadeo Pellegrue", "label": "PERSON", "in": ["circus"],
     "aliases": ["Amadeo Pellegrue", "Mr Pellegrue", "Pellegrue", "Amadeo"],
     "note": "the ringmaster; 'Mr Pellegrue' (circus-1); bare 'Pellegrue' in Tanbark's style opening its headline "
             "('Pellegrue: 'They took the horses...''), in narrative and as a possessive ('Pellegrue's daughter'), "
             "circus-2; in a campaigner's quote ('Amadeo Pellegrue is not a cruel man') and first name alone in an "
             "unnamed owner's quote ('Everyone's sympathetic to Amadeo'), circus-2; his daughter is never 'Mr "
             "Pellegrue' nor bare 'Pellegrue'; 'Dad' in her quote (circus-1) is not annotated"},
    {"name": "Dragica Pellegrue", "label": "PERSON", "in": ["circus"],
     "aliases": ["Dragica Pellegrue", "Ms Pellegrue", "Dragica"],
     "note": "his daughter, who trains the ponies; two relatives sharing a surname, not to be merged, told apart by "
             "'Mr' and 'Ms' in circus-1 ('Ms Pellegrue, 29'); first name alone in her father's quote ('Dragica has "
             "done nothing wrong', circus-1) and after the relation and in narrative ('Pellegrue's daughter, "
             "Dragica', 'Dragica would go on training them', circus-2); the pony 'Marzipan' and the camel 'Pimento' "
             "are animals, not annotated"},
    {"name": "Sallowdene County Council", "label": "ORG",
     "aliases": ["Sallowdene County Council", "County Council"],
     "note": "the county council, named after the county (bare 'Sallowdene' never occurs alone), in two stories "
             "(the licensing authority, circus-1 and circus-2; the broadband grant, fibre-1 and fibre-2); curly "
             "possessive 'Sallowdene County Council’s licensing committee' (circus-1); capitalised short form 'The "
             "County Council's own vet' in a quote (circus-2), 'the County Council's grant' (fibre-1), 'this County "
             "Council' in a quote (fibre-2); lower-case 'the council', 'the licensing committee' are not annotated, nor 'Council officers had recommended' "
             "(circus-1), a common noun capitalised only because it opens the sentence"},
    {"name": "Keiko Trudgeon", "label": "PERSON", "in": ["circus"],
     "aliases": ["Dr Keiko Trudgeon", "Dr Trudgeon", "Trudgeon"],
     "note": "the council's inspecting vet; curly possessive 'Dr Trudgeon’s report' (circus-1); bare 'Trudgeon "
             "declined to comment' (circus-2); 'the vet' is not annotated"},
    {"name": "Shabnam Blakeborough", "label": "PERSON",
     "aliases": ["Cllr Shabnam Blakeborough", "Shabnam Blakeborough", "Cllr Blakeborough", "Blakeborough"],
     "note": "the chair of the county council's licensing committee, in two stories (the circus, circus-1 and "
             "circus-2; the broadband talks as the council's rural affairs lead, fibre-2); 'Its chair, Shabnam "
             "Blakeborough' without the title and bare 'Blakeborough told Tanbark' (circus-2)"},
    {"name": "Ringfree", "label": "ORG", "in": ["circus"], "aliases": ["Ringfree", "@RingfreeUK"],
     "note": "the campaign group against animal acts; 'On X, where the group posts as @RingfreeUK' (circus-1); "
             "'Ferncliffe said Ringfree had written' (circus-2)"},
    {"name": "Kehinde Ferncliffe", "label": "PERSON", "in": ["circus"],
     "aliases": ["Kehinde Ferncliffe", "Ferncliffe"],
     "note": "Ringfree's director; bare 'Ferncliffe said' opening a paragraph (circus-2)"},
    {"name": "Tanbark", "label": "ORG", "in": ["circus"], "aliases": ["Tanbark"],
     "note": "the circus trade site; circus-2 is its own report ('told Tanbark' three times)"},
    # -- a rural broadband co-operative and a telecoms giant (fibre-1 the telecoms trade title Backhaul's own report,
    #    straight double quotes, bare surnames; fibre-2 the Kelstrand Gazetteer's own report, curly single quotes) --
    {"name": "Mossgill Valley Fibre Co-operative", "label": "ORG", "in": ["fibre"],
     "aliases": ["Mossgill Valley Fibre Co-operative", "Mossgill Valley Fibre", "MVFC", "@mossgillfibre@fellwire.social"],
     "note": "the volunteer-built broadband co-operative, named after its village (bare 'Mossgill', 'the Mossgill "
             "valley', 'Mossgill’s fibre pioneers' in the fibre-2 headline are the place, never annotated); short "
             "form 'Mossgill Valley Fibre' (curly possessive 'Mossgill Valley Fibre’s members’ meeting', and in a quote, fibre-2); "
             "acronym 'MVFC' used without a definition ('MVFC's chair', 'MVFC has 41% take-up', fibre-1; 'the MVFC’s "
             "take-up', fibre-2); 'its Mastodon account, @mossgillfibre@fellwire.social' (fibre-1, fibre-2); 'the "
             "co-operative' and 'the co-op' are not annotated"},
    {"name": "Zainab Gilhooly", "label": "PERSON", "in": ["fibre"],
     "aliases": ["Zainab Gilhooly", "Mrs Gilhooly", ("Gilhooly", {"fibre-1.txt": [2, 3]}), "Zainab"],
     "note": "the co-operative's chair; 'Mrs Gilhooly' (fibre-2, also inside a report of the director's words, 'he "
             "had met Mrs Gilhooly twice'); first name alone in a member's quote ('because Zainab answers the phone', "
             "fibre-2); bare 'The co-operative's Gilhooly disputes that' and 'by years, Gilhooly said' (fibre-1, bare "
             "#2 and #3) are her, listed; never the unrelated Telvoria director Olamide Gilhooly"},
    {"name": "Olamide Gilhooly", "label": "PERSON", "in": ["fibre"],
     "aliases": ["Olamide Gilhooly", "Mr Gilhooly", ("Gilhooly", {"fibre-1.txt": [0, 1]})],
     "note": "Telvoria's regional director, 'no relation to the co-operative's chair' (fibre-2; 'The two Gilhoolys "
             "are not related', fibre-1, where the plural is not a mention): two unrelated people sharing a surname "
             "in the same two articles, not to be merged; 'Mr Gilhooly said' (fibre-2); bare 'Gilhooly said the "
             "upgrade' and 'Gilhooly said. \"The plan' (fibre-1, bare #0 and #1) are him, listed"},
    {"name": "Sjoerd van Hulsteyn", "label": "PERSON", "in": ["fibre"],
     "aliases": ["Sjoerd van Hulsteyn", "Mr van Hulsteyn", "Van Hulsteyn"],
     "note": "a dairy farmer and volunteer digger; a lower-case particle surname: 'Among them was Sjoerd van "
             "Hulsteyn' (fibre-1), 'Sjoerd van Hulsteyn, whose dairy farm' (fibre-2), 'Van Hulsteyn said' capitalised opening a sentence (fibre-1), 'Mr van "
             "Hulsteyn told the Gazetteer' (fibre-2)"},
    {"name": "Backhaul", "label": "ORG", "in": ["fibre"], "aliases": ["Backhaul"],
     "note": "the telecoms trade title; fibre-1 is its own report ('told Backhaul')"},
    # -- a speedway stadium's naming-rights deal with a payday lender (speed-1 the speedway site Broadsider's own
    #    report, straight double quotes, bare surnames; speed-2 the Sextant's own report, curly double quotes) --
    {"name": "Kelstrand Comets", "label": "ORG", "in": ["speed"],
     "aliases": ["Kelstrand Comets", "Comets"],
     "note": "the city's speedway club, named after the city; capitalised short form 'Comets' opening the speed-1 "
             "headline and 'the Comets' in narrative and quotes ('there are no Comets next year', speed-1; 'Nobody "
             "is saying the Comets are to blame', speed-2), straight and curly possessives 'the Comets' promoter' "
             "(speed-1), 'The Comets’ promoter' (speed-2); the 'Comets' inside 'Comets Supporters Trust' is the "
             "trust's; 'the Marlingate stadium' is a place, not annotated; 'the club' is not annotated"},
    {"name": "Comets Supporters Trust", "label": "ORG", "in": ["speed"],
     "aliases": ["Comets Supporters Trust", "Trust"],
     "note": "the supporters' trust, holding a stake in the club; capitalised short form 'The Trust will ballot' "
             "(speed-1), curly possessive 'the Trust’s members', 'The Trust’s ballot' (speed-2)"},
    {"name": "Tillfast Loans", "label": "ORG", "in": ["speed"],
     "aliases": ["Tillfast Loans", "Tillfast", "@TillfastLoans"],
     "note": "the payday lender; short form 'Tillfast' closing the speed-1 headline, in quotes ('Without Tillfast "
             "there are no Comets', speed-1; 'I had Tillfast', speed-2), straight and curly possessives 'Tillfast's "
             "chief executive' (speed-1), 'Tillfast’s chief executive' (speed-2), attributive 'a Tillfast loan' in a "
             "quote (speed-1) and 'Tillfast loans are common' (speed-2); 'Tillfast announced the deal on X, where it "
             "posts as @TillfastLoans' (speed-1); 'the lender' is not annotated"},
    {"name": "Gwenaelle de Rousselet", "label": "PERSON", "in": ["speed"],
     "aliases": ["Gwenaelle de Rousselet", "Ms de Rousselet", "De Rousselet", "Gwenaelle"],
     "note": "the Comets' promoter; a lower-case particle surname: 'Gwenaelle de Rousselet' opening a paragraph "
             "(speed-1), 'Ms de Rousselet said' (speed-2), capitalised 'De Rousselet said' opening a sentence and "
             "'Maltravers and De Rousselet shaking hands' mid-sentence (speed-1, Broadsider's style); first name "
             "alone in the captain's quote ('Ask Gwenaelle about the money', speed-2)"},
    {"name": "Radoslaw Wojtala", "label": "PERSON", "in": ["speed"],
     "aliases": ["Radoslaw Wojtala", "Mr Wojtala", "Wojtala", "Scrapper", "scrapper77.bsky.social"],
     "note": "the club captain; a nickname declared ('known to the Marlingate crowd as Scrapper', speed-1; 'Fans "
             "call him Scrapper', speed-2) and used alone: as a straight possessive opening a paragraph ('Scrapper's "
             "view is shared', speed-1) and opening a sentence ('Scrapper, as the programme calls him', speed-2); "
             "bare 'Wojtala, who has ridden for the Comets' (speed-1), 'Mr Wojtala said' (speed-2), 'Radoslaw "
             "Wojtala' opening the speed-2 text; 'posted on Bluesky as scrapper77.bsky.social' (speed-1)"},
    {"name": "Farhana Goodier", "label": "PERSON", "in": ["speed"],
     "aliases": ["Farhana Goodier", "Mrs Goodier", "Goodier"],
     "note": "the trust's chair; bare 'Goodier said' (speed-1), 'Mrs Goodier said' (speed-2)"},
    {"name": "Sukhdev Maltravers", "label": "PERSON", "in": ["speed"],
     "aliases": ["Sukhdev Maltravers", "Mr Maltravers", "Maltravers"],
     "note": "Tillfast's chief executive; bare-apostrophe possessive of a name ending in s, straight 'Maltravers' "
             "statement' (speed-1) and curly 'Mr Maltravers’ company' (speed-2); bare 'a photograph of Maltravers' "
             "(speed-1)"},
    {"name": "Ledgerlight", "label": "ORG", "in": ["speed"], "aliases": ["Ledgerlight"],
     "note": "the debt advice charity (speed-1, speed-2); 'the charity' is not annotated"},
    {"name": "Devika Radbourne", "label": "PERSON", "in": ["speed"],
     "aliases": ["Devika Radbourne", "Radbourne"],
     "note": "Ledgerlight's adviser; 'Its adviser in the city, Devika Radbourne' and bare 'Radbourne said' "
             "(speed-1); 'Its adviser Devika Radbourne said' (speed-2)"},
    {"name": "Broadsider", "label": "ORG", "in": ["speed"], "aliases": ["Broadsider"],
     "note": "the speedway site; speed-1 is its own report ('told Broadsider')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Snjezana Oakenshaw", "bylines": ["tram-1.txt", "circus-1.txt", "fibre-2.txt"],
     "note": "Kelstrand Gazetteer reporter; byline of tram-1, circus-1 and fibre-2"},
    {"name": "Ugochi Hessleden", "bylines": ["tram-2.txt"], "note": "Trackbed's reporter; byline of tram-2"},
    {"name": "Svanhild Thorley", "bylines": ["tram-3.txt", "speed-2.txt"],
     "note": "the Sextant's reporter; byline of tram-3 and speed-2"},
    {"name": "Vebjorn Dunphy", "bylines": ["circus-2.txt"], "note": "Tanbark's reporter; byline of circus-2"},
    {"name": "Ebere Rudgwick", "bylines": ["fibre-1.txt"], "note": "Backhaul's reporter; byline of fibre-1"},
    {"name": "Ratko Sheahan", "bylines": ["speed-1.txt"], "note": "Broadsider's reporter; byline of speed-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
