"""Who said it: the cue (speech verb) of each quote, the speaker mention at the cue, its kind,
and the named mention it resolves to. Also indirect quotes ("Duysak says that …").

Reads a parsed spaCy ``Doc`` and the ``QuoteSpan``s of ``quotes.py``; returns ``Attribution``s
(character offsets into the doc text). Finding the cue tokens is ``cues.py``'s part. The rules (README.md, "Speakers"):

- Cue: a verb of ``speech_verbs.txt`` (by lemma) or "according to". Looked for right after the
  closing mark ("’ he said", "’ tweeted one"), then before the opening mark in the same sentence
  ("He said: ‘…’", "said that … ‘…’"), then up the dependency tree from the quote, then (a quote
  after a colon) the verb before the colon if its subject names someone. A quote that ends its
  sentence, or runs on into it without a comma, prefers a cue before it; a speech verb set off
  by commas ("If costs rise, she said, …") attributes the rest of its sentence.
- A quote followed by its cue clause and another quote in the same paragraph ("‘A,’ he told
  Wired. ‘B.’", "“A?” asked Jo, a nurse who said she commutes. “B.”") is one quote in two parts;
  a short quote right after a word of that cue clause (told “Today”) is a title, dropped.
- "Name: “…”" at a paragraph start or after a dash (or a headline "Name: … ‘…’"): the name is
  the speaker, the colon the cue.
- A Title-Case quote in a sentence-case paragraph names a work or programme ("told NBC’s
  “Morning Report”"): dropped, unless a speech verb just before takes it as object.
- A quote without a cue that starts its paragraph, directly follows another quote, or starts a
  sentence later in the paragraph of an attributed quote belongs to the previous quote's speaker
  (a floating quote). Other cue-less quotes of fewer than
  ``MIN_UNATTRIBUTED_WORDS`` words (or with a cue but no speaker: "so-called") are scare
  quotes, not attributions, and are dropped.
- Speaker: the subject of the cue, else (inverted order, "said another") the first noun phrase
  after it. Kinds: an entity -> person / organization; he/she -> person (nearest preceding
  person subject); it / "the company" / "the statement" -> organization (the organisation most
  recently a subject); "one", "another", "one user", "a commenter" -> anonymous_public;
  "a spokesperson", "sources", "two people briefed on the matter" -> unnamed_source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.extract.components import HONORIFICS
from pipeline.extract.cues import (
    PERSON_PRONOUNS,
    SENTENCE_END,
    SUBJECT_DEPS,
    DocIndex,
    breaks_paragraph,
    ends_sentence,
    find_colon_verb,
    find_cue_above,
    find_cue_after,
    find_cue_before,
    new_sentence_after,
    only_cue_between,
    token_at,
    tokens_between,
    verb_lemma,
)
from pipeline.extract.quotes import QuoteSpan

MIN_UNATTRIBUTED_WORDS = 6
ACCORDING_MIN_WORDS = 3  # "According to X, the plan was “bold”": a one- or two-word quote there is the writer's scare quote
PUBLIC_NOUNS = frozenset(
    "user users commenter commenters poster posters tweeter tweeters redditor redditors reader "  # noqa: SIM905 (a word list reads best as words)
    "readers viewer viewers fan fans follower followers netizen netizens wag wags correspondent "
    "correspondant someone somebody onlooker observer".split()
)
PUBLIC_HEADS = frozenset({"one", "another", "someone", "somebody", "others", "many", "some"})
SOURCE_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman spokespeople source sources official officials aide aides "  # noqa: SIM905 (a word list reads best as words)
    "adviser advisers advisor advisors insider insiders representative representatives staffer "
    "staffers person people officer officers executive executives employee employees analyst "
    "analysts expert experts lawyer lawyers attorney attorneys witness witnesses member members".split()
)
ORG_NOUNS = frozenset(
    "company firm platform network site service statement campaign agency department government "  # noqa: SIM905 (a word list reads best as words)
    "administration ministry office team group organisation organization committee party".split()
)
GENERIC_PEOPLE = frozenset(
    "woman women man men person guy girl boy mother father mum mom dad parent parents voter voters "  # noqa: SIM905 (a word list reads best as words)
    "resident residents student students teenager citizen citizens american americans briton britons "
    "customer customers listener listeners supporter supporters critic critics commuter commuters "
    "passenger passengers shopper shoppers traveller travellers traveler travelers driver drivers "
    "local locals".split()
)
INDIRECT_EXCLUDED = frozenset({"ask", "wonder", "inquire", "demand", "continue"})
POSTING_CUES = frozenset({"tweet", "retweet", "post", "blog", "comment", "reply", "message"})
ORG_PRONOUNS = frozenset({"it"})


@dataclass
class Attribution:
    """A quote (direct or indirect) with its cue and speaker; offsets index the doc text."""

    parts: list[tuple[int, int]]
    kind: str = "direct"
    open_char: int | None = None
    close_char: int | None = None
    cue: str | None = None
    cue_token: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str = "unknown"
    ref: tuple[int, int] | None = None  # the named mention (entity span) the speaker resolves to
    ref_name: str | None = None  # a name when there is no entity span (an untagged proper noun)
    public: bool = False  # the speaker phrase names a member of the public ("Twitter user Jo Bloggs")
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def posting_cue(self) -> bool:
        return self.cue is not None and self.cue.lower() in POSTING_CUES


def _same_paragraph(idx: DocIndex, a: Token, b: Token) -> bool:
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return not any(breaks_paragraph(idx.doc[i]) for i in range(lo, hi))


def subject_of(idx: DocIndex, verb: Token) -> Token | None:
    """The cue's speaker token: its subject, an inherited subject, or the noun after it."""
    if verb.lower_ == "according":
        for child in verb.children:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        nxt = verb.i + 2
        return idx.doc[nxt] if nxt < len(idx.doc) else None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not idx.inside[child.i] and _same_paragraph(idx, child, verb):
            return child
    head, steps = verb, 0
    while head.head.i != head.i and steps < 3 and head.dep_ in {"conj", "advcl", "xcomp", "pcomp", "pobj", "prep", "acl", "dobj"}:
        head, steps = head.head, steps + 1  # "released a statement saying", "explained it by saying"
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS and not idx.inside[child.i] and _same_paragraph(idx, child, verb):
                return child
    doc = idx.doc
    if head.i != verb.i and head.dep_ == "ROOT" and head.i in idx.ent_of and _same_paragraph(idx, head, verb):
        return head  # a mis-parsed sentence whose root is the subject's name ("Trump weighs in, calling …")
    if head.i != verb.i and head.dep_ == "ROOT" and head.pos_ == "NOUN":
        # the verb read as a noun, the name as its modifier ("Trump weighs in …, calling …": root
        # "weighs", compound "Trump"): the name is the subject
        name = next((c for c in head.lefts if c.dep_ == "compound" and c.i in idx.ent_of
                     and idx.ent_of[c.i].label_ in {"PERSON", "ORG"} and _same_paragraph(idx, c, verb)), None)
        if name is not None:
            return name
    left = _left_subject(idx, verb)
    if left is not None:
        return left  # a subject the parser attached elsewhere ("’ Ramos, 58, told AFP")
    prev = verb.i - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].text == ","):
        prev -= 1
    if prev < 0 or not idx.inside[prev]:
        return None  # the noun after a cue is its speaker only in inverted order ("’ said another")
    for i in range(verb.i + 1, min(verb.i + 5, len(doc))):
        tok = doc[i]
        if idx.inside[i] or tok.text in SENTENCE_END:
            break
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "DET"}:
            while tok.dep_ in {"nummod", "compound", "det", "amod"} and tok.head.i > tok.i and tok.head.i - tok.i <= 3:
                tok = tok.head
            return tok
    return None


