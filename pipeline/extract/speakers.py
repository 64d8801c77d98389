"""Who said it: the cue (speech verb) of each direct quote and which quotes are attributions at
all. The speaker mention at the cue, its kind and the named mention it resolves to are
``speaker_phrase.py``'s part (``attribute_to``); indirect quotes ("Duysak says that …") are
``indirect.py``'s.

Reads a parsed spaCy ``Doc`` and the ``QuoteSpan``s of ``quotes.py``; returns ``Attribution``s
(character offsets into the doc text). Finding the cue tokens is ``cues.py``'s part. The rules (README.md, "Speakers"):

- Cue: a verb of ``speech_verbs.txt`` (by lemma), "according to", "put it" ("As the coach put
  it, ‘…’") or a verb speaking through its particle ("’ she shot back", "He went on: ‘…’").
  Looked for right after the closing mark ("’ he said", "’ tweeted one"), then before the
  opening mark in the same sentence ("He said: ‘…’", "said that … ‘…’"), then up the dependency
  tree from the quote, then (a quote after a colon) the verb before the colon if its subject
  names someone, also when the colon ends the paragraph before the quote's ("He wrote:⏎⏎‘…’";
  there a speech verb is the cue whatever its subject). A quote that ends its
  sentence, or runs on into it without a comma, prefers a cue before it; a speech verb set off
  by commas ("If costs rise, she said, …") attributes the rest of its sentence.
- A quote followed by its cue clause and another quote in the same paragraph ("‘A,’ he told
  Wired. ‘B.’", "“A?” asked Jo, a nurse who said she commutes. “B.”") is one quote in two parts;
  a short quote right after a word of that cue clause (told “Today”) is a title, dropped.
- A short quote that a reporting construction attributes is kept (issue #4): besides the speech
  verb cues, an active verb of describing or judging labelling its object "as" the words
  ("denounced the cuts as “cruel”") and a speech verb whose clause holds the quote however deep
  (``cues.py``); a quote coordinated with an attributed one ("‘reckless’ and ‘unworkable’")
  shares its speaker.
- A quote opening its paragraph and signed at its end by a dash and a name ("“…” ― Jane Doe",
  "“…” — Jane Doe, 34, a nurse"): the name is the speaker, the dash the cue, whatever other cue
  the sentence offers; also signed name first, a whole-line quote after "Jane Doe — "
  (``_signature_before``). Three or more signers make the article a round-up of voices: the
  signers are members of the public (``_mark_round_up``).
- A quote of ``MIN_UNATTRIBUTED_WORDS`` words or more with no speech verb, inside a "that" clause
  whose verb has a subject ("Okafor worried that the bypass was becoming “a road to nowhere …”"): that verb
  is the cue, its subject the speaker (``cues.find_that_clause_verb``).
- "Name: “…”" at a paragraph start or after a dash (or a headline "Name: … ‘…’"): the name is
  the speaker, the colon the cue. After a dash, also a name the entity model missed or two
  names joined by "and", and before any speech verb earlier in the line ("Surveys agree - Lena
  Voss: “…”").
- A quote of ``MIN_UNATTRIBUTED_WORDS`` words or more that a verb of thanking, welcoming or
  offering holds in its object ("Calder thanked the crew for “…”", "Reyes offered “my deepest
  sympathy …”"): that verb is the cue, its subject (before it) the speaker
  (``cues.find_expressing_verb``).
- A quote ending in a comma before "by" and a capitalised name ("“Pier to close,” by Coast
  Gazette's Mira Lund: “…”") is a bylined headline; it and the excerpt after the byline's colon
  are a reading list's citation, not speech: dropped (``bylined``, ``excerpt_after_byline``).
- A Title-Case quote in a sentence-case paragraph names a work or programme ("told NBC’s
  “Morning Report”"): dropped, unless a speech verb just before takes it as object.
- A quote without a cue that starts its paragraph, directly follows another quote, or starts a
  sentence later in the paragraph of an attributed quote belongs to the previous quote's speaker
  (a floating quote). Other cue-less quotes of fewer than
  ``MIN_UNATTRIBUTED_WORDS`` words (or with a cue but no speaker: "so-called") are scare
  quotes, not attributions, and are dropped.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.extract.components import AGENT_ENDINGS, APPOSED_ROLES, CLOCK_TIME, COURTESY_TITLES, KIN_NOUNS
from pipeline.extract.cues import (
    DASHES,
    SENTENCE_END,
    SUBJECT_DEPS,
    DocIndex,
    breaks_paragraph,
    doc_text,
    ends_sentence,
    find_colon_verb,
    find_cue_above,
    find_cue_after,
    find_cue_before,
    find_expressing_verb,
    find_labelling_verb,
    find_reporting_verb,
    find_that_clause_verb,
    headline_end,
    new_sentence_after,
    nickname_in_a_name,
    only_cue_between,
    puts_it,
    token_at,
    tokens_between,
    verb_lemma,
)
from pipeline.extract.entities import NAME_PARTICLES, TITLES
from pipeline.extract.quotes import QuoteSpan
from pipeline.extract.speaker_phrase import (
    DOCUMENT_NOUNS,
    GENERIC_PEOPLE,
    INTERVIEW_ROLES,
    NOT_PEOPLE,
    ORDINAL_HEADS,
    ORG_NOUNS,
    PERSON_ROLES,
    PUBLIC_NOUNS,
    SOURCE_NOUNS,
    VOX_NOUNS,
    Attribution,
    attribute_to,
    classify_speaker,
    interview_question_before,
    subject_of,
    tagged_elsewhere,
)

MIN_UNATTRIBUTED_WORDS = 6
# nouns for people or organisations that can speak through a colon ("One resident was blunt: “…”",
# "The mayor was blunt: “…”", "The chairman was unimpressed: “…”")
COLON_SPEAKERS = (SOURCE_NOUNS | ORG_NOUNS | PUBLIC_NOUNS | GENERIC_PEOPLE | PERSON_ROLES | KIN_NOUNS
                  | {"council", "board", "court", "union", "police", "account"})
SIGNER_LABELS = frozenset({"PERSON", "ORG", "HANDLE"})  # what a signature or a "Name:" may name
ACCORDING_MIN_WORDS = 3  # "According to X, the plan was “bold”": a one- or two-word quote there is the writer's scare quote
SENDER_NOUNS = COLON_SPEAKERS | VOX_NOUNS  # who a message may be "from": "from a patient", "from the council"


def _one_by_what_they_do(noun: Token) -> bool:
    """"One" or "another" person named by what they do ("one longtime player", "another
    regular diner"), whom a colon may let speak ("One longtime player was kinder: “…”"); not
    "one thing", "one problem", nor a document ("one letter")."""
    lower = noun.lower_
    return (noun.pos_ == "NOUN" and lower.endswith(AGENT_ENDINGS) and lower not in NOT_PEOPLE and lower not in DOCUMENT_NOUNS
            and any(t.lower_ in {"one", "another"} and t.dep_ in {"det", "nummod"} for t in noun.lefts))


def _speaks_through_a_colon(noun: Token) -> bool:
    """A subject no list of people holds that may speak through a colon: "one" person by what
    they do (``_one_by_what_they_do``), or a document someone's or something's ("Nettleford's
    letter ends with a line for the pupils: “…”", "The draft minutes record only: “…”"), whose
    issuer ``speaker_phrase._issuer`` finds."""
    return _one_by_what_they_do(noun) or (noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENT_NOUNS)


def _colon_name(idx: DocIndex, open_tok: int) -> tuple[int, int, int] | None:
    """A quote after "Name:" at the start of a paragraph, after a dash or after "from" ("Rivera:
    “…”", "Poll worries grow - Rivera: “…”", "A lesson from Rivera: “…”"): the name is the
    speaker, the colon the cue. Returns the
    colon's token and the name's token range, or None."""
    doc = idx.doc
    colon = open_tok - 1
    in_headline = doc[open_tok].idx < headline_end(doc_text(doc)) and "\n" in doc_text(doc)
    while colon > 0 and doc[colon].text != ":" and not breaks_paragraph(doc[colon]) and (
        doc[colon].text not in SENTENCE_END or (in_headline and doc[colon].text == ";")
    ):
        colon -= 1  # a headline: "Mayor Brooks: Budget Plan ‘Dead on Arrival’"; "Mayor: Plan Late; Cost ‘Shocking’"
    if colon == open_tok - 1 and doc[colon].text == "?":
        return _whose_words(idx, colon)  # "His verdict? ‘…’"
    if colon < 1 or doc[colon].text != ":" or breaks_paragraph(doc[colon]):
        return None
    subject = (_headline_subject(idx, colon) or _another_colon(idx, colon) or _headline_description(idx, colon)
               or _described_line_opener(idx, colon) or _from_whom(idx, colon) or _whose_words(idx, colon))
    if subject is not None:
        return subject
    ent = idx.ent_of.get(colon - 1)
    if ent is None or ent.end != colon or ent.label_ not in SIGNER_LABELS:
        return _untagged_colon_name(idx, colon)
    first = ent.start
    while first > 0 and ent.start - first < 3 and _title_word(doc[first - 1]) and not breaks_paragraph(doc[first - 1]):
        first -= 1  # a title before the name: "Mayor", "Sen.", "Labour MP" (not "Ana Ruiz Backs Ted Lee:")
    if first == ent.start and first > 0 and doc[first - 1].lower_ in OPENING_CUE_WORDS and (first == 1 or doc[first - 2].text in SENTENCE_END | {"\n"} or breaks_paragraph(doc[first - 2])):
        first -= 1  # "Said Ellis: “…”", "Added Ruiz: “…”": the verb opens the sentence
    before = doc[first - 1] if first > 0 else None
    root = ent.root
    sender = root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ == "from" and before is not None and before.text == ","
    if _headline_role_before(idx, first, colon):
        return colon, ent.start, ent.end  # a headline's "Sacked boss Tolland: “…”": the name, as the golds write it
    if before is not None and not breaks_paragraph(before) and before.text not in DASHES | {"."} and before.lower_ != "from" and not sender:
        # "- Lee Park and Ana Ruiz:"; "A warning from Lee Park:" is hers, and so is "read a
        # message from her predecessor, Sir Ian Pryor:" (the sender, not the one who reads it)
        return _untagged_colon_name(idx, colon)
    return colon, ent.start, ent.end


HEADLINE_DESCRIPTION_MAX_WORDS = 3


def _headline_role_before(idx: DocIndex, first: int, colon: int) -> bool:
    """Whether the headline opens with a short description in lower case (its first word
    capitalised by its place) right before the name before the colon: "Sacked boss Tolland:",
    "Tearful pensioner Jo Lee:". One to three words ending in a common noun, the first line
    only, with a story below it."""
    doc = idx.doc
    if doc[colon].idx > headline_end(doc_text(doc)) or "\n" not in doc_text(doc) or first == 0:
        return False
    start = first
    while start > 0 and not breaks_paragraph(doc[start - 1]) and first - start < HEADLINE_DESCRIPTION_MAX_WORDS:
        start -= 1
    if start > 0 and not breaks_paragraph(doc[start - 1]):
        return False  # more than a short description before the name
    words = doc[start:first]
    return (all(t.is_alpha for t in words) and all(t.is_lower for t in words[1:]) and words[-1].pos_ == "NOUN"
            and words[-1].tag_ != "NNS" and not any(t.ent_type_ for t in words))


def _headline_description(idx: DocIndex, colon: int) -> tuple[int, int, int] | None:
    """A role in lower case before the colon of a quote in the headline, after a ";" or a dash
    ("Shares slide as recall widens; chief executive: «…»", "Exam leak – minister: „…“"):
    headlines name people by their role (the story below names them). The document's first
    line only; a singular noun of one to three words, perhaps with an age after it ("Exam leak –
    teacher, 52: „…“")."""
    doc = idx.doc
    if doc[colon].idx > headline_end(doc_text(doc)) or "\n" not in doc_text(doc):
        return None  # not in the headline, or no story below it
    end = colon
    if colon >= 3 and doc[colon - 1].like_num and doc[colon - 2].text == ",":
        end = colon - 2  # "Sick ship gran, 71: ‘…’": an age after the role
    start = end
    while start > 0 and end - start < HEADLINE_DESCRIPTION_MAX_WORDS and doc[start - 1].is_alpha and doc[start - 1].is_lower:
        start -= 1
    if (end > 2 and _headline_role_word(doc[0]) and doc[1].lower_ in ROLE_PREPOSITIONS
            and (doc[0].lower_.endswith(AGENT_ENDINGS) or doc[0].lower_ in APPOSED_ROLES)
            and not any(t.text in DASHES | {";"} and t.whitespace_ for t in doc[1:colon])):
        return colon, 0, 1  # "Driver of coach trapped by one-way system: ‘…’": the role the headline opens with
    if start == end == 1 and _headline_role_word(doc[0]):
        return colon, 0, end  # "Ferryman: ‘…’": the headline's one word, capitalised by its place, is a role
    if start == end or doc[end - 1].pos_ != "NOUN" or doc[end - 1].tag_ == "NNS":
        return None
    if start > 0 and doc[start - 1].text not in DASHES | {";"}:
        qualifier = doc[0:start]  # "Harnmoor founder: «…»": the organisation's name before the role
        # (a name opening the headline may be read as an adjective before a word for a person:
        # "Moonfern founder: «…»", as ``descriptions.headline_qualified`` reads it; not
        # "Pfrondsee ferry vote: „…“")
        role = doc[end - 1].lower_
        person = role in APPOSED_ROLES or role in KIN_NOUNS or (len(role) > 4 and role.endswith(AGENT_ENDINGS))
        if start > HEADLINE_DESCRIPTION_MAX_WORDS or not all(
                t.is_title and (t.pos_ == "PROPN" or (person and t.pos_ == "ADJ" and t.i == 0 and t.ent_type_ != "NORP")) for t in qualifier):
            return None
        start = 0
    return colon, start, end


def _headline_role_word(tok: Token) -> bool:
    """A headline's first word, capitalised by its place, that names someone by a role: a
    singular common noun ("Ferryman", "Librarian"), or a word with an agent's ending the tagger
    took for a name ("Beekeeper", ``AGENT_ENDINGS``) when the entity model tagged it nothing or
    a person; not a title that speaks alone ("Mayor", ``LONE_TITLES``, read as the person)."""
    if not tok.is_title or not tok.is_alpha or tok.text in LONE_TITLES:
        return False
    if tok.pos_ == "NOUN" and tok.tag_ == "NN":
        return True
    return tok.pos_ == "PROPN" and tok.lower_.endswith(AGENT_ENDINGS) and tok.ent_type_ in {"", "PERSON"}


# prepositions after a headline's opening role that say whose or where it is ("Driver of coach …")
ROLE_PREPOSITIONS = frozenset({"of", "at", "in", "from", "for", "on"})
OPENING_CUE_WORDS = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted"})
TITLE_QUALIFIERS = frozenset({"Former", "Deputy", "Acting", "Vice", "Interim", "Labour", "Conservative", "Democratic", "Republican"})


def _title_word(tok: Token) -> bool:
    """A capitalised word of a title before a name ("Mayor", "Sen.", "Former", "MP"), not a
    headline's verb or another name ("Ana Ruiz Backs Ted Lee")."""
    word = tok.text.rstrip(".")
    return word in TITLES or word in LONE_TITLES or word in TITLE_QUALIFIERS or (tok.is_upper and tok.is_alpha and len(word) <= 4)


COLON_NAME_MAX_WORDS = 4  # "- Jo Ann Reyes Lima:"
# titles that speak alone before a headline's colon ("Mayor: ‘We will not back down’")
LONE_TITLES = frozenset({
    "Mayor", "President", "Governor", "Minister", "Chancellor", "Senator", "Sheriff", "Commissioner", "Ambassador",
    "Pope", "King", "Queen", "Prince", "Princess", "Judge", "PM", "Premier", "Coach", "Manager", "Captain", "Chief",
})
NAME_TITLES = TITLES | LONE_TITLES  # words of office a headline may put before a name


def _untagged_colon_name(idx: DocIndex, colon: int) -> tuple[int, int, int] | None:
    """A name the entity model missed before the colon before a quote: after a dash, proper nouns
    only, perhaps two names joined by "and" ("Turnout worries grow - Lee Park and Ana Ruiz:
    “…”"); opening a line, when the document names them elsewhere (``_named_elsewhere``), or a
    lone title ("Mayor: ‘…’", ``LONE_TITLES``). Returns the colon's token and the names' token
    range, or None."""
    doc = idx.doc
    if colon >= 1 and doc[colon - 1].text in LONE_TITLES and (colon == 1 or breaks_paragraph(doc[colon - 2])):
        return colon, colon - 1, colon  # a headline's "Mayor: ‘…’": the title speaks (``titled_later`` names them)
    if colon >= 1 and (colon == 1 or breaks_paragraph(doc[colon - 2])) and doc[colon - 1].text.upper() in INTERVIEW_ROLES:
        return colon, colon - 1, colon  # a press conference's "Q: “…?”": the question's label, its speaker unknown
    if colon >= 1 and (colon == 1 or breaks_paragraph(doc[colon - 2])) and interview_question_before(idx, colon - 1) is not None:
        return colon, colon - 1, colon  # "A: “…”" after a "Q: “…?”" line: the one interviewed answers
    if colon >= 1 and (colon == 1 or breaks_paragraph(doc[colon - 2])) and _one_word_name(idx, doc[colon - 1]):
        return colon, colon - 1, colon  # "Reid: ‘…’" opening a line, whoever "Harry Reid" is elsewhere (tagged or not here)
    if colon >= 2 and _one_word_name(idx, doc[colon - 1]) and _headline_role_before(idx, colon - 1, colon):
        return colon, colon - 1, colon  # "Sacked boss Tolland: “…”", the surname untagged there
    first, words = colon, 0
    while first > 0 and words < COLON_NAME_MAX_WORDS and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first, words = first - 1, words + 1
        if first > 1 and doc[first - 1].lower_ == "and" and doc[first - 2].pos_ == "PROPN":
            first, words = first - 1, 0  # a second name before "and"
    if first == colon or doc[first].lower_ == "and":
        return None
    if first > 0 and doc[first - 1].text in DASHES:
        return colon, first, colon
    if (first == 0 or breaks_paragraph(doc[first - 1])) and _named_elsewhere(idx, doc[first:colon]):
        return colon, first, colon  # "Mayor Ilka Fodor: ‘…’" opening a line, "Fodor" a person elsewhere
    return None


def _title_speaker(idx: DocIndex, first: int, last: int) -> Attribution | None:
    """The speaker fields of a headline's lone title ("Mayor: ‘…’"): a person, whom the story
    names later (``titled_later``), not a name of its own; None for anything but a lone title."""
    doc = idx.doc
    if last - first != 1 or doc[first].text not in LONE_TITLES:
        return None
    title = doc[first]
    out = Attribution(parts=[], speaker_text=title.text, speaker_start=title.idx, speaker_end=title.idx + len(title.text),
                      speaker_kind="person")
    named = titled_later(idx, title.text, last)
    if isinstance(named, Span):
        out.ref = (named.start_char, named.end_char)  # "Mayor Ana Ruiz said …", tagged
    else:
        out.ref_name = named
    return out


def titled_later(idx: DocIndex, title: str, after: int) -> Span | str | None:
    """Who a headline's lone title is: the first "<title> <Name>" after token ``after`` ("Mayor
    Ana Ruiz said …"), as the PERSON entity when the model tagged one, else the proper nouns as
    written; None when the story never names them."""
    doc = idx.doc
    for k in range(after, len(doc) - 1):
        if doc[k].text != title or doc[k + 1].pos_ != "PROPN" or not doc[k + 1].text[:1].isupper():
            continue
        ent = idx.ent_of.get(k + 1)
        if ent is not None and ent.label_ == "PERSON":
            return ent
        end = k + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - k <= 3:
            end += 1
        return doc[k + 1 : end].text
    return None


def _named_elsewhere(idx: DocIndex, words: Span) -> bool:
    """Whether a run of two or more proper nouns the entity model left untagged ends in a word
    that is a name elsewhere in the document ("Ilka Fodor" when "Fodor said" is tagged PERSON
    later; ORG or HANDLE too): evidence that a line's "Name:" names someone, not a label
    ("Live Updates:")."""
    if len(words) < 2 or any(t.ent_type_ or t.is_upper for t in words):
        return False
    last = words[-1].text
    return any(ent.label_ in SIGNER_LABELS and any(t.text == last for t in ent) for ent in idx.ents)


def _another_colon(idx: DocIndex, colon: int) -> tuple[int, int, int] | None:
    """"Another:", "A third:" opening a sentence before a quote, in a run of quoted reactions
    ("“…,” wrote one viewer. Another: “…”"): one more of them speaks through the colon."""
    doc = idx.doc
    first = colon - 1
    if first > 0 and doc[first].lower_ in ORDINAL_HEADS and doc[first - 1].lower_ == "a":
        first -= 1
    elif doc[first].lower_ != "another":
        return None
    opens = first == 0 or breaks_paragraph(doc[first - 1]) or doc[first - 1].text in SENTENCE_END or idx.inside[first - 1]
    return (colon, first, colon) if opens and doc[first].is_title else None


BULLETS = frozenset({"\u2022", "\u00b7", "*", "-", "\u2013", "\u2014", "\u25aa", "\u25cf"})
LINE_OPENER_MAX_TOKENS = 16


def _described_line_opener(idx: DocIndex, colon: int) -> tuple[int, int, int] | None:
    """A name or a person opening a line, perhaps after a bullet or a live blog's time stamp,
    then a comma and what describes them, then the colon of a quote ("• Ana Ruiz, 45: “…”", "•
    Ian Lee, 29, who ran his first marathon: “…”", "• One runner, still in his club vest: “…”",
    "21:40 — Race director Ana Ruiz, at the finish line: “…”"; a name alone also after a
    sentence of the line, "The meeting is over. Villaseñor, on his way out: “…”"): a round-up
    of voices, or a live blog's entries, each line its speaker's. No verb between the name and
    the colon but in a clause after "who"/"whose"/"whom". Returns the colon's token and the
    speaker's token range, or None."""
    doc = idx.doc
    start = colon
    while start > 0 and not breaks_paragraph(doc[start - 1]):
        start -= 1
    start = _after_time_stamp(doc, start, colon)
    while start < colon and (doc[start].text in BULLETS or doc[start].is_space):
        start += 1
    ends = [t.i for t in doc[start:colon] if t.text in SENTENCE_END and not idx.inside[t.i]]
    later = bool(ends)
    if later:
        start = ends[-1] + 1  # a live blog's entry that goes on: "The meeting is over. Villaseñor, on his way out: “…”"
    if colon - start > LINE_OPENER_MAX_TOKENS or start >= colon or any(idx.inside[t.i] for t in doc[start:colon]):
        return None
    ent = idx.ent_of.get(start)
    role = None if later else _name_after_role(idx, start, colon)
    if later and (ent is None or ent.start != start or ent.label_ not in SIGNER_LABELS):
        return None  # after a sentence, only a name opens the voice's words
    if role is not None:
        start, end = role.start, role.end  # "Race director Ana Ruiz, …": the name speaks
    elif ent is not None and ent.start == start and ent.label_ in SIGNER_LABELS:
        end = ent.end
    else:
        end = start
        while end < colon and doc[end].text != "," and (doc[end].is_alpha or doc[end].is_digit):
            end += 1
        head = doc[end - 1] if end > start else None
        if head is None or head.pos_ not in {"NOUN", "PROPN"} or end - start > 4:
            return None  # "• One runner, …": a noun phrase of at most four words
    if end >= colon or doc[end].text != ",":
        return None
    relative = False
    for t in doc[end:colon]:
        relative = relative or t.lower_ in {"who", "whose", "whom"}
        if t.pos_ in {"VERB", "AUX"} and not relative:
            return None  # "Ana Ruiz, however, said:": a clause with its own cue
    return colon, start, end


def _verbless_lead_in(idx: DocIndex, mark: int) -> Span | None:
    """The words from the start of the sentence (or line) to a colon or question mark at token
    ``mark``, when they are at most ``LINE_OPENER_MAX_TOKENS`` and hold no verb and no quoted
    word ("And from @jo_reads on X", "His verdict"); None otherwise."""
    doc = idx.doc
    start = mark
    while start > 0 and not breaks_paragraph(doc[start - 1]) and doc[start - 1].text not in SENTENCE_END:
        start -= 1
    if mark - start > LINE_OPENER_MAX_TOKENS or any(idx.inside[t.i] or t.pos_ in {"VERB", "AUX"} for t in doc[start:mark]):
        return None
    return doc[start:mark]


def _from_whom(idx: DocIndex, colon: int) -> tuple[int, int, int] | None:
    """A verbless lead-in before the colon of a quote that says whom the words are from, its
    "from" followed by more than the name ("And from @jo_reads on X: ‘…’", "A last word from
    Tregenza, in a voice note: “…”", "First question from the floor, from a patient in a red
    fleece: “…”"): a live blog's or a round-up's entry, the words the sender's. The first "from"
    whose object is a person, an organisation or a handle, or a noun for people, is the
    speaker ("the floor" is no one). Returns the colon's token and the speaker's token range, or
    None (a lead-in with a verb of its own: "Jo came back from the shop:" is no sender's)."""
    doc = idx.doc
    words = _verbless_lead_in(idx, colon)
    if words is None:
        return None
    for t in words:
        if t.lower_ != "from" or t.dep_ != "prep":
            continue
        for o in t.children:
            if o.dep_ != "pobj":
                continue
            ent = idx.ent_of.get(o.i)
            if ent is not None and ent.label_ in SIGNER_LABELS and ent.end <= colon:
                return colon, ent.start, ent.end
            if o.pos_ == "NOUN" and (o.lower_ in SENDER_NOUNS or o.lemma_.lower() in SENDER_NOUNS):
                return colon, o.left_edge.i, min(o.right_edge.i + 1, colon)
    return None


# nouns for what someone says, which a possessive before a colon or a question mark hands to
# its owner ("His verdict? ‘…’", "Her advice to newcomers: “…”", "The sheriff's message to
# sightseers: “…”")
SAYING_NOUNS = frozenset(
    "verdict answer reply response message advice warning plea view take reaction explanation excuse "  # noqa: SIM905
    "conclusion prediction summary assessment instruction request promise motto mantra".split()
)


def _whose_words(idx: DocIndex, mark: int) -> tuple[int, int, int] | None:
    """A verbless lead-in before a colon or a question mark, headed by a noun for what someone
    says with a possessive on it ("His verdict? ‘…’", "The sheriff's message to sightseers:
    “…”"): the possessor is the speaker. Returns the mark's token and the possessor's token
    range, or None."""
    words = _verbless_lead_in(idx, mark)
    if words is None or not len(words):
        return None
    head = words.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in SAYING_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i >= words.start), None)
    return (mark, owner.left_edge.i, owner.i + 1) if owner is not None else None


def _after_time_stamp(doc: Doc, start: int, colon: int) -> int:
    """Where a line's words begin after a live blog's time stamp and its dash ("21:40 —", "9.05pm
    -", "10:32 a.m. –"), or a clock time right before a capitalised word ("01:06 Jo Pike, …");
    ``start`` when the line has none."""
    for i in range(start, min(colon, start + TIME_STAMP_MAX_TOKENS)):
        if doc[i].text in DASHES:
            stamp = [t for t in doc[start:i] if not t.is_space]
            if stamp and any(c.isdigit() for c in stamp[0].text) and all(t.is_punct or t.like_num or any(c.isdigit() for c in t.text) or t.lower_.rstrip(".") in CLOCK_WORDS for t in stamp):
                return i + 1
            return start
    if start + 1 < colon and CLOCK_TIME.fullmatch(doc[start].text):
        # no dash: "01:06 Jo Pike, in her speech:", the time then a capitalised word
        after = start + 1
        while after < colon and (doc[after].lower_.rstrip(".") in CLOCK_WORDS or doc[after].is_space):
            after += 1
        if after < colon and doc[after].text[:1].isupper():
            return after
    return start


TIME_STAMP_MAX_TOKENS = 5
CLOCK_WORDS = frozenset({"am", "pm", "a.m", "p.m", "bst", "gmt", "cet", "cest", "et", "pt", "utc"})
ROLE_BEFORE_NAME_MAX_WORDS = 3


def _name_after_role(idx: DocIndex, start: int, colon: int) -> Span | None:
    """A person named after a role of a few words that opens the line and before a comma ("Race
    director Ana Ruiz, at the finish line:"): the person's entity, or None."""
    doc = idx.doc
    for i in range(start + 1, min(colon, start + ROLE_BEFORE_NAME_MAX_WORDS + 1)):
        ent = idx.ent_of.get(i)
        if ent is not None and ent.start == i and ent.label_ == "PERSON":
            if ent.end < colon and doc[ent.end].text == "," and all(t.is_alpha for t in doc[start:i]):
                return ent
            return None
    return None


def _one_word_name(idx: DocIndex, word: Token) -> bool:
    """Whether one untagged word opening a line is a person's surname or an organisation's name
    tagged elsewhere (``tagged_elsewhere``: "Reid" when "Harry Reid" is tagged): evidence that
    "Reid:" names someone, not a label ("Update:")."""
    return not word.ent_type_ and word.is_title and tagged_elsewhere(idx, word, idx.doc[word.i : word.i + 1]) is not None


HEADLINE_SUBJECT_MAX_WORDS = 20  # a headline's words, quote included
NOT_A_PREDICATE = frozenset({"and", "or", "&", "'s", "\u2019s", "'", "\u2019", "of", "for"})


def _headline_subject(idx: DocIndex, colon: int) -> tuple[int, int, int] | None:
    """The subject of a headline that says what someone did before the colon of their quote
    ("Ana Ruiz Praises Ferry Crew: ‘…’", "Ruiz on the budget: ‘…’", "Harbour Board slams plan:
    ‘…’"): a person or organisation opening the line, tagged or a surname tagged elsewhere
    (``_one_word_name``), followed by a word that is not part of a longer name ("Ruiz and
    Lee", "Ruiz's"). Only in a headline: the document's first line, or a short line in Title
    Case. Returns the colon's token and the subject's token range, or None."""
    doc = idx.doc
    start = colon
    while start > 0 and not breaks_paragraph(doc[start - 1]):
        start -= 1
    end = colon
    while end < len(doc) and not breaks_paragraph(doc[end]):
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or len(words) > HEADLINE_SUBJECT_MAX_WORDS or any(t.text in SENTENCE_END for t in doc[start:colon]):
        return None
    if start > 0 and sum(t.is_title or t.is_upper for t in words) < 0.6 * len(words):
        return None  # not the first line, and not in Title Case: a sentence, not a headline
    first = start
    while first < colon and doc[first].text.rstrip(".") in NAME_TITLES:
        first += 1  # "Mayor Ana Ruiz Backs …"
    ent = idx.ent_of.get(first)
    if ent is not None and ent.start == first and ent.label_ in SIGNER_LABELS:
        last = ent.end
    elif ent is None and _one_word_name(idx, doc[first]):
        last = first + 1
    else:
        return None
    if last >= colon or not doc[last].is_alpha or doc[last].lower_ in NOT_A_PREDICATE:
        return None  # "Ruiz: ‘…’" is ``_colon_name``'s; "Ruiz and Lee: ‘…’", "Ruiz's plan: ‘…’" are not a subject's
    if last == colon - 1 and doc[last].is_lower and doc[last].pos_ == "NOUN" and doc[last].tag_ != "NNS":
        return None  # "Harnmoor founder: ‘…’": an organisation and a role, ``_headline_description``'s
    if any(t.text in DASHES for t in doc[last:colon]):
        return None  # "Harbour Board vote delayed - Mayor Ruiz: ‘…’": the name after the dash speaks
    if ent is not None and ent.label_ == "ORG" and colon - last <= 2 and doc[colon - 1].lower_ in APPOSED_ROLES and doc[colon - 1].tag_ == "NN":
        return None  # "Harnmoor founder: ‘…’": the organisation's founder, a role (``_headline_description``)
    return colon, first, last


SIGNATURE_MAX_WORDS = 5  # "― Christina N Luis Olidem"


def _signature(idx: DocIndex, q: QuoteSpan) -> tuple[int, int, int] | None:
    """A quote that opens its paragraph and is signed at its end by a dash and a name ("“…” ―
    Jane Doe", "“…” — Jane Doe, 34, a nurse", "“…”--Acme Corp."): the name is the speaker,
    the dash the cue. Returns the dash's token and the name's token range, or None."""
    doc, text = idx.doc, idx.text
    if not (q.paragraph_start or CLOCK_LINE_OPENING.fullmatch(text, text.rfind("\n", 0, q.open_char) + 1, q.open_char)) or q.close_char is None:
        return None  # a quote opening its paragraph, or a ticker's line after its time ("23:52 “…” — Jo Pike")
    close = token_at(doc, q.close_char)
    if close is None or breaks_paragraph(close):
        return None
    dash = _after_spaces(doc, close.i + 1)  # past a no-break space: "”\u00a0― Name"
    if dash < len(doc) and doc[dash].text not in DASHES and (last := _paragraphs_signed_close(idx, close)) is not None:
        dash = _after_spaces(doc, last + 1)
    if dash + 1 >= len(doc) or doc[dash].text not in DASHES or breaks_paragraph(doc[dash]):
        return None
    start = dash + 1
    while start < len(doc) and doc[start].is_space and not breaks_paragraph(doc[start]):
        start += 1
    end = start
    if doc[start].lower_ in SIGNING_DETERMINERS:
        end = _unnamed_signer_end(doc, start)  # "“…” — a man in the public seats, to our reporter"
    while end < len(doc) and end - start < SIGNATURE_MAX_WORDS and (end == start or not breaks_paragraph(doc[end - 1])):
        word = doc[end].text
        if not (word[:1].isupper() and word[:1].isalpha() or (end > start and word in NAME_PARTICLES)):
            break
        end += 1
    while end > start and doc[end - 1].text in NAME_PARTICLES:
        end -= 1
    ent = idx.ent_of.get(start)
    if ent is not None and ent.label_ in SIGNER_LABELS and not any(breaks_paragraph(t) for t in doc[start : ent.end - 1]):
        end = max(end, ent.end)  # "Nell" tagged ORG, then "Carden Grey"
    while end > start and doc[end - 1].is_space:
        end -= 1  # the model may tag the line break too
    if end == start or any(breaks_paragraph(doc[i]) for i in range(dash, end - 1)):
        return None
    para_end = text.find("\n", doc[end - 1].idx)
    rest = text[doc[end - 1].idx + len(doc[end - 1]) : len(text) if para_end == -1 else para_end].strip()
    if rest not in {"", "."} and not rest.startswith((",", "(")):
        return None  # "“…” — Duysak told the paper …": a sentence, not a signature
    return dash, start, end


def _after_spaces(doc: Doc, i: int) -> int:
    """The first token from ``i`` that is not a space within the paragraph."""
    while i < len(doc) and doc[i].is_space and not breaks_paragraph(doc[i]):
        i += 1
    return i


def _paragraphs_signed_close(idx: DocIndex, close: Token) -> int | None:
    """When narration and another quote come between a quote's close and its paragraph's
    signature, the closing mark of the paragraph's last quote, the one the dash follows ("“A.”
    And that is all he has “B.” ― Jo Lee": Jo Lee signs both); None when no dash follows it or a
    speech verb comes between ("“A,” Jo said. “B.” ― …": the first quote has its own speaker)."""
    doc = idx.doc
    last = None
    i = close.i + 1
    while i < len(doc) and not breaks_paragraph(doc[i]):
        if idx.inside[i] and doc[i].text in CLOSING_MARKS and (i + 1 == len(doc) or not idx.inside[i + 1]):
            last = i
        i += 1
    if last is None:
        return None
    dash = _after_spaces(doc, last + 1)
    if dash >= len(doc) or doc[dash].text not in DASHES:
        return None
    return None if any(not idx.inside[t.i] and idx.is_cue(t) for t in doc[close.i + 1 : last]) else last


CLOSING_MARKS = frozenset("\u201d\u2019\u00bb\u203a\"")
SIGNING_DETERMINERS = frozenset({"a", "an", "one", "another"})
CLOCK_LINE_OPENING = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ap]m)?[ \t]+")
UNNAMED_SIGNER_MAX_WORDS = 8


