"""The model's attribute rules (tag -> POS and morphology, lemma exceptions), applied by lookup.

The stock ``attribute_ruler`` of en_core_web_sm runs all of its 179 rules through spaCy's
``Matcher``, about 25 µs per token, a sixth of the extract stage. Nearly every rule is a
one-token test of the token's tag, lower-case form, dependency label or whitespace flag, so
``IndexedAttributeRuler`` answers those from a table keyed by these four values and keeps the
``Matcher`` for the rest (the few two-token rules). It finds the same matches in the same order
and leaves ``set_annotations`` (the stock code) to apply them, so POS, morphology, lemmas, tags
and dependency labels come out identical; ``tests/extract/test_attributes.py`` checks that on
real texts. ``load_nlp`` swaps it in for the stock component, rules copied over (``from_ruler``).

Reads and writes nothing but the ``Doc`` it is given.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# One-token tests answered from the table: these token attributes, these operators.
_KEYED_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})


def _test_of(value: Any) -> Any:
    """A test on one attribute's string value, or None when the Matcher must do it."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, str):
        return ("eq", value)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return (op, frozenset(arg))
        if op == "REGEX" and isinstance(arg, str):
            return (op, re.compile(arg))
    return None


def _one_token_tests(pattern: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The tests of a one-token pattern on keyed attributes, or None when it is anything else."""
    if len(pattern) != 1:
        return None
    tests: dict[str, Any] = {}
    for attr, value in pattern[0].items():
        name = attr.upper()
        test = _test_of(value)
        if name not in _KEYED_ATTRS or test is None:
            return None
        tests[name] = test
    return tests


def _passes(test: Any, value: Any) -> bool:
    kind, arg = test
    if kind == "eq":
        return value == arg
    if kind == "bool":
        return value == arg
    if kind == "IN":
        return value in arg
    if kind == "NOT_IN":
        return value not in arg
    return bool(arg.search(value))  # REGEX, as the Matcher does it


@Language.factory("newsreact_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose one-token rules are matched by table lookup (see the module)."""

    def __init__(self, vocab: Any, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._keyed: list[tuple[int, int, dict[str, Any]]] = []  # (rule number, match id, tests)
        self._rest = Matcher(vocab, validate=kwargs.get("validate", False))
        self._lower_words: set[int] = set()
        self._lower_regexes: list[re.Pattern[str]] = []
        self._regex_hits: dict[int, tuple[bool, ...]] = {}
        self._table: dict[tuple[Any, ...], tuple[tuple[int, int], ...]] = {}

    def from_ruler(self, ruler: AttributeRuler) -> IndexedAttributeRuler:
        """Copy the rules of a stock ``AttributeRuler`` (same order, so same precedence)."""
        self.add_patterns(ruler.patterns)
        return self

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        rule = len(self.attrs)
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(rule)]
        keyed = [_one_token_tests(p) for p in patterns]
        if keyed and all(t is not None for t in keyed) and index in (0, -1):
            for tests in keyed:
                self._keyed.append((rule, match_id, tests))
                lower = tests.get("LOWER")
                if lower is not None and lower[0] == "eq":
                    self._lower_words.add(self.vocab.strings.add(lower[1]))
                elif lower is not None and lower[0] in ("IN", "NOT_IN"):
                    self._lower_words.update(self.vocab.strings.add(w) for w in lower[1])
                elif lower is not None:
                    self._lower_regexes.append(lower[1])
        else:
            self._rest.add(match_id, patterns)
        self._table.clear()

    def _lower_key(self, lower: int) -> Any:
        """The lower-case form when a rule names it; else only which rule regexes it matches."""
        if lower in self._lower_words:
            return lower
        hits = self._regex_hits.get(lower)
        if hits is None:
            text = self.vocab.strings[lower]
            hits = self._regex_hits[lower] = tuple(bool(rx.search(text)) for rx in self._lower_regexes)
        return hits

    def _rules_for(self, tag: int, lower: int, dep: int, space: bool) -> tuple[tuple[int, int], ...]:
        strings = self.vocab.strings
        values = {"TAG": strings[tag], "LOWER": strings[lower], "DEP": strings[dep], "IS_SPACE": space}
        return tuple(
            (rule, match_id)
            for rule, match_id, tests in self._keyed
            if all(_passes(test, values[attr]) for attr, test in tests.items())
        )

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The stock ``match``'s result: (rule number, match id, start, end), sorted."""
        matches: list[tuple[int, int, int, int]] = []
        if self._keyed and len(doc):
            table = self._table
            for i, (tag, lower, dep, space) in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
                key = (tag, self._lower_key(lower), dep, space)
                rules = table.get(key)
                if rules is None:
                    rules = table[key] = self._rules_for(tag, lower, dep, bool(space))
                matches.extend((rule, match_id, i, i + 1) for rule, match_id in rules)
        if len(self._rest):
            for match_id, start, end in self._rest(doc, allow_missing=True):
                matches.append((int(self.vocab.strings[match_id]), match_id, start, end))
        matches.sort()
        return matches
