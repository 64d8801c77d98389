"""PolNeAR's view of a predicted quote: each system's quotes mapped to the Content span an
annotator would mark (guidelines, "Closeup on Content"), for ``evaluation.py`` to score.

Reads a parsed spaCy ``Doc`` and the quotes of newsreact (``attribute_quotes``) or textacy
(``direct_quotations``); returns ``Predicted`` values: the quoted words, the speaker span and the
mapped content. The mapping rules are listed in README.md ("Evaluation"). Nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.extract.cues import (
    DocIndex,
    load_speech_verbs,
    token_at,
    tokens_between,
    verb_lemma,
)
from pipeline.extract.indirect import find_indirect
from pipeline.extract.quotes import QUOTE_MARKS, find_quote_spans
from pipeline.extract.speakers import (
    Attribution,
    attribute_quotes,
    attribute_to,
)

Spans = list[tuple[int, int]]


@dataclass
class Predicted:
    parts: Spans  # the quoted words (marks included or not: only letters are compared)
    speaker: tuple[int, int] | None
    content: Spans  # the attribution's content as PolNeAR marks it (see content_spans)
    joined: bool = False  # its content was joined to the previous prediction's


# spaces and quotation marks at a gap's edge; ' too, for the typewriter '' double mark
SPACE_AND_MARKS = " '" + "".join(sorted(QUOTE_MARKS))

# cues whose direct object is the one spoken to ("told reporters"), not part of what was said
# ("called the plan “a mess”", "described him as “tireless”")
RECIPIENT_CUES = frozenset(
    "tell ask assure warn inform remind urge advise notify reassure promise caution email text thank answer".split()  # noqa: SIM905
)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi == -1 else hi)


def content_spans(doc: Any, parts: Spans, speaker: tuple[int, int] | None, cue: list[Any]) -> Spans:
    """PolNeAR-style content of a quote. A quote whose cue comes before it in the same sentence
    ("said that the plan was “a mess” at first") has as content everything from after the cue
    (its object and the speaker too, when they sit between) to the end of the cue's clause; any
    other quote's content is its quoted words."""
    text = doc.text
    if not cue:
        return list(parts)
    verb = cue[-1]
    start = verb.idx + len(verb.text)
    if verb.text == ":" and start <= parts[0][0]:
        return [_trim_range(text, start, _sentence_end_after(text, parts[-1][1]))]  # "Name: … ‘words’ …"
    lead = _lead(doc, parts[0][0], verb, speaker)
    if start > parts[0][0]:
        return lead + list(parts) + _tail(text, parts[-1][1], verb, speaker)
    skipped = {"dative", "iobj", "npadvmod", "nsubj"} | ({"dobj"} if verb_lemma(verb) in RECIPIENT_CUES else set())
    for child in verb.rights:
        adverb = child.dep_ == "advmod" and child.left_edge.i == child.right_edge.i  # "said repeatedly “…”"
        setting = child.dep_ == "prep" and _cue_modifier(child)  # "promised at a rally on Sunday to …"
        if (child.dep_ in skipped or adverb or setting) and child.right_edge.idx < parts[0][0]:
            start = max(start, child.right_edge.idx + len(child.right_edge.text))
    if speaker and start <= speaker[0] < parts[0][0]:
        start = max(start, speaker[1])
    for child in verb.rights:  # "said on Twitter that …": the content starts at its clause
        if (
            child.dep_ in {"ccomp", "xcomp"}
            and start < child.left_edge.idx <= parts[0][0]
            and any(c.isalnum() for c in text[child.left_edge.idx : parts[0][0]])
        ):
            start = child.left_edge.idx
    gap = text[start : parts[0][0]]
    if "\n" in gap or _ends_a_sentence(gap):
        return list(parts)
    if gap.rstrip(SPACE_AND_MARKS).endswith(":") and not _object_between(verb, start, parts[0][0]) and not _clause_between(verb, start, parts[0][0]):
        return lead + list(parts)  # "replied: “…”": the colon is part of the cue ("Costs rise, she said: “…”": the lead too)
    if gap.rstrip(SPACE_AND_MARKS).endswith(",") and _starts_upper(text, parts[0][0]) and not _opens_that_clause(gap):
        return list(parts) + _run_on(text, parts[-1][1])  # "said in May, “We …”": a whole sentence quoted after a comma is the content
    clause_end = max([verb] + [c.right_edge for c in verb.rights if c.dep_ not in {"conj", "cc"}], key=lambda t: t.i)
    if lead and (last := token_at(doc, max(parts[-1][1] - 1, 0))) is not None:
        clause_end = max(clause_end, doc[last.sent.end - 1], key=lambda t: t.i)  # a parenthetical cue: the sentence runs on
    end = max(parts[-1][1], _phrase_end(doc, parts[-1][1], clause_end, verb))
    end = min(end, paragraph_bounds(text, start, parts[-1][1])[1])
    return lead + _relative_object(verb) + _named_thing(verb, parts[0][0]) + [(start, end)]