def _left_subject(idx: DocIndex, verb: Token, limit: int = 6) -> Token | None:
    """The nearest noun, name or pronoun just left of the cue in its clause (an apposition such
    as ", 58," may sit between), or None."""
    doc = idx.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= limit:
        tok = doc[i]
        if idx.inside[i] or tok.text in SENTENCE_END or tok.text in {":", "\u2014"} or breaks_paragraph(tok):
            return None
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and tok.dep_ not in {"npadvmod", "appos"}:
            while tok.dep_ in {"compound", "amod", "nummod"} and tok.i < tok.head.i < verb.i:
                tok = tok.head
            ent = idx.ent_of.get(tok.i)
            return doc[ent.start] if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "HANDLE"} else tok
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass"}:
            return None
        i -= 1
    return None


NUMERIC_ENTITIES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"})


def speaker_span(idx: DocIndex, head: Token, verb: Token) -> tuple[int, int]:
    """Token range [start, end) of the speaker phrase as written around its head."""
    ent = idx.ent_of.get(head.i)
    if ent is not None and ent.label_ not in NUMERIC_ENTITIES:  # not the CARDINAL of "one of the people"
        before = idx.doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and before is not None and before.text.rstrip(".") in HONORIFICS and not idx.inside[before.i]:
            return ent.start - 1, ent.end  # "Mr Duysak", "Dr. Okafor": the honorific is how the article names them
        return ent.start, ent.end
    start = head.i
    while start > head.left_edge.i and not idx.inside[start - 1] and idx.doc[start - 1].text != ",":
        start -= 1
    end = head.i + 1
    for child in head.rights:
        conjoined = child.dep_ == "conj" and head.pos_ == child.pos_ == "NOUN"  # "friends and advisers"
        if (child.dep_ in {"prep", "acl", "compound", "amod", "nummod"} or conjoined) and child.right_edge.i < verb.i or (
            (child.dep_ in {"prep", "acl"} or conjoined) and verb.i < head.i
        ):
            # up to a comma or a quote inside the modifier: "Two people familiar with the review,
            # who spoke on condition of anonymity, said" (the parser hangs the relative clause
            # on "review") is "Two people familiar with the review"
            stop = next((i for i in range(end, child.right_edge.i + 1) if idx.inside[i] or idx.doc[i].text == ","),
                        child.right_edge.i + 1)
            if stop == end:
                break
            end = stop
            if stop <= child.right_edge.i:
                break
    if verb.i < head.i and end < len(idx.doc):
        # an inverted cue's "from" phrase after the speaker says who they are: "wrote one reader
        # from Leeds" (the parser hangs it on the verb)
        origin = idx.doc[end]
        if origin.lower_ == "from" and origin.head.i == verb.i and origin.dep_ == "prep" and not idx.inside[origin.i]:
            end = origin.right_edge.i + 1
    return start, end


