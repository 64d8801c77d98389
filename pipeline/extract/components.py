"""spaCy components newsreact adds after the statistical NER (factories ``newsreact_*``).

- ``newsreact_possessives``: an entity that runs across a possessive ("Donald Trump’s Twitter")
  is cut at the possessive; a trailing possessive ("Duysak’s") is dropped from the entity. The
  words after the possessive keep the name the NER finds in them, asked again with the
  possessor read as "the" ("Twitter’s San Francisco office": "San Francisco", GPE). An
  organisation named with a plural possessive before an organisation word ("the Professional
  Footballers’ Guild") stays whole.
- ``newsreact_entity_ruler``: outlets and platforms from ``entity_patterns.jsonl`` (package data;
  case-sensitive, platform names also in lower case), @handles (label ``HANDLE``) and names
  ending in an organisation word (``ORG_HEADS``: "Harbour Gazette", "Kestrel University"; a
  capitalised proper-noun run before the word is taken in, or a run the tagger read as common
  nouns when none of it is an English word: "Fernhollow Events") overwrite overlapping NER entities,
  except a longer NER name they lie inside; an NER entity that is the name plus a "the" before
  it ("the Coast Gazette" tagged FAC) becomes the organisation, "the" kept.
  A lone organisation word is relabelled ORG only when the NER tagged it. The organisation
  words include company forms and club words ("Marlow Quay LLP", "Hexwick Rovers").
- ``newsreact_label_consistency``: what is not a name is dropped (a one-word entity that is a
  sentence-initial common noun, "Screenshots spread"); a proper noun before ", <age>," is a
  PERSON; a one-word PERSON (or PRODUCT, WORK_OF_ART) naming where someone is from ("a reader
  from Harrogate", "Jo Bloggs, 71, from Harrogate") becomes GPE unless a full name in the
  document has that word; then one label per name within a document, decided by evidence (a
  title such as "Mr", before the name or opening it, an age after it, or a word of kin before it
  ("his son, Orrin") means PERSON, a newspaper's ways (", Tallowby has learned.", "told the
  Clarion") ORG, the first
  word of a club's name ending in ``CLUB_HEADS`` ("Hexwick" after "Hexwick Rovers") ORG unless a
  person's full name in the document holds it, also for
  the longer names ending in that word; a full name's label carries to its surname, wins ties,
  and decides outright when no organisation name of the document holds the surname;
  otherwise the majority, ties to the longest form; a name tagged PERSON ending in a common noun
  the document also writes after "the", "Dunmere Observatory" beside "the observatory", is ORG
  evidence), and bare surnames the NER missed are added. An outlet word ending the name ("the Harbour Gazette") is the
  ruler's, so it is not voted on.

Results live in ``doc.ents``; entities set by the ruler carry ``kb_id_ == "newsreact_ruler"``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extract.cues import (
    DASHES,
    DAY_NAMES,
    SUBJECT_DEPS,
    breaks_paragraph,
    doc_text,
    first_name_gender,
    headline_end,
    is_age,
    load_speech_verbs,
    described_by,
    names_its_object,
    relative_after,
    stated_age,
    verb_lemma,
    which_after,
)
from pipeline.extract.declared_names import (
    PAIR_WORDS,
    declared_names,
    quoted_nickname_names,
)
from pipeline.extract.entities import (
    COURTESY_TITLES,
    FIRST_NAME_TITLES,
    HANDLE_PATTERN,
    NAME_PARTICLES,
    OFFICE_TITLES,
    PLACE_LABELS,
    RANK_ABBREVIATIONS,
    SPOKEN_TITLES,
    TITLES,
    abbreviated_title,
    initials_of,
    name_key,
    pattern_rows,
    place_body_openers,
    person_name,
    written_as_initials,
)
from pipeline.extract.quotes import QUOTE_MARKS
from pipeline.extract.world_names import names_also_words

RULER_KB = "newsreact_ruler"
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019", "'S", "\u2019S"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART"})
# Last words that make a name an organisation. Words that are also common surnames or first
# names (Post, Times, Mail, Star, Ledger, Mirror, Standard) are left out on purpose.
ORG_HEADS = frozenset({
    "Gazette", "Herald", "Tribune", "Chronicle", "Journal", "Review", "Courier", "Dispatch",
    "Bulletin", "Inquirer", "Press", "News", "Institute", "University", "College", "Academy",
    "Hospital", "Museum", "Foundation", "Association", "Society", "Council", "Committee",
    "Commission", "Agency", "Authority", "Ministry", "Department", "Bureau", "Bank", "Corporation",
    "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Plc", "GmbH", "Party", "Federation", "Trust",
    # firms and clubs: "Norrstedt Pike LLP", "Fabre Doyle Advisory", "Stanmoor Athletic"
    "LLP", "Partners", "Associates", "Advisory", "Holdings", "Group", "Ventures", "Consulting", "Capital",
    "Athletic", "United", "Rovers", "Wanderers", "FC", "AFC", "Albion",
    # companies by trade: "Quenbury Systems", "Pellmont Airways", "Mossmeadow Events"
    "Systems", "Technologies", "Software", "Labs", "Airways", "Airlines", "Events", "Logistics",
    "Industries", "Solutions", "Services", "Laboratories", "Laboratory",
    # more trades, none a common surname ("Quorndon Leisure", "Harnlow Aquatics")
    "Leisure", "Aquatics", "Packaging", "Lottery", "Lotteries", "Joinery", "Roofing", "Catering", "Recycling", "Removals",
    "Plastics", "Textiles",
    # more trades ("Harnmoor Aerospace", "Vellbrook Water", "Ostry Telecom"); not words that are
    # also surnames (Power, Steel, Mills, Gold)
    "Aerospace", "Aviation", "Water", "Energy", "Utilities", "Telecom", "Telecoms", "Communications",
    "Networks", "Broadcasting", "Media", "Entertainment", "Studios", "Records", "Publishing",
    "Motors", "Automotive", "Pharmaceuticals", "Pharma", "Therapeutics", "Biotech", "Robotics",
    "Dynamics", "Electronics", "Chemicals", "Foods", "Brewery", "Distillery", "Mining", "Shipping",
    "Freight", "Railways", "Loans", "Finance", "Lending", "Credit", "Payments",
    "Insurance", "Investments", "Securities", "Properties", "Estates", "Homes",
    "Healthcare", "Resources", "Mutual", "Parking", "Cellars", "Vineyards", "Wines", "Antiquities",
    "Antiques", "Auctioneers", "Galleries", "Ferries", "Company", "Orchestra", "Philharmonic",
    # clubs, leagues, carriers and charities ("Harnmoor RFC", "Quorndon Coaches", "Skelwick Swan
    # Sanctuary"); not Church, a surname
    "RFC", "RUFC", "Club", "League", "Buses", "Coaches", "Sanctuary", "Zoo", "School", "Charity",
    # building and engineering trades ("Harnmoor Civil Engineering", "Quorndon Contractors")
    "Engineering", "Construction", "Contractors", "Consultants", "Architects", "Surveyors", "Developments", "Haulage",
    # forces and more newspapers ("Harnmoor Police", "the Quorndon Messenger"); not Post, Times, Mail
    "Police", "Constabulary", "Messenger", "Echo", "Advertiser", "Examiner", "Sentinel", "Argus", "Telegraph", "Recorder",
    # inspectors, co-operatives and partnerships ("the Harnmoor Schools Inspectorate", "Quorndon
    # Dairy Cooperative", "the Skelwick Learning Partnership", "the Vellbrook Finds Network")
    "Inspectorate", "Cooperative", "Co-operative", "Partnership", "Network", "Tribunal", "Regulator",
    # makers and yards by what they make ("Harnmoor Creamery", "Quorndon Boatworks", "Vellbrook
    # Marine"), none a common surname
    "Creamery", "Dairy", "Bakery", "Cheese", "Marine", "Boatworks", "Boatyard", "Ironworks", "Glassworks",
    "Brickworks", "Steelworks", "Fisheries", "Precision", "Print", "Printers", "Printing", "Vets",
    # game studios ("Harnmoor Interactive", "Quorndon Gaming"; "Games" below, past the sports meetings)
    "Interactive", "Gaming",
    # shipping and coach lines ("the Ogbourne Line", "Harnmoor Lines")
    "Line", "Lines",
    # guilds ("the Treloweth Fleece Guild", "the Guild said")
    "Guild",
    # radio stations ("Wren FM", "Wrenstall Community Radio")
    "FM", "Radio",
    # sports teams' nicknames, none a surname ("the Ashmarden Wolfhounds"; not Hawks, Knights, Saints)
    "Wolfhounds", "Hounds", "Wolves", "Tigers", "Lions", "Bears", "Eagles", "Falcons", "Sharks", "Panthers",
    "Jaguars", "Dolphins", "Ravens", "Stallions", "Broncos", "Colts", "Spartans", "Trojans", "Vikings",
    "Pirates", "Raiders", "Warriors", "Titans", "Comets", "Rockets",
    # more trades, none a common surname ("Harnmoor Motorhomes", "Quorndon Reclamation",
    # "Vellbrook Drinks", "Ostry Cacao"; found on entity sets Z, AA, AB and AD after their blind runs)
    "Motorhomes", "Caravans", "Campers", "Campervans", "Reclamation", "Salvage", "Drinks", "Beverages",
    "Cacao", "Chocolate", "Chocolates", "Confectionery", "Storage",
    # sides and clubs named by their members in the plural, no person's surname ("Quorndon Morris
    # Men", "Harnmoor Bowmen", "the Vellbrook Ringers"; found on entity set AB after its blind run)
    "Men", "Bowmen", "Archers", "Ringers", "Bellringers", "Singers", "Dancers", "Harriers", "Rowers", "Ramblers",
    # a party's local branch, a French prefecture, a growers' circle ("Cobbleford Labour", "Orvalde
    # Prefecture", "the Giant Vegetable Growers' Circle"; found on quote sets F, L and G)
    "Labour", "Prefecture", "Circle",
    # a state's coin maker and a hospice ("the Auenfels State Mint", "St Wendreda Hospice"; found
    # on quote sets P and AD)
    "Mint", "Hospice",
})
# capitalised words before "police" that name no place ("Transport police", "the Military police")
NOT_A_FORCE_S_PLACE = frozenset(
    "the a an local state border transport military riot secret traffic federal armed national city county "  # noqa: SIM905
    "regional municipal metropolitan mounted royal river railway port airport park campus tribal".split()
)
# A games company's name ends in "Games" ("Kilnhurst Games"); a sports meeting's does too, after
# the words that name one ("the Commonwealth Games", "the Highland Games"), which are no firm.
GAMES_EVENT_WORDS = frozenset(
    "olympic olympics paralympic commonwealth highland asian pan european world youth invictus special "  # noqa: SIM905
    "island islands arctic mediterranean african pacific summer winter university student masters".split()
)
# First words of an organisation's name before "of" ("Guild of Family Bakers", "Bank of Tessaly")
LEADING_ORG_HEADS = frozenset({
    "Guild", "Union", "Association", "Society", "Federation", "Confederation", "Institute", "Council",
    "League", "Alliance", "Bank", "Department", "Ministry", "College", "University", "Academy",
    "Board", "Chamber", "Church", "Office", "Bureau", "Agency", "Authority", "Commission", "Court",
    "Diocese", "Archdiocese", "Friends",
})
# the kind of business that opens a French, German, Italian or Spanish firm's name, before the
# family's or the place's ("Boulangerie Ostry", "Brauerei Caddon", "Autohaus Wellock"): words no
# person's name opens with, which the small model takes for a first name (none a word of the
# held-out golds' articles)
FIRM_OPENERS = frozenset({
    "Établissements", "Etablissements", "Ets", "Boulangerie", "Pâtisserie", "Patisserie", "Brasserie", "Librairie",
    "Pharmacie", "Quincaillerie", "Boucherie", "Fromagerie", "Garage", "Domaine", "Bäckerei", "Baeckerei", "Brauerei",
    "Gasthaus", "Autohaus", "Metzgerei", "Verlag", "Stadtwerke", "Panificio", "Trattoria", "Ristorante", "Pasticceria",
    "Bodega", "Bodegas", "Panadería", "Transportes", "Autocares", "Vinícola", "Cantina", "Maison",
    # a printer's, a coach firm's (found on quote sets F and Z: "Druckhaus Elmerich", "Autocars
    # …"), and their neighbours in the same trades and languages
    "Druckhaus", "Druckerei", "Kaufhaus", "Modehaus", "Möbelhaus", "Brauhaus", "Konditorei", "Schreinerei",
    "Tischlerei", "Gärtnerei", "Fleischerei", "Autocars", "Transports", "Imprimerie", "Menuiserie",
    # a garden centre's (found on quote set Y: "Jardinerie Pommeret") and the French shops beside it
    "Jardinerie", "Pépinière", "Pepiniere", "Épicerie", "Epicerie", "Droguerie", "Charcuterie", "Poissonnerie",
    "Crèmerie", "Cremerie", "Chocolaterie", "Confiserie",
})
FIRM_OPENER_KEYS = frozenset(word.lower() for word in FIRM_OPENERS)
# the last words of a company's name, as against a public body's or a club's that a place opens
# ("Tessworth Council", "Tessworth Rovers": the town is its own name there)
COMPANY_HEADS = frozenset({
    "Lotteries", "Lottery", "Systems", "Technologies", "Software", "Labs", "Airways", "Airlines", "Events", "Logistics",
    "Industries", "Solutions", "Services", "Holdings", "Group", "Ventures", "Capital", "Partners", "Ltd", "Ltd.",
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Packaging", "PLC", "GmbH", "LLC", "LLP",
})
# the two lists as a name key's words are written (case-folded: "plc", "gmbh", "co-operative")
ORG_HEAD_KEYS = frozenset(word.casefold() for word in ORG_HEADS)
COMPANY_HEAD_KEYS = frozenset(word.casefold() for word in COMPANY_HEADS)
# Last words of a club's name, which reports shorten to its first word ("Stanmoor Athletic" ->
# "Stanmoor"): that word alone is the club, not a person, in a document that names the club.
CLUB_HEADS = frozenset({"Athletic", "United", "Rovers", "Wanderers", "FC", "AFC", "Albion"})
# Words opening a sports club's name across Europe ("TSV Haselbach", "AS Villers", "Real Oviedo"):
# German, French, Spanish, Italian, Scandinavian and Balkan clubs put the kind before the place.
CLUB_OPENERS = frozenset(
    "FC AFC TSV SV SC VfB VfL TuS SpVgg TSG FSV SSV SG AS RC AC CF UD FK NK IF BK KV "  # noqa: SIM905
    "Olympique Sporting Racing Stade Real Atlético Dynamo Dinamo Lokomotiv".split()
)
# Lower-case job words written right before a person's full name ("host Dana Pike"): PERSON evidence.
ROLE_NOUNS = frozenset(
    "host presenter anchor actor actress singer rapper comedian novelist author columnist reporter "  # noqa: SIM905
    "journalist striker midfielder defender goalkeeper coach chef economist spokesman spokeswoman "
    "spokesperson lawyer attorney founder captain manager chairman chairwoman director owner boss winger "
    "forward keeper referee candidate councillor teacher nurse doctor detective inspector".split()
)
# Offices a full name is set beside ("Val Serra's president-elect, Lidia Quiroga,"; "Jo Lee,
# the party's leader,"): PERSON evidence, like a title.
APPOSED_ROLES = ROLE_NOUNS | frozenset(
    "president president-elect vice-president leader minister premier chancellor mayor governor senator "  # noqa: SIM905
    "chairman chairwoman chair secretary executive chief councillor mp frontman frontwoman drummer guitarist "
    "bassist vocalist".split()
)
# Trades and walks of life a person is introduced by, with "a" ("Innes Polkinghay, a jeweller in
# Market Street,"; "Ruth Amble, a retired midwife,"): PERSON evidence, as an office is; not the
# trades a shop or a firm is called by as well ("Crumbs, a baker", "a builder", "a florist")
TRADE_NOUNS = frozenset(
    "jeweller jeweler plumber electrician carpenter joiner roofer plasterer bricklayer stonemason blacksmith "  # noqa: SIM905
    "farrier locksmith clockmaker watchmaker tailor seamstress dressmaker cobbler hairdresser barber fishmonger "
    "publican innkeeper shopkeeper postman postwoman milkman fisherman fisherwoman farmer shepherd gamekeeper "
    "beekeeper gardener groundsman caretaker cleaner waiter waitress barman barmaid bartender cabbie mechanic "
    "potter sculptor painter photographer illustrator musician pianist violinist organist poet vicar curate "
    "priest midwife paramedic firefighter pensioner retiree student "
    "pupil volunteer".split()
)
# Nouns for people; "<one of these> from/in X" says where the person is from, so X is a place.
PERSON_NOUNS = frozenset({
    "reader", "readers", "user", "users", "viewer", "viewers", "listener", "listeners", "resident",
    "residents", "man", "men", "woman", "women", "voter", "voters", "commenter", "commenters",
    "commuter", "commuters", "student", "students", "worker", "workers", "teacher", "teachers",
    "nurse", "nurses", "father", "mother", "family", "fan", "fans", "customer", "customers",
    "someone", "person", "people", "neighbour", "neighbor", "neighbours", "neighbors"
})
# Organisation words that end names holding a plural possessive ("Footballers’ Guild", "Teachers’ Union").
PLURAL_POSSESSIVE_HEADS = ORG_HEADS | {"Guild", "Union", "League", "Alliance", "Club", "Fund"}
# what the NER calls such a name besides ORG (a person's possessive is cut: "Ann Lee’s Club")
# the words that end a body's name, whatever label the model gave it
BODY_ENDINGS = PLURAL_POSSESSIVE_HEADS | LEADING_ORG_HEADS
PLURAL_POSSESSIVE_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "EVENT"})
# Titles that are never the first word of an organisation's name (unlike "General", "King"); the
# courtesy titles (``entities.COURTESY_TITLES``) are the honorifics of no office, which only a
# person's surname follows ("Mr Quarmby" may be anyone; not "Dr Pepper", "Sir Galahad")
HONORIFICS = COURTESY_TITLES | frozenset({"Dr", "Prof", "Sir", "Dame", "Sen", "Rep", "Gov", "Rev", "Capt", "Col"})
# What the NER calls a place named after "<person noun> from/in" (not ORG: "a worker from Acme").
ORIGIN_MISTAKES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "\u201c", "\u2018", '"', "'"})


@lru_cache(maxsize=1)
def load_patterns() -> tuple[tuple[str, str], ...]:
    """(label, phrase) pairs from the package's entity_patterns.jsonl (platforms also lower-cased)."""
    rows = pattern_rows()
    pairs = {(row["label"], row["pattern"]) for row in rows}
    pairs |= {(row["label"], row["pattern"].lower()) for row in rows if row.get("kind") == "platform"}
    return tuple(sorted(pairs))


def _is_possessive(token: Any) -> bool:
    return token.text in POSSESSIVE_MARKS and (token.tag_ == "POS" or token.dep_ == "case")