def _named_thing(verb: Any, quote_start: int) -> Spans:
    """What a passive cue names, before it ("a website called “Leave Now”", "a junction dubbed
    “the Knot”", "the plan has been labeled “a disgrace”"): what the quote is said of, so content
    too, as the relative pronoun of "what he calls “…”" is (the participle of a noun with it)."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"dobj", "nsubj"} for c in verb.children):
        return []  # "has called Trump “…”": active, it names nothing before it
    text = verb.doc.text
    between = text[verb.idx + len(verb.text) : quote_start].split()
    if any(w.lower() != "as" and any(c.isalnum() for c in w) for w in between):
        return []  # words between the cue and the quote: an object, not a name ("one lawmaker called Trump “…”")
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        lo, hi = verb.head.left_edge.idx, verb.idx + len(verb.text)
    else:
        subjects = [c for c in verb.lefts if c.dep_ == "nsubjpass"]
        if not subjects or not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        head = subjects[0]
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        if head.lower_ in RELATIVE_OBJECTS and verb.dep_ == "relcl":
            lo, hi = verb.head.left_edge.idx, verb.head.idx + len(verb.head.text)  # "places that are labeled “…”"
    if lo >= quote_start or "\n" in text[lo:verb.idx] or any(c in QUOTE_MARKS for c in text[lo:hi]):
        return []
    return [_trim_range(text, lo, hi)]


def _relative_object(verb: Any) -> Spans:
    """The relative pronoun the cue takes as its object ("a bill which she called “a mess”",
    "what he describes as “…”"): what was said is about it, so it is content."""
    return [(c.idx, c.idx + len(c.text)) for c in verb.lefts if c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS]


RELATIVE_OBJECTS = frozenset({"which", "whom", "what", "that", "who"})


def _sentence_end_after(text: str, pos: int) -> int:
    """The end of the sentence running on after ``pos`` (a full stop, ! or ? outside quotation
    marks, else the paragraph's end)."""
    hi = paragraph_bounds(text, pos, pos)[1]
    if text[:pos].rstrip(SPACE_AND_MARKS).endswith((".", "!", "?")):
        return pos  # the quoted words end the sentence
    m = _SENTENCE_BREAK.search(text, pos, hi)
    return m.start() + len(m.group(1)) if m is not None else hi


def _run_on(text: str, quote_end: int) -> Spans:
    """The words that carry on the quote's own sentence after its closing mark, to the sentence
    end or its next comma or dash ("said, “We are finally free” to talk about ideas."): none
    when a comma, a full stop or anything but a lower-case word follows the mark."""
    i = quote_end
    while i < len(text) and text[i] in SPACE_AND_MARKS:
        i += 1
    if i >= len(text) or not text[i].islower() or i == quote_end:
        return []
    end = _sentence_end_after(text, i)
    stop = re.search(r"[,;\u2014]| - ", text[i:end])
    end = i + stop.start() if stop else end
    return [_trim_range(text, i, end)] if end > i else []


def _object_between(verb: Any, start: int, end: int) -> bool:
    """Whether the cue's object or reported clause lies between ``start`` and ``end`` ("offered
    this sound bite: “…”", "said the same thing at every stop: “…”"): content, colon or not."""
    doc = verb.doc
    words = [t for t in doc[verb.i + 1 :] if t.idx < end]
    if any(t.pos_ == "VERB" or t.text in SENTENCE_STOPS for t in words):
        return False  # another clause before the colon ("…, to which Jo replied: “…”")
    return any(c.dep_ in {"dobj", "ccomp", "attr", "oprd"} and start <= c.idx < end for c in verb.rights)


def _clause_between(verb: Any, start: int, end: int) -> bool:
    """Whether the cue's reported clause stands before the colon ("said that a deal might be
    possible: “…”", "said he replied: “…”"): the clause and the quote are one content."""
    return any(c.dep_ == "ccomp" and start <= c.left_edge.idx and c.right_edge.idx < end for c in verb.rights)


# a finite verb in one of these is not the clause of the lead ("Growing sharper as he spoke, she said: …")
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
SENTENCE_STOPS = frozenset({".", "!", "?", ";", "\u2014", "-", "--"})


def _phrase_end(doc: Any, quote_end: int, clause_end: Any, verb: Any) -> int:
    """Where the cue's clause ends after a quote: at ``clause_end``, or before a comma that opens
    an aside (", a charge that …", ", which …", ", where …", ", adding …")."""
    end = quote_end
    tok = token_at(doc, quote_end)
    i = tok.i if tok is not None else clause_end.i + 1
    while i <= clause_end.i:
        t = doc[i]
        if t.idx >= quote_end and not _is_mark(t):
            j = i + 1
            while j < len(doc) and _is_mark(doc[j]):
                j += 1  # the quote's closing mark after its comma: "“…,” adding …"
            nxt = doc[j] if j < len(doc) else None
            if t.text == "(" or (t.text in ASIDE_MARKS and nxt is not None and nxt.dep_ in ASIDE_DEPS):
                break
            if t.pos_ == "CCONJ" and _new_predicate(doc, i + 1, verb):
                break
            if t.head.i == verb.i and t.i == t.left_edge.i and _cue_modifier(t):
                break  # when, where or how it was said ("called it “rigged” in a tweet on Monday"): not what was said
            if t.lower_ in CONTRAST_MARKS and t.dep_ == "mark" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.children):
                break
            end = t.idx + len(t.text)
        i += 1
    return end