def _one_of_sources(head: Token) -> bool:
    """"one of the people", "another of the officials": a member of an unnamed group of sources."""
    if head.lower_ not in {"one", "another", "some", "two", "three"}:
        return False
    for prep in head.rights:
        if prep.lower_ == "of":
            return any(p.dep_ == "pobj" and p.lemma_.lower() in SOURCE_NOUNS | {"people", "person"} for p in prep.children)
    return False


def classify_speaker(idx: DocIndex, head: Token, start: int, end: int) -> Attribution:
    """Kind and resolution of a speaker phrase (an Attribution carrying only speaker fields)."""
    doc = idx.doc
    span = doc[start:end]
    out = Attribution(parts=[], speaker_text=span.text, speaker_start=span.start_char, speaker_end=span.end_char)
    words = {t.lower_ for t in span}
    out.public = bool(words & PUBLIC_NOUNS)
    ent = idx.ent_of.get(head.i)
    lower, lemma = head.lower_, head.lemma_.lower()
    if ent is not None and ent.label_ in {"PERSON", "HANDLE"}:
        out.speaker_kind, out.ref = "person", (ent.start_char, ent.end_char)
    elif ent is not None and ent.label_ in {"ORG", "GPE", "FAC"}:
        out.speaker_kind, out.ref = "organization", (ent.start_char, ent.end_char)
    elif lower in PERSON_PRONOUNS:
        ante = idx.nearest_before(idx.person_subjects, head.i) or idx.nearest_before(idx.persons, head.i)
        out.speaker_kind = "person"
        out.ref = (ante.start_char, ante.end_char) if ante is not None else None
    elif lower in ORG_PRONOUNS or (lemma in ORG_NOUNS and any(t.lower_ in {"the", "its"} for t in head.lefts)):
        ante = idx.nearest_before(idx.org_subjects, head.i) or idx.nearest_before(idx.orgs, head.i)
        out.speaker_kind = "organization"
        out.ref = (ante.start_char, ante.end_char) if ante is not None else None
    elif _one_of_sources(head):
        out.speaker_kind = "unnamed_source"  # "one of the people said"
    elif (
        lower in GENERIC_PEOPLE
        and any(t.lower_ in {"a", "an"} for t in head.lefts)
        and any(c.dep_ in {"relcl", "appos"} for c in head.children)
    ):
        # "a German man who worked as a contractor says": a described individual, not the public
        out.speaker_kind, out.public = "unnamed_source", False
    elif (
        lower in PUBLIC_NOUNS
        or lemma in PUBLIC_NOUNS
        or lower in PUBLIC_HEADS
        or (lower in GENERIC_PEOPLE and any(t.lower_ in {"one", "another", "a", "an", "some"} for t in head.lefts))
    ):
        out.speaker_kind, out.public = "anonymous_public", True
    elif lower in SOURCE_NOUNS or lemma in SOURCE_NOUNS or _one_of_sources(head):
        out.speaker_kind = "unnamed_source"
    elif head.pos_ == "NOUN" and lemma not in ORG_NOUNS and any(t.lower_ in {"one", "another"} for t in head.lefts):
        out.speaker_kind, out.public = "anonymous_public", True  # "one security researcher asked"
    elif head.pos_ == "PROPN":
        out.speaker_kind, out.ref_name = "person", span.text
    return out


