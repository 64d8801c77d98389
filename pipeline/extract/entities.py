"""Canonical entities: name variants within a document and across the corpus become one entity.

Reads the entities spaCy found (``doc.ents`` after our components); returns ``records.Entity``
rows (canonical name, label, aliases) and ``records.Mention`` rows (offsets into the document
text). The rules (also in README.md):

1. A name's key drops titles ("Mr", "Dr.", "President"), a possessive ("’s", "'s") and a
   leading "the", and is case-folded. Mentions with the same key and label are one entity.
2. Within a document, a one-word PERSON name attaches to the full name (two or more words)
   whose last word it is ("Duysak" -> "Bahtiyar Duysak"), else whose first word it is. When two
   different full names share a surname, a mention whose sex the document gives ("Mrs Pell")
   passes over those known to be of the other sex (``FoundName.gender``) and those its age
   or its courtesy title rules out (``_by_age``: another age, a child), then it is the one
   just written in full as its clause's subject, in its sentence or the one before
   (``_just_named``), else the one named first, in an earlier sentence (``_surname_holder``); when they were first named in one sentence, or share a first name,
   the mention is ambiguous and is not linked (counted). A one-word ORG that is the surname of
   a person named in full in the document is that person (not the firm named after them),
   unless the article writes that mention as the firm ("Odlum said it had …": ``FoundName.firm``). An
   organisation's key drops a company-form suffix ("Inc.", "Ltd"). A one-word ORG that is the
   last word of exactly one longer ORG of the document is that ORG; so is an ORG whose words
   begin exactly one longer name of the document, or (in capitals) are its initials ("PARA"),
   when that name is an ORG; across the corpus too, for a one-word ORG.
3. A handle (``@realDonaldTrump``) is a curated alias (``entity_aliases.tsv``); or the person
   whose full name is written at most two characters from it ("Wei Chen (@chen_lab)") when its
   letters hold a 3+ letter word of that name; or a person of the document whose surname AND
   first name occur in its letters and make up at least ``HANDLE_NAME_SHARE`` of them, or whose
   initial and surname are its letters; or the
   organisation whose name is its letters, or the one whose name it holds with more
   (``_organisation_in_handle``); or the one person whose first name opens it
   (``_person_by_first_name``); else a ``HANDLE`` entity of its own. A handle
   linked to one entity in any document is that entity in every document.
4. Across the corpus, a full name tagged PERSON in some mentions and ORG in others takes its
   majority label (list-tagged names aside). Full names merge when first and last words match,
   or when the first names are equal and the surnames near-identical spellings (rapidfuzz
   ratio >= 92). A bare surname from a document without the full name attaches to the one
   corpus person with that surname, if exactly one exists (also when the NER tagged it ORG,
   unless it came from the outlet and platform list); a one-word PERSON that another document
   wrote as the short form of exactly one organisation is that organisation, unless a corpus
   person has that name or the document gave its sex; a one-word ORG that is the last word of
   exactly one corpus organisation is it ("the University"); a bare first name (or "Dame" and
   one) is the one corpus person with that first name, when no corpus person has it as a
   surname. The canonical name is the most frequent
   full form (organisations: of two or more words, when there is one, and not a shortening of
   a longer form: "Ashby Crest Capital", not "Ashby Crest"; ties: longer, then alphabetical);
   entity_id = ids.entity_id(label, canonical name).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline import ids
from pipeline.records import Entity, Mention

# ranks and offices written short ("Insp Wardle", "Det. Sgt. Okoro", "Cllr Pell"): titles of a
# name, spoken in a speaker phrase, and before a lone surname a person as Mr makes one
RANK_ABBREVIATIONS = frozenset({"Capt", "Sgt", "Lt", "Col", "Maj", "Cmdr", "Cpl", "Pvt", "Insp", "Supt", "Det", "Cllr"})

# the courtesy titles and the sex each says, those of French and German papers' English editions
# too ("Mme Corvelle", "Herr Lenz", "Monsieur Ostry"); Mx says none
HONORIFIC_GENDER = {"Mr": "m", "Ms": "f", "Mrs": "f", "Miss": "f", "Mme": "f", "Mlle": "f", "Madame": "f", "Mademoiselle": "f",
                    "Monsieur": "m", "Herr": "m", "Frau": "f"}
COURTESY_TITLES = frozenset(HONORIFIC_GENDER) | {"Mx"}

TITLES = RANK_ABBREVIATIONS | COURTESY_TITLES | frozenset({
    "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "President",
    "Senator", "Sen", "Rep", "Gov", "Governor", "Judge", "Justice", "Secretary", "Gen", "General", "Col",
    "Capt", "Chancellor", "Minister", "Mayor", "Pope", "King", "Queen", "Prince", "Princess", "Rev",
    "Father", "Sheriff", "Speaker", "Commissioner", "Ambassador", "Vice",
    # local and party office, church, police and forces ("Councillor Ann Lee" is Ann Lee)
    # (not words that begin organisations' and places' names too: Premier League, Cardinal Health,
    # Bishop Auckland, the Coach House Trust)
    "Councillor", "Councilor", "Councilman", "Councilwoman", "Alderman", "Alderwoman", "Assemblyman",
    "Assemblywoman", "Congressman", "Congresswoman", "Chairman", "Chairwoman", "Archbishop", "Rabbi", "Imam",
    "Sergeant", "Sgt", "Lieutenant", "Lt", "Admiral", "Superintendent",
    # a chess title ("Grandmaster Aurelio Ballesty": quote set J)
    "Grandmaster",
})
# titles a speaker phrase keeps before a name ("Judge Rowena Tresham", "Detective Inspector …")
SPOKEN_TITLES = RANK_ABBREVIATIONS | frozenset({"Judge", "Justice", "Detective", "Inspector", "Chief", "Superintendent", "Sergeant",
                           "Sgt", "Constable", "Officer", "Mayor", "Councillor", "Senator", "Governor", "President",
                           "Professor", "Prof"})
# titles that end an office of two words ("Education Minister", "Foreign Secretary")
OFFICE_TITLES = frozenset({"Minister", "Secretary", "Commissioner", "Director", "Officer", "Chancellor", "Governor"})
# a nickname in quotation marks inside a name ("Dale ‘Wrecker’ Ravenhill" is Dale Ravenhill)
_NICKNAME = re.compile(r"\s[\u2018\u201c'\"]([^\u2019\u201d'\"]{1,30})[\u2019\u201d'\"](?=\s)")
# the labels of places, which a name the writer calls an organisation is not
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# the last words (keys) of the names of a place's own bodies, which open with the place's name
# ("Quillerton City Council", "Keddleport Angling Society", "Scallowmouth Harbour Commissioners");
# narrower than components.TOWN_BODY_HEADS, which holds clubs too: a club's first word alone is the club
PLACE_BODY_HEADS = frozenset({"council", "society", "association", "commissioners", "co-operative", "cooperative", "committee"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "HANDLE"})
# Company-form words that end an organisation's name without changing who it is ("Inc.", "Ltd").
CORPORATE_SUFFIXES = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "co", "co.", "corp", "corp.", "gmbh"})
_POSSESSIVE = re.compile(r"(?:['\u2019][sS]|(?<=[sS])['\u2019])$")
_SPACES = re.compile(r"\s+")


def abbreviated_title(word: str) -> bool:
    """A title cut to its consonants before a name ("Cllr", "Sgt", "Cpl", "Bdr"): three to five
    letters, capitalised, no vowel (no one's name is written so); not an acronym in capitals
    ("RNC Rules Committee", "NHS Trust" keep theirs)."""
    if not (3 <= len(word) <= 5 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    # a vowel with an accent is a vowel ("Götz", "Jürg" are names)
    return not any(c in "aeiouyAEIOUYæøœÆØŒ" for c in unicodedata.normalize("NFKD", word))


# abbreviated titles, spelt out: the noun a later description uses ("Sen. Ted Cruz" ... "the senator")
TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                       "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "prof": "professor",
                       "supt": "superintendent", "insp": "inspector", "det": "detective", "rev": "reverend",
                       "cllr": "councillor"}


# the label of a candidate the tagger read as a common noun opening a sentence ("Dunmore, the
# chief executive, said"): promoted only as the surname of the one corpus person so named
OPENING_CANDIDATE = "CANDIDATE_OPENING"
# titles written before a first name alone ("Sir Peregrine", "Dame Esmerelda"), which names the one
# person of the corpus with that first name
FIRST_NAME_TITLES = frozenset({"Sir", "Dame"})
# last words of a body's name, after which a first word that is a title is the body's own
# ("Justice Department" is not "Department"; "Speaker's Committee")
BODY_WORDS = frozenset({"Department", "Court", "Committee", "Ministry", "Office", "Council", "Party", "Commission",
                        "Agency", "Bureau", "Fund", "Foundation", "Institute", "Board", "Service", "Group"})


@lru_cache(maxsize=1 << 16)  # names repeat across mentions and documents
def clean_name(text: str) -> str:
    """The name as written, without a possessive, a leading "the", leading titles (abbreviated
    too: "Supt", "Insp."; not before a body's last word, ``BODY_WORDS``: "Justice Department")
    or a nickname in quotation marks."""
    text = _NICKNAME.sub("", _SPACES.sub(" ", text.strip()))
    text = _POSSESSIVE.sub("", text).strip()
    words = text.split(" ")
    body = words[-1] in BODY_WORDS  # "Justice Department", "General Council": a title word names the body
    while len(words) > 1 and (words[0].lower() == "the" or (not body and (
            words[0].rstrip(".") in TITLES or abbreviated_title(words[0]) or words[0].rstrip(".").lower() in TITLE_ABBREVIATIONS))):
        words = words[1:]
    return " ".join(words)


def person_name(text: str) -> str:
    """A person's name as ``clean_name`` writes it, without letters of honour or office after
    it, which are words of two to four capitals ("Ada Quist KC", "Ada Quist MP OBE"): "Ada
    Quist". A name of two words keeps both ("Malcolm XI" is rare, "Ada QC" is not a name)."""
    words = clean_name(text).split(" ")
    while len(words) > 2 and 2 <= len(words[-1].rstrip(".,")) <= 4 and words[-1].rstrip(".,").isupper() and words[-1].isalpha():
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Comparison key of a name: cleaned, accents folded, case-folded."""
    cleaned = clean_name(text).replace("\u2019", "'")
    folded = unicodedata.normalize("NFKD", cleaned)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


# a handle on X ("@harbourlass"), on Mastodon ("@railfan@toot.example.social"), on Bluesky
# ("@ana.bsky.social", "ana.bsky.social", "@ana.example.com"), which the tokenizer keeps whole,
# or on Reddit ("u/tide_watcher": three tokens to the tokenizer, which the entity ruler matches
# with a pattern of its own; this regular expression reads it in a speaker_text)
HANDLE_PATTERN = (r"^(?:@[A-Za-z0-9_]{2,30}|@[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|u/[A-Za-z0-9_-]{3,20}"
                  r"|@?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.bsky\.social|@[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.[a-z]{2,})$")
# how much of a handle's letters a person's first name and surname must make up to be theirs
# ("realdonaldtrump": 11 of 15; "luckydiplinda" is not the "Lucky Dip" of the article: 8 of 13)
HANDLE_NAME_SHARE = 0.65


def local_part(handle: str) -> str:
    """A handle's name without its server: "@ana@toot.example" -> "ana", "ana.bsky.social" ->
    "ana", "ana.example.com" (a Bluesky domain handle) -> "ana"; "@ana" stays."""
    name = handle.lstrip("@").split("@")[0]
    return name.split(".")[0] if "." in name else name


def handle_letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name_key(text.lstrip("@")))


@lru_cache(maxsize=1)
def load_aliases() -> dict[str, tuple[str, str]]:
    """Curated handle -> (label, canonical name) from the package's entity_aliases.tsv."""
    text = resources.files("pipeline.extract").joinpath("entity_aliases.tsv").read_text(encoding="utf-8")
    aliases = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            alias, label, name = line.split("\t")
            aliases[handle_letters(alias)] = (label, name)
    return aliases


# The outlets and platforms of entity_patterns.jsonl, read here (the module the entity
# components, the cue rules and the speaker rules all import) so that none imports another for them.
@lru_cache(maxsize=1)
def pattern_rows() -> tuple[dict[str, str], ...]:
    """The rows of the package's entity_patterns.jsonl (outlets and platforms)."""
    text = resources.files("pipeline.extract").joinpath("entity_patterns.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """The social platforms of entity_patterns.jsonl, lower-cased, and "x" (X, once Twitter, which
    the ruler cannot tag: the letter alone is too common)."""
    return frozenset({row["pattern"].lower() for row in pattern_rows() if row.get("kind") == "platform"} | {"x"})


@lru_cache(maxsize=1)
def listed_names() -> frozenset[str]:
    """Every outlet and platform name of entity_patterns.jsonl, lower-cased ("the guardian")."""
    return frozenset(row["pattern"].lower() for row in pattern_rows())


@dataclass(frozen=True)
class FoundName:
    """One entity span found in one document (before corpus-level resolution)."""

    doc_id: str
    text: str
    label: str
    start_char: int
    end_char: int
    from_list: bool = False  # tagged by the outlet/platform list, not the statistical NER
    sentence: int = -1  # where its sentence starts (a token index), -1 when not known
    gender: str | None = None  # a PERSON's "m"/"f" when the document says so at it (cues.mention_gender)
    # (start_char, end_char) of the mention whose person this name is, by the article's word: a
    # nickname or a handle declared after a name ("Ann Lee, who posts as @skipperlee"; declared_names)
    same_as: tuple[int, int] | None = None
    # the surname a lone first name shares with the full name "and" joins it to ("Rosa and
    # Tobias Fenn": "Fenn"; declared_names.couple_surnames)
    surname: str | None = None
    # the firm named so, not the person, by what the article writes at this one mention ("Pell
    # said it had …", "Pell's board": components.firm_named_so)
    firm: bool = False
    # the title of rank opening the mention or right before it ("Dr Keith Fawley", "Dr Fawley":
    # "Dr"), which tells two people sharing a surname apart (``RANK_TITLES``)
    title: str | None = None
    # "subject" for a PERSON name that is its clause's subject, "relative" for a relative set
    # beside one ("His son, Al Pell, led …"): a bare surname right after it is likely this one
    # (``_just_named``)
    subject: str | None = None
    # the age written right after the mention (", 47," or ", 44." closing the sentence): it tells
    # apart two people sharing a surname ("Ms Lumb, 44," is not Tracey Lumb, 47)
    age: int | None = None
    # "the younger" or "the elder" before the mention ("the younger Plasswitz", "the elder Mr
    # Pell"): which of a family the writer means (``_by_seniority``); True younger, False elder
    younger: bool | None = None
    # a full name set beside a word of kin ("His grandson, Bartlemas Pell,"): "junior" for a
    # child or grandchild, "senior" for a parent or grandparent (``cues.generation_of``)
    generation: str | None = None
    # a one-word organisation the document calls one beside its name ("Telvoria, the telecoms
    # giant,", "the operator Telvoria"), whatever the model tagged it (components.DESCRIBED_ORGS)
    described: bool = False
    # a one-word name its document writes as a place's ("in Tessworth", "the Wrenstall airport"),
    # whatever the model tagged it (components.PLACED_NAMES)
    placed: bool = False
    # a woman's courtesy title opening the mention or right before it ("Mrs", "Ms", "Miss"; "Mme"
    # as "Madame"): two women of a family the article calls differently are told apart by it
    # ("Mrs Bolanle Gaukroger" and "Ms Morenike Gaukroger": "Ms Gaukroger" is the daughter)
    courtesy: str | None = None


@dataclass
class _Cluster:
    label: str
    key: str  # canonical key within the corpus
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[FoundName] = field(default_factory=list)


# how often the model must tag a word as a place for it never to be an organisation's short name
PLACE_TAGS_TO_BLOCK = 2

# lower-case particles that open a surname ("van Zyl", "de Souza"): written alone, with a title
# or without, such a surname is a surname, not a full name of two words
NAME_PARTICLES = frozenset("de del della der di da dos du la le ter van von bin ibn al".split())  # noqa: SIM905


def _key_of(n: FoundName) -> str:
    """``name_key`` of a found name; for a person, without the particles of a surname written
    alone ("Mr. van Zyl" -> "zyl", which then attaches to "Gerrit van Zyl" like any surname)."""
    if n.label != "PERSON":
        return name_key(n.text)
    key = name_key(person_name(n.text))
    if n.surname and " " not in key:
        key = f"{key} {name_key(n.surname)}"  # "Rosa" of "Rosa and Tobias Fenn": Rosa Fenn
    words = key.split()
    while len(words) > 1 and words[0] in NAME_PARTICLES:
        words = words[1:]
    return " ".join(words)


def _person_form(n: FoundName) -> str:
    """How a person's mention names them: ``person_name``, with the surname a couple's first name
    shares ("Rosa" of "Rosa and Tobias Fenn": "Rosa Fenn")."""
    name = person_name(n.text)
    return f"{name} {n.surname}" if n.surname and " " not in name else name


def _full_key(key: str) -> str:
    words = key.split()
    return f"{_initial_key(words[0])} {words[-1]}" if len(words) >= 2 else key


_INITIALS = re.compile(r"(?:[a-z]\.){1,3}")
_VOWELS = frozenset("aeiouy")


def _initial_key(word: str) -> str:
    """A first name written as initials keyed by its first ("w. j.", "w.j." and "wj", two or
    three letters without a vowel, are all "w."); any other word as it is."""
    if _INITIALS.fullmatch(word) or (2 <= len(word) <= 3 and word.isalpha() and not _VOWELS & set(word)):
        return word[0] + "."
    return word


# one word, however a co-operative writes it ("the Co-op" of "Harnlow Growers Cooperative")
_COOPERATIVE = {"co-op": "cooperative", "co-operative": "cooperative", "coop": "cooperative"}


def org_key(key: str) -> str:
    """An organisation's key without a company-form suffix ("brightwell home products inc." ->
    "brightwell home products", "keefer ridley & co." -> "keefer ridley"), a co-operative's word
    spelt one way ("co-op", "co-operative": "cooperative")."""
    words = [_COOPERATIVE.get(w, w) for w in key.split()]
    while len(words) > 1 and words[-1].rstrip(",") in CORPORATE_SUFFIXES | {"&", "and"}:
        words = words[:-1]
    return " ".join(words).rstrip(",")


# words an organisation's initials skip ("Public Audit Review Authority of the Ports": PARAP)
_UNINITIALLED = frozenset({"of", "and", "the", "for", "&"})


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _UNINITIALLED and w[0].isalnum())


def initials_of(name: str) -> str:
    """A name's initials in capitals, titles, "the", "of", "and" and "&" left out ("LO" for "Dr
    Leontyne Orrell", "HBSA" for "the Harbour and Bridges Safety Authority")."""
    return _initials(name_key(name)).upper()


def written_as_initials(word: str, shortest: int = 2, longest: int = 4) -> bool:
    """Whether a word is capitals only, of ``shortest`` to ``longest`` letters ("LO", "HBSA")."""
    return shortest <= len(word) <= longest and word.isalpha() and word.isupper()


def _person_by_initials(text: str, persons: list[str], orgs: dict[str, str]) -> str | None:
    """The one full-name person of the document whose initials a word of two to four capitals
    is ("LO" for Leontyne Orrell, as interviews label their lines), when no organisation of
    the document has those initials (an acronym is the organisation's); None otherwise."""
    if not written_as_initials(text):
        return None
    letters = text.lower()
    if any(_initials(org) == letters for org in orgs.values()):
        return None
    found = {full for full in persons if len(full.split()) >= 2 and _initials(full) == letters}
    return next(iter(found)) if len(found) == 1 else None


def _organisation_in_handle(handle: str, orgs: dict[str, str]) -> str | None:
    """The one organisation of the document a handle names with more than its name: all of its
    words in any order ("friends of the brook" in "@BrookFriends"), or, joined to what
    follows by a capital or a digit, its initials in capitals (three or more: "@QFAchess") or
    its first word (five letters or more: "@HarnmoorSpace"). A separator after the name says a
    person's handle ("@harnmoor_dom", "harnmoor-dom.bsky.social"), and so does a number after
    it in a handle in lower case ("@harnmoor82"). None when no
    organisation or more than one does (a shorter name whose words open a longer one counts as
    the longer one)."""
    raw = local_part(handle)
    letters = handle_letters(raw)
    joined = not any(c in raw for c in "_-")
    found = set()
    for key in set(orgs.values()):
        words = [a for w in key.split() if w not in STOP_WORDS and (a := _ascii(w))]  # "&" and "+" are no words
        if not words:
            continue
        initials, first = _initials(key), words[0]
        by_initials = len(words) >= 3 and len(initials) >= 3 and raw[: len(initials)] == initials.upper() and len(raw) > len(initials)
        after = raw[len(first) : len(first) + 1]
        rest = letters[len(first) :]
        named_on = any(w == rest or (len(rest) >= 4 and w.startswith(rest)) for w in words[1:])  # "@quorndonaero"
        # (a word in lower case and a number alone is a person's: "@harnmoor82", not "@Harnmoor1921")
        numbered = after.isdigit() and not (raw.islower() and raw[len(first) :].isdigit())
        by_first = len(first) >= 5 and _ascii(raw[: len(first)].lower()) == first and (after.isupper() or numbered
                                                                                       or (after.islower() and named_on))
        if (len(words) >= 2 and all(w in letters for w in words)) or (joined and (by_initials or by_first)):
            found.add(key)
    found = {k for k in found if not any(o != k and o.startswith(k + " ") for o in found)}
    if len(found) > 1:  # "@GullhavenLobster": of the Gullhaven bodies, the one whose second word it holds too
        held = {k: sum(1 for w in k.split() if w not in STOP_WORDS and len(_ascii(w)) >= 3 and _ascii(w) in letters) for k in found}
        most = max(held.values())
        found = {k for k, n in held.items() if n == most}
    return next(iter(found)) if len(found) == 1 else None


FIRST_NAME_HANDLE_SHARE = 0.4  # how much of a handle's letters a first name opening it must make up


def _person_by_first_name(raw: str, persons: list[str]) -> str | None:
    """The one person of the document whose first name (five letters or more) opens a handle
    and makes up ``FIRST_NAME_HANDLE_SHARE`` of its letters ("@IsmeniaSwims", "ismenia_q");
    not a handle of someone of theirs, the first name possessive ("@ismenias_army_kat": a
    fan's), nor one longer than the name by more than its share ("@IsmeniaWatcherOfTides")."""
    letters = handle_letters(raw)
    found = set()
    for full in persons:
        first = _ascii(full.split()[0])
        if len(first) < 5 or not letters.startswith(first) or len(first) < FIRST_NAME_HANDLE_SHARE * len(letters):
            continue
        rest = re.sub(r"[^a-z0-9_.-]", "", name_key(raw.lstrip("@")))[len(first) :]
        if rest[:1] == "s" and (len(rest) == 1 or not rest[1].isalnum()):
            continue
        found.add(full)
    return found.pop() if len(found) == 1 else None


def _firm_opened_by(word: str, longer: dict[str, str]) -> str | None:
    """The one organisation name of the document (two words or more) that opens with ``word``;
    when none does, the one that has it second, after its kind ("Maison Vantrell", "Boulangerie
    Ostry": ``firm_named_so`` reads the first two words too)."""
    orgs = [k.split() for k, label in longer.items() if label == "ORG"]
    firms = ({org_key(" ".join(k)) for k in orgs if k[0] == word}
             or {org_key(" ".join(k)) for k in orgs if len(k) > 1 and k[1] == word})
    return firms.pop() if len(firms) == 1 else None


def _initialled(key: str) -> set[str]:
    """The letters of a name of three words or more with its last words cut to their initials
    ("dunlow valley lifeboat crew" -> "dunlowvlc", "dunlowvalleylc"): how a
    handle (@DunlowVLC) or a short form ("Dunlow VLC") writes it."""
    words = [w for w in key.split() if w not in _UNINITIALLED]
    if len(words) < 3:
        return set()
    return {"".join(_ascii(w) for w in words[:k]) + _initials(" ".join(words[k:])) for k in range(1, len(words) - 1)}


def _a_qualifier(words: list[str]) -> bool:
    """Whether the words before a name's last words only qualify it, as a place or an owner does
    ("u.s.", "hennemark"): no function word ("a", "no", "its") and no "v." of a court case."""
    return bool(words) and not any(w in STOP_WORDS or w in {"v.", "vs.", "v", "vs"} for w in words)


# first words of a nation's own body, whose two-word name is no short form of a longer one: "the
# Supreme Court" beside "the Florida Supreme Court" is another court
NATIONAL_WORDS = frozenset({"supreme", "high", "federal", "national", "royal", "state", "crown", "constitutional", "central"})


def _longer_forms(key: str, longer: dict[str, str], whole: bool = False) -> list[str]:
    """The names of ``longer`` that go on from all of ``key``'s words ("quill museum" -> "quill
    museum of art"), not into a body of its people ("quill united" is not "quill united
    supporters' trust": a possessive among the further words); for a ``whole`` name (ending in
    an organisation word), only with "of" ("state department" is not "state department
    inspector general")."""
    lead = key + (" of " if whole else " ")
    return [k for k in longer if k.startswith(lead) and "'" not in k[len(key):] and "\u2019" not in k[len(key):]]


def _short_form_of(n: FoundName, key: str, longer: dict[str, str], whole: bool = False) -> str | None:
    """The one longer organisation name ``key`` is a short form of: its first words ("Fairbourne"
    for "Fairbourne Home Products", "Lusby Capital" for "Lusby Capital Partners"; not for a word in
    capitals, "RNC" beside "RNC Rules Committee") or, written in capitals, its initials ("PARA"
    for "Public Audit Review Authority") or its last words' initials ("Dunlow VLC"), or its last
    words ("Court of Appeal" for "the Pellmark Court of Appeal", "the Arts Board" for "the Lowfield
    Arts Board"; of two words, not a nation's own body: ``NATIONAL_WORDS``). ``longer`` maps the
    names of two or more words around (any label) to their labels: when another name also
    starts with the words ("Hollowbridge United", a place, beside "Hollowbridge Rotary Club"),
    nothing is linked. Nor is a body of the name's people ("Stanmoor Rovers Supporters' Trust"
    is not Stanmoor Rovers: a plural possessive among its further words). A ``whole`` name, one
    the entity ruler's patterns found ending in an organisation word, is complete: it is a short
    form by its last words only ("the State Department" is not "State Department Inspector
    General", nor "Freedom Partners" "Freedom Partners Action Fund": PolNeAR train)."""
    words = key.split()
    acronym = " " not in key and n.text.strip().isupper()  # "RNC" is not "RNC Rules Committee", only its initials' name
    cands = set() if whole or acronym else {
        k for k in longer if k != key and k.split()[: len(words)] == words and "'" not in " ".join(k.split()[len(words):])}
    if whole and not acronym:
        cands = {k for k in longer if k.startswith(key + " of ")}  # "the Quill Museum" of "the Quill Museum of Art"
    letters = key.replace("&", "").replace("+", "")  # "Q&W" for "Quarmby & Wellock"
    if not cands and " " not in key and n.text.strip().isupper() and 2 <= len(letters) <= 6:
        cands = {k for k in longer if _initials(k) == letters}
    if not cands and not whole and len(words) >= 2 and n.text.split()[-1].isupper() and len(words[-1]) >= 2:
        cands = {k for k in longer if _ascii(key) in _initialled(k)}  # "Dunlow VLC" for "Dunlow Valley Lifeboat Crew"
    if not cands and (len(words) >= 3 or (len(words) == 2 and words[0] not in NATIONAL_WORDS)):
        # "the Court of Audit" after "the Pellmark Court of Audit": its last words, of three or more,
        # or two ("the County Council", "the Arts Board" after "the Lowfield Arts Board"), but not
        # a nation's own body ("the Supreme Court" beside "the Florida Supreme Court" is another court)
        cands = {k for k in longer if k != key and k.split()[-len(words):] == words and _a_qualifier(k.split()[: -len(words)])}
    if len(cands) > 1 and len(words) == 1:
        # "Skerrivane" beside "Skerrivane Ferries" and its parent "Skerrivane Group": the
        # company the parent owns, which a story calls by the bare name; the parent keeps its word
        operating = {k for k in cands if k.split()[-1] not in PARENT_HEADS}
        cands = operating if len(operating) == 1 else cands
    found = next(iter(cands)) if len(cands) == 1 else None
    return found if found is not None and longer[found] == "ORG" else None


# the last words of a parent company's name ("the Skerrivane Group", "Quenbury Holdings"), which
# stories write in full: the bare name is the company it owns
PARENT_HEADS = frozenset({"group", "holdings"})


def _person_words(keyed: list[tuple[FoundName, str, str]]) -> set[str]:
    """The first names and surnames of the people named in full among keyed mentions."""
    return {w for _, label, key in keyed if label == "PERSON" and " " in key for w in (key.split()[0], key.split()[-1])}


# the levels of a place a body of it names ("Nether Gimmerby Parish Council")
PLACE_LEVELS = frozenset({"parish", "town", "city", "county", "district", "borough", "community", "village"})


def _place_of_its_body(short: str, longer: str) -> bool:
    """Whether a short form of two words or more is the place of the body it opens, the rest of the
    body's name a level of place and a body's word ("nether gimmerby" of "nether gimmerby parish
    council"; not "common shelf" of "common shelf co-operative"). One-word short forms are left
    to ``_places_of_bodies`` and the document rules, which weigh the firm's reading too."""
    rest = longer[len(short):].split() if longer.startswith(short + " ") else []
    return (len(short.split()) >= 2 and len(rest) == 2 and rest[0] in PLACE_LEVELS and rest[1] in PLACE_BODY_HEADS)


def place_body_openers(names: Iterable[list[str]]) -> set[str]:
    """The first words of organisation names (each a list of its key's words, two or more) that
    open only names of a place's own bodies (``PLACE_BODY_HEADS``): "quillerton" of "quillerton
    city council", not "keddleport" beside both "keddleport angling society" and "keddleport
    tackle" (the firm's short form, perhaps)."""
    bodies: dict[str, set[bool]] = defaultdict(set)  # first word -> whether each name it opens is a place's body
    for words in names:
        bodies[words[0]].add(words[-1] in PLACE_BODY_HEADS)
    return {word for word, kinds in bodies.items() if kinds == {True}}


def _ascii(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word)


# titles a politician's or official's handle opens with ("@CllrAnnLee", "@SenLee", "@DrLee", "@MayorLee")
# (longest first: "@SenatorLee" is not "sen" + "atorlee")
HANDLE_TITLES = ("councillor", "senator", "mayor", "judge", "cllr", "prof", "supt", "insp", "sen", "rep", "gov", "rev", "dr")


def _without_title(letters: str) -> str | None:
    """A handle's letters after a title it opens with ("cllrlee" -> "lee"), else None."""
    title = next((t for t in HANDLE_TITLES if letters.startswith(t) and len(letters) - len(t) >= 3), None)
    return letters[len(title):] if title else None


def _person_beside(handle: FoundName, names: list[FoundName]) -> FoundName | None:
    """The full-name PERSON written right next to a handle ("Wei Chen (@chen_lab)", "@chen_lab
    (Wei Chen)"): at most two characters apart."""
    for n in names:
        near = 0 <= handle.start_char - n.end_char <= 2 or 0 <= n.start_char - handle.end_char <= 2
        if near and n.label == "PERSON" and " " in clean_name(n.text):
            return n
    return None


def _genders_said(names: list[FoundName]) -> dict[str, str]:
    """The sex one document gives each full person name (its key), by the mentions that say
    one (``FoundName.gender``): the full name's own; else a first name's or a titled surname's
    when one full name only has it ("her husband, Casimir", "Mr Pell" beside Bart Pell alone).
    A name given both sexes by the same kind of evidence gets none."""
    people = [(n, _key_of(n)) for n in names if n.label == "PERSON"]
    fulls = {_full_key(key) for _, key in people if " " in key}
    by_first: dict[str, set[str]] = defaultdict(set)
    by_last: dict[str, set[str]] = defaultdict(set)
    for full in fulls:
        by_first[full.split()[0]].add(full)
        by_last[full.split()[-1]].add(full)
    own: dict[str, set[str]] = defaultdict(set)
    inferred: dict[str, set[str]] = defaultdict(set)
    seen: set[str] = set()
    for n, key in sorted(people, key=lambda p: p[0].start_char):
        if " " in key:
            seen.add(_full_key(key))
        if not n.gender:
            continue
        if " " in key:
            own[_full_key(key)].add(n.gender)
        elif len(by_last.get(key, ())) == 1 and (full := next(iter(by_last[key]))) in seen and full not in inferred:
            # the first titled surname after the full name: "Gideon Pell, 41, …; “…,” Mr Pell said",
            # not a later "Mrs Pell" the article never names in full (his wife)
            inferred[full].add(n.gender)
        elif key not in by_last and len(by_first.get(key, ())) == 1:
            inferred[next(iter(by_first[key]))].add(n.gender)
    return _one_sex(own, inferred)


def _one_sex(own: dict[str, set[str]], inferred: dict[str, set[str]]) -> dict[str, str]:
    """Each name's sex by its own evidence when that says one, else by the inferred when that
    says one."""
    out = {}
    for full in own.keys() | inferred.keys():
        said = own.get(full) if own.get(full) else inferred.get(full, set())
        if len(said) == 1:
            out[full] = next(iter(said))
    return out


CORPUS_SEX_MAJORITY = 2  # how many times more articles must give a name one sex than the other


def _corpus_sex(said: Counter[str]) -> str | None:
    """The sex the corpus's articles give a name: the one most of them give, by
    ``CORPUS_SEX_MAJORITY`` to one at least ("Mrs Lee" in nine articles where Ann Lee is the only
    Lee, "Mr Lee" in one where she is named beside her husband); None when they are split."""
    (sex, most), *rest = said.most_common()
    return sex if not rest or most >= CORPUS_SEX_MAJORITY * rest[0][1] else None


# titles of rank or office that tell two people sharing a surname apart ("Dr Fawley" is the one
# written "Dr Keith Fawley"); not the courtesy titles, which say only a sex
RANK_TITLES = frozenset({"Dr", "Prof", "Professor", "Cllr", "Councillor", "Rev", "Sir", "Dame", "Lord", "Lady", "Judge", "Capt", "Sgt", "Insp", "Det", "Supt"})


# the courtesy titles of French that write "M." as Monsieur beside them ("Mme Ostry", "M. Ostry")
FRENCH_LADIES = frozenset({"Mme", "Mlle", "Madame", "Mademoiselle"})


def _monsieur(key: str, full_by_last: dict[str, set[str]], sex: Callable[[str], set[str] | None], french: bool = False) -> str | None:
    """The full name "M. Ostry" stands for when "M." is French for Monsieur, not an initial: the
    one person of the document with that surname, whose first name does not begin with M; of a
    family named in full, the one man among them (``sex``: a full name's sex as the articles give
    it), else the one whose sex nothing says when the rest are women, a woman never ("M. Ostry"
    beside "Sidonie Ostry" and "Cadoc Ostry": Cadoc). A full name whose first name begins with M
    is taken when it is the one reading left, initial or Monsieur ("M. Thiollier" beside
    Maixent Thiollier alone, or beside Marc and Sidonie Ostry). In an article that writes
    "Mme" (``french``), "M." is Monsieur, never an initial ("M. Ostry" beside Marc Ostry and
    Maud, "Mme Ostry": Marc, as the one man)."""
    words = key.split()
    if len(words) != 2 or words[0] != "m.":
        return None
    named = [full for full in full_by_last.get(words[1], ()) if full != key]
    if not french and (initialled := [full for full in named if full.startswith("m")]):
        # "M. Ostry" beside Marc Ostry: his initial, or Monsieur; he either way when no other
        # reading is left (not beside Maud and Cadoc Ostry: her initial, or Monsieur Cadoc); a
        # woman never, as below
        readings = set(initialled) | {full for full in named if sex(full) == {"m"}}
        only = next(iter(readings)) if len(readings) == 1 else None
        return only if only is not None and sex(only) != {"f"} else None
    men = [full for full in named if sex(full) == {"m"}] or [full for full in named if sex(full) is None]
    if len(named) > 1 and len(men) == 1:
        return men[0]  # the one man, else the one whose sex nothing says beside women ("his daughter, Sixtine Ostry")
    return named[0] if len(named) == 1 and sex(named[0]) != {"f"} else None


def _surname_holder(fulls: set[str], first_seen: dict[str, tuple[int, int]]) -> str | None:
    """Which of the document's full names sharing a surname a bare surname means: the one the
    document named first, in an earlier sentence than the others, the story's subject
    ("Everett Lusby", then "His wife, Rosalie Lusby, …": "Lusby" is Everett; the writer calls a
    relative named later by their full or first name). None when two were first named in the
    same sentence ("Daniel Weber and Anna Weber met …"): ambiguous. ``first_seen``: full name ->
    (sentence, offset) of its first mention."""
    unseen = (1 << 62, 1 << 62)
    order = sorted(fulls, key=lambda f: first_seen.get(f, unseen))
    if len(order) == 1:
        return order[0]
    first, second = (first_seen.get(f, unseen) for f in order[:2])
    return order[0] if first[0] < second[0] else None


ADULT_AGE = 18  # the press calls no one younger by a courtesy title: "Ms Birtwistle" is the 15-year-old's mother


def _by_age(fulls: set[str], ages: dict[str, int], age: int | None, courtesy: bool) -> set[str]:
    """Of the full names a surname may stand for, those its mention's age and title allow: not
    one whose age the article gives otherwise ("said Ms Lumb, 44" beside "Tracey Lumb, 47": her
    sister), and, after a courtesy title, not a child ("Ms Birtwistle" beside "Kacey Birtwistle,
    15," and her mother). All of them when none would be left."""
    kept = {f for f in fulls if age is None or ages.get(f, age) == age}
    if courtesy:
        kept = {f for f in kept if ages.get(f, ADULT_AGE) >= ADULT_AGE}
    return kept or fulls


def _by_seniority(fulls: set[str], ages: dict[str, int], generations: dict[str, str], younger: bool) -> set[str]:
    """Which of the full names a surname may stand for "the younger X" or "the elder X" means: the
    youngest or oldest when the article gives every one an age ("Guinevere Pell, 71," and "Her
    daughter, Peregrina Pell, 34,"), else, of two, the one the article sets beside a word of kin as
    the other's child or grandchild ("His grandson, Bartlemas Pell,") or parent. All of them when
    neither tells."""
    if all(f in ages for f in fulls):
        pick = min if younger else max
        best = pick(ages[f] for f in fulls)
        chosen = {f for f in fulls if ages[f] == best}
        return chosen if len(chosen) == 1 else fulls
    if len(fulls) == 2:
        wanted = "junior" if younger else "senior"
        unwanted = "senior" if younger else "junior"
        marked = {f for f in fulls if generations.get(f) == wanted}
        if len(marked) != 1:
            marked = fulls - {f for f in fulls if generations.get(f) == unwanted}
        if len(marked) == 1:
            return marked
    return fulls


def _just_named(fulls: set[str], seen: dict[str, list[tuple[int, int, str | None]]], rank: dict[int, int], n: FoundName,
                first_said: dict[str, list[int]]) -> str | None:
    """Which of the document's full names sharing a surname a bare surname means when the latest
    of them written in full before it was its clause's subject (``FoundName.subject``) in the
    bare name's sentence or the sentence with names before it: that one ("Nevena Cruttwell has
    run the chain since … Cruttwell said the bid …"). A relative set beside the subject ("His
    daughter, Mizuki Twitchett, who is studying … “Dad does it by eye,” Twitchett said") is that
    one too, unless their first name is written alone in the bare name's sentence or the next
    with names (``first_said``: first name -> sentences): "His son, Marijn Quennock, led the
    crew. Quennock said her brother … “Marijn rebuilt …”" is someone speaking of him. None
    otherwise, or when the sentence is not known."""
    if n.sentence < 0 or n.sentence not in rank:
        return None
    latest: tuple[int, int, str | None] | None = None
    owner = None
    for full in fulls:
        for mention in seen.get(full, ()):
            if mention[1] < n.start_char and mention[0] in rank and (latest is None or mention[1] > latest[1]):
                latest, owner = mention, full
    if latest is None or latest[2] is None or owner is None or rank[n.sentence] - rank[latest[0]] > 1:
        return None
    here = rank[n.sentence]
    if latest[2] == "relative" and any(here <= rank.get(s, -1) <= here + 1 for s in first_said.get(owner.split()[0], ())):
        return None
    return owner


class EntityResolver:
    """Collects names document by document, then resolves them across the corpus."""

    def __init__(self) -> None:
        self._docs: dict[str, list[FoundName]] = {}
        self.ambiguous = 0
        self._span_entity: dict[tuple[str, int, int], Entity] = {}
        self._nicknames: dict[tuple[str, str], set[str]] = defaultdict(set)  # (nickname, surname) -> full names
        self._genders: dict[str, set[str]] = {}  # full person key -> the sex most of the corpus's articles give it (``_corpus_sex``)
        self._candidates: dict[str, list[FoundName]] = {}  # doc id -> untagged one-word proper nouns (``add_document``)

    def add_document(self, doc_id: str, names: list[FoundName], candidates: Sequence[FoundName] = ()) -> None:
        """One document's entity spans, and the one-word proper nouns its model left untagged
        (``analysis.short_name_candidates``), which ``resolve`` keeps only where the corpus
        names an organisation they are the short name or initials of."""
        self._docs[doc_id] = [n for n in names if n.label in ENTITY_LABELS and name_key(n.text)]
        self._candidates[doc_id] = list(candidates)

    def _promote_candidates(self) -> None:
        """The candidates that are an organisation's short name or initials somewhere in the
        corpus join their documents' names as ORG mentions: a word that opens exactly one
        organisation's name of two or more words ("Lintwhite" of "Lintwhite Media", named in
        another article) and is no word of any person's name nor a word the model tagged as a
        place, nationality or building twice or more ("Ohio"; once is the model's slip); or
        capitals that are exactly one organisation's initials ("PPWU"). A candidate that is the
        first name of exactly one corpus person named in full ("Osric" of "Osric Dunmore"),
        and no surname, organisation's first word or such place, joins as a PERSON mention; so
        does one that is the surname of exactly one corpus person named in full and no one's
        first name, organisation's first word or such place ("Dunmore, the chief executive,"
        in an article that never gives his first name)."""
        if not any(self._candidates.values()):
            return
        opens: dict[str, set[str]] = defaultdict(set)
        initials: dict[str, set[str]] = defaultdict(set)
        firsts: dict[str, set[str]] = defaultdict(set)  # a person's first name -> their full names
        surnames: set[str] = set()
        lasts: dict[str, set[str]] = defaultdict(set)  # a person's surname -> their full names
        blocked: set[str] = set()
        places: Counter[str] = Counter()
        for names in self._docs.values():
            for n in names:
                key = name_key(n.text)
                words = key.split()
                if n.label == "ORG" and len(words) >= 2:
                    opens[words[0]].add(key)
                    initials[initials_of(n.text)].add(key)
                elif n.label == "PERSON":
                    blocked.update(words)
                    if len(words) >= 2 and not n.text.startswith("@"):
                        firsts[words[0]].add(key)
                        surnames.update(words[1:])
                        lasts[words[-1]].add(key)
                elif n.label in {"GPE", "LOC", "NORP", "FAC"}:
                    places.update(words)
        # a place the model tagged so twice or more ("Ohio"), not a company it once took for one
        blocked.update(w for w, count in places.items() if count >= PLACE_TAGS_TO_BLOCK)
        for doc_id, found in self._candidates.items():
            promoted = []
            for c in found:
                key = name_key(c.text)
                short = key and len(opens.get(key, ())) == 1 and key not in blocked and not c.text.isupper()
                acronym = c.text.isupper() and len(initials.get(c.text, ())) == 1
                opening = c.label == OPENING_CANDIDATE
                if (short or acronym) and not opening:
                    promoted.append(replace(c, label="ORG"))
                elif (not opening and len(firsts.get(key, ())) == 1 and key not in surnames and key not in opens
                      and places[key] < PLACE_TAGS_TO_BLOCK and not c.text.isupper()):
                    promoted.append(replace(c, label="PERSON"))  # "Ivor" alone where the corpus names one Ivor in full
                elif (len(lasts.get(key, ())) == 1 and key not in firsts and key not in opens
                      and places[key] < PLACE_TAGS_TO_BLOCK and not c.text.isupper()):
                    promoted.append(replace(c, label="PERSON"))  # "Merridane, the finance chief," named in full in another article
            if promoted:
                self._docs[doc_id] = sorted(self._docs.get(doc_id, []) + promoted, key=lambda n: n.start_char)
        self._candidates = {}

    # -- within one document -------------------------------------------------------------
    def _document_keys(self, names: list[FoundName]) -> list[tuple[FoundName, str, str] | None]:
        """(name, label, key) per name; None when ambiguous. Keys of one-word persons point at full names."""
        full_by_last: dict[str, set[str]] = defaultdict(set)
        full_by_first: dict[str, set[str]] = defaultdict(set)
        full_genders: dict[str, set[str]] = defaultdict(set)
        persons: list[str] = []
        orgs: dict[str, str] = {}
        org_by_last: dict[str, set[str]] = defaultdict(set)
        longer: dict[str, str] = {}  # names of two or more words -> label
        first_seen: dict[str, tuple[int, int]] = {}  # full person name -> (sentence, offset) of its first mention
        full_titles: dict[str, set[str]] = defaultdict(set)  # full person name -> the titles of rank it is written with ("Dr")
        full_courtesy: dict[str, set[str]] = defaultdict(set)  # full person name -> the women's courtesy titles it is written with
        full_age: dict[str, int] = {}  # full person name -> the age the article first gives it ("Kacey Birtwistle, 15,")
        full_generation: dict[str, str] = {}  # full person name -> "junior"/"senior", as a word of kin beside it first says
        full_seen: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)  # full person name -> (sentence, offset, subject) of each mention
        first_said: dict[str, list[int]] = defaultdict(list)  # a one-word person name -> the sentences it is written in
        sentence_rank = {s: i for i, s in enumerate(sorted({n.sentence for n in names if n.sentence >= 0}))}
        for n in names:
            key = _key_of(n)
            if n.label == "ORG":
                key = org_key(key)
            if n.label == "PERSON" and len(key.split()) >= 2:
                full = _full_key(key)
                first_seen.setdefault(full, (n.sentence if n.sentence >= 0 else n.start_char, n.start_char))
                full_seen[full].append((n.sentence, n.start_char, n.subject))
                full_by_last[full.split()[-1]].add(full)
                full_by_first[full.split()[0]].add(full)
                if n.gender:
                    full_genders[full].add(n.gender)
                if n.title is not None:
                    full_titles[full].add(n.title)
                if n.courtesy is not None:
                    full_courtesy[full].add(n.courtesy)
                if n.age is not None:
                    full_age.setdefault(full, n.age)
                if n.generation is not None:
                    full_generation.setdefault(full, n.generation)
                persons.append(full)
            elif n.label == "PERSON" and len(key.split()) == 1:
                first_said[key].append(n.sentence)
            elif n.label in {"ORG", "PRODUCT"}:
                orgs[key.replace(" ", "")] = key
                if n.label == "ORG" and len(key.split()) >= 2:
                    org_by_last[key.split()[-1]].add(key)
            if len(key.split()) >= 2 and n.label != "HANDLE":
                longer.setdefault(key, n.label)
        for full, sex in _genders_said(names).items():
            full_genders.setdefault(full, {sex})

        from pipeline.extract.cues import first_name_gender  # (cues imports this module)

        def sex_of(full: str) -> set[str] | None:
            """A full name's sex: as this article gives it, else as most of the corpus does."""
            return full_genders.get(full) or self._genders.get(full)

        french = any(n.label == "PERSON" and n.text.strip() and n.text.split()[0].rstrip(".") in FRENCH_LADIES for n in names)
        out: list[tuple[FoundName, str, str] | None] = []
        for n in names:
            key = _key_of(n)
            short_of = None
            if n.label == "ORG":
                key = org_key(key)
                short_of = None if n.from_list and key in listed_names() else _short_form_of(n, key, longer, whole=n.from_list)
            if n.firm and (firm := _firm_opened_by(key.split()[-1] if key else key, longer)) is not None:
                out.append((n, "ORG", firm))  # "Odlum said it had hired …" beside "Odlum Health" and Temperance Odlum
            elif n.label in {"PERSON", "ORG"} and (owner := _person_by_initials(n.text, persons, orgs)) is not None:
                out.append((n, "PERSON", owner))  # "MH:" and "BV:" labelling an interview's lines
            elif n.label == "ORG" and " " not in key and key in full_by_last and not n.from_list:
                # "Lusby" beside "Everett Lusby" and his "Lusby Capital Partners": a bare surname
                # is the person; the firm is called by more of its name
                holder = _surname_holder(full_by_last[key], first_seen)
                if holder is None:
                    self.ambiguous += 1
                out.append(None if holder is None else (n, "PERSON", holder))
            elif n.label == "HANDLE":
                beside = _person_beside(n, names)
                out.append(self._handle_key(n, sorted(set(persons)), orgs, _full_key(name_key(beside.text)) if beside else None))
            elif n.label == "ORG" and " " not in key and len(org_by_last.get(key, ())) == 1:
                out.append((n, "ORG", next(iter(org_by_last[key]))))  # "the Gazette" after "the Harbour Gazette"
            elif short_of is not None and _place_of_its_body(key, short_of):
                out.append((n, "GPE", key))  # "Nether Gimmerby" beside "Nether Gimmerby Parish Council": the village
            elif short_of is not None:
                out.append((n, "ORG", short_of))  # "Fairbourne", "PARA" after the full name
            elif n.label == "PERSON" and len(key.split()) == 1:
                cands = full_by_last.get(key) or full_by_first.get(key) or set()
                if len(cands) > 1 and key in full_by_last and (named := {c for c in cands if first_seen[c][1] < n.start_char}):
                    cands = named  # "Mr Pell" before the article names his son "Jon Pell": the one named so far
                if len(cands) > 1 and key in full_by_last and n.gender:
                    # "Mr Pell" beside Bart Pell and "his wife, Corinna Pell": not one known to be of the other sex
                    # (or in another article: "Mr Pell" where Bart Pell is the only Pell); one this
                    # article says is of its sex beats one whose sex only the others give, or none
                    sexes = {c: sex_of(c) for c in cands}
                    cands = ({c for c in cands if sexes[c] == {n.gender}}
                             or {c for c in cands if sexes[c] is None} or cands)
                titled_sex = HONORIFIC_GENDER.get(n.text.split()[0].rstrip("."))  # "Mr Pell", not "van Pell"'s "Van"
                if len(cands) > 1 and key in full_by_last:
                    cands = _by_age(cands, full_age, n.age, titled_sex is not None)
                if len(cands) > 1 and key in full_by_last and n.younger is not None:
                    cands = _by_seniority(cands, full_age, full_generation, n.younger)  # "the younger Pell"
                other = ({"m", "f"} - {titled_sex}).pop() if titled_sex else None
                if (len(cands) == 1 and key in full_by_last and other
                        and sex_of(only := next(iter(cands))) == {other} and first_name_gender(only.split()[0]) == other):
                    # "Mr Stührwoldt" where the one Stührwoldt named in full is a woman by her first
                    # name ("Eilika") and by the article: her husband, never named in full; left
                    # unresolved (the corpus would take him for her). Both must say so: "his
                    # challenger, Ann Pell" says little, and "her husband, Ossie" beats a census list
                    self.ambiguous += 1
                    out.append(None)
                    continue
                if len(cands) > 1 and key in full_by_last and (titled := {c for c in cands if n.title in full_titles.get(c, ())}):
                    cands = titled if len(titled) == 1 else cands  # "Dr Fawley" of the referee Ann Fawley and the physiotherapist Dr Keith Fawley
                if len(cands) > 1 and key in full_by_last and n.courtesy is not None:
                    # "Ms Gaukroger" beside "Mrs Bolanle Gaukroger" and "Ms Morenike Gaukroger": not
                    # the woman the article calls by another courtesy title
                    cands = {c for c in cands if n.courtesy in full_courtesy.get(c, {n.courtesy})} or cands
                if len(cands) > 1 and key in full_by_last and (recent := _just_named(cands, full_seen, sentence_rank, n, first_said)) is not None:
                    cands = {recent}  # "Nevena Cruttwell has run the chain … Cruttwell said": the sibling just named
                if len(cands) > 1 and key in full_by_last and (holder := _surname_holder(cands, first_seen)) is not None:
                    cands = {holder}  # "Lusby" after Everett, then Rosalie Lusby
                if len(cands) > 1:
                    self.ambiguous += 1  # a first name two full names share ("Sam" for two Sams)
                    out.append(None)
                else:
                    out.append((n, "PERSON", next(iter(cands)) if cands else key))
            elif n.label == "PERSON" and (gentleman := _monsieur(key, full_by_last, sex_of, french)) is not None:
                out.append((n, "PERSON", gentleman))  # "M. Ostry" beside Cadoc Ostry: Monsieur, not an initial
            elif n.label == "PERSON":
                out.append((n, "PERSON", _full_key(key)))
            else:
                out.append((n, n.label, key))
        return self._declared(names, out)

    def _declared(self, names: list[FoundName], out: list[tuple[FoundName, str, str] | None]) -> list[tuple[FoundName, str, str] | None]:
        """A name the article declares someone's (``FoundName.same_as``) is its owner's entity, and
        so is every other mention of a nickname, declared so or written in quotation marks inside a
        full name (`Dale "Wrecker" Whitby`, then "Wrecker"). Nicknames with their owner's surname
        are kept for the corpus ("Wrecker Whitby" in another article)."""
        at = {(n.start_char, n.end_char): k for n, k in zip(names, out) if k is not None}
        nicks: dict[str, tuple[str, str]] = {}
        for k in out:
            if k is not None and k[1] == "PERSON" and (m := _NICKNAME.search(k[0].text)) and " " in k[2]:
                nicks[name_key(m.group(1))] = ("PERSON", k[2])
        for i, n in enumerate(names):
            owner = at.get(n.same_as) if n.same_as else None
            if owner is None:
                continue
            out[i] = (n, owner[1], owner[2])
            if n.label != "HANDLE" and " " not in name_key(n.text) and owner[1] == "PERSON":
                nicks[name_key(n.text)] = (owner[1], owner[2])
        for i, n in enumerate(names):
            if n.label != "HANDLE" and (target := nicks.get(name_key(n.text))) is not None:
                out[i] = (n, *target)
        for nick, (_, full) in nicks.items():
            if " " in full:
                self._nicknames[(nick, full.split()[-1])].add(full)
        return out

    @staticmethod
    def _handle_key(n: FoundName, persons: list[str], orgs: dict[str, str], beside: str | None = None) -> tuple[FoundName, str, str]:
        whole = handle_letters(n.text)  # a handle of its own keeps its server ("@ana@toot.example", "ana.bsky.social")
        letters = handle_letters(local_part(n.text))  # the name it is matched on has none
        curated = load_aliases().get(whole) or load_aliases().get(letters)
        if curated:
            label, name = curated
            return (n, label, _full_key(name_key(name)) if label == "PERSON" else name_key(name))
        if beside and any(len(w) >= 3 and _ascii(w) in letters for w in beside.split()):
            return (n, "PERSON", beside)  # "Wei Chen (@chen_lab)": the article links the two
        titled = _without_title(letters)
        for full in persons:
            first, last = _ascii(full.split()[0]), _ascii(full.split()[-1])
            named = first in letters and len(first + last) >= HANDLE_NAME_SHARE * len(letters)  # not "@LuckyDipLinda" for "Lucky Dip"
            if len(last) >= 3 and last in letters and (named or letters in {first[0] + last, last + first[0]} or titled == last):
                return (n, "PERSON", full)  # "@CllrAnnLee", "@annlee", "@alee", "@CllrLee"
        initialled = [key for key in orgs.values() if letters in _initialled(key)]
        if len(initialled) == 1:
            return (n, "ORG", initialled[0])  # "@KestrelVLC" for "Kestrel Valley Lifeboat Crew", not its "Kestrel VLC"
        if letters in orgs:
            return (n, "ORG", orgs[letters])
        if (org := _organisation_in_handle(n.text, orgs)) is not None:
            return (n, "ORG", org)  # "@HarnmoorSpace" for "Harnmoor Aerospace", "@TrustFriends" for "Friends of the Trust"
        if (owner := _person_by_first_name(local_part(n.text), persons)) is not None:
            return (n, "PERSON", owner)  # "@IsmeniaSwims" for Ismenia Quorndon, the article's one Ismenia
        return (n, "HANDLE", "@" + whole)

    # -- across the corpus ---------------------------------------------------------------
    def resolve(self) -> tuple[list[Entity], list[Mention]]:
        """Entities (sorted by id) and mentions (sorted by doc, offsets)."""
        self._promote_candidates()
        keyed: list[tuple[FoundName, str, str]] = []
        genders: dict[str, Counter[str]] = defaultdict(Counter)
        for names in self._docs.values():
            for full, sex in _genders_said(names).items():
                genders[full][sex] += 1
        self._genders = {full: {sex} for full, said in genders.items() if (sex := _corpus_sex(said))}
        for doc_id in sorted(self._docs):
            keyed.extend(k for k in self._document_keys(self._docs[doc_id]) if k is not None)
        keyed = self._firms_by_first_word(self._described_organisations(keyed))
        keyed = self._short_organisations(self._corpus_labels(self._corpus_handles(self._places_of_bodies(keyed))))
        keyed = [(n, label, self._by_nickname(key) if label == "PERSON" else key) for n, label, key in keyed]
        person_fulls = sorted({key for _, label, key in keyed if label == "PERSON" and " " in key})
        canon_full = self._merge_spellings(person_fulls)
        by_last: dict[str, set[str]] = defaultdict(set)
        by_first: dict[str, set[str]] = defaultdict(set)
        for full in set(canon_full.values()):
            by_last[full.split()[-1]].add(full)
            by_first[full.split()[0]].add(full)
        longer: dict[str, str] = {}
        org_by_last: dict[str, set[str]] = defaultdict(set)
        for _, label, key in keyed:
            if " " in key and label != "HANDLE":
                longer.setdefault(key, label)
            if " " in key and label == "ORG":
                org_by_last[key.split()[-1]].add(key)
        clusters: dict[tuple[str, str], _Cluster] = {}
        extended: dict[tuple[str, bool], list[str]] = {}  # _longer_forms per key: one scan of ``longer`` each
        for n, label, key in keyed:
            if label == "ORG" and not n.from_list and " " not in key and len(by_last.get(key, ())) == 1:
                label = "PERSON"  # a surname the NER took for an organisation ("Holloway said")
            elif label == "ORG" and not n.from_list and " " not in key:
                key = _short_form_of(n, key, longer) or key  # "Fairbourne" in a story naming it in full elsewhere
            elif label == "ORG" and (not n.from_list or key not in listed_names()):
                if (key, n.from_list) not in extended:
                    extended[key, n.from_list] = _longer_forms(key, longer, n.from_list)
                starts = extended[key, n.from_list]
                if len(starts) == 1 and longer[starts[0]] == "ORG":
                    key = starts[0]  # "the Quill Museum" in a story naming "the Quill Museum of Art" elsewhere
                elif not starts and len(key.split()) == 2:
                    # "the County Council" in a story naming "Harlingshire County Council" elsewhere
                    # (two words only: a longer name is the document's own, "Brightwell Home Products")
                    key = _short_form_of(n, key, longer, whole=n.from_list) or key
            if label == "ORG" and " " not in key and len(org_by_last.get(key, ())) == 1 and key not in listed_names():
                key = next(iter(org_by_last[key]))  # "the University" in a story naming none, when the corpus names one
            if label == "PERSON":
                if " " in key:
                    key = canon_full[key]
                elif len(by_last.get(key, ())) == 1:
                    key = next(iter(by_last[key]))
                elif key not in by_last and len(by_first.get(key, ())) == 1:
                    # "Dame Esmerelda", "his son, Torin" in an article that never names them in full:
                    # the one corpus person of that first name (no one's surname)
                    key = next(iter(by_first[key]))
            cluster = clusters.setdefault((label, key), _Cluster(label, key))
            cluster.forms[_person_form(n) if label == "PERSON" else clean_name(n.text)] += 1
            cluster.mentions.append(n)
        entities: list[Entity] = []
        mentions: list[Mention] = []
        for (label, key), cluster in sorted(clusters.items()):
            name = self._canonical_name(cluster)
            entity = Entity(
                entity_id=ids.entity_id(label, name),
                name=name,
                label=label,
                aliases=sorted({f for f in cluster.forms if f != name} | {m.text for m in cluster.mentions if m.text != name}),
            )
            entities.append(entity)
            for m in cluster.mentions:
                self._span_entity[(m.doc_id, m.start_char, m.end_char)] = entity
                mentions.append(Mention(m.doc_id, entity.entity_id, m.text, label, m.start_char, m.end_char))
        entities = self._dedupe(entities)
        mentions.sort(key=lambda m: (m.doc_id, m.start_char, m.end_char, m.entity_id))
        return entities, mentions

    def _by_nickname(self, key: str) -> str:
        """A full name written with a nickname for its first name ("Wrecker Whitby") is the one
        person some article gave that nickname and surname (`Dale "Wrecker" Whitby`)."""
        words = key.split()
        fulls = self._nicknames.get((words[0], words[-1])) if len(words) >= 2 else None
        return next(iter(fulls)) if fulls and len(fulls) == 1 else key

    @staticmethod
    def _corpus_handles(keyed: list[tuple[FoundName, str, str]]) -> list[tuple[FoundName, str, str]]:
        """A handle linked to one person or organisation in some document is that entity in
        every document (a post quoting ``@chen_lab`` without the name)."""
        linked: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for n, label, key in keyed:
            if n.label == "HANDLE" and label != "HANDLE":
                linked[handle_letters(n.text)].add((label, key))
        out = []
        for n, label, key in keyed:
            targets = linked.get(handle_letters(n.text), set()) if label == "HANDLE" else set()
            out.append((n, *next(iter(targets))) if len(targets) == 1 else (n, label, key))
        return out

    @staticmethod
    def _corpus_labels(keyed: list[tuple[FoundName, str, str]]) -> list[tuple[FoundName, str, str]]:
        """A name of two or more words the NER tagged PERSON in some mentions and ORG in others
        (outlets and platforms from the list aside) takes the label most of its mentions have;
        a tie stays as tagged."""
        # the name as written in full ("TR Quarmby" tagged ORG, "T. R. Quarmby" PERSON: one
        # name) outvotes the short forms keyed to it, which only break a tie
        full: dict[str, Counter[str]] = defaultdict(Counter)
        short: dict[str, Counter[str]] = defaultdict(Counter)
        incorporated: set[str] = set()  # names some article wrote with "Ltd", "LLP", "plc": companies
        for n, label, key in keyed:
            if label == "ORG" and " " in key and org_key(name_key(n.text)) != name_key(n.text).rstrip(","):
                incorporated.add(_full_key(key))
            if label in {"PERSON", "ORG"} and " " in key and not n.from_list:
                (full if " " in name_key(n.text) else short)[_full_key(key)][label] += 1
        out = []
        for n, label, key in keyed:
            name = _full_key(key) if " " in key else None
            score = {lab: (full[name][lab], short[name][lab]) for lab in full[name] | short[name]} if name else {}
            if label in {"PERSON", "ORG"} and name in incorporated and not n.from_list:
                label = "ORG"  # "Ostry Wellock LLP" in one article: "Ostry Wellock" is the firm, not a person
            elif label in score and len(score) == 2 and not n.from_list:
                top = max(score, key=score.__getitem__)
                if score[top] > min(score.values()) and top != label:
                    label, key = top, (name if top == "PERSON" else key)
            out.append((n, label, key))
        return out

    @staticmethod
    def _firms_by_first_word(keyed: list[tuple[FoundName, str, str]]) -> list[tuple[FoundName, str, str]]:
        """A one-word name tagged a place that opens the name of one company of the corpus and of
        no other organisation ("Wickerlight" beside another article's "Wickerlight Theatre
        Company": a company's last word, ``components.COMPANY_HEADS``) is that company, as it is
        in an article naming both (components.LabelConsistency), unless some article writes it
        as a place's ("in Wickerlight", "the Wickerlight valley": ``FoundName.placed``) or the
        corpus has a person of that name."""
        from pipeline.extract.components import COMPANY_HEAD_KEYS  # (components imports this module)

        opened: dict[str, set[str]] = defaultdict(set)
        for _, label, key in keyed:
            if label == "ORG" and " " in key:
                opened[key.split()[0]].add(key)
        firms = {word: next(iter(keys)) for word, keys in opened.items()
                 if len(keys) == 1 and next(iter(keys)).split()[-1] in COMPANY_HEAD_KEYS}
        if not firms:
            return keyed
        kept = {key for n, _, key in keyed if n.placed} | _person_words(keyed) | {
            key for _, label, key in keyed if label == "PERSON" and " " not in key}
        return [(n, "ORG", firms[key]) if label in PLACE_LABELS and key in firms and key not in kept and not n.from_list
                else (n, label, key) for n, label, key in keyed]

    @staticmethod
    def _described_organisations(keyed: list[tuple[FoundName, str, str]]) -> list[tuple[FoundName, str, str]]:
        """A one-word name that a document calls an organisation beside it ("Telvoria, the telecoms
        giant,") is that organisation in the corpus's other documents too where the model tagged
        it a place ("A Telvoria spokesperson said …" tagged GPE) or a person, as in its own
        document."""
        described = {key for n, label, key in keyed if n.described and label == "ORG" and " " not in key}
        if not described:
            return keyed
        # and where it tagged it a person ("Civiqo said …" beside another article's "Civiqo, a
        # software firm,"), unless the corpus has a person of that first name or surname or the
        # document said the mention's sex ("Mr Civiqo"), as for ``_short_organisations``
        people = _person_words(keyed)
        return [(n, "ORG", key) if key in described and not n.from_list and (
                    label in PLACE_LABELS or (label == "PERSON" and key not in people and n.gender is None and n.title is None))
                else (n, label, key)
                for n, label, key in keyed]

    @staticmethod
    def _places_of_bodies(keyed: list[tuple[FoundName, str, str]]) -> list[tuple[FoundName, str, str]]:
        """A one-word name tagged ORG that opens the name of a body of its place somewhere in the
        corpus ("Quillerton" in an article beside "Quillerton City Council" in another;
        ``PLACE_BODY_HEADS``) and opens no other organisation's name is the place, as the
        document rule (components.LabelConsistency) makes it in an article naming both; not a
        mention the article writes as a firm's or calls an organisation."""
        places = place_body_openers(key.split() for _, label, key in keyed if label == "ORG" and " " in key)
        kept = {key for n, _, key in keyed if n.firm or n.described}  # written as a firm's, or called an organisation, somewhere
        return [(n, "GPE", key) if label == "ORG" and key in places and key not in kept and not n.from_list else (n, label, key)
                for n, label, key in keyed]

    @staticmethod
    def _short_organisations(keyed: list[tuple[FoundName, str, str]]) -> list[tuple[FoundName, str, str]]:
        """A one-word name tagged PERSON that another document wrote as the short form of one
        organisation ("Lumen" beside "Lumen Aerospace") is that organisation in every document,
        unless the corpus has a person of that first name or surname, or the document said the
        mention's sex ("Mr Lumen")."""
        short: dict[str, set[str]] = defaultdict(set)
        for n, label, key in keyed:
            word = name_key(n.text)
            if label == "ORG" and " " not in word and key.startswith(word + " "):
                short[word].add(key)
        people = _person_words(keyed)
        out = []
        for n, label, key in keyed:
            orgs = short.get(key, set()) if label == "PERSON" and " " not in key and not n.from_list else set()
            if len(orgs) == 1 and key not in people and n.gender is None:
                label, key = "ORG", next(iter(orgs))
            out.append((n, label, key))
        return out

    @staticmethod
    def _merge_spellings(fulls: list[str]) -> dict[str, str]:
        """Map each full-name key to a representative: near-identical spellings of the surname
        with the same first name share one ("Daniel" and "Daniela" stay two people)."""
        reps: list[str] = []
        out: dict[str, str] = {}
        for full in fulls:
            first, last = full.split()[0], full.split()[-1]
            match = next((r for r in reps if r.split()[0] == first and fuzz.ratio(r.split()[-1], last) >= 92), None)
            if match is None:
                reps.append(full)
                match = full
            out[full] = match
        return out

    @staticmethod
    def _canonical_name(cluster: _Cluster) -> str:
        forms = cluster.forms
        if cluster.label == "PERSON":
            # "Le Wellock", "van Zyl" are surnames written alone, not full names
            full = {f: c for f, c in forms.items() if " " in f and not f.startswith("@") and f.split()[0].lower() not in NAME_PARTICLES}
            # "M. Rasquin" (Monsieur, ``_monsieur``) names him less well than "Dieudonné Rasquin", however often
            named = {f: c for f, c in full.items() if f.split()[0] != "M."}
            forms = Counter(named or full or forms)
        elif cluster.label != "HANDLE":
            plain = {f: c for f, c in forms.items() if not f.startswith("@")}
            full = {f: c for f, c in plain.items() if " " in f}  # "Public Audit Review Authority", not "Authority"
            # nor a shortening of a longer form: "Ashby Crest Capital", however often "Ashby Crest"
            full = {f: c for f, c in full.items() if not any(g.lower().startswith(f.lower() + " ") for g in full)}
            forms = Counter(full or plain or forms)
        return min(forms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]

    @staticmethod
    def _dedupe(entities: list[Entity]) -> list[Entity]:
        """Two clusters can land on one id (same label and name): merge their aliases."""
        merged: dict[str, Entity] = {}
        for e in entities:
            if e.entity_id in merged:
                old = merged[e.entity_id]
                e = Entity(e.entity_id, old.name, old.label, sorted(set(old.aliases) | set(e.aliases)))
            merged[e.entity_id] = e
        return [merged[k] for k in sorted(merged)]

    def entity_at(self, doc_id: str, start_char: int, end_char: int) -> Entity | None:
        """The resolved entity of a name span found in ``doc_id`` (after ``resolve``)."""
        return self._span_entity.get((doc_id, start_char, end_char))