def _is_mark(tok: Any) -> bool:
    """A quotation mark token, the typewriter '' (two apostrophes) included."""
    return all(c in QUOTE_MARKS or c == "'" for c in tok.text)


def _new_predicate(doc: Any, i: int, cue: Any) -> bool:
    """Whether a finite verb without a subject of its own starts at token ``i`` (after auxiliaries,
    "not" and adverbs): the speaker's next predicate ("said it was “reckless” but did not
    recommend charges", "… and called the plan “a mess”"), not part of what was said."""
    while i < len(doc) and (doc[i].pos_ in {"AUX", "PART", "ADV"} or doc[i].dep_ in {"aux", "neg", "advmod"}):
        if doc[i].pos_ == "AUX" and doc[i].tag_ in {"VBD", "VBZ"} and doc[i].dep_ != "aux":
            return False  # "and was …": a copula, more likely a clause of the content
        i += 1
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    finite = tok.tag_ in {"VBD", "VBZ"} or any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ"} for c in tok.children)
    return finite and (tok.head.i == cue.i or verb_lemma(tok) in load_speech_verbs())


def _cue_modifier(tok: Any) -> bool:
    """Whether ``tok``, a dependent of the cue after the quote, tells when or where it was said
    rather than what: a time phrase ("on Monday", "moments after the polls closed"), a
    medium ("in a tweet", "on his radio show"), a clause of time or manner ("before sketching
    out …"), the passive's agent ("by the citizens")."""
    if tok.dep_ in {"npadvmod", "advcl", "agent"}:
        return True
    if tok.dep_ != "prep":
        return False
    if tok.lower_ in TIME_PREPS:
        return True
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    return tok.lower_ in PLACE_PREPS and any(o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in MEDIA_NOUNS for o in objects)


TIME_PREPS = frozenset({"before", "after", "during", "until", "since"})
PLACE_PREPS = frozenset({"in", "on", "at", "via", "through", "over"})
# where something is said or written
MEDIA_NOUNS = frozenset(
    "tweet post statement interview show page blog speech op-ed column letter email message video ad "  # noqa: SIM905
    "book article essay appearance broadcast podcast program programme conference call hearing debate rally memo release".split()
)
# a clause of its own after the quote ("accused him of an “artful smear” while his rival suggests …")
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
ASIDE_MARKS = frozenset({",", "\u2014", "--", "(", ";"})
ASIDE_DEPS = frozenset({"appos", "relcl", "advcl", "acl", "det", "nsubj", "mark", "advmod", "npadvmod"})


