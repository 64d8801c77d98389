"""PolNeAR's view of a predicted quote: each system's quotes mapped to the Content span an
annotator would mark (guidelines, "Closeup on Content"), for ``evaluation.py`` to score.

Reads a parsed spaCy ``Doc`` and the quotes of newsreact (``attribute_quotes``) or textacy
(``direct_quotations``); returns ``Predicted`` values: the quoted words, the speaker span and the
mapped content (its boundaries: ``polnear_spans.py``). The mapping rules are listed in
README.md ("Evaluation"). Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.extract.context_speakers import (
    clause_after,
    colon_clause_subject,
    outer_cue,
    quotes_of,
    report_between,
    report_just_before,
    whole_paragraph,
)
from pipeline.extract.cues import (
    DocIndex,
    doc_text,
    find_cue_before,
    token_at,
    tokens_between,
)
from pipeline.extract.polnear_spans import (
    SPACE_AND_MARKS,
    Spans,
    content_spans,
    paragraph_bounds,
    sentence_end_after,
    trim_range,
)
from pipeline.extract.quotes import QUOTE_MARKS, find_quote_spans
from pipeline.extract.speakers import (
    Attribution,
    attribute_to,
)

STORED_AS_SCORED = (-1, -1)


@dataclass
class Predicted:
    parts: Spans  # the quoted words (marks included or not: only letters are compared)
    speaker: tuple[int, int] | None
    content: Spans  # the attribution's content as PolNeAR marks it (see content_spans)
    joined: bool = False  # its content was joined to the previous prediction's
    # the speaker the quotes table stores, where PolNeAR's conventions (the outermost cue,
    # "according to" before a nested cue) make ``speaker`` another mention; default: ``speaker``
    stored_speaker: tuple[int, int] | None = STORED_AS_SCORED

    def __post_init__(self) -> None:
        if self.stored_speaker == STORED_AS_SCORED:
            self.stored_speaker = self.speaker


def newsreact_predictions(doc: Any) -> list[Predicted]:
    spans = find_quote_spans(doc_text(doc))
    idx = DocIndex(doc, spans)
    direct, indirect = quotes_of(idx, spans)  # the product's quotes and speakers: what the quotes table holds
    out: list[Predicted] = []
    prev_cue: int | None = None
    stored = {part: _speaker_span(att) for att in direct for part in att.parts}
    pieces = [piece for whole in direct for cued in split_at_cued_paragraphs(idx, whole) for piece in split_cued_twice(idx, cued)]
    for att in pieces:
        spk = _speaker_span(att)
        if "own" in att.notes:  # "Jo said that “A,” she said. “B.”": B is an attribution of its own
            out.append(Predicted(list(att.parts), spk, list(att.parts)))
            prev_cue = None
            continue
        if "transcript" in att.notes:  # "ORTIZ: Not before March.": the line after the label
            out.append(Predicted(list(att.parts), spk, list(att.parts)))
            prev_cue = None
            continue
        if out and _coordinated(doc_text(doc), out[-1].parts[-1][1], att.parts[0][0]):
            _head(out).content.extend(att.parts)  # "“A” and “B”": one content, as a list of what was said
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        if out and _inside(att.parts, _head(out).content):
            out.append(Predicted(list(att.parts), spk, [], joined=True))  # already in the content before: "called him a “A” who is “B”"
            continue
        if att.cue_token is None and "floating" not in att.notes:
            before = report_just_before(doc, indirect, att.open_char, whole_paragraph(doc_text(doc), att))
            if before is not None:  # "Jo said that she would stay. “I am not going anywhere.”": one content
                spk = _speaker_span(before)
                out.append(Predicted(list(att.parts), spk, list(before.parts) + list(att.parts)))
                prev_cue = None
                continue
        if "floating" in att.notes and (subject := colon_clause_subject(doc, att.open_char)) is not None:
            out.append(Predicted(list(att.parts), _phrase_span(subject), list(att.parts)))  # "Kasich resisted: “…”": its own
            prev_cue = None
            continue
        if ("floating" in att.notes or (att.cue_token is None and not att.notes)) and (subject := clause_after(doc, att)) is not None:
            out.append(Predicted(list(att.parts), _phrase_span(subject), list(att.parts)))  # "“…,” Sam shot back": Sam's own
            prev_cue = None
            continue
        if "floating" in att.notes and out and (before := report_between(doc, indirect, out[-1].parts[-1][1], att)) is not None:
            spk = _speaker_span(before)
            out.append(Predicted(list(att.parts), spk, list(before.parts) + list(att.parts)))
            prev_cue = None
            continue
        if "floating" in att.notes and out and _next_paragraph_at_most(doc_text(doc), out[-1].parts[-1][1], att.start):
            _head(out).content.extend(att.parts)  # PolNeAR's content runs on into the floating paragraph
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        if att.cue_token is None and not att.notes and out and _continues(idx, out[-1].parts[-1][1], att):
            gap = _words_between_in_sentence(doc, out[-1].parts[-1][1], att.parts[0][0])
            _head(out).content.extend(gap + att.parts)  # "“A” for implying “B”": a quote without a cue of its own continues the one before
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        outer = _according_to(doc, att)
        if outer is not None:  # "According to the report, the men were wearing shirts that read “…”"
            content, spk = outer
            out.append(Predicted(list(att.parts), spk, content))
            prev_cue = att.cue_token
            continue
        cue = [doc[att.cue_token]] if att.cue_token is not None else []
        if cue and (outer := outer_cue(idx, cue[0], att.start)).i != cue[0].i:
            cue = [outer]  # PolNeAR's attribution is the outermost one: its cue, its speaker
            who = Attribution(parts=[])
            attribute_to(idx, who, outer)
            spk = _speaker_span(who)
        content = content_spans(doc, att.parts, _with_description(doc, spk), cue)  # type: ignore[arg-type]
        if out and cue and cue[0].i == prev_cue:
            # one cue, one attribution: "said it was “A” and “B”"; also when the quote's own cue
            # nests under it ("said Jo was “right” when she said that “B”": the outer cue's content)
            _head(out).content.extend(content)
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        out.append(Predicted(list(att.parts), spk, content))
        prev_cue = cue[0].i if cue else att.cue_token
    for p in out:
        p.stored_speaker = stored.get(p.parts[0], p.speaker)
    return out


def _head(out: list[Predicted]) -> Predicted:
    """The last prediction whose content is scored: a quote joined after a join goes into the
    first one's content ("“A.”⏎“B.”⏎“C.”", "with “A,” “B” and “C”")."""
    return next(p for p in reversed(out) if not p.joined)