def _unnamed_signer_end(doc: Doc, start: int) -> int:
    """Where an unnamed signer's noun phrase ends after a signature's dash ("a man in the public
    seats", "one voter", up to a comma or the paragraph's end): a determiner, then words with a
    noun among them, no verb; ``start`` when the words are no such phrase."""
    end = start + 1
    while (end < len(doc) and end - start < UNNAMED_SIGNER_MAX_WORDS and doc[end].text not in {",", ".", ";"}
           and not breaks_paragraph(doc[end]) and not doc[end].is_space):
        if doc[end].pos_ in {"VERB", "AUX"}:
            return start
        end += 1
    return end if any(t.pos_ == "NOUN" for t in doc[start + 1 : end]) else start


def _signature_before(idx: DocIndex, q: QuoteSpan, open_tok: Token | None) -> tuple[int, int, int] | None:
    """A quote that ends its paragraph after a name and a spaced dash opening it ("Jane Doe —
    “…”", "Acme Corp – “…”": reader reactions, pull quotes): the name is the speaker, the dash the
    cue. The name is a person, organisation or handle the entity model found, with up to three
    capitalised words (a title) before it, or two or more proper nouns it left untagged (not a
    place or a date); "The verdict — “a disgrace” — …" has neither. Returns the dash's token and
    the name's token range, or None."""
    if open_tok is None or q.close_char is None or not q.paragraph_end:
        return None
    doc = idx.doc
    dash = open_tok.i - 1
    while dash > 0 and doc[dash].is_space and not breaks_paragraph(doc[dash]):
        dash -= 1  # a no-break space: "Name —\u00a0“"
    end = dash
    while end > 0 and doc[end - 1].is_space and not breaks_paragraph(doc[end - 1]):
        end -= 1
    spaced = (end < dash or doc[end - 1].whitespace_) and (dash < open_tok.i - 1 or doc[dash].whitespace_)
    if end < 1 or doc[dash].text not in DASHES or not spaced:
        return None  # "FAREWELL—“…”": a headline's label, not a name
    first = end
    while first > 0 and end - first < SIGNATURE_MAX_WORDS and not breaks_paragraph(doc[first - 1]):
        first -= 1
    if first > 0 and not breaks_paragraph(doc[first - 1]):
        return None  # more than a name before the dash
    ent = idx.ent_of.get(end - 1)
    if ent is not None:
        titles = doc[first : ent.start]
        if ent.label_ not in SIGNER_LABELS or ent.end != end or len(titles) > 3 or not all(t.text[:1].isupper() for t in titles):
            return None
        return dash, first, end
    words = doc[first:end]
    if len(words) < 2 or any(t.ent_type_ or t.pos_ != "PROPN" or t.is_upper for t in words):
        return None
    return dash, first, end


