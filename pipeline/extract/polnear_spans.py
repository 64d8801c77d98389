"""Where a quote's Content span begins and ends, as a PolNeAR annotator marks it (guidelines,
"Closeup on Content"): the quoted words widened by the lead before the quote ("called the plan
“…”", the cue's reported clause), the run-on after it, and the nesting of cues; for
``polnear_content.py``, which maps each system's quotes with it. The rules are listed in
README.md ("Evaluation"). Reads a parsed spaCy ``Doc``; writes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.cues import (
    MEDIA_NOUNS,
    doc_text,
    load_speech_verbs,
    parenthetical,
    puts_it,
    token_at,
    tokens_between,
    verb_lemma,
)
from pipeline.extract.quotes import QUOTE_MARKS

Spans = list[tuple[int, int]]


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
    text = doc_text(doc)
    if not cue:
        return list(parts)
    verb = cue[-1]
    start = verb.idx + len(verb.text)
    if verb.text == ":" and start <= parts[0][0]:
        return [trim_range(text, start, sentence_end_after(text, parts[-1][1]))]  # "Name: … ‘words’ …"
    lead = _lead(doc, parts[0][0], verb, speaker)
    if start > parts[0][0]:
        return lead + list(parts) + _tail(text, parts[-1][1], verb, speaker)
    skipped = {"dative", "iobj", "npadvmod", "nsubj"} | ({"dobj"} if verb_lemma(verb) in RECIPIENT_CUES else set())
    asked = _asked_to(verb, parts[0][0])
    aside = parenthetical(doc, verb)  # ", she said," or "Yet, as Jo observed, in a year …": the cue's clause ends at its comma
    for child in verb.rights:
        if asked is not None and child.i >= asked.i:
            continue  # "urged the council to “act now”": the one asked is content, subject of what is asked
        if aside and child.i > verb.i + 1:
            break
        adverb = child.dep_ == "advmod" and child.left_edge.i == child.right_edge.i  # "said repeatedly “…”"
        setting = child.dep_ == "prep" and _cue_modifier(child)  # "promised at a rally on Sunday to …"
        if (child.dep_ in skipped or adverb or setting) and child.right_edge.idx < parts[0][0]:
            start = max(start, child.right_edge.idx + len(child.right_edge.text))
    if speaker and start <= speaker[0] < parts[0][0]:
        start = max(start, speaker[1])
    for child in verb.rights:  # "said on Twitter that …": the content starts at its clause
        if asked is not None and child.i >= asked.i:
            continue
        if (
            child.dep_ in {"ccomp", "xcomp"}
            and start < child.left_edge.idx <= parts[0][0]
            and any(c.isalnum() for c in text[child.left_edge.idx : parts[0][0]])
        ):
            start = child.left_edge.idx
    start = _that_clause_start(doc, verb, start, parts[0][0])
    if asked is not None and verb.idx < asked.left_edge.idx < start:
        start = asked.left_edge.idx
    if (subject := _split_subject(verb, parts[0][0])) is not None and verb.idx < subject.left_edge.idx < start:
        start = subject.left_edge.idx
    if (target := _target_of_reproach(verb)) is not None:
        start = min(start, target.left_edge.idx)
    if aside and puts_it(verb) and verb.right_edge.i + 1 < len(doc):
        closing = doc[verb.right_edge.i + 1]  # "As Jo put it in a statement in July, …": after the clause's comma
        start = max(start, closing.idx + len(closing.text))
    gap = text[start : parts[0][0]]
    if "\n" in gap or _ends_a_sentence(gap):
        return list(parts)
    if gap.rstrip(SPACE_AND_MARKS).endswith(":") and not _object_between(verb, start, parts[0][0]) and not _clause_between(verb, start, parts[0][0]):
        return lead + list(parts)  # "replied: “…”": the colon is part of the cue ("Costs rise, she said: “…”": the lead too)
    if gap.rstrip(SPACE_AND_MARKS).endswith(",") and _starts_upper(text, parts[0][0]) and not _opens_that_clause(gap):
        if _object_between(verb, start, parts[0][0]):  # "added the words, “…”", "says things such as, “…”": its object too
            return [trim_range(text, start, parts[0][0])] + list(parts) + _run_on(text, parts[-1][1])
        return list(parts) + _run_on(text, parts[-1][1])  # "said in May, “We …”": a whole sentence quoted after a comma is the content
    clause_end = max([verb] + [c.right_edge for c in verb.rights if c.dep_ not in {"conj", "cc"}], key=lambda t: t.i)
    if (lead or aside) and (last := token_at(doc, max(parts[-1][1] - 1, 0))) is not None:
        clause_end = max(clause_end, doc[last.sent.end - 1], key=lambda t: t.i)  # a parenthetical cue: the sentence runs on
    end = max(parts[-1][1], _phrase_end(doc, parts[-1][1], clause_end, verb))
    end = min(end, paragraph_bounds(text, start, parts[-1][1])[1])
    return lead + _relative_object(verb) + _named_thing(verb, parts[0][0]) + [(start, end)]


def _target_of_reproach(verb: Any) -> Any:
    """The object of the verb whose reason the cue gives, as a gerund after "for" or "of"
    ("mocked the mayor for calling the plan “bold”", "accused the board of hiding “losses”"):
    what is said of it is the content, so it starts there. None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
        return None
    head = prep.head
    if head.dep_ == "dobj" and head.i < prep.i:
        return head  # "accused the board of …", the preposition hung on the object
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i] if head.pos_ == "VERB" else []
    return objects[-1] if objects else None