def _phrase_span(subject: Any) -> tuple[int, int]:
    """The character range of a subject's whole phrase."""
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)


def _with_description(doc: Any, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker's whole phrase when the stored mention is the name set beside a description
    ("Sanders's campaign manager, Jeff Weaver,": the content mapping reads the phrase, not only
    the name the quotes table stores)."""
    tok = token_at(doc, spk[0]) if spk is not None else None
    if tok is None or tok.dep_ not in {"compound", "appos"}:
        return spk
    root = tok if tok.dep_ == "appos" else tok.head
    if root.dep_ == "appos" and root.head.i < tok.i and root.head.pos_ == "NOUN":
        return root.head.left_edge.idx, spk[1]  # type: ignore[index]
    return spk


def _speaker_span(att: Attribution) -> tuple[int, int] | None:
    """The attribution's speaker mention as a character range, or None."""
    if att.speaker_start is None or att.speaker_end is None:
        return None
    return att.speaker_start, att.speaker_end


def _according_to(doc: Any, att: Attribution) -> tuple[Spans, tuple[int, int]] | None:
    """"According to X, …" earlier in the quote's sentence attributes the rest of the sentence to
    X, the quote and any cue inside it too (the outermost attribution, guidelines p.23: "According
    to the guide, staff were told, “…”"): the content from after the comma to the sentence end,
    the speaker X. None when the quote has a cue of its own outside that stretch."""
    text = doc_text(doc)
    tok = token_at(doc, att.parts[0][0])
    if tok is None:
        return None
    sent = tok.sent
    for t in sent:
        if t.idx >= att.open_char:
            return None
        if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        objects = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
        if not objects:
            return None
        last = objects[0].right_edge
        comma = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if comma is None or comma.text != "," or comma.idx >= att.open_char or "\n" in text[t.idx : att.open_char]:
            return None
        if att.cue_token is not None and not (comma.i < att.cue_token < sent.end and doc[att.cue_token].idx < att.open_char):
            return None  # a cue of its own after the quote or before "according to"
        end = sentence_end_after(text, att.parts[-1][1])
        speaker = (objects[0].left_edge.idx, last.idx + len(last.text))
        return [trim_range(text, comma.idx + 1, max(end, att.parts[-1][1]))], speaker
    return None


def split_at_cued_paragraphs(idx: DocIndex, att: Attribution) -> list[Attribution]:
    """A quote continued across a paragraph break (the open-quote convention) is one attribution
    per paragraph that has a cue of its own: ‘Jo said: “A.⏎“B,” Jo said. “C.”’ is two (PolNeAR
    annotates each cue's content). The later piece takes its paragraph's cue and speaker."""
    doc, text = idx.doc, idx.text
    pieces: list[Attribution] = []
    current = list(att.parts[:1])
    for prev, part in zip(att.parts, att.parts[1:]):
        lo, hi = paragraph_bounds(text, part[0], part[0])
        cue = None
        if "\n" in text[prev[1] : part[0]]:
            after = [t for t in tokens_between(doc, part[1], hi) if not idx.inside[t.i]][:6]
            cue = next((t for t in after if idx.is_cue(t)), None)
        if cue is None:
            current.append(part)
            continue
        pieces.append(Attribution(parts=current, open_char=current[0][0]))
        current = [part]
        new = Attribution(parts=current, open_char=part[0])
        if att.cue_token is not None and lo <= doc[att.cue_token].idx < hi:
            _copy_cue(att, new)
        else:
            attribute_to(idx, new, cue)
        pieces.append(new)
    if not pieces:
        return [att]
    pieces[-1].parts = current
    first = pieces[0]
    first.open_char = att.open_char
    if att.cue_token is not None and doc[att.cue_token].idx < pieces[1].parts[0][0]:
        _copy_cue(att, first)
    else:
        first.speaker_start, first.speaker_end = att.speaker_start, att.speaker_end
        before = text[paragraph_bounds(text, first.start, first.start)[0] : att.open_char or first.start].strip()
        if any(c in QUOTE_MARKS for c in before) and not before.endswith(":"):
            first.notes = ["floating"]  # “A,” Jo said. “B …⏎: B's cue is the next paragraph's; B goes with A
    return pieces


def split_cued_twice(idx: DocIndex, att: Attribution) -> list[Attribution]:
    """A quote split around its cue whose first part also has a speech verb before it, the cue
    after it ending the sentence ("Jo said “A,” she said. “B.”", "Jo said that X because “A,” she
    said. “B.”"): two attributions, as PolNeAR annotates it; the second's content is its own
    words (noted "own"). Any other quote: itself (a colon alone before it, "Her verdict: “A,” she
    said. “B.”", keeps one attribution, as PolNeAR mostly has it)."""
    doc, text = idx.doc, idx.text
    if len(att.parts) < 2 or att.cue_token is None or att.open_char is None:
        return [att]
    cue = doc[att.cue_token]
    if not att.parts[0][1] <= cue.idx < att.parts[1][0] or not any(c in ".!?" for c in text[cue.idx : att.parts[1][0]]):
        return [att]
    open_tok = token_at(doc, att.open_char)
    if open_tok is None:
        return [att]
    before = find_cue_before(idx, open_tok.i)
    if before is None:
        return [att]  # "Her verdict: “A,” she said. “B.”": one attribution, as PolNeAR mostly has it
    first = Attribution(parts=att.parts[:1], open_char=att.open_char)
    second = Attribution(parts=att.parts[1:])
    _copy_cue(att, first)
    _copy_cue(att, second)
    who = Attribution(parts=[])  # the first part is the cue before's ("Jo said “A,” she said": Jo's)
    attribute_to(idx, who, before)
    if who.speaker_start is not None:
        first.speaker_start, first.speaker_end = who.speaker_start, who.speaker_end
    second.notes.append("own")
    return [first, second]


def _copy_cue(source: Attribution, target: Attribution) -> None:
    target.cue, target.cue_token, target.notes = source.cue, source.cue_token, list(source.notes)
    target.speaker_start, target.speaker_end = source.speaker_start, source.speaker_end


def _coordinated(text: str, prev_end: int, start: int) -> bool:
    """Whether only marks and "and"/"or" (with commas) lie between a quote and the next one in the
    same sentence ("called it “A,” “B” and “C”")."""
    gap = text[prev_end:start]
    words = gap.replace(",", " ").split()
    words = [w for w in words if any(c.isalnum() for c in w)]
    return "\n" not in gap and len(words) == 1 and words[0].strip(SPACE_AND_MARKS).lower() in {"and", "or"}


def _inside(parts: Spans, content: Spans) -> bool:
    """Whether every part lies within one of the ``content`` spans."""
    return all(any(s <= ps and pe <= e for s, e in content) for ps, pe in parts)


def _continues(idx: DocIndex, prev_end: int, att: Attribution) -> bool:
    """Whether a quote without a cue continues the previous quote's attribution, in its paragraph:
    nothing but a subordinate clause or a phrase lies between ("called the plan “A” because it
    would “B”", "“A.” In short, “B.”", "“A,” Jo said at a rally. “B.”"), no clause of the writer
    with a subject of its own that introduces the quote ("“A,” Jo said. Sam offered “B”")."""
    doc, text = idx.doc, idx.text
    opening = att.open_char if att.open_char is not None else att.start
    first = token_at(doc, att.start)
    if first is None or "\n" in text[prev_end:opening]:
        return False
    sent = first.sent
    lo = max(prev_end, sent.start_char)
    words = [t for t in doc[sent.start : first.i] if lo <= t.idx < opening and not idx.inside[t.i]]
    clauses = [
        t for t in words
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.idx >= lo for c in t.children)
    ]
    # in a sentence of its own any such clause introduces the quote; in the previous quote's
    # sentence only its main clause does ("“A,” Jo said, and Sam demanded “B”"; not "because it would “B”")
    return not any(sent.start_char > prev_end or t.dep_ == "ROOT" for t in clauses)


