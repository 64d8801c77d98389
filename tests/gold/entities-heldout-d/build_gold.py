"""Build entities.json (held-out entity gold, set D) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every
PERSON and ORG of the nine articles is listed with the forms it is written in. The builder finds
each form in each article (whole words; the longest form wins where two overlap, so "Clothilde
Vantrell" is the founder and "Maison Vantrell" the house; a possessive after the form is kept in
the mention), and writes ``[{name, label, aliases, mentions: [{article, text, occurrence,
start_char, end_char}], note?}]``. ``occurrence`` counts every earlier occurrence of the exact
string in the article, as ``evaluate_entities`` locates it. An entity with ``in`` is looked for
only in the articles whose names start with one of those prefixes ("Hobcraft" names two unrelated
people in two stories; short forms such as "Regulator", "Friends", "Post", "Federation" and
"Commission" belong to one story).

As in sets B and C, a form may be written ``(form, {article: [n, ...]})``: the entity claims that
form only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences
of the form that are left once longer forms have won (a following possessive included). Here it
is used once: bare "Vantrell" is the fashion house Maison Vantrell by default and its founder
Clothilde Vantrell only where listed. Such a listed form beats a plain form of another entity at
the same place; two plain forms of different entities at one place, or two listed ones, stop the
build.

    python3 tests/gold/entities-heldout-d/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-d/build_gold.py --review  # also list capitalised words no
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
    # -- water company fined for sewage spills (water-1 British national paper, curly double quotes,
    #    Mr/Ms/Dr; water-2 the Tamberley Post's own report, straight, bare surnames; water-3 British,
    #    curly single quotes, a committee of MPs) --
    {"name": "Corriebrook Water", "label": "ORG", "in": ["water"],
     "aliases": ["Corriebrook Water", "Corriebrook", "Tamber Valley Water", "@CorriebrookH2O"],
     "note": "the water company, a subsidiary of Corriebrook Holdings; bare 'Corriebrook' is always it "
             "('Corriebrook, which supplies 1.8 million customers', 'Corriebrook’s case'); renamed: it 'traded as "
             "Tamber Valley Water until 2017', and the former name is a mention of it; bare 'Tamber Valley' is the "
             "area (a place, not annotated); water-1: 'the company’s account, @CorriebrookH2O'"},
    {"name": "Corriebrook Holdings", "label": "ORG", "aliases": ["Corriebrook Holdings"],
     "note": "the parent (investment group) that bought the water company in 2017; only ever written in full "
             "('Corriebrook Holdings’ investors'); 'the holding company' and 'the group' are not annotated"},
    {"name": "Rivers and Inland Waters Regulator", "label": "ORG", "in": ["water"],
     "aliases": ["Rivers and Inland Waters Regulator", "RIWR", "Regulator"],
     "note": "'RIWR' defined in parentheses (water-1); 'the Regulator' capitalised (water-1, -3) is it, "
             "'the regulator' (water-2, lower case) is not annotated"},
    {"name": "Ninian Garstow", "label": "PERSON",
     "aliases": ["Dr Ninian Garstow", "Dr Garstow", "Garstow"], "note": "the regulator's chief executive"},
    {"name": "Romilly Faircloth-Tench", "label": "PERSON",
     "aliases": ["Romilly Faircloth-Tench", "Ms Faircloth-Tench", "Faircloth-Tench"],
     "note": "double-barrelled surname; bare 'Faircloth' or 'Tench' never occurs"},
    {"name": "Friends of the Ollerbrook", "label": "ORG", "in": ["water"],
     "aliases": ["Friends of the Ollerbrook", "Friends", "@OllerbrookFriends"],
     "note": "the campaign group; 'the Friends' capitalised (water-2) is it, also as a plural possessive "
             "('the Friends' own tests'); bare 'Ollerbrook' and 'River Ollerbrook' are the river (not annotated); "
             "water-2: 'The group's X account, @OllerbrookFriends'"},
    {"name": "Merryn Hobcraft", "label": "PERSON", "in": ["water"],
     "aliases": ["Merryn Hobcraft", "Ms Hobcraft", "Hobcraft"],
     "note": "founder of the campaign group; shares a surname with Cyprian Hobcraft of the fashion story (unrelated); "
             "bare 'Hobcraft' (water-2) is always her"},
    {"name": "Oriel Skelwith", "label": "PERSON", "aliases": ["Dr Oriel Skelwith", "Dr Skelwith", "Skelwith"],
     "note": "the ecologist; 'The Skelwith report' (water-1, -3) names her attributively and is annotated as her "
             "mention, as in set C"},
    {"name": "Alderic Haddow", "label": "PERSON", "aliases": ["Sir Alderic Haddow", "Sir Alderic"],
     "note": "an MP, chair of the committee; 'Sir Alderic' is the correct short form"},
    {"name": "Bryony Inchcombe", "label": "PERSON", "aliases": ["Bryony Inchcombe", "Ms Inchcombe"],
     "note": "the MP for Tamberley"},
    {"name": "Gervase Penwithen", "label": "PERSON", "aliases": ["Judge Gervase Penwithen"],
     "note": "the sentencing judge"},
    {"name": "Lord Cotterstock", "label": "PERSON", "aliases": ["Lord Cotterstock"],
     "note": "chairman of Corriebrook Holdings, a peer named only by his title (as Lord Ebberstone in set C)"},
    {"name": "Tamberley Post", "label": "ORG", "in": ["water"], "aliases": ["Tamberley Post", "Post"],
     "note": "the local paper; water-2 is its own report ('told the Post', 'seen by the Tamberley Post', "
             "'The Post asked'); 'a post on X' (water-1) is lower case"},
    {"name": "Kerenza Trevisick", "label": "PERSON", "aliases": ["Cllr Kerenza Trevisick", "Trevisick"],
     "note": "a district councillor; 'the district council' is not annotated"},
    {"name": "Jowan Kessell", "label": "PERSON", "aliases": ["Rev Jowan Kessell", "Kessell"],
     "note": "a vicar: 'The Rev Jowan Kessell' (the title 'Rev' in the mention, the article 'The' not), then bare 'Kessell'"},
    {"name": "Tamberley District Council", "label": "ORG", "aliases": ["Tamberley District Council"],
     "note": "bare 'Tamberley' is the town (a place, not annotated)"},
    # -- chess federation's disputed election (chess-1 American, straight, Mr./Ms., middle initial;
    #    chess-2 British, curly single quotes, bare surnames, 'the Federation') --
    {"name": "World Amateur Chess Federation", "label": "ORG", "in": ["chess"],
     "aliases": ["World Amateur Chess Federation", "WACF", "Federation", "@WACFchess"],
     "note": "'WACF' defined in parentheses (chess-1); 'the Federation' capitalised (chess-2) is it, 'the federation' "
             "(chess-1) and 'national federations' are not annotated; chess-2: 'the WACF’s account, @WACFchess'"},
    {"name": "Osmund T. Quarrington", "label": "PERSON", "in": ["chess"],
     "aliases": ["Osmund T. Quarrington", "Osmund Quarrington", "Mr. Quarrington", "Quarrington"],
     "note": "the president; shares a surname with the chief arbiter Oonagh Quarrington ('who is no relation'); "
             "bare 'Quarrington' (chess-2) is always him; middle initial in American chess-1 only"},
    {"name": "Oonagh Quarrington", "label": "PERSON", "aliases": ["Oonagh Quarrington", "Ms. Quarrington"],
     "note": "the chief arbiter, no relation to the president; 'Ms. Quarrington' (chess-1) against his "
             "'Mr. Quarrington'; never bare 'Quarrington'"},
    {"name": "Bożena Wąsowicz", "label": "PERSON",
     "aliases": ["Grandmaster Bożena Wąsowicz", "Bożena Wąsowicz", "Ms. Wąsowicz", "Wąsowicz", "Bożena",
                 "@BozenaPlaysGM"],
     "note": "diacritics; 'Grandmaster' as a title in the mention; 'her X account, @BozenaPlaysGM'; "
             "her campaign manager calls her 'Bożena' in a quote (chess-2)"},
    {"name": "Teofil Grzelczak", "label": "PERSON",
     "aliases": ["Teofil Grzelczak", "Mr. Grzelczak", "Grzelczak", "Tolek"],
     "note": "nickname declared in the text: 'whom every player on the circuit calls Tolek' (chess-1), "
             "'‘Tolek’ to three generations of players' (chess-2); every 'Tolek' is his mention"},
    {"name": "Corrado Ferrabosco", "label": "PERSON",
     "aliases": ["Corrado Ferrabosco", "Mr. Ferrabosco", "Ferrabosco"], "note": "the challenger's campaign manager"},
    {"name": "Countersign Voting", "label": "ORG",
     "aliases": ["Countersign Voting Ltd.", "Countersign Voting", "Countersign"],
     "note": "the company that ran the online ballot"},
    {"name": "Halcrest Bank", "label": "ORG", "aliases": ["Halcrest Bank", "Halcrest"], "note": "the sponsor"},
    {"name": "Chess Integrity Commission", "label": "ORG", "in": ["chess"],
     "aliases": ["Chess Integrity Commission", "Commission"],
     "note": "the federation's disciplinary body; 'the Commission' capitalised (chess-2) is it"},
    {"name": "Ingebjørg Valtersen", "label": "PERSON", "aliases": ["Professor Ingebjørg Valtersen", "Prof Valtersen"],
     "note": "chair of the Commission; diacritic"},
    {"name": "Hetman Chess Academy", "label": "ORG", "aliases": ["Hetman Chess Academy"],
     "note": "the challenger's chess school in Kraków"},
    {"name": "Zugzwang Daily", "label": "ORG", "aliases": ["Zugzwang Daily"], "note": "a chess news site (an outlet)"},
    {"name": "Twitch", "label": "ORG", "aliases": ["Twitch"], "note": "the (real) platform"},
    # -- satellite start-up's failed launch (launch-1 American, straight, Dr./Mr./Ms./Capt./Col., middle
    #    initials; launch-2 the trade magazine Payload Ledger's own feature, curly, first names) --
    {"name": "Lumivane Aerospace", "label": "ORG",
     "aliases": ["Lumivane Aerospace", "Lumivane", "@LumivaneSpace"],
     "note": "the start-up; 'Lumivane's X account, @LumivaneSpace'; the satellites and rockets (Strake II) are "
             "products, not annotated"},
    {"name": "Ferelith J. Quenneby", "label": "PERSON",
     "aliases": ["Dr. Ferelith J. Quenneby", "Ferelith Quenneby", "Dr. Quenneby", "Ferelith"],
     "note": "co-founder and chief executive; middle initial in American launch-1; first name alone in the feature"},
    {"name": "Osgar L. Haverhurst", "label": "PERSON",
     "aliases": ["Osgar L. Haverhurst", "Osgar Haverhurst", "Mr. Haverhurst", "Osgar"],
     "note": "co-founder and chief technology officer; first name alone in the feature"},
    {"name": "Strakeline Launch Services", "label": "ORG", "aliases": ["Strakeline Launch Services", "Strakeline"],
     "note": "the rocket supplier; also attributive ('Strakeline rocket', headline of launch-1 and launch-2)"},
    {"name": "Lemuel R. Maslowe", "label": "PERSON",
     "aliases": ["Capt. Lemuel R. Maslowe", "Capt. Maslowe", "Lemuel Maslowe", "Lemuel"],
     "note": "Strakeline's chief executive, a retired naval captain; 'Capt.' in launch-1, first name in launch-2"},
    {"name": "Pan-Atlantic Space Agency", "label": "ORG", "aliases": ["Pan-Atlantic Space Agency", "PASA"],
     "note": "'PASA' defined in parentheses (launch-1) and written before the full name in launch-2 "
             "('PASA, the Pan-Atlantic Space Agency'); 'the agency’s' (launch-2) is not annotated"},
    {"name": "Cordula Tregellas", "label": "PERSON",
     "aliases": ["Col. Cordula Tregellas", "Col. Tregellas", "Colonel Cordula Tregellas"],
     "note": "a military rank, abbreviated (launch-1) and in full (launch-2)"},
    {"name": "Cobaltine Ventures", "label": "ORG", "aliases": ["Cobaltine Ventures", "Cobaltine"],
     "note": "the lead investor; also attributive ('the Cobaltine partner')"},
    {"name": "Mariska ter Beek", "label": "PERSON",
     "aliases": ["Mariska ter Beek", "Ms. ter Beek", "Ter Beek", "Mariska"],
     "note": "particle surname: 'Ter Beek' opening a sentence, 'Ms. ter Beek' (launch-1); 'Mariska' in the feature"},
    {"name": "Brindlewood Telecom", "label": "ORG", "aliases": ["Brindlewood Telecom", "Brindlewood"],
     "note": "the customer whose satellite was lost"},
    {"name": "Harnwood & Vell", "label": "ORG", "aliases": ["Harnwood & Vell"],
     "note": "an insurer named like two people; written only in full"},
    {"name": "Payload Ledger", "label": "ORG", "aliases": ["Payload Ledger"],
     "note": "the trade magazine; launch-2 is its own feature ('told Payload Ledger')"},
    {"name": "Ulyana Gaultry", "label": "PERSON", "aliases": ["Ulyana Gaultry", "Ulyana"],
     "note": "Lumivane's head of propulsion; first name alone in the feature"},
    {"name": "Ravelstone Dynamics", "label": "ORG", "aliases": ["Ravelstone Dynamics"],
     "note": "the defense contractor the founders left"},
    {"name": "YouTube", "label": "ORG", "aliases": ["YouTube"], "note": "the (real) platform"},
    # -- fashion house's creative director quits (fashion-1 British, curly single quotes, Ms/Mr; fashion-2 the
    #    trade magazine Bolt & Bobbin's own feature, straight, first names) --
    {"name": "Maison Vantrell", "label": "ORG", "in": ["fashion"], "aliases": ["Maison Vantrell", "Vantrell"],
     "note": "the fashion house, named after its founder; bare 'Vantrell' is the house ('Farrimond quits Vantrell', "
             "'Vantrell was founded in 1958', 'Vantrell’s revenues', 'the Vantrell exit', 'her final Vantrell "
             "collection') except where listed under Clothilde Vantrell"},
    {"name": "Clothilde Vantrell", "label": "PERSON", "in": ["fashion"],
     "aliases": ["Clothilde Vantrell", "Madame Vantrell", "Clothilde", ("Vantrell", {"fashion-1.txt": [3]})],
     "note": "the founder, dead since 2004; bare 'Vantrell' is her once in fashion-1 ('Vantrell, who never paid "
             "herself more than her head cutter, left her shares'); 'Madame' as a title; fashion-2 names her "
             "'Clothilde' in a quote ('Clothilde's sketchbooks') one sentence before her full name"},
    {"name": "Orsolane Group", "label": "ORG", "aliases": ["Orsolane Group", "Orsolane"],
     "note": "the house's owner ('the Orsolane Group', bare 'Orsolane'); 'the group's' (fashion-2) is not annotated"},
    {"name": "Clemency Rushworth", "label": "PERSON", "aliases": ["Dame Clemency Rushworth", "Dame Clemency"],
     "note": "Orsolane's chair; 'Dame Clemency' is the correct short form ('Dame Clemency's office')"},
    {"name": "Leocadia Farrimond", "label": "PERSON",
     "aliases": ["Leocadia Farrimond", "Ms Farrimond", "Farrimond", "Leocadia", "@leocadia.cuts"],
     "note": "the creative director; 'The Farrimond era' (fashion-1) names her attributively and is annotated; "
             "first name alone in the feature; 'she posts as @leocadia.cuts'"},
    {"name": "Kestrand", "label": "ORG", "aliases": ["Kestrand", "@kestrandstudio"],
     "note": "the rival label; 'Kestrand’s own account, @kestrandstudio'"},
    {"name": "Cyprian Hobcraft", "label": "PERSON", "in": ["fashion"],
     "aliases": ["Cyprian Hobcraft", "Mr Hobcraft", "Cyprian"],
     "note": "Kestrand's chief executive; shares a surname with Merryn Hobcraft of the water story (unrelated); "
             "never bare 'Hobcraft'"},
    {"name": "Pelagia Hobcraft", "label": "PERSON", "in": ["fashion"], "aliases": ["Pelagia"],
     "note": "Cyprian Hobcraft's sister and co-founder of Kestrand, named only by her first name ('his sister "
             "Pelagia', 'his sister, Pelagia,'); her surname is inferred from 'his sister', as Posy Marchmont's in set C"},
    {"name": "Séraphine Maillebois", "label": "PERSON",
     "aliases": ["Séraphine Maillebois", "Séraphine Vantrell", "Ms Maillebois", "Séraphine"],
     "note": "the founder's granddaughter, who changed her surname on marriage: 'was born Séraphine Vantrell and "
             "took her husband’s surname' (fashion-1); the birth name is a mention of her"},
    {"name": "Ourlet", "label": "ORG", "aliases": ["Ourlet"], "note": "a fashion magazine (an outlet)"},
    {"name": "Zinnia Mowlesey", "label": "PERSON", "aliases": ["Zinnia Mowlesey", "Ms Mowlesey", "Zinnia"],
     "note": "Ourlet's editor; 'Zinnia's own guess' in the feature"},
    {"name": "Bolt & Bobbin", "label": "ORG", "aliases": ["Bolt & Bobbin"],
     "note": "the trade magazine; fashion-2 is its own feature ('told Bolt & Bobbin')"},
    {"name": "Kingsmere School of Fashion", "label": "ORG", "aliases": ["Kingsmere School of Fashion"]},
    {"name": "Eluned Trebilcock", "label": "PERSON", "aliases": ["Prof Eluned Trebilcock", "Prof Trebilcock"]},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"], "note": "the (real) platform"},
    # -- platforms --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE)
