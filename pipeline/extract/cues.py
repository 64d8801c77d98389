"""Cues: the speech verb that introduces a quote, found around its marks in a parsed ``Doc``.

Reads a ``Doc``, the ``QuoteSpan``s of ``quotes.py`` and the package's ``speech_verbs.txt``;
returns tokens. Used by ``speakers.py``, where the rules are summarised (README.md, "Speakers").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities import COURTESY_TITLES, FRENCH_LADIES, HONORIFIC_GENDER, NAME_PARTICLES, TITLES, platform_names
from pipeline.extract.inflect import inflections
from pipeline.extract.quotes import QUOTE_MARKS, QuoteSpan
from pipeline.extract.world_names import world_first_names

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SENTENCE_END = frozenset({".", "!", "?", ";"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})  # hyphen-minus, double hyphen, en and em dash, horizontal bar
SPLIT_CUE_MAX_WORDS = 30  # words between the two parts of a split quote (the cue clause)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# nouns of kin and of office that say a person's sex, set in apposition to a name ("his wife,
# Corinna Pell,"; "Bart Pell, her husband,")
GENDERED_NOUNS = {
    **dict.fromkeys("wife mother daughter sister widow grandmother granddaughter aunt niece girlfriend fiancée "  # noqa: SIM905
                    "mum mom stepmother stepdaughter spokeswoman chairwoman businesswoman actress".split(), "f"),
    **dict.fromkeys("husband father son brother widower grandfather grandson uncle nephew boyfriend fiancé "  # noqa: SIM905
                    "dad stepfather stepson spokesman chairman businessman".split(), "m"),
}
MISREAD_SUBJECTS = frozenset({"another", "one", "someone", "somebody"})  # before a past-tense cue read as a noun
MISREAD_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})  # "a third joked", read as a noun too
PRONOUN_LOOKBACK = 8  # people passed over at most, looking back for one a pronoun fits
ORG_LOOKBACK = 6  # organisations passed over at most, looking back for one a description fits


@lru_cache(maxsize=1)
def load_speech_verbs() -> frozenset[str]:
    """The cue lemmas of the package's speech_verbs.txt."""
    text = resources.files("pipeline.extract").joinpath("speech_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


# a census first name is one sex's when that sex's share of people with it is this many times the other's
CENSUS_SEX_RATIO = 5.0


def census_first_names() -> dict[str, str]:
    """first name (lower case) -> "f" or "m" from the US 1990 Census first-name tables (public
    domain; shipped by the ``names`` package as dist.female.first and dist.male.first: name, share
    of that sex's people in percent, cumulative share, rank): 4,275 women's and 1,219 men's names,
    331 in both, which are one sex's only when its share is ``CENSUS_SEX_RATIO`` times the other's
    ("James" m, "Mary" f; "Jordan", "Robin" neither)."""
    shares: dict[str, dict[str, float]] = {"f": {}, "m": {}}
    for sex, name in (("f", "dist.female.first"), ("m", "dist.male.first")):
        for line in resources.files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares[sex][fields[0].lower()] = float(fields[1])
    out: dict[str, str] = {}
    for first in shares["f"].keys() | shares["m"].keys():
        f, m = shares["f"].get(first, 0.0), shares["m"].get(first, 0.0)
        if f >= CENSUS_SEX_RATIO * m:
            out[first] = "f"
        elif m >= CENSUS_SEX_RATIO * f:
            out[first] = "m"
    return out


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """first name (lower case) -> "f" or "m": the census names (``census_first_names``), then the
    package's first_names.txt, which wins where they differ; its "u:" names are no one sex's. The
    names of other countries (``world_names.world_first_names``) fill in what neither names."""
    text = resources.files("pipeline.extract").joinpath("first_names.txt").read_text(encoding="utf-8")
    out: dict[str, str] = census_first_names()
    either: set[str] = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            gender, names = line.split(":", 1)
            if gender.strip() == "u":
                either.update(names.lower().split())
            else:
                out.update(dict.fromkeys(names.lower().split(), gender.strip()))
    for name, sex in world_first_names().items():
        out.setdefault(name, sex)
    return {name: sex for name, sex in out.items() if name not in either}


# endings of women’s first names in the European languages ("Arabella", "Rosina", "Marietta",
# "Danielle", "Odette", "Clarissa", "Belinda", "Matilda", "Evelyn", "Kathleen"); a bare "-a" is
# not one: many men's names end in it (Luca, Akira, Mustafa, Nikita)
FEMININE_ENDINGS = ("ina", "ella", "etta", "ette", "elle", "issa", "inda", "ilda", "lyn", "leen", "ika", "lène", "mène", "rène",
                    # the Germanic women's names ("Swanhild", "Hiltgund", "Irmtrud", "Edeltraud",
                    # "Sieglinde") and Latin "-ia" after these letters ("Eustacia", "Ottilia"); no
                    # name of the tables with these endings is a man's
                    "hild", "hilde", "gund", "gunde", "trud", "traud", "traut", "trude", "burga", "linde",
                    "cia", "lia", "nia", "sia")
# endings of men's first names ("Eckbert", "Hildebrand", "Theobald", "Leonhard", "Wilhelm",
# "Siegfried", "Arnulf", "Godric", "Dietrich", "Baldwin"): of the tables' names with these
# endings, one in a hundred is a woman's (Aifric); not "-red" (Winifred, Mildred) nor "-ard"
# (Irmgard)
MASCULINE_ENDINGS = ("bert", "brand", "bald", "wald", "hard", "helm", "fried", "ulf", "olf", "ric", "rich", "win")


def load_first_names() -> int:
    """Read the first-name tables now (half a second, once per process) and say how many names
    they hold: ``nlp.load_nlp`` calls it so extract's workers fork with the tables already read."""
    return len(_first_names())


def first_name_gender(name: str) -> str | None:
    """"f" or "m" for a common first name used for one sex far more than the other (the list),
    else "f" for a name with a feminine ending (``FEMININE_ENDINGS``), "m" for one with a
    masculine ending (``MASCULINE_ENDINGS``), else None."""
    lower = name.lower()
    if lower in NAME_PARTICLES - {"al", "van"}:
        return None  # "Le Wellock", "De Ruyter": a surname's particle, not the census's "Le" or "La" ("Al", "Van" are names too)
    known = _first_names().get(lower)
    if known is None and len(lower) >= 5 and lower.isalpha():
        if lower.endswith(FEMININE_ENDINGS):
            return "f"
        if lower.endswith(MASCULINE_ENDINGS):
            return "m"
    return known


def monsieur_at(ent: Span) -> bool:
    """"M." opening a surname or right before it ("M. Vaudrillac said") in a document that
    writes "Mme", "Mlle", "Madame" or "Mademoiselle" too (``entities.FRENCH_LADIES``): Monsieur, a
    man, not an initial."""
    doc = ent.doc
    at = ent.start if ent[0].text == "M." and len(ent) > 1 else ent.start - 1
    if at < 0 or doc[at].text != "M.":
        return False
    french = doc.user_data.get("newsreact_french_titles")
    if french is None:
        french = doc.user_data["newsreact_french_titles"] = any(t.text.rstrip(".") in FRENCH_LADIES for t in doc)
    return french


def mention_gender(ent: Span) -> str | None:
    """"m" or "f" for a PERSON mention when the document says so at it: an honorific opening it
    or right before it ("Mrs Pell", "Mr Pell"), a full name's common first name
    (``first_name_gender``), or a noun of kin or office right before it ("his wife Corinna") or
    set in apposition to it ("his wife, Corinna Pell,": ``GENDERED_NOUNS``); else None."""
    doc = ent.doc
    if (title := title_at(ent, HONORIFIC_GENDER)) is not None:
        return HONORIFIC_GENDER[title]
    if monsieur_at(ent):
        return "m"
    if len(ent) > 1 and not _a_surname_s_particle(ent) and (own := first_name_gender(ent[0].text)) is not None:
        return own
    if ent.start and doc[ent.start - 1].lower_ in GENDERED_NOUNS:
        return GENDERED_NOUNS[doc[ent.start - 1].lower_]  # "his wife Meriel", "Daughter Jessamine", "spokeswoman Ann Lee"
    root = ent.root
    after = ent.end < len(doc) and doc[ent.end].text == ","
    # right beside it, a comma between: "Corinna Pell, his wife,"; "his wife, Corinna Pell" (not
    # "Orla Fenwright, 38, whose son …", which the parser may hang on the name too)
    beside = [c for c in root.children if c.dep_ == "appos" and after and c.left_edge.i == ent.end + 1]
    noun = root.head
    # words of office between are the name's own: "her husband, former President Bo Pell"
    if (root.dep_ == "appos" and noun.i < ent.start - 1 and doc[noun.i + 1].text == ","
            and all(ent.start <= t.head.i < ent.end or t.head.i in range(noun.i + 2, ent.start) for t in doc[noun.i + 2 : ent.start])):
        beside.append(noun)
    said = next((GENDERED_NOUNS[n.lower_] for n in beside if n.lower_ in GENDERED_NOUNS), None)
    return said if said is not None else _own_pronoun_gender(ent)


def _a_surname_s_particle(ent: Span) -> bool:
    """Whether a mention opens with a surname's particle, not a first name: in lower case ("van
    Zanten", "de Vere"), or capitalised where the document names someone in full with the
    mention's words ("Van Zanten said" after "Hortensia van Zanten"; "Van Jones" alone is a name)."""
    first = ent[0]
    if first.lower_ not in NAME_PARTICLES:
        return False
    words = [t.lower_ for t in ent]
    return first.is_lower or any(e.label_ == "PERSON" and len(e) > len(ent) and [t.lower_ for t in e[-len(ent) :]] == words
                                 for e in ent.doc.ents)


def title_at(ent: Span, titles: Collection[str]) -> str | None:
    """The title of ``titles`` that opens a mention or stands right before it ("Mrs Pell" or
    "Mrs" + "Pell": "Mrs"; "Dr." as "Dr"), else None."""
    doc = ent.doc
    for tok in (ent[0], doc[ent.start - 1] if ent.start else None):
        if tok is not None and tok.text.rstrip(".") in titles:
            return tok.text.rstrip(".")
    return None


def honorific_sexes(doc: Doc, ents: Iterable[Span]) -> dict[str, set[str]]:
    """Surname (lower case) -> the sexes the document's honorifics give it ("Mr Pell", "Ms. Pell":
    one inside the PERSON entity or right before it); two for a family ("Mr and Mrs Pell")."""
    found: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ != "PERSON":
            continue
        if (title := title_at(e, HONORIFIC_GENDER)) is not None:
            found.setdefault(e[-1].lower_, set()).add(HONORIFIC_GENDER[title])
    return found


# the sex every third-person pronoun says (``PRONOUN_GENDER`` holds the ones a speaker is written as)
ALL_PRONOUN_GENDER = {**PRONOUN_GENDER, "his": "m", "himself": "m", "hers": "f", "herself": "f"}


def _own_pronoun_gender(ent: Span) -> str | None:
    """The sex the pronouns of a name's own description say ("Ivo Lee, 74, the third generation
    of his family to run the mill,"; "Ann Lee, who posts as @annbakes,") or of the possessive on
    its verb's object ("Ann Lee told her followers") or on the subject of the clause its verb
    reports ("Ann Lee said her brother had …"), when they agree. A description holding
    someone else, a name or a noun of kin ("Ann Lee, whose husband sold his shares,"), says
    nothing of her."""
    root = ent.root
    parts = [c for c in root.children if c.dep_ in {"appos", "relcl", "acl"} and c.i >= ent.end]
    found = set()
    if root.dep_ == "nsubj":
        parts += [c for c in root.head.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.i > root.head.i)]
        # "Quennock said her brother had …": the possessive on the subject of the clause she reports
        found |= {ALL_PRONOUN_GENDER[t.lower_] for c in root.head.children if c.dep_ == "ccomp"
                  for subj in c.children if subj.dep_ in {"nsubj", "nsubjpass"}
                  for t in subj.children if t.dep_ == "poss" and t.pos_ == "PRON" and t.lower_ in ALL_PRONOUN_GENDER}
    for part in parts:
        words = list(part.subtree)
        if any(t.lower_ in GENDERED_NOUNS or (t.ent_type_ == "PERSON" and not ent.start <= t.i < ent.end) for t in words):
            continue
        if part.dep_ == "dobj":
            words = [t for t in part.children if t.dep_ == "poss"]
        elif part.dep_ == "prep":
            # "Clarrie Wimbrell, 67, has cared for hedgehogs in the garage of her home": a possessive
            # in a phrase of her own verb, no one else named in it
            words = [t for t in words if t.dep_ == "poss"]
        found |= {ALL_PRONOUN_GENDER[t.lower_] for t in words if t.lower_ in ALL_PRONOUN_GENDER and t.pos_ == "PRON"}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def speech_verb_forms() -> dict[str, str]:
    """Each inflected form of a speech verb -> its lemma (first listed wins)."""
    out: dict[str, str] = {}
    for lemma in sorted(load_speech_verbs()):
        for form in inflections(lemma):
            out.setdefault(form, lemma)
    return out