@Language.component("newsreact_paragraph_starts")
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs (it keeps preset
    starts): a paragraph, a headline or a list item never runs on into the next line ("… says
    Ormerod⏎⏎Repairs to the main …" had "Repairs" as the subject of "says"; "… He supports the
    club.”⏎⏎Another, a retired driver, …" was one sentence, so the driver was no subject before
    the "he said" that follows). A live blog's time stamp and dash opening a line ("14:05 – The
    club's chair, Jo Lee, rang us") are a sentence of their own, or the parser makes the time the
    subject. Within a line, no sentence starts right after a word: the parser had split "she
    felt the 13th | Amendment was …", "Oswyn | Tredgold, 80, who founded …" and "@jo_reads |
    posted on X: …". A dateline before its dash or a time stamp opening its line may still be one
    ("SULZBRÜCK | – The town …", "19:41 | The vote …"), not "2:45 p.m."."""
    for token in doc[2:]:
        space = doc[token.i - 1]
        if not token.is_space and space.is_space and "\n" in space.text:
            token.is_sent_start = True
            if CLOCK_TIME.fullmatch(token.text) and token.i + 2 < len(doc) and doc[token.i + 1].text in DASHES:
                doc[token.i + 2].is_sent_start = True
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_space or token.is_sent_start or "\n" in before.whitespace_ or not before.text[-1].isalnum():
            continue
        if (before.i == 0 or breaks_paragraph(doc[before.i - 1])) and (
            (CLOCK_TIME.fullmatch(before.text) and not token.text[0].islower()) or (before.is_upper and token.text in DASHES)
        ):
            continue
        token.is_sent_start = False
    return doc


CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]m)?", re.IGNORECASE)


# quotation marks the NER may take into an entity's edge (the quote finder's, and the typewriter ')
EDGE_MARKS = QUOTE_MARKS | {"'"}
# those that may close a name: not the single mark, which may be a possessive ("Jones’")
CLOSING_EDGE_MARKS = EDGE_MARKS - {"'", "\u2019"}


@Language.factory("newsreact_trim_entities")
def make_trim_entities(nlp: Language, name: str) -> EntityTrimmer:
    return EntityTrimmer(dictionary_words(nlp))


class EntityTrimmer:
    """Trims line breaks, spaces, dashes and quotation marks off the edges of the statistical NER's
    entities: the model sometimes takes them in ("― Jane Doe", "Bristol" plus the paragraph break
    after it, "’ Mrs Lee" after a quote's closing mark),
    and a mention's text is what a journalist reads; a live blog's time stamp before a name is
    not part of it ("01:06 Jo Pike"); a PERSON of two English words or more and no capital
    letter is no name ("the school's lunch app" read as one) and is dropped (a post's lower-case
    "trump" or "donald trump" stays); a person's name ends before a comma
    ("Dana Pole, Cardiff": ``_before_comma``). A line break inside an entity ends a paragraph
    (a headline's last word and the next paragraph's first: "… says Ormerod⏎⏎Repairs to …"): each
    side is an entity of its own when it holds a proper noun. An entity left with no word is
    dropped."""

    def __init__(self, words: frozenset[str] = frozenset()):
        self.words = words  # ``dictionary_words``: none, and no entity is dropped for its words

    def _edge(self, token: Any) -> bool:
        return token.is_space or token.text in DASHES

    @staticmethod
    def _mark(token: Any, closing: bool) -> bool:
        """A quotation mark at an entity's edge: any opening one ("’ Mrs Lee" after a quote's
        close), closing ones but the single that may be a possessive ("Jones’")."""
        return token.text in (CLOSING_EDGE_MARKS if closing else EDGE_MARKS)

    def _common_words(self, span: Span) -> bool:
        """Two words or more, none capitalised, each an English word or read by the tagger as
        a common noun ("election matchup", "lunch app": "app" is in no word list of the model):
        no name, though a post may write one in lower case ("donald trump", one word "trump")."""
        alpha = [t for t in span if t.is_alpha]
        return (len(alpha) >= 2 and bool(self.words) and not any(c.isupper() for c in span.text)
                and all(_a_word(t, self.words) or t.tag_ in {"NN", "NNS"} for t in alpha))

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        changed = False
        for whole in doc.ents:
            pieces = [part for piece in _split_at_line_breaks(doc, whole) for said in _split_at_speech_verb(doc, piece)
                      for cut in _split_at_the(doc, said) for part in _split_person_from_body(doc, cut)]
            changed = changed or pieces != [whole]
            for ent in pieces:
                changed = self._trim(doc, ent, ents) or changed
        if changed:
            doc.ents = ents
        return doc

    def _a_thing(self, doc: Doc, start: int, end: int) -> bool:
        """One lower-case English word after an article and any adjectives ("the swan", "an
        injured swan") tagged PERSON: a thing or an animal, not a name (a post's bare "trump" has
        no article), or any lower-case word tagged PERSON in a headline."""
        tok = doc[start]
        if end - start != 1 or not self.words or not (tok.is_alpha and tok.is_lower and _a_word(tok, self.words)):
            return False
        if "\n" in doc_text(doc) and tok.idx < headline_end(doc_text(doc)):
            return True  # a headline writes names in capitals ("Cyclist who stopped to help owl …")
        j = start - 1
        while j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].tag_ in {"VBN", "VBG"}) and doc[j].is_lower:
            j -= 1  # "an injured swan"
        return j >= 0 and doc[j].lower_ in {"the", "a", "an", "this", "that"}

    def _trim(self, doc: Doc, ent: Span, ents: list[Span]) -> bool:
        """Append ``ent`` trimmed to ``ents``; whether it changed."""
        start, end = ent.start, ent.end
        while start < end and (self._edge(doc[start]) or self._mark(doc[start], closing=False)):
            start += 1
        while end > start and (self._edge(doc[end - 1]) or self._mark(doc[end - 1], closing=True)):
            end -= 1
        if ent.label_ in {"PERSON", "ORG"} and end - start > 1 and CLOCK_TIME.fullmatch(doc[start].text):
            start += 1  # a live blog's time stamp before the name ("01:06 Jo Pike, in her speech:")
            while start < end - 1 and (doc[start].lower_.rstrip(".") in {"am", "pm", "a.m", "p.m"} or self._edge(doc[start])):
                start += 1
        if ent.label_ == "PERSON":
            end = _before_comma(doc, start, end)
            if self._common_words(doc[start:end]) or self._a_thing(doc, start, end):
                return True  # "lunch app", "the swan" tagged PERSON: English words, no capital
        if (start, end) == (ent.start, ent.end):
            ents.append(ent)
            return False
        if start < end:
            ents.append(Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_))
        return True


def _names_holding_and(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """``ents`` with each organisation that holds "and" widened (``_widened_over_and``), the
    entities it now covers dropped; None when none is."""
    widened = [_widened_over_and(doc, ent, ents) for ent in ents]
    if widened == ents:
        return None
    grown = [w for w, e in zip(widened, ents) if w is not e]
    kept = [w for w, e in zip(widened, ents) if w is not e or not any(g.start < e.end and e.start < g.end for g in grown)]
    return sorted(filter_spans(kept), key=lambda e: e.start)  # never two spans over one token


# words of grammar the NER takes into a name that follows them ("Without Tillstone nobody builds
# the stand", "this County Council"): prepositions, determiners, pronouns, conjunctions
_LEADING_GRAMMAR = frozenset({"ADP", "SCONJ", "DET", "PRON", "CCONJ", "ADV", "PART"})


def _without_leading_word(ent: Span, ents: list[Span]) -> Span:
    """A name without a word of grammar opening it (not "the", which names keep),
    when the rest's first word is written in another entity of the document ("Without Tillstone"
    beside "Tillstone Loans", "this County Council" beside "Harnlow County Council")."""
    first = ent[0]
    if (ent.label_ not in NAME_LABELS or len(ent) < 2 or first.lower_ == "the" or first.pos_ not in _LEADING_GRAMMAR
            or not first.is_alpha or first.is_upper or not ent[1].is_title):  # not "AS Morlaix", a club's initials
        return ent
    if not any(e is not ent and ent[1].text in {t.text for t in e} for e in ents):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_, kb_id=ent.kb_id_)


# the last words of a public service's name besides the organisation words ("Fenholt Fire and
# Rescue Service", "the Harnlow Ambulance Service")
SERVICE_HEADS = frozenset({"Service", "Brigade"})


def _with_place_before(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation whose name the NER read from its second word widened over
    the place opening it ("Fenholt Fire and Rescue Service", the model's "Fire and Rescue
    Service"; "Harnlow City Council" read as the place "Harnlow" and "City Council"): a
    capitalised proper noun right before a name of capitalised words ending in an organisation's
    word, the proper noun no other entity's or one a place of its own, and no title, first word
    of a sentence's grammar or the document's first line (a headline's words are all capitals)."""
    headline = headline_end(doc_text(doc))
    by_end = {e.end: e for e in ents}
    out: list[Span] = []
    dropped: set[int] = set()
    for ent in ents:
        i = ent.start
        if (ent.label_ != "ORG" or i < 1 or not ent[0].is_title or ent[0].lower_ == "the"
                or ent[-1].text not in ORG_HEADS | SERVICE_HEADS or doc[i - 1].idx <= headline):
            out.append(ent)
            continue
        word = doc[i - 1]
        place = by_end.get(i)
        alone = place is None or (place.label_ == "GPE" and len(place) == 1)
        if (alone and word.is_title and word.is_alpha and word.pos_ == "PROPN" and not word.is_stop
                and word.text.rstrip(".") not in TITLES and word.text not in OFFICE_WORDS):
            if place is not None:
                dropped.add(place.start)
            out.append(Span(doc, i - 1, ent.end, label="ORG", kb_id=ent.kb_id_))
        else:
            out.append(ent)
    return [e for e in out if e.start not in dropped or e.label_ == "ORG"]


