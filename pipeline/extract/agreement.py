"""How far PolNeAR's annotators agree with each other on direct quotes, scored exactly as
``newsreact evaluate quotes`` scores newsreact: the ceiling to read its figures against.

A few PolNeAR articles were annotated by several people (``NAME_ANNOTATOR.ann`` files beside each
other). For every ordered pair of annotators of one article, the second one's direct quotes are
taken as predictions (content: their Content span; speaker: the longest fragment of their
Source span) and scored against all of the first one's attributions with ``score_article``:
same letters-only overlap at 80% and 30%, same speaker rule. newsreact is scored on the same
articles against each of their annotators in turn: both rows are scored against the same
annotations (each annotator's counted once for newsreact, once per other annotator for the
annotators' row).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.extract.evaluation import (
    TOTAL_KEYS,
    GoldAttribution,
    _system_result,
    read_polnear_article,
    score_article,
)
from pipeline.extract.nlp import load_nlp, process_texts
from pipeline.extract.polnear_content import Predicted, newsreact_predictions

SPLITS = ("train", "dev")


def load_annotated_twice(polnear_dir: Path, split: str) -> list[tuple[str, str, list[list[GoldAttribution]]]]:
    """(name, text, one attribution list per annotator) for the articles of ``split`` ("all":
    both) that have at least two annotators' files."""
    out = []
    for part in SPLITS if split == "all" else (split,):
        base = Path(polnear_dir) / part
        for path in sorted((base / "text").glob("*.txt")):
            anns = sorted((base / "attributions").glob(f"{path.stem}_*.ann"))
            if len(anns) < 2:
                continue
            text = path.read_text(encoding="utf-8")
            out.append((path.stem, text, [read_polnear_article(a, text) for a in anns]))
    return out


def as_predictions(attributions: list[GoldAttribution]) -> list[Predicted]:
    """An annotator's direct quotes in the shape newsreact's predictions are scored in."""
    return [
        Predicted(list(a.content), max(a.source, key=lambda s: s[1] - s[0]) if a.source else None, list(a.content))
        for a in attributions
        if a.direct
    ]


def score_agreement(text: str, annotators: list[list[GoldAttribution]], totals: dict[str, int]) -> int:
    """Add every ordered pair of ``annotators`` (one as gold, another as predictions) into
    ``totals``; returns the number of pairs."""
    pairs = 0
    for i, gold in enumerate(annotators):
        for j, other in enumerate(annotators):
            if i != j:
                score_article(text, gold, as_predictions(other), totals, use_content=True)
                pairs += 1
    return pairs


def evaluate_agreement(polnear_dir: Path, split: str, params: dict) -> dict[str, Any]:
    """The annotators' agreement and newsreact's score on the articles annotated more than once."""
    articles = load_annotated_twice(polnear_dir, split)
    humans = dict.fromkeys(TOTAL_KEYS, 0)
    system = dict.fromkeys(TOTAL_KEYS, 0)
    pairs = 0
    docs = process_texts(load_nlp(params), (text for _, text, _ in articles), params)
    for (_, text, annotators), doc in zip(articles, docs):
        pairs += score_agreement(text, annotators, humans)
        predicted = newsreact_predictions(doc)
        for gold in annotators:
            score_article(text, gold, predicted, system, use_content=True)
    return {
        "dataset": f"PolNeAR {split}: {len(articles)} articles with 2+ annotators, {pairs} ordered annotator pairs",
        "systems": {"annotators": _system_result(humans), "newsreact": _system_result(system)},
    }