def verb_lemma(tok: Token) -> str:
    """A verb's lemma from our own forms table, else spaCy's (when a lemmatizer ran)."""
    return speech_verb_forms().get(tok.lower_) or tok.lemma_.lower() or tok.lower_


NICKNAME_MARKS = QUOTE_MARKS | {"'"}


def _a_quoted_nickname(doc: Doc, ent: Span, inside: list[bool]) -> bool:
    """Whether a name is a nickname in quotation marks of its own, a title perhaps before it
    inside them ("he was ‘Monsieur Fadette’ to the town's children"): a name for someone, not
    someone a later "he" or "she" may stand for."""
    if not inside[ent.start] or ent.end >= len(doc) or doc[ent.end].text not in NICKNAME_MARKS:
        return False
    before = ent.start - 1
    if before >= 0 and doc[before].text not in NICKNAME_MARKS and doc[before].is_title:
        before -= 1  # "‘Monsieur Fadette’": a title inside the marks
    return before >= 0 and doc[before].text in NICKNAME_MARKS


# the days a one-word DATE may name (not a surname ending in "day": "Hockaday", "Munday")
DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split())  # noqa: SIM905
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())  # noqa: SIM905
CALENDAR_NAMES = DAY_NAMES | MONTH_NAMES
# a capitalised word right before an opening mark; the typewriter '' opening mark's first ' too,
# which the quote finder leaves outside the quote
_FIRST_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z]+)\s*'?$")
_WORD_AFTER = re.compile(r"[\u2019\u201d\"']*\s+([A-Z][\w\u2019'-]*)")


def nickname_in_a_name(text: str, q: QuoteSpan) -> bool:
    """Whether a quote of one to three capitalised words stands between a known first name and
    a capitalised word, a nickname inside a person's name ('Marcia "Cia" Price', "Thomas “Tommy”
    Okafor", 'Dwayne "The Rock" Jansen'): part of the name, nobody's words, and no quotation its
    words are inside. Not before a day or a month ("called Clinton “Crooked Hillary” Monday")."""
    if q.open_char is None or q.close_char is None:
        return False
    inner = text[q.start : q.end]
    words = inner.split()
    if not 1 <= len(words) <= 3 or any(c in inner for c in ".,;:!?") or not all(w[:1].isupper() for w in words):
        return False
    before = _FIRST_NAME_BEFORE.search(text[max(q.open_char - 40, 0) : q.open_char])
    after = _WORD_AFTER.match(text, q.close_char + 1)
    if before is None or after is None or after.group(1).lower() in CALENDAR_NAMES:
        return False
    return first_name_gender(before.group(1)) is not None


