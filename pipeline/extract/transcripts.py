"""Interview transcripts: lines that open with a speaker's name in capitals and a colon.

News sites publish television and radio interviews as transcripts, without quotation marks:

    HOST: When will the bridge reopen?
    ORTIZ: Not before March, and I said so to the council.

Podcasts print a time stamp before the label, and a hearing's record gives the question or the
answer with the speaker in brackets; either may quote the words:

    [14:05] ORTIZ: “Not before March.”
    Q (Chair): "When will the bridge reopen?"
    A (Lena Ortiz): "Not before March."

Each such line is what its speaker said, word for word: a direct quote (cue ":", the label the
speaker). ``transcript_quotes`` finds them when the document reads as a transcript, so that a
headline's "EXCLUSIVE: …" or a live blog's "UPDATE: …" is not taken for speech:

- the label is one to three words in capitals (letters, dots, apostrophes, hyphens) opening its
  line, perhaps after a time stamp in brackets ("[14:05]", "(1:02:30)"), then a colon, a space
  and the words; or "Q"/"A" and the speaker in brackets ("Q (Chair):"). Where the words are one
  quote in marks, that quote is the line's (marks and offsets as the quote finder found them;
  one of fewer than six words is kept, its label being its speaker); a mark that opens no quote
  ending in the line leaves the line to ``speakers.py``;
- the label names a person: its last word is the surname of a PERSON the document tags ("ORTIZ"
  after "Lena Ortiz"), or the entity model tags the label itself PERSON; words such as BYLINE,
  UPDATE, EXCLUSIVE are never speakers (``NOT_SPEAKERS``);
- or, naming no tagged person, the label's last word labels two lines or more ("JO PIKE:",
  then "PIKE:"): the turns of a transcript;
- the words after it read as speech, not a headline (fewer than half of the first ten open
  with a capital: "FERRY FARES: Council Leaders Ignore …" is a headline);
- at least two such lines, by at least two speakers, or one and an interviewer's lines
  (``ROLES``: "INTERVIEWER:", "Q:", which are not quoted themselves): a transcript is a
  dialogue; outside direct quotes.

A post-nominal ends no label's name ("Jo Pike MP" is Pike's). A role label ("HOST", "Chair")
is the PERSON the document writes right after that role noun, perhaps after a comma and a title
("presented by host Sam Lee", "The committee's chair, Dame Ann Ray, …"); a role it names no one
in (HOST, INTERVIEWER, Q) only makes the lines a dialogue. The speaker resolves to that PERSON
("ORTIZ" -> "Lena Ortiz"), else to the fullest label with that last word, as a name ("PIKE" ->
"Jo Pike"). Reads a parsed spaCy ``Doc``
and the ``DocIndex`` of its quotes; returns ``Attribution``s; writes nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from pipeline.extract.components import POSTNOMINALS
from pipeline.extract.cues import DocIndex, token_at
from pipeline.extract.entities import initials_of, written_as_initials
from pipeline.extract.quotes import QUOTE_MARKS, QuoteSpan, paragraphs
from pipeline.extract.speaker_phrase import TITLES
from pipeline.extract.speakers import Attribution

# a time stamp before the label ("[14:05] ", "(1:02:30) "): where in the show the words fall
STAMP = r"(?:[\[(]\d{1,2}(?:[:.]\d{2}){1,2}[\])] +)?"
LABEL = re.compile(STAMP + r"([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,2}): +(?=\S)")
# a hearing's record: the question or the answer, the speaker in brackets ("Q (Chair): …",
# "A (Jo Pike): …")
BRACKETED = re.compile(STAMP + r"(?:Q|A) *\(([^()\n]{1,60})\): +(?=\S)")
NOT_SPEAKERS = frozenset(
    "BYLINE UPDATE UPDATED EXCLUSIVE BREAKING WATCH LOOK BOOM BUSTED CORRECTION EDITOR NOTE PHOTO VIDEO "  # noqa: SIM905
    "SOURCE SOURCES READ MORE RELATED ALSO AP REUTERS AFP CNN FOX NBC ABC CBS MSNBC NPR BBC Q A".split()
)
MIN_TURNS = 2  # labelled lines that make a document a transcript
# the other side of an interview: its turns make a dialogue, its lines are not quotes of anyone named
ROLES = frozenset({"INTERVIEWER", "HOST", "MODERATOR", "ANCHOR", "REPORTER", "QUESTION", "Q"})


def transcript_quotes(idx: DocIndex, spans: list[QuoteSpan] | None = None) -> list[Attribution]:
    """The transcript lines of a document as direct quotes, in order; none when it is not a
    transcript. A line whose words are one quote (``spans``) is that quote, marks and all."""
    doc, text = idx.doc, idx.text
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    opening = {q.open_char: q for q in spans or ()}
    lines = []  # (label, label's tokens, colon token, the line's quote or None, words start, line end)
    roles = 0
    for start, end in paragraphs(text):
        match = BRACKETED.match(text, start) or LABEL.match(text, start)
        if match is None or match.end() >= end:
            continue
        label, quote = match.group(1).strip(), opening.get(match.end())
        if text[match.end()] in QUOTE_MARKS and (quote is None or quote.end > end):
            continue  # a mark that opens no quote of this line
        if match.re is LABEL:
            if label in ROLES and _role_holder(doc, persons, label) is None:
                roles += 1
                continue
            if any(word.strip(".'\u2019-") in NOT_SPEAKERS for word in label.split()):
                continue
            if quote is None and not _sentence_case(text[match.end() : end]):
                continue
        label_start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
        first, last = token_at(doc, label_start), token_at(doc, label_start + len(label) - 1)
        colon = token_at(doc, text.index(":", match.end(1)))
        if first is not None and last is not None and colon is not None and not idx.inside[first.i]:
            lines.append((label, doc[first.i : last.i + 1], colon, quote, match.end(), len(text[:end].rstrip())))
    turns = Counter(_last_name_word(label) for label, *_ in lines)
    found: list[Attribution] = []
    for label, words, colon, quote, start, end in lines:
        person = _named(words, label, persons) or _role_holder(doc, persons, label) or _initialled(persons, label)
        if person is None and turns[_last_name_word(label)] < 2:
            continue  # a one-off label naming no one ("FERRY FARES: …")
        if quote is None:
            att = Attribution(parts=[(start, end)], cue=":", cue_token=colon.i)
        else:
            att = Attribution(parts=list(quote.parts), open_char=quote.open_char, close_char=quote.close_char, cue=":", cue_token=colon.i)
        att.speaker_text, att.speaker_start, att.speaker_end = label, words.start_char, words.start_char + len(label)
        att.speaker_kind = "person"
        if person is not None:
            att.ref = (person.start_char, person.end_char)
        else:  # "PIKE" after "JO PIKE:": the fullest label with that surname, as a name
            att.ref_name = max((lab for lab, *_ in lines if _last_name_word(lab) == _last_name_word(label)), key=len).title()
        att.notes.append("transcript")
        found.append(att)
    speakers = {_last_name_word(att.speaker_text) for att in found if att.speaker_text is not None}
    return found if len(found) >= MIN_TURNS and len(speakers) + min(roles, 1) >= 2 else []


def _last_name_word(label: str) -> str:
    """The word a label's speaker is known by: its last, a post-nominal aside ("Jo Pike MP")."""
    words = label.split()
    while len(words) > 1 and words[-1] in POSTNOMINALS:
        words.pop()
    return words[-1].upper()