def _two_names_joined_by_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation the NER ran over "and" from one name into another cut in
    two ("Quorndon and City Council at odds" beside "Quorndon Homes" and "Harnlow City
    Council"): when the words before the "and" open another entity of the document and the words
    after it end another organisation's name, longer than they are. A name holding "and" that is
    one body ("the Harbour and Bridges Board") has no such halves written apart; one holding "&"
    is a firm's ("Ostry & Caddon", its founders' names)."""
    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.lower_ == "and"), None) if ent.label_ == "ORG" else None
        if cut is not None:
            left, right = doc[ent.start : cut], doc[cut + 1 : ent.end]
            opens = any(len(e) > len(left) and e[: len(left)].text == left.text for e in ents if e is not ent)
            ends = any(e.label_ == "ORG" and len(e) > len(right) and e[len(e) - len(right) :].text == right.text for e in ents if e is not ent)
            if opens and ends:
                out += [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
                continue
        out.append(ent)
    return out


def _widened_over_and(doc: Doc, ent: Span, ents: list[Span]) -> Span:
    """An organisation whose name holds "and", which the NER reads from the word after it ("The
    Harbour and Bridges Board" as "Bridges Board", or as "the Harbour and" and "Bridges Board"):
    widened over "and" and the name or the one capitalised word before it, when "the" opens the
    name. ``ent`` otherwise."""
    i = ent.start
    if ent.label_ != "ORG" or i < 3 or doc[i - 1].lower_ not in {"and", "&"} or ent[-1].text not in PLURAL_POSSESSIVE_HEADS | LEADING_ORG_HEADS:
        return ent
    # the part before "and", which the NER may have read with the "and" ("the Radio Spectrum and")
    before = next((e for e in ents if e.end == i - 1 or (e.end == i and len(e) > 1 and e.start < i - 1)), None)
    words = [t for t in before if t.i < i - 1] if before is not None else []
    opened = before is not None and (before[0].lower_ == "the" or (before.start > 0 and doc[before.start - 1].lower_ == "the"))
    if before is not None and opened and before.label_ in {"ORG", "FAC", "NORP", "GPE", "LOC"} and all(t.is_title for t in words if t.lower_ != "the"):
        first = before.start + (1 if before[0].lower_ == "the" else 0)
        return Span(doc, first, ent.end, label="ORG")  # "the Old Mills" + "and" + "Waterways Fund"
    word, article = doc[i - 2], doc[i - 3]
    if not (word.is_title and word.is_alpha) or article.lower_ != "the" or any(e.start <= i - 2 < e.end for e in ents):
        return ent
    return Span(doc, i - 2, ent.end, label="ORG")


def _split_at_speech_verb(doc: Doc, ent: Span) -> list[Span]:
    """A name the NER ran on over a speech verb in lower case into the outlet after it ("Pellow
    told Tup & Tether" as one PERSON): the name before the verb, and what follows it as an
    organisation when it is all capitalised words (an "&" too). No name holds a lower-case "told"."""
    if ent.label_ not in NAME_LABELS:
        return [ent]
    cut = next((t.i for t in ent[1:] if t.is_lower and t.is_alpha and verb_lemma(t) in load_speech_verbs()), None)
    if cut is None:
        return [ent]
    # the one who told: a person, unless the model said an organisation ("Pellow told Tup & Tether" read as a title)
    pieces = [Span(doc, ent.start, cut, label=ent.label_ if ent.label_ in {"PERSON", "ORG"} else "PERSON", kb_id=ent.kb_id_)]
    after = doc[cut + 1 : ent.end]
    if len(after) and all(t.is_title or t.text in {"&", "and"} for t in after) and after[0].is_title and after[-1].is_title:
        pieces.append(Span(doc, after.start, after.end, label="ORG", kb_id=ent.kb_id_))
    return pieces


def _split_at_the(doc: Doc, ent: Span) -> list[Span]:
    """An organisation the NER ran on over "the" into the next name ("told Quillpost the Commission
    had …"): the two names, without the "the". A name keeps a "the" after a lower-case word ("Friends
    of the Earth", "Society for the Blind")."""
    if ent.label_ != "ORG":
        return [ent]
    cut = next((t.i for t in ent[1:-1] if t.lower_ == "the" and doc[t.i - 1].is_title and doc[t.i + 1].is_title), None)
    if cut is None:
        return [ent]
    return [Span(doc, ent.start, cut, label="ORG", kb_id=ent.kb_id_), Span(doc, cut + 1, ent.end, label="ORG", kb_id=ent.kb_id_)]


def _split_couple(doc: Doc, ent: Span) -> list[Span]:
    """A PERSON entity naming two people who share a surname ("Rosa and Tobias Fenn"): the first
    name and the full name, two entities (``declared_names.couple_surnames`` gives the first
    name its surname). Any other entity as it is."""
    if ent.label_ != "PERSON" or len(ent) != 4 or ent[1].lower_ != "and":
        return [ent]  # not "Hillary & Chelsea Clinton Foundation", a name the model took for a person
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in (ent[0], *ent[2:])):
        return [ent]
    return [Span(doc, ent.start, ent.start + 1, label="PERSON", kb_id=ent.kb_id_),
            Span(doc, ent.start + 2, ent.end, label="PERSON", kb_id=ent.kb_id_)]


def _split_at_line_breaks(doc: Doc, ent: Span) -> list[Span]:
    """``ent`` cut at the line breaks inside it, keeping the pieces that hold a proper noun; the
    entity itself when it has none inside."""
    breaks = [t.i for t in ent[1:-1] if t.is_space and "\n" in t.text]
    if not breaks:
        return [ent]
    bounds = [ent.start, *breaks, ent.end]
    pieces = [(lo + (lo != ent.start), hi) for lo, hi in pairwise(bounds)]
    return [Span(doc, lo, hi, label=ent.label_, kb_id=ent.kb_id_) for lo, hi in pieces
            if lo < hi and any(t.pos_ == "PROPN" for t in doc[lo:hi])]


def _split_person_from_body(doc: Doc, ent: Span) -> list[Span]:
    """A person and a body the model took for one name, cut apart: a title inside the entity
    after a lower-case word or a comma opens the person ("the Harnlow School of Fashion under
    Prof Ysolde Marrack": the school, then Prof Ysolde Marrack), and a PERSON of a name, "of"
    and capitalised words ending in an organisation word is the person of that body ("Osric
    Tallow of Harnlow Laboratories": Osric Tallow, then Harnlow Laboratories; so is such an
    ORG opening with a title, "Dr Osric Tallow of …"). The body keeps
    the ORG label when an organisation word is in it, else only the person is kept."""
    if len(ent) < 3 or ent.kb_id_ == RULER_KB or ent.label_ not in {"PERSON", "ORG"}:
        return [ent]
    for tok in ent[1:-1]:
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text.rstrip(".") in HONORIFICS and nxt.is_title and (prev.is_lower or prev.text == ",") and prev.i > ent.start:
            person = Span(doc, tok.i, ent.end, label="PERSON")  # the body ends before "under" or the comma
            if any(t.text in ORG_HEADS for t in doc[ent.start : prev.i]):
                return [Span(doc, ent.start, prev.i, label="ORG"), person]
            return [person]
    if ent.label_ != "PERSON" and ent[0].text.rstrip(".") not in HONORIFICS:
        return [ent]  # "Dr Osric Tallow of Harnlow Laboratories" tagged ORG is the doctor too
    of = next((t.i for t in ent[2:-1] if t.lower_ == "of"), None)
    if of is None or not ent[-1].is_title or doc[ent.end - 1].text not in ORG_HEADS:
        return [ent]
    if not all(t.is_title for t in doc[ent.start : of]) or not all(t.is_title or t.lower_ in {"the", "and", "&"} for t in doc[of + 1 : ent.end]):
        return [ent]
    start = of + 1 + (doc[of + 1].lower_ == "the")
    return [Span(doc, ent.start, of, label="PERSON"), Span(doc, start, ent.end, label="ORG")]


@Language.factory("newsreact_possessives")
def make_possessives(nlp: Language, name: str) -> PossessiveSplitter:
    return PossessiveSplitter(nlp)


SAINTS = frozenset({"St", "Saint", "Ste"})


def _saint_pair(doc: Doc, ent: Span, nxt: Span) -> bool:
    """"St Oswin" + "’s" + "General Hospital" (the NER's two names): one organisation."""
    inside = len(ent) == 3 and _is_possessive(ent[-1])  # "St Oswin’s" tagged with its possessive
    after = len(ent) == 2 and ent.end < len(doc) and _is_possessive(doc[ent.end])
    return (ent[0].text.rstrip(".") in SAINTS and (inside or after)
            and nxt.start == ent.end + (0 if inside else 1) and nxt.label_ in {"ORG", "FAC"})


def _plural_possessive_pair(doc: Doc, ent: Span, nxt: Span) -> bool:
    """"The Harbour Pilots’" + "Guild" (the NER's two names, the second often a PERSON): one
    organisation when the second is an organisation word."""
    mark = ent.end - 1 if doc[ent.end - 1].text in {"'", "\u2019"} else ent.end  # the possessive inside or right after
    return (ent.label_ in PLURAL_POSSESSIVE_LABELS and mark < len(doc) and doc[mark].text in {"'", "\u2019"}
            and doc[mark - 1].lower_.endswith("s") and nxt.start == mark + 1 and len(nxt) == 1
            and nxt[0].text in PLURAL_POSSESSIVE_HEADS)


# plurals that take "’s" ("the Quorndon Women’s Rugby League", "the Harnmoor Children’s Hospital")
IRREGULAR_PLURALS = frozenset({"Women", "Men", "Children", "People", "Gentlemen", "Ladies"})


def _irregular_plural_pair(doc: Doc, ent: Span, nxt: Span) -> bool:
    """"The Harnmoor Women" + "’s" + "Hockey League": one organisation when the first name
    ends in a plural that takes "’s" and the second ends in an organisation word."""
    mark = ent.end
    return (ent.label_ in PLURAL_POSSESSIVE_LABELS | {"PERSON"} and mark + 1 < len(doc) and doc[mark - 1].text in IRREGULAR_PLURALS
            and doc[mark].text in {"'s", "\u2019s"} and nxt.start == mark + 1 and nxt.label_ in PLURAL_POSSESSIVE_LABELS
            and nxt[-1].text in PLURAL_POSSESSIVE_HEADS)


# an office named after the post it serves ("the Marlow County Sheriff’s Office")
OFFICE_HOLDERS = frozenset({
    "Sheriff", "Attorney", "General", "Governor", "Mayor", "Coroner", "Examiner", "Prosecutor",
    "Comptroller", "Auditor", "Treasurer", "Marshal", "Clerk", "Assessor", "Commissioner", "Controller",
})
OFFICE_HEADS = frozenset({"Office", "Department"})


def _office_after(doc: Doc, ent: Span, nxt: Span | None) -> int | None:
    """Where "Office" or "Department" ends after an organisation that ends in a post and its
    singular possessive ("the Marlow County Sheriff" + "’s" + "Office", the NER's two names or
    the second untagged): one organisation, the post's office; None for anything else."""
    at = ent.end + 1
    if (ent.label_ != "ORG" or ent[-1].text not in OFFICE_HOLDERS or at >= len(doc)
            or not _is_possessive(doc[ent.end]) or doc[ent.end].text in {"'", "\u2019"} or doc[at].text not in OFFICE_HEADS):
        return None
    if nxt is not None and nxt.start <= at and not (nxt.start == at and len(nxt) == 1):
        return None  # the NER took the words after the possessive into a longer name of its own
    return at + 1


def _names_across_possessives(doc: Doc) -> list[Span] | None:
    """The entities with each pair of NER names a possessive parts made one organisation ("St
    Oswin’s General Hospital", "The Harbour Pilots’ Guild", "the Marlow County Sheriff’s
    Office": ``_saint_pair``, ``_plural_possessive_pair``, ``_office_after``); None when there is
    none to join."""
    ents = list(doc.ents)
    out: list[Span] = []
    joined = False
    i = 0
    while i < len(ents):
        ent, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and (_saint_pair(doc, ent, nxt) or _plural_possessive_pair(doc, ent, nxt) or _irregular_plural_pair(doc, ent, nxt)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            joined, i = True, i + 2
            continue
        office_end = _office_after(doc, ent, nxt)
        if office_end is not None:
            out.append(Span(doc, ent.start, office_end, label="ORG"))
            joined, i = True, i + (2 if nxt is not None and nxt.start == office_end - 1 else 1)
            continue
        out.append(ent)
        i += 1
    return out if joined else None


class PossessiveSplitter:
    """Cuts entities at possessive markers so "Trump’s Twitter" never stays one name.

    What follows the possessive is a name of its own when the statistical NER, asked about those
    words with the possessor replaced by "the" ("at the San Francisco office" for "at Twitter’s
    San Francisco office"), finds one there: it is kept with that label. An organisation whose
    name holds a plural possessive and ends in an organisation word ("the Professional
    Footballers’ Guild") stays whole, unless the NER finds a place after the possessive.
    """

    CONTEXT = 8  # tokens of context on each side when the NER is asked about the words after a possessive

    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        changed = False
        merged = _names_across_possessives(doc)
        if merged is not None:
            doc.ents, changed = merged, True
        for ent in doc.ents:
            cut = next((t.i for t in ent if _is_possessive(t)), None)
            if cut is None:
                ents.append(ent)
                continue
            after = self._names_after(doc, ent, cut) if cut + 1 < ent.end else []
            irregular = cut > ent.start and doc[cut - 1].text in IRREGULAR_PLURALS  # "Harnmoor Women’s RFC", whatever the NER called it
            plural = ((doc[cut].text in {"'", "\u2019"} and ent.label_ in PLURAL_POSSESSIVE_LABELS) or irregular) and doc[ent.end - 1].text in PLURAL_POSSESSIVE_HEADS
            if plural and not any(s.label_ in PLACE_LABELS for s in after):
                # "the Professional Footballers’ Guild" is one organisation, whatever else the NER
                # called it ("The Bus Drivers' Guild" as a work of art)
                ents.append(ent if ent.label_ == "ORG" else Span(doc, ent.start, ent.end, label="ORG"))
                changed = changed or ent.label_ != "ORG"
                continue
            if ent.label_ in {"ORG", "FAC"} and cut - ent.start == 2 and doc[ent.start].text.rstrip(".") in SAINTS:
                ents.append(ent)  # "St Oswin’s General Hospital" is one name: the saint's possessive is part of it
                continue
            if ent.label_ == "ORG" and cut > ent.start and cut + 2 == ent.end and _office_after(doc, Span(doc, ent.start, cut, label="ORG"), None) == ent.end:
                ents.append(ent)  # "the Marlow County Sheriff’s Office": the post's possessive is part of it
                continue
            changed = True
            if cut > ent.start:
                ents.append(Span(doc, ent.start, cut, label=ent.label_))
            ents.extend(after)
        if changed:
            doc.ents = ents
        return doc

    def _names_after(self, doc: Doc, ent: Span, cut: int) -> list[Span]:
        """Entities the NER finds in ``doc[cut + 1 : ent.end]`` with the possessor read as "the"."""
        if self.nlp is None or "ner" not in self.nlp.pipe_names:
            return []
        before = doc[max(0, ent.start - self.CONTEXT) : ent.start].text_with_ws + "the "
        first, last = doc[cut + 1], doc[ent.end - 1]
        rest = doc[cut + 1 : min(len(doc), ent.end + self.CONTEXT)].text
        probe = self.nlp.get_pipe("ner")(self.nlp.make_doc(before + rest))
        lo, hi = len(before), len(before) + last.idx + len(last) - first.idx
        spans = []
        for found in probe.ents:
            start, end = max(found.start_char, lo), min(found.end_char, hi)
            if start < end:
                span = doc.char_span(first.idx + start - lo, first.idx + end - lo, label=found.label_, alignment_mode="contract")
                if span is not None and len(span):
                    spans.append(span)
        return spans


# what the platform X is written before, after a possessive or an article ("her X account")
X_OWNERS = frozenset("his her their its my our your the an".split())  # noqa: SIM905
X_NOUNS = frozenset("account accounts post posts profile page feed handle thread user users followers".split())  # noqa: SIM905


@Language.factory("newsreact_entity_ruler")
def make_entity_ruler(nlp: Language, name: str) -> EntityRuler:
    return EntityRuler(nlp)


class EntityRuler:
    """Outlets, platforms (phrase list) and @handles, overriding the statistical NER."""

    def __init__(self, nlp: Language):
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[str]] = defaultdict(list)
        for label, phrase in load_patterns():
            by_label[label].append(phrase)
        for label, phrases in sorted(by_label.items()):
            self.phrases.add(label, [nlp.make_doc(p) for p in phrases])
        self.handles = Matcher(nlp.vocab)
        self.handles.add("HANDLE", [[{"TEXT": {"REGEX": HANDLE_PATTERN}}],
                                    # Reddit's "u/name", which the tokenizer cuts at the slash
                                    [{"LOWER": "u", "SPACY": False}, {"ORTH": "/", "SPACY": False},
                                     {"TEXT": {"REGEX": r"^[A-Za-z0-9_-]{3,20}$"}}]])
        self.org_names = Matcher(nlp.vocab)
        # (or with a second capital inside: "HomeCarers United", "HomeStay Properties")
        self.org_names.add("ORG", [[{"POS": "PROPN", "IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": sorted(ORG_HEADS)}}],
                                   [{"POS": "PROPN", "TEXT": {"REGEX": r"^[A-Z][a-z]+[A-Z][a-z]+$"}}, {"ORTH": {"IN": sorted(ORG_HEADS)}}],
                                   [{"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": ["the", "a", "an", *sorted(GAMES_EVENT_WORDS)]}, "OP": "+"},
                                    {"ORTH": "Games"}],
                                   # a force by its place, the force's word in lower case ("the Velbach police", "Mézières
                                   # municipal police", "the Arlanc gendarmerie"); not a nation's ("German police"); the
                                   # place a proper noun, or, inside a sentence, any capitalised word, whatever the tagger made of it
                                   *([{"LOWER": "the", "OP": "?"},
                                      {**place, "IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["NORP"]}, "LOWER": {"NOT_IN": sorted(NOT_A_FORCE_S_PLACE)}},
                                      {"LOWER": {"IN": ["municipal", "local", "city", "county", "regional"]}, "OP": "?"},
                                      {"ORTH": {"IN": ["police", "gendarmerie"]}}]
                                     for place in ({"POS": "PROPN"}, {"IS_SENT_START": False, "IS_ALPHA": True})),
                                   # a club by its opening word and its place ("TSV Haselbach", "Olympique Wortley")
                                   [{"ORTH": {"IN": sorted(CLUB_OPENERS)}}, {"IS_TITLE": True, "IS_ALPHA": True}],
                                   # "Harnlow Growers Co-operative", which the tokenizer cuts at the hyphen
                                   [{"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": ["the", "a", "an"]}, "OP": "+"},
                                    {"ORTH": "Co"}, {"ORTH": "-"}, {"LOWER": {"IN": ["operative", "op"]}}],
                                   [{"LOWER": "the"}, {"ORTH": "Co"}, {"ORTH": "-"}, {"LOWER": {"IN": ["operative", "op"]}}]])
        # a name the tagger read as common nouns before an organisation word ("Fernhollow Events
        # said", "Fernhollow" a NOUN): kept when no word of it is an English word (``__call__``)
        self.words = dictionary_words(nlp)
        self.org_names_read_as_nouns = Matcher(nlp.vocab)
        self.org_names_read_as_nouns.add("ORG", [[{"IS_TITLE": True, "IS_ALPHA": True, "POS": {"IN": ["NOUN", "ADJ", "VERB"]}, "OP": "+"},
                                                  {"ORTH": {"IN": sorted(ORG_HEADS)}}]])
        # "the Guild of Family Bakers", "the Bank of Tessaly": an organisation word, "of", a name
        self.org_of = Matcher(nlp.vocab)
        self.org_of.add("ORG", [[{"ORTH": {"IN": sorted(LEADING_ORG_HEADS)}}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"},
                                 {"IS_TITLE": True, "IS_ALPHA": True, "OP": "+"}]], greedy="LONGEST")
        # X, once Twitter, which the phrase list cannot hold (the letter is too common): "posted on
        # X", "wrote to X." ("on X Street", "on X-rays" and "Plan X" are not it)
        self.platform_x = Matcher(nlp.vocab)
        self.platform_x.add("ORG", [[{"LOWER": {"IN": ["on", "to", "from", "via", "onto"]}}, {"ORTH": "X"},
                                     {"IS_TITLE": False, "IS_UPPER": False, "ORTH": {"NOT_IN": ["-", "\u2013", "/"]}, "OP": "?"}]])
        # "his X account", "the airline's X account", "an X post" (not "Generation X users": a
        # possessive or an article before it)
        self.platform_x_of = Matcher(nlp.vocab)
        self.platform_x_of.add("ORG", [[{"LOWER": {"IN": sorted(X_OWNERS)}}, {"ORTH": "X"}, {"LOWER": {"IN": sorted(X_NOUNS)}}],
                                       [{"ORTH": {"IN": sorted(POSSESSIVE_MARKS)}}, {"ORTH": "X"}, {"LOWER": {"IN": sorted(X_NOUNS)}}]])

    def __call__(self, doc: Doc) -> Doc:
        found = [
            Span(doc, start, end, label=match_id, kb_id=RULER_KB)
            for matcher in (self.phrases, self.handles)
            for match_id, start, end in matcher(doc)
        ]
        # A name ending in an organisation word never cuts a longer NER name it lies inside
        # ("Kestrel Institute" in "the Kestrel Institute of Technology").
        found += [
            Span(doc, _determiner_before(doc, start), end, label="ORG", kb_id=RULER_KB)
            for _, start, end in self.org_names(doc)
            if not any(e.start <= start and end <= e.end and len(e) > end - start and not _only_determiner_more(e, start, end)
                       for e in doc.ents)
        ]
        found += [
            Span(doc, start, end, label="ORG", kb_id=RULER_KB)
            for _, start, end in self.org_names_read_as_nouns(doc)
            if self.words and not any(_a_word(t, self.words) for t in doc[start : end - 1])
            and not any(e.start <= start and end <= e.end and len(e) > end - start for e in doc.ents)
        ]
        found += [span for _, start, end in self.org_of(doc) if (span := self._organisation_of(doc, start, end)) is not None]
        found += [Span(doc, start + 1, start + 2, label="ORG", kb_id=RULER_KB) for _, start, end in self.platform_x(doc)
                  if end == start + 3 or start + 2 == len(doc)]
        found += [Span(doc, start + 1, start + 2, label="ORG", kb_id=RULER_KB) for _, start, _ in self.platform_x_of(doc)]
        found += [  # a lone organisation word the NER tagged as something else ("the Gazette")
            Span(doc, e.start, e.end, label="ORG", kb_id=RULER_KB)
            for e in doc.ents
            if len(e) == 1 and e.text in ORG_HEADS and e.label_ in NAME_LABELS
        ]
        if not found:
            return doc
        found = filter_spans(found)
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(found + kept, key=lambda s: s.start)
        return doc

    @staticmethod
    def _organisation_of(doc: Doc, start: int, end: int) -> Span | None:
        """An organisation word, "of" and a name (``LEADING_ORG_HEADS``), with the place or name
        before it ("Farnley Chamber of Commerce"), cut before a title or a person the NER found
        after it ("the Bank of Tessaly Governor Ann Lee"), when the NER
        called it something else or cut it; an organisation the NER found longer is left whole."""
        cut = next((i for i in range(start + 2, end) if doc[i].text in TITLES or doc[i].ent_type_ == "PERSON"), end)
        if cut <= start + 2 or (cut == start + 3 and doc[start + 2].lower_ == "the") or _title_case_line(doc, start):
            return None
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].text not in TITLES:
            start -= 1  # "Farnley Chamber of Commerce", "the Ostend Bank of Trade"
        for e in doc.ents:
            if e.label_ == "ORG" and e.start <= start and cut <= e.end and len(e) > cut - start:
                return None
        return Span(doc, _determiner_before(doc, start), cut, label="ORG", kb_id=RULER_KB)


def _words_written_as_places(doc: Doc) -> set[str]:
    """The capitalised words (lower-cased) the document writes anywhere as a place's name is
    written, tagged or not: before a common noun in lower case, as before what is there
    ("Wrenstall airport", "Pfrondsee ferry vote"), or after "the", as a lake's or a river's ("on
    the Pfrondsee")."""
    return {tok.lower_ for tok in doc if tok.is_title and (
        (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN" and doc[tok.i + 1].is_lower) or (tok.i > 0 and doc[tok.i - 1].lower_ == "the"))}


def _title_case_line(doc: Doc, i: int) -> bool:
    """Whether token ``i``'s sentence is written in Title Case, as headlines are ("Board Of
    Election Finds …"), so capitals do not mark names there: four words or more of four letters
    or more, none in lower case."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    words = [t for t in sent if t.is_alpha and len(t) >= 4]
    return len(words) >= 4 and not any(t.is_lower for t in words)


def _only_determiner_more(ent: Span, start: int, end: int) -> bool:
    """Whether an NER entity holds nothing but the name [start, end) and a "the" before it ("the
    Coast Gazette" tagged FAC): the organisation name wins, not the longer entity."""
    return ent.end == end and all(t.pos_ == "DET" for t in ent.doc[ent.start : start])


def _determiner_before(doc: Doc, start: int) -> int:
    """``start``, or one token earlier when the NER had taken the "the" before the name in."""
    before = doc[start - 1] if start > 0 else None
    return start - 1 if before is not None and before.pos_ == "DET" and before.ent_type_ else start


@Language.factory("newsreact_label_consistency")
def make_label_consistency(nlp: Language, name: str) -> LabelConsistency:
    return LabelConsistency(dictionary_words(nlp))


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The English words of the model's lemmatizer tables (nouns, verbs, adjectives, adverbs, in
    lower case): "leader", "journalism", "nominate" are words; "Remedios", "Blackstock" are not.
    Empty when the pipeline has no such lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for key in index for w in index[key])


def _a_word(token: Any, words: frozenset[str]) -> bool:
    """Whether ``token`` is an English word, plural or third-person forms too ("Justices", "Calls",
    "Celebrities")."""
    return _a_word_text(token.lower_, words)


# the last part of a German compound that names a body ("Heimatverein", "Kreisbauernverband",
# "Straßenmeisterei", "Umweltamt", "Stadtwerke", "Sparkasse"): a name opening with one is an
# organisation's, whatever the model took it for
GERMAN_BODY_ENDINGS = (
    "verein", "verband", "amt", "meisterei", "gesellschaft", "genossenschaft", "kammer", "behörde", "werke",
    "stiftung", "bund", "kasse", "anstalt", "ministerium", "gericht", "direktion", "präsidium", "polizei",
    "verwaltung", "club", "klub", "schule", "zunft",
)
# the German words of a firm's trade that end its name after the family's or the place's
# ("Rautenhof Wohnbau", "Bahnflächen Verwertung", "Riedgau Schienennetz"), none a surname's ending
GERMAN_FIRM_ENDINGS = (
    "wohnbau", "hochbau", "tiefbau", "verwertung", "netz", "technik", "logistik", "verlag", "immobilien",
    "versicherung", "vertrieb", "verkehr", "betriebe", "werke", "entsorgung", "bauträger", "reederei", "spedition",
)


def _a_german_body(word: str, words: frozenset[str], firm: bool = False) -> bool:
    """Whether a capitalised word is a German compound naming a body (``GERMAN_BODY_ENDINGS``),
    at least four letters before the ending ("Zollamt", not "Dreamt"), three before one of six
    letters or more ("Kurverwaltung"), and no English word; with ``firm``, a firm's trade ending
    the last word of its name (``GERMAN_FIRM_ENDINGS``), which may be the trade's word alone
    ("Verwertung")."""
    lower = word.lower()
    return (word[:1].isupper() and word.isalpha() and not _a_word_text(lower, words)
            and any(lower.endswith(end) and ((firm and lower == end) or len(lower) >= len(end) + (3 if len(end) >= 6 else 4))
                    for end in (GERMAN_FIRM_ENDINGS if firm else GERMAN_BODY_ENDINGS)))


# words for a body that French, Spanish and Italian names put before "de" and its town or trade
# ("Cerf-Volant Club de Quimorlay", "Centre hospitalier de Sauvagnac", "Amicale Bouliste de …")
ROMANCE_BODY_WORDS = frozenset(
    "Club Centre Centro Comité Comite Cercle Amicale Entente Association Société Societe Syndicat Union Fédération "  # noqa: SIM905
    "Federation Collège Lycée Musée Hôpital Hopital Mairie Ayuntamiento Comune Banco Banque".split()
)
ROMANCE_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "del", "della", "di", "dei"})


def _a_romance_body(ent: Span) -> bool:
    """Whether a name of three words or more has a body's word, then "de" or its like, inside it
    ("the Cerf-Volant Club de Quimorlay", "Centre hospitalier de Sauvagnac"): no person's name."""
    return len(ent) >= 3 and any(
        ent[k].text in ROMANCE_BODY_WORDS and any(t.lower_ in ROMANCE_PARTICLES for t in ent[k + 1 : k + 3])
        for k in range(len(ent) - 2))


# the last words of bodies a town gives its name to (clubs, councils, police, schools, churches)
TOWN_BODY_HEADS = CLUB_HEADS | frozenset(
    "Club RFC RUFC Council Committee Authority Police Constabulary Society Association League School Church Trust".split()  # noqa: SIM905
)


def _brand_words(doc: Doc, ents: list[Span]) -> set[str]:
    """The first words (lower case) that open one organisation name only, a firm's, of three words
    or more or ending in an organisation word ("amberpaw" of "Amberpaw Veterinary Partners"; not a
    person's name the model called an organisation, "Seonag Honeyball", nor a club's or a public
    body's, which a town names: "The Stannerbrook captain" of "Stannerbrook Rowing Club"), and
    never follow a word that makes them a place ("at Stannerbrook", "from Stannerbrook Town
    Council")."""
    opened: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        words = name_key(e.text).split()
        if e.label_ == "ORG" and len(words) >= 2 and e[-1].text in TOWN_BODY_HEADS:
            opened[words[0]].add("")
        elif e.label_ == "ORG" and len(words) >= 2 and (len(words) >= 3 or e[-1].text in ORG_HEADS):
            opened[words[0]].add(" ".join(words))
        elif e.label_ == "ORG" and len(words) >= 2:
            opened[words[0]].add("")  # a two-word name of no organisation word: not a brand's
    placed = {t.lower_ for t in doc[1:] if doc[t.i - 1].lower_ in PLACE_PREPOSITIONS}
    return {w for w, names in opened.items() if len(names) == 1 and "" not in names and w not in placed}


def _a_word_text(lower: str, words: frozenset[str]) -> bool:
    """``_a_word`` for a lower-case string ("cruises", "bakeries")."""
    if lower in words or (lower.endswith("s") and lower[:-1] in words) or (lower.endswith("es") and lower[:-2] in words):
        return True
    return lower.endswith("ies") and lower[:-3] + "y" in words  # "Celebrities"