class DocIndex:
    """Per-document lookups: tokens inside quotes, entity of each token, person/org subjects."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan]):
        self.doc = doc
        self.text = doc_text(doc)  # spaCy rebuilds Doc.text from the tokens at every access
        self.verbs = load_speech_verbs()
        self.inside = [False] * len(doc)
        for q in spans:
            if nickname_in_a_name(self.text, q):
                continue  # 'Marcia "Cia" Price': the name's words, read as the sentence's
            close = q.close_char + 1 if q.close_char is not None else q.end
            for tok in tokens_between(doc, q.open_char, close):
                self.inside[tok.i] = True
        self.ents: tuple[Span, ...] = doc.ents  # once: doc.ents builds new Span objects at every access
        self.ent_of: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self._genders: dict[str, str] | None = None
        # sexes the article's own "he"/"she" gave a person of unknown sex (last word -> "m"/"f"),
        # when the person was the only one the pronoun could stand for (``pronoun_antecedent``)
        self._pronoun_genders: dict[str, str] = {}
        self._surname_genders: dict[str, str] = {}
        # who each "he"/"she" resolved so far stood for (token index -> person), read by the
        # next "he"/"she" of the same sex with no person named between (``pronoun_antecedent``)
        self._pronouns_resolved: dict[int, Span] = {}
        self._surnames: set[str] = set()  # last words of the article's full person names
        self._families: set[str] = set()  # surnames two full names of the article share (Daniel and Lena Hartmann)
        self.person_subjects: list[int] = []
        self.persons: list[int] = []
        self.org_subjects: list[int] = []
        self.orgs: list[int] = []
        for ent in self.ents:
            root = ent.root  # a name apposed to a subject is the subject ("The chief executive, Dan Brandt, said")
            subj = root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and _a_subject(described_by(root.head)))
            # a name given an age, or described by a relative clause at its sentence's opening,
            # introduces its sentence's person, wherever the parser hung it
            subj = subj or (ent.label_ == "PERSON" and (is_age(doc, ent.end) or _opening_person_described(doc, ent)))
            if ent.label_ in {"PERSON", "HANDLE"}:
                if not _a_quoted_nickname(doc, ent, self.inside):
                    self.persons.append(ent.start)
                if subj and not self.inside[ent.start]:
                    # not a subject inside a quote: "“Wenna learned French,” she said" is not Wenna
                    self.person_subjects.append(ent.start)
            elif ent.label_ == "ORG" and any(t.pos_ == "PROPN" for t in ent) and not _where_posted(ent):
                self.orgs.append(ent.start)
                if subj:
                    self.org_subjects.append(ent.start)

    def is_cue(self, tok: Token) -> bool:
        if self.inside[tok.i]:
            return False
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return True
        speech = verb_lemma(tok) in self.verbs
        if speech and (tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB")):
            return True
        if speech and tok.lower_.endswith("ed") and self._misread_past(tok):
            return True
        if speech and tok.lower_.endswith("ing") and self._misread_participle(tok):
            return True
        if speech and tok.lower_ in {"read", "reads"} and self._misread_before_colon(tok):
            return True
        return puts_it(tok) or answers_back(tok) or to_quote(tok) or finds(tok)

    def _misread_participle(self, tok: Token) -> bool:
        """A speech verb's participle the small model read as a noun, set off by a comma before
        and a comma or colon right before an opening quotation mark (", remarking, “…”")."""
        doc = self.doc
        if tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i - 1].text != ",":
            return False
        return doc[tok.i + 1].text in {",", ":"} and doc[tok.i + 2].is_quote and self.inside[tok.i + 2]

    def _misread_before_colon(self, tok: Token) -> bool:
        """A "read"/"reads" the small model read as a noun ("the top comment read: “…”", "A note
        inside read:"), right before a colon and an opening quotation mark, after a word that is
        no determiner (not "a read:", "the read:")."""
        doc = self.doc
        if tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i - 1].pos_ in {"DET", "ADP", "PRON"}:
            return False
        return doc[tok.i + 1].text == ":" and doc[tok.i + 2].is_quote and self.inside[tok.i + 2]

    def _misread_past(self, tok: Token) -> bool:
        """Where a past form of a speech verb is a cue the small model read as something else:
        after "another"/"one" ("”, another joked.") or "a third" ("’ a third joked."), both read
        as noun phrases, right after a handle ("vera.bsky.social joked:"), or right after a
        closing mark ("„…“, joked Siv Dahl, 16", read as part of the name after it)."""
        prev = self.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if prev in MISREAD_SUBJECTS or (prev in MISREAD_ORDINALS and tok.i > 1 and self.doc[tok.i - 2].lower_ == "a"):
            return True
        if tok.i > 0 and self.doc[tok.i - 1].ent_type_ == "HANDLE":
            return True  # "vera.bsky.social joked:", the handle read as an adjective
        return self.right_after_quote(tok)

    def right_after_quote(self, tok: Token) -> bool:
        """Whether ``tok`` follows a closing quotation mark, with at most a comma between."""
        i = tok.i - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        return i >= 0 and self.doc[i].is_quote and self.inside[i] and not self.inside[tok.i]  # the closing mark counts as inside

    def note_speaker(self, ent: Span) -> None:
        """A person named as a quote's speaker is a subject for the pronouns after it, wherever
        the parser hung the name ("In a post on X, its leader, Ana Ruiz, wrote: “…”" with
        "leader" read as in apposition to X; then "she said")."""
        if ent.label_ in {"PERSON", "HANDLE"}:
            k = bisect.bisect_left(self.person_subjects, ent.start)
            if k == len(self.person_subjects) or self.person_subjects[k] != ent.start:
                self.person_subjects.insert(k, ent.start)

    def org_in_focus(self, i: int, fits: Callable[[Span], bool] | None = None) -> Span | None:
        """The organisation token ``i`` can stand for ("the company", "it"): the nearest before it
        that was a subject, else the nearest before it. With ``fits``, the nearest of the last
        ``ORG_LOOKBACK`` of each that fits (or None)."""
        for positions in (self.org_subjects, self.orgs):
            k = bisect.bisect_left(positions, i)
            for start in reversed(positions[max(k - (ORG_LOOKBACK if fits else 1), 0) : k]):
                ent = self.ent_of[start]
                if fits is None or fits(ent):
                    return ent
        return None

    def nearest_before(self, positions: list[int], i: int) -> Span | None:
        k = bisect.bisect_left(positions, i)
        return self.ent_of.get(positions[k - 1]) if k else None

    def pronoun_antecedent(self, pronoun: Token) -> Span | None:
        """The person "he" or "she" stands for (``_pronoun_antecedent``), or the one the last
        "he"/"she" of that sex stood for, with no person named between
        (``_same_as_last_pronoun``); each "he"/"she" outside quotation marks is remembered."""
        found = self._pronoun_antecedent(pronoun)
        if found is not None and pronoun.lower_ in {"he", "she"} and not self.inside[pronoun.i]:
            self._pronouns_resolved[pronoun.i] = found
        return found

    def _same_as_last_pronoun(self, pronoun: Token, wanted: str) -> Span | None:
        """The person the last "he"/"she" of the pronoun's sex before it stood for, when no
        person is named between them and they are at most a paragraph apart ("He said he had not
        noticed the sign.⏎⏎“…,” he said": one man, whoever the nearest subject before both is)."""
        earlier = [i for i in self._pronouns_resolved if i < pronoun.i and ALL_PRONOUN_GENDER.get(self.doc[i].lower_) == wanted]
        if not earlier:
            return None
        last = max(earlier)
        k = bisect.bisect_left(self.persons, pronoun.i)
        if k > 0 and self.persons[k - 1] > last:
            return None  # a person named since
        if doc_text(self.doc)[self.doc[last].idx : pronoun.idx].count("\n\n") > 1:
            return None
        if self._kin_subject_between(last + 1, pronoun, wanted) is not None:
            return None  # "He said …. His son did not argue. “…,” he said": the son, whom no name here is
        return self._pronouns_resolved[last]

    def _pronoun_antecedent(self, pronoun: Token) -> Span | None:
        """The person "he" or "she" stands for: the nearest person subject before it, else the
        nearest person; one whom the article calls Mr (for "she") or Ms/Mrs/Miss (for "he") is
        passed over for the nearest person who fits ("Mr Ormerod said …. That drew a response
        from Ms Lee. She called …": Lee)."""
        wanted = ALL_PRONOUN_GENDER.get(pronoun.lower_)  # "his letter" too
        if wanted is not None and pronoun.lower_ in {"he", "she"} and (same := self._same_as_last_pronoun(pronoun, wanted)) is not None:
            return same
        subject = self._reporter_of(self._nearest_for_pronoun(self.person_subjects, pronoun))
        closest = self._nearest_for_pronoun(self.persons, pronoun)
        if subject is not None and closest is not None and self._introduced_in_paragraph(closest, subject, pronoun):
            subject = None  # "The trailer belonged to Arnulf Zeilhofer, who farms … He said": the one just introduced
        nearest = subject or closest
        if nearest is None or wanted is None:
            return nearest
        if self._kin_subject_between(nearest.end, pronoun, wanted) is not None:
            return None  # "his daughter shrugged. “…,” she said": the daughter, whom no name here is
        sex = self.gender(nearest)
        if sex is None and subject is not None and subject is closest:
            # "Jo Quill … said he had written": no other person between, so Jo is a man for the
            # rest of the article ("…,” she said" after a woman named in passing is not Jo's)
            self._pronoun_genders.setdefault(nearest[-1].lower_, wanted)
        if sex in {None, wanted}:
            return nearest
        k = bisect.bisect_left(self.persons, pronoun.i)
        for start in reversed(self.persons[max(k - PRONOUN_LOOKBACK, 0) : k]):
            ent = self.ent_of[start]
            if self.gender(ent) in {None, wanted} and not self._handle_before(ent, pronoun):
                return ent
        return nearest

    def _introduced_in_paragraph(self, closest: Span, subject: Span, pronoun: Token) -> bool:
        """Whether the nearest person before a pronoun is introduced (", who …") in the sentence
        that opens the pronoun's paragraph, the sentence right before the pronoun's, while the
        nearest person subject is in an earlier paragraph: the paragraph is about the one it
        introduces ("The trailer belonged to Arnulf Zeilhofer, who farms beside the roundabout.
        He said …", not the grandson who spoke in the paragraph before)."""
        doc, text = self.doc, doc_text(self.doc)
        sentence = closest.sent
        if closest.start <= subject.start or pronoun.sent.start != sentence.end:
            return False
        opens = sentence.start == 0 or "\n" in text[doc[sentence.start - 1].idx : sentence.start_char]
        if not opens or "\n" not in text[subject.end_char : sentence.start_char + 1]:
            return False
        rel = relative_after(doc, closest.end)
        if rel is not None and rel.lower_ == "who":
            return True
        # or set beside the noun that introduces them ("She will retire … with the ferry's bosun,
        # Dougal Ferrier, and his wife.⏎⏎‘…,’ he told the Gazette")
        root = closest.root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.tag_ != "NNS" and root.head.i < closest.start:
            return True
        # or named there for the first time, the pronoun in the same paragraph ("Song of the year
        # went to Marisol Quenby for “…”. She thanked her grandmother …")
        if not all(t.is_title for t in closest if t.is_alpha):
            return False  # a name, not words the model took for one ("rang Mum")
        first = not any(e.label_ == "PERSON" and e.start < closest.start and e[-1].lower_ == closest[-1].lower_ for e in self.ents)
        return first and "\n" not in text[closest.end_char : pronoun.idx]

    def kin_subject_before(self, pronoun: Token) -> Token | None:
        """The possessed word of kin or office "he" or "she" stands for when it, not a name, is
        their nearer antecedent (``_kin_subject_between``: "Her father did not argue. “…,” he
        said"), else None."""
        wanted = ALL_PRONOUN_GENDER.get(pronoun.lower_)
        return self._kin_subject_between(0, pronoun, wanted) if wanted is not None else None

    def _kin_subject_between(self, after: int, pronoun: Token, wanted: str) -> Token | None:
        """The word of the pronoun's sex (``GENDERED_NOUNS``: of kin, "his daughter", "her
        husband", or of office, "her spokesman"), possessed and no name's, that is the subject of
        a sentence after token ``after`` and before the pronoun, in the pronoun's paragraph and
        its sentence or the one before, as the subject of the sentence's own verb (not of a
        reported or relative clause, "Jo said her daughter had sung there for years", "the house
        where her mother kept bees"): the pronoun's nearer antecedent. None when there is none."""
        doc = self.doc
        sentence = pronoun.sent
        earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for tok in doc[max(after, earliest) : pronoun.i]:
            if (tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT" and GENDERED_NOUNS.get(tok.lower_) == wanted and tok.i not in self.ent_of
                    and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in tok.children)
                    and not any(c.dep_ == "appos" for c in tok.children) and "\n" not in doc_text(doc)[tok.idx : pronoun.idx]):
                return tok
        return None

    def _nearest_for_pronoun(self, positions: list[int], pronoun: Token) -> Span | None:
        """The nearest person at ``positions`` before a pronoun, passing over handles of an
        earlier paragraph: a post quoted in passing ("u/ferry_fan wrote: …") is seldom the "he"
        of the story's next paragraph, its protagonist is."""
        k = bisect.bisect_left(positions, pronoun.i)
        for start in reversed(positions[max(k - PRONOUN_LOOKBACK, 0) : k]):
            ent = self.ent_of[start]
            if not self._handle_before(ent, pronoun):
                return ent
        return None

    def _handle_before(self, ent: Span, pronoun: Token) -> bool:
        """Whether ``ent`` is a handle in a paragraph before the pronoun's."""
        return ent.label_ == "HANDLE" and "\n" in self.text[ent.end_char : pronoun.idx]

    def _reporter_of(self, subject: Span | None) -> Span | None:
        """The person who reports the clause ``subject`` is the subject of, when that clause is
        a speech verb's reported clause, or one joined to it by "and"/"but", whose own subject is a
        person ("Her mother, Ada Quist, said Leontyne had learned to read in Leeds. “…,” she said":
        the mother goes on speaking, not the girl); else ``subject``."""
        if subject is None:
            return None
        verb = subject.root.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "said the office had no record but that Mrs Lee would be welcome"
        if verb.dep_ not in {"ccomp", "xcomp"} or verb.head.i == verb.i:
            return subject
        speech = verb.head
        if verb_lemma(speech) not in self.verbs or speech.i > subject.start or "\n" in self.text[speech.idx : subject.start_char]:
            return subject  # the reporter first, in the same paragraph (the parser may hang a paragraph on a verb before it)
        for child in speech.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                named = self.ent_of.get(child.i)
                if named is None:  # "Her mother, Ada Quist, said": the name in apposition
                    named = next((self.ent_of[c.i] for c in child.children if c.dep_ == "appos" and c.i in self.ent_of), None)
                if named is not None and named.label_ == "PERSON" and named.start != subject.start:
                    return named
        return subject

    def gender(self, ent: Span) -> str | None:
        """"m" or "f" when the article gives a person with this surname a gendered honorific
        (Mr; Ms, Mrs, Miss) and only one kind of it; the mention's own evidence first
        (``mention_gender``: its honorific, a full name's common first name, "his wife,"
        beside it); a surname alone by the first names of the article's full
        names with it, when they agree; else None. A full name whose first name says nothing,
        of a family the article names two of in full, takes no sex from the surname's."""
        if self._genders is None:
            found = honorific_sexes(self.doc, self.ents)
            by_name: dict[str, set[str | None]] = {}  # "Ackroyd" is male when the article also writes "Paul Ackroyd"
            for e in self.ents:
                if e.label_ == "PERSON" and len(e) > 1 and e[0].text[:1].isupper() and e[0].text.rstrip(".") not in TITLES:
                    # a first name of unknown sex counts too: "Gwen Ostry" beside "Ann Ostry" says nothing of bare "Ostry"
                    by_name.setdefault(e[-1].lower_, set()).add(first_name_gender(e[0].text))
            self._genders = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
            self._surnames = {e[-1].lower_ for e in self.ents if e.label_ == "PERSON" and len(e) > 1}
            firsts: dict[str, set[str]] = {}  # surname -> the first names written before it
            for e in self.ents:
                if e.label_ == "PERSON" and len(e) > 1 and e[0].text.rstrip(".") not in TITLES and len(e[0].text.rstrip(".")) > 1:
                    firsts.setdefault(e[-1].lower_, set()).add(e[0].lower_)  # not an initial: "M. Bardouil" is Léonce
            self._families = {last for last, names in firsts.items() if len(names) > 1}
            # an honorific wins; two sexes under one surname (Daniel and Lena Hartmann) say nothing
            self._surname_genders = {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1 and None not in v}
        if (own := mention_gender(ent)) is not None:
            return own  # its own honorific, first name or noun of kin, whoever else shares the surname
        last = ent[-1].lower_
        if len(ent) > 1 and last in self._families and ent[0].text.rstrip(".") not in TITLES:
            return None  # "Hiltgund Stuhlmacher" beside Volker: "Mr Stuhlmacher" says nothing of her
        found = self._genders.get(last) or (self._surname_genders.get(last) if len(ent) == 1 else None) or self._pronoun_genders.get(last)
        if found is None and len(ent) == 1 and last not in self._surnames:
            found = first_name_gender(ent.text)  # "Gavin" alone, no one's surname here: a first name's sex
        return found


# who or what "finds" words a story quotes: an inquiry's or an inspection's finding is its words
FINDING_SUBJECTS = frozenset(
    "report review audit inquiry investigation inspection study survey assessment probe "  # noqa: SIM905
    "inspector inspectors investigator investigators auditor auditors examiner".split()
)


def finds(tok: Token) -> bool:
    """"find" whose subject is a report, an inquiry or inspectors, with the quote right after
    it ("The audit found “basic errors”", "report finds «widespread rot»"): the finding
    quoted is their words, so a cue. Not "Jo found “the keys” in a drawer" (a person who finds
    something says nothing), not "…, inquiry finds" after a headline's quoted name, and not
    inside what someone says ("Jo said inspectors had found “…”": Jo's cue)."""
    doc = tok.doc
    if tok.lemma_ != "find" or not tok.tag_.startswith("VB") or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1] if doc[tok.i + 1].lower_ != "that" or tok.i + 2 >= len(doc) else doc[tok.i + 2]
    if nxt.text not in QUOTE_MARKS or any(verb_lemma(a) in load_speech_verbs() for a in tok.ancestors):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in FINDING_SUBJECTS for c in tok.children)