def attribute_to(idx: DocIndex, att: Attribution, verb: Token) -> None:
    """Fill the cue and speaker fields of ``att`` from the cue verb."""
    att.cue = "according to" if verb.lower_ == "according" else verb.text
    att.cue_token = verb.i
    head = subject_of(idx, verb)
    if head is None:
        return
    start, end = speaker_span(idx, head, verb)
    who = classify_speaker(idx, head, start, end)
    for name in ("speaker_text", "speaker_start", "speaker_end", "speaker_kind", "ref", "ref_name", "public"):
        setattr(att, name, getattr(who, name))


def _attribute_to_colon_name(idx: DocIndex, att: Attribution, open_tok: int) -> None:
    """A quote after "Name:" at the start of a paragraph or after a dash ("Rivera: “…”",
    "Poll worries grow - Rivera: “…”"): the name is the speaker, the colon the cue."""
    doc = idx.doc
    colon = open_tok - 1
    while colon > 0 and doc[colon].text != ":" and not breaks_paragraph(doc[colon]) and doc[colon].text not in SENTENCE_END:
        colon -= 1  # a headline: "Mayor Brooks: Budget Plan ‘Dead on Arrival’"
    if colon < 1 or doc[colon].text != ":" or breaks_paragraph(doc[colon]):
        return
    ent = idx.ent_of.get(colon - 1)
    if ent is None or ent.end != colon or ent.label_ not in {"PERSON", "ORG", "HANDLE"}:
        return
    first = ent.start
    while first > 0 and ent.start - first < 3 and doc[first - 1].text[:1].isupper() and not breaks_paragraph(doc[first - 1]):
        first -= 1  # a title before the name: "Mayor", "Sen."
    before = doc[first - 1] if first > 0 else None
    if before is not None and not breaks_paragraph(before) and before.text not in {"-", "\u2014", "\u2013", "--", "."}:
        return
    who = classify_speaker(idx, ent.root, ent.start, ent.end)
    att.cue, att.cue_token = ":", colon
    for name in ("speaker_text", "speaker_start", "speaker_end", "speaker_kind", "ref", "ref_name", "public"):
        setattr(att, name, getattr(who, name))