NAMING_CUES = frozenset({"call", "name", "dub", "nickname", "know", "term"})


def _names_a_thing(cue: Token, inner: str, open_tok: Token | None = None) -> bool:
    """A short quote in capitals after a naming verb in a relative clause whose object is the
    relative pronoun ("the trophy that artists call “the Pint”", "a bridge which locals dub
    “the Old Lady”"): the name of the thing the clause is about, not speech. Since 2026-12-08
    also after a naming verb with any object, the quote the name it gives ("Villagers call the
    mill „die alte Dame“", "Staff call it ‘the Archdeacon’", "Locals have long called the lane
    « le Boyau »"): a name in capitals or opening with another language's article
    (``NAME_ARTICLES``), not after "a" or "an" ("called him a “Stalinist”": a judgment), nor
    when one person gives it ("Ruiz calls the senator “Sammy.”": a taunt, their words)."""
    if len(inner.split()) >= MIN_UNATTRIBUTED_WORDS or verb_lemma(cue) not in NAMING_CUES:
        return False
    letters = re.findall(r"[^\W\d_]+", inner)
    words = [w for w in letters if w.lower() != "the"]
    named = bool(words) and all(w[0].isupper() for w in words)
    if named and cue.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in cue.children):
        return True
    foreign = len(letters) >= 2 and letters[0].lower() in NAME_ARTICLES
    judged = open_tok is not None and open_tok.i > 0 and open_tok.doc[open_tok.i - 1].lower_ in {"a", "an"}
    if not (named or foreign) or judged:
        return False  # "which he called “a disgrace”", "called him a “Stalinist”": a judgment, his words
    if any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or c.lower_ in {"he", "she"}) for c in cue.children):
        return False  # "Ruiz calls the senator “Sammy.”": one person's taunt, their words
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in cue.children) or (
        cue.dep_ == "relcl" and cue.head.pos_ in {"NOUN", "PROPN"})  # "the stretch club runners call ‘the Hairpin’"


