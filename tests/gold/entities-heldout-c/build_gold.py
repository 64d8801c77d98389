"""Build entities.json (held-out entity gold, set C) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every
PERSON and ORG of the nine articles is listed with the forms it is written in. The builder finds
each form in each article (whole words; the longest form wins where two overlap, so "Dellacourt
Aviation" is the company and not the founder; a possessive after the form is kept in the mention),
and writes ``[{name, label, aliases, mentions: [{article, text, occurrence, start_char, end_char}],
note?}]``. ``occurrence`` counts every earlier occurrence of the exact string in the article, as
``evaluate_entities`` locates it. An entity with ``in`` is looked for only in the articles whose
names start with one of those prefixes ("Teague" names two unrelated people in two stories).

As in set B, a form may be written ``(form, {article: [n, ...]})``: the entity claims that form
only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences of the
form that are left once longer forms have won (a following possessive included). Here it is used
twice: bare "Dellacourt" is the company Dellacourt Aviation by default and its founder Auberon
Dellacourt only where listed; bare "Sorrelwind" is the listed parent Sorrelwind Group by default
and its airline subsidiary Sorrelwind Airways only where listed. Such a listed form beats a plain
form of another entity at the same place; two plain forms of different entities at one place, or
two listed ones, stop the build.

    python3 tests/gold/entities-heldout-c/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-c/build_gold.py --review  # also list capitalised words no
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
    # -- airline takeover battle (airline-1 American agency style, straight, bare surnames;
    #    airline-2 British business page, curly, Mr/Ms) --
    {"name": "Sorrelwind Group", "label": "ORG", "in": ["airline"],
     "aliases": ["Sorrelwind Group Inc.", "Sorrelwind Group", "Group", "Sorrelwind"],
     "note": "the listed parent company the bids are for; 'the Group' (capitalised, airline-2) is it; "
             "bare 'Sorrelwind' is it except where listed under Sorrelwind Airways ('a Sorrelwind jet')"},
    {"name": "Sorrelwind Airways", "label": "ORG", "in": ["airline"],
     "aliases": ["Sorrelwind Airways", "@SorrelwindAir", ("Sorrelwind", {"airline-1.txt": [3]})],
     "note": "the airline, a subsidiary of Sorrelwind Group; airline-2: 'The airline's X account, @SorrelwindAir'"},
    {"name": "Sorrelwind Cargo", "label": "ORG", "aliases": ["Sorrelwind Cargo"],
     "note": "a second subsidiary, to be sold"},
    {"name": "Dellacourt Aviation", "label": "ORG", "in": ["airline"],
     "aliases": ["Dellacourt Aviation", "Dellacourt"],
     "note": "named after its founder; bare 'Dellacourt' is the company ('Dellacourt, which is based in Miami', "
             "'the Dellacourt offer', 'Dellacourt’s own shares') except where listed under Auberon Dellacourt"},
    {"name": "Auberon Dellacourt", "label": "PERSON", "in": ["airline"],
     "aliases": ["Auberon Dellacourt", "Mr. Dellacourt", "Mr Dellacourt", "@AuberonAloft",
                 ("Dellacourt", {"airline-1.txt": [1, 3]})],
     "note": "airline-1 is agency style: after 'Auberon Dellacourt' he is bare 'Dellacourt' twice "
             "('Dellacourt, 71, said', 'Dellacourt posted ... his personal X account, @AuberonAloft')"},
    {"name": "Brightfold Capital", "label": "ORG",
     "aliases": ["Brightfold Capital", "Brightfold", "Tarrow Lane Partners"],
     "note": "renamed: 'until last year was called Tarrow Lane Partners' / 'formerly known as Tarrow Lane Partners'; "
             "the former name is a mention of the same organisation"},
    {"name": "Tancred Aylward-Penhale", "label": "PERSON",
     "aliases": ["Tancred Aylward-Penhale", "Mr Aylward-Penhale", "Aylward-Penhale"],
     "note": "double-barrelled surname; bare 'Aylward' or 'Penhale' never occurs"},
    {"name": "Hendrika van der Steeg", "label": "PERSON",
     "aliases": ["Hendrika van der Steeg", "Ms van der Steeg", "Van der Steeg"],
     "note": "particle surname; capitalised 'Van der Steeg' at the start of a sentence in airline-1"},
    {"name": "Amalgamated Flight Crew Guild", "label": "ORG", "aliases": ["Amalgamated Flight Crew Guild", "AFCG"],
     "note": "the pilots' union; 'the union' is not annotated"},
    {"name": "Wenonah Stallick", "label": "PERSON", "aliases": ["Capt. Wenonah Stallick", "Captain Wenonah Stallick"]},
    {"name": "Justice Department", "label": "ORG", "aliases": ["Justice Department"],
     "note": "the (real) US department; 'the department' is not annotated"},
    {"name": "D.W. Ansty", "label": "PERSON", "aliases": ["D.W. Ansty", "DW Ansty", "Mr Ansty", "Ansty"],
     "note": "initials only: 'D.W. Ansty' (American) and 'DW Ansty' (British)"},
    {"name": "Quillfeather Securities", "label": "ORG", "aliases": ["Quillfeather Securities"]},
    {"name": "Ferrabee Bank", "label": "ORG", "aliases": ["Ferrabee Bank"]},
    {"name": "Reuters", "label": "ORG", "aliases": ["Reuters"]},
    # -- research-misconduct inquiry (inquiry-1 British broadsheet, curly; inquiry-2 the Wrenholt Beacon's
    #    own report, straight, bare surnames; inquiry-3 American science site, curly, Dr./Ms.) --
    {"name": "Wrenholt University", "label": "ORG", "in": ["inquiry"],
     "aliases": ["Wrenholt University", "University", "Wrenholt"],
     "note": "'the University' (capitalised, inquiry-1 and -2) is it, 'the university' (inquiry-3) is not annotated; "
             "no place called Wrenholt is named, bare 'Wrenholt' is always the university "
             "('left Wrenholt in 2021', 'Wrenholt’s vice chancellor', 'people outside Wrenholt')"},
    {"name": "Benedick Harrowell-Tulley", "label": "PERSON",
     "aliases": ["Professor Benedick Harrowell-Tulley", "Benedick Harrowell-Tulley", "Prof Harrowell-Tulley",
                 "Dr. Harrowell-Tulley", "Harrowell-Tulley"],
     "note": "double-barrelled surname; 'Prof' (British) and 'Dr.' (American) for the same man"},
    {"name": "Yevgenia Strakhova", "label": "PERSON",
     "aliases": ["Yevgenia Strakhova", "Ms Strakhova", "Ms. Strakhova", "Strakhova"]},
    {"name": "Wrenholt Beacon", "label": "ORG", "in": ["inquiry"], "aliases": ["Wrenholt Beacon", "Beacon"],
     "note": "the student newspaper; inquiry-2 is its own report and calls it 'the Beacon'"},
    {"name": "Eudora Bettridge", "label": "PERSON",
     "aliases": ["Eudora Bettridge", "Ms Bettridge", "Ms. Bettridge", "Bettridge", "@gelbandgazer"],
     "note": "'who posts on X as @gelbandgazer' / 'who runs the X account @gelbandgazer'"},
    {"name": "PubPeer", "label": "ORG", "aliases": ["PubPeer"], "note": "the (real) site, a platform"},
    {"name": "Honora Rendcombe", "label": "PERSON",
     "aliases": ["Dame Honora Rendcombe", "Dame Honora", "Rendcombe"],
     "note": "'Dame Honora' is the correct short form; 'The Rendcombe report' (inquiry-2) names her attributively "
             "and is annotated as her mention (see README)"},
    {"name": "National Committee on Research Ethics", "label": "ORG",
     "aliases": ["National Committee on Research Ethics", "NCRE"]},
    {"name": "Ysabel Pellworthy", "label": "PERSON",
     "aliases": ["Professor Ysabel Pellworthy", "Ysabel Pellworthy", "Prof Pellworthy", "Dr. Pellworthy"],
     "note": "the vice-chancellor; shares a surname with Ewan Pellworthy (no relation): 'Prof Pellworthy' and "
             "'Dr Pellworthy' in inquiry-1 are told apart by the title only; American inquiry-3 calls her 'Dr. Pellworthy' "
             "(with a full stop; he is only 'Ewan Pellworthy' there); bare 'Pellworthy' never occurs"},
    {"name": "Ewan Pellworthy", "label": "PERSON",
     "aliases": ["Dr Ewan Pellworthy", "Ewan Pellworthy", "Dr Pellworthy"],
     "note": "a postdoctoral researcher, no relation to the vice-chancellor"},
    {"name": "Ilinca Păunescu", "label": "PERSON", "aliases": ["Dr Ilinca Păunescu", "Ilinca Păunescu", "Dr. Păunescu"]},
    {"name": "Cullerne Foundation", "label": "ORG", "aliases": ["Cullerne Foundation", "Foundation"],
     "note": "'the Foundation' (capitalised) is it"},
    {"name": "Wrenholt Students' Union", "label": "ORG", "in": ["inquiry"],
     "aliases": ["Wrenholt Students' Union", "Students' Union", "Union"],
     "note": "'the Union' (capitalised, inquiry-2) is it; 'student union' (inquiry-3, lower case) is not annotated"},
    {"name": "Jory Teague", "label": "PERSON", "in": ["inquiry"],
     "aliases": ["Mx Jory Teague", "Mx Teague", "Teague"],
     "note": "the students' union president (Mx); shares a surname with the actor Mirabel Teague of the theatre story (unrelated)"},
    {"name": "Hesper R. Sandqvist", "label": "PERSON", "aliases": ["Dr. Hesper R. Sandqvist", "Dr. Sandqvist"],
     "note": "middle initial"},
    {"name": "Halsworth College", "label": "ORG", "aliases": ["Halsworth College"]},
    # -- theatre company loses its arts grant (British; theatre-1 the Brantwick Courier's own report, curly;
    #    theatre-2 a magazine feature, straight, first names) --
    {"name": "Wickerlight Theatre Company", "label": "ORG",
     "aliases": ["Wickerlight Theatre Company", "Wickerlight", "Reedwarden Players", "@WickerlightTC"],
     "note": "renamed: founded 'as the Reedwarden Players' (also attributive: 'a Reedwarden Players pantomime'); "
             "the former name is a mention of the same organisation"},
    {"name": "Lowfield Arts Board", "label": "ORG", "in": ["theatre"],
     "aliases": ["Lowfield Arts Board", "Arts Board", "Board"],
     "note": "'the Arts Board' and 'the Board' (capitalised) are it"},
    {"name": "Jarlath Marchmont", "label": "PERSON", "aliases": ["Mr Marchmont", "Jarlath"],
     "note": "theatre-1 names the couple as 'Jarlath and Isolde Marchmont': 'Jarlath' is his mention; "
             "husband and wife are told apart by Mr/Mrs (theatre-1) and first names (theatre-2); "
             "'The Marchmonts' (the couple as a family) is not annotated"},
    {"name": "Isolde Marchmont", "label": "PERSON",
     "aliases": ["Isolde Marchmont", "Mrs Marchmont", "Isolde", "@isoldeonstage"],
     "note": "theatre-2: 'on her own account, @isoldeonstage'"},
    {"name": "Posy Marchmont", "label": "PERSON", "aliases": ["Posy"], "note": "their daughter, a child, named only as 'Posy'"},
    {"name": "Brantwick Courier", "label": "ORG", "aliases": ["Brantwick Courier", "Courier"],
     "note": "the local paper; theatre-1 is its own report ('told the Courier'); bare 'Brantwick' is the city"},
    {"name": "Lady Wistow", "label": "PERSON", "aliases": ["Lady Wistow"],
     "note": "chair of the Arts Board, named only by her title"},
    {"name": "Gráinne O'Dowling", "label": "PERSON",
     "aliases": ["Gráinne O’Dowling", "Gráinne O'Dowling", "Ms O’Dowling", "O'Dowling", "Gráinne"],
     "note": "O' surname with the curly (theatre-1) and straight (theatre-2) apostrophe, and a possessive after it "
             "('Ms O’Dowling’s', 'O'Dowling's'); first name alone in the feature"},
    {"name": "Amory Faulder", "label": "PERSON", "aliases": ["Sir Amory Faulder", "Sir Amory"],
     "note": "'Sir Amory' is the correct short form"},
    {"name": "Brantwick City Council", "label": "ORG", "aliases": ["Brantwick City Council", "City Council"],
     "note": "'the City Council' capitalised is annotated"},
    {"name": "Torcuil McCandlish", "label": "PERSON", "aliases": ["Cllr Torcuil McCandlish", "Cllr McCandlish"]},
    {"name": "Lord Ebberstone", "label": "PERSON", "aliases": ["Lord Ebberstone"], "note": "a peer, named only by his title"},
    {"name": "Mirabel Teague", "label": "PERSON", "in": ["theatre"], "aliases": ["Mirabel Teague", "Teague"],
     "note": "an actor; shares a surname with Mx Jory Teague of the inquiry story (unrelated)"},
    # -- cycling team's doping case (cycling-1 American, straight, Mr./Ms.; cycling-2 British sports page,
    #    curly, bare surnames) --
    {"name": "Velmora Pro Cycling", "label": "ORG", "in": ["cycling"],
     "aliases": ["Velmora Pro Cycling", "Velmora", "@VelmoraPro"],
     "note": "the team; bare 'Velmora' is always the team, never its owner Velmora Foods"},
    {"name": "Velmora Foods", "label": "ORG", "aliases": ["Velmora Foods"],
     "note": "the team's owner and title sponsor ('the food group' is not annotated)"},
    {"name": "Jocelin de la Vaissière", "label": "PERSON",
     "aliases": ["Jocelin de la Vaissière", "Mr. de la Vaissière", "De la Vaissière", "de la Vaissière", "@jocelin_dlv"],
     "note": "particle surname, lower-case inside a sentence and 'De la' at the start of one (and of cycling-2's "
             "headline); 'The de la Vaissière case' (cycling-1) names him attributively and is annotated (see README)"},
    {"name": "Independent Cycling Integrity Agency", "label": "ORG", "in": ["cycling"],
     "aliases": ["Independent Cycling Integrity Agency", "ICIA", "Agency"],
     "note": "'the Agency' (capitalised, cycling-2) is it, 'the agency' (cycling-1) is not annotated"},
    {"name": "T.J. Mulcaster", "label": "PERSON", "aliases": ["T.J. Mulcaster", "TJ Mulcaster", "Mr. Mulcaster", "Mulcaster"],
     "note": "initials only: 'T.J.' (American) and 'TJ' (British)"},
    {"name": "Kasimir Woolgar", "label": "PERSON", "aliases": ["Dr. Kasimir Woolgar", "Dr. Woolgar", "Dr Woolgar"]},
    {"name": "Spokewise", "label": "ORG", "aliases": ["Spokewise"], "note": "a cycling news site (an outlet)"},
    {"name": "Brede Lunnan", "label": "PERSON", "in": ["cycling"], "aliases": ["Brede Lunnan", "Mr. Lunnan", "Lunnan"],
     "note": "shares a surname with Ingvild Lunnan (no relation); bare 'Lunnan' (cycling-2) is always him"},
    {"name": "Ingvild Lunnan", "label": "PERSON", "aliases": ["Ingvild Lunnan", "Ms. Lunnan"],
     "note": "runs the women's team; no relation to Brede Lunnan"},
    {"name": "Cycling Disputes Tribunal", "label": "ORG", "in": ["cycling"],
     "aliases": ["Cycling Disputes Tribunal", "Tribunal"], "note": "'the Tribunal' (capitalised) is it"},
    {"name": "Marisela Quintanar", "label": "PERSON", "aliases": ["Judge Marisela Quintanar", "Judge Quintanar"]},
    {"name": "BBC", "label": "ORG", "aliases": ["BBC"]},
    # -- platforms --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE)