def _copy_speaker(src: Attribution, dst: Attribution) -> None:
    for name in ("speaker_text", "speaker_start", "speaker_end", "speaker_kind", "ref", "ref_name", "public", "cue"):
        setattr(dst, name, getattr(src, name))


def _hands_over(text: str, q: QuoteSpan, inner: str) -> bool:
    """Whether the quote hands over to a cue after it: its words end with a comma (or the
    closing mark is followed by one: "“…,” she said", "“…”, she said"), or it closes its
    paragraph. A quote running on into its sentence ("was “totally inappropriate” for him to
    criticize …") takes the speech verb before it first."""
    if inner.rstrip(" \u2019\u201d\"'\u00bb").endswith((",", "\u2014", "-")) or q.close_char is None:
        return True
    rest = text[q.close_char + 1 : q.close_char + 3].lstrip(" ")
    return rest[:1] in {",", "", "\n"} or q.paragraph_end


def _text_before_mark(text: str, lo: int, pos: int) -> str:
    """``text[lo:pos]`` up to an opening mark at ``pos``, without trailing spaces and without the
    first ' of a typewriter '' opening mark (the quote finder reads its second ' as the mark)."""
    before = text[lo:pos].rstrip(" \t\u00a0")
    if text[pos : pos + 1] == "'" and before.endswith("'"):
        before = before[:-1].rstrip(" \t\u00a0")
    return before


def _starts_sentence(text: str, pos: int) -> bool:
    before = _text_before_mark(text, 0, pos)
    return not before or before[-1] in ".!?\n\u201d\u2019\"" or before.endswith(":")


def _gap_is_marks(text: str, start: int, end: int) -> bool:
    return all(not c.isalnum() for c in text[start:end])


TITLE_MAX_WORDS = 10
TITLE_CUE_GAP = 4  # tokens from a speech verb to a Title-Case quote that is its object ("called the scheme “…”")
TITLE_SMALL_WORDS = frozenset("a an and at by for in of on or the to with & vs".split())  # noqa: SIM905
TITLE_INTRODUCERS = frozenset(
    "on show program programme series film movie book novel memoir album song titled entitled magazine "  # noqa: SIM905
    "newspaper documentary episode podcast column".split()
)


def work_title(text: str, q: QuoteSpan) -> str | None:
    """Whether a quote is the name of a programme or work rather than words anyone said: its
    words in Title Case (up to ``TITLE_MAX_WORDS``), in a paragraph of ordinary sentence case
    (not a headline). "introduced" when a possessive or a word such as "on", "show", "book" or
    "titled" comes just before it ("told ABC’s “Good Morning America”"); "bare" for two or more
    such words not ending in a full stop, ! or ?, not opening the paragraph ("reading “The Salt
    Road”": dropped only when no speech verb is beside it); else None."""
    words = text[q.start : q.end].rstrip(".,;:").split()
    if not 0 < len(words) <= TITLE_MAX_WORDS or any(c in " ".join(words) for c in ".!?"):
        return None
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words) or not words[0][:1].isupper():
        return None
    para_lo = text.rfind("\n", 0, q.open_char) + 1
    before = _text_before_mark(text, para_lo, q.open_char)
    para_hi = text.find("\n", q.end)
    rest = before.split() + text[q.end : len(text) if para_hi == -1 else para_hi].split()
    if sum(1 for w in rest if w[:1].islower() and w not in TITLE_SMALL_WORDS) < 3:
        return None  # a Title-Case headline: its quotes are quotes
    last = before.split()[-1] if before.split() else ""
    if last.endswith(("\u2019s", "'s", "s\u2019", "s'")) or last.lower() in TITLE_INTRODUCERS:
        return "introduced"
    ends_sentence = text[q.start : q.end].rstrip()[-1:] in {".", "!", "?"}
    if q.paragraph_start and q.close_char is not None and not text[q.end : q.close_char].strip():
        after = text[q.close_char + 1 : q.close_char + 3]
        if after[:1] == " " and after[1:2].islower():
            return "introduced"  # "“Broad City” star …", "“Sons of Trump” is …": a name opening its sentence
    if len(words) < 2 or ends_sentence or q.paragraph_start:
        return None  # "“Sad!”", "“Donald Trump.”", a paragraph opening "“Your Honor,” …": spoken words
    return "bare"