ROLE_HOLDER_MAX_TITLES = 2


def _role_holder(doc: Doc, persons: list[Span], label: str) -> Span | None:
    """The PERSON a document names as the holder of the role a label gives ("Chair", "HOST"):
    the first PERSON written right after that role noun, perhaps after a comma and a title
    ("The committee's chair, Dame Jo Pike, …", "host Sam Lee"). None when the label is no role
    noun the text uses that way."""
    role = label.lower()
    if " " in role or role in {"q", "question", "a", "answer"}:
        return None
    starts = {p.start: p for p in persons}
    for tok in doc:
        if tok.lower_ != role or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        j = tok.i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        skipped = 0
        while j < len(doc) and j not in starts and skipped < ROLE_HOLDER_MAX_TITLES and doc[j].text.rstrip(".") in TITLES:
            j, skipped = j + 1, skipped + 1
        if j in starts:
            return starts[j]
    return None


def _initialled(persons: list[Span], label: str) -> Span | None:
    """The one PERSON of two or more words whose initials a label of two to four capitals is
    ("LO:" after "Our editor, Leontyne Orrell, put the questions"), else None."""
    if not written_as_initials(label):
        return None
    found = {p.text: p for p in persons if len(p) >= 2 and initials_of(p.text) == label}
    return next(iter(found.values())) if len(found) == 1 else None


def _sentence_case(words: str) -> bool:
    """Whether a line's words read as speech, not a headline: fewer than half of its first ten
    words open with a capital ("Council Leaders Ignore Ferry Warnings" is a headline)."""
    first = [w for w in words.split()[:10] if w[:1].isalpha()]
    return len(first) < 3 or sum(w[:1].isupper() for w in first) * 2 < len(first)


def _named(words: Span, label: str, persons: list[Span]) -> Span | None:
    """The PERSON a transcript label names: the entity tagged on the label itself (the fullest
    tagged name with its last word), else a PERSON of the document whose last word is the
    label's last word (case aside)."""
    on_label = next((ent for ent in persons if words.start <= ent.start and ent.end <= words.end), None)
    if on_label is not None:
        surname = on_label[-1].text.upper()
        return next((p for p in persons if p[-1].text.upper() == surname and len(p) > 1), on_label)
    last = _last_name_word(label)
    return next((p for p in persons if p[-1].text.upper() == last), None)