_SENTENCE_BREAK = re.compile(r"(\S*)[.!?][\"\u201d\u2019]?(?=\s|$)")


def _ends_a_sentence(gap: str) -> bool:
    """Whether a sentence ends in ``gap``: a full stop, ! or ? that is not an abbreviation's
    ("Dr.", "Sen.", "U.S.", "J.")."""
    for m in _SENTENCE_BREAK.finditer(gap):
        word = m.group(1).lstrip("(\"\u201c\u2018")
        if not (word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isupper())):
            return True
    return False


ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Capt Sgt Adm Prof Rev Hon St Jr Sr Mt Ft No Inc Co Corp Ltd Bros vs "  # noqa: SIM905
    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md "
    "Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split()
)


def _starts_upper(text: str, start: int) -> bool:
    """Whether the quoted words at ``start`` open with a capital (a whole sentence quoted)."""
    rest = text[start : start + 3].lstrip(SPACE_AND_MARKS + "[(\u2026.")
    return rest[:1].isupper()


def _tail(text: str, quote_end: int, verb: Any, speaker: tuple[int, int] | None) -> Spans:
    """The words between a quote and the cue clause after it that finish its sentence ("“We are
    happy” about the ruling, she said"): content too."""
    cue_start = min(verb.idx, speaker[0]) if speaker is not None and speaker[0] > quote_end else verb.idx
    if cue_start <= quote_end:
        return []
    gap = text[quote_end:cue_start]
    words = gap.strip(" ,\u2014-" + "".join(QUOTE_MARKS))
    if not words or "\n" in gap or any(c in words for c in ".!?;:") or not gap.rstrip().endswith(","):
        return []
    return [_trim_range(text, quote_end, cue_start)]


