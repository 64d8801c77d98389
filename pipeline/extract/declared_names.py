"""Names an article says are someone's: a nickname in quotation marks inside a full name
(`Dale "Wrecker" Whitby`), a nickname declared right after a name ("Ann Lee, known to her
crew as Skipper,"; "Ms Lee, who goes by Nan,"), and a handle it says a person or an
organisation posts as ("Lee, who posts as @skipperlee,"; "Lee posts … as @x"; "Harnmoor Ltd,
which posts on Bluesky as …"; "under the handle @x"; "Harnmoor Ltd's account on X, @x":
``declared_handles``). The entity components use the nicknames to tag their other
mentions as the person; the analysis ties each declared name to its owner's mention
(``FoundName.same_as``), so the resolver puts both in one entity. A first name joined to a full
name by "and" ("Rosa and Tobias Fenn") shares its surname (``couple_surnames``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.extract.cues import (
    ALL_PRONOUN_GENDER,
    GENDERED_NOUNS,
    doc_text,
    first_name_gender,
    honorific_sexes,
    mention_gender,
)
from pipeline.extract.entities import COURTESY_TITLES
from pipeline.extract.quotes import OPENERS

_OPENING = frozenset({'"', "'", "\u201c", "\u2018"})
_CLOSING = frozenset({'"', "'", "\u201d", "\u2019"})
# words that open the clause declaring the name, right after the name and its comma
_CLAUSE_OPENERS = frozenset({"who", "whom", "known", "nicknamed", "better", "also", "posting", "tweeting", "writing"})
# verbs of posting before "as @handle"
POSTING_VERBS = frozenset({"post", "posts", "posted", "posting", "tweet", "tweets", "tweeted", "tweeting",
                           "write", "writes", "wrote", "writing", "blog", "blogs", "blogging"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")"})
WINDOW = 10  # tokens of the declaring clause searched after the name's comma


def quoted_nickname_names(doc: Doc) -> list[Span]:
    """PERSON spans over a first name, a nickname of one or two capitalised words in quotation
    marks and a surname (`Lowenna "Tam" Velloway`), which the small model cuts up or calls a
    work of art: when the surname is written elsewhere in the document too, or the first name is
    a known one (not a film title between two words: `Warner "Maverick" Bros`)."""
    found = []
    for i in range(1, len(doc) - 3):
        if doc[i].text not in _OPENING:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].is_title and doc[j].is_alpha:
            j += 1
        if j == i + 1 or j + 1 >= len(doc) or doc[j].text not in _CLOSING:
            continue
        first, last = doc[i - 1], doc[j + 1]
        if not (_a_name_word(first) and _a_name_word(last)) or doc[i].whitespace_ or not first.whitespace_:
            continue
        elsewhere = any(t.text == last.text for t in doc if t.i != last.i)
        if elsewhere or first_name_gender(first.text) is not None:
            found.append(Span(doc, i - 1, j + 2, label="PERSON"))
    return found


def _a_name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and not token.is_stop and len(token.text) >= 2


def declared_names(doc: Doc, ents: Iterable[Span] | None = None) -> list[tuple[Span, Span]]:
    """(declared name, owner) pairs: a nickname declared after a PERSON name ("…, known to
    everyone as Skipper", "…, who goes by Skipper", "…, nicknamed ‘Skipper’") and a handle after
    "posts as" ("…, who posts on X as @skipperlee"). The declared nickname is a span of one or
    two capitalised words, labelled PERSON, whether or not the NER tagged it; the handle is the
    HANDLE entity. The clause must open right after the name and its comma."""
    ents = list(doc.ents if ents is None else ents)
    handles = {e.start: e for e in ents if e.label_ == "HANDLE"}
    people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    out = []
    for owner in ents:
        if not _a_person_shaped(owner) or owner.end + 2 >= len(doc):
            continue
        k = owner.end
        if doc[k].text in {"'s", "\u2019s"}:
            continue
        # ", known to … as Skate", and a description first: ", a retired signalman known … as Skate",
        # ", a retired driver whom listeners call Tiller"
        described = doc[k + 1].lower_ in _ARTICLES and any(t.lower_ in {"known", "whom"} for t in doc[k + 2 : k + 2 + WINDOW])
        if doc[k].text != "," or (doc[k + 1].lower_ not in _CLAUSE_OPENERS and not described):
            continue
        known = posting = whom = False
        for m in range(k + 1, min(len(doc) - 1, k + 1 + WINDOW)):
            tok = doc[m]
            if tok.text in _CLAUSE_ENDS or m in people:
                break
            known = known or tok.lower_ in {"known", "called"}
            posting = posting or tok.lower_ in POSTING_VERBS
            whom = whom or tok.lower_ == "whom"
            nickname_cue = (tok.lower_ == "as" and known) or tok.lower_ == "nicknamed" or (
                tok.lower_ == "by" and doc[m - 1].lower_ in {"goes", "go", "went", "going"}) or (
                tok.lower_ in {"called", "calls", "call"} and whom)  # "whom everyone calls Sprat"
            if tok.lower_ == "as" and posting and m + 1 in handles:
                out.append((handles[m + 1], owner))
                break
            if nickname_cue and (span := _nickname_at(doc, m + 1)) is not None:
                out.append((span, owner))
                break
    out += _known_as_predicates(doc, ents, {span.start for span, _ in out})
    declared = {(h.start, h.end) for h, _ in out}
    out += [(h, o) for h, o in declared_handles(doc, ents) if (h.start, h.end) not in declared]
    return out


_ARTICLES = frozenset({"a", "an", "the"})


def _known_as_predicates(doc: Doc, ents: list[Span], taken: set[int]) -> list[tuple[Span, Span]]:
    """(nickname, owner) pairs a sentence's predicate declares: "Cynwal Amberly … is known to the
    stallholders as Skate", "… and is known to every ferry crew on the river as Tiller": "known" in
    the passive, and "as" within ``WINDOW`` tokens after it that hangs on "known" (so "known along
    the river, and well beyond it, as Tiller" too), before one or two capitalised words. The
    owner is the verb's subject (or, for a verb joined by "and", the first verb's): a PERSON, the
    name "who" stands for ("Ann Lee, who ran the stall … and is known … as Skate"), or the
    person "he" or "she" is (``_pronoun_owner``); where the parser found no subject, the PERSON
    opening the sentence. So are "… calls him Tiller" and "her nickname, Tiller," (``_called_by``)."""
    person_at = {e.start: e for e in ents if _a_person_shaped(e)}
    people = sorted(person_at.values(), key=lambda e: e.start)
    out = []
    for tok in doc:
        if tok.lower_ != "known" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) else tok
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"who", "whom"} and verb.dep_ == "relcl":
            subject = verb.head
        owner = next((e for e in person_at.values() if subject is not None and e.start <= subject.i < e.end), None)
        if owner is None and subject is not None and subject.lower_ in ALL_PRONOUN_GENDER:
            owner = _pronoun_owner(subject, people)
        if owner is None and subject is None:
            owner = person_at.get(tok.sent.start)  # the parser lost the subject: the name opening the sentence
        if owner is None:
            continue
        for m in range(tok.i + 1, min(len(doc) - 1, tok.i + 1 + WINDOW)):
            if doc[m].text in _CLAUSE_ENDS:
                break
            if (doc[m].lower_ == "as" and m + 1 not in taken and tok in doc[m].ancestors
                    and (span := _nickname_at(doc, m + 1)) is not None):
                out.append((span, owner))
                break
    taken = taken | {span.start for span, _ in out}
    return out + [(span, owner) for span, owner in _called_by(doc, people) if span.start not in taken]


# verbs that give a person a name, with the person as their object ("calls him Tiller")
_NAMING_VERBS = frozenset({"call", "calls", "called", "calling", "nickname", "nicknamed", "nicknames", "dub", "dubbed", "dubs"})
_NICKNAME_NOUNS = frozenset({"nickname", "nicknames", "moniker"})


def _called_by(doc: Doc, people: list[Span]) -> list[tuple[Span, Span]]:
    """(nickname, owner) pairs where a person is named through a pronoun: a naming verb with
    "him" or "her" as its object, the name right after ("everyone on the slipway calls him
    Tiller"), and a possessive before a noun for nicknames with the name set beside it after a
    comma ("his nickname, Tiller,", "Ann Lee's nickname, Tiller,"). The owner is the PERSON the
    possessive names or the person the pronoun is (``_pronoun_owner``)."""
    out = []
    for tok in doc:
        if tok.lower_ in {"him", "her"} and tok.dep_ == "dobj" and tok.head.lower_ in _NAMING_VERBS and tok.head.i < tok.i:
            start = tok.i + 1
        elif tok.lower_ in _NICKNAME_NOUNS and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
            start = tok.i + 2
            tok = next((c for c in tok.children if c.dep_ == "poss"), None)
            if tok is None:
                continue
        else:
            continue
        span = _nickname_at(doc, start)
        if span is None or span[-1].tag_ != "NNP":
            continue
        owner = next((e for e in people if e.start <= tok.i < e.end), None) or _pronoun_owner(tok, people)
        if owner is not None:
            out.append((span, owner))
    return out


def _pronoun_owner(pronoun: Token, people: list[Span]) -> Span | None:
    """The person a third-person pronoun stands for: of the people named before it in its
    sentence or the one before (``people``, in document order), the one person whose sex nothing
    says is other than the pronoun's; None when two could be meant ("Ann Lee met Ivo Ray. She
    is known as …" is Ann's only if the article says Ivo is a man)."""
    sex = ALL_PRONOUN_GENDER.get(pronoun.lower_)
    if sex is None:
        return None
    doc, sent = pronoun.doc, pronoun.sent
    lo = doc[sent.start - 1].sent.start if sent.start else sent.start
    near = [e for e in people if lo <= e.start and e.end <= pronoun.i]
    fits = {e[-1].lower_: e for e in near if mention_gender(e) in {None, sex}}
    said = {e[-1].lower_: e for e in near if mention_gender(e) == sex}
    if len(fits) == 1:
        return next(iter(fits.values()))
    return next(iter(said.values())) if len(said) == 1 else None


def _a_person_shaped(owner: Span) -> bool:
    """A PERSON, or two capitalised words the small model tagged ORG ("Osric Pellow, known to
    everyone at the ground as Tubby,": a nickname is a person's, and so the name is one)."""
    if owner.label_ == "PERSON":
        return True
    return owner.label_ == "ORG" and len(owner) == 2 and all(t.is_title and t.is_alpha for t in owner)


# words naming a handle before it ("under the handle @x", "as @x"); an account before one's handle
_HANDLE_WORDS = frozenset({"handle", "username", "name"})
_ACCOUNT_WORDS = frozenset({"account", "handle", "feed", "page"})
_RELATIVES = frozenset({"who", "which", "that"})
_OWNER_LABELS = frozenset({"PERSON", "ORG"})


def declared_handles(doc: Doc, ents: Iterable[Span]) -> list[tuple[Span, Span]]:
    """(handle, owner) pairs the sentence states: the subject of a posting verb before "as
    @x" or "under the handle @x" ("Kim posts photographs on Instagram as @kimkeeps", "Tamblin
    Ltd, which posts on Bluesky as tamblin.bsky.social,", "The group, the Harnmoor Society, posts
    as @hs", "Lee posted on X, under the handle @leewrites,"), and the named owner of an account
    the handle stands beside ("Tamblin Ltd's account on X, @TamblinBuild"). The owner is a PERSON
    or ORG entity; a pronoun or a description ("Her son, who posts as …") gives none."""
    ents = list(ents)
    owner_of = {i: e for e in ents if e.label_ in _OWNER_LABELS for i in range(e.start, e.end)}
    out = []
    for handle in ents:
        if handle.label_ != "HANDLE" or handle.start == 0:
            continue
        before = doc[handle.start - 1]
        owner = None
        if before.lower_ == "as" or (before.lower_ in _HANDLE_WORDS and handle.start >= 3 and doc[handle.start - 3].lower_ == "under"):
            verb = next((t for t in reversed(doc[handle.sent.start : handle.start]) if t.lower_ in POSTING_VERBS), None)
            if verb is not None and verb.pos_ == "VERB":
                owner = _subject_entity(verb, owner_of)
            elif verb is not None:  # "The group, the Harnmoor Society, posts as …" read as a noun: the name just before
                last = verb.i - 1 if verb.i and doc[verb.i - 1].text == "," else verb.i
                name = owner_of.get(last - 1)
                owner = name if name is not None and name.end == last else None
        elif before.text == "," and handle.start >= 2:
            account = doc[handle.start - 2]
            while account.dep_ == "prep" or account.dep_ == "pobj":  # "account on X, @x": up to "account"
                account = account.head
            if account.lower_ in _ACCOUNT_WORDS:
                owner = next((owner_of[c.i] for c in account.children if c.dep_ == "poss" and c.i in owner_of), None)
        if owner is not None:
            out.append((handle, owner))
    return out


def _subject_entity(verb: Token, owner_of: dict[int, Span]) -> Span | None:
    """The PERSON or ORG entity a posting verb's subject names: the subject itself, the noun a
    relative pronoun stands for ("X, which posts …"), or a name set beside the subject ("The
    group, the Harnmoor Society, posts …")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return None
    if subject.i in owner_of:
        return owner_of[subject.i]
    return next((owner_of[c.i] for c in subject.children if c.dep_ == "appos" and c.i in owner_of), None)


def _nickname_at(doc: Doc, start: int) -> Span | None:
    """One or two capitalised words at ``start`` (after an opening quotation mark or a "the", if
    any: "known as the Ferrule" declares "Ferrule", which the article writes alone)."""
    if start < len(doc) and doc[start].text in _OPENING:
        start += 1
    if start + 1 < len(doc) and doc[start].lower_ == "the" and doc[start + 1].is_title:
        start += 1
    end = start
    while end < len(doc) and end - start < 2 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
        return None  # three capitalised words: a name of its own, not a nickname
    return Span(doc, start, end, label="PERSON")


def couple_surnames(doc: Doc) -> dict[tuple[int, int], str]:
    """The surname a lone first name shares with the full name "and" joins it to ("Rosa and
    Tobias Fenn", a couple or siblings: Rosa Fenn), by the first name's (start, end) token
    range. Only for a common first name (``first_name_gender``), when the sentence calls the
    two a pair ("…, a couple from …", "…, brothers who …") or when the article writes the surname
    with titles of both sexes ("Mr Pennyfeather" and "Mrs Pennyfeather"); never for a word the document writes as a
    surname ("Obama and Hillary Clinton", "Mr Pell and …") or as the first name of someone with
    another surname ("Hillary and Tim Kaine" beside "Hillary Clinton")."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    surnames = {e[-1].lower_ for e in people if len(e) > 1} | {
        doc[e.start + 1].lower_ for e in people if len(e) > 1 and e[0].text.rstrip(".") in _NAME_TITLES}
    after = {e.start: e for e in people}
    titled = honorific_sexes(doc, people)  # surname -> the sexes "Mr", "Mrs" … give it in the article
    out = {}
    for ent in people:
        full = after.get(ent.end + 1)
        if len(ent) != 1 or full is None or not 2 <= len(full) <= 3 or doc[ent.end].lower_ not in {"and", "&"}:
            continue
        first = ent[0]
        if not (first.is_title and first.is_alpha) or full[0].text.rstrip(".") in _NAME_TITLES or full[0].lower_ == first.lower_:
            continue
        if ent.start and doc[ent.start - 1].text.rstrip(".") in _NAME_TITLES:
            continue  # "Mr Pell and Tobias Fenn": a surname
        if first.lower_ in surnames or any(len(e) > 1 and e[0].lower_ == first.lower_ and e[-1].lower_ != full[-1].lower_ for e in people):
            continue
        if (first_name_gender(first.text) is None and not any(t.lower_ in PAIR_WORDS for t in doc[full.end : full.sent.end])
                and len(titled.get(full[-1].lower_, ())) < 2):
            # (a first name no census holds is the family's when the article writes the surname with
            # "Mr" and with "Mrs": "Hezekiah and Sophronia Pennyfeather" beside "Mr Pennyfeather")
            continue
        out[(ent.start, ent.end)] = full[-1].text
    return out


# relatives who, named by a first name alone after the word, take the family's surname
FAMILY_NOUNS = frozenset("wife husband son daughter brother sister mother father grandson granddaughter".split())  # noqa: SIM905


def kin_surnames(doc: Doc) -> dict[tuple[int, int], str]:
    """The surname a relative named by a first name alone shares with the person whose relative
    they are ("Mr Pell’s son, Orrin", "His wife, Wenna, and …", "with his wife Honor": Orrin
    Pell, the nearest person named before "his" with a surname), by the first name's (start,
    end) token range. The owner is the possessor the article names, else, for "his", "her" or
    "their", the nearest person with a surname before it in its paragraph whose sex, from a
    first name or (in an earlier sentence) a "Mr"/"Ms" the article gives the surname, is not the
    other one ("his" is no woman's), or, for a "his" or "her" opening its paragraph, in the
    paragraph before (``_owner_paragraphs_before``). Not for a word that is someone's surname, or
    the first name of someone the article names in full."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    surnamed = [e for e in people if len(e) > 1 and e[-1].is_title]
    surnames = {e[-1].lower_ for e in surnamed}
    firsts = {e[0].lower_ for e in surnamed if e[0].text.rstrip(".") not in _NAME_TITLES}
    by_token = {i: e for e in people for i in range(e.start, e.end)}
    titled = honorific_sexes(doc, people)  # surname -> the sexes "Mr", "Ms" … give it in the article

    def sex(e: Span, near: Token) -> str | None:
        """A person's sex by first name, else, outside ``near``'s sentence, by the honorific the
        article gives the surname ("WK Pell and his wife, Maybelle" may stand beside "Mrs Pell")."""
        said = titled.get(e[-1].lower_, set()) if e.sent.start != near.sent.start else set()
        return first_name_gender(e[0].text) or (next(iter(said)) if len(said) == 1 else None)

    out = {}
    for ent in people:
        word = ent[0]
        if len(ent) != 1 or not (word.is_title and word.is_alpha) or word.lower_ in surnames | firsts:
            continue
        noun = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text == "," else doc[ent.start - 1] if ent.start else None
        if noun is None or noun.lower_ not in FAMILY_NOUNS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or (doc[noun.i - 1] if noun.i else None)
        if owner is None:
            continue
        if owner.lower_ in {"his", "her", "their"}:
            wrong = {"his": "f", "her": "m"}.get(owner.lower_)  # "his sister" is no woman's
            before = [e for e in surnamed if e.end <= owner.i and "\n\n" not in doc_text(doc)[e.end_char : owner.idx] and sex(e, owner) != wrong]
            named = before[-1] if before else _titled_spouse(doc, surnamed, owner, noun, titled)
            if named is None and not noun.lower_.startswith("grand"):
                # (a grandchild shares a grandparent's surname only through a son: not guessed)
                # (couple_surnames reads the whole document, so only for a spouse; rare: a paragraph
                # opening with a relative whose owner it does not name)
                paired = set(couple_surnames(doc).values()) if noun.lower_ in SPOUSE_NOUNS else set()
                # a bare surname ("Pickersgill laughed") has no first name to read a sex from
                named = _owner_paragraphs_before(doc, owner, people, surnames, paired, lambda e: len(e) == 1 or sex(e, owner) != wrong)
        else:
            named = by_token.get(owner.i) or by_token.get(owner.i - 1)  # "Mr Pell’s": the name before the "’s"
        if named is not None and named.start != ent.start and named[-1].is_title:
            out[(ent.start, ent.end)] = named[-1].text
    return out


SPOUSE_NOUNS = frozenset({"wife", "husband"})
KIN_OWNER_PARAGRAPHS = 3  # how many paragraphs back "His daughter, Rosaline," may find whose she is


def _owner_paragraphs_before(doc: Doc, owner: Token, people: list[Span], surnames: set[str], paired: set[str],
                             fits: Callable[[Span], bool]) -> Span | None:
    """For a "his" or "her" opening its paragraph ("His daughter, Rosaline, went back …"): the
    last person the paragraph before names with a surname the article gives in full ("said
    Hadrian Skelgate", "Pickersgill laughed"), of a fitting sex; over a paragraph that opens with
    a quotation mark and names no one such (the quote of the person before), up to
    ``KIN_OWNER_PARAGRAPHS`` back. None when that paragraph names no one such, or for a pronoun
    inside its paragraph (the rule above). A man whose wife the article names as a pair ("Gamaliel
    and Sabrina Bettesworth") has no other wife: ``paired`` surnames are skipped."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, owner.idx) + 1
    if text[start : owner.idx].strip():
        return None
    for _ in range(KIN_OWNER_PARAGRAPHS):
        end = len(text[:start].rstrip())  # the paragraph before: its last character
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        named = [e for e in people if start <= e.start_char < end and e[-1].is_title
                 and e[-1].lower_ in surnames and e[-1].text not in paired and fits(e)]
        if named:
            return named[-1]
        if text[start:end].lstrip()[:1] not in OPENERS:
            return None
    return None


def _titled_spouse(doc: Doc, surnamed: list[Span], owner: Token, noun: Token, titled: dict[str, set[str]]) -> Span | None:
    """For a spouse whose paragraph names no one before the "his" or "her" ("At nine he rang
    his wife, Wenna: …"): the nearest person named before, in an earlier paragraph, whose first
    name is of the possessive's sex, when the article writes that person's surname with a title
    of the spouse's sex ("Mrs Pellow" beside Keith Pellow): the spouse bears it. Not for other kin
    ("Her son, Tom," after a Mr Pell named in passing: the title may be his own)."""
    owner_sex = {"his": "m", "her": "f"}.get(owner.lower_)
    if noun.lower_ not in SPOUSE_NOUNS or owner_sex is None:
        return None
    named = next((e for e in reversed(surnamed) if e.end <= owner.i and first_name_gender(e[0].text) == owner_sex), None)
    return named if named is not None and GENDERED_NOUNS[noun.lower_] in titled.get(named[-1].lower_, set()) else None


# words calling two people a pair, after "A and B Surname" in its sentence
PAIR_WORDS = frozenset({"couple", "siblings", "brothers", "sisters", "twins", "spouses", "husband", "wife"})
# titles before a surname ("Mr Pell"); a word after one is a surname
_NAME_TITLES = COURTESY_TITLES | frozenset({"Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Cllr", "Rev", "Judge"})
