"""Speakers a quote takes from the sentences around it: when it has no cue of its own, or a cue
for speech that never happened.

``speakers.attribute_quotes`` gives a cue-less quote the previous quote's speaker when it floats
(opens its paragraph, follows another quote) and drops it when it is short; a longer cue-less
quote that starts a sentence is kept without a speaker. The sentences around such a quote often
say whose it is, and ``give_context_speakers`` reads them (README.md, "Speakers"):

- a reported clause ending the sentence just before it, in its paragraph, or in the paragraph
  before when the quote is a paragraph of its own ("Osei said that the tender was rigged.
  “Nobody saw the bids.”"): the report's speaker (``report_just_before``);
- for a floating quote, a clause ending in a colon right before it ("Kasich resisted: “…”"):
  that clause's subject (``colon_clause_subject``); a clause right after its closing mark with a
  verb our cue list lacks ("“…,” Sam shot back"): its subject (``clause_after``; also for a
  cue-less quote that is not floating); a reported clause in a sentence of its own between the
  previous quote and this one ("“A,” Jo said. Sam added that the rent was late. “B.”"): that
  report's speaker, not the previous quote's (``report_between``); a quote with no cue or
  speaker of its own right after such a clause's sentence, in its paragraph ("‘…,’ he fumed.
  ‘…’"), is the second part of one split quote (``_join_across_told_clauses``);
- a cue for speech that has not happened (a modal or future, a bare infinitive, "continue to
  be": "Marsh said Okafor will continue to be “…”", "Jo said voters would tell them “…”") inside
  the reported clause of a speech verb: that outer verb's speaker and cue (``outer_cue``, the
  nesting PolNeAR's mapping follows for every nested cue; a reported speech event, "Jo said
  the mayor told her “…”", keeps its own speaker here).

The speaker fields and the cue word change; the cue token and the notes do not (the quote still
has no cue of its own). ``polnear_content.py`` maps the same cases to PolNeAR's Content spans.
Reads a parsed spaCy ``Doc``; writes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from pipeline.extract.cues import DocIndex, doc_text, headline_end, token_at, verb_lemma
from pipeline.extract.indirect import find_indirect
from pipeline.extract.polnear_spans import SPACE_AND_MARKS, paragraph_bounds
from pipeline.extract.quotes import OPENERS, QuoteSpan, find_quote_spans
from pipeline.extract.components import AGENT_ENDINGS, KIN_NOUNS
from pipeline.extract.cues import GENDERED_NOUNS
from pipeline.extract.speaker_phrase import DOCUMENT_NOUNS, NOT_PEOPLE, PERSON_NOUNS, PERSON_ROLES, POSTING_CUES, classify_speaker
from pipeline.extract.speakers import Attribution, attribute_quotes, attribute_to
from pipeline.extract.transcripts import transcript_quotes
from pipeline.extract.world_names import english_words


def find_quotes(doc: Doc) -> tuple[list[Attribution], list[Attribution]]:
    """The direct and the indirect quotes of a parsed document, with context speakers given."""
    spans = find_quote_spans(doc_text(doc))
    return quotes_of(DocIndex(doc, spans), spans)


def quotes_of(idx: DocIndex, spans: list[QuoteSpan]) -> tuple[list[Attribution], list[Attribution]]:
    """``find_quotes`` for a document whose quote spans and index are at hand: the direct quotes
    of ``speakers.py`` and of a transcript's lines (``transcripts.py``; a quote inside such a line
    is part of it), the indirect quotes of ``indirect.py``, then the context speakers."""
    doc = idx.doc
    direct, indirect = attribute_quotes(doc, spans, idx), find_indirect(doc, spans, idx)
    lines = transcript_quotes(idx, spans)
    if lines:
        direct = [a for a in direct if not any(t.start <= a.start and a.end <= t.end for t in lines)]
        direct = sorted(direct + lines, key=lambda a: a.start)
    give_context_speakers(idx, direct, indirect)
    give_headline_speakers(idx, direct)
    return direct, indirect


HEADLINE_REPEAT_MIN_WORDS = 3


def give_headline_speakers(idx: DocIndex, direct: list[Attribution]) -> None:
    """A headline's quote whose speaker the headline does not resolve ("“…,” says Quillby baker
    as …", "Harbour driver: “…”": a role, no name) is said by whoever says the same words in the
    story below: the first body quote that holds its words, or whose words it holds (three words
    or more), and whose speaker is resolved, gives it that speaker's identity; the headline keeps
    its own speaker_text. Headlines repeat a quote of the story more often than not. So do
    subheadings that are a label line, a role and its quote alone ("Ferryman: ‘…’" above the
    paragraph that quotes the ferryman by name)."""
    text = idx.text
    headline = headline_end(text)
    for att in direct:
        if att.start <= headline and att.speaker_text is None and (role := headline_role(idx, att)) is not None:
            att.speaker_text, att.speaker_start, att.speaker_end = role.text, role.start_char, role.end_char
            if att.speaker_kind == "unknown":
                att.speaker_kind = "person"  # a role: someone, whom the story below may name
    said: dict[int, list[str]] = {}  # a quote's words by its start, read once
    for att in direct:
        if att.start <= headline:
            end = headline
        elif (end := _label_line_end(text, att)) is None:
            continue
        if att.speaker_kind in {"anonymous_public", "unnamed_source"}:
            continue
        # a person named by a role the rules for roles resolved ("Westmarch man"): only the same
        # person's words below say better who that is
        resolved = not _unnamed_in_body(text, att, end)
        if resolved and not (att.speaker_kind == "person" and _a_role(att)):
            continue
        words = _words(text, att)
        if len(words) < HEADLINE_REPEAT_MIN_WORDS:
            if (other := _quoted_again(text, att, end, direct, said)) is not None and not (resolved and other.speaker_kind != "person"):
                att.take_identity(other)
            continue
        for other in direct:
            unknown = other.ref is None and other.ref_name is None
            if other.start <= end or (unknown and not resolved) or (resolved and not unknown and other.speaker_kind != "person"):
                continue
            if other.start not in said:
                said[other.start] = _words(text, other)
            theirs = said[other.start]
            if len(theirs) >= HEADLINE_REPEAT_MIN_WORDS and (_holds(theirs, words) or _holds(words, theirs)):
                if not unknown:
                    att.take_identity(other)
                break  # (a role resolved keeps its person when the first to say the words below is unresolved)


def _quoted_again(text: str, att: Attribution, end: int, direct: list[Attribution], said: dict[int, list[str]]) -> Attribution | None:
    """The speaker below of a headline's quote too short to match by ``_holds`` alone (one or
    two words: "‘Gutted’: ferryman on …"): the story's quotes that hold its words as a run, when
    there are some and all of them are resolved to one identity, give the first of them; None
    when two speakers say those words, when one who says them is unresolved, or for words that
    say nothing alone (stop words only: "‘No’")."""
    words = _words(text, att)
    if not words or all(w in STOP_WORDS for w in words):
        return None
    holders = []
    for other in direct:
        if other.start <= end:
            continue
        if other.start not in said:
            said[other.start] = _words(text, other)
        if _holds(said[other.start], words):
            holders.append(other)
    identities = {_identity(text, other) for other in holders}
    return holders[0] if len(identities) == 1 and None not in identities else None


def _identity(text: str, att: Attribution) -> tuple[str, str] | None:
    """Who a resolved quote's speaker is, as its kind and the last word of its name ("Ana Ruiz"
    and "Ruiz" alike); None when unresolved."""
    name = text[att.ref[0] : att.ref[1]] if att.ref is not None else att.ref_name
    words = re.findall(r"[\w'’-]+", name or "")
    return (att.speaker_kind, words[-1].lower().removesuffix("’s").removesuffix("'s")) if words else None


def headline_role(idx: DocIndex, att: Attribution) -> Span | None:
    """The role a headline sets beside its quote with a colon and no cue, the quote's
    speaker_text: the noun phrase opening the headline before a quote that ends it ("Last
    ferryman leaves Harnlow: ‘…’", "Mayor defends …:", "Sign-maker on …:"), or the one right
    after the colon that follows a quote opening it ("‘…’: baker’s plea as …" -> "baker";
    "‘…’: council’s cycling chief on …"). Only a noun for a person (``a_person_noun``); None
    otherwise."""
    doc, text = idx.doc, idx.text
    open_char = att.open_char if att.open_char is not None else att.start
    close = att.close_char + 1 if att.close_char is not None else att.end
    if text[:open_char].rstrip().endswith(":"):
        start = next((t.i for t in doc if not t.is_space), None)
    elif text[close:].lstrip().startswith(":"):
        colon = close + text[close:].index(":")
        start = next((t.i for t in doc if t.idx > colon and not t.is_space), None)
    else:
        return None
    if (on := _opening_role(doc, start)) is not None:
        return on
    chunk = next((c for c in doc.noun_chunks if c.start == start), None)
    if chunk is None or any(t.i in idx.ent_of and idx.ent_of[t.i].label_ == "PERSON" for t in chunk):
        return None
    if a_person_noun(chunk.root):
        return chunk
    owner = next((t for t in chunk if t.tag_ == "POS" or t.text in {"’s", "'s", "’", "'"}), None)
    if owner is not None and owner.i > chunk.start and a_person_noun(doc[owner.i - 1]):
        return doc[chunk.start : owner.i]  # "baker’s plea"
    return None


_PERSON_WORDS = PERSON_ROLES | PERSON_NOUNS | GENDERED_NOUNS.keys() | KIN_NOUNS
ROLE_ON_MAX_WORDS = 3
# people's nouns no list of people holds, which a verbless headline opens with ("Duck race chair
# on …", "Former pupil on …"); not "Ban on …", "Vote on …": things
ROLE_ON_NOUNS = frozenset({"chair", "pupil", "head", "headteacher", "alumnus", "alumna", "graduate", "fan", "survivor",
                           "heir", "heiress", "rector", "vicar", "curate", "churchwarden", "warden"})
# the words after a headline's opening role that give its topic ("Duck race chair on …",
# "Churchwarden after clock repair:", "Ferry captain over timetable:")
ROLE_TOPIC_WORDS = frozenset({"on", "after", "over"})


def _opening_role(doc: Doc, start: int | None) -> Span | None:
    """The role a verbless headline opens with before its topic or its colon ("Former pupil on
    opened time capsule:", "Duck race chair on mystery winner:", "Churchwarden after clock
    repair:", "Cathedral rector: “…”", "Postmistress on tuba parcel to France:"): one to three
    words, the first capitalised by its place, the others in lower case, no name among them (a
    trade's possessive aside: "Farmer's daughter on …"); the last a noun for a person
    (``a_person_noun``, ``ROLE_ON_NOUNS``), or the one word a person's by its ending, whatever
    the tagger made of it ("Postmistress" read as a verb); not "Ban on parking:". None
    otherwise."""
    if start is None:
        return None
    on = next((k for k in range(start + 1, min(start + ROLE_ON_MAX_WORDS + 1, len(doc))) if doc[k].lower_ in ROLE_TOPIC_WORDS or doc[k].text == ":"), None)
    if on is None:
        return None
    role = doc[start:on]
    # a trade's possessive may open it ("Farmer's daughter on …"), whatever the model tagged it;
    # not a family's name ("Tolliver's daughter on …": no English word)
    owner = len(role) == 3 and role[1].tag_ == "POS" and a_person_noun(role[0]) and role[0].lower_ in english_words()
    words = [role[0], role[2]] if owner else list(role)
    if not words[0].is_title or not all(t.is_alpha for t in words) or not all(t.is_lower for t in words[1:]):
        return None
    if any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"} for t in words[1 if owner else 0:]):
        return None
    last = role[-1]
    if a_person_noun(last) or last.lower_ in ROLE_ON_NOUNS:
        return role
    return role if len(role) == 1 and last.lower_.endswith(("ess", "master")) else None  # "Postmistress", read as a verb


def a_person_noun(tok: Token) -> bool:
    """A noun for a person by role, kin, trade or standing ("mayor", "daughter", "keeper",
    "pensioner", "boss"): a listed word, or an agent's ending (``AGENT_ENDINGS``) on no word
    for a thing."""
    lower = tok.lower_
    if lower in _PERSON_WORDS or tok.lemma_.lower() in _PERSON_WORDS:
        return True
    return tok.is_alpha and len(lower) > 4 and lower.endswith(AGENT_ENDINGS) and lower not in NOT_PEOPLE and lower not in DOCUMENT_NOUNS


LABEL_LINE_MAX_CHARS = 120


def _label_line_end(text: str, att: Attribution) -> int | None:
    """The end of the paragraph a quote forms with its speaker and a colon alone, a subheading
    ("Ferryman: ‘The tide took the pier’"), short; None for any other paragraph."""
    if att.speaker_text is None or att.speaker_start is None or att.cue != ":":
        return None
    lo, hi = paragraph_bounds(text, att.start, att.end)
    if hi - lo > LABEL_LINE_MAX_CHARS or att.speaker_start < lo or text[lo : att.speaker_start].strip():
        return None  # too long for a subheading, its speaker in another paragraph, or words before it
    return None if any(ch.isalnum() for ch in text[att.end : hi]) else hi


def _unnamed_in_body(text: str, att: Attribution, end: int) -> bool:
    """Whether a headline quote's speaker is no one the story below names: unresolved, or
    resolved to a name whose words the body never writes ("Librarian: ‘…’", "Harnmoor CEO tells
    staff …", "says Quorndon baker": a role the model tagged as a name). A name the body writes
    ("Ruiz: ‘…’" above "Ana Ruiz said") is someone."""
    if att.ref is None and att.ref_name is None:
        return True
    name = text[att.ref[0] : att.ref[1]] if att.ref is not None else att.ref_name or ""
    words = re.findall(r"[\w'’-]+", name)
    if not words:
        return True
    last = words[-1]  # "Harnmoor CEO", "Quorndon baker": the role is the name's last word
    return last[:1].islower() or not re.search(rf"\b{re.escape(last)}\b", text[end:])


def _a_role(att: Attribution) -> bool:
    """Whether a headline quote's speaker phrase is a role, its last word in lower case
    ("Westmarch man", "museum director"), whoever the rules for roles took it for: the speaker of
    the same words below says better who that is than the first person the story below
    introduces with the role's place ("Westmarch man" above "a jeweller in Westmarch's Market
    Street")."""
    words = re.findall(r"[\w'’-]+", att.speaker_text or "")
    return bool(words) and words[-1][:1].islower()


def _words(text: str, att: Attribution) -> list[str]:
    return re.findall(r"\w+", " ".join(text[s:e] for s, e in att.parts).lower())


def _holds(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` occurs in ``longer`` as a run of words."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def give_context_speakers(idx: DocIndex, direct: list[Attribution], indirect: list[Attribution]) -> None:
    """Fill in the speaker of each cue-less direct quote whose surrounding sentences name it, and
    give a quote whose cue reports speech that has not happened its reporter's speaker."""
    doc, text = idx.doc, idx.text
    prev_end: int | None = None
    told: list[tuple[int, Token]] = []  # quotes a clause after them gave their speaker, and its subject
    for k, att in enumerate(direct):
        if k and _next_part(text, att) and _close_after(text, direct[k - 1], att) and direct[k - 1].ref is not None:
            att.take_identity(direct[k - 1])  # "The second post read: “…”": the thread's, the quote before's
        if (owner := _words_of_after(idx, att)) is not None:
            # "“…”⏎Those were the words of Jo Lee, who …": hers, not the speaker before
            ent = idx.ent_of.get(owner.i)
            start, end = (ent.start, ent.end) if ent is not None else (owner.left_edge.i, owner.i + 1)
            att.take_speaker(classify_speaker(idx, owner, start, end))
            # the cue: "words" of "Those were the words of", the verb of "So wrote"
            cue = owner.head.head if owner.head.lower_ == "of" else owner.head
            att.cue, att.cue_token, att.notes = cue.text, cue.i, [n for n in att.notes if n != "floating"]
            prev_end = att.end
            continue
        said = doc[att.cue_token] if att.cue_token is not None else None
        if said is not None and (_irrealis(said) or _retold(said) or _said_by_a_thing(said)):
            outer = outer_cue(idx, said, att.start)
            # "Jo said the mayor will tell them “…”", "Jo said the commune had asked for it “…”":
            # Jo's words, not the mayor's or the commune's
            if outer.i != said.i:
                who = Attribution(parts=[])
                attribute_to(idx, who, outer)
                if who.speaker_text is not None:
                    att.take_speaker(who, cue=True)
        floating = "floating" in att.notes
        if att.cue_token is None and not floating:
            report = report_just_before(doc, indirect, att.open_char, whole_paragraph(text, att))
            if report is not None:
                att.take_speaker(report, cue=True)
            elif not att.notes and (subject := clause_after(doc, att)) is not None:
                _take_subject(idx, att, subject)
                told.append((k, subject))
        elif floating:
            subject = colon_clause_subject(doc, att.open_char)
            if subject is None:
                subject = clause_after(doc, att)
            if subject is not None:
                _take_subject(idx, att, subject)
            elif prev_end is not None and (report := report_between(doc, indirect, prev_end, att)) is not None:
                att.take_speaker(report, cue=True)
        prev_end = att.end
    _join_across_told_clauses(text, direct, told)


def _join_across_told_clauses(text: str, direct: list[Attribution], told: list[tuple[int, Token]]) -> None:
    """A quote split around a clause our cue list lacks ("‘…,’ he fumed. ‘…’", "‘…,’ she
    signed. ‘…’"), which ``clause_after`` gave the first part's speaker, is one quote, as it is
    around "he said": the next quote, with no cue or speaker of its own, opening right after that
    clause's sentence in the same paragraph, joins it (notes "split")."""
    joined: set[int] = set()
    for k, subject in told:
        att = direct[k]
        if k + 1 >= len(direct) or k in joined or att.close_char is None:
            continue
        nxt = direct[k + 1]
        if nxt.cue_token is not None or nxt.speaker_text is not None or nxt.open_char is None or nxt.close_char is None:
            continue
        if "\n" in text[att.close_char : nxt.open_char] or text[subject.sent.end_char : nxt.open_char].strip():
            continue
        att.parts.extend(nxt.parts)
        att.close_char = nxt.close_char
        att.notes.append("split")
        joined.add(k + 1)
    if joined:
        direct[:] = [att for k, att in enumerate(direct) if k not in joined]


def outer_cue(idx: DocIndex, verb: Any, quote_start: int, limit: int = 8) -> Any:
    """The outermost speech verb whose reported clause holds ``verb`` (PolNeAR annotates only the
    outermost attribution: "Jo says she would tell him “never”" is Jo's, cue "says")."""
    best, tok, steps, reported = verb, verb, 0, False
    if verb.idx > quote_start:
        return verb
    while tok.head.i != tok.i and steps < limit and (tok.dep_ in NESTING_DEPS or _reported_conjunct(tok) or _subordinate(tok)) and not _aside_clause(tok):
        reported = reported or tok.dep_ in {"ccomp", "xcomp"}
        tok, steps = tok.head, steps + 1
        if idx.inside[tok.i] or "\n" in idx.text[tok.idx : verb.idx]:
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


def _subordinate(tok: Any) -> bool:
    """Whether ``tok`` heads an adverbial clause opened by "when" ("said Jo was right when she
    said “…”"): nested in whatever holds it, unlike a bare participle's clause ("…, calling them
    “…”") or a clause of time or contrast, each an attribution of its own."""
    return tok.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.i < tok.i and c.lower_ in SUBORDINATORS for c in tok.children)


# "when" only: "after a voter told him …", "while adding …", "while Cruz said …" are attributions of their own
SUBORDINATORS = frozenset({"when"})


def _aside_clause(tok: Any) -> bool:
    """A relative clause set off by a comma or dash (", which he called “…”"): an aside, an
    attribution of its own."""
    first = tok.left_edge.i
    return tok.dep_ in {"relcl", "acl"} and first > 0 and tok.doc[first - 1].text in {",", "\u2014", "--", "-", "("}


# the links from a cue up to the speech verb whose reported clause holds it ("says Americans are
# hungry for what she calls “real solutions”"); not conj or advcl ("respects Clinton and calls
# her “…”", "…, calling them “…”": attributions of their own)
NESTING_DEPS = frozenset({"ccomp", "xcomp", "relcl", "pcomp", "pobj", "prep", "acl", "dobj", "attr", "acomp"})


IRREALIS_AUX = frozenset("will would shall should can could may might must 'll 'd wo ca".split())  # noqa: SIM905


def _retold(verb: Token) -> bool:
    """A cue that, inside another speaker's reported clause, retells rather than reports: an
    earlier act in the pluperfect ("said the commune had asked for it “…”", "said playtesters
    had described it as “…”"), a participle ("said staff were now reading them “one by one”"),
    or a passive ("said the centre had been promised … and that …"): the words are the
    reporter's. Not a verb of posting, whose quote may be the post ("said she had posted
    “…” on the village page")."""
    if verb_lemma(verb) in POSTING_CUES:
        return False
    return verb.tag_ == "VBG" or any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ == "had") for c in verb.children
    )


def _said_by_a_thing(verb: Token) -> bool:
    """A cue whose subject is "it", "this" or "that" ("She says it underscores that Jo is “…”"):
    inside another speaker's reported clause, the thing that underscores or shows is no speaker;
    the words are the reporter's."""
    return any(c.dep_ == "nsubj" and c.lower_ in THING_PRONOUNS for c in verb.children)


THING_PRONOUNS = frozenset({"it", "this", "that"})


def _irrealis(verb: Token) -> bool:
    """A cue that reports no speech that happened: a modal or future ("will tell them",
    "Americans would say"), a bare infinitive ("suggested they tweet", "wants to tell"), or
    "continue" going on with something ("will continue to be")."""
    if verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in IRREALIS_AUX for c in verb.children):
        return True
    return verb.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in verb.children)


# what names the next part of a thread or series ("The second post read:", "The third
# promised:", "The next message said"): an ordinal after "the", alone or before one of these nouns
NEXT_PARTS = frozenset({"second", "third", "fourth", "fifth", "sixth", "next", "final"})
THREAD_NOUNS = frozenset({"post", "tweet", "message", "reply", "part", "update", "toot", "skeet"})


def _next_part(text: str, att: Attribution) -> bool:
    """Whether the quote's speaker phrase is the next part of a series ("The second post", "The
    third"), which speaks for whoever the quote before it is from, and resolves to no one."""
    if att.ref is not None or att.ref_name is not None or att.speaker_start is None or att.speaker_end is None:
        return False
    words = text[att.speaker_start : att.speaker_end].lower().split()
    return (len(words) in {2, 3} and words[0] == "the" and words[1] in NEXT_PARTS
            and (len(words) == 2 or words[2] in THREAD_NOUNS))


def _close_after(text: str, before: Attribution, att: Attribution) -> bool:
    """Whether ``att`` is in the paragraph of the quote ``before`` or in the one after it."""
    between = text[before.end : att.start]
    return sum(1 for line in between.split("\n")[1:-1] if line.strip()) == 0


def _take_subject(idx: DocIndex, att: Attribution, subject: Token) -> None:
    """``att``'s speaker is the whole phrase of ``subject``, its cue the subject's verb."""
    speaker = classify_speaker(idx, subject, subject.left_edge.i, subject.right_edge.i + 1)
    att.take_speaker(speaker)
    att.cue = subject.head.text


def report_just_before(doc: Any, indirect: list[Attribution], open_char: int | None, whole_paragraph: bool = False) -> Attribution | None:
    """The indirect quote whose sentence ends just before ``open_char``, in the same paragraph
    (nothing but the sentence's end and white space between them), or in the paragraph before
    when the quote is its whole paragraph (``whole_paragraph``: "Jo said that the bus was
    late.⏎“Nobody told us.”"). The sentence ends with the reported clause ("Jo said that she
    would stay. “…”") or with the cue and speaker after it ("The bus was late, Jo said. “…”")."""
    if open_char is None:
        return None
    text = doc_text(doc)
    for ind in reversed(indirect):
        if ind.end <= open_char:
            end = ind.end
            if ind.cue_token is not None and 0 <= ind.cue_token < len(doc) and doc[ind.cue_token].idx >= ind.end:
                sent = doc[ind.cue_token].sent
                if sent.start_char < ind.end and "\n" not in text[ind.end : sent.end_char]:
                    end = sent.end_char  # the cue after the reported clause ends its sentence
            gap = text[end:open_char]
            if "\n" in gap and not whole_paragraph:
                return None
            marks = " .!?\u201d\u2019\"'\u00a0\n"
            stop = text[ind.end : end].rstrip(" \u00a0\n\u201d\u2019\"'")[-1:]  # how the cue's sentence ends
            ends = any(c in gap for c in ".!?") or (end > ind.end and stop in {".", "!", "?"})
            return ind if gap.strip(marks) == "" and ends else None
    return None


def report_between(doc: Any, indirect: list[Attribution], prev_end: int, att: Attribution) -> Attribution | None:
    """The reported clause that ends the sentence just before a floating quote, its cue in a
    sentence of its own after the previous quote ("“A,” Jo said. Jo added that the rent was late.
    “B.”"): B goes with that clause, not with A. None otherwise."""
    before = report_just_before(doc, indirect, att.open_char, whole_paragraph(doc_text(doc), att))
    if before is None or before.cue_token is None or doc[before.cue_token].sent.start_char < prev_end:
        return None  # none, or its cue in the sentence of the quote before ("“A,” Jo said, adding that …")
    return before


# quoted paragraphs in a run that the paragraph after them may give an owner ("“…”⏎“…”⏎So wrote …")
QUOTED_PARAGRAPHS_MAX = 4
OPENING_MARKS = frozenset(OPENERS) | {"'"}  # and a straight single, which some papers open quotes with


def _words_of_after(idx: DocIndex, att: Attribution) -> Token | None:
    """The owner the next paragraph gives a quote that is a paragraph of its own ("“We are being
    asked to pay to go to work.”⏎Those were the words of Jo Lee, who …"): the object of "of"
    after "Those/These were the words", or the subject of "So wrote" / "So said" ("“…”⏎So wrote
    Jo Lee in a memo to staff"); past up to ``QUOTED_PARAGRAPHS_MAX`` more quoted paragraphs
    between them, the run the words are; None otherwise."""
    doc, text = idx.doc, idx.text
    if not whole_paragraph(text, att):
        return None
    hi = paragraph_bounds(text, att.start, att.end)[1]
    for _ in range(QUOTED_PARAGRAPHS_MAX):
        start = len(text) - len(text[hi:].lstrip())
        if start >= len(text) or text[start] not in OPENING_MARKS:
            break
        hi = paragraph_bounds(text, start, start + 1)[1]  # "“…”⏎“…”⏎So wrote Jo Lee …": a run of quoted paragraphs
    nxt = token_at(doc, len(text) - len(text[hi:].lstrip()))
    if nxt is None:
        return None
    words = list(doc[nxt.i : nxt.i + 6])
    lowered = [t.lower_ for t in words]
    if len(words) >= 3 and lowered[0] in {"so", "thus"} and words[1].lemma_.lower() in {"write", "say"}:
        # "So wrote Konstantin Wehrhahn, the chief executive, in a memo …": the subject after the verb
        return next((c for c in words[1].children if c.dep_ == "nsubj" and c.i > words[1].i), None)
    if len(words) < 6 or lowered[0] not in {"those", "these", "such"} or lowered[1] not in {"were", "are"}:
        return None
    if lowered[2:5] != ["the", "words", "of"]:
        return None
    owner = words[5]
    while owner.dep_ in {"compound", "amod", "det"} and owner.head.i > owner.i:
        owner = owner.head
    return owner if owner.head.i == words[4].i else None


def whole_paragraph(text: str, att: Attribution) -> bool:
    """Whether the quote is its paragraph: nothing but marks before its opening and after its end."""
    lo, hi = paragraph_bounds(text, att.start, att.end)
    return text[lo : att.start].strip(SPACE_AND_MARKS) == "" and text[att.end : hi].strip(SPACE_AND_MARKS + ".!?") == ""


def colon_clause_subject(doc: Any, open_char: int | None) -> Token | None:
    """The subject of the clause that ends in a colon right before the quote, in its sentence
    ("Kasich resisted: “…”"): that clause introduces the quote, so it is not the previous quote's
    continuation, and its subject is the speaker. None when there is no such clause."""
    if open_char is None:
        return None
    text = doc_text(doc)
    before = text[:open_char].rstrip(SPACE_AND_MARKS)
    if not before.endswith(":"):
        return None
    tok = token_at(doc, len(before) - 1)
    if tok is None:
        return None
    for t in doc[tok.sent.start : tok.i]:
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}] if t.pos_ in {"VERB", "AUX"} else []
        if subjects:
            return subjects[0]
    return None


def clause_after(doc: Any, att: Attribution) -> Token | None:
    """The subject of a clause right after a quote's closing mark, in its sentence, that takes the
    quote as what was said with a verb our cue list lacks ("“…,” Sam shot back", "“…,” begins the
    notice"): the quote is that subject's, not the previous quote's continuation. None when no
    such clause follows."""
    text = doc_text(doc)
    end = att.parts[-1][1]
    i = end
    while i < len(text) and (text[i] in SPACE_AND_MARKS or text[i] in ",?!"):
        i += 1
    first = token_at(doc, i) if i < len(text) and text[i] != "\n" else None
    if first is None or first.sent.start_char > end:
        return None
    for t in doc[first.i : first.sent.end]:
        finite = t.tag_ in {"VBD", "VBZ", "VBP"} or (t.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in t.children))
        if not finite or t.pos_ != "VERB":
            continue
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.idx >= i]
        if not subjects or t.dep_ != "ROOT":
            return None
        words = [w for w in doc[first.i : t.i] if not w.is_punct]
        if words and words[0].i != subjects[0].left_edge.i:
            return None  # "“…” from the budget, in her view": words before the clause
        return subjects[0]
    return None
