"""Scoring the reaction-tone model on GoEmotions dev (mapped) and on our heldout split.

Reads the model (see ``predict.load_model``), ``labels_dir/reactions.csv`` (split ``heldout``)
and, when given and present, GoEmotions ``dev.tsv``. Writes nothing: ``evaluate_classifier``
returns a dict and ``format_evaluation`` renders it as a table; ``train`` uses ``scored``
for models/metrics.json. Besides F1, each set gets calibration figures (``calibration``:
Brier score and expected calibration error over 10 bins).
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from pipeline.classify.labels import (
    goemotions_available,
    read_goemotions,
    read_labels_csv,
)
from pipeline.records import LABELS

log = logging.getLogger(__name__)

GOEMOTIONS_DEV = "goemotions-dev (mapped)"
GOEMOTIONS_DEV_AS_NEWS = "goemotions-dev (mapped, scored as news reactions)"
OWN_HELDOUT = "newsreact-heldout"
ECE_BINS = 10


def score_set(
    dataset: str, actual: list[str], predicted: list[str], proba: np.ndarray | None = None
) -> dict[str, Any]:
    """Per-class precision/recall/F1/support and macro-F1 over LABELS, rounded to 4 places.

    With ``proba`` (an (n, 4) array in LABELS order, the scores behind ``predicted``) the block
    also holds ``brier`` and ``ece`` (see ``calibration``).
    """
    precision, recall, f1, support = precision_recall_fscore_support(
        actual, predicted, labels=list(LABELS), zero_division=0
    )
    rows = [
        {
            "label": label,
            "precision": round(float(precision[i]), 4),
            "recall": round(float(recall[i]), 4),
            "f1": round(float(f1[i]), 4),
            "support": int(support[i]),
        }
        for i, label in enumerate(LABELS)
    ]
    present = [r["f1"] for r in rows if r["support"] > 0]
    macro = round(sum(present) / len(present), 4) if present else 0.0
    accuracy = round(sum(a == p for a, p in zip(actual, predicted)) / len(actual), 4) if actual else 0.0
    block: dict[str, Any] = {"dataset": dataset, "n": len(actual), "rows": rows, "macro_f1": macro, "accuracy": accuracy}
    if proba is not None and len(actual):
        block.update(calibration(actual, proba))
    return block


def calibration(actual: list[str], proba: np.ndarray, bins: int = ECE_BINS) -> dict[str, float]:
    """How far the scores are from frequencies: multi-class Brier score and expected calibration error.

    ``brier``: mean over texts of the squared distance between the four scores and the one-hot
    true tone (0 perfect, 2 worst; always answering 0.25 everywhere scores 0.75). ``ece``: texts
    put in ``bins`` equal-width bins by their top score; the mean, weighted by bin size, of
    |share of the bin whose top tone is right - mean top score in the bin| (0 perfect).
    Both rounded to 4 places.
    """
    proba = np.asarray(proba, dtype=np.float64)
    truth = np.zeros_like(proba)
    truth[np.arange(len(actual)), [LABELS.index(a) for a in actual]] = 1.0
    brier = float(np.mean(np.sum((proba - truth) ** 2, axis=1)))
    confidence = proba.max(axis=1)
    correct = truth[np.arange(len(actual)), proba.argmax(axis=1)]
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return {"brier": round(brier, 4), "ece": round(float(ece), 4)}


def confusion_rows(actual: list[str], predicted: list[str]) -> list[dict[str, Any]]:
    """Every (actual, predicted) pair over LABELS with its count, zeros included, in LABELS order."""
    counts = Counter(zip(actual, predicted))
    return [{"actual": a, "predicted": p, "count": counts.get((a, p), 0)} for a in LABELS for p in LABELS]


def evaluate_classifier(
    models_dir: Path | None, params: dict, goemotions_dir: Path | None, labels_dir: Path
) -> dict[str, Any]:
    """Score the model found from ``models_dir`` on GoEmotions dev (when present) and our heldout
    split. ``goemotions_dir`` None: params ``train.goemotions_dir``, the folder training read."""
    from pipeline.classify.predict import (
        load_model,  # predict imports this module's helpers
    )

    if goemotions_dir is None:
        configured = (params.get("train") or {}).get("goemotions_dir")
        goemotions_dir = Path(configured) if configured else None
    model = load_model(models_dir)
    sets: list[dict[str, Any]] = []
    if goemotions_available(goemotions_dir):
        dev = read_goemotions(Path(goemotions_dir), "dev")  # type: ignore[arg-type]
        actual, texts = [r.label for r in dev], [r.text for r in dev]
        # The model's GoEmotions mode (how it was scored in training), then its news mode.
        sets.append(scored(GOEMOTIONS_DEV, actual, model.probabilities(texts, in_domain=False)))
        sets.append(scored(GOEMOTIONS_DEV_AS_NEWS, actual, model.probabilities(texts, in_domain=True)))
    else:
        log.warning("GoEmotions not found at %s: scoring our heldout split only", goemotions_dir)
    heldout = read_labels_csv(Path(labels_dir), split="heldout")
    if heldout:
        sets.append(scored(OWN_HELDOUT, [r.label for r in heldout], model.probabilities([r.text for r in heldout])))
    return {"model_version": model.version, "sets": sets}


def scored(dataset: str, actual: list[str], proba: np.ndarray) -> dict[str, Any]:
    """``score_set`` from the model's scores (LABELS order): labels are the top score."""
    predicted = [LABELS[int(i)] for i in np.argmax(proba, axis=1)] if len(proba) else []
    return score_set(dataset, actual, predicted, proba)


def format_evaluation(result: dict[str, Any]) -> str:
    """A plain-text table per data set: label, precision, recall, F1, support, then macro-F1."""
    lines: list[str] = []
    if result.get("model_version"):
        lines.append(f"model {result['model_version']}")
    for block in result.get("sets", []):
        lines.append("")
        lines.append(f"{block['dataset']}  (n={block['n']})")
        lines.append(f"{'label':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
        for row in block["rows"]:
            lines.append(
                f"{row['label']:<10} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f} {row['support']:>8d}"
            )
        lines.append(f"{'macro-F1':<10} {'':>9} {'':>7} {block['macro_f1']:>6.3f}")
        if "brier" in block:
            lines.append(f"calibration: Brier {block['brier']:.4f}, ECE ({ECE_BINS} bins) {block['ece']:.4f}")
    if not result.get("sets"):
        lines.append("no evaluation data found (GoEmotions dev or our heldout split)")
    return "\n".join(lines).lstrip("\n")