def to_quote(tok: Token) -> bool:
    """"To quote the manager, Ada Quist, ‘…’": an infinitive "quote" opening its sentence, with
    the one quoted as its object; a cue, its object the speaker (``speaker_phrase.subject_of``)."""
    doc = tok.doc
    return (tok.lower_ == "quote" and tok.i > 0 and doc[tok.i - 1].lower_ == "to"
            and (tok.i == 1 or doc[tok.i - 1].is_sent_start or doc[tok.i - 2].text in {".", "\n", "\n\n"})
            and any(c.dep_ == "dobj" for c in tok.children))


# where something is said or written ("in a statement", "on his radio show")
MEDIA_NOUNS = frozenset(
    "tweet post statement interview show page blog speech op-ed column letter email message video ad "  # noqa: SIM905
    "book article essay appearance broadcast podcast program programme conference call hearing debate rally memo release".split()
)


PHRASING_FORMS = frozenset(
    "put puts putting word words worded wording phrase phrases phrased phrasing".split()  # noqa: SIM905
)


def _where_posted(ent: Span) -> bool:
    """Whether an organisation is named as where something was posted ("on a neighbourhood
    Facebook group", "via X"), not as an actor a later "the company" could stand for."""
    tok = ent.root
    platform = ent.text.lower() in platform_names()
    for _ in range(2):
        if tok.dep_ not in {"pobj", "compound"}:
            return False
        if tok.dep_ == "pobj":
            # a listed platform in or through which something is shared is a medium too ("in
            # Instagram group chats", "from a WhatsApp"); "a spokesperson for Twitter" is the firm
            medium = tok.head.lower_ in {"in", "through", "across", "over"} or any(c.lower_ in {"a", "an"} for c in ent.root.lefts)
            return tok.head.lower_ in {"on", "via"} or (platform and medium)
        tok = tok.head
    return False