def attribute_quotes(doc: Doc, spans: list[QuoteSpan]) -> list[Attribution]:
    """Direct quotes with cues and speakers: split quotes joined, floating quotes attributed,
    unattributed scare quotes dropped."""
    idx = DocIndex(doc, spans)
    text = doc.text
    found: list[tuple[Attribution, QuoteSpan]] = []
    for q in spans:
        title = work_title(text, q)
        if title == "introduced":
            continue
        att = Attribution(parts=list(q.parts), open_char=q.open_char, close_char=q.close_char)
        open_tok = token_at(doc, q.open_char)
        close_tok = token_at(doc, q.close_char) if q.close_char is not None else None
        inner = text[q.open_char + 1 : q.close_char if q.close_char is not None else q.end]
        after = find_cue_after(idx, close_tok.i) if close_tok is not None and not new_sentence_after(doc, close_tok, inner) else None
        before = find_cue_before(idx, open_tok.i) if open_tok is not None else None
        cue = (before or after) if ends_sentence(inner) or not _hands_over(text, q, inner) else (after or before)
        if title == "bare" and (cue is None or cue is not before or open_tok is None or open_tok.i - cue.i > TITLE_CUE_GAP):
            continue  # a Title-Case name, not the object of the speech verb just before it ("chanted “Bring Back …”")
        if cue is None:
            cue = find_cue_above(idx, tokens_between(doc, q.start, q.end))
        if cue is None and open_tok is not None:
            cue = find_colon_verb(idx, open_tok.i) or _colon_noun_verb(idx, open_tok.i)
        if cue is None and open_tok is not None and len(inner.split()) >= ACCORDING_MIN_WORDS:
            cue = _according_before(idx, open_tok)
        if cue is not None:
            attribute_to(idx, att, cue)
        elif open_tok is not None:
            _attribute_to_colon_name(idx, att, open_tok.i)
        found.append((att, q))
    kept: list[Attribution] = []
    for att, q in found:
        prev = kept[-1] if kept else None
        same_para = prev is not None and prev.close_char is not None and "\n" not in text[prev.close_char : q.open_char]
        and_more = (
            prev is not None
            and same_para
            and att.cue_token in (None, prev.cue_token)
            and prev.cue_token is not None
            and prev.close_char is not None
            and prev.close_char < doc[prev.cue_token].idx < q.open_char
            and _text_before_mark(text, 0, q.open_char).rstrip(" ,").lower().endswith((", and", ", but", " and then"))
        )
        if and_more:
            _copy_speaker(prev, att)  # "“A,” she said, and “B.”": B is hers too
            att.cue_token = prev.cue_token
            att.notes.append("continued")
            kept.append(att)
            continue
        if (
            prev is not None
            and same_para
            and prev.cue_token is not None
            and prev.close_char is not None
            and prev.close_char < doc[prev.cue_token].idx < q.open_char
            and att.cue_token in (None, prev.cue_token)
            and _text_before_mark(text, 0, q.open_char)[-1:].isalnum()
            and len(text[att.start : att.end].split()) < MIN_UNATTRIBUTED_WORDS
        ):
            continue  # a title or scare quote inside the cue clause ("“…,” she told “Morning Report”")
        if (
            prev is not None
            and same_para
            and prev.cue_token is not None
            and att.cue_token in (None, prev.cue_token)
            and prev.close_char is not None
            and prev.close_char < doc[prev.cue_token].idx < q.open_char
            and only_cue_between(idx, prev.close_char, q.open_char, prev.cue_token)
        ):
            prev.parts.extend(att.parts)
            prev.close_char = att.close_char
            prev.notes.append("split")
            continue
        if att.speaker_text is None and len(att.parts) == 1 and len(text[att.start : att.end].split()) < MIN_UNATTRIBUTED_WORDS:
            att.cue, att.cue_token = None, None  # a cue without a speaker ("so-called") does not attribute
        if att.cue_token is None:
            follows = same_para and prev is not None and _gap_is_marks(text, prev.close_char + 1, q.open_char)  # type: ignore[operator]
            sentence_quote = _starts_sentence(text, q.open_char) and len(text[att.start : att.end].split()) >= MIN_UNATTRIBUTED_WORDS
            if prev is not None and (q.paragraph_start or follows or (same_para and sentence_quote and prev.speaker_text)):
                _copy_speaker(prev, att)
                att.notes.append("floating")
            elif len(att.parts) == 1 and len(text[att.start : att.end].split()) < MIN_UNATTRIBUTED_WORDS:
                continue  # a scare quote or a title, not an attribution
        kept.append(att)
    return kept