# articles a name in another language opens with ("« le Boyau »", "„die alte Dame“")
NAME_ARTICLES = frozenset({"le", "la", "les", "l", "der", "die", "das", "el", "los", "las", "il", "lo", "het", "de"})


def _so_called(text: str, q: QuoteSpan) -> bool:
    """Whether "so-called" (or "so called") stands right before the quote's opening mark."""
    if q.open_char is None:
        return False
    before = text[max(q.open_char - 12, 0) : q.open_char].rstrip().lower()
    return before.endswith(("so-called", "so called", "so\u2011called"))


_KNOWN_AS = re.compile(r"\b(?:known|nicknamed)(?:\s+[\w\u2019']+){0,4}?\s+as\s*$|\bnicknamed\s*$", re.IGNORECASE)
NAME_MAX_WORDS = 4  # "known locally as “the Old Grey Lady”"


# what carries a few words for all to see, not a message from anyone in particular
DISPLAY_NOUNS = frozenset({"banner", "placard", "poster", "sign", "card", "shirt", "t-shirt", "badge", "sticker", "board", "billboard"})


def _displayed(cue: Token, open_tok: Token | None) -> bool:
    """Whether the quote is what a banner, placard, sign or T-shirt shows, by "read(ing)" in a
    clause on that noun and no colon ("a banner reading « Pickersgill out »", "placards that
    read ‘Pay Us, Idris’", "Posters reading 'Shade Is Free'"): no one's speech. Not "A sign
    reads: “…”" (the sign the subject, its owner its speaker) nor "leaflets that read: “…”"."""
    if verb_lemma(cue) != "read" or cue.dep_ not in {"acl", "relcl"} or open_tok is None:
        return False
    if any(t.text == ":" for t in cue.doc[cue.i : open_tok.i]):
        return False
    noun = cue.head
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in DISPLAY_NOUNS or noun.lower_.rstrip("s") in DISPLAY_NOUNS)


