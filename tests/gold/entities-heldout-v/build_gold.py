"""Build entities.json (held-out entity gold, set V) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Tamsett Farmhouse Cheese" and bare "Tamsett" are the cheese firm while
"Beatrix Tamsett" is its founder and "Deepali Tamsett" and "Ms Tamsett" her granddaughter;
"Wheddlecombe Creamery" and bare "Wheddlecombe" are the creamery; "Csilla Rawnsley", "Ms Rawnsley"
and bare "Rawnsley" are the driver while "Wieslaw Rawnsley" and "Mr Rawnsley" are her father;
"Chetan Blamires", "Mr Blamires" and bare "Blamires" are the club's treasurer while "Hadiza
Blamires" and "Ms Blamires" are the unrelated planning director; "Askerdale County Council",
"Askerdale Chronicler", "Askerdale Bowls Federation", "Thrungwick Town Council", "Keep Thrungwick
Moving", "Pollardine Community Housing Trust", "Pollardine City Council", "Lanyard Court Residents'
Association" and "Bramblestoke Bowling Club" are organisations while bare "Askerdale",
"Thrungwick", "Pollardine", "Lanyard Court", "Bramblestoke" and "Gannetby" are places and no
form; a possessive after the form is kept in the mention), and writes ``[{name, label, aliases,
mentions: [{article, text, occurrence, start_char, end_char}], note?}]``. ``occurrence`` counts
every earlier occurrence of the exact string in the article, as ``evaluate_entities`` locates it.
An entity with ``in`` is looked for only in the articles whose names start with one of those
prefixes (the families' bare names and first names within their stories).

As in sets B to U, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles. No form in this set needs
it: every bare surname or short form has one owner within its story.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-v/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-v/build_gold.py --review  # also list capitalised words no
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
    # -- a regional coach operator cuts five routes from a market town's coach station (coach-1 the local paper
    #    the Askerdale Chronicler's own report, curly single quotes where ’ is also the apostrophe; coach-2 the
    #    coach trade title Farebox's own report, straight double quotes, bare surnames; coach-3 the national
    #    paper the Sightline's own report, curly double quotes) --
    {"name": "Moorlink Coaches", "label": "ORG", "in": ["coach", "bowls"],
     "aliases": ["Moorlink Coaches", "Moorlink"],
     "note": "the invented regional coach operator; short form 'Moorlink' opening the coach-1 headline and "
             "sentences, curly possessive 'Moorlink’s commercial director' (coach-1, coach-3), straight "
             "'Moorlink's commercial director' (coach-2), in quotes ('Nobody at Moorlink', 'Without Moorlink', "
             "coach-1; 'Moorlink is not a careless operator', coach-2); in the bowls story as the MP's other "
             "cause, with a curly bare-apostrophe possessive after the s ('Moorlink Coaches’ route cuts', "
             "bowls-2); 'The operator', 'the company' are not annotated"},
    {"name": "Halina Gawthorpe", "label": "PERSON", "in": ["coach"],
     "aliases": ["Halina Gawthorpe", "Ms Gawthorpe", "Gawthorpe"],
     "note": "the operator's commercial director (all three coach articles); bare 'Gawthorpe told Farebox' "
             "(coach-2); 'Ms Gawthorpe said' (coach-3)"},
    {"name": "Askerdale County Council", "label": "ORG",
     "aliases": ["Askerdale County Council", "County Council"],
     "note": "the county council, named after the county (bare 'Askerdale' is the county: 'Askerdale's oldest "
             "family cheesemakers', 'walking away from Askerdale', 'every bowler in Askerdale'; never annotated); "
             "in three stories: the coach subsidy (opening a coach-1 paragraph; coach-2; coach-3), a grant for "
             "the cheese visitor centre (curly possessive 'Askerdale County Council’s economic development team', "
             "cheese-2) and the bowls green's planning authority and landlord of the new green (bowls-1; curly "
             "possessive, bowls-2); capitalised short form 'the County Council' (coach-1, cheese-2, bowls-2); "
             "lower-case 'A council spokesperson', 'the council' are not annotated"},
    {"name": "Thisbe Haigh", "label": "PERSON", "in": ["coach"], "aliases": ["Thisbe Haigh"],
     "note": "a student nurse who takes the 6.40 (coach-1), in full once"},
    {"name": "Thrungwick Town Council", "label": "ORG", "in": ["coach"],
     "aliases": ["Thrungwick Town Council", "Town Council"],
     "note": "the town council that owns the coach station, named after the town (bare 'Thrungwick' is the town: "
             "closing the coach-1 headline, 'Thrungwick coach station', 'in Thrungwick'; never annotated); "
             "opening paragraphs (coach-1, coach-3), 'The leader of Thrungwick Town Council' (coach-2); "
             "capitalised short form 'the Town Council would invite' (coach-1); lower-case 'the town council' in "
             "a quote and 'the council had already spoken' (coach-2) are not annotated"},
    {"name": "Kamaljit Luxford", "label": "PERSON", "in": ["coach"],
     "aliases": ["Cllr Kamaljit Luxford", "Cllr Luxford", "Kamaljit Luxford", "Luxford"],
     "note": "the town council's leader; title 'Cllr' kept ('Cllr Kamaljit Luxford', 'Cllr Luxford said', "
             "coach-1); without the title and bare 'Luxford said' (coach-2); 'Cllr Luxford, its leader' with no "
             "first name in coach-3"},
    {"name": "Keep Thrungwick Moving", "label": "ORG", "in": ["coach"],
     "aliases": ["Keep Thrungwick Moving", "@keepthecoach@dalefolk.social"],
     "note": "the passengers' campaign, its name containing the town's; Mastodon account "
             "'@keepthecoach@dalefolk.social' on the invented server dalefolk.social (coach-1, coach-2), a handle "
             "that does not spell the campaign's name; 'A campaign', 'the group', 'the campaign' are not "
             "annotated"},
    {"name": "Faustina Ainscough", "label": "PERSON", "in": ["coach"],
     "aliases": ["Faustina Ainscough", "Mrs Ainscough", "Ainscough"],
     "note": "the campaign's chair; 'Mrs Ainscough said' (coach-1 twice, coach-3); bare 'Ainscough said' opening "
             "a sentence (coach-2)"},
    {"name": "Wieslaw Rawnsley", "label": "PERSON", "in": ["coach"],
     "aliases": ["Wieslaw Rawnsley", "Mr Rawnsley", "Whippet"],
     "note": "the retired driver of 38 years; a nickname declared ('known at the coach station, and well beyond "
             "it, as Whippet', coach-1; 'his nickname, Whippet,' coach-2; 'his passengers called him Whippet', "
             "coach-3) and used alone: in the campaign chair's quote ('Whippet never once left a passenger', "
             "coach-1), in his daughter's ('Whippet would have had something to say', coach-2), opening the "
             "coach-3 headline inside curly double quotes and opening a sentence ('Whippet, watching the coach "
             "leave', coach-3); 'Mr Rawnsley' (coach-1, coach-3), never bare; 'Dad', 'Her father' are not "
             "annotated"},
    {"name": "Csilla Rawnsley", "label": "PERSON", "in": ["coach"],
     "aliases": ["Csilla Rawnsley", "Ms Rawnsley", "Rawnsley", "Csilla"],
     "note": "his daughter, a Moorlink driver; two relatives sharing a surname, not to be merged; 'Ms Rawnsley "
             "said' (coach-1); bare 'Rawnsley said' (coach-2, the only bare 'Rawnsley', hers); first name alone "
             "in her father's quote ('Csilla could have done anything', coach-3); 'His daughter' is not "
             "annotated"},
    {"name": "Independent Coach Operators Federation", "label": "ORG", "in": ["coach"],
     "aliases": ["Independent Coach Operators Federation", "ICOF"],
     "note": "the invented trade body; acronym 'ICOF' opening the coach-2 headline before the full name, 'chief "
             "executive of the ICOF', 'The ICOF represents' (coach-2); in full (coach-2, coach-3); 'the "
             "federation', 'Dr Afolabi-Bessant’s federation' are not annotated as it"},
    {"name": "Jumoke Afolabi-Bessant", "label": "PERSON", "in": ["coach"],
     "aliases": ["Dr Jumoke Afolabi-Bessant", "Dr Afolabi-Bessant", "Afolabi-Bessant"],
     "note": "the trade body's chief executive; a hyphenated surname with the title 'Dr' kept (coach-2, coach-3); "
             "bare 'Afolabi-Bessant said' opening a sentence (coach-2); curly possessive 'Dr Afolabi-Bessant’s "
             "federation' opening a sentence (coach-3)"},
    {"name": "Seraphina Bannatyne", "label": "PERSON", "aliases": ["Seraphina Bannatyne", "Ms Bannatyne"],
     "note": "the local MP, in two stories (the coach routes, coach-3; the bowls green, bowls-2); 'Ms Bannatyne "
             "said' in both, 'Ms Bannatyne has also been backing' opening a sentence (bowls-2); 'The local MP', "
             "'The MP', 'the town’s MP', 'the local MP' are not annotated"},
    {"name": "Askerdale Chronicler", "label": "ORG", "aliases": ["Askerdale Chronicler", "Chronicler"],
     "note": "the local paper, named after the county; coach-1, cheese-2 and bowls-2 are its own reports ('told "
             "the Chronicler' in each); named in full in coach-3 ('first reported by the Askerdale Chronicler'), "
             "in three stories"},
    {"name": "Farebox", "label": "ORG", "in": ["coach"], "aliases": ["Farebox"],
     "note": "the coach trade title; coach-2 is its own report ('confirmed to Farebox', 'told Farebox'); named in "
             "coach-3 ('the trade title Farebox')"},
    {"name": "Sightline", "label": "ORG", "aliases": ["Sightline"],
     "note": "the national paper; coach-3 and lift-1 are its own reports ('told the Sightline', 'figures it gave "
             "to the Sightline')"},
    # -- two family cheesemakers merge (cheese-1 the cheese site Rindwise's own report, straight single quotes
    #    where ' is also the apostrophe, bare surnames; cheese-2 the Askerdale Chronicler's own report, curly
    #    single quotes) --
    {"name": "Tamsett Farmhouse Cheese", "label": "ORG", "in": ["cheese"],
     "aliases": ["Tamsett Farmhouse Cheese", "Tamsett"],
     "note": "the family cheese firm, named after its founder Beatrix Tamsett; bare 'Tamsett' is the firm "
             "everywhere it occurs: opening the cheese-1 headline ('Tamsett and Wheddlecombe Creamery'), straight "
             "possessives ('Tamsett's managing director', 'Tamsett's washed-rind Gannetby Blue', 'Tamsett's "
             "original 1931 cheese room' opening a sentence), in quotes ('Tamsett has a cellar full of cheese', "
             "cheese-1; 'Tamsett’s was a cheese first', cheese-2), the curly colloquial 'trained at Tamsett’s' and "
             "attributive 'sold Tamsett cheese' (cheese-2); while the granddaughter is always 'Deepali Tamsett' "
             "in Rindwise's bare style; 'the business', 'the dairy' are not annotated"},
    {"name": "Beatrix Tamsett", "label": "PERSON", "in": ["cheese"], "aliases": ["Beatrix Tamsett"],
     "note": "the firm's founder in 1931, dead (cheese-1, cheese-2), always in full; 'her grandmother', 'Gran' in "
             "quotes (the cheese-2 headline among them) are not annotated"},
    {"name": "Deepali Tamsett", "label": "PERSON", "in": ["cheese"],
     "aliases": ["Deepali Tamsett", "Ms Tamsett", "Deepali"],
     "note": "the founder's granddaughter, managing director and chair-to-be; in full (twice in cheese-1, once "
             "opening a sentence; opening the cheese-2 body), 'Ms Tamsett' (cheese-2, opening sentences and a "
             "paragraph); first name alone in her partner's quotes ('Deepali and I have been friends', cheese-1; "
             "'Deepali rang me in June', cheese-2); never bare 'Tamsett'"},
    {"name": "Wheddlecombe Creamery", "label": "ORG", "in": ["cheese"],
     "aliases": ["Wheddlecombe Creamery", "Wheddlecombe"],
     "note": "the other family cheesemaker; bare 'Wheddlecombe' is the creamery everywhere it occurs (no village "
             "of that name is written): in a quote ('Wheddlecombe has the hands', cheese-1), straight and curly "
             "possessives ('Wheddlecombe's clothbound hard cheese', cheese-1; 'Wheddlecombe’s managing "
             "director', cheese-2), 'The head cheesemaker at Wheddlecombe' (both); 'the creamery’s farm' is not "
             "annotated"},
    {"name": "Eithne O'Garvey", "label": "PERSON", "in": ["cheese"],
     "aliases": ["Eithne O'Garvey", "O'Garvey", "Eithne O’Garvey", "Ms O’Garvey", "Eithne"],
     "note": "the creamery's managing director, chief executive-to-be; an O' surname with the straight apostrophe "
             "in Rindwise (in full with a straight possessive 'Eithne O'Garvey's parents', then bare 'O'Garvey' "
             "opening a paragraph and twice after 'and', cheese-1) and the curly one in the Chronicler ('Eithne "
             "O’Garvey', 'Ms O’Garvey' opening a paragraph, cheese-2); first name alone in her partner's quote "
             "('Eithne wants to call it Peace Treaty', cheese-2)"},
    {"name": "Two Dales Cheese Company", "label": "ORG", "in": ["cheese"],
     "aliases": ["Two Dales Cheese Company", "Two Dales"],
     "note": "the merged company (cheese-1 headline and body, cheese-2); attributive short form 'a small Two "
             "Dales mark' (cheese-1); 'the new company', 'The new firm' are not annotated"},
    {"name": "Farmhouse Cheese Producers' Alliance", "label": "ORG", "in": ["cheese"],
     "aliases": ["Farmhouse Cheese Producers' Alliance", "Farmhouse Cheese Producers’ Alliance", "FCPA"],
     "note": "the invented makers' body; its name with a straight apostrophe (cheese-1) and a curly one "
             "(cheese-2); acronym 'The FCPA has seen six' in a quote (cheese-1), 'The FCPA will hold' opening a "
             "sentence (cheese-2); not to be confused with the firm 'Tamsett Farmhouse Cheese'"},
    {"name": "Marijke van Leuvenhorst", "label": "PERSON", "in": ["cheese"],
     "aliases": ["Marijke van Leuvenhorst", "Ms van Leuvenhorst", "Van Leuvenhorst"],
     "note": "the makers' body's chair, a Dutch-trained affineur; a lower-case particle surname in full (cheese-1, "
             "opening a paragraph in cheese-2) and with the title ('Ms van Leuvenhorst said', cheese-2); "
             "capitalised 'Van Leuvenhorst' opening a paragraph in Rindwise's bare style (cheese-1)"},
    {"name": "Bartosz Uttley", "label": "PERSON", "in": ["cheese"],
     "aliases": ["Bartosz Uttley", "Mr Uttley", "Uttley"],
     "note": "the creamery's head cheesemaker (cheese-1, cheese-2); bare 'Uttley said' twice (cheese-1); 'Mr "
             "Uttley' opening a sentence (cheese-2)"},
    {"name": "Rindwise", "label": "ORG", "in": ["cheese"], "aliases": ["Rindwise"],
     "note": "the cheese site; cheese-1 is its own report ('Rindwise can reveal', 'told Rindwise'); named in "
             "cheese-2 ('the cheese site Rindwise')"},
    # -- a housing association's backlog of lift repairs (lift-1 the Sightline's own report, curly double quotes;
    #    lift-2 the housing trade title Housewire's own report, straight double quotes, bare surnames) --
    {"name": "Pollardine Community Housing Trust", "label": "ORG", "in": ["lift"],
     "aliases": ["Pollardine Community Housing Trust", "PCHT"],
     "note": "the housing association, named after the city (bare 'Pollardine' is the city: 'the Pollardine tower "
             "block', 'homes in Pollardine'; never annotated); acronym 'PCHT' without a definition in lift-1 ('He "
             "said PCHT would spend', and in the residents' chair's quote 'PCHT blames Vertiquay'), opening the "
             "lift-2 headline and a sentence, attributive 'the PCHT board' (lift-2); 'The housing association', "
             "'the association’s repairs' are not annotated"},
    {"name": "Urszula Penketh", "label": "PERSON", "in": ["lift"],
     "aliases": ["Urszula Penketh", "Ms Penketh", "Penketh", "@StuckAtFloor14"],
     "note": "the tenant in the wheelchair; opening the lift-1 body, 'Ms Penketh' (lift-1, also in the chief "
             "executive's quote 'We have let Ms Penketh'); straight possessive 'Penketh's posts' opening a "
             "sentence and bare 'Penketh told Housewire' (lift-2); her X account '@StuckAtFloor14' (lift-1 twice, "
             "lift-2), tied to her by the text; 'The tenant', 'a tenant' are not annotated"},
    {"name": "Sukhvinder Dengate", "label": "PERSON", "in": ["lift"],
     "aliases": ["Sukhvinder Dengate", "Mr Dengate", "Dengate"],
     "note": "the association's chief executive; 'Mr Dengate said', 'Mr Dengate' opening a paragraph (lift-1); "
             "bare 'Dengate said' twice, once opening a sentence (lift-2)"},
    {"name": "Vertiquay Lifts", "label": "ORG", "in": ["lift"], "aliases": ["Vertiquay Lifts", "Vertiquay"],
     "note": "the invented lift contractor; short form 'Vertiquay' opening sentences (both articles), in the "
             "residents' chair's quote (lift-1), straight possessive 'Vertiquay's engineering manager' opening "
             "a paragraph (lift-2); 'the contractor' is not annotated"},
    {"name": "Stanislawa Jowett", "label": "PERSON", "in": ["lift"],
     "aliases": ["Stanislawa Jowett", "Ms Jowett", "Jowett"],
     "note": "the contractor's engineering manager; 'Ms Jowett said' (lift-1); bare 'Jowett said' (lift-2)"},
    {"name": "Lanyard Court Residents' Association", "label": "ORG", "in": ["lift"],
     "aliases": ["Lanyard Court Residents’ Association", "Lanyard Court Residents' Association"],
     "note": "the block's residents' association, its name containing the tower block's ('Lanyard Court' alone "
             "is the block, a place: 'of Lanyard Court', 'at Lanyard Court', in the lift-2 headline; never "
             "annotated); curly apostrophe in its name (lift-1, opening a paragraph), straight one (lift-2); 'the "
             "association', 'Hinchliffe's association' are not annotated as it"},
    {"name": "Paramjit Hinchliffe", "label": "PERSON", "in": ["lift"],
     "aliases": ["Paramjit Hinchliffe", "Mr Hinchliffe", "Hinchliffe"],
     "note": "the residents' association's chair; 'Mr Hinchliffe said' (lift-1); bare 'Hinchliffe said' and "
             "straight possessive 'Hinchliffe's association' opening sentences (lift-2)"},
    {"name": "Pollardine City Council", "label": "ORG", "in": ["lift"], "aliases": ["Pollardine City Council"],
     "note": "the city council, named after the city; opening a lift-1 paragraph; straight possessive 'Pollardine "
             "City Council's housing scrutiny committee' (lift-2)"},
    {"name": "Housewire", "label": "ORG", "in": ["lift"], "aliases": ["Housewire"],
     "note": "the housing trade title; lift-2 is its own report ('told Housewire' twice); named in lift-1 ('the "
             "housing trade title Housewire')"},
    # -- a bowls club sells its green to a housebuilder (bowls-1 the bowls site Toucher's own report, straight
    #    double quotes where ' is also the apostrophe, bare surnames; bowls-2 the Askerdale Chronicler's own
    #    report, curly single quotes) --
    {"name": "Bramblestoke Bowling Club", "label": "ORG", "in": ["bowls"],
     "aliases": ["Bramblestoke Bowling Club", "bramblestokebowls.bsky.social"],
     "note": "the bowls club, named after the town (bare 'Bramblestoke' is the town: 'Bramblestoke bowlers' "
             "opening the bowls-1 headline, 'Bramblestoke green' in the bowls-2 headline; never annotated); its "
             "Bluesky account 'bramblestokebowls.bsky.social' (bowls-1); 'the club', 'the club’s members' are not "
             "annotated"},
    {"name": "Kestrelgate Homes", "label": "ORG", "in": ["bowls"], "aliases": ["Kestrelgate Homes", "Kestrelgate"],
     "note": "the invented housebuilder; 'Kestrelgate Homes' closing the bowls-1 headline and opening the bowls-2 "
             "body; curly possessive 'Kestrelgate’s plans' opening the bowls-2 headline, straight 'Kestrelgate's "
             "planning director' opening a sentence (bowls-1), curly 'Kestrelgate’s planning director' (bowls-2); "
             "short form in quotes ('Kestrelgate will name the new street', bowls-1; 'I have asked Kestrelgate', "
             "bowls-2); 'the housebuilder', 'the company' are not annotated"},
    {"name": "Miroslawa Unsworth", "label": "PERSON", "in": ["bowls"],
     "aliases": ["Miroslawa Unsworth", "Mrs Unsworth", "Unsworth"],
     "note": "the club's president; bare 'Unsworth said' opening sentences (bowls-1); 'Mrs Unsworth' (bowls-2, "
             "once opening a paragraph)"},
    {"name": "Chetan Blamires", "label": "PERSON", "in": ["bowls"],
     "aliases": ["Chetan Blamires", "Mr Blamires", "Blamires"],
     "note": "the club's treasurer; a surname ending in s with a bare-apostrophe possessive: straight 'Blamires' "
             "accounts' opening a sentence (bowls-1) and curly 'Mr Blamires’ figures' opening a paragraph "
             "(bowls-2); bare 'Blamires said' (bowls-1; every bare 'Blamires' is his); 'Mr Blamires said' "
             "(bowls-2)"},
    {"name": "Hadiza Blamires", "label": "PERSON", "in": ["bowls"],
     "aliases": ["Hadiza Blamires", "Ms Blamires", "Hadiza"],
     "note": "the housebuilder's planning director, 'no relation to the treasurer' (bowls-1; 'who is no "
             "relation', bowls-2): two unrelated people sharing a surname in the same two articles, not to be "
             "merged; in full (both articles), 'Ms Blamires said' (bowls-2), never bare; first name alone in the "
             "treasurer's quote ('whether Hadiza is my sister', bowls-2)"},
    {"name": "Tejinder Lightowler", "label": "PERSON", "in": ["bowls"],
     "aliases": ["Tejinder Lightowler", "Mr Lightowler", "Lightowler", "Nudger"],
     "note": "the club's veteran bowler; a nickname declared ('is known across the league as Nudger', bowls-1; "
             "'known to every bowler in Askerdale as Nudger', bowls-2) and used alone in the president's quotes "
             "('Nudger has already asked', bowls-1; 'Nudger wants to bowl the last wood', bowls-2); bare "
             "'Lightowler said', 'Lightowler said he would object' opening a paragraph (bowls-1); 'Mr "
             "Lightowler' opening a sentence (bowls-2)"},
    {"name": "Askerdale Bowls Federation", "label": "ORG", "in": ["bowls"], "aliases": ["Askerdale Bowls Federation"],
     "note": "the county bowls body, its name containing the county's; after 'The' opening a paragraph (bowls-1)"},
    {"name": "Toucher", "label": "ORG", "in": ["bowls"], "aliases": ["Toucher"],
     "note": "the bowls site; bowls-1 is its own report ('told Toucher'); named in bowls-2 ('the bowls site "
             "Toucher')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform (lift-1, lift-2)"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform (bowls-1, bowls-2)"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network) (coach-1, coach-2)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Agnieszka Lumbers", "bylines": ["coach-1.txt", "cheese-2.txt", "bowls-2.txt"],
     "note": "Askerdale Chronicler reporter; byline of coach-1, cheese-2 and bowls-2"},
    {"name": "Dumisani Fothersby", "bylines": ["coach-2.txt"], "note": "Farebox's reporter; byline of coach-2"},
    {"name": "Lindiwe Duxbury", "bylines": ["coach-3.txt", "lift-1.txt"],
     "note": "the Sightline's reporter; byline of coach-3 and lift-1"},
    {"name": "Zdenek Tugwell", "bylines": ["cheese-1.txt"], "note": "Rindwise's reporter; byline of cheese-1"},
    {"name": "Mandla Gawkrodger", "bylines": ["lift-2.txt"], "note": "Housewire's reporter; byline of lift-2"},
    {"name": "Jaspal Sumption", "bylines": ["bowls-1.txt"], "note": "Toucher's reporter; byline of bowls-1"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