def _trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` without edge spaces, marks, commas and dashes."""
    edge = " ,\u2014\u2013-" + "".join(QUOTE_MARKS)
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def _lead(doc: Any, quote_start: int, verb: Any, speaker: tuple[int, int] | None) -> Spans:
    """The words of the quote's sentence before it that belong to the content: all of them when
    the cue comes after the quote ("Nothing he said “will help,” Jo said"), those before the
    speaker when speaker and cue sit between them and the quote ("Costs, Jo said, “will
    rise”"). None when they hold a speech verb (their own attribution) or a paragraph break."""
    tok = token_at(doc, quote_start)
    if tok is None:
        return []
    text = doc.text
    sent_start = max(tok.sent.start_char, paragraph_bounds(text, quote_start, quote_start)[0])
    if verb.idx > quote_start:
        end = quote_start
    elif speaker is not None and sent_start < speaker[0] and speaker[1] <= verb.idx:
        cue_end = verb.idx + len(verb.text)
        for child in verb.rights:  # "Sooner or later, the governor told reporters, “it pays off”": past the one told
            if child.dep_ in {"dobj", "dative"} and verb_lemma(verb) in RECIPIENT_CUES and child.right_edge.idx < quote_start:
                cue_end = max(cue_end, child.right_edge.idx + len(child.right_edge.text))
        after_cue = text[cue_end:quote_start].lstrip()
        if (
            any(c.isalnum() for c in text[speaker[1] : verb.idx])
            or not after_cue.startswith((",", ":"))
            or (after_cue.startswith(",") and _starts_upper(text, quote_start) and not any(c.isalnum() for c in after_cue))
            or not text[sent_start : speaker[0]].rstrip().endswith(",")
        ):
            return []
        end = speaker[0]
    elif speaker is not None and sent_start < verb.idx < speaker[0] < quote_start:
        # inverted: "In other words, explained the moderator: “…”"
        after_speaker = text[speaker[1] : quote_start].lstrip()
        if (
            any(c.isalnum() for c in text[verb.idx + len(verb.text) : speaker[0]])
            or not after_speaker.startswith((",", ":"))
            or (after_speaker.startswith(",") and _starts_upper(text, quote_start))
            or not text[sent_start : verb.idx].rstrip().endswith(",")
        ):
            return []
        end = verb.idx
    else:
        return []
    if text[sent_start:end].rstrip(SPACE_AND_MARKS).endswith(":"):
        return []  # "Her verdict: “…”": the colon introduces the quote
    if speaker is not None and sent_start <= speaker[0] < end:
        return []  # the cue's own subject is not content ("Jo, who starred in “A” and “B,” posted …")
    words = [t for t in tokens_between(doc, sent_start, end) if t.idx + len(t.text) <= end]
    if text[verb.idx : quote_start].rstrip(SPACE_AND_MARKS).endswith(":") and not any(
        t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.dep_ not in SUBORDINATE_DEPS and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)
        for t in words
    ):
        return []  # "In a meeting with editors, she said: “…”": an adverbial, not a clause of the content
    verbs = load_speech_verbs()
    if not any(t.text.isalnum() for t in words) or any(verb_lemma(t) in verbs and t.pos_ == "VERB" for t in words):
        return []
    return [_trim_range(text, sent_start, end)]


def newsreact_predictions(doc: Any) -> list[Predicted]:
    spans = find_quote_spans(doc.text)
    direct = attribute_quotes(doc, spans)
    idx = DocIndex(doc, spans)
    out: list[Predicted] = []
    prev_cue: int | None = None
    indirect = find_indirect(doc, spans)
    for att in [piece for whole in direct for piece in split_at_cued_paragraphs(idx, whole)]:
        spk = (att.speaker_start, att.speaker_end) if att.speaker_start is not None else None
        if out and _coordinated(doc.text, out[-1].parts[-1][1], att.parts[0][0]):
            out[-1].content.extend(att.parts)  # "“A” and “B”": one content, as a list of what was said
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        if out and _inside(att.parts, out[-1].content):
            out.append(Predicted(list(att.parts), spk, [], joined=True))  # already in the content before: "called him a “A” who is “B”"
            continue
        if att.cue_token is None and "floating" not in att.notes:
            before = _indirect_just_before(doc.text, indirect, att.open_char)
            if before is not None:  # "Jo said that she would stay. “I am not going anywhere.”": one content
                spk = (before.speaker_start, before.speaker_end) if before.speaker_start is not None else None
                out.append(Predicted(list(att.parts), spk, list(before.parts) + list(att.parts)))
                prev_cue = None
                continue
        if "floating" in att.notes and (subject := _colon_clause_subject(doc, att.open_char)) is not None:
            out.append(Predicted(list(att.parts), subject, list(att.parts)))  # "Kasich resisted: “…”": its own
            prev_cue = None
            continue
        if "floating" in att.notes and out and _next_paragraph_at_most(doc.text, out[-1].parts[-1][1], att.start):
            out[-1].content.extend(att.parts)  # PolNeAR's content runs on into the floating paragraph
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
            spk = (who.speaker_start, who.speaker_end) if who.speaker_start is not None else None
        content = content_spans(doc, att.parts, spk, cue)  # type: ignore[arg-type]
        if out and att.cue_token is not None and att.cue_token == prev_cue:
            out[-1].content.extend(content)  # one cue, one attribution: "said it was “A” and “B”"
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        out.append(Predicted(list(att.parts), spk, content))
        prev_cue = att.cue_token
    return out


def _according_to(doc: Any, att: Attribution) -> tuple[Spans, tuple[int, int]] | None:
    """"According to X, …" earlier in the quote's sentence attributes the rest of the sentence to
    X, the quote and any cue inside it too (the outermost attribution, guidelines p.23: "According
    to the guide, staff were told, “…”"): the content from after the comma to the sentence end,
    the speaker X. None when the quote has a cue of its own outside that stretch."""
    text = doc.text
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
        end = _sentence_end_after(text, att.parts[-1][1])
        speaker = (objects[0].left_edge.idx, last.idx + len(last.text))
        return [_trim_range(text, comma.idx + 1, max(end, att.parts[-1][1]))], speaker
    return None


def split_at_cued_paragraphs(idx: DocIndex, att: Attribution) -> list[Attribution]:
    """A quote continued across a paragraph break (the open-quote convention) is one attribution
    per paragraph that has a cue of its own: ‘Jo said: “A.⏎“B,” Jo said. “C.”’ is two (PolNeAR
    annotates each cue's content). The later piece takes its paragraph's cue and speaker."""
    doc, text = idx.doc, idx.doc.text
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


def _copy_cue(source: Attribution, target: Attribution) -> None:
    target.cue, target.cue_token, target.notes = source.cue, source.cue_token, list(source.notes)
    target.speaker_start, target.speaker_end = source.speaker_start, source.speaker_end


def outer_cue(idx: DocIndex, verb: Any, quote_start: int, limit: int = 8) -> Any:
    """The outermost speech verb whose reported clause holds ``verb`` (PolNeAR annotates only the
    outermost attribution: "Jo says she would tell him “never”" is Jo's, cue "says")."""
    best, tok, steps, reported = verb, verb, 0, False
    if verb.idx > quote_start:
        return verb
    while tok.head.i != tok.i and steps < limit and (tok.dep_ in NESTING_DEPS or _reported_conjunct(tok)) and not _aside_clause(tok):
        reported = reported or tok.dep_ in {"ccomp", "xcomp"}
        tok, steps = tok.head, steps + 1
        if idx.inside[tok.i] or "\n" in idx.doc.text[tok.idx : verb.idx]:
            break
        if reported and tok.idx < quote_start and idx.is_cue(tok):
            best, reported = tok, False
    return best


def _reported_conjunct(tok: Any) -> bool:
    """Whether ``tok`` is a verb conjoined inside a reported clause rather than the speaker's own
    next predicate: with a subject of its own ("said that Jo tweeted …, and Sam later called it
    “…”"), or sharing a named one ("noted that Sam had criticized the plan and called it “…”";
    "said he liked it and called it “…”" is the speaker's own next predicate, not nested, and
    "said the plan would fail and called it “…”" a conjunct the parser put in the wrong clause)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return True
    subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and subjects[0].ent_type_ in {"PERSON", "ORG", "NORP"}


def _aside_clause(tok: Any) -> bool:
    """A relative clause set off by a comma or dash (", which he called “…”"): an aside, an
    attribution of its own."""
    first = tok.left_edge.i
    return tok.dep_ in {"relcl", "acl"} and first > 0 and tok.doc[first - 1].text in {",", "\u2014", "--", "-", "("}


# the links from a cue up to the speech verb whose reported clause holds it ("says Americans are
# hungry for what she calls “real solutions”"); not conj or advcl ("respects Clinton and calls
# her “…”", "…, calling them “…”": attributions of their own)
NESTING_DEPS = frozenset({"ccomp", "xcomp", "relcl", "pcomp", "pobj", "prep", "acl", "dobj", "attr", "acomp"})


def _colon_clause_subject(doc: Any, open_char: int | None) -> tuple[int, int] | None:
    """The subject of the clause that ends in a colon right before the quote, in its sentence
    ("Kasich resisted: “…”"): that clause introduces the quote, so it is not the previous quote's
    continuation, and its subject is the speaker. None when there is no such clause."""
    if open_char is None:
        return None
    text = doc.text
    before = text[:open_char].rstrip(SPACE_AND_MARKS)
    if not before.endswith(":"):
        return None
    tok = token_at(doc, len(before) - 1)
    if tok is None:
        return None
    for t in doc[tok.sent.start : tok.i]:
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}] if t.pos_ in {"VERB", "AUX"} else []
        if subjects:
            first, last = subjects[0].left_edge, subjects[0].right_edge
            return first.idx, last.idx + len(last.text)
    return None


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


def _indirect_just_before(text: str, indirect: list[Attribution], open_char: int | None) -> Attribution | None:
    """The indirect quote whose reported clause ends the sentence just before ``open_char``, in the
    same paragraph (nothing but the sentence's end between them)."""
    if open_char is None:
        return None
    for ind in reversed(indirect):
        if ind.end <= open_char:
            gap = text[ind.end : open_char]
            return ind if gap.strip(" .!?\u201d\u2019\"'") == "" and "\n" not in gap and any(c in gap for c in ".!?") else None
    return None


def _next_paragraph_at_most(text: str, end: int, start: int) -> bool:
    """Whether ``start`` lies in the paragraph of ``end`` or in the next one."""
    return len([line for line in text[end:start].split("\n")[1:-1] if line.strip()]) == 0


def textacy_predictions(doc: Any) -> list[Predicted]:
    from textacy.extract.triples import direct_quotations

    out: list[Predicted] = []
    idx = DocIndex(doc, find_quote_spans(doc.text))
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


def _opens_that_clause(gap: str) -> bool:
    """Whether the words between a cue and its quote open a ``that``-clause ("said that in this
    climate, “I think …”"): the quote is then inside the reported clause."""
    return gap.lstrip().lower().startswith("that ")