def relative_after(doc: Doc, i: int) -> Token | None:
    """The relative word of ", who …" (whose, whom, which) when tokens ``i``, ``i + 1`` are a
    comma and one, else None."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in {"who", "whose", "whom", "which"}:
        return doc[i + 1]
    return None


def which_after(doc: Doc, i: int) -> bool:
    """Whether ", which" opens a relative clause at token ``i`` ("Pixhold, which promised …"):
    people take "who", so what comes before is a thing or a body."""
    rel = relative_after(doc, i)
    return rel is not None and rel.lower_ == "which" and rel.tag_ == "WDT"


def _opening_person_described(doc: Doc, ent: Span) -> bool:
    """A name with ", who"/", whose" after it and nothing but an opening phrase before it in its
    sentence ("In Harwood, Demelza Lund, who runs the shop, has …", "Lund" hung on the place):
    not an object ("Trump never mentioned Clinton, who trailed …"), one of a pair, nor a place
    or body after a preposition ("Neil Ainsley of Loxshire Police, who led …")."""
    rel = relative_after(doc, ent.end)
    if rel is None or rel.lower_ not in {"who", "whose"} or ent.root.dep_ in {"conj", "dobj"}:
        return False
    if ent.start and doc[ent.start - 1].pos_ == "ADP":
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in doc[ent.sent.start : ent.start])


_DOC_TEXT = "newsreact.text"  # the key of doc_text's copy in Doc.user_data


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token at each access, and
    the rules ask for it once per quote and per name (a third of the stage's rule time before it
    was kept). Retokenizing never changes a Doc's text, so the copy stays true."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


def headline_end(text: str) -> int:
    """Where the document's first line (its headline) ends: its first line break, or the end of
    a text of one line."""
    end = text.find("\n")
    return len(text) if end == -1 else end


def names_its_object(head: Token, ent: Span, any_label: bool = False, org_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether an organisation the parser set beside a description names the noun of the
    description's "for"/"of"/"at" phrase instead ("A spokesman for the drivers' union, the
    Harbour Drivers Association, said": the union's name, not the spokesman's). Only for an
    organisation, unless ``any_label`` (the entity model may call the union a person) or that
    noun is one of ``org_nouns`` ("A spokesman for the grid operator, Pellmark Grid, …" names the
    operator whatever the model tagged it)."""
    objects = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at"}
               for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i < ent.start]
    return bool(objects) and (ent.label_ == "ORG" or any_label or any(p.lemma_.lower() in org_nouns for p in objects))


def described_by(head: Token) -> Token:
    """The noun a name set in apposition describes: its head, or, when the parser hung the name on
    the place after "of", the noun before "of" ("The mayor of Harnlow, Jo Lee, said": "mayor")."""
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        return head.head.head
    return head


def _a_subject(noun: Token) -> bool:
    """Whether a noun a name is set beside is its clause's subject: parsed so, or the sentence's
    root with its verb hung on it as a clause ("The festival's director, Ada Quist, spent Sunday
    …", which the small model parses as "director" spent-clause, no subject)."""
    return noun.dep_ in SUBJECT_DEPS or (noun.dep_ == "ROOT" and noun.pos_ == "NOUN"
                                         and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > noun.i for c in noun.children))


def stated_age(doc: Doc, i: int) -> int | None:
    """The age at tokens ``i``..``i + 2``, ", <age>," or ", <age>." closing the sentence
    ("Kacey Birtwistle, 15, organised", "said Ms Lumb, 44."), else None."""
    if (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text.isdigit() and 0 < int(doc[i + 1].text) < 120
            and doc[i + 2].text in {",", ".", "!", "?", ";"}):
        return int(doc[i + 1].text)
    return None


# "the younger Pell", "the elder Mr Pell": the words that say which of a family is meant
SENIORITY_WORDS = {"younger": True, "youngest": True, "elder": False, "older": False, "eldest": False, "oldest": False}
# a word of kin beside a name that makes its bearer the other's child or grandchild, or parent
JUNIOR_KIN = frozenset("son daughter grandson granddaughter child grandchild".split())  # noqa: SIM905
SENIOR_KIN = frozenset("father mother dad mum grandfather grandmother".split())  # noqa: SIM905
_SENIORITY_TITLES = COURTESY_TITLES | {"M", "Dr"}  # "the younger M. Pell", "the elder Dr Pell" too


def seniority_before(doc: Doc, start: int) -> bool | None:
    """Whether "the younger" (True) or "the elder"/"the older" (False) comes right before the
    mention starting at token ``start``, a courtesy title between them or not ("the younger
    Plasswitz", "the younger Mr Pell"); None otherwise."""
    j = start - 1
    if j >= 0 and doc[j].text.rstrip(".") in _SENIORITY_TITLES:
        j -= 1
    if j < 1 or doc[j - 1].lower_ != "the":
        return None
    return SENIORITY_WORDS.get(doc[j].lower_)


def generation_of(ent: Span) -> str | None:
    """"junior" for a name set in apposition to a word for a child or grandchild ("His grandson,
    Bartlemas Pell,", "Mr Pell's son, Jannes Pell,"), "senior" for one beside a word for a parent
    or grandparent ("her father, Ivo Pell,"); None otherwise."""
    root = ent.root
    if root.dep_ != "appos":
        return None
    kin = root.head.lower_
    return "junior" if kin in JUNIOR_KIN else "senior" if kin in SENIOR_KIN else None


def is_age(doc: Doc, i: int) -> bool:
    """Tokens ``i``..``i + 2`` are ", <age>," ("Bloggs, 71, said")."""
    return (i + 2 < len(doc) and doc[i].text == "," and doc[i + 2].text == ","
            and doc[i + 1].text.isdigit() and 0 < int(doc[i + 1].text) < 120)


def puts_it(tok: Token) -> bool:
    """"put it" (or "worded it", "phrased it") with nothing after "it" but adverbs before a
    comma, a colon or a quotation mark, or, opened by "as", before the sentence's end: a speech
    cue ("As the coach put it, “…”", "She put it bluntly: “…”", "‘…’, as the coach put it.");
    not "put it in the drawer", "putting it off", nor the writer's aside "to
    put it mildly"."""
    doc = tok.doc
    if tok.lower_ not in PHRASING_FORMS or not tok.tag_.startswith("VB"):
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ == "to":  # doc[-1] would be the text's last token
        return False
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "it":
        return False
    i = tok.i + 2
    while i < len(doc) and i - tok.i <= 4 and doc[i].pos_ == "ADV":
        i += 1  # "put it bluntly", "worded it even more carefully"
    if i < len(doc) and (doc[i].text in {",", ":"} or doc[i].text in QUOTE_MARKS):
        return True
    opened_by_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    if opened_by_as and i < len(doc) and _in_a_medium(doc[i], tok):
        # "As Jo Lee put it in a statement to the Gazette in July, the network is “…”"
        after = tok.right_edge.i + 1
        return after < len(doc) and doc[after].text == ","
    # "‘a long shot’, as their coach put it.": "as … put it" after the words is the cue too
    ends = i >= len(doc) or doc[i].text in {".", ";", "!", "?", ")"} or doc[i].is_space
    return ends and opened_by_as


def _in_a_medium(prep: Token, verb: Token) -> bool:
    """Whether ``prep`` is a phrase of ``verb`` naming where it was said ("in a statement", "on
    her show")."""
    return prep.dep_ == "prep" and prep.head.i == verb.i and any(
        c.dep_ == "pobj" and c.lemma_.lower() in MEDIA_NOUNS for c in prep.children
    )


# verbs that are speech verbs only with their particle: "shot back", "fired back", "hit back"
# (a retort); "went on", "goes on" (kept talking)
PARTICLE_CUES = {
    "back": frozenset({"shoot", "shoots", "shot", "shooting", "fire", "fires", "fired", "firing", "hit", "hits", "hitting"}),
    "on": frozenset({"went", "goes"}),
}


TIME_CLAUSE_MARKS = frozenset({"as", "while", "when", "until", "after", "before", "since"})


