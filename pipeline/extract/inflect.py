"""English verb forms from a lemma (quip -> quips, quipped, quipping). Pure strings, no spaCy:
the extractor's cue verbs (``cues.py``) and the classifier's tone cues (``classify/cues.py``)
both match stored or written forms against it."""

from __future__ import annotations

# past forms of the irregular verbs of speech_verbs.txt and of the verbs of telling
IRREGULAR_FORMS = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "read": ("read",)}


def inflections(lemma: str) -> set[str]:
    """The forms of an English verb: says/said, notes/noted/noting, quips/quipped, cries/cried."""
    forms = {lemma, *IRREGULAR_FORMS.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s"), lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and (lemma[-3] not in "aeiou" or lemma[-4:-2] == "qu"):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # quipped, blogging, labelled
    return forms