_TITLED = re.compile(r"\b(?:titled|entitled|headed|headlined|subject line|slogan)\s*,?\s*$", re.IGNORECASE)


def _titled(text: str, q: QuoteSpan) -> bool:
    """Whether a quote is the title something is given right before it ("calendar invites titled
    “Quick sync”", "a page headed “Refunds”", "an email with the subject line “…”", "under the
    slogan ‘…’"): a title, not anyone's words."""
    if q.open_char is None or len(text[q.start : q.end].split()) > TITLE_MAX_WORDS:
        return False  # a long one is a piece's headline, which quotes its writer ("an editorial, entitled “…”")
    return bool(_TITLED.search(_line_before(text, q.open_char, 40)))


TITLE_MAX_WORDS = 7


def _known_as(text: str, q: QuoteSpan, inner: str) -> bool:
    """Whether a short quote is a name something is known by ("the bridge, known on the island
    as “the Creaky One,” will stay shut", "nicknamed ‘Spreadsheet Sam’"): a name, not anyone's
    words, whatever cue comes after it."""
    if q.open_char is None or len(inner.split()) > NAME_MAX_WORDS:
        return False
    return bool(_KNOWN_AS.search(_line_before(text, q.open_char, 80)))


def _line_before(text: str, pos: int, most: int) -> str:
    """The text of ``pos``'s line before it, at most its last ``most`` characters."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text[max(line_start, pos - most) : pos]


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


def _coordinated(text: str, start: int, end: int) -> bool:
    """Whether only "and"/"or" (commas and marks aside) stand between two quotes ("‘A’ and ‘B’",
    "“A,” “B” or “C”")."""
    words = [w for w in text[start:end].replace(",", " ").split() if any(c.isalnum() for c in w)]
    return len(words) == 1 and words[0].strip("'\u2018\u2019\u201c\u201d\"").lower() in {"and", "or"}


def _gap_is_marks(text: str, start: int, end: int) -> bool:
    return all(not c.isalnum() for c in text[start:end])


TITLE_MAX_WORDS = 10
TITLE_CUE_GAP = 4  # tokens from a speech verb to a Title-Case quote that is its object ("called the scheme “…”")
TITLE_SMALL_WORDS = frozenset("a an and at by for in of on or the to with & vs".split())  # noqa: SIM905
# a role noun right after the closing mark: the quote names the work ("“Broad City” star …")
WORK_ROLE_AFTER = re.compile(
    r"\s+(?:co-)?(?:star|host|actor|actress|creator|author|director|producer|showrunner|presenter|cast)s?\b", re.IGNORECASE
)
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
    if q.close_char is not None and not text[q.end : q.close_char].strip() and WORK_ROLE_AFTER.match(text, q.close_char + 1):
        return "introduced"  # "“Broad City” star …", "“The Salt Road” Author Speaks Out": a work's people
    para_lo = text.rfind("\n", 0, q.open_char) + 1
    before = _text_before_mark(text, para_lo, q.open_char)
    para_hi = text.find("\n", q.end)
    rest = before.split() + text[q.end : len(text) if para_hi == -1 else para_hi].split()
    if sum(1 for w in rest if w[:1].islower() and w not in TITLE_SMALL_WORDS) < 3:
        return None  # a Title-Case headline: its quotes are quotes
    last = before.split()[-1].rstrip(",:") if before.split() else ""  # "his 2012 book, “…”": in apposition
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


_WHEN = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         "August|September|October|November|December|Christmas|Easter|New Year|Spring|Summer|Autumn|Fall|Winter")
BYLINE = re.compile(r"\s*,?\s*by\s+(?:the\s+)?(?!(?:" + _WHEN + r")\b)[A-Z]")  # not "by Friday", a deadline


def bylined(text: str, q: QuoteSpan) -> bool:
    """Whether a quote is the headline or title of a piece named with its byline: its words end
    with a comma and "by" and a capitalised name follow the closing mark ("“Pier to close in
    June,” by Harbour Post's Ana Ruiz: …", "“The Salt Road,” by Jo Lin"): a work, not words
    anyone said. Not a passive's agent ("was “shocked” by the verdict", "“rocked,” by the
    storm": a lower-case word after "by"), nor a deadline ("“We will finish,” by Friday, …")."""
    if q.close_char is None or "," not in text[q.end : q.close_char]:
        return False
    return BYLINE.match(text, q.close_char + 1) is not None


BYLINE_COLON = re.compile(r"\s*,?\s*by\s+[^\n:\u201c\u201d\"]{1,60}:\s*$")


def excerpt_after_byline(text: str, headline: QuoteSpan, q: QuoteSpan) -> bool:
    """Whether a quote is the excerpt of a bylined piece, right after the byline and a colon in
    the headline's paragraph ("“Pier to close,” by Harbour Post's Ana Ruiz: “The pier …”"): the
    piece's text as a reading list cites it, not someone's speech."""
    if headline.close_char is None or headline.close_char > q.open_char:
        return False
    return BYLINE_COLON.match(text[headline.close_char + 1 : q.open_char]) is not None


def attribute_quotes(doc: Doc, spans: list[QuoteSpan], idx: DocIndex | None = None) -> list[Attribution]:
    """Direct quotes with cues and speakers: split quotes joined, floating quotes attributed,
    unattributed scare quotes dropped. ``idx``: the document's ``DocIndex`` of ``spans``, when at hand."""
    idx = idx if idx is not None else DocIndex(doc, spans)
    text = doc_text(doc)
    found: list[tuple[Attribution, QuoteSpan]] = []
    byline: QuoteSpan | None = None  # the last headline with a byline ("“…,” by Jo Lin: “…”")
    for q in spans:
        if _so_called(text, q) or _known_as(text, q, text[q.start : q.end]) or _titled(text, q):
            continue  # "its so-called “privacy zones”", "known locally as “the Knot”": the writer's term, not anyone's words
        if nickname_in_a_name(text, q):
            continue  # 'Marcia "Cia" Price', "Thomas “Tommy” Okafor": part of a name, not anyone's words
        title = work_title(text, q)
        if byline is not None and excerpt_after_byline(text, byline, q):
            continue  # the piece's own words after its byline, not speech
        if title == "introduced" or bylined(text, q):
            byline = q
            continue
        att = Attribution(parts=list(q.parts), open_char=q.open_char, close_char=q.close_char)
        open_tok = token_at(doc, q.open_char)
        close_tok = token_at(doc, q.close_char) if q.close_char is not None else None
        inner = text[q.open_char + 1 : q.close_char if q.close_char is not None else q.end]
        after = find_cue_after(idx, close_tok.i) if close_tok is not None and not new_sentence_after(doc, close_tok, inner) else None
        before = find_cue_before(idx, open_tok.i) if open_tok is not None else None
        cue = (before or after) if ends_sentence(inner) or not _hands_over(text, q, inner) else (after or before)
        if after is not None and any(c.dep_ == "mark" and c.lower_ == "as" for c in after.children) and puts_it(after):
            cue = after  # "asked the club to enter – ‘a long shot’, as their coach put it": the coach's words
        # words in capitals handed over with a comma to the cue right after them are shouted or
        # posted, not a title ("‘NO MORE CUTS,’ posted …"; "“The View,” said" stays a title)
        handed = (after is not None and cue is after and inner.rstrip().endswith(",") and inner.isupper()
                  and idx.right_after_quote(after))
        if title == "bare" and not handed and (cue is None or cue is not before or open_tok is None or open_tok.i - cue.i > TITLE_CUE_GAP):
            continue  # a Title-Case name, not the object of the speech verb just before it ("chanted “Bring Back …”")
        if cue is None:
            cue = find_cue_above(idx, tokens_between(doc, q.start, q.end))
        if cue is None and open_tok is not None:
            cue = find_colon_verb(idx, open_tok.i, COLON_SPEAKERS, _speaks_through_a_colon)
        if cue is None and open_tok is not None and len(inner.split()) >= ACCORDING_MIN_WORDS:
            cue = _according_before(idx, open_tok)
        if cue is None and title is None:  # a fragment a reporting construction attributes ("denounced the cuts as “cruel”")
            words = tokens_between(doc, q.start, q.end)
            cue = find_labelling_verb(idx, words) or find_reporting_verb(idx, words)
        if cue is None and title is None and open_tok is not None and len(inner.split()) >= MIN_UNATTRIBUTED_WORDS:
            cue = find_that_clause_verb(idx, open_tok.i)  # "Okafor worried that the bypass was “a road to nowhere …”"
        if cue is None and title is None and len(inner.split()) >= MIN_UNATTRIBUTED_WORDS:
            cue = _expressing_verb(idx, tokens_between(doc, q.start, q.end))  # "Okafor thanked the crew for “…”"
        if cue is None and title is None and not _headline_role_quote(idx, att):
            cue = _headline_verb(idx, tokens_between(doc, q.start, q.end))  # "Council admits ‘embarrassing’ error"
        if cue is not None and _displayed(cue, open_tok):
            continue  # "a banner reading « Pickersgill out »", "placards that read ‘Pay Us’": what a thing shows
        if cue is not None and _names_a_thing(cue, inner, open_tok):
            continue  # "the trophy that artists call “the Pint”": a thing's name, no one's words
        signed = _signature(idx, q) or _signature_before(idx, q, open_tok)
        named = _colon_name(idx, open_tok.i) if open_tok is not None and signed is None else None
        if named is not None and cue is not None and cue.i > named[1]:
            named = None  # a speech verb after the name ("Rivera: Ames said “…”", "Rivera: “…,” she said") is the cue
        if signed is not None:
            dash, first, last = signed
            att.cue, att.cue_token = doc[dash].text, dash
            head = doc[first:last].root if doc[first].is_lower else doc[last - 1]  # "a man in the seats": "man"
            att.take_speaker(classify_speaker(idx, head, first, last))
            att.notes.append("signed")
            if _embedded_post_signature(idx, first, last):
                # "― Jo Lee (@jolee) March 2, 2026": a post by a member of the public; a display
                # name the model takes for an organisation's ("― Quarry Fen (@quarry_fen)") gives way to the handle
                if att.speaker_kind != "person":
                    att.take_speaker(classify_speaker(idx, doc[last + 1], last + 1, last + 2))
                att.public = True
        elif named is not None:
            colon, first, last = named  # "Pollsters disagree - Rivera: “…”": the name, not the verb before the dash
            att.cue, att.cue_token = doc[colon].text, colon  # ":", or the "?" of "His verdict? ‘…’"
            att.take_speaker(_title_speaker(idx, first, last) or classify_speaker(idx, doc[first:last].root, first, last))
        elif cue is not None:
            attribute_to(idx, att, cue)
            word = token_at(doc, att.speaker_start) if att.speaker_start is not None else None
            if word is not None and att.speaker_end == word.idx + len(word.text) and word.idx <= headline_end(text):
                # a headline's lone title as the subject of its verb ("Sheriff tells Farcombe: “…”",
                # the title tagged PERSON): whom the story names with it
                titled = _title_speaker(idx, word.i, word.i + 1)
                if titled is not None:
                    att.take_speaker(titled)
        found.append((att, q))
    kept: list[Attribution] = []
    for att, q in found:
        prev = kept[-1] if kept else None
        same_para = prev is not None and prev.close_char is not None and "\n" not in text[prev.close_char : q.open_char]
        # ``cued``: the previous quote, when its cue clause stands between the two quotes and this
        # one has no cue of its own: this one continues it, or is a title or scare quote in it
        cued = (
            prev
            if prev is not None
            and same_para
            and prev.cue_token is not None
            and (att.cue_token in (None, prev.cue_token) or _adjunct_of_cue(doc, att.cue_token, prev.cue_token, q.open_char))
            and prev.close_char < doc[prev.cue_token].idx < q.open_char  # type: ignore[operator]
            else None
        )
        lead = _text_before_mark(text, 0, q.open_char) if cued is not None else ""
        if cued is not None and lead.rstrip(" ,").lower().endswith((", and", ", but", " and then")):
            att.take_speaker(cued, cue=True)  # "“A,” she said, and “B.”": B is hers too
            att.cue_token = cued.cue_token
            att.notes.append("continued")
            kept.append(att)
            continue
        if cued is not None and lead[-1:].isalnum() and len(text[att.start : att.end].split()) < MIN_UNATTRIBUTED_WORDS:
            continue  # a title or scare quote inside the cue clause ("“…,” she told “Morning Report”")
        if cued is not None and only_cue_between(idx, cued.close_char, q.open_char, cued.cue_token):  # type: ignore[arg-type]
            cued.parts.extend(att.parts)
            cued.close_char = att.close_char
            cued.notes.append("split")
            continue
        if att.speaker_text is None and len(att.parts) == 1 and len(text[att.start : att.end].split()) < MIN_UNATTRIBUTED_WORDS:
            att.cue, att.cue_token = None, None  # a cue without a speaker ("so-called") does not attribute
        if att.cue_token is None and same_para and prev is not None and _coordinated(text, prev.close_char + 1, q.open_char):  # type: ignore[operator]
            att.take_speaker(prev, cue=True)  # "called the plan ‘reckless’ and ‘unworkable’": one list of what was said
            att.cue_token = prev.cue_token
            att.notes.append("coordinated")
        if att.cue_token is None:
            follows = same_para and prev is not None and _gap_is_marks(text, prev.close_char + 1, q.open_char)  # type: ignore[operator]
            sentence_quote = _starts_sentence(text, q.open_char) and len(text[att.start : att.end].split()) >= MIN_UNATTRIBUTED_WORDS
            if prev is not None and (q.paragraph_start or follows or (same_para and sentence_quote and prev.speaker_text)):
                att.take_speaker(prev, cue=True)
                att.notes.append("floating")
            elif len(att.parts) == 1 and len(text[att.start : att.end].split()) < MIN_UNATTRIBUTED_WORDS and not _headline_role_quote(idx, att):
                continue  # a scare quote or a title, not an attribution
        kept.append(att)
    _mark_round_up(text, kept)
    return kept


def _headline_verb(idx: DocIndex, tokens: list[Token]) -> Token | None:
    """The verb of a headline that quotes its subject's words, whatever the verb ("Council admits
    ‘embarrassing’ error", "Head defends ‘better value’ uniform deal", "Founder begs public to
    stop bringing her “perfectly healthy” hogs"): the nearest verb up the tree from the quote's
    words, before the quote in the document's first line (a story below it), whose subject
    before it names someone: a person or an organisation the model tagged, or a noun for people
    or a body (``COLON_SPEAKERS``, ``context_speakers.a_person_noun``: "Council", "Head",
    "founder"); not "Website shows bias …". Headlines quote what their subject said; the story
    below names who that is. Not words all capitalised, a name's or a title's ("Conductor halts
    „Glacier“ Symphony"), nor a quote a colon sets beside a role (``_headline_role_quote``).
    None otherwise."""
    text = idx.text
    if not tokens or tokens[0].idx > headline_end(text) or "\n" not in text:
        return None
    from pipeline.extract.context_speakers import ROLE_ON_NOUNS, a_person_noun  # (context_speakers imports this module)

    if all(t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in tokens if t.is_alpha):
        return None  # "Conductor halts „Glacier“ Symphony", "… in preview clip of ‘The 411.’": a name or a title
    first = tokens[0].i
    tok, steps = tokens[0], 0
    while tok.head.i != tok.i and steps < 8:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in {"VERB", "AUX"} and tok.i < first and not idx.inside[tok.i]:
            subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
            if subject is None:
                continue
            named = subject.i in idx.ent_of and idx.ent_of[subject.i].label_ in {"PERSON", "ORG"}
            return tok if (named or subject.lower_ in COLON_SPEAKERS or subject.lemma_.lower() in COLON_SPEAKERS
                               or a_person_noun(subject) or subject.lower_ in ROLE_ON_NOUNS) else None
    return None


def _headline_role_quote(idx: DocIndex, att: Attribution) -> bool:
    """Whether a short quote with no cue is a headline's, set beside a role by a colon ("Swim
    club chair on sewage tests: “…”", "‘…’: baker’s plea as …"): someone's words, whom
    ``context_speakers.give_headline_speakers`` names, not a scare quote."""
    from pipeline.extract.context_speakers import headline_role  # (context_speakers imports this module)

    text = idx.text
    return att.start <= headline_end(text) and "\n" in text and headline_role(idx, att) is not None


def _adjunct_of_cue(doc: Doc, cue: int | None, prev_cue: int, open_char: int) -> bool:
    """Whether ``cue``, the verb found for a quote, is a participle hanging off the previous
    quote's cue, closed by a comma before this quote opens ("“A,” Tester said, referring to the
    excuse, “B.”"): the clause between the two pieces is still the first cue's, so they are one
    quote. Not a participle that says something itself ("“A,” she said, adding: “B.”", "…,
    noting that “B”", the quote its complement): PolNeAR keeps that as a second quote."""
    if cue is None:
        return False
    tok = doc[cue]
    if tok.head.i != prev_cue or tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return False
    end = tok.right_edge.i + 1
    return end < len(doc) and doc[end].text == "," and doc[end].idx < open_char and not any(
        c.dep_ in ("ccomp", "mark") for c in tok.children)


def _embedded_post_signature(idx: DocIndex, first: int, last: int) -> bool:
    """Whether a quote's signature is an embedded post's ("― Jo Lee (@jolee) March 2, 2026": a
    display name, its handle in brackets, then the line ends) by someone the article does not
    name elsewhere (a member of the public, not "― Mayor Jo Lee (@MayorLee)" of the story)."""
    doc = idx.doc
    if last + 2 >= len(doc) or doc[last].text != "(" or doc[last + 2].text != ")":
        return False
    handle = idx.ent_of.get(last + 1)
    if handle is None or handle.label_ != "HANDLE":
        return False
    line_lo = doc_text(doc).rfind("\n", 0, doc[first].idx) + 1
    line_hi = doc_text(doc).find("\n", doc[first].idx)
    body = doc_text(doc)[:line_lo] + doc_text(doc)[len(doc_text(doc)) if line_hi == -1 else line_hi :]
    if _an_office(doc[first].text):
        return False  # someone the story is about
    return not any(_written_in(body, w) for w in doc[first:last].text.split() if len(w) > 2)


def _an_office(word: str) -> bool:
    """A title of office opening a signature ("― Sen. Jo Lin"), not a courtesy one ("Mr")."""
    title = word.rstrip(".")
    return title in TITLES and title not in COURTESY_TITLES


def _written_in(body: str, word: str) -> bool:
    """Whether ``word`` stands as a word of its own in ``body`` ("Lee", not "Leeds")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", body) is not None


ROUND_UP_MIN = 3  # signed quotes by different people that make an article a round-up of voices


def _mark_round_up(text: str, atts: list[Attribution]) -> None:
    """Signed quotes by at least ``ROUND_UP_MIN`` different people make a round-up of voices (a
    vox pop, "what readers told us"): each signer is a member of the public (``public``, so the
    quote is a public reaction) unless the signature carries an office ("― Sen. Jo Lin"), names an
    organisation, or the name is also in the article outside the signatures (someone the story
    is about: "― Donald Trump")."""
    signed = [a for a in atts if "signed" in a.notes and a.speaker_text]
    if len({a.speaker_text for a in signed}) < ROUND_UP_MIN:
        return
    lines = sorted((text.rfind("\n", 0, a.speaker_start) + 1, text.find("\n", a.speaker_end)) for a in signed)  # type: ignore[arg-type]
    outside, pos = [], 0
    for lo, hi in lines:
        outside.append(text[pos:lo])
        pos = len(text) if hi == -1 else hi
    outside.append(text[pos:])
    body = " ".join(outside)
    for att in signed:
        words = att.speaker_text.replace(".", " ").split()  # type: ignore[union-attr]
        if att.speaker_kind == "person" and not _an_office(words[0]) and not _written_in(body, words[-1]):
            att.public = True
            att.notes.append("round-up")


def _expressing_verb(idx: DocIndex, words: list[Token]) -> Token | None:
    """A verb of thanking, welcoming or offering whose object holds the quote, when its subject
    comes before it ("Okafor thanked the volunteers for “…”"): the noun after it is whom the
    words are for, never their speaker ("“Ferry Tales” star Jo Lin thanked Ames for “…”", whose
    subject the parser found inside the title)."""
    verb = find_expressing_verb(idx, words)
    if verb is None:
        return None
    head = subject_of(idx, verb)
    return verb if head is not None and head.i < verb.i else None


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