def answers_back(tok: Token) -> bool:
    """A verb that speaks through its particle ("she shot back", "he fired back:", "Jo went
    on:"), the particle followed by a comma, colon, full stop or quotation mark: not "went on
    to win", "fired back at the crowd", "shot back into the lead", nor "went on" in a clause of
    time ("as the day went on, …")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or not tok.tag_.startswith("VB"):
        return False
    particle = doc[tok.i + 1].lower_
    if tok.lower_ not in PARTICLE_CUES.get(particle, ()):
        return False
    if particle == "on" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in tok.children):
        return False
    after = doc[tok.i + 2]
    return after.text in {",", ":", ".", ";"} or after.text in QUOTE_MARKS


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def after_dateline(doc: Doc, left: int, right: int) -> int:
    """``left``, or the first token after a wire-copy dateline that opens the paragraph there:
    words in capitals, perhaps an agency in parentheses, then a spaced dash ("SAN FRANCISCO -",
    "LONDON (Wire) —")."""
    if left > 0 and not breaks_paragraph(doc[left - 1]):
        return left
    depth = 0
    for i in range(left, min(left + 10, right)):
        tok = doc[i]
        if tok.text in DASHES:  # spaced: "US-China talks ..." has no dateline
            return i + 1 if i > left and doc[i - 1].whitespace_ and doc[i + 1].is_title else left
        depth += 1 if tok.text == "(" else -1 if tok.text == ")" else 0
        if not depth and tok.is_alpha and not tok.is_upper:
            return left
    return left


def breaks_paragraph(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def find_cue_after(idx: DocIndex, close_tok: int, limit: int = 8) -> Token | None:
    doc = idx.doc
    if close_tok < len(doc) and breaks_paragraph(doc[close_tok]):
        return None
    inverted = _inverted_verb_after(idx, close_tok)
    if inverted is not None:
        return inverted
    i = close_tok + 1
    seen = 0
    while i < len(doc) and seen < limit:
        tok = doc[i]
        if idx.inside[tok.i] or tok.text in SENTENCE_END:
            return None
        ent = idx.ent_of.get(tok.i)
        if ent is not None and ent.start == tok.i and ent.label_ == "PERSON" and (
            ent.root.dep_ == "appos" or any(t.text in QUOTE_MARKS for t in ent)
        ):
            # a name set beside the subject costs nothing, a nickname in it neither: "”, the
            # airline's chief executive, Ana Lind, said", '”, his niece, Marcia "Cia" Price, said'
            i = ent.end
            continue
        if tok.text == "(" and (shut := bracket_closing(doc, tok.i)) is not None:
            i = shut + 1  # nor a bracket after it: "”, Del. Marcia Price (D-Newport News), shouted"
            continue
        if idx.is_cue(tok):
            return None if _introduces_what_follows(tok) or tok.dep_ == "relcl" else tok  # "…” that would answer …"
        misread = tok.is_title and (tok.tag_ in {"VB", "VBP"} or bool(tok.ent_type_))  # "”, Tulsa police Chief …" read as a verb
        if breaks_paragraph(tok) or tok.pos_ == "CCONJ" or (tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "aux" and not misread):
            return None  # "’ and suggested …", "’ was …": another clause, not this quote's cue
        if tok.lower_ == "as" and tok.dep_ == "mark" and tok.head.i > tok.i and puts_it(tok.head):
            return tok.head  # "‘a long shot’, as their coach put it"
        if tok.pos_ == "SCONJ" or (tok.tag_ == "WRB" and tok.dep_ == "advmod"):
            return None  # "“ooh, whoa” when Jo accused him of …": a clause of its own
        seen += 1
        i += 1
    return None


def bracket_closing(doc: Doc, opening: int) -> int | None:
    """The index of the ")" closing the "(" at ``opening``, else None (``_bracket_partner``)."""
    return _bracket_partner(doc, opening, 1)


def bracket_opening(doc: Doc, closing: int) -> int | None:
    """The index of the "(" opening the ")" at ``closing``, else None (``_bracket_partner``)."""
    return _bracket_partner(doc, closing, -1)


def _bracket_partner(doc: Doc, at: int, step: int, limit: int = 8) -> int | None:
    """The bracket pairing the one at ``at``, looking ``step`` (1 forward, -1 back) up to
    ``limit`` tokens, with no quotation mark, sentence end or other bracket between; else None."""
    partner, same = (")", "(") if step > 0 else ("(", ")")
    for j in range(at + step, at + step * (limit + 1), step):
        if not 0 <= j < len(doc):
            return None
        if doc[j].text == partner:
            return j
        if doc[j].text in SENTENCE_END or doc[j].text in QUOTE_MARKS or doc[j].text == same:
            return None
    return None


def _inverted_verb_after(idx: DocIndex, close_tok: int) -> Token | None:
    """A past-tense verb right after the closing mark (a comma between at most) whose subject
    comes after it ("‘Where were you?’ heckled a man behind her", "“…,” snapped the mayor"): this
    order is the writer's way of attributing a quote, whatever the verb, so it is the cue even
    when it is no speech verb of our list."""
    doc = idx.doc
    i = close_tok + 1
    comma = i < len(doc) and doc[i].text == ","
    if comma:
        i += 1
    if i >= len(doc) or idx.inside[i] or idx.is_cue(doc[i]):
        return None  # a listed speech verb is found the usual way
    if not comma and (close_tok < 1 or doc[close_tok - 1].text not in {",", "?", "!", ".", "\u2026"}):
        return None  # a quoted word inside the sentence ("the “upgrade” broke the ovens"), not a sentence handed over
    verb = doc[i]
    if verb.tag_ != "VBD" or breaks_paragraph(doc[i - 1]):
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and not idx.inside[c.i] for c in verb.children):
        return None  # "’ Jo heckled": a subject before it is the usual order, not this one
    # the noun phrase after it, which the parser may take for an object ("heckled a man")
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"dobj"} and c.i > verb.i), None)
    if subject is None or idx.inside[subject.i] or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    end = subject.right_edge.i + 1
    return verb if end >= len(doc) or doc[end].text in SENTENCE_END or doc[end].text == "," else None


def _introduces_what_follows(verb: Token) -> bool:
    """A participle after the quote with its own complement after it ("defended “New York
    values,” saying the city embodied …"): it cues those words, not the quote before it."""
    return verb.tag_ == "VBG" and any(c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > verb.i for c in verb.children)


def find_cue_before(idx: DocIndex, open_tok: int, limit: int = 40) -> Token | None:
    """The nearest speech verb before the opening mark in the same sentence, when it is close
    ("said:", "told reporters,", "said that"; up to 12 words when a colon or comma introduces
    the quote) or governs the quote's first word."""
    doc = idx.doc
    first = doc[open_tok + 1] if open_tok + 1 < len(doc) else doc[open_tok]  # the quote's first word
    i = open_tok - 1
    seen = 0
    while i >= 0 and seen < limit:
        tok = doc[i]
        if idx.inside[tok.i] or tok.text in SENTENCE_END or breaks_paragraph(tok):
            return None
        # not "saying anyone who complains about it “is wrong”": the subject's relative clause
        if idx.is_cue(tok) and not _in_subject_of_quote(idx, tok, first):
            introduced = open_tok > 0 and doc[open_tok - 1].text in {":", ","}
            near = open_tok - tok.i <= 4 or (introduced and open_tok - tok.i <= 12)
            if near or parenthetical(doc, tok) or _governs(tok, first):
                return _governing_cue(idx, tok)
            return None
        seen += 1
        i -= 1
    return None


def _in_subject_of_quote(idx: DocIndex, verb: Token, first: Token) -> bool:
    """Whether ``verb`` is in a relative clause of the subject of the quote's own clause ("saying
    anyone who complains about it “is wrong”"): the subject's clause, not a cue of the quote."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in {"nsubj", "nsubjpass"} or _governs(verb, first):
        return False
    clause = noun.head
    return idx.inside[clause.i] or clause.i == first.i or _governs(clause, first)


# verbs that name something rather than report speech ("a group called “…”", "known as “…”")
NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "label", "know", "term", "nickname", "brand"})


def _governing_cue(idx: DocIndex, tok: Token) -> Token:
    """The speech verb a participle cue hangs from through a prepositional phrase ("said in a
    video posted on the company's website:": "said", not "posted", whose subject is the video),
    else ``tok``."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or verb_lemma(tok) in NAMING_VERBS:
        return tok  # "from an account called “Hypo-Cruz”" names a thing, whatever verb is above it
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and idx.is_cue(noun.head.head) and noun.head.head.i < tok.i:
        return noun.head.head
    return tok


def parenthetical(doc: Doc, verb: Token) -> bool:
    """A cue set off by commas inside its sentence, its subject just before it ("If costs rise,
    he said, the plan …", "And, she added, it is …"), or opened by "as" ("Yet, as Jo observed,
    in a year …", "As the mayor put it, …"): it attributes the whole sentence."""
    last = verb.right_edge if puts_it(verb) else verb  # "As the mayor put it (in a statement),"
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.text != ",":
        return False
    # its subject, up to three words ("the head teacher"), then a comma; or "as" and a subject of
    # up to four words ("as the Harbour Gazette reported") at the sentence start or after a comma
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 5 and doc[i].text != ",":
        if doc[i].lower_ == "as" and doc[i].dep_ in {"mark", "prep"} and i < verb.i - 1:
            return i == 0 or doc[i - 1].text in {",", *SENTENCE_END} or breaks_paragraph(doc[i - 1])
        if doc[i].pos_ not in {"PRON", "PROPN", "NOUN", "DET", "ADJ", "PUNCT"} or doc[i].text in SENTENCE_END or verb.i - i > 4:
            return False
        i -= 1
    return i >= 0 and doc[i].text == "," and i < verb.i - 1


def _governs(verb: Token, tok: Token) -> bool:
    """Whether ``verb`` is an ancestor of ``tok`` (within a few steps)."""
    steps = 0
    while tok.head.i != tok.i and steps < 8:
        tok = tok.head
        if tok.i == verb.i:
            return True
        steps += 1
    return False


def find_cue_above(idx: DocIndex, tokens: list[Token]) -> Token | None:
    """A speech verb outside the quote, in its paragraph, that governs the quote's words."""
    if not tokens:
        return None
    text = idx.text
    para_lo = text.rfind("\n", 0, tokens[0].idx) + 1
    para_hi = text.find("\n", tokens[-1].idx)
    para_hi = len(text) if para_hi == -1 else para_hi
    for tok in tokens:
        head, steps = tok.head, 0
        while head.i != tok.i and steps < 6:
            if not idx.inside[head.i]:
                if idx.is_cue(head) and para_lo <= head.idx < para_hi:
                    return head
                return _reporting_ancestor(idx, head, para_lo, para_hi)
            tok, head, steps = head, head.head, steps + 1
    return None


def _reporting_ancestor(idx: DocIndex, tok: Token, para_lo: int, para_hi: int, limit: int = 8) -> Token | None:
    """The speech verb whose reported clause holds ``tok`` ("said that her emails were
    subjected to “over-classification”"): up the tree through a clausal complement."""
    through_clause = False
    steps = 0
    while tok.head.i != tok.i and steps < limit:
        through_clause = through_clause or tok.dep_ in {"ccomp", "xcomp"}
        tok, steps = tok.head, steps + 1
        if not para_lo <= tok.idx < para_hi or idx.inside[tok.i]:
            return None
        if idx.is_cue(tok):
            return tok if through_clause else None
    return None


def _quote_heads(idx: DocIndex, tokens: list[Token]) -> list[Token]:
    """The quote's words whose head lies outside the quote: where it hangs in its sentence."""
    return [t for t in tokens if t.head.i != t.i and not idx.inside[t.head.i]]


def find_labelling_verb(idx: DocIndex, tokens: list[Token]) -> Token | None:
    """The active verb that labels its object with the quoted words through "as" ("described the
    senator as a “con artist”", "hailed the vote as “fantastic”", "dismissed them as part of the
    “Washington cartel”"): it attributes the words to its subject, whatever the verb. Not an
    intransitive "as" ("served as the “sherpa”", "such as"), not a passive ("known as “…”")."""
    for tok in _quote_heads(idx, tokens):
        for _ in range(3):
            if tok.dep_ in {"acomp", "attr", "prep"} and tok.head.lemma_ == "be" and tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "as":
                tok = tok.head  # "defended his remarks as being “sarcastic”"
            such = tok.head.i > 0 and idx.doc[tok.head.i - 1].lower_ == "such"  # doc[-1] would be the text's last token
            if tok.dep_ in {"pobj", "amod", "acomp", "pcomp"} and tok.head.lower_ == "as" and not such:
                verb = tok.head.head
                if verb.dep_ in {"dobj", "pobj"} and verb.i < tok.head.i:
                    verb = verb.head  # the parser hung "as" on the object ("derided the proposal as “…”")
                if verb.dep_ == "prep" and verb.i < tok.head.i:
                    verb = verb.head  # … or on the object of a prepositional verb ("referred to his rivals as “…”")
                active = not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i]
                objects += [o for c in verb.children if c.dep_ == "prep" and c.i < tok.head.i and c.lower_ != "as" for o in c.children if o.dep_ == "pobj"]
                labelling = verb_lemma(verb) in LABELLING_VERBS or verb.lower_ in LABELLING_VERBS
                if verb.pos_ == "VERB" and labelling and verb.i < tokens[0].i and active and objects and not idx.inside[verb.i]:
                    return verb
                break
            if tok.head.i == tok.i or idx.inside[tok.head.i] or tok.dep_ not in PHRASE_DEPS:
                break  # only within the noun phrase after "as", not up from a clause inside it ("…, which has been “…”")
            tok = tok.head
    return None


# verbs that describe, judge or present their object "as" something: the words after "as" are
# their subject's ("hailed the deal as a “breakthrough”"); not "joined the board as “head of
# digital”", "spent the grant as “seed funding”"
LABELLING_VERBS = frozenset(
    "describe depict portray paint cast characterize characterise present position frame bill brand "  # noqa: SIM905
    "label dub term call name refer address introduce identify define classify list rank rate see view "
    "regard consider treat hail herald praise tout laud welcome applaud celebrate denounce condemn "
    "decry deride dismiss mock ridicule slam blast attack criticize criticise lambast disparage reject "
    "sum defend justify shrug offer posture pitch promote market sell style "
    # judging and admiring something "as" something (Levin's judgment and admire classes), and the
    # verbs headlines judge with ("rips the plan as “…”")
    "declare assail berate castigate excoriate vilify lampoon belittle denigrate insult scold chide extol "
    "acclaim commend salute admire respect despise rip pound hit bash knock trash".split()
)
PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "conj", "pobj", "prep", "poss", "advmod", "npadvmod"})