def _asked_to(verb: Any, quote_start: int) -> Any:
    """The one asked, urged or called on, when the cue's infinitive holding the quote follows it
    ("urged the council to “act now”", "called on voters not to “stay home”"): the subject of
    what is asked, so content. None otherwise."""
    clause = _clause_holding(verb, quote_start, "xcomp")
    if clause is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    before = [c for c in verb.rights if c.i < clause.i and c.dep_ in {"dobj", "prep"}]
    if not before:
        return None
    asked = before[-1]
    if asked.dep_ == "prep" and (asked.lower_ != "on" or not any(c.dep_ == "pobj" for c in asked.children)):
        return None  # "called on X to …" only: "at a rally on Sunday" is a setting
    return asked


def _clause_holding(verb: Any, quote_start: int, dep: str) -> Any:
    """The cue's first dependent of kind ``dep`` after it that holds the quote's first word (or is
    it), else None."""
    first = token_at(verb.doc, quote_start)
    if first is None:
        return None
    return next((c for c in verb.rights if c.dep_ == dep and (c.i == first.i or c.is_ancestor(first))), None)


def _split_subject(verb: Any, quote_start: int) -> Any:
    """The subject the parser split off the cue's reported clause as a dependent of the cue
    ("argued his plan for the harbour is “overdue”", read as an object "plan" and a clause
    "is …" without subject; "said that the fee, which few paid, was “unfair”", read as two
    clauses): the first of the cue's objects and clauses that run up to that clause, which has
    no subject of its own (for a cue of telling, not the one told). None otherwise."""
    clause = _clause_holding(verb, quote_start, "ccomp")
    if clause is None or any(c.dep_ not in {"aux", "auxpass", "neg", "advmod", "punct"} for c in clause.lefts):
        return None  # none, or a subject or a "that" of its own
    told = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None) if verb_lemma(verb) in RECIPIENT_CUES else None
    subject, left = None, clause.left_edge.i
    for sibling in reversed([c for c in verb.rights if c.i < clause.i and not c.is_punct]):
        between = verb.doc[sibling.right_edge.i + 1 : left]
        if sibling.dep_ not in {"dobj", "ccomp", "xcomp"} or (told is not None and sibling.i == told.i) or any(t.text != "," for t in between):
            break
        subject, left = sibling, sibling.left_edge.i
    return subject


