"""Build entities.json (held-out entity gold, set E) from the table below and the texts in articles/.

The finding and writing is ``tests/gold/entity_gold_build.py``'s, shared by every held-out
entity set; this script holds the set's table. Every PERSON and ORG of the nine articles is
listed with the forms it is written in. The builder finds each form in each article (whole
words; the longest form wins where two overlap, so "Ebdon Cellars" is the company and
"Berenice Ebdon" the wife, while bare "Ebdon" is the dealer; a possessive after the form is kept
in the mention), and writes ``[{name, label, aliases, mentions: [{article, text, occurrence,
start_char, end_char}], note?}]``. ``occurrence`` counts every earlier occurrence of the exact
string in the article, as ``evaluate_entities`` locates it. An entity with ``in`` is looked for
only in the articles whose names start with one of those prefixes ("Stackpole" names two
unrelated people in two stories; short forms such as "Packet", "Herald", "Register", "Courier",
"Guild" and "Philharmonic", and bare "Stapylton", "Ebdon" and "Skerrivane", belong to one story).

As in sets B, C and D, a form may be written ``(form, {article: [n, ...]})``: the entity claims
that form only at the listed *bare* occurrences (0-based) in those articles, counting the
occurrences of the form that are left once longer forms have won (a following possessive
included). Here it is used once: bare "Stapylton" is the museum by default and the trustee
Clemence Stapylton only where listed (once, in museum-2). Such a listed form beats a plain form of
another entity at the same place; two plain forms of different entities at one place, or two
listed ones, stop the build.

    python3 tests/gold/entities-heldout-e/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-e/build_gold.py --review  # also list capitalised words no
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
    # -- island ferry operator collapses (ferry-1 British national paper, curly double quotes,
    #    Mr/Ms/Sir/Cllr; ferry-2 the Skelness Herald's own report, straight, first names, Rev,
    #    Captain; ferry-3 wire copy from Tidewire, straight, bare surnames, no titles) --
    {"name": "Skerrivane Ferries", "label": "ORG", "in": ["ferry"],
     "aliases": ["Skerrivane Ferries", "Skerrivane", "Orrasay Steam Packet Company", "Packet", "@SkerrivaneSails"],
     "note": "the operator, a subsidiary of the Skerrivane Group; bare 'Skerrivane' is always it (headlines of "
             "ferry-1 and ferry-3, 'Skerrivane traded as', 'the Skerrivane vessel', 'the Skerrivane name'); plural "
             "possessive 'Skerrivane Ferries’ three ships' (ferry-1); renamed in 2012: its former name, the Orrasay "
             "Steam Packet Company, is a mention of it, and so is 'the Packet' (capitalised, what islanders call it: "
             "ferry-1, headline of ferry-2); bare 'Orrasay' is the island (a place); ferry-1: 'The company’s account "
             "on X, @SkerrivaneSails'"},
    {"name": "Skerrivane Group", "label": "ORG", "aliases": ["Skerrivane Group"],
     "note": "the parent (investment company); always written in full ('the Skerrivane Group’s chairman', "
             "'Skerrivane Group, the investment company'); 'the group' is not annotated"},
    {"name": "Ruddle Askew", "label": "ORG", "aliases": ["Ruddle Askew LLP", "Ruddle Askew"],
     "note": "the administrators, an insolvency firm named like two people; 'the Ruddle Askew partner' is "
             "attributive; the legal suffix is part of the mention ('Ruddle Askew LLP', ferry-3)"},
    {"name": "Ignatia Pennefather", "label": "PERSON", "aliases": ["Ignatia Pennefather", "Pennefather"],
     "note": "the Ruddle Askew partner running the administration; bare surname in the wire copy"},
    {"name": "Radulf Brodribb", "label": "PERSON", "aliases": ["Radulf Brodribb", "Mr Brodribb", "Brodribb"],
     "note": "the operator's chief executive; unusual first name"},
    {"name": "Athelstan Crommelin", "label": "PERSON",
     "aliases": ["Sir Athelstan Crommelin", "Sir Athelstan", "Athelstan Crommelin", "Crommelin"],
     "note": "chairman of the Skerrivane Group; 'Sir Athelstan Crommelin', then 'Sir Athelstan' (ferry-1); the wire "
             "copy drops the title ('chairman Athelstan Crommelin', lower-case job, then 'Crommelin')"},
    {"name": "Ferry and Harbour Crews Union", "label": "ORG",
     "aliases": ["Ferry and Harbour Crews Union", "FHCU", "fhcu.bsky.social"],
     "note": "'FHCU' defined in parentheses (ferry-1); ferry-2: 'The Ferry and Harbour Crews Union, which posts "
             "on Bluesky as fhcu.bsky.social'; 'the union’s' is not annotated"},
    {"name": "Sorcha Stackpole", "label": "PERSON", "in": ["ferry"],
     "aliases": ["Sorcha Stackpole", "Stackpole"],
     "note": "the union's general secretary; shares a surname with Saffi Stackpole of the orchestra story "
             "(unrelated); bare 'Stackpole' (ferry-3) is her"},
    {"name": "Orrasay Islands Council", "label": "ORG", "aliases": ["Orrasay Islands Council"],
     "note": "'the council' is not annotated; bare 'Orrasay' is the island"},
    {"name": "Emlyn Tredinnick", "label": "PERSON",
     "aliases": ["Cllr Emlyn Tredinnick", "Cllr Tredinnick", "Tredinnick"], "note": "the council's leader"},
    {"name": "Briallen Grearson", "label": "PERSON", "in": ["ferry"],
     "aliases": ["Briallen Grearson", "Ms Grearson", "Briallen", "@briallenbakes"],
     "note": "the baker; daughter of Piran Grearson (relatives sharing a surname, never bare 'Grearson'); "
             "'Ms Grearson, who posts as @briallenbakes on Instagram' (ferry-1); first name alone in ferry-2"},
    {"name": "Piran Grearson", "label": "PERSON", "in": ["ferry"], "aliases": ["Piran Grearson", "Piran"],
     "note": "her father, who ran the bakery before her; first name alone in ferry-2"},
    {"name": "Ogbourne Line", "label": "ORG", "aliases": ["Ogbourne Line", "Ogbourne"],
     "note": "the rival operator and buyer, named like a surname; bare 'Ogbourne' (and 'Ogbourne’s') is it; "
             "'her father' (of Hebe Lathbury) is unnamed"},
    {"name": "Hebe Lathbury", "label": "PERSON", "aliases": ["Hebe Lathbury"],
     "note": "Ogbourne Line's managing director"},
    {"name": "Senan Muskett", "label": "PERSON", "aliases": ["Rev Senan Muskett", "Muskett"],
     "note": "the island's minister: 'The Rev Senan Muskett' (the title 'Rev' in the mention, the article 'The' "
             "not), then bare 'Muskett'"},
    {"name": "Murdina Yelland", "label": "PERSON", "aliases": ["Captain Murdina Yelland", "Captain Yelland"],
     "note": "a ship's master; 'Captain' as a title in the mention; the ship 'Orrasay Lass' is not annotated"},
    {"name": "Skelness Herald", "label": "ORG", "in": ["ferry"], "aliases": ["Skelness Herald", "Herald"],
     "note": "the local paper; ferry-2 is its own report ('told the Herald', 'the Herald's questions', 'seen by "
             "the Skelness Herald'); bare 'Skelness' is the port town"},
    {"name": "Tidewire", "label": "ORG", "aliases": ["Tidewire"],
     "note": "the wire agency; ferry-3 is its copy ('(Tidewire)' in the dateline, 'told Tidewire')"},
    {"name": "Coastal Lifeline Services Agency", "label": "ORG",
     "aliases": ["Coastal Lifeline Services Agency", "CLSA"],
     "note": "the licensing agency; 'CLSA' defined in parentheses (ferry-3); 'An agency spokeswoman' is not "
             "annotated"},
    # -- a museum's disputed acquisition (museum-1 American paper, the Marrisford Courier, straight, Dr./Mr./Ms.,
    #    middle initial, 'St.'; museum-2 the arts trade magazine Vitrine's own report, curly single quotes where ’
    #    is also the apostrophe, bare surnames, 'St') --
    {"name": "Stapylton Museum of Art", "label": "ORG", "in": ["museum"],
     "aliases": ["Stapylton Museum of Art", "Stapylton Museum", "Stapylton", "@stapyltonart"],
     "note": "the museum, named after its founder Zebulon Stapylton; bare 'Stapylton' is the museum ('the "
             "Stapylton had checked', 'Stapylton board split', 'the Stapylton before') except once in museum-2, "
             "listed under Clemence Stapylton; 'where it posts as @stapyltonart' (museum-1), 'The museum’s "
             "Instagram account, @stapyltonart' (museum-2)"},
    {"name": "Zebulon Stapylton", "label": "PERSON", "in": ["museum"], "aliases": ["Zebulon Stapylton"],
     "note": "the founder (1911), great-grandfather of Clemence Stapylton; only ever in full"},
    {"name": "Clemence Stapylton", "label": "PERSON", "in": ["museum"],
     "aliases": ["Clemence Stapylton", "Ms. Stapylton", ("Stapylton", {"museum-2.txt": [1]})],
     "note": "a trustee, the founder's great-granddaughter; 'Ms. Stapylton' (museum-1); bare 'Stapylton' is her "
             "once in museum-2 ('Stapylton, who voted for the purchase in the spring'), in that article's "
             "bare-surname style, and the museum everywhere else"},
    {"name": "St Aldric’s College", "label": "ORG",
     "aliases": ["St. Aldric's College", "St. Aldric's", "St Aldric’s College", "St Aldric’s"],
     "note": "the Cambridge college that owned the psalter; the 's is part of the name, not a possessive; American "
             "'St. Aldric's' (museum-1, straight) against British 'St Aldric’s' (museum-2, curly); 'the college' "
             "is not annotated"},
    {"name": "Melisende Brandreth", "label": "PERSON",
     "aliases": ["Dr. Melisende Brandreth", "Melisende Brandreth", "Dr. Brandreth", "Brandreth",
                 "@mbrandreth@libraries.social"],
     "note": "the college librarian; 'who posts about the case on Mastodon as @mbrandreth@libraries.social' "
             "(both articles)"},
    {"name": "Corisande L. Haldenby", "label": "PERSON",
     "aliases": ["Dr. Corisande L. Haldenby", "Corisande Haldenby", "Dr. Haldenby", "Haldenby"],
     "note": "the museum's director; middle initial in American museum-1 only"},
    {"name": "Stolen and Missing Manuscripts Register", "label": "ORG", "in": ["museum"],
     "aliases": ["Stolen and Missing Manuscripts Register", "SMMR", "Register"],
     "note": "'SMMR' defined in parentheses (museum-1), used bare in museum-2; 'the Register' capitalised "
             "(museum-2, three times) is it, 'the register' (museum-1, lower case) is not annotated"},
    {"name": "Marrisford Courier", "label": "ORG", "in": ["museum"], "aliases": ["Marrisford Courier", "Courier"],
     "note": "the American paper; museum-1 is its own report ('told the Marrisford Courier', 'told the Courier')"},
    {"name": "Thornleigh Antiquities", "label": "ORG", "aliases": ["Thornleigh Antiquities", "Thornleigh"],
     "note": "the London dealer, named like a surname; bare 'Thornleigh's' (museum-1) and 'Thornleigh’s' "
             "(museum-2) are it"},
    {"name": "Theodric Varcoe", "label": "PERSON", "aliases": ["Theodric Varcoe", "Mr. Varcoe", "Varcoe"],
     "note": "the dealer's managing director; 'Varcoe’s firm' (museum-2)"},
    {"name": "Pardew Rendle", "label": "ORG", "aliases": ["Pardew Rendle"],
     "note": "the college's law firm, named like two people; written only in full"},
    {"name": "Evadne Scammell", "label": "PERSON", "aliases": ["Evadne Scammell", "Scammell"],
     "note": "a partner at Pardew Rendle"},
    {"name": "Vitrine", "label": "ORG", "aliases": ["Vitrine"],
     "note": "the arts trade magazine; museum-2 is its own report ('Vitrine has learned', 'told Vitrine')"},
    # -- a wine-fraud conviction (wine-1 American paper, straight, Mr./Ms./Dr., middle initial, Judge; wine-2 a
    #    wine blog, Sediment, first person, curly double quotes, first names, handles) --
    {"name": "Septimus R. Ebdon", "label": "PERSON", "in": ["wine"],
     "aliases": ["Septimus R. Ebdon", "Septimus Ebdon", "Mr. Ebdon", "Mr Ebdon", "Ebdon", "Septimus"],
     "note": "the dealer, who founded Ebdon Cellars (company named after him: 'Ebdon Cellars' is the company, "
             "bare 'Ebdon' always him: 'Ebdon’s word', 'The Ebdon verdict' in the headline of wine-2, attributive); "
             "his wife Berenice Ebdon shares the surname ('Ms. Ebdon' is her); 'Septimus' alone in the blog, "
             "'Septimus’s bottles'; middle initial in American wine-1 only"},
    {"name": "Berenice Ebdon", "label": "PERSON", "in": ["wine"],
     "aliases": ["Berenice Ebdon", "Ms. Ebdon", "Berenice"],
     "note": "his wife, a director of the company, acquitted; 'Berenice, his wife' (wine-2)"},
    {"name": "Ebdon Cellars", "label": "ORG", "aliases": ["Ebdon Cellars", "@ebdoncellars"],
     "note": "the dealer's company, named after its founder; 'Its Instagram account, @ebdoncellars' (wine-1)"},
    {"name": "Vosburne", "label": "ORG", "aliases": ["Vosburne & Co.", "Vosburne"],
     "note": "the auction house, named like a surname (no person of that name appears); 'Vosburne & Co.' with "
             "its legal suffix; 'Vosburne’s catalogues' (wine-2)"},
    {"name": "Ailbhe Sandercock", "label": "PERSON",
     "aliases": ["Dr. Ailbhe Sandercock", "Ailbhe Sandercock", "Dr. Sandercock", "Dr Sandercock"],
     "note": "the chemist; 'Dr.' in wine-1, 'Dr' in the blog"},
    {"name": "Marwood Isotope Laboratory", "label": "ORG", "aliases": ["Marwood Isotope Laboratory", "Marwood"],
     "note": "the laboratory; attributive 'the Marwood lab' (wine-2) is its mention"},
    {"name": "Quillan Osterhout", "label": "PERSON",
     "aliases": ["Quillan Osterhout", "Mr. Osterhout", "Osterhout", "@QOsterhout"],
     "note": "the collector who was defrauded; 'Quillan Osterhout’s table' (wine-2); 'Osterhout himself ... His "
             "account, @QOsterhout' (wine-2)"},
    {"name": "Mabyn Jewitt", "label": "PERSON", "aliases": ["Mabyn Jewitt", "Mabyn", "mabynpours.bsky.social"],
     "note": "the sommelier; 'Mabyn, who posts on Bluesky as mabynpours.bsky.social' (wine-2)"},
    {"name": "Tegen Upcott", "label": "PERSON", "aliases": ["Tegen Upcott"], "note": "Vosburne's head of wine"},
    {"name": "Society of Wine Provenance Examiners", "label": "ORG",
     "aliases": ["Society of Wine Provenance Examiners", "SWPE"],
     "note": "'SWPE' defined in parentheses (wine-1), used bare in wine-2 ('The SWPE, the authenticators’ trade "
             "body')"},
    {"name": "Caius Widdowson", "label": "PERSON", "aliases": ["Caius Widdowson", "Mr. Widdowson"],
     "note": "the dealer's lawyer"},
    {"name": "Ronat Nettleship", "label": "PERSON", "aliases": ["Judge Ronat Nettleship"],
     "note": "the trial judge; 'Judge' in the mention"},
    {"name": "Fiachra Shillitoe", "label": "PERSON", "aliases": ["Fiachra Shillitoe"], "note": "the SWPE's chair"},
    {"name": "Sediment", "label": "ORG", "aliases": ["Sediment"],
     "note": "the wine blog; wine-2 is one of its posts ('Regular readers of Sediment'); the blogger appears in "
             "no text (first person only)"},
    # -- an orchestra dismisses its music director (orchestra-1 British paper, curly single quotes where ’ is
    #    also the apostrophe, Ms/Mr/Lord/Prof; orchestra-2 the music trade magazine Podium's own feature,
    #    straight, first names) --
    {"name": "Eskerby Philharmonic Orchestra", "label": "ORG", "in": ["orchestra"],
     "aliases": ["Eskerby Philharmonic Orchestra", "Eskerby Philharmonic", "Philharmonic",
                 "eskerbyphil.bsky.social"],
     "note": "'the Philharmonic' (orchestra-1, 'the Philharmonic’s profile') is it; bare 'Eskerby' is the town "
             "(a place, not annotated: 'on Saturday in Eskerby', 'Zenobia Wintle's time at Eskerby'); orchestra-2: "
             "'announced the dismissal on Bluesky, where it posts as eskerbyphil.bsky.social'; 'the orchestra' is "
             "not annotated"},
    {"name": "Zenobia Wintle", "label": "PERSON",
     "aliases": ["Zenobia Wintle", "Ms Wintle", "Zenobia", "@zwintle_conducts"],
     "note": "the dismissed music director; first name alone in the feature (orchestra-2); 'who posts on "
             "Instagram as @zwintle_conducts' (orchestra-1)"},
    {"name": "Lord Wrexford", "label": "PERSON", "aliases": ["Lord Wrexford"],
     "note": "the orchestra's chairman, a peer named only by his title (as Lord Cotterstock in set D)"},
    {"name": "Saffi Stackpole", "label": "PERSON", "in": ["orchestra"],
     "aliases": ["Saffi Stackpole", "Ms Stackpole", "Saffi"],
     "note": "the orchestra's leader; shares a surname with Sorcha Stackpole of the ferry story (unrelated); "
             "never bare 'Stackpole'; first name alone in the feature"},
    {"name": "Orchestral Players’ Guild", "label": "ORG", "in": ["orchestra"],
     "aliases": ["Orchestral Players’ Guild", "Orchestral Players' Guild", "Guild"],
     "note": "the musicians' union; the apostrophe is part of the name (curly in orchestra-1, straight in "
             "orchestra-2); 'The Guild's regional organiser' (orchestra-2) is it; 'the musicians’ union' is not "
             "annotated"},
    {"name": "Boniface Vowles", "label": "PERSON", "aliases": ["Boniface Vowles", "Mr Vowles", "Boniface"],
     "note": "the chief executive; a surname ending in s with a bare-apostrophe possessive ('Mr Vowles’ own "
             "position', orchestra-1); unusual first name, alone in the feature"},
    {"name": "Garrowby Private Bank", "label": "ORG", "aliases": ["Garrowby Private Bank", "Garrowby"],
     "note": "the sponsor, named like a surname; bare 'Garrowby' (orchestra-1) is it; 'The bank’s' is not annotated"},
    {"name": "Seonaid Trounson", "label": "PERSON", "aliases": ["Prof Seonaid Trounson", "Prof Trounson"],
     "note": "a professor of conducting who taught Zenobia Wintle"},
    {"name": "Ingledew College of Music", "label": "ORG", "aliases": ["Ingledew College of Music"],
     "note": "a conservatoire named like a person; written only in full"},
    {"name": "Cheesewright Artists", "label": "ORG", "aliases": ["Cheesewright Artists"],
     "note": "the conductor's agency, named like a person; written only in full"},
    {"name": "Oighrig Whybrow", "label": "PERSON", "aliases": ["Oighrig Whybrow"],
     "note": "the associate conductor; unusual first name"},
    {"name": "Ermengarde Blacklock", "label": "PERSON", "aliases": ["Ermengarde Blacklock", "Ermengarde"],
     "note": "the Guild's regional organiser; first name alone in the feature"},
    {"name": "Podium", "label": "ORG", "aliases": ["Podium"],
     "note": "the music trade magazine; orchestra-2 is its own feature ('Podium spoke to', 'told Podium')"},
    # -- platforms (real, named as themselves) --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"], "note": "the platform"},
    {"name": "Bluesky", "label": "ORG", "aliases": ["Bluesky"], "note": "the platform"},
    {"name": "Mastodon", "label": "ORG", "aliases": ["Mastodon"], "note": "the platform (network)"},
    {"name": "Reddit", "label": "ORG", "aliases": ["Reddit"], "note": "the platform"},
]


if __name__ == "__main__":
    main(ENTITIES, HERE)