# links that do not carry a quote into what a verb reports: its subject ("the authors of “…”
# wrote"), an apposition ("said Jo Reyes, author of “…”"), a passive's agent
NOT_REPORTED_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "appos", "agent", "npadvmod"})


def find_reporting_verb(idx: DocIndex, tokens: list[Token], limit: int = 8) -> Token | None:
    """A speech verb before the quote, in its paragraph, whose clause holds it however deep
    ("said that her actions were “extremely careless”", "accused him of an “artful smear”",
    "said it still posed a “direct threat”"): up the tree from each of the quote's words
    that hang outside it, not through a subject, an apposition or an aside set off by a comma
    (", which …")."""
    if not tokens:
        return None
    text = idx.text
    para_lo = text.rfind("\n", 0, tokens[0].idx) + 1
    for tok in _quote_heads(idx, tokens):
        steps = 0
        while tok.head.i != tok.i and steps < limit and tok.dep_ not in NOT_REPORTED_DEPS:
            if _next_predicate(tok):
                break  # the speaker's next predicate ("called it “A” and likened it to …"): an attribution of its own
            if tok.dep_ in {"relcl", "acl", "advcl"} and tok.left_edge.i > 0 and idx.doc[tok.left_edge.i - 1].text in {",", "(", "\u2014"}:
                break
            via = tok.dep_
            tok, steps = tok.head, steps + 1
            if tok.idx < para_lo or "\n" in text[tokens[-1].idx : max(tok.idx, tokens[-1].idx)]:
                break
            if idx.inside[tok.i]:
                if via == "conj":
                    continue  # "that the firm would “pay …” and that it had been “…”": up through the first quote's verb
                break
            if idx.is_cue(tok):
                between = any(_next_predicate(c) and tok.i < c.i < tokens[0].i for c in tok.children)
                return tok if tok.i < tokens[0].i and not between else None  # not "called it “A” and likened it to … “B”"
    return None


# verbs whose object holds their subject's own words: thanking, welcoming, offering, expressing
# ("thanked the crew for “keeping us all safe”", "offered “my deepest sympathy to the families”")
EXPRESSING_VERBS = frozenset(
    "thank welcome credit offer express extend voice apologize apologise congratulate applaud".split()  # noqa: SIM905
)
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "pcomp", "conj", "amod", "compound", "poss"})


def find_expressing_verb(idx: DocIndex, tokens: list[Token], limit: int = 4) -> Token | None:
    """An active verb of thanking, welcoming, offering or expressing before the quote whose object
    holds it ("Okafor thanked the volunteers for “giving up their weekends to help”", "The
    minister welcomed “a long overdue step for the region”"): the words are its subject's. Up
    from the quote's words through objects and one preposition only ("offered a plan in
    contrast to “…”" is not), within the paragraph."""
    text = idx.text
    para_lo = text.rfind("\n", 0, tokens[0].idx) + 1 if tokens else 0
    for tok in _quote_heads(idx, tokens):
        preps = 0
        for _ in range(limit):
            preps += tok.dep_ == "prep"  # one preposition ("thanked her for “…”"), not a chain ("in contrast to “…”")
            if tok.dep_ not in OBJECT_DEPS or tok.head.i == tok.i or preps > 1:
                break
            tok = tok.head
            if tok.idx < para_lo or idx.inside[tok.i]:
                break
            if tok.pos_ == "VERB" and verb_lemma(tok) in EXPRESSING_VERBS and tok.i < tokens[0].i:
                active = not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
                return tok if active else None
    return None