def _that_clause_start(doc: Any, verb: Any, start: int, quote_start: int) -> int:
    """The complementiser "that" between the cue and the quote whose clause holds the quote, also
    when the parser hung it low ("telling reporters during a visit on Friday that he …", read as a
    relative clause of "visit"): where the reported clause begins; else ``start``."""
    first = token_at(doc, quote_start)
    if first is None:
        return start
    for tok in (t for t in doc[verb.i + 1 : first.i] if t.idx >= start):
        if tok.pos_ in {"VERB", "AUX"} or tok.text in SENTENCE_STOPS or tok.text in QUOTE_MARKS:
            return start  # a clause of the content already began ("said he was sure that …")
        if tok.lower_ == "that" and tok.dep_ == "mark":
            return tok.idx if verb.is_ancestor(tok) and (tok.head.is_ancestor(first) or tok.head.i == first.i) else start
    return start


def _named_thing(verb: Any, quote_start: int) -> Spans:
    """What a passive cue names, before it ("a website called “Leave Now”", "a junction dubbed
    “the Knot”", "the plan has been labeled “a disgrace”"): what the quote is said of, so content
    too, as the relative pronoun of "what he calls “…”" is (the participle of a noun with it)."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"dobj", "nsubj"} for c in verb.children):
        return []  # "has called Trump “…”": active, it names nothing before it
    text = doc_text(verb.doc)
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
    return [trim_range(text, lo, hi)]


def _relative_object(verb: Any) -> Spans:
    """The relative pronoun the cue takes as its object ("a bill which she called “a mess”",
    "what he describes as “…”"): what was said is about it, so it is content."""
    return [(c.idx, c.idx + len(c.text)) for c in verb.lefts if c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS]


RELATIVE_OBJECTS = frozenset({"which", "whom", "what", "that", "who"})


def sentence_end_after(text: str, pos: int) -> int:
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
    end = sentence_end_after(text, i)
    stop = re.search(r"[,;\u2014]| - ", text[i:end])
    end = i + stop.start() if stop else end
    return [trim_range(text, i, end)] if end > i else []


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
    if any(c.dep_ == "ccomp" and start <= c.left_edge.idx and c.right_edge.idx < end for c in verb.rights):
        return True
    return any(  # "said he replied: “…”": the clause's verb before the colon, the quote parsed into it
        c.dep_ == "ccomp" and start <= c.left_edge.idx and c.idx < end and any(s.dep_ in {"nsubj", "nsubjpass"} and s.i < c.i for s in c.children)
        for c in verb.rights
    )


# a finite verb in one of these is not the clause of the lead ("Growing sharper as he spoke, she said: …")
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
SENTENCE_STOPS = frozenset({".", "!", "?", ";", "\u2014", "-", "--"})


def _phrase_end(doc: Any, quote_end: int, clause_end: Any, verb: Any) -> int:
    """Where the cue's clause ends after a quote: at ``clause_end``, or before a comma that opens
    an aside (", a charge that …", ", which …", ", where …", ", adding …")."""
    end = quote_end
    tok = token_at(doc, quote_end)
    i = tok.i if tok is not None else clause_end.i + 1
    words_after = False  # a word (not a mark or punctuation) seen after the quote
    while i <= clause_end.i:
        t = doc[i]
        if t.idx >= quote_end and not _is_mark(t):
            j = i + 1
            while j < len(doc) and _is_mark(doc[j]):
                j += 1  # the quote's closing mark after its comma: "“…,” adding …"
            nxt = doc[j] if j < len(doc) else None
            if t.text == "(" or (t.text in ASIDE_MARKS and nxt is not None and nxt.dep_ in ASIDE_DEPS and not _gives_a_reason(nxt)):
                break
            if _lone_dash(t):
                break  # "“…” at the depot — and he blamed the council": the writer's own addition
            if t.pos_ == "CCONJ" and _new_predicate(doc, i + 1, verb):
                break
            if t.head.i == verb.i and t.i == t.left_edge.i and _cue_modifier(t):
                break  # when, where or how it was said ("called it “rigged” in a tweet on Monday"): not what was said
            if t.dep_ == "prep" and not words_after and _medium(t):
                break  # a medium right after the quote, wherever the parser hung it ("“…,” in an interview with CNN")
            if not words_after and _when_said(t) and _labelled_as(doc, quote_end):
                break  # a time right after a label, wherever the parser hung it ("described it as a “mess” during a visit")
            words_after = words_after or not t.is_punct
            if t.lower_ in CONTRAST_MARKS and t.dep_ == "mark" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.children) and not _gives_a_reason(doc[i - 1]):
                break
            end = t.idx + len(t.text)
        i += 1
    return end


def _gives_a_reason(tok: Any) -> bool:
    """Whether ``tok`` opens the speaker's reason or restriction after the quote's comma ("said the
    ferry was “too slow,” because the engine was old", "…, even though it ran daily", "…, rather
    than a new one", "…, especially in winter"): more of what was said, not an aside."""
    return tok.lower_ in REASON_WORDS


REASON_WORDS = frozenset({"because", "even", "rather", "particularly", "especially"})


def _lone_dash(tok: Any) -> bool:
    """Whether ``tok`` is a dash set off by a space with no second dash after it in its sentence,
    followed by a conjunction, a preposition or a participle ("were “long overdue” on the coast
    — and she thanked the crews", "— including two bridges", "— leaving the town dry"): what
    follows is the writer's addition, not content. A pair of dashes is an aside inside the
    content ("a “modest” plan — two ferries — that …"), and a lone dash before a noun phrase
    ("— the oldest bridge in town") may be the speaker's too: this rule ends neither (the
    aside rule may end the second)."""
    doc = tok.doc
    if not _is_dash(tok) or tok.i + 1 >= len(doc):
        return False
    stop = sentence_end_after(doc_text(doc), tok.idx + len(tok.text))
    if any(_is_dash(u) for u in doc[tok.i + 1 :] if u.idx < stop):
        return False
    nxt = doc[tok.i + 1]
    return nxt.pos_ in {"CCONJ", "ADP"} or nxt.tag_ == "VBG"


def _is_dash(tok: Any) -> bool:
    """A dash token: em, en, a doubled hyphen, or a hyphen with a space before it (not the one
    inside "well-worn")."""
    return tok.text in DASHES and (tok.text != "-" or (tok.i > 0 and tok.doc[tok.i - 1].whitespace_ != ""))


DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


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
    if tok.tag_ == "VBG" and cue.tag_ == "VBG" and tok.head.i == cue.i:
        return True  # "telling CNN that Jo is a “faker” and questioning how …": the participles' two predicates
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


def _labelled_as(doc: Any, quote_end: int) -> bool:
    """Whether the quote ending at ``quote_end`` is a label given "as" ("described the plan as a
    “mess”", "… as “unfair”"): the label ends what was said; a time after it is when it was said
    (after other quotes a time is as often part of it: "said support “accelerated” after Iowa")."""
    last = token_at(doc, max(quote_end - 1, 0))
    if last is None:
        return False
    opening = next((t for t in reversed(doc[max(last.i - 40, 0) : last.i]) if _is_mark(t) and t.idx < quote_end), None)
    if opening is None:
        return False
    before = [t.lower_ for t in doc[max(opening.i - 2, 0) : opening.i]]
    return bool(before) and (before[-1] == "as" or (len(before) == 2 and before[0] == "as" and before[1] in {"a", "an", "the"}))


def _when_said(tok: Any) -> bool:
    """A phrase of time opening right after the quote ("… “a mess” during a visit", "… “a
    disgrace” Wednesday on his show", "… “unfair” after the vote"): when it was said."""
    if tok.lower_ in TIME_PREPS and tok.dep_ in {"prep", "mark"}:
        return True
    return tok.ent_type_ == "DATE" and tok.ent_iob_ == "B" and tok.dep_ in {"npadvmod", "compound"}


def _medium(tok: Any) -> bool:
    """A phrase naming where something was said ("in an interview", "on his radio show")."""
    return tok.lower_ in PLACE_PREPS and any(c.dep_ == "pobj" and c.lemma_.lower() in WRITTEN_MEDIA for c in tok.children)


TIME_PREPS = frozenset({"before", "after", "during", "until", "since"})
PLACE_PREPS = frozenset({"in", "on", "at", "via", "through", "over"})
# media, not events: "did “great” in the debate", "would “not get beat up” at his rally" are what was said
WRITTEN_MEDIA = MEDIA_NOUNS - {"speech", "appearance", "conference", "call", "hearing", "debate", "rally", "book"}
# a clause of its own after the quote ("accused him of an “artful smear” while his rival suggests …")
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though", "as"})
ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--", "(", ";"})
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
    return [trim_range(text, quote_end, cue_start)]


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
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
    text = doc_text(doc)
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
    if not any(t.text.isalnum() for t in words):
        return []
    nested = verb.idx > quote_start and not _pronoun_speaker(doc, speaker)  # "…,” he said" repeats the lead's own speaker
    if any(verb_lemma(t) in verbs and t.pos_ == "VERB" and not (nested and _reports_the_quote(t, tok)) for t in words):
        return []
    if verb.idx > quote_start and words:
        sent_start = _after_opening_adverbial(doc, words, end, sent_start)
        opening = words[0]
        if opening.tag_ == "VBG" and opening.dep_ == "advcl" and not any(c.dep_ == "mark" for c in opening.children):
            sent_start = max(sent_start, opening.idx + len(opening.text))  # "Bemoaning the “phony system,” Trump said": a cue of its own
    if verb.idx > quote_start and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        sent_start = max(sent_start, _clause_start(tok, sent_start))  # "…, the rule is a “…,” as a memo put it": the clause
    return [trim_range(text, sent_start, end)]


def _clause_start(tok: Any, floor: int) -> int:
    """Where the clause holding ``tok`` opens: the left edge of the subject of its nearest verb
    with one ("while most applicants must …, the primary requirement is a “…”": "the primary
    requirement"), else ``floor``."""
    for anc in tok.ancestors:
        subject = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        if subject is not None and subject.left_edge.idx >= floor:
            return subject.left_edge.idx
    return floor


def _pronoun_speaker(doc: Any, speaker: tuple[int, int] | None) -> bool:
    """Whether the speaker span is a lone pronoun ("he", "she", "they")."""
    words = [t for t in tokens_between(doc, speaker[0], speaker[1]) if t.is_alpha] if speaker is not None else []
    return len(words) == 1 and words[0].pos_ == "PRON"


def _reports_the_quote(speech: Any, first: Any) -> bool:
    """Whether the speech verb ``speech`` before a quote holds it in its reported clause, that
    clause opening before the quote with a subject of its own ("Jo said the ferry “never runs on
    time,” a clerk recalled"): a nested attribution, inside the content of the cue after the quote."""
    for clause in speech.rights:
        if clause.dep_ not in {"ccomp", "xcomp"} or not (clause.i == first.i or clause.is_ancestor(first)):
            continue
        return any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.idx < first.idx for t in clause.subtree)
    return False


def _after_opening_adverbial(doc: Any, words: list[Any], end: int, start: int) -> int:
    """Past a phrase of time, place or manner opening the sentence and closed by a comma
    ("Behind the scenes, Jo is “…,” said Sam"; "Emerging from the meeting, the minister “…”"):
    the writer's setting, not what the speaker said. ``start`` when there is none."""
    opening = [t for t in words if t.left_edge.i == words[0].i and _sets_scene(t)]
    if not opening:
        return start
    last = max(opening, key=lambda t: t.right_edge.i).right_edge
    comma = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if comma is None or comma.text != "," or comma.idx >= end or not any(t.is_alpha for t in doc[comma.i + 1 :] if t.idx < end):
        return start
    return comma.idx + 1


def _sets_scene(tok: Any) -> bool:
    """An adverb, a prepositional phrase or a participle clause; not a condition or a cause ("If
    they leak it, hackers are “…”", "Given his success, …": content)."""
    participle = tok.dep_ == "advcl" and tok.tag_ in {"VBG", "VBN"} and not any(c.dep_ == "mark" for c in tok.children)
    return tok.dep_ in {"advmod", "npadvmod"} or (tok.dep_ == "prep" and tok.lower_ != "given") or participle


def _opens_that_clause(gap: str) -> bool:
    """Whether the words between a cue and its quote open a ``that``-clause ("said that in this
    climate, “I think …”"): the quote is then inside the reported clause."""
    return gap.lstrip().lower().startswith("that ")
