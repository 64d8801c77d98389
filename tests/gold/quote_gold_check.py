"""The checker of the held-out quote golds (``tests/gold/quotes-heldout*/``), shared by each
set's ``check_gold.py``, which gives its folder and its non-quotes. Standard library only. An
article that opens its quotes with the German low mark („…“) has “ as its closing mark only.

Checks that every annotated quote is in its article as annotated (direct quotes bounded by
quotation marks, split quotes in one paragraph, two-paragraph quotes across a paragraph break,
in reading order), that the field values are valid, that reactions.json and the public reactions
in quotes.json are the same set, and that every opening quotation mark in the articles belongs to
an annotated direct quote or to one of the listed non-quotes (scare quotes, titles, a nickname).
Prints the counts; exits 1 on any error.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"direct", "indirect"}
SPEAKER_KINDS = {"person", "organization", "anonymous_public", "unnamed_source", "unknown"}
NAMED_KINDS = {"person", "organization"}
LABELS = {"joke", "relief", "criticism", "other"}
QUOTE_KEYS = {"text", "parts", "spans_paragraphs", "kind", "speaker", "speaker_text", "speaker_kind",
              "cue", "is_public_reaction", "label", "secondary_label", "on_behalf_of"}
REACTION_KEYS = {"origin", "article", "text", "speaker_text", "label", "secondary_label"}

OPEN = "“‘«„\"'"
CLOSE = "”’»“\"'"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def opening_marks(text):
    """Offsets of the opening quotation marks in text. In a text that uses German marks („…“),
    “ closes a quote and is not counted."""
    german = "„" in text
    out = []
    for i, ch in enumerate(text):
        if german and ch == "“":
            continue
        prev = text[i - 1] if i else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if (ch in "“‘«„" or (ch == '"' and (prev.isspace() or prev in "(["))
                or (ch == "'" and prev.isspace() and nxt.isalnum())):
            out.append(i)
    return out


def bounded(text, start, end, close_after=True):
    """The span [start, end) has an opening mark just before it and (optionally) a closing one after."""
    if start == 0 or text[start - 1] not in OPEN:
        return False
    return not close_after or (end < len(text) and text[end] in CLOSE)


def find_bounded(text, piece, cursor, close_after=True, line_end=False):
    """First occurrence of piece at or after cursor wrapped in quotation marks; -1 if none."""
    i = text.find(piece, cursor)
    while i != -1:
        end = i + len(piece)
        if line_end:
            ok = bounded(text, i, end, close_after=False) and text[end:end + 1] == "\n"
        else:
            ok = bounded(text, i, end, close_after)
        if ok:
            return i
        i = text.find(piece, i + 1)
    return -1


def word_in(text, phrase):
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def locate(art, text, n, q, cursor):
    """Check a quote's place in the article; return its start offset (or None) and the offsets of
    the opening marks it accounts for."""
    where = f"{art} #{n}"
    marks = []
    if q["kind"] == "indirect":
        i = text.find(q["text"], cursor)
        while i != -1 and i and text[i - 1] in OPEN:
            i = text.find(q["text"], i + 1)
        if i == -1:
            err(where, f"indirect text not found after offset {cursor}: {q['text']!r}")
            return None, marks
        if "\n" in q["text"]:
            err(where, "an indirect quote crosses a paragraph break")
        return i, marks
    if "parts" in q:
        first, second = q["parts"]
        i = find_bounded(text, first, cursor)
        if i == -1:
            err(where, f"first part not found between quotation marks: {first!r}")
            return None, marks
        j = find_bounded(text, second, i + len(first))
        if j == -1:
            err(where, f"second part not found between quotation marks: {second!r}")
            return i, marks
        between = text[i + len(first):j]
        if "\n" in between:
            err(where, "the two parts are in different paragraphs")
        if len(between) > 160:
            err(where, f"the cue between the parts is suspiciously long: {between!r}")
        return i, [i - 1, j - 1]
    if q.get("spans_paragraphs"):
        lines = q["text"].split("\n")
        if len(lines) != 2:
            err(where, "spans_paragraphs text must hold exactly two paragraphs' parts")
            return None, marks
        i = find_bounded(text, lines[0], cursor, line_end=True)
        if i == -1:
            err(where, f"first paragraph not found (opening mark, no closing mark): {lines[0]!r}")
            return None, marks
        rest = i + len(lines[0])
        if text[rest:rest + 3] not in ("\n\n“", "\n\n‘", "\n\n\"", "\n\n«", "\n\n„"):
            err(where, "the next paragraph does not open with a quotation mark")
            return i, [i - 1]
        j = rest + 3
        if not text.startswith(lines[1], j) or not bounded(text, j, j + len(lines[1])):
            err(where, f"second paragraph does not start with (and close after): {lines[1]!r}")
        return i, [i - 1, j - 1]
    i = find_bounded(text, q["text"], cursor)
    if i == -1:
        err(where, f"text not found between quotation marks after offset {cursor}: {q['text']!r}")
        return None, marks
    return i, [i - 1]


def check_quote_fields(art, text, n, q):
    where = f"{art} #{n}"
    unknown = set(q) - QUOTE_KEYS
    if unknown:
        err(where, f"unknown keys {sorted(unknown)}")
    if ("text" in q) == ("parts" in q):
        err(where, "needs exactly one of text and parts")
    if "parts" in q and (not isinstance(q["parts"], list) or len(q["parts"]) != 2):
        err(where, "parts must be a list of two strings")
    if q.get("spans_paragraphs") and "text" not in q:
        err(where, "spans_paragraphs needs text")
    if "text" in q and "\n" in q["text"] and not q.get("spans_paragraphs"):
        err(where, "a line break in text without spans_paragraphs")
    if q.get("kind") not in KINDS:
        err(where, f"kind {q.get('kind')!r}")
    if q.get("kind") == "indirect" and ("parts" in q or q.get("spans_paragraphs")):
        err(where, "an indirect quote has a plain text")
    sk = q.get("speaker_kind")
    if sk not in SPEAKER_KINDS:
        err(where, f"speaker_kind {sk!r}")
    speaker = q.get("speaker", "missing")
    if sk in NAMED_KINDS:
        if not isinstance(speaker, str) or not speaker:
            err(where, f"a {sk} speaker needs a name")
        elif not all(word_in(text, w) for w in speaker.split()):
            # word by word: a name may be written with a nickname inside ("Dale ‘Bulldozer’ Whitcombe")
            err(where, f"speaker {speaker!r} is not named in the article")
    elif speaker is not None:
        err(where, f"speaker must be null for speaker_kind {sk}")
    st = q.get("speaker_text")
    if not isinstance(st, str) or not st:
        err(where, "speaker_text missing")
    elif not word_in(text, st):
        err(where, f"speaker_text {st!r} not in the article")
    cue = q.get("cue")
    if not isinstance(cue, str) or not cue:
        err(where, "cue missing")
    elif cue != ":" and not word_in(text, cue):
        err(where, f"cue {cue!r} not in the article")
    if "on_behalf_of" in q:
        if sk != "unnamed_source":
            err(where, "on_behalf_of is for unnamed sources")
        if not word_in(text, q["on_behalf_of"]):
            err(where, f"on_behalf_of {q['on_behalf_of']!r} not in the article")
    pr = q.get("is_public_reaction")
    if not isinstance(pr, bool):
        err(where, "is_public_reaction must be true or false")
    if pr:
        if q.get("kind") != "direct":
            err(where, "a public reaction here is a direct quote")
        if sk not in ("anonymous_public", "person"):
            err(where, f"a public reaction's speaker is the public, not {sk}")
        if q.get("label") not in LABELS:
            err(where, f"label {q.get('label')!r}")
        if "secondary_label" in q and (q["secondary_label"] not in LABELS
                                       or q["secondary_label"] == q.get("label")):
            err(where, f"secondary_label {q['secondary_label']!r}")
    else:
        if "label" in q or "secondary_label" in q:
            err(where, "label on a quote that is not a public reaction")
        if sk == "anonymous_public":
            err(where, "an anonymous_public quote must be a public reaction")


def reaction_key(art, q):
    text = q["text"] if "text" in q else " … ".join(q["parts"])
    return (art, text, q["speaker_text"], q.get("label"), q.get("secondary_label"))


def main(here: Path, not_quotes: dict) -> int:
    """Check the gold in folder ``here``; ``not_quotes``: article -> the words of its quotation marks
    that are not quotes, in order. Prints the counts; returns 1 on any error, else 0."""
    errors.clear()
    quotes = json.loads((here / "quotes.json").read_text(encoding="utf-8"))
    reactions = json.loads((here / "reactions.json").read_text(encoding="utf-8"))

    files = {f"articles/{p.name}" for p in (here / "articles").glob("*.txt")}
    for missing in sorted(files - set(quotes)):
        err(missing, "article has no entry in quotes.json")
    for extra in sorted(set(quotes) - files):
        err(extra, "entry in quotes.json has no article file")

    counts = Counter()
    by_kind = Counter()
    public = Counter()
    for art in sorted(set(quotes) & files):
        text = (here / art).read_text(encoding="utf-8")
        covered = set()
        cursor = 0
        for n, q in enumerate(quotes[art]):
            check_quote_fields(art, text, n, q)
            if q.get("kind") not in KINDS:
                continue
            start, marks = locate(art, text, n, q, cursor)
            if start is not None:
                cursor = start + 1
            covered.update(marks)
            counts[q["kind"]] += 1
            by_kind[(q["kind"], q.get("speaker_kind"))] += 1
            counts["split"] += "parts" in q
            counts["two-paragraph"] += bool(q.get("spans_paragraphs"))
            if q.get("is_public_reaction"):
                public[reaction_key(art, q)] += 1
        cursor = 0
        for words in not_quotes.get(art, []):
            i = find_bounded(text, words, cursor)
            if i == -1:
                err(art, f"listed non-quote not found between marks: {words!r}")
                continue
            covered.add(i - 1)
            cursor = i + 1
            counts["non-quote"] += 1
        for off in opening_marks(text):
            if off not in covered:
                line = text.count("\n", 0, off) + 1
                err(art, f"line {line}: quotation mark not annotated: {text[off:off + 60]!r}")
        words = len(text.split())
        if not 300 <= words <= 500:
            err(art, f"{words} words (300-500 wanted)")

    listed = Counter()
    for n, r in enumerate(reactions):
        where = f"reactions.json #{n}"
        if set(r) - REACTION_KEYS:
            err(where, f"unknown keys {sorted(set(r) - REACTION_KEYS)}")
        if r.get("origin") != "quote":
            err(where, "origin must be quote")
        if r.get("label") not in LABELS:
            err(where, f"label {r.get('label')!r}")
        if "secondary_label" in r and r["secondary_label"] not in LABELS:
            err(where, f"secondary_label {r['secondary_label']!r}")
        key = (r.get("article"), r.get("text"), r.get("speaker_text"), r.get("label"), r.get("secondary_label"))
        if key not in public:
            err(where, f"matches no quote marked is_public_reaction: {r.get('text')!r}")
        listed[key] += 1
    for key, n in (public - listed).items():
        err(key[0], f"public reaction missing from reactions.json: {key[1]!r}")
    for key, n in (listed - public).items():
        if key in public:
            err(key[0], f"listed {listed[key]} times in reactions.json: {key[1]!r}")

    print(f"articles: {len(files)}")
    print(f"direct quotes: {counts['direct']} (split around the cue: {counts['split']}, "
          f"over two paragraphs: {counts['two-paragraph']})")
    print(f"indirect quotes: {counts['indirect']}")
    print(f"public reactions: {len(reactions)} (in quotes.json: {sum(public.values())})")
    print(f"quotation marks that are not quotes: {counts['non-quote']}")
    print("by speaker_kind (direct / indirect):")
    for sk in sorted(SPEAKER_KINDS):
        print(f"  {sk:17} {by_kind[('direct', sk)]:4} {by_kind[('indirect', sk)]:4}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0