def _colon_noun_verb(idx: DocIndex, open_tok: int) -> Token | None:
    """For a quote after a colon, the verb before the colon when its subject is a noun for
    people or an organisation ("The council resisted: “…”", "One resident was blunt: “…”")."""
    doc = idx.doc
    if open_tok == 0 or doc[open_tok - 1].text != ":":
        return None
    verb = doc[open_tok - 1].head
    if verb.pos_ not in {"VERB", "AUX"} or idx.inside[verb.i] or verb.i >= open_tok:
        return None
    people = SOURCE_NOUNS | ORG_NOUNS | PUBLIC_NOUNS | GENERIC_PEOPLE | {"council", "board", "court", "union", "police"}
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and (child.lower_ in people or child.lemma_.lower() in people):
            return verb
    return None


def _according_before(idx: DocIndex, open_tok: Token) -> Token | None:
    """"According to X," earlier in the quote's sentence, with no other quote or speech verb
    between: it attributes the quote ("According to the inspector, the pier “was never safe”")."""
    doc = idx.doc
    for i in range(open_tok.i - 1, open_tok.sent.start - 1, -1):
        tok = doc[i]
        if idx.inside[i] or (idx.is_cue(tok) and tok.lower_ != "according"):
            return None
        if tok.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            return tok
    return None


def find_indirect(doc: Doc, spans: list[QuoteSpan]) -> list[Attribution]:
    """Reported speech: a speech verb with a clausal complement that is not itself a direct quote.

    The complement runs on through a coordinated "but that ..." clause of the same verb and a
    trailing comment on it ("..., a capability meant for ..."). A cue set off by commas inside
    the reported sentence ("The plan, she said, would cost more"; "Until then, he added, the
    best defence is ...") reports that sentence: its words around the cue, the words before the
    cue only when they hold the reported clause's subject (an opening "Until then" is the
    writer's framing).
    """
    idx = DocIndex(doc, spans)
    found: list[Attribution] = []
    for tok in doc:
        if tok.lower_ == "according" or not idx.is_cue(tok) or verb_lemma(tok) in INDIRECT_EXCLUDED:
            continue
        for child in tok.children:
            if child.dep_ != "ccomp" or idx.inside[child.i]:
                continue
            left, right = _trimmed(doc, child.left_edge.i, _reported_end(tok, child))
            parts = [(left, right)]
            _add_indirect(doc, idx, found, tok, parts)
        commas = _comma_set(doc, tok) if tok.dep_ == "parataxis" and tok.head.i > tok.i else None
        if commas is not None:
            _add_indirect(doc, idx, found, tok, _around_parenthetical(doc, tok, *commas))
    return found