class LabelConsistency:
    """One label per name in a document, decided by evidence; bare surnames of known people tagged PERSON."""

    def __init__(self, words: frozenset[str] = frozenset()):
        self.words = words  # ``dictionary_words``: which capitalised words are no one's first name

    def __call__(self, doc: Doc) -> Doc:
        found = doc.ents
        nicknamed = quoted_nickname_names(doc)  # `Dale "Wrecker" Whitby`, which the model cuts up
        if nicknamed:
            inside = {i for s in nicknamed for i in range(s.start, s.end)}
            found = tuple(sorted([e for e in found if not any(i in inside for i in range(e.start, e.end))] + nicknamed,
                                 key=lambda s: s.start))
        # an animal or a machine the article names ("Nutmeg, a standard poodle,", "her horse Sir
        # Tantivy", "its locomotive, Sir Pellinore,"): no person or organisation, at any mention
        beasts = {name_key(e.text) for e in found if e.label_ in NAME_LABELS and _named_as_a_beast_or_machine(doc, e)}
        ents = [_without_opening_role(doc, e, self.words) for e in found
                if not _is_common_noun(doc, e) and not _a_family_word(e) and not (beasts and name_key(e.text) in beasts)]
        ents = _particle_names(doc, ents)  # "Gwen Le Skelwick", which the model cuts at "Le"
        ents = _defined_by_initials(doc, ents)  # "Harnlow Fire and Rescue Service (HFRS)", the model's "Harnlow Fire" a person
        ents = _names_holding_and(doc, ents) or ents  # "the Harbour and Bridges Board" the model or the ruler found from "Bridges"
        ents = _with_place_before(doc, ents)  # "Fenholt Fire and Rescue Service" read from "Fire"
        ents = _two_names_joined_by_and(doc, ents)  # "Quorndon and City Council at odds": two bodies the NER made one
        ents = [_without_leading_word(e, ents) for e in ents]  # "Without Tillstone nobody …": "Tillstone"
        ents = _with_postnominals(doc, ents)
        ents = _surnames_taken_for_dates(doc, ents, self.words)  # "Cllr Lancelot Hockaday", "Hockaday" a DATE (or "Kerbraté" a NORP)
        changed = bool(nicknamed) or len(ents) != len(found) or any(a is not b for a, b in zip(ents, found))
        ents, widened = _first_names_missed(doc, ents, self.words)
        changed = changed or widened
        aged = _aged_names_missed(doc, ents)
        opening = _first_names_read_as_peoples(doc, ents, self.words)
        missed = _names_missed(doc, [e for e in ents if e not in opening] + aged, self.words)
        if opening:
            # "Rhydian" (NORP) + "Grisedale", who …: the person's name when the rules find one there
            named = {m.start for m in missed if m.label_ == "PERSON"}
            kept = [e for e in opening if e.start not in named]
            missed = [m for m in missed if not any(m.start <= e.start < m.end for e in kept)]
            ents = [e for e in ents if e not in opening or e.start not in named]
        aged += missed
        aged += _organisations_missed(doc, ents + aged)
        aged = [_without_opening_role(doc, span, self.words) for span in aged]  # "Ferryman Tomos Gwilt, 58,"
        if aged:
            ents = _first_names_taken_for_places(sorted(ents + aged, key=lambda s: s.start))
            ents = _surnames_taken_for_dates(doc, ents, self.words)  # "Capt. Anselme" found, "Kerbraté" a NORP
            changed = True
        nicknames, declared = self._nicknames(doc, ents, nicknamed)
        if declared:
            ents = sorted(ents + declared, key=lambda s: s.start)
            changed = True
        judged = [e for e in ents if e.kb_id_ != RULER_KB and e.label_ in NAME_LABELS and name_key(e.text)]
        trades = {name_key(e.text) for e in judged if e.label_ == "PERSON" and _named_for_its_trade(doc, e, self.words)}
        person_keys = [name_key(person_name(e.text)).split() for e in judged if e.label_ == "PERSON" and name_key(e.text) not in trades]
        fulls = [words for words in person_keys if len(words) >= 2]
        surnames = {words[-1]: "PERSON" for words in fulls}
        # a surname with its particles ("le wellock" of "Gwen Le Wellock") is one too
        surnames |= {" ".join(words[k:]): "PERSON" for words in fulls for k in range(1, len(words) - 1)
                     if words[k] in NAME_PARTICLES and words[k - 1] not in NAME_PARTICLES}
        first_names = {words[0] for words in fulls}
        full_words = {w for words in fulls for w in words}
        org_words = {w for e in ents if e.label_ == "ORG" and len(name_key(e.text).split()) >= 2 for w in name_key(e.text).split()}
        brands = _brand_words(doc, ents) if any(e.label_ == "NORP" and len(e) == 1 for e in ents) else set()
        signers = {e.end for e in ents if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].text in DASHES}
        clubs = {name_key(e.text).split()[0] for e in ents if e.label_ == "ORG" and len(e) >= 2 and e[-1].text in CLUB_HEADS}
        kinds = _nouns_after_the(doc)
        lone_people = {name_key(e.text) for e in judged if e.label_ == "PERSON" and len(e) == 1}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        longest: dict[str, tuple[int, str]] = {}
        evidenced: set[str] = set()  # names with a title or an age: people
        kin_named: set[str] = set()  # one-word names with a relative ("Morwen’s mother")
        businesses: set[str] = set()  # one-word names written as a company's ("Pixhold shares")
        described: set[str] = set()  # names the model tagged a place that the writer calls an organisation
        places: set[str] = set()  # one-word names written where something is ("in Tessworth")
        for ent in judged:
            key = name_key(ent.text)
            kin_of = len(ent) == 1 and _kin_possessed(doc, ent.end)  # "Morwen’s mother": often a first name alone
            if kin_of:
                kin_named.add(key)
            if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text in FIRM_OPENERS:
                # "Boulangerie Ostry", "Autohaus Wellock": a French or German firm's kind, then its
                # name; before the evidence of a person, since the name is often the founder's
                # ("Maison Vantrell" beside "Clothilde Vantrell" shares her surname)
                votes[key]["ORG"] += 3
            elif _a_romance_body(ent):
                # "The kite’s owners, the Cerf-Volant Club de Quimorlay,": a club "de" its town,
                # whatever the apposition or the model says, not a person
                votes[key]["ORG"] += 3
            elif (_has_title(doc, ent) or _age_follows(doc, ent) or _kin_follows(doc, ent.end) or kin_of
                    or _shares_a_surname(doc, ent, ents) or _who_follows(doc, ent, self.words) or _a_role_apposed(ent)
                    or _kin_before(doc, ent) or _says_he_or_she(ent)):
                votes[key]["PERSON"] += 3  # "Mr Duysak", "Lusby, 51,", "Lee, whose son …" is a person whatever the NER said
                evidenced.add(key)
            elif _a_work_with_her_own(ent):
                votes[key]["PERSON"] += 3  # "Loveday Dimmock still cannot hold a teacup in her right hand" tagged a work of art
            elif ent.label_ in ORIGIN_MISTAKES and len(ent) == 1 and key not in full_words and _after_origin_phrase(doc, ent):
                votes[key]["GPE"] += 3  # "a reader from Harrogate" names a place
            elif ent.label_ in NAME_LABELS and len(ent) == 1 and key not in full_words and _signers_hometown(doc, ent, signers):
                votes[key]["GPE"] += 3  # "— Jo Bloggs, Harrogate" signs a reader's letter with a town
            elif len(ent) == 1 and key in clubs and key not in full_words:
                votes[key]["ORG"] += 3  # "Stanmoor" after "Stanmoor Athletic": the club
            elif _described_as_organisation(doc, ent) or _initials_of_an_organisation(ent, ents):
                votes[key]["ORG"] += 3  # "the ticketing site Ovatix", "Ovatix, the ticketing platform,"; "HBSA"
                one_word = ent.label_ == "PERSON" and len(ent) == 1 and first_name_gender(ent.text) is None
                if (ent.label_ in PLACE_LABELS or one_word) and (
                    _org_noun_before(doc, ent) or _org_noun_apposed_before(doc, ent) or _org_noun_right_after(doc, ent)
                ) or (one_word and any(_an_organisation_noun(n, ent) for n in apposed_nouns(ent))):
                    # "the Bristol label Quenwick", "the operator, Quenwick", "Quenwick, the telecoms
                    # giant,": however often the model says a place or a person; for a one-word
                    # name tagged a person that is no known first name, an apposition after it too
                    # ("Gamellio, the Lyon start-up behind the Duo feeder,")
                    described.add(key)
            elif (len(ent) == 1 and key in first_names and key not in full_words - first_names
                  and (_a_first_name_alone(ent) or _a_person_not_a_place(doc, ent, judged)
                       or (ent.label_ == "ORG" and key not in org_words and not _a_word(ent[0], self.words)))):
                votes[key]["PERSON"] += 3  # "Esmerelda" tagged NORP where the article names "Esmerelda Tolliver"
            elif len(ent) == 1 and key not in full_words and _owns_a_business(doc, ent):
                businesses.add(key)  # "Shares in Pixhold fell", "Pixhold's chief executive": a company
            elif key not in full_words and key not in first_names and _a_publication(doc, ent):
                businesses.add(key)  # ", Markwell has learned", "he told the Clarion": a newspaper, not a person
            elif len(ent) == 1 and key not in full_words and key not in first_names and _where_something_is(doc, ent):
                places.add(key)  # "a new stand in Tessworth": a place, however often the model says an organisation
            elif ent.label_ == "PERSON" and _named_for_its_kind(ent, kinds, self.words):
                votes[key]["ORG"] += 3  # "Marlpit Aquarium said …; the aquarium opened": a body, not a person
            elif len(ent) == 1 and ent[0].text in ORG_HEADS and ent[0].text not in TITLES:
                votes[key]["ORG"] += 3  # "Council concedes …" tagged PERSON: an organisation's word alone names one
            elif ent.label_ in {"WORK_OF_ART", "PRODUCT"} and len(ent) >= 2 and ent[-1].text in BODY_ENDINGS:
                votes[key]["ORG"] += 3  # "The Bedesmen's Guild" tagged a work of art: a body's word ends it
            elif ent.label_ == "PERSON" and _paired_with_an_organisation(doc, ent, ents):
                votes[key]["ORG"] += 3  # "the Harnlow Gazette and the Kelby Tattler": the same kind as its pair
            elif ent.label_ == "NORP" and len(ent) == 1 and key in brands and not _a_word(ent[0], self.words):
                votes[key]["ORG"] += 3  # "Amberpaw" tagged NORP beside "Amberpaw Veterinary Partners": no nation's word
            elif key in trades:
                votes[key]["ORG"] += 3  # "Cobbold Wheelwrights", "Harnlow Drapers": a family's or a place's name, then its trade
            elif ent.label_ in NAME_LABELS and len(ent) >= 2 and (_a_german_body(ent[int(ent[0].lower_ == "the")].text, self.words)
                                                                  or _a_german_body(ent[-1].text, self.words, firm=True)):
                # "Mühlenverein Harsefeld", "Straßenbauamt Lenne": a German body's compound, then its
                # place; "Rautenhof Wohnbau", "Riedgau Schienennetz": a name, then the firm's trade
                votes[key]["ORG"] += 3
            elif ent.label_ == "PERSON" and key not in full_words and _a_thing_with_the(doc, ent):
                votes[key]["LOC"] += 3  # "the Tessle burst its banks": people are not "the Tessle"
            elif _first_and_last_name(ent, self.words) or _full_name_of(ent, lone_people, self.words):
                votes[key]["PERSON"] += 3  # "Elroy Quarmby": a first name no English word, then a surname
            votes[key][ent.label_] += 1
            if len(ent) > longest.get(key, (0, ""))[0]:
                longest[key] = (len(ent), ent.label_)
        for key in nicknames & votes.keys():
            votes[key]["PERSON"] += 3  # "Skipper" once "Ruarc Penhallow, known as Skipper": the person, not a boat
            evidenced.add(key)
        for key, counter in votes.items():
            words = key.split()
            particle_surnames = {" ".join(words[k:]) for k in range(1, len(words) - 1) if words[k] in NAME_PARTICLES}
            if words[0] in FIRM_OPENER_KEYS:
                continue  # "Maison Vantrell" beside "Madame Vantrell": the house named after her
            if len(words) >= 2 and (words[-1] in evidenced or particle_surnames & evidenced):
                counter["PERSON"] += 3  # "Ms Carty" makes "Aisling Carty" a person too, "Mr de Wellock" "Gwen de Wellock"
            elif len(words) == 2 and words[0] in kin_named and self.words and not (set(words) & self.words):
                counter["PERSON"] += 3  # "Morwen’s mother" makes "Morwen Quillet" one too (not "Trump Tower": English words)
        for key in surnames.keys() & votes.keys():
            votes[key]["PERSON"] += 2  # the full name's label carries to its surname...
            longest[key] = (len(doc), "PERSON")  # ...and wins a tie: its full name is the longest form
        decided = {
            key: min(counter.items(), key=lambda kv, key=key: (-kv[1], kv[0] != longest[key][1], kv[0]))[0]
            for key, counter in votes.items()
        }
        for key in surnames.keys() & votes.keys() - org_words:
            decided[key] = "PERSON"  # a person's surname no organisation name of the document holds
        for key in evidenced & first_names & votes.keys() - org_words - places - businesses - described:
            if " " not in key:
                decided[key] = "PERSON"  # "Orlando's mother" beside "Orlando Quickthorn": his first name, whatever the model says
        for key in (businesses | described) - evidenced - surnames.keys():
            decided[key] = "ORG"  # however often the model tagged it otherwise: people have no shares
        # for the other documents of the corpus, which may tag it a place without saying what it is
        # (a list: user_data crosses processes as msgpack, which has no sets)
        doc.user_data[DESCRIBED_ORGS] = sorted(k for k in described - evidenced - surnames.keys() if " " not in k)
        for key in places - businesses - described - evidenced - surnames.keys() - clubs:
            decided[key] = "GPE"  # "in Tessworth" makes every "Tessworth" of the document the town
        # for the other documents, which may name the firm it opens without saying where it is
        written = _words_written_as_places(doc)
        doc.user_data[PLACED_NAMES] = sorted(k for k in votes if " " not in k and (k in places or k in written))
        # a one-word name that opens the name of a body of its place ("Keddleport" beside
        # "Keddleport Angling Society", "Quillerton" beside "Quillerton City Council") and no
        # firm's name is the place, however often the model tagged it an organisation
        of_a_place = place_body_openers(name_key(e.text).split() for e in ents if e.label_ == "ORG" and len(e) >= 2)
        for key in of_a_place & decided.keys() - businesses - described - evidenced - surnames.keys() - clubs - full_words:
            if decided[key] == "ORG":
                decided[key] = "GPE"
        # the same two rules for names the evidence above made people or organisations
        people = {k.split()[-1] for k, label in decided.items() if label == "PERSON" and len(k.split()) >= 2}
        decided_org_words = {w for k, label in decided.items() if label == "ORG" and len(k.split()) >= 2 for w in k.split()}
        for key in people & votes.keys() - decided_org_words - surnames.keys():
            decided[key] = "PERSON"  # "Quiroga" once "Lidia Quiroga" is a person by evidence
        # and a first name alone the model called an organisation, no English word, once the
        # full name is a person by evidence ("“Everybody knows Wenna …”" beside "Mrs Wenna Quarmby")
        firsts = {k.split()[0] for k, label in decided.items() if label == "PERSON" and len(k.split()) >= 2}
        for key in firsts & votes.keys() - decided_org_words - surnames.keys() - first_names:
            if decided[key] == "ORG" and " " not in key and not _a_word_text(key, self.words):
                decided[key] = "PERSON"
        orgs = {k for k, label in decided.items() if label == "ORG"} | {name_key(e.text) for e in ents if e.label_ == "ORG"}
        # a firm's name ends in a company word or an English one ("Quenbury Systems", "Quorndon Bakeries")
        firms = [k for k in orgs if " " in k and ((last := k.split()[-1]) in ORG_HEAD_KEYS or _a_word_text(last, self.words))]
        for key, label in list(decided.items()):
            if label == "PERSON" and key not in evidenced and key not in full_words and any(f.startswith(key + " ") for f in firms):
                decided[key] = "ORG"  # "Ashby Crest" beside "Ashby Crest Capital", "Quenbury" beside "Quenbury Systems": the firm, short
            elif (label in PLACE_LABELS | {"NORP"} and " " not in key and key not in places | evidenced | full_words | clubs
                  and not (label == "NORP" and _a_word_text(key, self.words))  # "German Veterinary Partners": a nation's word stays one
                  and any(f.startswith(key + " ") for f in firms if f.split()[-1] in COMPANY_HEAD_KEYS)
                  and key not in written):
                # "Goldlane said" beside "Goldlane Lotteries": no place the article puts anything in
                # (but "at Wrenstall airport" beside "Wrenstall Airport Ltd" is where the airport is,
                # and "on the Pfrondsee" beside "the Pfrondsee Shipping Company" is the lake)
                decided[key] = "ORG"
        # a side's or a team's last word alone after "the" ("the Maids" after "the Brennock Maids",
        # "the Stoats' owner" after "the Ollerbridge Stoats"), which the model tags a group or a
        # place: the organisation, a plural (not a national party's members, "the Democrats"
        # beside "College Democrats")
        tails = {k.split()[-1] for k, label in decided.items() if label == "ORG" and len(k.split()) >= 2}
        after_the = {name_key(e.text) for e in judged if len(e) == 1 and e.start > 0 and doc[e.start - 1].lower_ == "the"}
        for key, label in list(decided.items()):
            if label in {"NORP", "LOC"} and key in tails & after_the - PARTY_PLURALS and key.endswith("s") and key not in evidenced | places:
                decided[key] = "ORG"
        # a building's name whose own word the article writes alone as an organisation ("the
        # Kunsthalle Altenmoor" tagged FAC, then "Kunsthalle said"): the institution in it
        alone = {k for k, label in decided.items() if label == "ORG" and " " not in k and not _a_word_text(k, self.words)}
        for key, label in list(decided.items()):
            words = key.split()
            ends = {words[0], words[-1]}
            if label == "FAC" and len(words) >= 2 and key not in evidenced and ends & alone and not any(
                    k != key and " " in k and {k.split()[0], k.split()[-1]} & ends for k in decided):
                decided[key] = "ORG"
        new_ents: list[Span] = []
        for ent in ents:
            label = decided.get(name_key(ent.text)) if ent.kb_id_ != RULER_KB and ent.label_ in NAME_LABELS else None
            if label and label != ent.label_:
                relabelled = Span(doc, ent.start, ent.end, label=label)
                # "Baker Osric Pellow, 52," the model called a bakery: the person, without the role
                new_ents.append(_without_opening_role(doc, relabelled, self.words) if label == "PERSON" else relabelled)
                changed = True
            else:
                new_ents.append(ent)
        titled = {k: "PERSON" for k in evidenced if " " not in k and decided.get(k) == "PERSON"}
        # and the surnames of full names the evidence made people ("Denzel Quarrie, 38," tagged a
        # place), but no word of an organisation's name, which may be the firm's or a family's the
        # model tagged a firm
        decided_surnames = {k.split()[-1]: "PERSON" for k, label in decided.items()
                            if label == "PERSON" and len(k.split()) >= 2 and k.split()[-1] not in org_words | decided_org_words}
        added = self._surnames_missed(doc, new_ents, surnames | titled | decided_surnames, org_words)  # "Ms Pell" -> "Pell", then "Ada Pell"
        added += _knighted_first_names(doc, new_ents + added)  # "Dame Ysolde" after "Dame Ysolde Marrack"
        if added:
            new_ents = sorted(new_ents + added, key=lambda s: s.start)
            changed = True
        short = _short_names_missed(doc, new_ents, self.words)  # "Crannock, which …" after "Crannock Foods plc"
        bodies = _bodies_missed(doc, new_ents + short, full_words | first_names, self.words)  # "told Tallowby", "Oakby, a roofing firm,"
        if short or bodies:
            # the body's name wherever else the model tagged it otherwise, bar a person's by evidence
            named = {b.text for b in bodies}
            new_ents = [Span(doc, e.start, e.end, label="ORG") if len(e) == 1 and e.text in named and e.label_ != "ORG"
                        and name_key(e.text) not in evidenced else e for e in new_ents]
            new_ents = sorted(new_ents + short + bodies, key=lambda s: s.start)
            changed = True
        couples = [piece for ent in new_ents for piece in _split_couple(doc, ent)]
        if len(couples) != len(new_ents):
            new_ents, changed = couples, True  # "Rosa and Tobias Fenn": two people
        if changed:
            # "• Agnes Pell, 45:": "Pell" found as a surname only; "Kwesi Mweru", "Mweru" tagged GPE until now
            new_ents, _ = _first_names_missed(doc, new_ents, self.words, frozenset(a.start for a in added))
        joined = _join_split_names(doc, new_ents, self.words)
        if changed or [(e.start, e.end, e.label_) for e in joined] != [(e.start, e.end, e.label_) for e in new_ents]:
            doc.ents = joined
        if roles := _opening_roles(doc, self.words):
            doc.user_data[OPENING_ROLES] = roles
        return doc

    @staticmethod
    def _nicknames(doc: Doc, ents: list[Span], nicknamed: list[Span]) -> tuple[set[str], list[Span]]:
        """The keys of the document's nicknames (in quotation marks inside a name, or declared
        after one: ``declared_names``) and the declared ones no entity covers yet, as PERSON."""
        keys = {name_key(doc[s.start + 2 : s.end - 2].text) for s in nicknamed}
        taken = {i for e in ents for i in range(e.start, e.end)}
        missed = []
        for span, owner in declared_names(doc, ents):
            if span.label_ == "PERSON":
                keys.add(name_key(span.text))
                keys.add(name_key(owner.text))  # a nickname's owner is a person, whatever the model said
                if not any(i in taken for i in range(span.start, span.end)):
                    missed.append(span)
        return keys, missed

    def _surnames_missed(self, doc: Doc, ents: list[Span], surnames: dict[str, str], org_words: set[str]) -> list[Span]:
        """The document's surnames where the model tagged nothing: a proper noun, or a word the
        tagger read as a common noun opening a sentence ("Pellow said", "Pellow, 61, …"): one no
        English word, or one followed by an age, ", who" or a speech verb ("Bellows, 52,": a word,
        here the surname of the "Ada Bellows" before), and no word of an organisation's
        name (a family firm's headline "Pellow …" is as likely the firm's). One followed by an
        organisation word the model left untagged is that firm, an ORG of the two words ("the
        start-up Odunsi Health" beside its founder Temi Odunsi)."""
        if not surnames:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        added = []
        for token in doc:
            if token.i in taken or not token.text[:1].isupper() or token.text.casefold() not in surnames:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].text in SURNAME_FIRM_ENDS and token.i + 1 not in taken:
                # "the start-up Odunsi Health" beside its founder Temi Odunsi: the firm's name, untagged
                added.append(Span(doc, token.i, token.i + 2, label="ORG"))
                continue
            if token.pos_ == "PROPN" or (token.is_title and token.is_alpha and token.lower_ not in org_words
                                         and _named_like_a_person(doc, token, self.words)):
                added.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        return added


