"""Indirect (reported) speech: "Duysak says that …", "The plan, she said, would cost more".

Reads a parsed spaCy ``Doc`` and the direct quotes' ``QuoteSpan``s (reported speech never starts
inside a direct quote); returns ``Attribution``s of kind "indirect" (character offsets into the
doc text), their cue and speaker found by the rules of ``speaker_phrase.py`` (``attribute_to``). The
rules (README.md, "Indirect quotes"): a speech verb (not ask/wonder/inquire/demand/continue) with
a clausal complement in the same paragraph (a clause: not a bare noun phrase the parser hung on
the verb as a second complement, ", a relief for residents"); the complement runs on through a coordinated "but
that …" clause of the verb and a noun phrase closing the sentence; a cue set off by commas inside
the sentence it reports attributes that sentence; "according to X" attributes the rest of its
sentence to X. Not reported: what a cue says was not said
("did not say whether ...", "without saying ...", "declined to confirm that ..."), embedded
questions ("explain how ..."), and the writer's own first person ("I will admit that ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.cues import (
    SUBJECT_DEPS,
    DocIndex,
    after_dateline,
    breaks_paragraph,
    verb_lemma,
)
from pipeline.extract.quotes import QuoteSpan
from pipeline.extract.speakers import Attribution, attribute_to

INDIRECT_EXCLUDED = frozenset({"ask", "wonder", "inquire", "demand", "continue"})
# the words that open an embedded question ("did not say what ...", "explain how ...")
WH_WORDS = frozenset({"what", "how", "why", "who", "whom", "whose", "when", "where", "which"})
# "declined to say ...", "refused to confirm ...": the cue reports what was not said
REFUSALS = frozenset({"decline", "refuse"})
# outside quotation marks, "I" and "we" are the writer (a columnist's "I will admit that …"),
# narrating, not a source being quoted
WRITER_PRONOUNS = frozenset({"i", "we"})
# curly and angle marks only, counted rather than paired (a possessive ’ counts as closing):
# quotes.OPENERS pairs them exactly, straight marks included, but moves 182 of PolNeAR train's
# reported clauses both ways, so it is not used here yet
OPENING_MARKS, CLOSING_MARKS = frozenset("‘“«"), frozenset("’”»")
# "went according to plan": no source (with a determiner it is one: "according to her plan")
NOT_SOURCES = frozenset({"plan", "schedule", "script", "form", "type"})
# what continues a clause past "according to X" in it ("Harbour Ferries receives, according to one report, £2m a year")
CLAUSE_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp", "prep", "agent"})
CLAUSE_SUBJECTS = SUBJECT_DEPS | {"expl", "csubj", "csubjpass"}  # "said there was …", "said what … was …"


def find_indirect(doc: Doc, spans: list[QuoteSpan], idx: DocIndex | None = None) -> list[Attribution]:
    """Reported speech: a speech verb with a clausal complement that is not itself a direct quote.

    The complement runs on through a coordinated "but that ..." clause of the same verb and a
    trailing comment on it ("..., a capability meant for ..."). A cue set off by commas inside
    the reported sentence ("The plan, she said, would cost more"; "Until then, he added, the
    best defence is ...") reports that sentence: its words around the cue, the words before the
    cue only when they hold the reported clause's subject (an opening "Until then" is the
    writer's framing). ``idx``: the document's ``DocIndex`` of ``spans``, when at hand.
    """
    idx = idx if idx is not None else DocIndex(doc, spans)
    found: list[Attribution] = []
    for tok in doc:
        if tok.lower_ == "according":
            if (parts := _according_to(doc, idx, tok)) is not None:
                _add_indirect(doc, idx, found, tok, parts)
            continue
        if not idx.is_cue(tok) or verb_lemma(tok) in INDIRECT_EXCLUDED or _not_said(tok):
            continue
        for child in tok.children:
            if child.dep_ != "ccomp" or idx.inside[child.i] or _not_a_clause(child) or _embedded_question(child):
                continue
            if child.i < tok.i and any(idx.inside[i] for i in range(child.right_edge.i + 1, tok.i)):
                continue  # "X said that …. “…,” the company added": the quote is what was added, not X's sentence
            _add_indirect(doc, idx, found, tok, [_trimmed(doc, child.left_edge.i, _reported_end(idx, tok, child))])
        for child in tok.children:
            subject = _clause_after_time_phrase(idx, tok, child)
            if subject is not None:
                _add_indirect(doc, idx, found, tok, [_trimmed(doc, subject.left_edge.i, _reported_end(idx, tok, child))])
        commas = _comma_set(doc, tok) if tok.dep_ == "parataxis" and tok.head.i > tok.i else None
        if commas is not None:
            _add_indirect(doc, idx, found, tok, _around_parenthetical(doc, tok, *commas))
    return found


def _according_to(doc: Doc, idx: DocIndex, tok: Token) -> list[tuple[int, int]] | None:
    """What "according to X" attributes to X: the rest of its sentence, in its paragraph
    ("According to the council, the pier will reopen in May"; "The pier will reopen in May,
    according to the council"; "The pier, according to the council, will reopen in May"), as
    token ranges. None when the phrase names no source ("went according to plan") or the
    sentence holds a direct quote (that quote is the attribution: "According to Jo, the sign
    read “…”")."""
    if not idx.is_cue(tok):
        return None
    source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if source is None or (source.lower_ in NOT_SOURCES and not any(c.dep_ in {"det", "poss"} for c in source.children)):
        return None
    sent = tok.sent
    start, end = sent.start, sent.end - 1
    for i in range(tok.i - 1, sent.start - 1, -1):
        if breaks_paragraph(doc[i]):
            start = i + 1
            break
    for i in range(source.right_edge.i + 1, sent.end):
        if breaks_paragraph(doc[i]):
            end = i - 1
            break
    if any(idx.inside[i] for i in range(start, end + 1)):
        return None
    head, last = tok.head, source.right_edge.i
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head  # "The pier, according to …, will reopen": the phrase hangs on the subject; its clause is the verb's
    before, after = (start, tok.i - 1), (last + 1, end)
    if head.i > last:  # the phrase opens its clause: the words before only when they hold its subject
        if not any(c.dep_ in CLAUSE_SUBJECTS and c.i < tok.i for c in head.children):
            before = (start, start - 1)
        after = (last + 1, min(end, head.right_edge.i))
    elif head.i < tok.i:  # it closes its clause: after a colon opening the clause, and on only to finish it
        colon = next((i for i in range(tok.i - 1, start - 1, -1) if doc[i].text in {":", ";"}), None)
        before = (start if colon is None else colon + 1, tok.i - 1)
        if not any(c.i > last and c.dep_ in CLAUSE_OBJECTS for c in head.children):
            after = (last + 1, last)  # ", but …", ", taking …", an apposition to the source: not attributed
    ranges = [r for r in (before, after) if any(t.is_alpha or t.like_num for t in doc[r[0] : r[1] + 1])]
    return [_trimmed(doc, left, right) for left, right in ranges] or None


def _not_said(cue: Token) -> bool:
    """``cue`` says that something was not said: negated ("did not say", "never said"),
    "without saying", refused ("declined to confirm"), or the verb after "nor" ("..., nor did
    it say ..."). Reporting it would put words in the speaker's mouth."""
    if any(child.dep_ == "neg" for child in cue.children):
        return True
    if cue.dep_ == "pcomp" and cue.head.lower_ == "without":
        return True
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSALS:
        return True
    return cue.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < cue.i for c in cue.head.children)


def _embedded_question(head: Token) -> bool:
    """A complement that is a question, not a statement: "(say) whether/if ...", "(explain) how
    ...", "(say) what those steps were" (a wh-word opening the clause and belonging to its verb,
    or determining its noun: "which firms"; "what the town needed was ..." is a statement)."""
    if any(child.dep_ == "mark" and child.lower_ in {"whether", "if"} for child in head.children):
        return True
    first = head.left_edge
    if first.lower_ not in WH_WORDS:
        return False
    return first.head == head or (first.dep_ == "det" and first.head.head == head)


def _clause_after_time_phrase(idx: DocIndex, cue: Token, child: Token) -> Token | None:
    """The subject of a reported clause the parser read as an adverbial clause because a phrase
    of time stands between the cue and it ("Ruiz said after the meeting she would not accept
    the offer": "after the meeting she would not accept" parsed as one clause): a clause after
    the cue, with its own subject, no subordinating word, and only a preposition and its noun
    phrase before that subject. None otherwise."""
    if child.dep_ != "advcl" or child.i < cue.i or idx.inside[child.i] or any(c.dep_ == "mark" for c in child.children):
        return None
    subjects = [c for c in child.children if c.dep_ in CLAUSE_SUBJECTS and c.i < child.i]
    preps = [c for c in child.children if c.dep_ == "prep" and c.i < child.i]
    if len(subjects) != 1 or len(preps) != 1 or preps[0].i != cue.i + 1:
        return None
    subject, prep = subjects[0], preps[0]
    pobj = [g for g in prep.children if g.dep_ == "pobj"]
    if not pobj or pobj[0].pos_ not in {"NOUN", "PROPN"} or prep.right_edge.i + 1 != subject.left_edge.i:
        return None
    return subject


def _not_a_clause(head: Token) -> bool:
    """A "complement" that is no clause: a bare noun phrase ("Officials said the storm had passed,
    a relief for residents": the parser's second ccomp is the writer's comment on the report) or
    a participle without a subject ("In its first statement, posted an hour later, the firm
    said ...": the parser's ccomp is the writer's framing)."""
    subject = any(c.dep_ in CLAUSE_SUBJECTS for c in head.children)
    if head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        return not subject and not any(c.dep_ in {"cop", "aux"} for c in head.children)
    return head.tag_ in {"VBN", "VBG", "VBD"} and not subject and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)


def _trimmed(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """``left``..``right`` without a leading dateline ("SAN FRANCISCO -"), "that" or punctuation
    and trailing punctuation (a leading "if" or "because" opens a clause of what was said and
    stays)."""
    left = after_dateline(doc, left, right)
    if left < right and doc[left].lower_ == "only" and doc[left + 1].lower_ == "that":
        left += 1  # "has said only that …": the writer's "only"
    while left <= right and ((doc[left].dep_ == "mark" and doc[left].lower_ == "that") or doc[left].is_punct):
        left += 1
    while right >= left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    opened = sum(doc[i].text in OPENING_MARKS for i in range(left, right + 1))
    closed = sum(doc[i].text in CLOSING_MARKS for i in range(left, right + 1))
    if opened > closed:  # a quotation the clause opened closes with it: "the culprit was ‘a worker …’", "… rest.”"
        close = next((i for i in range(right + 1, min(right + 3, len(doc))) if doc[i].text in CLOSING_MARKS), None)
        if close is not None and all(doc[i].is_punct for i in range(right + 1, close)):
            right = close
    return left, right


def _reported_end(idx: DocIndex, cue: Token, ccomp: Token) -> int:
    """The last token of what ``cue`` reports through ``ccomp``: its subtree, then a coordinated
    "but that ..." clause of the cue, then a comment on it that closes the sentence. The
    writer's "..., without saying what ..." or "..., as though ..." at the end of the subtree is
    not part of it."""
    right = ccomp.right_edge.i
    aside = next((c for c in ccomp.rights if _writers_aside(idx, c)), None)
    if aside is not None:
        return aside.left_edge.i - 1
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


def _writers_aside(idx: DocIndex, phrase: Token) -> bool:
    """A phrase closing a report that is the writer's aside on it, not part of what was said:
    "..., without saying what ..." (a speech verb under "without") or ", as though that settled
    anything" / ", as if nothing had happened"."""
    if phrase.lower_ == "without":
        return any(idx.is_cue(p) for p in phrase.children)
    marks = [c.lower_ for c in phrase.children if c.dep_ == "mark"]
    start = phrase.left_edge.i
    return phrase.dep_ == "advcl" and marks[:2] in (["as", "though"], ["as", "if"]) and start > 0 and phrase.doc[start - 1].text == ","


def _ends_sentence(tok: Token) -> bool:
    """Only punctuation and space follow ``tok``'s phrase in its sentence."""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.right_edge.i + 1:tok.sent.end])


def _comma_set(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """The commas around ``cue``'s clause when it stands inside the sentence it reports ("X, she
    said, Y"; "X, he told reporters, Y"): (opening, closing) token indices, else None."""
    subject = next((c for c in cue.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return None
    # the first comma after the cue, inside its clause or just after it ("he told reporters,")
    close = next((i for i in range(cue.i + 1, min(cue.right_edge.i + 2, len(doc))) if doc[i].text == ","), None)
    return None if close is None else (subject.left_edge.i - 1, close)


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
    if att.speaker_text is not None and att.speaker_text.lower() not in WRITER_PRONOUNS:
        found.append(att)
