"""spaCy components newsreact adds after the statistical NER (factories ``newsreact_*``).

- ``newsreact_possessives``: an entity that runs across a possessive ("Donald Trump’s Twitter")
  is cut at the possessive; a trailing possessive ("Duysak’s") is dropped from the entity.
- ``newsreact_entity_ruler``: outlets and platforms from ``entity_patterns.jsonl`` (package data;
  case-sensitive, platform names also in lower case)
  and @handles (label ``HANDLE``) overwrite overlapping NER entities.
- ``newsreact_label_consistency``: one label per name within a document, decided by evidence
  (a title such as "Mr" means PERSON; a full name's label carries to its surname; otherwise the
  majority, ties to the longest form), and bare surnames the NER missed are added.

Results live in ``doc.ents``; entities set by the ruler carry ``kb_id_ == "newsreact_ruler"``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.extract.entities import TITLES, name_key

RULER_KB = "newsreact_ruler"
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019", "'S", "\u2019S"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART"})


@lru_cache(maxsize=1)
def load_patterns() -> tuple[tuple[str, str], ...]:
    """(label, phrase) pairs from the package's entity_patterns.jsonl (platforms also lower-cased)."""
    text = resources.files("pipeline.extract").joinpath("entity_patterns.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    pairs = {(row["label"], row["pattern"]) for row in rows}
    pairs |= {(row["label"], row["pattern"].lower()) for row in rows if row.get("kind") == "platform"}
    return tuple(sorted(pairs))


def _is_possessive(token: Any) -> bool:
    return token.text in POSSESSIVE_MARKS and (token.tag_ == "POS" or token.dep_ == "case")


@Language.factory("newsreact_possessives")
def make_possessives(nlp: Language, name: str) -> "PossessiveSplitter":
    return PossessiveSplitter()


class PossessiveSplitter:
    """Cuts entities at possessive markers so "Trump’s Twitter" never stays one name."""

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        changed = False
        for ent in doc.ents:
            cut = next((t.i for t in ent if _is_possessive(t)), None)
            if cut is None:
                ents.append(ent)
                continue
            changed = True
            if cut > ent.start:
                ents.append(Span(doc, ent.start, cut, label=ent.label_))
        if changed:
            doc.ents = ents
        return doc


@Language.factory("newsreact_entity_ruler")
def make_entity_ruler(nlp: Language, name: str) -> "EntityRuler":
    return EntityRuler(nlp)


class EntityRuler:
    """Outlets, platforms (phrase list) and @handles, overriding the statistical NER."""

    def __init__(self, nlp: Language):
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[str]] = defaultdict(list)
        for label, phrase in load_patterns():
            by_label[label].append(phrase)
        for label, phrases in sorted(by_label.items()):
            self.phrases.add(label, [nlp.make_doc(p) for p in phrases])
        self.handles = Matcher(nlp.vocab)
        self.handles.add("HANDLE", [[{"TEXT": {"REGEX": r"^@[A-Za-z0-9_]{2,30}$"}}]])

    def __call__(self, doc: Doc) -> Doc:
        found = [
            Span(doc, start, end, label=match_id, kb_id=RULER_KB)
            for matcher in (self.phrases, self.handles)
            for match_id, start, end in matcher(doc)
        ]
        if not found:
            return doc
        found = filter_spans(found)
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(found + kept, key=lambda s: s.start)
        return doc


@Language.factory("newsreact_label_consistency")
def make_label_consistency(nlp: Language, name: str) -> "LabelConsistency":
    return LabelConsistency()


class LabelConsistency:
    """One label per name in a document, and bare surnames of known people tagged PERSON."""

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if not ents:
            return doc
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        longest: dict[str, tuple[int, str]] = {}
        surnames: dict[str, str] = {}
        for ent in ents:
            if ent.kb_id_ == RULER_KB or ent.label_ not in NAME_LABELS:
                continue
            key = name_key(ent.text)
            if not key:
                continue
            weight = 1
            if ent.start > 0 and doc[ent.start - 1].text.rstrip(".") in TITLES:
                votes[key]["PERSON"] += 3  # "Mr Duysak" is a person whatever the NER said
            votes[key][ent.label_] += weight
            if len(ent) > longest.get(key, (0, ""))[0]:
                longest[key] = (len(ent), ent.label_)
            words = key.split()
            if ent.label_ == "PERSON" and len(words) >= 2:
                surnames[words[-1]] = "PERSON"
        decided: dict[str, str] = {}
        for key, counter in votes.items():
            if len(key.split()) == 1 and key in surnames:
                counter["PERSON"] += 2
            ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0] != longest[key][1], kv[0]))
            decided[key] = ranked[0][0]
        new_ents: list[Span] = []
        changed = False
        for ent in ents:
            label = decided.get(name_key(ent.text)) if ent.kb_id_ != RULER_KB and ent.label_ in NAME_LABELS else None
            if label and label != ent.label_:
                new_ents.append(Span(doc, ent.start, ent.end, label=label))
                changed = True
            else:
                new_ents.append(ent)
        added = self._surnames_missed(doc, new_ents, surnames)
        if added:
            new_ents = sorted(new_ents + added, key=lambda s: s.start)
            changed = True
        if changed:
            doc.ents = new_ents
        return doc

    @staticmethod
    def _surnames_missed(doc: Doc, ents: list[Span], surnames: dict[str, str]) -> list[Span]:
        if not surnames:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        added = []
        for token in doc:
            if token.i in taken or token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            if token.text.casefold() in surnames:
                added.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        return added