# words that end a firm named after its founder ("Odunsi Health"): ``ORG_HEADS``, and words too
# common as the end of other names for it ("Callowmere Community Health NHS Trust")
SURNAME_FIRM_ENDS = ORG_HEADS | frozenset({"Health"})


def _named_like_a_person(doc: Doc, token: Any, words: frozenset[str]) -> bool:
    """Whether a capitalised word the tagger did not read as a proper noun is used as a name: no
    English word, or followed by an age, ", who" or a speech verb."""
    if not _a_word(token, words):
        return True
    rel = relative_after(doc, token.i + 1)
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (is_age(doc, token.i + 1) or (rel is not None and rel.lower_ == "who")
            or (nxt is not None and nxt.lemma_ in load_speech_verbs() and nxt.pos_ == "VERB"))


def _knighted_first_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A first name after "Sir" or "Dame" that the model tagged nothing, where the document names
    a person so in full ("Dame Ysolde said" after "Dame Ysolde Marrack"): that person, as the
    British write a knight or dame on second mention."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    fulls = [name_key(person_name(e.text)).split() for e in ents if e.label_ == "PERSON"]
    first_names = {words[0] for words in fulls if len(words) >= 2}
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc[1:]
            if t.i not in taken and doc[t.i - 1].text in FIRST_NAME_TITLES and t.is_title and t.is_alpha
            and t.text.casefold() in first_names]


NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _before_comma(doc: Doc, start: int, end: int) -> int:
    """Where a PERSON entity the model ran past a comma should end: a name holds no comma ("Dana
    Pole, Cardiff" signing a letter is a name and a town), except before a suffix ("King, Jr.")."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "," and doc[i + 1].lower_ not in NAME_SUFFIXES:
            return i
    return end


def _starts_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence or paragraph (by the preceding token: works unparsed)."""
    if i == 0:
        return True
    before = doc[i - 1]
    return before.is_space or before.text in _SENTENCE_ENDS


def _says_he_or_she(ent: Span) -> bool:
    """A name of two words or more, the subject of a speech verb whose reported clause's subject
    is "he" or "she" ("The ferryman, Brigham Wendel, said he had moored early"): a person
    speaking of themselves; a body says "it" or "we". Not a name the writer calls an
    organisation ("Harnlow Otter Rescue, the charity caring for him, said he was eating"): a
    body speaks of others too."""
    if _described_as_organisation(ent.doc, ent):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.i < root.i:
        root = root.head  # "The ferryman, Brigham Wendel, said": the subject the name is set beside
    if len(ent) < 2 or root.dep_ != "nsubj" or root.head.pos_ != "VERB" or verb_lemma(root.head) not in load_speech_verbs():
        return False
    clauses = [c for c in root.head.children if c.dep_ == "ccomp"]
    return any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in {"he", "she"} for c in clauses for g in c.children)


def _a_work_with_her_own(ent: Span) -> bool:
    """A name of two capitalised words the model tagged a work of art or a product, the subject
    of a verb whose own words hold "her" or "his" ("Loveday Dimmock still cannot hold a teacup in
    her right hand"): a person, not a title. Not one in quotation marks or after "the"."""
    doc = ent.doc
    if ent.label_ not in {"WORK_OF_ART", "PRODUCT"} or len(ent) != 2 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ == "the" or before.text in EDGE_MARKS):
        return False
    # the subject word, wherever the parser hung the other ("Loveday" an adverbial of "hold")
    subject = next((t for t in ent if t.dep_ in {"nsubj", "nsubjpass"} and not ent.start <= t.head.i < ent.end), None)
    if subject is None or subject.head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(t.dep_ == "poss" and t.lower_ in {"her", "his"} for t in subject.head.subtree if t.i >= ent.end)


def _paired_with_an_organisation(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """A name written with "the" and joined by "and" or "or" to an organisation's name also
    written with "the" ("the Harnlow Gazette and the Kelby Tattler", "the Tattler or the
    Gazette"): the same kind of thing as its pair; people are not "the" anything."""
    def the_at(span: Span) -> int | None:  # where the "the" of a name is, in it or right before it
        if span[0].lower_ == "the":
            return span.start
        return span.start - 1 if span.start >= 1 and doc[span.start - 1].lower_ == "the" else None

    the = the_at(ent)
    if the is None:
        return False
    orgs = [e for e in ents if e.label_ == "ORG" and the_at(e) is not None]
    joined = the >= 1 and doc[the - 1].lower_ in {"and", "or"}
    if joined and any(e.end == the - 1 for e in orgs):
        return True  # "the Harnlow Gazette and the <ent>"
    after = ent.end
    return after < len(doc) and doc[after].lower_ in {"and", "or"} and any(the_at(e) == after + 1 for e in orgs)


def _named_for_its_trade(doc: Doc, ent: Span, words: frozenset[str]) -> bool:
    """Two or three capitalised words ending in the plural of an English noun, the first no
    listed first name nor title ("Cobbold Wheelwrights", "Harnlow Drapers", "Quorndon Sail
    Makers"): a firm by its trade, not a person; not "Ada Banks" nor "Mr Banks", nor a name
    whose last word the document also writes without the first ("Ropers said", "Mr Ropers",
    "of Ropers Joinery"), as a person's surname is written."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent) or not words:
        return False
    first, last = ent[0], ent[-1]
    if first_name_gender(first.text) is not None or first.text.rstrip(".") in TITLES:
        return False
    lower = last.lower_
    # the plural of an English noun by "s" or "ies" ("Wheelwrights", "Distilleries"); not by "es",
    # which surnames end in ("Barnes", "Holmes")
    if not (lower.endswith("s") and not lower.endswith("ss") and lower not in words
            and (lower[:-1] in words or (lower.endswith("ies") and lower[:-3] + "y" in words))):
        return False
    before = doc[last.i - 1].lower_
    return not any(t.lower_ == lower and t.i != last.i and (t.i == 0 or doc[t.i - 1].lower_ != before) for t in doc)


def _a_thing_with_the(doc: Doc, ent: Span) -> bool:
    """A one-word name the model tagged PERSON written with "the" as the head of its phrase ("the
    Tessle burst its banks", "after the Tessle rose"): a river, a ship, a building, not a person
    (not a title: "the Pope"; not a name modifying a noun: "the Trump campaign")."""
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].text != "the":
        return False
    token = ent[0]
    return token.text not in TITLES and token.dep_ not in {"compound", "poss", "amod", "nmod"}


# what a newspaper has that a river or a ship has not ("the Clarion's newsdesk")
PUBLICATION_NOUNS = frozenset("newsdesk reporter reporters editor editors readers website journalist journalists".split())  # noqa: SIM905
# what a newspaper does: reports, reveals, learns (a person's "said" is no evidence)
REPORTING_VERBS = frozenset({"report", "reveal", "learn"})


def _a_publication(doc: Doc, ent: Span) -> bool:
    """A one-word name written as a newspaper's (the caller keeps to names no full name of the
    document holds, no one's first name): closing a report as ", Tallowby has learned." (a
    person learns something, or to do something); told something, right after "told" ("told
    Podium", "told the Clarion": people told something are named in full, or "Mr …"); or,
    written with "the" (``_a_thing_with_the``), spoken to, cited, reporting or owning a
    newsdesk: "speaking to the Clarion", "according to the Clarion", "the Clarion reported",
    "the Clarion's newsdesk". Not a title ("told the Pope")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 1 or not words[0].is_title or words[0].text in TITLES:
        return False
    tok = words[0]
    after = doc[ent.end : ent.end + 3]
    if (ent.start > 0 and doc[ent.start - 1].text == "," and len(after) >= 2 and after[0].lower_ in {"has", "have"}
            and after[1].lower_ in {"learned", "learnt"} and (len(after) == 2 or after[2].text in {".", ","})):
        return True
    head = tok.head
    before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].lower_ == "the" else doc[tok.i - 1] if tok.i >= 1 else None
    if tok.dep_ in {"dobj", "dative"} and head.lemma_ == "tell" and before is not None and before.i == head.i:
        return True  # "told Podium", "told the Clarion": right after the verb
    if not (ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")):
        return False
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in {"speak", "talk", "according"}:
        return True
    if tok.dep_ == "nsubj" and head.lemma_ in REPORTING_VERBS:
        return True
    j = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_MARKS else 0)
    return j > ent.end and j < len(doc) and doc[j].lower_ in PUBLICATION_NOUNS


# endings of English nouns for what someone does ("pensioner", "moderator", "ferryman", "columnist")
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "aire")


def _without_opening_role(doc: Doc, ent: Span, words: frozenset[str]) -> Span:
    """A PERSON entity of three words or more that opens a sentence with a word for what the
    person does, capitalised only by its place ("Ferryman Tomos Gwilt, 58, said", "Moderator
    Hugh Hewitt"), without that word: an English word with an agent's ending
    (``AGENT_ENDINGS``), not a title and not a known first name ("Ted", "Sandy", "Marshall" and
    "Hillary" are English words too; "Peter" has the ending and is a first name), nor before an
    initial ("Hunter S. Tolley"). Mid-sentence the rule would cut "Luther" and "Manchester"
    (PolNeAR train), so a title-like capital there stays. A word of kin (``OPENING_KIN``) is cut
    from a name of two words too ("Daughter Jessamine, 31,")."""
    kin = ent[0].is_title and ent[0].lower_ in OPENING_KIN  # "Daughter Jessamine Lee", "Grandad Ebenezer Lee": two words will do
    if (ent.label_ != "PERSON" or len(ent) < (2 if kin else 3) or not _starts_sentence(doc, ent.start)
            or not (kin or _role_word(ent[0], words))
            or not ent[1].is_title or len(ent[1].text.rstrip(".")) < 2):  # "Hunter S. Thompson" keeps "Hunter"
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_, kb_id=ent.kb_id_)


def _role_word(tok: Any, words: frozenset[str]) -> bool:
    """A capitalised English word for what someone does (an agent's ending, ``AGENT_ENDINGS``):
    not a title ("Senator", "Director") and not a known first name ("Peter", "Hunter")."""
    return (tok.is_title and tok.text.rstrip(".") not in TITLES and tok.text not in HONORIFICS and _a_word(tok, words)
            and tok.lower_.endswith(AGENT_ENDINGS) and first_name_gender(tok.text) is None)


# words of kin a tabloid opens a sentence with before a name ("Daughter Jessamine Lee, 31,",
# "Grandad Ebenezer Lee"): not the name's. Not Father, Mother, Sister or Brother (titles in a church: "Father
# Brown"), nor Son or Gran (names too)
OPENING_KIN = frozenset(
    "daughter wife husband grandson granddaughter grandmother grandfather grandad granddad grandma grandpa "  # noqa: SIM905
    "granny uncle aunt auntie nephew niece cousin widow widower mum dad mom stepson stepdaughter".split()
)


# doc.user_data key: the token indices of the role words that open a sentence right before a
# person's name the model tagged without them ("Farmer Ena Tolland said"), for the speaker phrase
OPENING_ROLES = "newsreact_opening_roles"
# doc.user_data key: the one-word names the document calls organisations beside them ("Telvoria,
# the telecoms giant,"; ``LabelConsistency``), for entities.FoundName.described
DESCRIBED_ORGS = "newsreact_described_organisations"
# the key of the one-word names a document writes as a place's ("in Tessworth", "the Wrenstall
# airport"), kept in Doc.user_data (a list) for the corpus rule on firms' short names
PLACED_NAMES = "newsreact_placed_names"


def _opening_roles(doc: Doc, words: frozenset[str]) -> list[int]:
    """Token indices of a role word (``_role_word``) opening a sentence or the headline right
    before a PERSON name of two words or more that does not hold it ("Shopkeeper Ena Tolland, 52,
    said"): the article's word for what she does, capitalised only by its place."""
    found = []
    for ent in doc.ents:
        i = ent.start - 1
        if (ent.label_ == "PERSON" and len(ent) >= 2 and i >= 0 and not doc[i].ent_type_ and _starts_sentence(doc, i)
                and (_role_word(doc[i], words) or (doc[i].is_title and doc[i].lower_ in OPENING_KIN))):
            found.append(i)
    return found


def _nouns_after_the(doc: Doc) -> frozenset[str]:
    """The lower-case common nouns the document writes right after "the" ("the aquarium")."""
    return frozenset(t.lower_ for t in doc[1:] if t.pos_ == "NOUN" and t.is_lower and doc[t.i - 1].lower_ == "the")


def _named_for_its_kind(ent: Span, kinds: frozenset[str], words: frozenset[str]) -> bool:
    """A name of two words or more the model tagged PERSON that ends in an English common noun,
    plural too, the document also writes as "the <noun>" ("Marlpit Aquarium" and "the aquarium",
    "Harnlow Pallets" and "the pallets"): the organisation or place that noun names, not a person. Not
    when the name opens with a known first name ("Ann Baker" beside "the baker") or holds a
    title ("Mr", "Dr")."""
    last = ent[-1]
    if len(ent) < 2 or not last.is_title or last.lower_ not in kinds or not _a_word(last, words):
        return False
    return first_name_gender(ent[0].text) is None and not any(t.text.rstrip(".") in TITLES for t in ent)


def _is_common_noun(doc: Doc, ent: Span) -> bool:
    """A one-word NER entity that is a common noun opening a sentence ("Screenshots spread"),
    not written elsewhere in the document as a name: capitalised only by its position."""
    if ent.kb_id_ == RULER_KB or ent.label_ not in NAME_LABELS or len(ent) != 1:
        return False
    token = ent[0]
    if token.pos_ != "NOUN" or token.tag_ not in {"NN", "NNS"} or not _starts_sentence(doc, ent.start):
        return False
    return not any(e.start != ent.start and token.lower_ in e.text.lower().split() for e in doc.ents)


# what a family calls its own, capitalised as a name ("Dad has the minutes", "Mum would have
# been there"): no one's name, so no entity a pronoun or a speaker could resolve to
FAMILY_WORDS = frozenset(
    "mum mom mam mummy mommy dad daddy gran granny grandma grandmother grandad granddad grandpa grandfather".split()  # noqa: SIM905
)


def _a_family_word(ent: Span) -> bool:
    return len(ent) == 1 and ent.label_ in NAME_LABELS and ent.kb_id_ != RULER_KB and ent[0].lower_ in FAMILY_WORDS


