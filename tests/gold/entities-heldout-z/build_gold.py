"""Build entities.json (held-out entity gold, set Z) from the table below and the texts in articles/.

The finding is ``tests/gold/entity_gold_build.py``'s, shared by every held-out entity set; this
script holds the set's table. Every PERSON and ORG of the nine articles is listed with the forms
it is written in. The builder finds each form in each article (whole words; the longest form wins
where two overlap, so "Doggart & Daughters" and, at the listed places, bare "Doggart" are the
removals firm while "Berengaria Doggart" is its founder, "Teleri Doggart" and "Ms Doggart" its
managing director and "Meilyr Doggart" and "Mr Doggart" her father; "Pollexfen Books" and, at the
listed places, bare "Pollexfen" are the bookshop chain while "Liselotte Pollexfen" and "Mrs
Pollexfen" are its founder and "Tatsuya Pollexfen" and "Mr Pollexfen" her grandson; "Xiomara
Greatbatch" and "Mrs Greatbatch" are the croquet club's secretary while "Dzintars Greatbatch" and
"Mr Greatbatch" are her husband and "Ilmari Greatbatch" their son; "Noelani Mattock" and "Ms
Mattock" are the freight group's chief executive while "Przemyslaw Mattock" and "Mr Mattock" are
the unrelated porter; "Ikaika Lanchester" and "Mr Lanchester" are the balloon company's owner
while "Makoa Lanchester" is his son; "Nethersole Estates" is the landowning company while
"Eleanora Nethersole" and "Ms Nethersole" are its manager and "Sir Ambrosius Nethersole" her
father; "Dandelion Balloon Company" and, at the listed places, bare "Dandelion" are the company
while elsewhere "Dandelion" is one of its balloons; "Stolverton Croquet Club", "Pellmarsh Fire
and Rescue Service", "Quillerton City Council", "Quillerton Postboy", "Cressfold Riding School"
are organisations while bare "Stolverton" (outside the listed places), "Pellmarsh", "Quillerton",
"Cressfold", "Nethersole" (outside the listed place) and "Nethersole Hall" are places and no
form; a possessive after the form is kept in the mention), and writes ``[{name, label, aliases,
mentions: [{article, text, occurrence, start_char, end_char}], note?}]``. ``occurrence`` counts
every earlier occurrence of the exact string in the article, as ``evaluate_entities`` locates it.
An entity with ``in`` is looked for only in the articles whose names start with one of those
prefixes (every entity of a story, so that family names, first names, nicknames and short forms
such as "Guild", "Halfpenny" or "Common Shelf" are looked for in their own story only).

As in the earlier sets, a form may be written ``(form, {article: [n, ...]})``: the entity claims
that form only at the listed *bare* occurrences (0-based, counting the occurrences of the form left
once longer forms have won, a following possessive included) in those articles. This set needs it
where one bare word has two owners in one article, or is a place or an object at some places:
- "Stolverton" in croquet-2: #0 the headline's "Stolverton's pavilion" and #1 "Stolverton will
  also keep its place in the county league" are the croquet club. In croquet-1 the one bare
  "Stolverton" (the headline's "Stolverton croquet pavilion") is the village, no mention.
- "Greatbatch" in croquet-2: #0 "Greatbatch says she picked" is Xiomara Greatbatch; #1
  "Greatbatch said he had watched" is Dzintars Greatbatch. croquet-1 has no bare "Greatbatch".
- "Doggart" in move-1: #0 the headline's "Doggart’s sold" and #1 "carried by Doggart’s" (in a
  quote) are the firm. In move-2 (the trade title's bare style): #0 and #1 "The trucks say
  Doggart, the invoices say Doggart" (in a quote), #2 "Doggart had been losing money" and #5
  "Doggart's two named lorries" are the firm; #3 "Doggart said" after "We could not borrow that"
  and #6 "Doggart said she would run the Quillerton depot" are Teleri Doggart; #4 "Doggart, now
  81" is Meilyr Doggart.
- "Mattock" in move-2: #0 "Mattock said" after the porter's quote ("Tallboy has worn green") is
  Przemyslaw Mattock; #1 "Mattock said HGG had repainted only one firm" (followed by "she said")
  is Noelani Mattock.
- "Pollexfen" in books-1: #0 the headline's "Pollexfen’s staff", #1 "the Pollexfen name" and #2
  "learned to read in Pollexfen’s" (in a quote) are the chain. In books-2: #0 the headline's
  "Pollexfen staff buyout", #1 "Pollexfen lost £410,000", #2 "Pollexfen's founder", #6 "at
  Pollexfen's" (in a quote) and #7 "a thinly disguised Pollexfen branch" are the chain; #3
  "Pollexfen, 88," and #4 "Pollexfen said" are Liselotte Pollexfen; #5 "Pollexfen said he had
  joined" is Tatsuya Pollexfen. books-3 has no bare "Pollexfen".
- "Dandelion" in balloon-1: #0 "Dandelion’s owner" and #3 "Dandelion said on X" are the company;
  #1 "also called Dandelion" and #2 "two balloons, Dandelion and Aunt Brunhilde" are the balloon
  (no mention). In balloon-2: #0 "a flight operated by Dandelion", #2 "founded Dandelion in 2004" and #3
  "Dandelion's second balloon" are the company; #1 "The balloon that evening was Dandelion" is
  the balloon.
- "Lanchester" in balloon-2: #0 "Lanchester told Skyhook he had been at 300 feet" is Makoa Lanchester;
  #1 "Lanchester said his son" is Ikaika Lanchester.
- "Nethersole" in balloon-2: #2 "Nethersole said there had been eleven complaints" is Eleanora
  Nethersole; #0 the headline's "at Nethersole", #1 "the fields around Nethersole" and #3 the
  house "Nethersole Hall" are places (no mention). In balloon-1 every bare "Nethersole" (the
  headline's "at Nethersole", "the village of Nethersole", "Nethersole Hall") is a place.

Journalists are in ``BYLINES``: they are written only in the bylines of the articles, never in
the body texts, so they have no mentions; their rows get ``mentions: []`` and ``bylines`` (the
articles they wrote), as the format says (``tests/gold/README.md``). The script checks that no
byline name occurs in any body text.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-z/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-z/build_gold.py --review  # also list capitalised words no
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
    # -- a village croquet club's thatched pavilion burns down and its insurer refuses the claim (croquet-1 the
    #    local daily the Quillerton Postboy's own report, curly single quotes where ’ is also the apostrophe;
    #    croquet-2 the croquet magazine Pegdown's own report, straight double quotes, bare surnames) --
    {"name": "Stolverton Croquet Club", "label": "ORG", "in": ["croquet"],
     "aliases": ["Stolverton Croquet Club", "SCC", "@StolvertonHoops", ("Stolverton", {"croquet-2.txt": [0, 1]})],
     "note": "the village croquet club, named after the village of Stolverton; in full opening croquet-1 and "
             "croquet-2; its X account '@StolvertonHoops' (croquet-1); acronym defined in brackets ('Stolverton "
             "Croquet Club (SCC)'), then straight possessive 'SCC's secretary' and 'SCC would take the case' "
             "(croquet-2); the village's name standing for the club in the croquet magazine ('Stolverton's "
             "pavilion' opening the croquet-2 headline, 'Stolverton will also keep its place in the county "
             "league', croquet-2 bare #0, #1), while 'Stolverton croquet pavilion' (croquet-1 headline) is the "
             "village used as an adjective, not annotated; 'the club' is not annotated"},
    {"name": "Kittermaster Mutual", "label": "ORG", "in": ["croquet"],
     "aliases": ["Kittermaster Mutual", "Kittermaster"],
     "note": "the insurer, a mutual named after its founder (nobody named Kittermaster appears); curly "
             "possessive 'Kittermaster’s claims director' and 'Kittermaster had insured it' (croquet-1); straight "
             "'Kittermaster's case', 'Kittermaster has not offered us a halfpenny' (in a quote), 'Kittermaster "
             "said' (croquet-2); 'the insurer', 'the mutual' are not annotated"},
    {"name": "Vsevolod Marsland", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Vsevolod Marsland", "Mr Marsland", "Marsland"],
     "note": "the insurer's claims director; 'Mr Marsland told the Postboy' (croquet-1); bare 'Marsland said' "
             "(croquet-2)"},
    {"name": "Piroska Halfpenny", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Dr Piroska Halfpenny", "Dr Halfpenny", "Piroska Halfpenny", "Halfpenny"],
     "note": "the club's chair, whose surname is also the name of a coin; 'Dr Piroska Halfpenny' and curly "
             "possessive 'Dr Halfpenny’s letter' (croquet-1); without title, bare 'Halfpenny said', straight "
             "possessive 'Halfpenny's request' and 'Halfpenny told Pegdown' (croquet-2), in the article whose "
             "quote has the lower-case coin ('has not offered us a halfpenny', her own joke, not annotated)"},
    {"name": "Xiomara Greatbatch", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Xiomara Greatbatch", "Mrs Greatbatch", ("Greatbatch", {"croquet-2.txt": [0]})],
     "note": "the club secretary who filled in the renewal form; 'Mrs Greatbatch said' (croquet-1); bare "
             "'Greatbatch says she picked' (croquet-2 bare #0) and 'Xiomara Greatbatch said' after her quote "
             "(croquet-2); 'Her husband' is the next row"},
    {"name": "Dzintars Greatbatch", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Dzintars Greatbatch", "Mr Greatbatch", "Dzintars", ("Greatbatch", {"croquet-2.txt": [1]})],
     "note": "her husband, the groundsman who found the fire; 'Her husband, Dzintars Greatbatch', 'Mr "
             "Greatbatch said' (croquet-1); first name alone in narration ('Her husband Dzintars, the "
             "groundsman') and bare 'Greatbatch said he had watched' one sentence later (croquet-2 bare #1)"},
    {"name": "Ilmari Greatbatch", "label": "PERSON", "in": ["croquet"], "aliases": ["Ilmari Greatbatch", "Ilmari"],
     "note": "their son, a solicitor (croquet-2); in full ('Their son Ilmari Greatbatch') and first name alone "
             "in his mother's quote ('Ilmari says the word tile appears nowhere')"},
    {"name": "Tihomir Dearden", "label": "PERSON", "in": ["croquet"], "aliases": ["Tihomir Dearden", "Mr Dearden"],
     "note": "a station manager of the fire service, the office in lower case after the name ('Tihomir Dearden, "
             "a station manager with ...'), 'Mr Dearden said' (croquet-1)"},
    {"name": "Pellmarsh Fire and Rescue Service", "label": "ORG", "in": ["croquet"],
     "aliases": ["Pellmarsh Fire and Rescue Service"],
     "note": "the county fire service, named after the county (croquet-1); 'the fire engines', 'two crews' are "
             "not annotated"},
    {"name": "Sacheverell Mountstephen", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Colonel Sacheverell Mountstephen"],
     "note": "the club's first president after the war, who gave the trophy (croquet-1), with the title kept; "
             "the trophy named after him, 'the Mountstephen Shield' (croquet-1, croquet-2), is an object and not "
             "annotated (bare 'Mountstephen' is no form)"},
    {"name": "Agafya Lickorish", "label": "PERSON", "in": ["croquet"], "aliases": ["Agafya Lickorish", "Thimble"],
     "note": "the oldest member, 94; nickname declared by the paper ('who is known to everyone at the club as "
             "Thimble') and used by herself of herself in her quote ('Thimble is not crying over a shield', "
             "croquet-1); in full and the nickname twice alone in the captain's quote ('Thimble will win it', "
             "'Thimble always wins it', croquet-2)"},
    {"name": "Girolamo Pettingale", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Sir Girolamo Pettingale", "Sir Girolamo", "Pettingale"],
     "note": "the club's patron, a knight; in full and 'Sir Girolamo said' (croquet-1); in full and bare "
             "'Pettingale, a former chairman of the HMF' (croquet-2)"},
    {"name": "Lubbock Thirtle", "label": "ORG", "in": ["croquet"], "aliases": ["Lubbock Thirtle"],
     "note": "the loss adjusters, a firm whose name (two surnames) reads like a person's full name; 'the loss "
             "adjusters Lubbock Thirtle' (croquet-1, croquet-2)"},
    {"name": "Hoop and Mallet Federation", "label": "ORG", "in": ["croquet"],
     "aliases": ["Hoop and Mallet Federation", "HMF"],
     "note": "the invented governing body of the game (croquet-1, croquet-2); after 'the'; acronym defined in "
             "brackets, then 'The HMF has agreed' and 'a former chairman of the HMF' (croquet-2); lower-case 'the "
             "federation' is not annotated"},
    {"name": "Keahi Ditchburn", "label": "PERSON", "in": ["croquet"], "aliases": ["Keahi Ditchburn", "Ditchburn"],
     "note": "the federation's development officer (croquet-2); bare 'Ditchburn said'"},
    {"name": "Tapiwa Outhwaite", "label": "PERSON", "in": ["croquet"],
     "aliases": ["Tapiwa Outhwaite", "Outhwaite", "@TapiwaSwings"],
     "note": "the club captain (an office in the sentence 'Club captain Tapiwa Outhwaite', not a title); her "
             "Instagram handle '@TapiwaSwings'; bare 'Outhwaite said' three times (croquet-2)"},
    {"name": "Pegdown", "label": "ORG", "in": ["croquet"], "aliases": ["Pegdown"],
     "note": "the croquet magazine; croquet-2 is its own report ('told Pegdown', 'Halfpenny told Pegdown')"},
    # -- a family removals firm sold to a national freight group that keeps its livery (move-1 the Quillerton
    #    Postboy's own report, curly single quotes; move-2 the haulage trade title Tailboard's own report,
    #    straight double quotes, bare surnames) --
    {"name": "Doggart & Daughters", "label": "ORG", "in": ["move"],
     "aliases": ["Doggart & Daughters", "@DoggartMoves",
                 ("Doggart", {"move-1.txt": [0, 1], "move-2.txt": [0, 1, 2, 5]})],
     "note": "the removals firm, named after its founder and her daughters; colloquial curly 'Doggart’s' opening "
             "the move-1 headline and in the group chief executive's quote ('carried by Doggart’s'); curly "
             "bare apostrophe after s 'Doggart & Daughters’ own Instagram account' and its handle "
             "'@DoggartMoves' (move-1); in move-2 bare 'Doggart' twice in a quote for the name on the lorries "
             "('The trucks say Doggart, the invoices say Doggart'), 'Doggart had been losing money' and "
             "'Doggart's two named lorries' (bare #0, #1, #2, #5); the family members are in their own rows; "
             "'the firm', 'the business' are not annotated"},
    {"name": "Berengaria Doggart", "label": "PERSON", "in": ["move"], "aliases": ["Berengaria Doggart"],
     "note": "the founder, a war widow, dead; in full only (move-1 twice, move-2); 'my grandmother’s colours' "
             "in her granddaughter's quote is not annotated"},
    {"name": "Teleri Doggart", "label": "PERSON", "in": ["move"],
     "aliases": ["Teleri Doggart", "Ms Doggart", "Teleri", ("Doggart", {"move-2.txt": [3, 6]})],
     "note": "the founder's granddaughter, managing director; 'Ms Doggart told the Postboy', curly possessive "
             "'Ms Doggart’s father', 'Ms Doggart said' (move-1); first name alone in her father's quotes ('Teleri made the right decision', move-1; "
             "'Teleri was eight and sat on the stairs', move-2); bare 'Doggart said' twice (move-2 bare #3, #6)"},
    {"name": "Meilyr Doggart", "label": "PERSON", "in": ["move"],
     "aliases": ["Meilyr Doggart", "Mr Doggart", ("Doggart", {"move-2.txt": [4]})],
     "note": "her father, the founder's son, managing director from 1981 to 2011; 'Ms Doggart’s father, Meilyr "
             "Doggart', 'Mr Doggart said:' (move-1); 'Her father, Meilyr Doggart' and bare 'Doggart, now 81' "
             "(move-2 bare #4); 'Her father' is not annotated"},
    {"name": "Harland Gorst Group", "label": "ORG", "in": ["move"],
     "aliases": ["Harland Gorst Group", "Harland Gorst", "HGG", "@HarlandGorst"],
     "note": "the national freight group, whose short name (the names of the two firms it was formed from) "
             "reads like a person's full name; 'Harland Gorst said it had bought', 'Harland Gorst has promised', "
             "'Harland Gorst announced the sale' and its X account '@HarlandGorst' (move-1); the headline's "
             "'Harland Gorst buys', acronym defined in brackets and then 'HGG was formed', 'HGG can buy eleven "
             "lorries' (in a quote), 'under HGG', straight possessive 'HGG's results' (move-2); 'the group' is "
             "not annotated"},
    {"name": "Harland Haulage", "label": "ORG", "in": ["move"], "aliases": ["Harland Haulage"],
     "note": "one of the two firms that merged in 1998 to form the group (move-2)"},
    {"name": "Gorst Storage", "label": "ORG", "in": ["move"], "aliases": ["Gorst Storage"],
     "note": "the other (move-2), also the maker of an offer for the removals firm in the 1990s"},
    {"name": "Noelani Mattock", "label": "PERSON", "in": ["move"],
     "aliases": ["Noelani Mattock", "Ms Mattock", ("Mattock", {"move-2.txt": [1]})],
     "note": "the group's chief executive; 'Ms Mattock said', and twice in 'no relation of Ms Mattock' "
             "(move-1); bare 'Mattock said HGG had repainted' (move-2 bare #1), where only the following 'she "
             "said' tells her from the porter"},
    {"name": "Przemyslaw Mattock", "label": "PERSON", "in": ["move"],
     "aliases": ["Przemyslaw Mattock", "Mr Mattock", "Tallboy", ("Mattock", {"move-2.txt": [0]})],
     "note": "a porter for 33 years, no relation of the chief executive; nickname declared ('he is known in the "
             "yard as Tallboy', move-1; 'known in the yard as Tallboy', move-2) and used by himself in his own "
             "quotes ('Tallboy has been sold along with the lorries', move-1; 'Tallboy has worn green for 33 "
             "years', move-2); 'Mr Mattock said' (move-1); bare 'Mattock said' after his quote (move-2 bare #0)"},
    {"name": "Federation of Household Movers", "label": "ORG", "in": ["move"],
     "aliases": ["Federation of Household Movers", "FHM"],
     "note": "the invented trade body of removals firms; after 'The' (move-1); acronym defined in brackets, "
             "then 'the FHM had 212 members' (move-2)"},
    {"name": "Kauko Gurteen", "label": "PERSON", "in": ["move"], "aliases": ["Kauko Gurteen", "Gurteen"],
     "note": "the trade body's chief executive (move-2); bare 'Gurteen said'"},
    {"name": "Tailboard", "label": "ORG", "in": ["move"], "aliases": ["Tailboard"],
     "note": "the haulage trade title; move-2 is its own report ('told Tailboard'); 'tailgate' is another word"},
    # -- a bookshop chain bought out of administration by its staff as a co-operative (books-1 the Quillerton
    #    Postboy's own report, curly single quotes; books-2 the book trade title Octavo's own report, straight
    #    double quotes, bare surnames; books-3 the national paper the Heliograph's own feature, curly double
    #    quotes) --
    {"name": "Pollexfen Books", "label": "ORG", "in": ["books"],
     "aliases": ["Pollexfen Books", ("Pollexfen", {"books-1.txt": [0, 1, 2], "books-2.txt": [0, 1, 2, 6, 7]})],
     "note": "the bookshop chain, named after its founder; its shops keep the name under the co-operative; "
             "curly colloquial 'Pollexfen’s' opening the books-1 headline and in a quote ('learned to read in "
             "Pollexfen’s'), attributive 'the Pollexfen name' (books-1 bare #0, #1, #2); attributive 'Pollexfen "
             "staff buyout' (the books-2 headline), 'Pollexfen lost £410,000', 'Pollexfen's founder', 'at "
             "Pollexfen's' in a quote and 'a thinly disguised Pollexfen branch' (books-2 bare #0, #1, #2, #6, "
             "#7); in full as the name on a shop sign ('the sign still says Pollexfen Books', books-3), "
             "annotated as the chain; 'the chain' is not annotated"},
    {"name": "Liselotte Pollexfen", "label": "PERSON", "in": ["books"],
     "aliases": ["Liselotte Pollexfen", "Mrs Pollexfen", ("Pollexfen", {"books-2.txt": [3, 4]})],
     "note": "the founder, 88, alive; 'Mrs Pollexfen' (books-1, books-3); bare 'Pollexfen, 88,' and 'Pollexfen "
             "said' (books-2 bare #3, #4); 'Grandma' and 'his grandmother' are not annotated"},
    {"name": "Tatsuya Pollexfen", "label": "PERSON", "in": ["books"],
     "aliases": ["Tatsuya Pollexfen", "Mr Pollexfen", "Tatsuya", ("Pollexfen", {"books-2.txt": [5]})],
     "note": "her grandson, a bookseller and director of the co-operative; first name alone in his grandmother's "
             "quotes ('My grandson Tatsuya rang me', 'I said, Tatsuya, it is six', books-1; 'Tatsuya did not tell "
             "me', books-3); 'Mr Pollexfen said' (books-1, books-3); bare 'Pollexfen said he had joined' (books-2 "
             "bare #5)"},
    {"name": "Common Shelf Co-operative", "label": "ORG", "in": ["books"],
     "aliases": ["Common Shelf Co-operative", "Common Shelf", "@CommonShelfBooks"],
     "note": "the staff co-operative that bought the chain, its name two common words with capitals; in full "
             "(books-1, books-2, books-3); its Instagram handle '@CommonShelfBooks' (books-1); short form "
             "'Common Shelf will hand buying back' and straight possessive 'Common Shelf's members' (books-2); "
             "'the co-operative', 'the co-operative’s chair' are not annotated"},
    {"name": "Quillerton City Council", "label": "ORG", "in": ["books"], "aliases": ["Quillerton City Council"],
     "note": "the city council that lent £250,000 (books-1, books-2, and curly possessive 'Quillerton City "
             "Council’s loan', books-3); 'the council', 'a council loan' are not annotated"},
    {"name": "Harbord Community Bank", "label": "ORG", "in": ["books"], "aliases": ["Harbord Community Bank"],
     "note": "the bank holding a mortgage on the Quillerton shop (books-1, books-2); 'a bank mortgage' (books-3) "
             "is not annotated"},
    {"name": "Tuulikki Yaxley", "label": "PERSON", "in": ["books"],
     "aliases": ["Tuulikki Yaxley", "Ms Yaxley", "Yaxley", "@TuuliReads"],
     "note": "the co-operative's chair, manager of the Cressfold shop; 'Ms Yaxley said:' (books-1); bare "
             "'Yaxley, who manages the Cressfold branch' opening a sentence and 'Yaxley said' (books-2); 'Ms "
             "Yaxley' twice, curly possessive 'Ms Yaxley’s job' and her handle '@TuuliReads' ('who posts as "
             "@TuuliReads', books-3)"},
    {"name": "Brightholme Capital", "label": "ORG", "in": ["books"], "aliases": ["Brightholme Capital", "Brightholme"],
     "note": "the investment firm that owned the chain from 2016 (books-1, books-2, books-3); bare 'Brightholme had "
             "cut', 'Brightholme bought a brand' in a quote (books-2) and 'when Brightholme stopped paying' "
             "(books-3)"},
    {"name": "Eastaugh Gissing", "label": "ORG", "in": ["books"], "aliases": ["Eastaugh Gissing"],
     "note": "the administrators, a firm whose name (two surnames) reads like a person's full name; 'The "
             "administrators, Eastaugh Gissing, said' (books-1); 'the administrators, Eastaugh Gissing' and "
             "straight possessive 'Eastaugh Gissing's report' opening a paragraph (books-2)"},
    {"name": "Leonora Rumsby", "label": "PERSON", "in": ["books"],
     "aliases": ["Leonora Rumsby", "Ms Rumsby", "Rumsby"],
     "note": "the administrators' partner who ran the sale; 'Ms Rumsby said' (books-1); 'Partner Leonora "
             "Rumsby' (the office, not a title) and bare 'Rumsby said' (books-2)"},
    {"name": "Anwuli Howchin", "label": "PERSON", "in": ["books"], "aliases": ["Cllr Anwuli Howchin", "Cllr Howchin"],
     "note": "the city council's cabinet member for the economy; 'Cllr Anwuli Howchin', 'Cllr Howchin said' "
             "(books-1); 'Cllr Anwuli Howchin ... told the Heliograph' (books-3)"},
    {"name": "Noboru Keeble", "label": "PERSON", "in": ["books"], "aliases": ["Noboru Keeble", "Keeble", "Mr Keeble"],
     "note": "the bookseller who runs the children's section in Quillerton; bare 'Keeble said' twice (books-2); "
             "'Mr Keeble said' (books-3)"},
    {"name": "Sybilla Woolnough", "label": "PERSON", "in": ["books"],
     "aliases": ["Dame Sybilla Woolnough", "Dame Sybilla", "Woolnough"],
     "note": "the novelist, a dame; in full with the title (books-2, books-3), bare 'Woolnough said' (books-2), "
             "'Dame Sybilla said' (books-3); her novel 'Mrs Ambleside Regrets' (books-2, books-3), a title that "
             "reads like a married woman's name, is a work and not annotated"},
    {"name": "Octavo", "label": "ORG", "in": ["books"], "aliases": ["Octavo"],
     "note": "the book trade title; books-2 is its own report ('Partner Leonora Rumsby told Octavo')"},
    {"name": "Heliograph", "label": "ORG", "in": ["books"], "aliases": ["Heliograph"],
     "note": "the national paper; books-3 is its own feature ('told the Heliograph')"},
    # -- a balloon company loses its landing fields after horses bolt (balloon-1 the Quillerton Postboy's own
    #    report, curly single quotes; balloon-2 the ballooning magazine Skyhook's own report, straight double
    #    quotes, bare surnames) --
    {"name": "Dandelion Balloon Company", "label": "ORG", "in": ["balloon"],
     "aliases": ["Dandelion Balloon Company", "@DandelionFlights",
                 ("Dandelion", {"balloon-1.txt": [0, 3], "balloon-2.txt": [0, 2, 3]})],
     "note": "the balloon company, which has named one of its two balloons after itself; in full (balloon-1, "
             "balloon-2); curly possessive 'Dandelion’s owner and chief pilot', 'Dandelion said on X' and its X "
             "account '@DandelionFlights' (balloon-1 bare #0, #3); 'a flight operated by Dandelion', 'founded "
             "Dandelion in 2004', straight possessive 'Dandelion's second balloon' (balloon-2 bare #0, #2, #3); "
             "the balloon 'Dandelion' ('which is also called Dandelion', 'two balloons, Dandelion and Aunt "
             "Brunhilde', balloon-1 bare #1, #2; 'The balloon that evening was Dandelion', balloon-2 bare #1) "
             "and the other balloon 'Aunt Brunhilde', named like a relative, are objects and not annotated"},
    {"name": "Ikaika Lanchester", "label": "PERSON", "in": ["balloon"],
     "aliases": ["Ikaika Lanchester", "Mr Lanchester", ("Lanchester", {"balloon-2.txt": [1]})],
     "note": "the company's owner and chief pilot; 'Mr Lanchester said' twice (balloon-1); in full twice and bare "
             "'Lanchester said his son' (balloon-2 bare #1)"},
    {"name": "Makoa Lanchester", "label": "PERSON", "in": ["balloon"],
     "aliases": ["Makoa Lanchester", "Makoa", ("Lanchester", {"balloon-2.txt": [0]})],
     "note": "his son, the pilot of the flight; first name alone in his father's quote ('Makoa did everything "
             "right', balloon-1); bare 'Lanchester told Skyhook he had been at 300 feet' (balloon-2 bare #0), one "
             "paragraph before his father's bare 'Lanchester said'"},
    {"name": "Nethersole Estates", "label": "ORG", "in": ["balloon"], "aliases": ["Nethersole Estates"],
     "note": "the landowning company, named after the family and the village (bare 'Nethersole' is the village "
             "or, in 'Nethersole Hall', the house); 'Nethersole Estates, which owns most of the land' (balloon-1); "
             "'Nethersole Estates withdrew', straight bare apostrophe after s 'Nethersole Estates' land agent', "
             "'Nethersole Estates had \"listened politely\"' (balloon-2); 'the estate' (lower case, the land and "
             "the business) is not annotated"},
    {"name": "Eleanora Nethersole", "label": "PERSON", "in": ["balloon"],
     "aliases": ["Eleanora Nethersole", "Ms Nethersole", ("Nethersole", {"balloon-2.txt": [2]})],
     "note": "the estate manager, the baronet's daughter, who signed the ban; 'Ms Nethersole said' (balloon-1); "
             "'Estate manager Eleanora Nethersole' (the office, not a title) and bare 'Nethersole said there had "
             "been' (balloon-2 bare #2); 'My daughter', 'his daughter' are not annotated"},
    {"name": "Ambrosius Nethersole", "label": "PERSON", "in": ["balloon"],
     "aliases": ["Sir Ambrosius Nethersole", "Sir Ambrosius"],
     "note": "her father, a baronet who owns the estate; in full (balloon-1, balloon-2), 'Sir Ambrosius' with "
             "title and first name twice (balloon-1) and straight possessive 'Sir Ambrosius's one public comment' "
             "(balloon-2); 'her father' is not annotated; the house 'Nethersole Hall' "
             "is a place"},
    {"name": "Cressfold Riding School", "label": "ORG", "in": ["balloon"], "aliases": ["Cressfold Riding School"],
     "note": "the riding school whose horses bolted, named after the town of Cressfold (balloon-1, balloon-2); "
             "'the riding school' is not annotated; bare 'Cressfold' in the books story is the town"},
    {"name": "Glafira Eccleston", "label": "PERSON", "in": ["balloon"],
     "aliases": ["Glafira Eccleston", "Mrs Eccleston", "Eccleston"],
     "note": "the riding school's owner; 'Mrs Eccleston said' (balloon-1); 'Riding school owner Glafira "
             "Eccleston' and bare 'Eccleston said' (balloon-2)"},
    {"name": "Aeronauts’ Guild", "label": "ORG", "in": ["balloon"],
     "aliases": ["Aeronauts’ Guild", "Aeronauts' Guild", "Guild"],
     "note": "the invented body of balloon pilots, with an apostrophe inside its name, curly in balloon-1 ('The "
             "Aeronauts’ Guild') and straight in balloon-2 ('The Aeronauts' Guild'); capitalised short form 'the "
             "Guild had offered' (balloon-1), 'the Guild's members', 'The Guild's proposal' (balloon-2)"},
    {"name": "Zdravko Culshaw", "label": "PERSON", "in": ["balloon"],
     "aliases": ["Capt Zdravko Culshaw", "Capt Culshaw", "Culshaw"],
     "note": "the guild's chairman, a retired airline captain, with the title 'Capt' kept ('Capt Zdravko "
             "Culshaw', 'Capt Culshaw said', balloon-1, balloon-2); bare 'Culshaw said' (balloon-2)"},
    {"name": "Skyhook", "label": "ORG", "in": ["balloon"], "aliases": ["Skyhook"],
     "note": "the ballooning magazine; balloon-2 is its own report ('Lanchester told Skyhook', 'has not spoken to "
             "Skyhook')"},
    # -- outlets and platforms in more than one story --
    {"name": "Quillerton Postboy", "label": "ORG", "aliases": ["Quillerton Postboy", "Postboy"],
     "note": "the local daily paper, named after the city; 'told the Postboy' in its own reports (croquet-1, "
             "move-1, books-1, balloon-1); in full only in another outlet's report ('first reported by the "
             "Quillerton Postboy', croquet-2)"},
    {"name": "X", "label": "ORG", "aliases": ["X"],
     "note": "the platform ('on X', croquet-1, move-1; 'Dandelion said on X', balloon-1)"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"],
     "note": "the platform (croquet-2, move-1, books-1)"},
]

# Journalists: in the bylines of these articles only, never in a body text.
BYLINES: list[dict] = [
    {"name": "Serafima Wymer", "bylines": ["croquet-1.txt", "move-1.txt", "books-1.txt", "balloon-1.txt"],
     "note": "Quillerton Postboy reporter; byline of croquet-1, move-1, books-1 and balloon-1"},
    {"name": "Pelageya Thrower", "bylines": ["croquet-2.txt"], "note": "Pegdown's reporter; byline of croquet-2"},
    {"name": "Innokenty Scarfe", "bylines": ["move-2.txt"], "note": "Tailboard's reporter; byline of move-2"},
    {"name": "Manaia Mobbs", "bylines": ["books-2.txt"], "note": "Octavo's reporter; byline of books-2"},
    {"name": "Dubravka Dunthorne", "bylines": ["books-3.txt"], "note": "the Heliograph's reporter; byline of books-3"},
    {"name": "Gyongyi Brundish", "bylines": ["balloon-2.txt"], "note": "Skyhook's reporter; byline of balloon-2"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE, BYLINES)