def find_that_clause_verb(idx: DocIndex, open_tok: int) -> Token | None:
    """For a quote inside a clause introduced by "that" whose verb is not a speech verb ("Okafor
    worried that the bypass was becoming “a road to nowhere …”", "The inspectors discovered in
    March that …"), the verb governing the outermost such clause of the quote's sentence, when it has a
    subject before the "that": the subject thinks, fears or finds what the quote says. Not across
    another quotation mark, a sentence end or a paragraph break; not a noun's clause ("the
    claim that …": the claim is not a speaker)."""
    doc = idx.doc
    if open_tok + 1 >= len(doc):
        return None
    first = doc[open_tok + 1]
    mark = None
    for tok in reversed(doc[doc[open_tok].sent.start : open_tok]):
        if tok.text in SENTENCE_END or tok.text in QUOTE_MARKS or "\n" in tok.text or idx.inside[tok.i]:
            break
        if tok.lower_ == "that" and tok.dep_ == "mark" and (tok.head.is_ancestor(first) or tok.head.i == first.i):
            mark = tok  # keep going: the outermost clause is the attribution ("said that she feared that …")
    if mark is None:
        return None
    verb = mark.head.head
    if verb.i == mark.head.i or verb.pos_ not in {"VERB", "AUX"} or verb.i > mark.i or idx.inside[verb.i]:
        return None
    return verb if any(c.dep_ in SUBJECT_DEPS and c.i < mark.i for c in verb.children) else None


def _next_predicate(tok: Token) -> bool:
    """A verb coordinated with its head and sharing its subject ("called it “A” and likened it …")."""
    return tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def find_colon_verb(idx: DocIndex, open_tok: int, people: frozenset[str] = frozenset(),
                    someone: Callable[[Token], bool] = lambda _: False) -> Token | None:
    """For a quote introduced by a colon with no speech verb ("Jones replied to the paper: “…”"),
    the verb before the colon when its subject names someone: an entity, a pronoun, or a noun
    of ``people`` ("The council resisted: “…”") or one ``someone`` calls a person ("One
    regular was kinder: “…”"). The colon may hang on a noun or, in the parse,
    on the quote's own verb (``_clause_before``: "Jo issued a short statement: “…”"). A colon
    ending the paragraph before a paragraph that opens with the quote introduces it too
    ("Jo wrote to the board:⏎⏎“…”"); there a speech verb is the cue whatever its subject."""
    doc = idx.doc
    colon = open_tok - 1
    ends_paragraph = colon > 0 and doc[colon].is_space and "\n" in doc[colon].text
    if ends_paragraph:
        colon -= 1  # "Jo said:⏎⏎“…”": the paragraph before introduces the quote
    if colon < 0 or doc[colon].text != ":":
        return None
    verb = doc[colon].head
    if verb.i >= colon or idx.inside[verb.i] or verb.pos_ not in {"VERB", "AUX"}:
        verb = _clause_before(idx, colon)
    if verb is not None and verb.pos_ == "ADJ" and not idx.inside[verb.i] and verb.i < colon:
        verb = _copula_before(doc, verb) or verb  # "Jo was less sentimental: “…”", the adjective hung on the quote
    if verb is None or idx.inside[verb.i] or verb.i >= colon:
        return None
    if verb.pos_ not in {"VERB", "AUX"} and not _state_with_its_subject(verb):
        return None
    if ends_paragraph and idx.is_cue(verb):
        return verb  # "The board wrote in its report:⏎⏎“…”"
    copula = _copula_before(doc, verb)
    for candidate in (verb,) if copula is None else (verb, copula):
        handle = idx.ent_of.get(candidate.i - 1)
        if handle is not None and handle.label_ == "HANDLE" and handle.end == candidate.i and not idx.inside[candidate.i - 1]:
            return candidate  # "On Bluesky, @jo.bsky.social was unconvinced: “…”", the handle read as no subject
        for child in candidate.children:
            if child.dep_ in SUBJECT_DEPS and (
                child.i in idx.ent_of or child.pos_ == "PRON" or child.lower_ in people or child.lemma_.lower() in people
                or _named_in_apposition(idx, child) or someone(child)
            ):
                return candidate
    return None


def _state_with_its_subject(word: Token) -> bool:
    """An adjective the parser made the head of "X was unconvinced", its subject and "was" hung
    on it ("@jo.bsky.social was unconvinced: “…”"): the state its subject speaks from."""
    return (word.pos_ == "ADJ" and any(c.dep_ in SUBJECT_DEPS for c in word.children)
            and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in word.children))


def _copula_before(doc: Doc, verb: Token) -> Token | None:
    """The "was" of "Jo Pike was less charmed: “…”" when the parser hung the participle on the
    quote, subjectless: the form of "be" right before it, adverbs between; else None."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV" and k > verb.i - 3:
        k -= 1
    return doc[k] if k >= 0 and k < verb.i - 1 and doc[k].lemma_ == "be" and doc[k].pos_ == "AUX" else None


def _named_in_apposition(idx: DocIndex, noun: Token) -> bool:
    """A noun with a person's name in apposition ("The harbourmaster, Corrin Lowdham, was
    unimpressed: “…”"; "The landlady of the Plover, Mandy Horsfall, was", the name hung on the
    place): the subject names someone, whatever the noun."""
    if noun.pos_ != "NOUN":
        return False
    places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return _person_apposed(idx, noun) or any(_person_apposed(idx, place, after_comma=True) for place in places)


def _person_apposed(idx: DocIndex, noun: Token, after_comma: bool = False) -> bool:
    """Whether a person's name is set in apposition to ``noun``; with ``after_comma``, set off by
    a comma (a name the parser hung on a place, not the place's own compound)."""
    return any(c.dep_ == "appos" and c.i in idx.ent_of and idx.ent_of[c.i].label_ == "PERSON"
               and (not after_comma or (c.left_edge.i > 0 and idx.doc[c.left_edge.i - 1].text == ","))
               for c in noun.children)


def _clause_before(idx: DocIndex, colon: int) -> Token | None:
    """The verb of the clause before a colon that the parser hung on the quote after it ("Jo
    has since apologised for the delay: “…”"): up the tree from the word before the colon to
    the last head still before it, in its paragraph and outside any quote; or the verb of a
    noun the colon hangs on ("Jo issued a short statement: “…”")."""
    doc = idx.doc
    if colon == 0 or idx.inside[colon - 1]:
        return None
    para_lo = idx.text.rfind("\n", 0, doc[colon].idx) + 1
    tok, steps = doc[colon - 1], 0
    while steps < 10 and tok.head.i != tok.i and tok.head.i < colon:
        if tok.head.idx < para_lo or idx.inside[tok.head.i]:
            break
        tok, steps = tok.head, steps + 1
    return tok


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(" \u2019\u201d\"'»")
    return stripped.endswith((".", "!", "?", "\u2026"))


def new_sentence_after(doc: Doc, close_tok: Token, inner: str) -> bool:
    """A quote whose words end with a full stop, followed by a capitalised word: the words after
    it are a new sentence ("“… bully.” South Carolina, he said, was …"), not its cue clause."""
    if not inner.rstrip(" \u2019\u201d\"'").endswith("."):
        return False
    nxt = close_tok.i + 1
    while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].text in QUOTE_MARKS):
        nxt += 1
    return nxt < len(doc) and doc[nxt].text[:1].isupper() and doc[nxt].text != "I"


def only_cue_between(idx: DocIndex, close_char: int, open_char: int, cue_token: int) -> bool:
    """Whether the words between two quotes are just the cue clause ("he told Wired.", "said
    Jo Bloggs, who said she would stay."): no speech verb outside the cue's own subtree."""
    between = [t for t in tokens_between(idx.doc, close_char + 1, open_char) if not t.is_punct and not t.is_space]
    if len(between) > SPLIT_CUE_MAX_WORDS:
        return False
    cue = idx.doc[cue_token]
    text = idx.text
    if text[close_char + 1 : open_char].rstrip(" '" + "".join(QUOTE_MARKS)).endswith(":") and any(
        t.sent.start != cue.sent.start and not cue.is_ancestor(t) for t in between
    ):
        return False  # a sentence of its own introduces the next quote ("… the mayor said. The harbour master was less sure: “…”")
    return all(t.i == cue_token or not idx.is_cue(t) or cue.is_ancestor(t) or in_subject(t, cue) for t in between)


def in_subject(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` lies in the subject of ``cue`` ("a voter who said she would stay")."""
    return any(c.dep_ in SUBJECT_DEPS and c.is_ancestor(tok) for c in cue.children)