def _trimmed(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """``left``..``right`` without a leading complementiser or punctuation and trailing punctuation."""
    while left <= right and (doc[left].dep_ == "mark" or doc[left].is_punct):
        left += 1
    while right >= left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return left, right


def _reported_end(cue: Token, ccomp: Token) -> int:
    """The last token of what ``cue`` reports through ``ccomp``: its subtree, then a coordinated
    "but that ..." clause of the cue, then a comment on it that closes the sentence."""
    right = ccomp.right_edge.i
    for sibling in cue.rights:
        if sibling.i <= right or sibling.is_punct or sibling.dep_ == "cc":
            continue
        between = cue.doc[right + 1:sibling.left_edge.i]
        if any(not (t.is_punct or t.dep_ == "cc") for t in between):
            break
        that_clause = sibling.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in sibling.children)
        # a noun phrase closing the sentence comments on the report (the parser's appos,
        # npadvmod or, in longer texts, advcl)
        comment = sibling.dep_ in {"npadvmod", "appos", "advcl"} and sibling.pos_ in {"NOUN", "PROPN"} and _ends_sentence(sibling)
        if not (that_clause or comment):
            break
        right = sibling.right_edge.i
    return right


def _ends_sentence(tok: Token) -> bool:
    after = tok.right_edge.i + 1
    return after >= len(tok.doc) or all(t.is_punct or t.is_space for t in tok.doc[after:tok.sent.end])


def _comma_set(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """The commas around ``cue``'s clause when it stands inside the sentence it reports ("X, she
    said, Y"; "X, he told reporters, Y"): (opening, closing) token indices, else None."""
    subject = next((c for c in cue.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return None
    close = cue.i + 1
    while close <= cue.right_edge.i and doc[close].text != ",":
        close += 1
    if close >= len(doc) or doc[close].text != "," or close > cue.right_edge.i + 1:
        return None
    return subject.left_edge.i - 1, close


def _around_parenthetical(doc: Doc, cue: Token, opening: int, closing: int) -> list[tuple[int, int]]:
    """The reported sentence around a comma-set cue: the words after its closing comma, and the
    words of the same paragraph before its opening comma when they hold the sentence's subject."""
    head = cue.head
    start = max(head.left_edge.i, cue.sent.start)
    for i in range(opening - 1, start - 1, -1):
        if breaks_paragraph(doc[i]):
            start = i + 1
            break
    parts = []
    subjects = [c.i for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
    if any(start <= i < opening for i in subjects):
        parts.append(_trimmed(doc, start, opening - 1))
    parts.append(_trimmed(doc, closing + 1, head.right_edge.i))
    return parts


def _add_indirect(doc: Doc, idx: DocIndex, found: list[Attribution], cue: Token, parts: list[tuple[int, int]]) -> None:
    """Record an indirect attribution of ``parts`` (token ranges) to ``cue`` when they hold at
    least three words, none starts inside a direct quote, and no paragraph break falls between
    the cue and the words."""
    if any(right < left or idx.inside[left] for left, right in parts) or sum(r - l + 1 for l, r in parts) < 3:
        return
    lo, hi = min(parts[0][0], cue.i), max(parts[-1][1], cue.i)
    if any(breaks_paragraph(doc[i]) for i in range(lo, hi)):
        return
    att = Attribution(parts=[(doc[left].idx, doc[right].idx + len(doc[right].text)) for left, right in parts], kind="indirect")
    attribute_to(idx, att, cue)
    if att.speaker_text is not None:
        found.append(att)