def _words_between_in_sentence(doc: Any, prev_end: int, start: int) -> Spans:
    """The words between a quote and the one continuing it in the same sentence ("was “A”
    because the ferry had “B”", "“A” if she gave “B”"): content too, as one stretch; none
    across a sentence end."""
    before, after = token_at(doc, max(prev_end - 1, 0)), token_at(doc, start)
    if before is None or after is None or before.sent.start != after.sent.start:
        return []
    lo, hi = trim_range(doc_text(doc), prev_end, start)
    return [(lo, hi)] if any(c.isalnum() for c in doc_text(doc)[lo:hi]) else []


def _next_paragraph_at_most(text: str, end: int, start: int) -> bool:
    """Whether ``start`` lies in the paragraph of ``end`` or in the next one."""
    return len([line for line in text[end:start].split("\n")[1:-1] if line.strip()]) == 0


def textacy_predictions(doc: Any) -> list[Predicted]:
    from textacy.extract.triples import direct_quotations

    out: list[Predicted] = []
    idx = DocIndex(doc, find_quote_spans(doc_text(doc)))
    for triple in direct_quotations(doc):
        content = triple.content
        speaker = triple.speaker
        spk = (min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker)) if speaker else None
        parts = [(content.start_char, content.end_char)]
        if out and _inside(parts, out[-1].content):
            out.append(Predicted(parts, spk, [], joined=True))
            continue
        cue = list(triple.cue)
        if cue and (outer := outer_cue(idx, cue[-1], parts[0][0])).i != cue[-1].i:
            cue = [outer]  # the same nesting rule as newsreact's (textacy's own speaker is kept)
        out.append(Predicted(parts, spk, content_spans(doc, parts, spk, cue)))
    return out
