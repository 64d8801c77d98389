"""Interview transcripts: lines that open with a speaker's name in capitals and a colon.

News sites publish television and radio interviews as transcripts, without quotation marks:

    HOST: When will the bridge reopen?
    ORTIZ: Not before March, and I said so to the council.

Each such line is what its speaker said, word for word: a direct quote (cue ":", the label the
speaker). ``transcript_quotes`` finds them when the document reads as a transcript, so that a
headline's "EXCLUSIVE: …" or a live blog's "UPDATE: …" is not taken for speech:

- the label is one to three words in capitals (letters, dots, apostrophes, hyphens) opening its
  line, then a colon, a space and words that do not open with a quotation mark (a quoted line
  after a name, "Rivera: “…”", is ``speakers.py``'s);
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

The speaker resolves to that PERSON ("ORTIZ" -> "Lena Ortiz"), else to the fullest label with
that last word, as a name ("PIKE" -> "Jo Pike"). Reads a parsed spaCy ``Doc``
and the ``DocIndex`` of its quotes; returns ``Attribution``s; writes nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from pipeline.extract.cues import DocIndex, token_at
from pipeline.extract.quotes import QUOTE_MARKS, paragraphs
from pipeline.extract.speakers import Attribution

LABEL = re.compile(r"([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,2}): +(?=\S)")
# capitalised labels that open lines of news copy without being anyone's words
NOT_SPEAKERS = frozenset(
    "BYLINE UPDATE UPDATED EXCLUSIVE BREAKING WATCH LOOK BOOM BUSTED CORRECTION EDITOR NOTE PHOTO VIDEO "  # noqa: SIM905
    "SOURCE SOURCES READ MORE RELATED ALSO AP REUTERS AFP CNN FOX NBC ABC CBS MSNBC NPR BBC Q A".split()
)
MIN_TURNS = 2  # labelled lines that make a document a transcript
# the other side of an interview: its turns make a dialogue, its lines are not quotes of anyone named
ROLES = frozenset({"INTERVIEWER", "HOST", "MODERATOR", "ANCHOR", "REPORTER", "QUESTION", "Q"})


def transcript_quotes(idx: DocIndex) -> list[Attribution]:
    """The transcript lines of a document as direct quotes, in order; none when it is not a
    transcript."""
    doc, text = idx.doc, idx.text
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    lines = []  # (label, first token, colon token, words start, line end)
    roles = 0
    for start, end in paragraphs(text):
        match = LABEL.match(text, start)
        if match is None or match.end() >= end or text[match.end()] in QUOTE_MARKS:
            continue
        label = match.group(1)
        if label in ROLES:
            roles += 1
            continue
        if any(word.strip(".'\u2019-") in NOT_SPEAKERS for word in label.split()) or not _sentence_case(text[match.end() : end]):
            continue
        first, colon = token_at(doc, start), token_at(doc, match.start() + len(label))
        if first is not None and colon is not None and not idx.inside[first.i]:
            lines.append((label, first, colon, match.end(), len(text[:end].rstrip())))
    turns = Counter(label.split()[-1] for label, *_ in lines)
    found: list[Attribution] = []
    for label, first, colon, words, end in lines:
        person = _named(doc[first.i : colon.i], label, persons)
        if person is None and turns[label.split()[-1]] < 2:
            continue  # a one-off label naming no one ("FERRY FARES: …")
        att = Attribution(parts=[(words, end)], cue=":", cue_token=colon.i)
        att.speaker_text, att.speaker_start, att.speaker_end = label, first.idx, first.idx + len(label)
        att.speaker_kind = "person"
        if person is not None:
            att.ref = (person.start_char, person.end_char)
        else:  # "PIKE" after "JO PIKE:": the fullest label with that surname, as a name
            att.ref_name = max((lab for lab, *_ in lines if lab.split()[-1] == label.split()[-1]), key=len).title()
        att.notes.append("transcript")
        found.append(att)
    speakers = {att.speaker_text.split()[-1] for att in found if att.speaker_text is not None}
    return found if len(found) >= MIN_TURNS and len(speakers) + min(roles, 1) >= 2 else []


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
    last = label.split()[-1].upper()
    return next((p for p in persons if p[-1].text.upper() == last), None)