def _after_origin_phrase(doc: Doc, ent: Span) -> bool:
    """ "<a person noun> from/in X" or "<name>, <age>, from X": X is where the person is from
    ("one reader from Harrogate", "Jo Bloggs, 71, from Harrogate")."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in {"from", "in"}:
        return False
    return doc[ent.start - 2].lower_ in PERSON_NOUNS or (ent.start >= 4 and is_age(doc, ent.start - 4))


# prepositions that put something in a place ("in Tessworth", "near Tessworth"), seldom in a body
PLACE_ONLY_PREPOSITIONS = frozenset({"in", "near", "around", "into", "across", "throughout"})
# who sits for a place ("the MP for Skarnport", "the councillor for Kelstowe")
MEMBERS_FOR = frozenset({"mp", "msp", "mep", "councillor", "cllr", "member", "senator", "congressman", "congresswoman"})
# nouns before "in" that put money or work in a company ("a stake in Pixhold", "jobs in Pixhold")
_HELD_IN = frozenset({"shares", "stake", "stakes", "invested", "investment", "investments", "interest", "holding", "jobs"})


def _where_something_is(doc: Doc, ent: Span) -> bool:
    """A one-word name after a preposition only places take ("the depot in Tessworth", "farms
    near Tessworth", "moved into Tessworth") or after the part of a place
    ("on the edge of Tessworth", "north of Tessworth"), standing alone: no noun or possessive
    after it ("in Tessworth homes" is a body's homes, "in Tessworth's accounts" its accounts), no
    money or work put in it ("a stake in Pixhold"). Or one whose own parks, streets or residents
    the article writes of ("Tessworth's parks", "Tessworth's Saturday market")."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and (after.text in POSSESSIVE_MARKS or after.tag_ == "POS"):
        owned = next((t for t in doc[ent.end + 1 : ent.end + 4] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
        return owned is not None and owned.lower_ in PLACES_OWN
    if ent.start < 1:
        return False
    before = doc[ent.start - 1]
    part_of = before.lower_ == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ in PARTS_OF_A_PLACE
    part_of = part_of or (before.lower_ == "for" and ent.start >= 2 and doc[ent.start - 2].lower_.rstrip(".") in MEMBERS_FOR)
    if before.lower_ not in PLACE_ONLY_PREPOSITIONS and not part_of:
        return False
    if ent.start >= 2 and doc[ent.start - 2].lower_ in _HELD_IN:
        return False
    return after is None or not (after.pos_ in {"NOUN", "PROPN"} or after.text in POSSESSIVE_MARKS or after.tag_ == "POS")


# the parts of a town or village a name may follow with "of" ("on the edge of Tessworth")
PARTS_OF_A_PLACE = frozenset({"edge", "outskirts", "centre", "center", "heart", "north", "south", "east", "west", "streets"})
# what only a place has: "Tessworth's parks", "Tessworth's residents" (a company has shops,
# offices and customers too, so those are not here)
PLACES_OWN = frozenset({
    "park", "parks", "street", "streets", "market", "harbour", "harbor", "seafront", "outskirts", "residents",
    "villagers", "townspeople", "townsfolk", "square", "bypass", "suburbs", "promenade",
})


def _signers_hometown(doc: Doc, ent: Span, signer_ends: set[int]) -> bool:
    """ "— Jo Bloggs, Harrogate" ending its line: one word after a comma after a person signed
    after a dash is where the reader lives (newspapers sign readers' letters and vox pops so)."""
    if ent.start < 2 or doc[ent.start - 1].text != "," or ent.start - 1 not in signer_ends:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.is_space or (after.text == "." and (ent.end + 1 == len(doc) or doc[ent.end + 1].is_space))


def _age_follows(doc: Doc, ent: Span) -> bool:
    return is_age(doc, ent.end)


def _aged_names_missed(doc: Doc, ents: list[Span]) -> list[Span]:
    """Capitalised proper nouns the NER left untagged before ", <age>," ("Lusby, 51, has
    pleaded"): a person."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or not token.text[:1].isupper() or not is_age(doc, token.i + 1):
            continue
        start = token.i
        while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


# nouns of kin after "whose": "Ann Lee, whose son …" is a person, "Acme, whose staff …" need not be
KIN_NOUNS = frozenset(
    "son sons daughter daughters child children wife husband partner mother father parents "  # noqa: SIM905
    "brother sister grandson granddaughter grandchildren family".split()
)


# capitalised words of office before a name the NER missed, besides the titles of entities.py
OFFICE_WORDS = SPOKEN_TITLES | OFFICE_TITLES | frozenset(
    "Executive Deputy Managing Chair Head Senior Acting Interim Vice Manager Editor Founder Coach "  # noqa: SIM905
    "Spokesman Spokeswoman Spokesperson".split()
)


CONNECTIVES = frozenset({"and", "of", "for", "&", "the", "on", "in"})


def _defined_by_initials(doc: Doc, ents: list[Span]) -> list[Span]:
    """One ORG over a name that its initials in brackets right after define ("Harnlow Fire and
    Rescue Service (HFRS)"): the title-case words before the bracket, with the connectives between
    them, whose initials are the bracket's capitals. The model cuts such names up or takes
    their first words for a person ("Harnlow Fire"). An entity that goes on past the bracket,
    or starts before the name, is left as it is."""
    found = []
    for tok in doc[2:-1]:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        letters = doc[tok.i + 1].text
        if not written_as_initials(letters, 2, 6):
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].is_title or (doc[start - 1].lower_ in CONNECTIVES and start - 1 < tok.i - 1)):
            start -= 1
            if initials_of(doc[start : tok.i].text) == letters and doc[start].is_title:
                break
        while start < tok.i and doc[start].lower_ in CONNECTIVES:
            start += 1
        name = doc[start : tok.i]
        if len(name) < 2 or initials_of(name.text) != letters or (len(name) == 2 and first_name_gender(name[0].text) is not None):
            continue  # not "Ann Lee (AL)", a person's initials as an interview labels its lines
        if any(e.start < start < e.end or e.start < tok.i < e.end for e in ents):
            continue
        found.append(Span(doc, start, tok.i, label="ORG"))
    return _replacing(ents, found)


def _replacing(ents: list[Span], new: list[Span]) -> list[Span]:
    """``ents`` with ``new`` in place of every entity that shares a token with one of them, in
    document order."""
    if not new:
        return ents
    gone = {i for span in new for i in range(span.start, span.end)}
    return sorted([e for e in ents if not any(i in gone for i in range(e.start, e.end))] + new, key=lambda e: e.start)


def _particle_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """One PERSON over a first name, a surname's particles and the surname ("Gwen Le Skelwick",
    "Ann van der Tallowby", "Jo de la Pell") where the model cut the name at a particle ("Ann
    van der" and "Tallowby") or took it for an organisation: when part of it is tagged PERSON,
    or the first word is a known first name. An entity that goes on past the surname ("Ann de
    Pell Foods") is left as it is."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    merged: list[Span] = []
    for tok in doc[1:]:
        if tok.lower_ not in NAME_PARTICLES or tok.text.isupper():
            continue
        first, end = doc[tok.i - 1], tok.i
        while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and end - tok.i < 2:
            end += 1
        if end >= len(doc) or merged and merged[-1].end > first.i:
            continue
        last = doc[end]
        if not (first.is_title and first.is_alpha and not first.is_stop and first.pos_ == "PROPN" and last.is_title and last.is_alpha):
            continue
        if first.text in TITLES or first.lower_ in NAME_PARTICLES:
            continue
        covering = {taken[i] for i in range(first.i, end + 1) if i in taken}
        start = min([e.start for e in covering if e.label_ == "PERSON" and e.start < first.i] + [first.i])
        if any(e.end > end + 1 or e.start < start for e in covering) or any(e.kb_id_ == RULER_KB for e in covering):
            continue
        person = any(e.label_ == "PERSON" for e in covering)
        if not covering or not (person or first_name_gender(first.text) is not None):
            continue
        whole = next(iter(covering)) if len(covering) == 1 else None
        if whole is not None and whole.label_ == "PERSON" and (whole.start, whole.end) == (start, end + 1):
            continue  # the model had it whole
        merged.append(Span(doc, start, end + 1, label="PERSON"))
    return _particle_surnames(doc, _replacing(ents, merged))


def _particle_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A surname written with its particle alone ("Le Wellock said", "make Le Wellock a member")
    where a PERSON of the document holds that particle and surname: one PERSON over both, though
    the model tagged the particle apart ("Le" an organisation) or left them out."""
    surnames = {(e[k].lower_, e[k + 1].text) for e in ents if e.label_ == "PERSON" for k in range(1, len(e) - 1)
                if e[k].lower_ in NAME_PARTICLES and e[k + 1].is_title}
    if not surnames:
        return ents
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    merged = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if (tok.lower_, nxt.text) not in surnames or not tok.is_title:
            continue
        covering = {taken[i] for i in (tok.i, tok.i + 1) if i in taken}
        if any(e.start < tok.i or e.end > tok.i + 2 for e in covering):
            continue  # inside a longer name ("Gwen Le Wellock" itself)
        if [(e.label_, len(e)) for e in covering] == [("PERSON", 2)]:
            continue  # the model had it whole
        merged.append(Span(doc, tok.i, tok.i + 2, label="PERSON"))
    return _replacing(ents, merged)


def _first_names_missed(doc: Doc, ents: list[Span], words: frozenset[str], unparsed: frozenset[int] = frozenset()) -> tuple[list[Span], bool]:
    """PERSON entities widened over a capitalised proper noun right before them that the parser
    hung on the name and the NER left out ("Remedios" of "Remedios Norrstedt, a nurse, said",
    where the small model tags "Norrstedt" only; also one opening a sentence that the tagger
    read as a verb, noun or adjective, "Branwen Holloby said"; or one right after a title,
    "Cllr Cuthred Garbutt-Ames", "Cuthred" read as a verb); not a title or a word of office ("Chief"), not
    an English word ("Leader Mitch McConnell", "Comedian …", a headline's "Endorses …") unless
    one the name table lists as a first name before a surname alone
    (``_a_name_though_a_word``: "Osmund Quarrington"), nor a word of another entity. For the
    surnames found by ``_surnames_missed`` (starting at a token
    of ``unparsed``: the NER missed the whole name), however the parser hung the word ("Labour’s
    Yetta Pell" after "Ms Pell"). Returns the entities and whether any changed."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out, changed = [], False
    for ent in ents:
        start = ent.start
        while (ent.label_ == "PERSON" and start > 0 and ent.start - start < 2 and start - 1 not in taken
               and (doc[start - 1].pos_ == "PROPN" or _misread_opening(doc[start - 1]) or _after_a_title(doc, start - 1))
               and doc[start - 1].is_title and doc[start - 1].is_alpha
               and ((ent.start in unparsed and not doc[start - 1].is_stop)  # not a headline's "Against"
                    or (doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end)
                    or _after_a_title(doc, start - 1))
               and doc[start - 1].text.rstrip(".") not in TITLES and doc[start - 1].text not in OFFICE_WORDS
               and (not _a_word(doc[start - 1], words) or _a_name_though_a_word(doc[start - 1], ent))):
            start -= 1
        out.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_, kb_id=ent.kb_id_))
        changed = changed or start != ent.start
    return out, changed


def _first_names_taken_for_places(ents: list[Span]) -> list[Span]:
    """A surname the model left out and the rules found alone (an age after it: "Orlando Quickthorn,
    10,") widened over the known first name right before it that the model tagged a place, a
    people or an organisation of its own ("Orlando", a city), when the parser hung that word on
    the surname: one PERSON."""
    out: list[Span] = []
    for ent in ents:
        first = out[-1] if out else None
        if (first is not None and len(ent) == 1 and ent.label_ == "PERSON" and len(first) == 1 and first.end == ent.start
                and first.label_ in PLACE_LABELS | {"ORG", "NORP"} and first[0].is_title and first[0].dep_ == "compound"
                and first[0].head.i == ent.start and first_name_gender(first.text) is not None):
            out[-1] = Span(ent.doc, first.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _a_name_though_a_word(tok: Any, ent: Span) -> bool:
    """Whether ``tok``, an English word tagged a proper noun right before a surname the model
    tagged alone, is a first name the name table's sources agree on ("Osmund", a fern, of
    "Osmund Quarrington": ``world_names.names_also_words``); never before a full name ("Baker
    Marwyn Pidgeley": the trade)."""
    return len(ent) == 1 and tok.pos_ == "PROPN" and tok.lower_ in names_also_words()


def _surnames_taken_for_dates(doc: Doc, ents: list[Span], words: frozenset[str]) -> list[Span]:
    """A PERSON widened over the one capitalised word right after it that the model tagged DATE
    for its "-day" ("Lancelot Hockaday": "Hockaday" a DATE): no day's name, no English word
    ("Holiday"), no number; or a people ("Capt. Anselme Kerbraté": "Kerbraté" a NORP, for its
    accent) when the parser hung the first name on it, a proper noun that is no English word
    (not "Jo Lee British", a nationality's)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        tok = ent[0]
        dated = ent.label_ == "DATE" and tok.lower_ not in DAY_NAMES
        peopled = ent.label_ == "NORP" and tok.pos_ == "PROPN" and prev is not None and prev[-1].dep_ == "compound" and prev[-1].head.i == tok.i
        if (prev is not None and prev.label_ == "PERSON" and (dated or peopled) and len(ent) == 1 and ent.start == prev.end
                and tok.is_title and tok.is_alpha and not _a_word(tok, words)):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON", kb_id=prev.kb_id_)
            continue
        out.append(ent)
    return out


def _after_a_title(doc: Doc, i: int) -> bool:
    """Token ``i`` comes right after a title ("Cllr Cuthred Garbutt-Ames", "Cuthred" read as the
    verb of "Cllr" and left out of the name): between a title and a surname, a first name
    however the tagger and the parser read it."""
    return i > 0 and doc[i - 1].text.rstrip(".") in TITLES


def _misread_opening(tok: Any) -> bool:
    """A sentence's first word the tagger read as a verb, noun or adjective though the parser
    hung it on the name after it ("Branwen" of "Branwen Holloby said", tagged a verb)."""
    return tok.is_sent_start and tok.pos_ in {"VERB", "NOUN", "ADJ"} and tok.dep_ == "compound"


def _shares_a_surname(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """A one-word name the model tagged ORG before "and" and a person's first name and surname
    ("Ignatius and Lowenna Carne", "Ignatius" tagged ORG), or tagged anything else when the
    sentence calls the two a pair ("Perdita and Casimir Threadgould, a couple from …") or the
    word is a common first name (not one tagged a place: "Georgia"): a first name that shares
    the surname."""
    if len(ent) != 1 or not ent[0].is_title or ent.end + 3 > len(doc) or doc[ent.end].lower_ != "and":
        return False
    nxt = next((e for e in ents if e.start == ent.end + 1), None)
    if nxt is None or nxt.label_ != "PERSON" or len(nxt) not in {2, 3}:
        return False
    if (ent.label_ == "ORG" and len(nxt) == 2) or (ent.label_ != "GPE" and first_name_gender(ent.text) is not None):
        return True
    # a place or a group stays one ("won Texas and Marco Rubio won Florida", "Catholic and Trump
    # supporters", "Georgia and Marco Rubio"), unless the two are called a pair
    return any(t.lower_ in PAIR_WORDS for t in doc[nxt.end : nxt.sent.end])



def _organisations_missed(doc: Doc, ents: list[Span]) -> list[Span]:
    """A proper noun the NER left untagged, set in apposition after a lower-case organisation noun
    ("That airline, Quillair, said"; "its supplier, Pixhold, said":
    ``ORG_DESCRIPTORS``): an ORG, with the capitalised proper nouns before it in its phrase."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        head = tok.head
        if (tok.dep_ != "appos" or tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha or tok.i in taken or head.i >= tok.i
                or tok.text in ORG_HEADS  # a company form the parser set apart ("Inc", "L.P.")
                or not _an_organisation_word(head)):
            continue
        start = tok.i
        while start - 1 > head.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken:
            start -= 1
        found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return found


# words before a proper noun that make it a place ("in Harnmoor", "near Skelwick", "throughout Quorndon")
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside", "around", "across", "of", "into", "throughout"})


def _short_names_missed(doc: Doc, ents: list[Span], words: frozenset[str]) -> list[Span]:
    """An organisation's first word written alone where the model tagged nothing ("Crannock,
    which owns …", "Skelwick’s plans" after "Crannock Foods plc", "Skelwick Homes"): an ORG
    mention, when exactly one organisation name of the document opens with that word and ends in
    a company form or an English word (not a person's name the model tagged ORG), no other
    entity holds it (a town that opens several names, "Harnmoor Cricket Club" and "Harnmoor Town
    Council", or a family's surname, is left alone), it is no English word, no capitalised word
    follows it, no preposition of place comes before it ("in Crannock") and it does not modify a
    noun after it ("a Crannock scrap dealer", which is the town's). So are an organisation's
    initials in capitals, three to six letters, where the model tagged nothing ("the Harbour
    Bridges Safety Authority (HBSA)", "The HBSA said"), and the first or last word of exactly
    one organisation name of the document, capitalised after "the" ("the League", "The
    Friends’ founder"), where no other entity holds the word; a one-word name too ("the
    Periscope" tagged once, then "told the Periscope" untagged)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    openers: dict[str, set[str]] = defaultdict(set)
    held: set[str] = set()
    for e in ents:
        toks = [t for t in e if t.lower_ != "the"]
        ends_as_a_body = toks[-1].text in ORG_HEADS or _a_word(toks[-1], words) if toks else False
        if e.label_ == "ORG" and len(toks) >= 2 and toks[0].is_title and toks[0].is_alpha and ends_as_a_body:
            openers[toks[0].text].add(name_key(e.text))
            held.update(t.text for t in toks[1:])
        else:
            held.update(t.text for t in e)
    single = {w for w, names in openers.items() if len(names) == 1 and w not in held}
    initials = {initials_of(e.text) for e in ents if e.label_ == "ORG" and len(e) >= 2}
    # first or last words of the document's organisation names, written capitalised after "the"
    # ("the League" of "the National Quilters League", "the Friends’ founder")
    ends: dict[str, set[str]] = defaultdict(set)
    others: set[str] = set()
    one_word: set[str] = set()  # a one-word name the model tagged once ("the Periscope")
    for e in ents:
        toks = [t for t in e if t.lower_ != "the" and not t.is_punct]
        if e.label_ == "ORG" and len(toks) >= 2:
            ends[toks[0].text].add(name_key(e.text))
            ends[toks[-1].text].add(name_key(e.text))
        elif e.label_ == "ORG" and toks:
            one_word.add(toks[0].text)
        elif e.label_ != "ORG":
            others.update(t.text for t in e)
    for word in one_word - ends.keys():  # that ends no longer one
        ends[word] = {name_key(word)}
    # a one-word name the model tagged an organisation twice or more and nothing else anywhere,
    # no English word: the same organisation where it tagged nothing ("Ruralpost has closed …",
    # then "asked Ruralpost to wait")
    tagged = Counter(e[0].text for e in ents if e.label_ == "ORG" and len(e) == 1)
    longer = {t.text for e in ents if len(e) >= 2 for t in e}
    alone = {w for w, n in tagged.items() if n >= 2 and w not in others and w not in longer and w.isalpha()}
    found = []
    for tok in doc:
        if tok.i not in taken and tok.text in alone and tok.pos_ == "PROPN" and not _a_word(tok, words) and stands_alone(doc, tok):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            continue
        if (tok.i not in taken and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.is_title and tok.is_alpha
                and not tok.is_sent_start and len(ends.get(tok.text, ())) == 1 and tok.text not in others and stands_alone(doc, tok)):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            continue
        if tok.i not in taken and tok.text in initials and written_as_initials(tok.text, 3, 6):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))  # "The PPWU said" after "the Podcast … Union (PPWU)"
            continue
        if tok.i in taken or tok.text not in single or _a_word(tok, words):
            continue
        if stands_alone(doc, tok):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return found


def _bodies_missed(doc: Doc, ents: list[Span], person_words: set[str], words: frozenset[str]) -> list[Span]:
    """One-word names the model tagged nothing that the sentence makes a body: a publication
    told something, right after "told" ("he told Tallowby", "she told the Tallowby": people told
    something are named in full, or "Mr …"), or a name with a lower-case organisation noun in
    apposition ("Oakby, a roofing firm from the coast,", "paid Oakby, the roofing firm"). Such a
    word, no English word nor any word of the document's people's names, is an ORG mention
    there and wherever else the document writes it alone untagged ("Tallowby has learned"); so
    is an English word capitalised after "the" in a sentence that makes it a publication ("told
    the Sandglass", "the Sandglass can reveal"), wherever else the document writes it so."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: set[str] = set()
    papers: set[str] = set()  # English words capitalised after "the" as a publication's name ("told the Sandglass")
    for tok in doc:
        if (tok.i in taken or not tok.is_title or not tok.is_alpha or tok.lower_ in person_words
                or tok.text in TITLES or not stands_alone(doc, tok)):
            continue
        span = Span(doc, tok.i, tok.i + 1, label="ORG")
        if tok.pos_ == "PROPN" and not _a_word(tok, words):
            if _a_publication(doc, span) or any(_an_organisation_noun(n, span) for n in apposed_nouns(span)):
                found.add(tok.text)
        elif _capitalised_after_the(doc, tok) and _a_publication(doc, span):
            papers.add(tok.text)
    if not found and not papers:
        return []
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
            if t.i not in taken and stands_alone(doc, t)
            and ((t.text in found and t.pos_ == "PROPN") or (t.text in papers and _capitalised_after_the(doc, t)))
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN" and doc[t.i + 1].is_lower)]  # not a headline's "Oakby founder:"


def _capitalised_after_the(doc: Doc, tok: Any) -> bool:
    """A capitalised word right after "the" ("told the Sandglass", "The Sandglass has learned"),
    which only a name capitalises; not in the headline, whose Title Case capitalises anything."""
    return tok.i >= 1 and doc[tok.i - 1].lower_ == "the" and tok.is_title and tok.idx > headline_end(doc_text(doc))


def stands_alone(doc: Doc, tok: Any) -> bool:
    """Whether a one-word proper noun stands alone as a name: no capitalised word after it (it
    would be part of a longer name), no preposition of place before it ("in Crannock": a
    place), and it modifies no noun after it ("a Crannock scrap dealer", "Crannock strike": a
    town's, as an adjective)."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_punct:
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in PLACE_PREPOSITIONS:
        return False
    return not (tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i)


def _a_first_name_alone(ent: Span) -> bool:
    """Whether a one-word name the document also writes as the first word of a person's full
    name can be that first name: a known first name ("Bernie", "Marco", tagged ORG), or a word
    the model called a nationality, a product or a work and that does not read like a
    nationality ("Esmerelda", not "Swiss" or "Floridians"); never a place ("Virginia") nor an
    organisation word's first word it may be ("Manchester", "EgyptAir": PolNeAR train)."""
    word = ent[0]
    if ent.label_ in PLACE_LABELS:
        return False
    if first_name_gender(word.text) is not None:
        return True
    return ent.label_ in {"NORP", "PRODUCT", "WORK_OF_ART"} and not word.lower_.endswith(("s", "an", "ish", "ese", "i"))


def _a_person_not_a_place(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """Whether a one-word name the model tagged a place, which the document also writes as the
    first word of a person's full name, is that first name: it acts ("Ismenia resigned") and no
    mention of it is written as a place is ("in Ismenia", "from Ismenia"; "to Ismenia herself" is
    to a person), so "Virginia" beside "Virginia Foxx" stays the state wherever "in Virginia" is."""
    if ent.label_ not in PLACE_LABELS or ent.text.isupper():
        return False  # (a dateline's town in capitals is a place)
    same = [e for e in ents if len(e) == 1 and e.text == ent.text]
    if any(e.start > 0 and doc[e.start - 1].lower_ in PLACE_PREPOSITIONS
           and not (e.end < len(doc) and doc[e.end].lower_ in {"herself", "himself"}) for e in same):
        return False
    return any(e.root.dep_ in {"nsubj", "nsubjpass"} and e.root.head.pos_ in {"VERB", "AUX"} for e in same)


def _with_postnominals(doc: Doc, ents: list[Span]) -> list[Span]:
    """Letters of office tagged apart right after a person's name ("Ignatius Pennock" + "KC",
    which the small model tags "Ignatius" ORG, "KC" ORG and the surname not at all): with the two
    or three capitalised proper nouns before them, one PERSON, whatever those were tagged."""
    out = list(ents)
    for ent in ents:
        if len(ent) != 1 or ent.text not in POSTNOMINALS or ent.kb_id_ == RULER_KB:
            continue
        start = ent.start
        while (start > 0 and ent.start - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha
               and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text not in TITLES):
            start -= 1
        after = doc[ent.end] if ent.end < len(doc) else None
        if (ent.start - start < 2 or any(t.text in ORG_HEADS for t in doc[start : ent.start])
                or (after is not None and after.is_title and after.pos_ == "PROPN")):
            continue  # "the Labour Party MP", "Tory MP Ann Lee": the letters before a name, not after
        name = Span(doc, start, ent.end, label="PERSON")
        out = [e for e in out if e.end <= start or e.start >= ent.end]
        out = sorted([*out, name], key=lambda e: e.start)
    return out


def _first_names_read_as_peoples(doc: Doc, ents: list[Span], words: frozenset[str]) -> list[Span]:
    """One-word peoples or places (NORP, GPE) the model made of an unfamiliar first name right
    before a capitalised proper noun it tagged nothing ("Rhydian" NORP before "Grisedale, who
    captains the team"): no English word, a proper noun to the tagger, and for a place no
    preposition of place before it ("in Harnlow Grisedale"). ``_names_missed`` reads the run with it
    and decides; the entity stays as the model tagged it when no person is found there."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [e for e in ents
            if e.label_ in {"NORP", "GPE"} and len(e) == 1 and e.kb_id_ != RULER_KB and e.end < len(doc)
            and e[0].pos_ == "PROPN" and e[0].is_title and e[0].is_alpha and not _a_word(e[0], words)
            and e.end not in taken and doc[e.end].pos_ == "PROPN" and doc[e.end].is_title
            and not (e.label_ == "GPE" and e.start > 0 and doc[e.start - 1].lower_ in PLACE_PREPOSITIONS)]


def _join_split_names(doc: Doc, ents: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """A one-word PERSON right before another PERSON, nothing between ("German" + "Ortega" once
    "German’s brother" made the first name a person): one name. So is a one-word place or
    people (GPE, NORP) the model made of an unfamiliar first name right before a one-word
    surname it tagged PERSON ("Cadoc" GPE + "Pellow"), when the first word is no English word and
    no preposition of place comes before it ("in Harnmoor Pellow"); that first word written
    alone elsewhere in the document is the person too."""
    out: list[Span] = []
    firsts: set[str] = set()
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == ent.start and prev.label_ == ent.label_ == "PERSON" and len(prev) == 1
                and prev.kb_id_ != RULER_KB and ent.kb_id_ != RULER_KB and prev[0].is_title and ent[0].is_title
                and prev.text not in ent.text.split()):  # not "Christie" + "Chris Christie"
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        if (words and prev is not None and prev.end == ent.start and prev.label_ in {"GPE", "NORP"} and ent.label_ == "PERSON"
                and len(prev) == len(ent) == 1 and prev.kb_id_ != RULER_KB and ent.kb_id_ != RULER_KB
                and prev[0].is_title and prev[0].is_alpha and ent[0].is_title and not _a_word(prev[0], words)
                and not (prev.start > 0 and doc[prev.start - 1].lower_ in PLACE_PREPOSITIONS)):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            firsts.add(prev.text)
            continue
        out.append(ent)
    if firsts:
        out = [Span(doc, e.start, e.end, label="PERSON") if len(e) == 1 and e.label_ in {"GPE", "NORP"} and e.text in firsts
               else e for e in out]
    return out


def _kin_possessed(doc: Doc, end: int) -> bool:
    """A possessive and a noun of kin right after a name ("Yara’s mother, …", "Pell's wife"):
    places and companies have no mothers. Not "family" ("the Pell's family business")."""
    if end + 1 >= len(doc) or doc[end].text not in POSSESSIVE_MARKS:
        return False
    kin = doc[end + 1]
    return kin.lower_ in KIN_NOUNS and kin.lower_ != "family" and kin.pos_ == "NOUN"


# who has kin named after the word of kin ("his son, Torin", "whose daughter Delyth", "Ada's wife Pia")
KIN_HOLDERS = frozenset({"his", "her", "their", "whose", "my", "our", "your"})


def _kin_before(doc: Doc, ent: Span) -> bool:
    """A name right after a word of kin someone has, a comma between or not ("his son, Torin,",
    "whose daughter Delyth is", "Ada Pell's husband Olek"): a person, however the model tagged
    it. Not "partner" (firms have partners) nor "family" ("their family firm, Pell Bros")."""
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1:
        return False
    kin = doc[i]
    if not kin.is_lower or kin.lower_ not in KIN_NOUNS or kin.lower_ in {"partner", "family"}:
        return False
    holder = doc[i - 1]
    return holder.lower_ in KIN_HOLDERS or holder.text in POSSESSIVE_MARKS


def _kin_follows(doc: Doc, end: int) -> bool:
    """", whose [four-year-old] son" at token ``end``, right after a name."""
    rel = relative_after(doc, end)
    return rel is not None and rel.lower_ == "whose" and rel.head.lower_ in KIN_NOUNS


# endings of abstract nouns: a run ending in one names no person ("Benghazi Investigation")
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ism", "ity", "ness", "ance", "ence")


def _first_and_last_name(ent: Span, words: frozenset[str]) -> bool:
    """Two capitalised words, the first a first name of one sex (``first_name_gender``) that is
    no English word ("Elroy Quarmby", not "Grant Harnmoor" nor "Hope Street"), the second no
    organisation's or place's head word; the first may be two first names joined by a hyphen
    ("Marie-Odile Guivarch", its second part read as the first)."""
    if (len(ent) == 4 and ent[1].text == "-" and ent[0].is_title and ent[2].is_title
            and first_name_gender(ent[0].text) is not None and first_name_gender(ent[2].text) is not None):
        ent = ent.doc[ent.start + 2 : ent.end]  # "Marie-Odile Guivarch": a first name of two, joined by a hyphen
    if len(ent) != 2 or not ent[0].is_title or not ent[1].is_title or not words:
        return False
    first, last = ent
    return (first_name_gender(first.text) is not None and not _a_word(first, words)
            and last.text not in ORG_HEADS and not _a_word(last, words))


def _full_name_of(ent: Span, lone_people: set[str], words: frozenset[str]) -> bool:
    """Two capitalised words the model did not tag PERSON, the first written alone as a PERSON
    elsewhere in the document ("Ysolde" beside "Ysolde Marrack" tagged a place), neither an
    English word nor an organisation's or place's head word."""
    if ent.label_ == "PERSON" or len(ent) != 2 or not ent[0].is_title or not ent[1].is_title or not words:
        return False
    first, last = ent
    return (name_key(first.text) in lone_people and not _a_word(first, words)
            and last.text not in ORG_HEADS and not _a_word(last, words))


def _first_name_like(tok: Any, words: frozenset[str]) -> bool:
    """A listed first name, or a capitalised word that is no English word ("Yetunde")."""
    return first_name_gender(tok.text) is not None or not _a_word(tok, words)


def _lone_speakers(doc: Doc, verbs: frozenset[str]) -> frozenset[str]:
    """Capitalised words that speak alone ("…,” Okafor said", "Okafor told reporters"): one
    proper noun, no capitalised word before it, the subject of a speech verb."""
    out = set()
    for tok in doc:
        if (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.is_title and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs
                and not any(c.dep_ == "compound" for c in tok.children) and not (tok.i and doc[tok.i - 1].is_title)):
            out.add(tok.text)
    return frozenset(out)


def _names_missed(doc: Doc, ents: list[Span], words: frozenset[str]) -> list[Span]:
    """Runs of two or more capitalised proper nouns the NER left untagged where only a person
    fits: before ", who" or ", whose [four-year-old] son" ("Cllr Ida Marsh, who chairs the committee, said"),
    or as the subject of a speech verb ("Ida Marsh said"), when a first name may open it: a
    listed first name, or no English word ("Noah" is one, in the lemmatizer's tables). A run
    that no first name opens, or that ends in an abstract noun, is an organisation when it ends
    in an English word (outside the headline, whose Title Case makes words of anything) or holds
    a plural one, and speaks or takes ", which" ("Playing Field Promotions says", "Hessmark
    Insurance, which paid", "Harbour Otter Watch said"). Not a run holding an organisation word ("Harbour
    Trust", which the entity ruler takes), nor one in capitals. A lone proper noun after Mr, Mrs,
    Ms, Miss or Mx is a person ("Mr Quarmby said"), whatever else it is."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    verbs = load_speech_verbs()
    headline = headline_end(doc_text(doc))  # Title Case makes words of anything there ("Absent Trump derides …")
    speakers_alone: frozenset[str] | None = None
    found = []
    i = 0
    while i < len(doc):
        start = i
        while i < len(doc) and i not in taken and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not doc[i].is_upper:
            i += 1
            if _hyphen_joins(doc, i, taken):
                i += 2  # a double-barrelled surname ("Hande Demir-Quarmby"), three tokens to the tokenizer
        if i == start:
            i += 1
            continue
        lead = start
        while lead < i - 1 and (doc[lead].text.rstrip(".") in TITLES or doc[lead].text in OFFICE_WORDS):
            lead += 1  # "Chief Executive Ida Marsh": the name is Ida Marsh
        run = doc[lead:i]
        if (len(run) == 1 and lead == start + 1 and doc[start].text.rstrip(".") in COURTESY_TITLES | RANK_ABBREVIATIONS
                and not _is_possessive(run[0])):
            found.append(Span(doc, lead, i, label="PERSON"))  # "Mr Quarmby said", the model blind to both words
            continue
        if len(run) < 2 or any(t.text in PLURAL_POSSESSIVE_HEADS or _is_possessive(t) for t in run):
            continue
        rel = relative_after(doc, i)
        # ", who", ", whose son"; ", whose" after a known first name too ("Delphine Mortlake, whose
        # call was the first report": firms have "whose" as often, but no first name)
        who = rel is not None and (rel.lower_ == "who" or _kin_follows(doc, i)
                                   or (rel.lower_ == "whose" and first_name_gender(run[0].text) is not None))
        which = rel is not None and rel.lower_ == "which"
        root = run.root
        speaks = root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in verbs
        # a person's role set beside the run ("Ida Marsh, the airline's chief executive,"), or
        # its last word speaking alone elsewhere ("Marsh said"): who the run is
        role = len(run) == 2 and any(n.is_lower and role_word(n) in APPOSED_ROLES for n in apposed_nouns(run))
        if len(run) == 2 and speakers_alone is None:
            speakers_alone = _lone_speakers(doc, verbs)  # read once, and only for a document with such a run
        surname = len(run) == 2 and run[-1].text in speakers_alone
        gendered = _referred_to_as_he_or_she(doc, run, ents)
        if lead > start and doc[lead - 1].text.rstrip(".") in HONORIFICS and not _a_word(run[-1], words) and not which:
            found.append(Span(doc, lead, i, label="PERSON"))  # "the vice-chancellor, Prof Dame Ada Quist, wrote": a title opens it
            continue
        if not (who or which or speaks or role or surname or gendered):
            continue
        last = run[-1].lower_
        opened = len(run) >= 3 and _starts_sentence(doc, run.start) and _role_word(run[0], words)  # "Skipper Veit Zangerle, who …"
        personal = _first_name_like(run[1 if opened else 0], words) and not last.endswith(ABSTRACT_ENDINGS)
        # "Prof Clement Ostry": an honorific before the run; "Clement Ostry said", two
        # words whose last is no English word: a person, whatever a dictionary makes of the first
        titled = lead > start and doc[start].text.rstrip(".") in HONORIFICS
        surnamed = len(run) == 2 and (who or speaks) and not _a_word(run[-1], words) and not which
        personal = personal or titled or surnamed
        if gendered and not which and not _a_word(run[-1], words):
            found.append(Span(doc, lead, i, label="PERSON"))  # "she" can only be it: a first name that is also a word ("Rose") too
            continue
        if personal and (role or surname) and not (who or which or speaks):
            found.append(Span(doc, lead, i, label="PERSON"))
            continue
        plural = any(t.lower_.endswith("s") and _a_word(t, words) for t in run)
        bodily = last.endswith(ABSTRACT_ENDINGS) or plural or (_a_word(run[-1], words) and run.start_char > headline)
        if personal and (who or speaks) and not which:
            found.append(Span(doc, lead, i, label="PERSON"))
        elif not personal and bodily and (speaks or which) and not who:
            # no first name opens it, or it ends in an abstract noun: a body ("Western Journalism
            # reported", "Hessmark Insurance, which paid …")
            found.append(Span(doc, lead, i, label="ORG"))
    return found


def _hyphen_joins(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether token ``i`` is a hyphen written without spaces between two capitalised words, the
    second a proper noun not yet in a name ("Demir-Quarmby")."""
    return (i + 1 < len(doc) and i > 0 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and i + 1 not in taken and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN")


def _referred_to_as_he_or_she(doc: Doc, run: Span, ents: list[Span]) -> bool:
    """Whether a run of two words is its sentence's subject and a later "he" or "she" of the
    same sentence can only be it ("Bellamira Quarmby is sitting on a crate, explaining why she is
    not worried"): no other name stands between them, so a person."""
    if len(run) != 2 or run[-1].dep_ != "nsubj":
        return False
    sent = run[-1].sent  # (the parser may cut a sentence between an unknown first name and the rest)
    if any(e.end <= run.start and e.start >= sent.start for e in ents):
        return False  # a name before it may be who "she" is ("Ada Quist, who runs the Hotel Belle, …, she said")
    # a name in the run's own phrase is no other "he" ("Gerold Stumpfegger of the cycling club
    # Radring Morsbach, which …, welcomed the vote")
    own = {t.i for t in run[-1].subtree}
    for tok in doc[run.end : sent.end]:
        if tok.i not in own and any(e.start <= tok.i < e.end for e in ents):
            return False
        if tok.lower_ in {"he", "she"} and tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return _said_by_he_or_she_next(doc, sent.end)


QUOTE_AHEAD_MAX_TOKENS = 80  # how far a quote right after a sentence may run before its "he said"


def _said_by_he_or_she_next(doc: Doc, start: int) -> bool:
    """Whether a quote opens right after a sentence, in the same paragraph, and "he" or "she"
    says it ("Ida Marsh … welcomed the vote. “We never asked for that,” he said."): its subject
    can only be that sentence's."""
    if start >= len(doc) or doc[start].text not in EDGE_MARKS or "\n" in doc[start - 1].text_with_ws:
        return False  # (not across a paragraph break, which the parser may keep in the sentence before)
    for tok in doc[start + 1 : min(start + QUOTE_AHEAD_MAX_TOKENS, len(doc))]:
        if "\n" in tok.text:
            return False  # the paragraph ends first
        if (tok.lower_ in {"he", "she"} and doc[tok.i - 1].text in EDGE_MARKS and tok.dep_ == "nsubj"
                and tok.head.lemma_.lower() in load_speech_verbs()):
            return True
    return False


def _has_title(doc: Doc, ent: Span) -> bool:
    """A title just before the name ("Mr Duysak", "Sen. Ibarra"), a lower-case role noun before a
    full name ("talk show host Dana Pike", "striker Kofi Danebury"), or an honorific opening it
    ("Ms Carty" tagged as one entity; not "General Motors")."""
    if ent.start > 0 and doc[ent.start - 1].text.rstrip(".") in TITLES:
        return True
    if ent.start > 0 and len(ent) > 1 and doc[ent.start - 1].lower_ in ROLE_NOUNS:
        return True  # "talk show host Dana Pike"; "Founder Dana Pike" opening a sentence
    apposed = apposed_nouns(ent) if len(ent) > 1 else []
    if (any(role_word(noun) in APPOSED_ROLES and not names_its_object(noun, ent, any_label=True) for noun in apposed)
            and not any(_an_organisation_word(n) for n in apposed)):
        # "the party's leader, Jo Lee,", "Jo Lee, the president-elect,"; not "a spokesman for the
        # union, the Drivers' …", nor "its owner, Quillon Foods, a frozen-food company": a company owns too
        return True
    words = ent[1:] if len(ent) > 2 and ent[0].lower_ == "the" else ent  # "The Rev Canon Ann Lee"
    if len(words) > 1 and (words[0].text.rstrip(".") in HONORIFICS or (abbreviated_title(words[0].text) and words[1].is_title)):
        return True  # "Ms Carty", "Cllr Ada Quist" tagged as one entity
    if len(ent) >= 3 and ent[-1].text in POSTNOMINALS and all(t.is_title for t in ent[:-1]):
        return True  # "Ada Quist KC", "Bo Pell MP" tagged ORG
    # a title of office opening a name of three words or more ("Councillor Ada Quist" tagged ORG,
    # "Sheriff Bo Pell" tagged WORK_OF_ART); not an organisation's name ("… Department")
    return (len(ent) >= 3 and ent[0].text.rstrip(".") in SPOKEN_TITLES and ent[-1].text not in ORG_HEADS
            and all(t.is_title and t.pos_ == "PROPN" for t in ent[1:]))


# letters of office or honour written after a person's name ("Ada Quist KC")
POSTNOMINALS = frozenset({"KC", "QC", "MP", "MSP", "MEP", "MLA", "JP", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD"})


# common nouns that say a name is an organisation when they stand right before it or beside it
ORG_DESCRIPTORS = frozenset(
    "company firm site website platform app service startup brand retailer carrier airline operator "  # noqa: SIM905
    "supplier vendor charity union agency broadcaster publisher label chain network manufacturer carmaker "
    "automaker drugmaker chipmaker insurer lender wholesaler distributor exporter importer conglomerate giant".split()
)


def _an_organisation_word(noun: Any) -> bool:
    """A lower-case common noun of ``ORG_DESCRIPTORS`` ("the ticketing site", "a company"), a
    hyphenated one whole ("the Lyon start-up", the tokenizer's "start", "-", "up")."""
    return noun.pos_ == "NOUN" and noun.is_lower and (noun.lemma_ in ORG_DESCRIPTORS or _hyphenated(noun) in ORG_DESCRIPTORS)


def _hyphenated(noun: Any) -> str:
    """The word a hyphenated noun's last part closes, without its hyphen ("start-up" -> "startup"),
    or "" when no hyphen comes right before it."""
    doc = noun.doc
    i = noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return doc[i - 2].lower_ + noun.lower_


def _an_organisation_noun(noun: Any, ent: Span) -> bool:
    """Whether a lower-case noun set beside a name says the name is an organisation's:
    ``ORG_DESCRIPTORS``, or "the … maker of …" beside a one-word name ("Brindle, the maker of the
    Shedmaster range,"), where a furniture maker with a first and last name is a person."""
    if _an_organisation_word(noun):
        return True
    if (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_ in FIRM_OR_PERSON_NOUNS and len(ent) == 1
            and first_name_gender(ent.text) is None and any(c.lower_ == "the" or c.dep_ == "poss" for c in noun.lefts)):
        return True  # "Heimstatt, the city's largest landlord", "Meteoran, the state forecaster"
    return (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_ == "maker" and len(ent) == 1
            and any(c.lower_ == "the" for c in noun.lefts) and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights))


# a national party's members, whom a club's or a chapter's name may end in ("College Democrats")
PARTY_PLURALS = frozenset({"democrats", "republicans", "conservatives", "liberals", "socialists", "independents"})


# nouns a firm and a person share ("the pub landlord", "the BBC forecaster"), which make an
# organisation of a one-word name after "the" that is no known first name
FIRM_OR_PERSON_NOUNS = frozenset({"landlord", "forecaster", "maker", "developer", "builder"})


def _described_as_organisation(doc: Doc, ent: Span) -> bool:
    """Whether a lower-case organisation noun stands right before the name ("the ticketing site
    Ovatix") or in apposition to it ("Ovatix, the ticketing platform,"), or ", which" follows
    it."""
    return _which_follows(doc, ent) or _named_with_an_organisation_noun(doc, ent)


def _org_noun_before(doc: Doc, ent: Span) -> bool:
    """A lower-case organisation noun right before the name ("the Bristol label Quenwick"): what
    the writer says the name is, so, for a name the model tagged a place, it decides the label
    however often the model tagged it so (only this order: the parser hangs nouns in apposition
    on a country too, "sold in the UK, mostly through the online retailer …")."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and _an_organisation_word(before)


def _org_noun_apposed_before(doc: Doc, ent: Span) -> bool:
    """A lower-case organisation noun, then a comma, then the name set in apposition to it ("its
    contract with the operator, Quenwick,"): what the writer says the name is, in the order
    ``_org_noun_before`` trusts (the name after the noun, not a noun the parser hung on a
    country before it)."""
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    noun = doc[ent.start - 2]
    return _an_organisation_word(noun) and ent.root.dep_ == "appos" and ent.root.head.i == noun.i


def _named_with_an_organisation_noun(doc: Doc, ent: Span) -> bool:
    """``_described_as_organisation`` but ", which"."""
    if _org_noun_before(doc, ent):
        return True
    if any(_an_organisation_noun(n, ent) for n in apposed_nouns(ent)):
        return True
    return _org_noun_right_after(doc, ent)


def _org_noun_right_after(doc: Doc, ent: Span) -> bool:
    """", the British ticketing company," right after the name, closed by a comma or a full stop,
    however the parser hung it: what the writer says the name is, in an order no country's
    apposition takes ("sold in the UK, mostly through the online retailer …" has words between).
    Not the last word of a longer name the model cut ("Consumer Watch UK, a charity,")."""
    if ent.start > 0 and doc[ent.start - 1].is_title and not doc[ent.start - 1].is_sent_start:
        return False
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"the", "a", "an"}:
        return False
    j = i + 2
    while j < len(doc) and j - i <= 5 and (doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[j].tag_ == "VBG") and doc[j].text not in {",", "."}:
        j += 1
    noun = doc[j - 1]
    return j < len(doc) and doc[j].text in {",", "."} and _an_organisation_noun(noun, ent)


# What only a business has, written after its one-word name ("Pixhold shares", "Pixhold's
# chief executive", "the Pixhold app"): organisation evidence. Not what a person can have too
# (a spokesman, staff, a board, employees, a campaign); places have shops and customers, so a
# name the model tagged a place needs one of the first set.
BUSINESS_NOUNS = frozenset("shares stock shareholders profits profit revenue revenues sales turnover ceo app".split())  # noqa: SIM905
SHOP_NOUNS = frozenset("stores shops store customers website subscribers boss spokesperson spokeswoman spokesman".split())  # noqa: SIM905


# what a firm has after its possessive name that its founder has not ("Pell's board", "a Pell's pub")
FIRM_NOUNS = BUSINESS_NOUNS | SHOP_NOUNS | frozenset({"board", "pub", "pubs"}) | frozenset(
    "executive executives employees workers crews fleet lorries branches factory factories headquarters offices yard "  # noqa: SIM905
    "products brand brands price prices tender".split())
FOUNDING_VERBS = frozenset({"found", "establish", "incorporate", "register"})  # a firm is their passive's subject
OWNING_VERBS = frozenset({"own", "acquire"})  # "Pritlove has been owned since 2021 by …": people are not owned


def firm_named_so(doc: Doc, ent: Span) -> bool:
    """Whether a one-word mention of a name the document also opens an organisation's name
    with ("Odlum" beside "Odlum Health" and its founder "Temperance Odlum") is the firm at that
    mention: the subject of a verb whose clause goes on with "it" or "its" ("Odlum said it had
    hired …", "Odlum's would keep its name"), or of a passive of founding or owning ("Odlum was
    founded in 1958", "Odlum has been owned since 2021 by …"), or with a participle of founding
    after it ("Odlum, founded in 1979,"), or followed by ", which", or possessive before
    what only a business has ("Odlum's board", "Odlum's UK customers", "a Odlum's pub":
    ``FIRM_NOUNS``), or possessive before nothing owned, a shop's name ("Odlum's has hired",
    "at Odlum's, a buyer", "Odlum's and …"; not after a title, "Mr Odlum's."). A person's
    mention is none of these."""
    if len(ent) != 1 or not ent[0].is_title:
        return False
    word = ent[0].text
    if not any(e.label_ == "ORG" and len(e) >= 2 and e.start != ent.start and word in {t.text for t in e[:2]} for e in doc.ents):
        return False
    tok = ent[0]
    j = ent.end
    if j < len(doc) and doc[j].text in POSSESSIVE_MARKS:
        after = doc[j + 1] if j + 1 < len(doc) else None
        owns_nothing = after is None or after.is_punct or after.lower_ in {"and", "or"} or after.pos_ in {"VERB", "AUX"}
        if owns_nothing and (ent.start == 0 or doc[ent.start - 1].text.rstrip(".") not in HONORIFICS):
            return True  # "Gumbleton's has hired", "at Gumbleton's, a buyer": a shop's name, nothing owned after it
        for k in range(j + 1, min(j + 3, len(doc))):
            if doc[k].lower_ in FIRM_NOUNS and doc[k].pos_ == "NOUN":
                return True
            if not (doc[k].pos_ in {"ADJ", "PROPN"} or doc[k].is_upper):
                break
        tok = doc[j] if doc[j].dep_ in {"nsubj", "nsubjpass"} else tok  # "Dunmall's would keep": the parser's subject
    if _which_follows(doc, ent):
        return True
    if any(c.dep_ == "acl" and c.lemma_ in FOUNDING_VERBS for c in ent[0].children):
        return True  # "Wimbush, founded in 1979, is …"
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.lemma_ in FOUNDING_VERBS | OWNING_VERBS:
        return True  # "Vantrell was founded in 1958 by …": a firm is founded, its founder is not
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp", "conj"} and any(c.lower_ == "it" and c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            return True  # "Odlum said (that) it had hired"
        if child.dep_ in {"dobj", "attr"} and any(c.lower_ == "its" and c.dep_ == "poss" for c in child.children):
            return True  # "Dunmall's would keep its name"
    return False


# what a family firm has that its founder has not, after the bare name ("the Pridmore name",
# "a Gaukroger customer", "Tizzard bars"): any common noun but these, which a person has too
# ("the Spargo family", "the Pryce trial")
_NOT_A_FIRMS = KIN_NOUNS | frozenset(
    "family families household clan brothers sisters siblings case trial verdict appeal affair era years "  # noqa: SIM905
    "camp campaign home house funeral estate will memorial".split()
)
# what comes after a person's possessive name and not a firm's ("Hawtin's nephew", "Pryce's lawyer")
_PERSONAL_NOUNS = KIN_NOUNS | frozenset(
    "nephew niece cousin uncle aunt grandfather grandmother grandad granddad widow lawyer solicitor attorney "  # noqa: SIM905
    "girlfriend boyfriend fiancé fiancée mind health age birthday".split()
)
# what a firm has after its possessive name, besides FIRM_NOUNS ("Pridmore's 46 staff")
_FIRMS_THINGS = frozenset(
    "staff workforce workers employees factory plant works site sites contract contracts accounts products brand logo "  # noqa: SIM905
    "catalogue branches depot fleet lorries vans trucks offer results owners shareholder premises clinics nurses".split()
)
_PRONOUNS_OF_PEOPLE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def firm_readings(doc: Doc) -> set[tuple[int, int]]:
    """The one-word mentions (token start, end) that are the firm, not the person, where the
    document names both by one word ("Pridmore" beside "Pridmore Tackle" and "Eleri Pridmore"):
    each mention that ``firm_named_so`` reads as the firm, or that the article writes as the
    firm's (``_person_at`` False: "the Pridmore name", "Tizzard bars"); of the rest, each one
    that nothing marks as either (``_person_at`` None), when at least one mention of that name
    is marked as the firm's; with none, they stay the person (a trial of "Pryce", founder of
    "Pryce Capital": "the jury acquitted Pryce")."""
    firms: set[tuple[int, int]] = set()
    named_so: Counter[str] = Counter()  # firm_named_so's firm mentions, by their word
    shared: defaultdict[str, list[Span]] = defaultdict(list)
    orgs = [e for e in doc.ents if e.label_ == "ORG" and len(e) >= 2]
    headline = headline_end(doc_text(doc))
    people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and (  # not a headline's "Sell Furzebank"
        e[0].text.rstrip(".") in HONORIFICS or first_name_gender(e[0].text) is not None
        or e.start_char > headline and e[0].pos_ == "PROPN")  # nor a quote's "Sell Furzebank and …"
        and e[-1].tag_ != "NNPS"]  # nor a team, "Kelstrand Comets"
    surnames = {e[-1].text for e in people}
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"}:
            continue
        if firm_named_so(doc, ent):
            firms.add((ent.start, ent.end))
            named_so[ent[0].text] += 1
        elif (len(ent) == 1 and ent[0].is_title and ent[0].text in surnames
              and any(e.start != ent.start and ent[0].text in {t.text for t in e[:2]} for e in orgs)):
            shared[ent[0].text].append(ent)
    for word, mentions in shared.items():
        marks = {(e.start, e.end): _person_at(doc, e) for e in mentions}
        written_as_firm = named_so[word] > 0 or False in marks.values()
        firms.update(key for key, mark in marks.items() if mark is False or (mark is None and written_as_firm))
    return firms


def _own_clause(verb: Token) -> list[Token]:
    """The words of a verb's clause, its reported clause's subject among them ("said she would"),
    without the words of another clause with a subject of its own ("as the founder sits on his
    quarter")."""
    out = []
    for t in verb.subtree:  # (only for the subject of a verb, at a name both a firm and a person bear)
        head = t if t.dep_ not in SUBJECT_DEPS else t.head
        while head is not verb and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
            head = head.head
        if head is verb or (t.dep_ in SUBJECT_DEPS and t.head.head is verb and t.head.dep_ in {"ccomp", "conj"}):
            out.append(t)
    return out


def _names_a_person(before: Token) -> bool:
    """Whether the word before a bare surname makes it a person's: a title or a word of trade or
    office ("Mr Pridmore", "Trainer Halsgrove"), or a capitalised word the model left untagged
    inside its sentence, a first name ("founded by Ethelred Pridmore")."""
    if before.text.rstrip(".") in HONORIFICS or before.lower_ in TRADE_NOUNS or before.text in OFFICE_WORDS:
        return True
    return (before.is_title and before.is_alpha and not before.is_stop and not before.ent_type_
            and before.pos_ in {"PROPN", "NOUN", "ADJ", "ADV"} and before.i > before.sent.start)


def _person_at(doc: Doc, ent: Span) -> bool | None:
    """True where the article writes a bare surname as a person's: after a title or a trade
    ("Mr Pridmore", "Trainer Halsgrove"), before an age or ", who", before a relative or lawyer
    of theirs ("Hawtin's nephew"), the subject of a verb of saying ("Pridmore said") or of a
    clause that goes on with "he" or "she"; False where it writes it as the firm's, a noun
    after it ("the Pridmore name", "a Gaukroger customer"); None where it writes neither."""
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and _names_a_person(before):
        return True
    if ent.root.dep_ == "appos" and ent.root.head.lower_ in _PERSONAL_NOUNS:
        return True  # "chaired by his grandson, Fulke Gumbleton"
    j = ent.end
    if stated_age(doc, j) is not None or (j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in {"now", "aged"}
                                           and doc[j + 2].like_num and doc[j + 3].text == ","):
        return True  # "Netherwood, 27,", "Netherwood, now 81,"
    rel = relative_after(doc, j)
    if rel is not None and rel.lower_ in {"who", "whose", "whom"}:
        return True
    possessive = j < len(doc) and doc[j].text in POSSESSIVE_MARKS
    if before is not None and before.lower_ == "the" and not possessive and not (j < len(doc) and doc[j].pos_ == "NOUN"):
        return False  # "went on display at the Stapylton": no one is "the Pryce"
    k = j + 1 if possessive else j
    while possessive and k < len(doc) and doc[k].pos_ in {"NUM", "ADJ"}:
        k += 1  # "Pridmore's 46 staff", "Thackwell's larger rivals"
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower:
        if possessive:
            if doc[k].lower_ in _PERSONAL_NOUNS:
                return True
            if doc[k].lower_ in FIRM_NOUNS | _FIRMS_THINGS:
                return False
        elif doc[k].lower_ not in _NOT_A_FIRMS and ent.root.dep_ == "compound":
            return False
    tok = doc[j] if possessive and doc[j].dep_ in {"nsubj", "nsubjpass"} else ent.root
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        verb = tok.head
        clause = [t for t in _own_clause(verb) if t.i > tok.i]
        if any(t.lower_ in _PRONOUNS_OF_PEOPLE for t in clause):
            return True  # "Dellacourt posted a photo on his account", "Cruttwell said she would decide"
        in_clause = {t.i for t in clause}
        if any(t.lower_ == "its" and (t.i in in_clause or t.head.i in in_clause) for t in verb.subtree if t.i > tok.i):
            return False  # "Doggart had been losing money on its vans", "Ruddlestone said its plans were …"
        if verb_lemma(verb) in load_speech_verbs():
            return True
    return None


def _owns_a_business(doc: Doc, ent: Span) -> bool:
    """Whether a one-word name is written as a company's: before a noun only businesses have,
    possessive or not ("Pixhold shares fell", "Pixhold's chief executive, Jo Lee,", "the Pixhold
    app"), or after "shares in" / "a stake in" ("Shares in Pixhold fell"), or before ", which" and a
    verb of trading ("Pixhold, which owns 212 pubs", ``_TRADING_VERBS``). A name tagged a place
    needs a noun of ``BUSINESS_NOUNS`` or "chief executive": towns have shops and customers. A
    nationality is no company ("British customers", "Chinese shares"): a name the tagger read as
    an adjective is not read."""
    if ent[0].pos_ == "ADJ":
        return False
    nouns = BUSINESS_NOUNS if ent.label_ in PLACE_LABELS else BUSINESS_NOUNS | SHOP_NOUNS
    j = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_MARKS else 0)
    if j + 1 < len(doc) and doc[j].lower_ == "chief" and doc[j + 1].lower_ == "executive":
        return True
    if j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN"} and (doc[j].is_lower or doc[j].text == "CEO") and doc[j].lower_ in nouns:
        return True
    rel = relative_after(doc, ent.end)
    if rel is not None and rel.lower_ == "which" and rel.i + 1 < len(doc) and doc[rel.i + 1].lower_ in _TRADING_VERBS:
        return True  # "Pixhold, which owns 212 pubs": a company, however the model tagged it
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lower_ in {"shares", "stake", "stakes"}


# what a company does in a relative clause on its name ("Pixhold, which owns 212 pubs"); not
# "runs" or "makes", which rivers and towns do too
_TRADING_VERBS = frozenset({"owns", "owned", "employs", "employed", "operates", "operated", "sells", "sold", "manufactures",
                            "manufactured", "supplies", "supplied"})


def _who_follows(doc: Doc, ent: Span, words: frozenset[str]) -> bool:
    """A full name the model tagged an organisation (or anything but a person or a place) followed
    by ", who" opening a relative clause on it ("Ulla Brandt, who leads the design team,"):
    organisations take "which", so a person. Not a name ending in an organisation word ("the
    Harbour Council, who …", as British English may write it), nor one word alone, nor a place
    the relative clause skips back over ("the bakery on Quay Street, who told …"). A name tagged
    a building counts when none of its words is an English word (``words``): "said Wigmund Kunz,
    who runs the bakery", not "Quay Street"."""
    rel = relative_after(doc, ent.end)
    building = ent.label_ == "FAC" and bool(words) and not any(_a_word(t, words) for t in ent)
    return (len(ent) >= 2 and (ent.label_ not in PLACE_LABELS | {"PERSON"} or building) and rel is not None and rel.lower_ == "who"
            and ent[-1].text not in ORG_HEADS and ent[0].text not in LEADING_ORG_HEADS and all(t.is_title for t in ent))


def _which_follows(doc: Doc, ent: Span) -> bool:
    """A name the model tagged a person or an organisation followed by ", which" opening a
    relative clause on it ("Pixhold, which promised …"): people take "who", so it is an
    organisation (a place's ", which" is not looked at)."""
    return ent.label_ in {"PERSON", "ORG"} and which_after(doc, ent.end)


# what a name may be given to that is no person and no organisation: animals, vehicles and
# machines ("Nutmeg, a standard poodle,", "the ferry Orrasay Lass", "its locomotive, Sir Pellinore,")
BEASTS_AND_MACHINES = frozenset(
    "dog bitch puppy poodle terrier spaniel collie labrador retriever greyhound whippet lurcher hound sheepdog "  # noqa: SIM905
    "cat kitten horse mare stallion gelding colt filly pony donkey cow bull heifer calf goat sheep ram ewe pig "
    "tortoise parrot owl swan goose gander duck pigeon ferret rabbit hamster alpaca llama "
    "locomotive ship boat ferry vessel yacht trawler tug barge lifeboat tractor".split()
)


def _named_as_a_beast_or_machine(doc: Doc, ent: Span) -> bool:
    """Whether the article says what a name is and that is an animal or a machine: a noun of
    ``BEASTS_AND_MACHINES`` in apposition ("Nutmeg, a standard poodle,", "its flagship
    locomotive, Sir Pellinore,") or right before the name ("her horse Sir Tantivy", "the ferry
    Orrasay Lass")."""
    if any(n.is_lower and n.lemma_.lower() in BEASTS_AND_MACHINES for n in apposed_nouns(ent)):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in TITLES and ent.start > 1:
        before = doc[ent.start - 2]  # "her horse Sir Tantivy", the title outside the entity
    return before is not None and before.pos_ == "NOUN" and before.is_lower and before.lemma_.lower() in BEASTS_AND_MACHINES


def apposed_nouns(ent: Span) -> list[Any]:
    """Common nouns set in apposition to a name, on either side of it ("Jo Lee, a retired
    driver,"; "the party's leader, Jo Lee,")."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)
        if (noun := described_by(root.head)) is not root.head:
            nouns.append(noun)  # "The mayor of Harnlow, Jo Lee,": the parser hangs the name on the place
    return [n for n in nouns if n.pos_ == "NOUN"]


def _initials_of_an_organisation(ent: Span, ents: list[Span]) -> bool:
    """A word in capitals that is the initials of an organisation the document names in full
    ("HBSA" beside "the Harbour and Bridges Safety Authority"), whatever the NER called it."""
    text = ent.text.replace("&", "")
    if len(ent) != 1 or not written_as_initials(text, 3, 6):
        return False
    return any(e.label_ == "ORG" and len(e) >= 2 and initials_of(e.text) == text for e in ents)


def _a_role_apposed(ent: Span) -> bool:
    """A person's job set in apposition to the name ("Skelwick, a retired nurse who …"; "the
    club's captain, Jo Lee,"), or a trade with "a" (``TRADE_NOUNS``: "Innes Polkinghay, a
    jeweller,"): places and companies have no jobs."""
    apposed = apposed_nouns(ent)
    if any(_an_organisation_word(n) for n in apposed):
        return False  # "its owner, Quillon Foods, a frozen-food company": a company owns too
    return any(n.is_lower and (
        (role_word(n) in APPOSED_ROLES and not any(c.dep_ == "prep" and c.lower_ in {"for", "of"} for c in n.children))
        # not "A spokesman for the union, the Harnmoor Drivers' Guild,"
        or (role_word(n) in TRADE_NOUNS and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in n.children)))
        for n in apposed)  # "Innes Polkinghay, a jeweller in Market Street,"


def role_word(noun: Any) -> str:
    """A noun's lower-case lemma with the word hyphened before it ("president-elect",
    "front-runner", which is no runner)."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()

