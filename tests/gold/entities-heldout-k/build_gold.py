"""Build entities.json (held-out entity gold, set K) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Tavernucci Amusements" is the arcade company
while "Loredana Tavernucci", "Fulvio Tavernucci", "Settimio Tavernucci" and "Ms Tavernucci" are
the family; "Brelmouth Pier Trust", "Friends of Brelmouth Pier", "Brelmouth Borough Council" and
"Brelmouth Harbour Singers" are four organisations named after the town; "Ardmoss University
Ventures" is the university's investment arm while "Ardmoss University" is the university;
"Attewell & Nutbeam" is a law firm while "Obiageli Nutbeam" is a choir's accompanist; "Maybelle
Haddersley" and "Mrs. Haddersley" are the wife while "W.K. Haddersley" and "Mr. Haddersley" are
the husband; a possessive after the form is kept in the mention), and writes
``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``.
``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes (the Tavernuccis, "Trust" and "Friends" in the pier story
(the Friends also in the choir story); "University" and the federal judge's bare "Oakenfold" in
the patent story; the dog-show judge Dorotea Oakenfold, Maybelle Haddersley, "League" and
"Society" in the dog-show story; "Federation" and the accompanist's "Nutbeam" in the choir
story).

As in sets B to J, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). No form
of this set needs it: every bare surname here has one owner within the articles where its entity
is looked for (bare "Tavernucci", pier-3 only, is always Loredana Tavernucci; bare "Oakenfold",
patent-1 only, is always the federal judge; bare "Haddersley", patent story only, is always W.K.
Haddersley), and the place words ("Brelmouth", "Ardmoss", "Wessmarch", "Quiller Valley",
"Vardigan") are never a form.

``check_table`` refuses to build when a form in the table is found nowhere (a stale or misspelt
form) or a listed occurrence is not there: the annotation must match the text exactly.

    python3 tests/gold/entities-heldout-k/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-k/build_gold.py --review  # also list capitalised words no
                                                                    # mention covers, and every
                                                                    # listed (shared) form in context
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from entity_gold_build import check_table, main  # the shared builder, beside this folder

ENTITIES: list[dict] = [
    # -- a seaside pier's fire (pier-1 a British national paper, curly double quotes, Ms/Mr/Mrs/Cllr/Dame/Sir;
    #    pier-2 the Brelmouth Breakwater's own report, straight, first names and a nickname; pier-3 the leisure
    #    trade newsletter Boardwalker's own report, curly single quotes where ’ is also the apostrophe, bare
    #    surnames) --
    {"name": "Brelmouth Pier Trust", "label": "ORG", "in": ["pier"],
     "aliases": ["Brelmouth Pier Trust", "Trust", "@BrelmouthPier"],
     "note": "the charity that owns the pier, named after the town and the pier (bare 'Brelmouth' is the town, "
             "'Brelmouth Pier' the structure, neither annotated); capitalised short form 'the Trust' in all three "
             "articles (pier-1 headline 'as Trust faces', 'the Trust’s chair', 'Nobody on the Trust' in a quote, "
             "'The Trust’s account on X, @BrelmouthPier'; pier-2 'The Trust can count on us' in a quote; pier-3 'the "
             "Trust’s chair', 'chaired the Trust', 'the Trust’s rental income'); 'the charity', 'the trustees', "
             "'Brelmouth trustees' (pier-3 headline) are not annotated"},
    {"name": "Ragnhild Esselmont", "label": "PERSON",
     "aliases": ["Dame Ragnhild Esselmont", "Dame Ragnhild", "Esselmont"],
     "note": "the Trust's chair; 'Dame Ragnhild Esselmont' then 'Dame Ragnhild' (title and first name, pier-1); bare "
             "'Esselmont, a former harbourmaster' in pier-3's bare-surname style"},
    {"name": "Tavernucci Amusements", "label": "ORG", "in": ["pier"], "aliases": ["Tavernucci Amusements"],
     "note": "the family arcade company on the pier, named after its founder's family; plural bare-apostrophe "
             "possessive 'Tavernucci Amusements’ machines' (pier-1); attributive 'the Tavernucci Amusements arcade' "
             "(pier-1); never bare 'Tavernucci' (which is Loredana Tavernucci, pier-3); 'the company', 'the arcade' "
             "and the family as a whole ('The Tavernuccis', pier-2) are not annotated"},
    {"name": "Loredana Tavernucci", "label": "PERSON", "in": ["pier"],
     "aliases": ["Loredana Tavernucci", "Ms Tavernucci", "Loredana", "Tavernucci"],
     "note": "the founder's daughter, who runs the arcade; 'Ms Tavernucci' (pier-1); in pier-2 named after the "
             "relation ('His aunt, Loredana Tavernucci') and by first name alone in a friend's quote ('Loredana rang "
             "me'); bare 'Tavernucci said', 'Tavernucci added' (pier-3, the trade newsletter's bare-surname style); "
             "never the same person as her nephew Settimio or her late father Fulvio"},
    {"name": "Fulvio Tavernucci", "label": "PERSON", "in": ["pier"], "aliases": ["Fulvio Tavernucci", "Fulvio"],
     "note": "her late father, who opened the arcade in 1971; 'whose late father, Fulvio Tavernucci' (pier-1); first "
             "name alone in a quote ('Fulvio used to call the pier a ship', pier-2); 'her father', 'My father' are "
             "not annotated"},
    {"name": "Settimio Tavernucci", "label": "PERSON", "in": ["pier"], "aliases": ["Settimio Tavernucci"],
     "note": "her nephew, who manages the ice-cream kiosk (pier-2), in full twice; shares the surname with his aunt "
             "and his grandfather and must not be merged with either"},
    {"name": "Radosław Wojtasik", "label": "PERSON",
     "aliases": ["Radosław Wojtasik", "Mr Wojtasik", "Wojo", "@wojcrabs"],
     "note": "the crab fisherman who raised the alarm; a non-ASCII first name; 'Mr Wojtasik' (pier-1, pier-2); a "
             "nickname declared in pier-2 ('whom most of the harbour knows only as Wojo') and used alone, in the "
             "headline ('Wojo saw the smoke'), in narrative ('Wojo rang 999', 'Wojo said') and inside his neighbour's "
             "quote ('Wojo was shouting'); 'Mr Wojtasik, who posts on X as @wojcrabs' (pier-2)"},
    {"name": "Wessmarch Fire and Rescue Service", "label": "ORG",
     "aliases": ["Wessmarch Fire and Rescue Service", "WFRS"],
     "note": "the fire service, named after the county (bare 'Wessmarch' is the county: 'in Wessmarch', "
             "dogshow-2, not annotated); 'WFRS' defined in parentheses and used alone ('an area manager at WFRS', "
             "pier-1); full name again in pier-3; 'the fire service' (pier-2) is not annotated"},
    {"name": "Folasade Underhay", "label": "PERSON", "aliases": ["Folasade Underhay", "Ms Underhay", "Underhay"],
     "note": "the fire service's area manager; 'Ms Underhay said' (pier-1), bare 'Underhay would not comment' "
             "(pier-3)"},
    {"name": "Brelmouth Borough Council", "label": "ORG", "aliases": ["Brelmouth Borough Council"],
     "note": "the council, named after the town; in full in all three pier articles; 'the council', 'the borough', "
             "'the borough council that hosts the competition' (choir-1) are lower case and not annotated"},
    {"name": "Bálint Harkaway", "label": "PERSON",
     "aliases": ["Cllr Bálint Harkaway", "Cllr Harkaway", "Harkaway"],
     "note": "the council leader, in two stories: the pier (pier-1 'Cllr Bálint Harkaway', 'Cllr Harkaway'; pier-2 "
             "'Cllr Harkaway'; pier-3 bare 'Harkaway, the council leader') and the choir competition his council "
             "hosts (choir-1 'Cllr Bálint Harkaway', choir-2 'Cllr Harkaway'); an accented first name"},
    {"name": "Corvantis Mutual", "label": "ORG", "aliases": ["Corvantis Mutual", "Corvantis"],
     "note": "the Trust's insurer; a one-word short form like a surname with no person of that name ('Corvantis "
             "said', pier-1; the pier-3 headline's attributive 'Corvantis cap', 'A Corvantis spokeswoman', "
             "'Corvantis’s adjusters'); 'Corvantis Mutual’s letter' (pier-3); 'the insurer' is not annotated"},
    {"name": "Friends of Brelmouth Pier", "label": "ORG", "in": ["pier", "choir"],
     "aliases": ["Friends of Brelmouth Pier", "Friends", "@pierfriends@gullwhistle.social"],
     "note": "the volunteer group; 'said on Mastodon, where it posts as @pierfriends@gullwhistle.social' (pier-1); "
             "capitalised short form 'the Friends' with plural bare-apostrophe possessives, straight 'the Friends' "
             "volunteers' (pier-2) and curly 'The Friends’ founder' (pier-3), and 'The Friends opened their "
             "appeal' (pier-2), 'the Friends would hold a concert' (pier-3); in the choir story 'a concert for the "
             "Friends of Brelmouth Pier' and 'who leads the Friends' (choir-2)"},
    {"name": "Majken Trezise", "label": "PERSON", "aliases": ["Majken Trezise", "Mrs Trezise", "Trezise"],
     "note": "founder of the Friends, in two stories; 'Mrs Trezise said' (pier-2), bare 'Trezise said' (pier-3), in "
             "full in choir-2"},
    {"name": "Aubyn Stallbrass", "label": "PERSON", "aliases": ["Sir Aubyn Stallbrass", "Sir Aubyn"],
     "note": "the town's MP; 'Sir Aubyn Stallbrass' (pier-1, pier-3), then 'Sir Aubyn said' (title and first name, "
             "pier-3)"},
    {"name": "Wessmarch Police", "label": "ORG", "aliases": ["Wessmarch Police"],
     "note": "the county police force (pier-1, pier-3), named after the county"},
    {"name": "Brelmouth Breakwater", "label": "ORG", "aliases": ["Brelmouth Breakwater", "Breakwater"],
     "note": "the town's weekly paper, in two stories; named in full once ('told the local weekly, the Brelmouth "
             "Breakwater', pier-1); pier-2 and choir-2 are its own reports ('tell the Breakwater' in the pier-2 "
             "headline, 'he told the Breakwater', 'she told the Breakwater'; choir-2 'told the Breakwater' twice, "
             "'under the Breakwater's report'); the capitalised paper against the lower-case harbour wall 'beyond "
             "the breakwater' (pier-1, not annotated)"},
    {"name": "Boardwalker", "label": "ORG", "aliases": ["Boardwalker"],
     "note": "the leisure trade newsletter; pier-3 is its own report ('Boardwalker has learned', 'told "
             "Boardwalker' twice, 'seen by Boardwalker')"},
    # -- a university spin-out's patent fight (patent-1 the American legal site Docketline's own report, straight,
    #    AP style: bare surnames, "Dr.", "Prof.", "Judge", initials; patent-2 the British university-enterprise
    #    newsletter Spinwise's own report, curly single quotes where ’ is also the apostrophe, "Van der Stoep"
    #    opening sentences, "the University") --
    {"name": "Ardmoss University", "label": "ORG", "in": ["patent"], "aliases": ["Ardmoss University", "University"],
     "note": "the university, named after its city (bare 'Ardmoss' is the city: 'on a bench in Ardmoss' in a quote, "
             "patent-1; 'Ardmoss, a city that', patent-2; not annotated); 'the university' lower case (patent-1, "
             "four times) is not annotated, while patent-2 writes 'The University has also written', 'the "
             "University’s investment arm', 'the University had offered' capitalised, and 'Ardmoss University’s "
             "rules'; never the same as its investment arm 'Ardmoss University Ventures' (the longer form wins)"},
    {"name": "Ardmoss University Ventures", "label": "ORG", "aliases": ["Ardmoss University Ventures", "AUV"],
     "note": "the university's investment arm, its name beginning with the university's; 'AUV' defined in "
             "parentheses in both articles and used alone ('AUV owns 22 percent', patent-1; attributive 'An AUV "
             "spokesman', patent-2)"},
    {"name": "Lumenvale Diagnostics", "label": "ORG", "aliases": ["Lumenvale Diagnostics", "Lumenvale", "@LumenvaleDx"],
     "note": "the spin-out; a one-word short form ('Lumenvale says', 'Lumenvale's chief executive', the patent-2 "
             "headline 'Lumenvale to countersue', 'Lumenvale’s core patent'); 'Lumenvale's account on X, "
             "@LumenvaleDx' (patent-1); 'the company' is not annotated"},
    {"name": "Zsófia Halmosdi-Mabbott", "label": "PERSON",
     "aliases": ["Prof. Zsófia Halmosdi-Mabbott", "Prof Zsófia Halmosdi-Mabbott", "Halmosdi-Mabbott", "Zsófia"],
     "note": "the named inventor and co-founder; an accented first name and a hyphenated surname; 'Prof.' with a "
             "point (patent-1), 'Prof' without (patent-2); bare 'Halmosdi-Mabbott said' in both; first name alone "
             "in an unnamed barrister's quote ('Zsófia will have her grant', patent-2)"},
    {"name": "Maaike van der Stoep", "label": "PERSON",
     "aliases": ["Dr. Maaike van der Stoep", "Dr Maaike van der Stoep", "Dr van der Stoep", "van der Stoep",
                 "Van der Stoep", "Maaike", "maaikevds.bsky.social"],
     "note": "the former postdoctoral researcher Brightharrow says is a missing co-inventor; a two-word lower-case "
             "particle: 'Dr. Maaike van der Stoep' then AP-style bare 'van der Stoep told Docketline', 'that van der "
             "Stoep' mid-sentence and 'Van der Stoep, who left' opening a sentence (patent-1); 'Dr Maaike van der "
             "Stoep', 'Van der Stoep' opening two sentences, 'Dr van der Stoep' (patent-2); first name alone inside "
             "quotes ('Maaike was one of the best people', 'Maaike will have her lab books'); 'who posts on Bluesky "
             "as maaikevds.bsky.social' (patent-2)"},
    {"name": "Brightharrow Medical", "label": "ORG",
     "aliases": ["Brightharrow Medical Inc.", "Brightharrow Medical", "Brightharrow"],
     "note": "the American device maker, in two stories; the legal suffix 'Inc.' is part of the mention (patent-1); "
             "one-word short form ('Brightharrow asks court' in the headline, 'Brightharrow's Tearsight lens', "
             "'Brightharrow says', 'Brightharrow is represented', 'Brightharrow shares'; patent-2 'Brightharrow’s "
             "chief executive'); in the dog-show story as the husband's company ('whose company, Brightharrow "
             "Medical', dogshow-1; 'runs Brightharrow Medical', dogshow-2); its lens Tearsight (a product) and 'the "
             "American device maker' are not annotated"},
    {"name": "W.K. Haddersley", "label": "PERSON",
     "aliases": ["W.K. Haddersley", "WK Haddersley", "Mr. Haddersley", "W.K.", "Haddersley"],
     "note": "Brightharrow's chief executive, named by his initials, in two stories; 'W.K. Haddersley' with points "
             "(patent-1, dogshow-1) and 'WK Haddersley' without (patent-2, dogshow-2); bare 'Haddersley founded' "
             "(patent-1) and 'Haddersley did not reply' (patent-2), always him; 'Mr. Haddersley, whose company' "
             "(dogshow-1); the initials alone in his wife's quote ('W.K. has never even had dinner with the "
             "woman', dogshow-1); never his wife ('Mrs. Haddersley', 'Mrs Haddersley'); 'my husband' and the couple "
             "are not annotated"},
    {"name": "Attewell & Nutbeam LLP", "label": "ORG", "aliases": ["Attewell & Nutbeam LLP", "Attewell & Nutbeam"],
     "note": "Brightharrow's law firm, named like two people with an ampersand; the legal suffix is part of the "
             "mention (patent-1); 'His lawyers, Attewell & Nutbeam' (patent-2); unrelated to the choir's accompanist "
             "Obiageli Nutbeam"},
    {"name": "Earline Sturdee", "label": "PERSON", "aliases": ["Earline Sturdee"],
     "note": "the Attewell & Nutbeam partner leading the case (patent-1), in full only"},
    {"name": "Linwood Oakenfold", "label": "PERSON", "in": ["patent"],
     "aliases": ["Linwood Oakenfold", "Judge Oakenfold", "Oakenfold"],
     "note": "the federal judge; 'federal judge Linwood Oakenfold' (the lower-case job is not in the mention), then "
             "'Judge Oakenfold has set' (title kept) and AP-style bare 'Oakenfold wrote' (patent-1); 'The judge' "
             "inside a quote (patent-2) is not annotated; unrelated to the dog-show judge Dorotea Oakenfold"},
    {"name": "Veltrane Capital", "label": "ORG", "aliases": ["Veltrane Capital", "Veltrane"],
     "note": "Lumenvale's largest investor; 'Veltrane’s own fund documents' (patent-2) a one-word short form"},
    {"name": "Tuva Gorrivan", "label": "PERSON", "aliases": ["Tuva Gorrivan", "Gorrivan"],
     "note": "Lumenvale's chief executive; in full in both articles, bare 'Gorrivan said' (patent-2)"},
    {"name": "Docketline", "label": "ORG", "aliases": ["Docketline"],
     "note": "the American legal news site; patent-1 is its own report ('told Docketline')"},
    {"name": "Spinwise", "label": "ORG", "aliases": ["Spinwise"],
     "note": "the British university-enterprise newsletter; patent-2 is its own report ('Spinwise has learned', "
             "'told Spinwise', 'did not reply to Spinwise')"},
    # -- a dog show's best-in-show award (dogshow-1 the American local paper the Quiller Valley Ledger's own report,
    #    curly double quotes, "Mrs."/"Mr."/"Ms." with points, first names and initials in quotes, a nickname;
    #    dogshow-2 the British dog weekly Showlead's own report, straight, "Mrs"/"Mr"/"Ms" without points) --
    {"name": "National Canine Exhibitors League", "label": "ORG", "in": ["dogshow"],
     "aliases": ["National Canine Exhibitors League", "NCEL", "League"],
     "note": "the American body that licenses shows; 'NCEL' defined in parentheses (dogshow-1) and used alone ('NCEL "
             "rules', 'an agency the NCEL approves'; 'The NCEL's rules', dogshow-2); capitalised short form 'the "
             "League' ('a complaint to the League', 'the League’s rules', 'A League spokesman'; 'The League is "
             "expected to rule', 'if the League rules against her')"},
    {"name": "Quiller Valley Kennel Club", "label": "ORG", "aliases": ["Quiller Valley Kennel Club"],
     "note": "the show's organiser, named after the valley (bare 'Quiller Valley' is the place: 'a farm outside "
             "Quiller Valley', not annotated); 'the Quiller Valley Kennel Club's show' (dogshow-2); 'The club’s president' "
             "(dogshow-1) is not annotated"},
    {"name": "Quiller Valley Ledger", "label": "ORG", "aliases": ["Quiller Valley Ledger", "Ledger"],
     "note": "the American local paper, named after the valley; dogshow-1 is its own report ('told the Quiller "
             "Valley Ledger', then 'calls from the Ledger')"},
    {"name": "Dorotea Oakenfold", "label": "PERSON", "in": ["dogshow"],
     "aliases": ["Dorotea Oakenfold", "Mrs. Oakenfold", "Mrs Oakenfold", "Dorotea"],
     "note": "the British judge; 'Mrs. Oakenfold' with a point (dogshow-1), 'Mrs Oakenfold' without (dogshow-2, "
             "headline included: 'Mrs Oakenfold answers her American critics'); first name alone inside quotes "
             "('Dorotea and Maybelle go back twenty years', dogshow-1; 'Dorotea should have said no', dogshow-2); "
             "'The judge', 'the judge' are not annotated; unrelated to the federal judge Linwood Oakenfold of the "
             "patent story; never bare 'Oakenfold'"},
    {"name": "Maybelle Haddersley", "label": "PERSON", "in": ["dogshow"],
     "aliases": ["Maybelle Haddersley", "Mrs. Haddersley", "Mrs Haddersley", "Maybelle"],
     "note": "W.K. Haddersley's wife and co-owner of the poodle; named after the relation ('his wife, Maybelle "
             "Haddersley', dogshow-1; 'his wife, Maybelle', first name alone, dogshow-2); 'Mrs. Haddersley' "
             "(dogshow-1) and 'Mrs Haddersley' (dogshow-2) in the same articles as her husband's 'Mr. Haddersley' "
             "and 'WK Haddersley': two people sharing a surname, not to be merged; first name alone inside quotes "
             "('Dorotea and Maybelle', dogshow-1; 'I sold my half of that dog to Maybelle', dogshow-2)"},
    {"name": "Crisanto Velde", "label": "PERSON", "aliases": ["Crisanto Velde", "Mr. Velde", "Mr Velde", "Chito"],
     "note": "the professional handler; a nickname declared ('whom everyone on the circuit calls Chito', dogshow-1; "
             "'known on both sides of the Atlantic as Chito', dogshow-2) and used alone, inside a rival's quote "
             "('Chito could win a group with a mop', dogshow-1) and in narrative ('Chito, who has handled', "
             "dogshow-2); 'Mr. Velde' (dogshow-1), 'Mr Velde's agent' (dogshow-2)"},
    {"name": "Idella Swaffer", "label": "PERSON",
     "aliases": ["Idella Swaffer", "Ms. Swaffer", "Ms Swaffer", "Idella", "idellaswaffer.bsky.social"],
     "note": "the runner-up's owner who complained; 'Ms. Swaffer' (dogshow-1), 'Ms Swaffer' (dogshow-2); first name "
             "alone in the judge's quote ('Idella is entitled to her view', dogshow-2); 'Ms. Swaffer, who posts on "
             "Bluesky as idellaswaffer.bsky.social' (dogshow-1)"},
    {"name": "Showlead", "label": "ORG", "aliases": ["Showlead"],
     "note": "the British dog weekly; dogshow-2 is its own report ('told Showlead' twice, 'have written to "
             "Showlead')"},
    {"name": "Wessmarch Canine Society", "label": "ORG", "in": ["dogshow"],
     "aliases": ["Wessmarch Canine Society", "Society"],
     "note": "the judge's home society, which she chairs, named after the county (dogshow-2); capitalised short form "
             "'The Society has never had a complaint' in its secretary's quote; 'its secretary' is not annotated"},
    # -- a choir competition's title stripped (choir-1 a British national arts page, curly double quotes,
    #    Mr/Ms/Cllr/Sir; choir-2 the Brelmouth Breakwater's own report, straight, first names in quotes) --
    {"name": "Coastal Choirs Federation", "label": "ORG", "in": ["choir"],
     "aliases": ["Coastal Choirs Federation", "CCF", "Federation", "@coastalchoirs@choirbench.social"],
     "note": "the body that runs the competition; 'CCF' defined in parentheses (choir-1) and used alone ('the CCF’s "
             "chief executive', 'The CCF, which posts on Mastodon as @coastalchoirs@choirbench.social'; 'The CCF said', "
             "choir-2); capitalised short form 'the Federation' ('The Federation said', 'the Federation had', "
             "choir-1; 'go to the Federation' in a quote, 'written to the Federation', choir-2)"},
    {"name": "Vardigan Male Voice Choir", "label": "ORG",
     "aliases": ["Vardigan Male Voice Choir", "Vardigan MVC", "@VardiganVoices"],
     "note": "the stripped choir, named after its village (bare 'Vardigan' never occurs; 'the village', 'the "
             "village hall' are not annotated); abbreviated 'Vardigan MVC' without a definition "
             "(choir-1; the choir-2 headline); 'Vardigan MVC said on X, where it posts as @VardiganVoices' "
             "(choir-1); 'The choir', 'the choir's 52 members', 'this choir' are not annotated"},
    {"name": "Ruairí Ollerhead", "label": "PERSON", "aliases": ["Ruairí Ollerhead", "Mr Ollerhead", "Ruairí"],
     "note": "the conductor; an accented first name; 'Mr Ollerhead' in both articles; first name alone inside others' "
             "quotes ('Ruairí is a fine musician', choir-1; 'Ruairí gave this choir twenty years', 'so did Ruairí "
             "when he owned up', choir-2)"},
    {"name": "Obiageli Nutbeam", "label": "PERSON", "in": ["choir"],
     "aliases": ["Obiageli Nutbeam", "Ms Nutbeam", "Obiageli", "nutbeamkeys.bsky.social"],
     "note": "the former accompanist who complained; 'Ms Nutbeam' in both articles; first name alone in a rival "
             "director's quote ('Obiageli did the right thing', choir-2); 'Ms Nutbeam, who posts on Bluesky as "
             "nutbeamkeys.bsky.social' (choir-2); unrelated to the law firm Attewell & Nutbeam of the patent story"},
    {"name": "Liesbeth Cheverton", "label": "PERSON", "aliases": ["Liesbeth Cheverton", "Ms Cheverton"],
     "note": "the CCF's chief executive; 'Ms Cheverton said' (choir-1), in full in choir-2"},
    {"name": "Torbjørn Greathead", "label": "PERSON", "aliases": ["Sir Torbjørn Greathead", "Sir Torbjørn"],
     "note": "the adjudicator (choir-1); a non-ASCII first name; 'Sir Torbjørn Greathead' then 'Sir Torbjørn said' "
             "(title and first name); 'the adjudicator' is not annotated"},
    {"name": "Brelmouth Harbour Singers", "label": "ORG",
     "aliases": ["Brelmouth Harbour Singers", "Harbour Singers"],
     "note": "the second-placed choir that takes the title, named after the town; short form 'the Harbour "
             "Singers' (choir-1 'the Harbour Singers would give'; choir-2 headline 'as Harbour Singers take the "
             "cup'); plural bare-apostrophe possessives, curly 'The Harbour Singers’ musical director' (choir-1) "
             "and straight 'the Harbour Singers' musical director' (choir-2); attributive 'one Harbour Singers "
             "fan' (choir-2)"},
    {"name": "Eyvind Pomfrey", "label": "PERSON", "aliases": ["Eyvind Pomfrey", "Mr Pomfrey"],
     "note": "the Harbour Singers' musical director; 'Mr Pomfrey said' (choir-1)"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
]


if __name__ == "__main__":
    check_table(ENTITIES, HERE)
    main(ENTITIES, HERE)
