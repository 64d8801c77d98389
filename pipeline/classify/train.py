"""The ``train`` stage: fit the reaction-tone model and score it.

Reads ``labels_dir/reactions.csv`` (our labelled reactions: split ``train`` to fit, ``heldout``
to score) and, when ``params["train"]["goemotions_dir"]`` exists, GoEmotions ``train.tsv`` (fit)
and ``dev.tsv`` (score), mapped to our tones (see ``labels``). Writes, deterministically:

- ``models_dir/reaction_clf.skops``: the model (skops; see ``model``): the main pipeline and, with
  ``train.news_blend``, a news-mode companion fitted on our rows only, with the temperatures
  (and smoothing) that calibrate its scores (fitted on out-of-fold predictions, see ``calibration``);
- ``models_dir/metrics.json``: per-class precision/recall/F1, macro-F1, Brier score and ECE on
  each evaluation set, the temperatures and their out-of-fold fit, training sizes, model version;
- ``models_dir/confusion.csv``: ``actual,predicted,count`` on our heldout split (``dvc plots``).
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.classify.calibration import (
    apply_temperature,
    fit_temperature,
    fit_temperature_smoothing,
    out_of_fold_probabilities,
)
from pipeline.classify.evaluate import (
    GOEMOTIONS_DEV,
    GOEMOTIONS_DEV_AS_NEWS,
    OWN_HELDOUT,
    calibration,
    confusion_rows,
    scored,
)
from pipeline.classify.labels import (
    LabelledText,
    goemotions_available,
    label_counts,
    read_goemotions,
    read_labels_csv,
)
from pipeline.classify.model import (
    MAX_CHARS_DEFAULT,
    MODEL_FILE,
    build_news_pipeline,
    build_pipeline,
    bundle,
    model_input,
    normalize_text,
    save_bundle,
)
from pipeline.classify.predict import ReactionModel
from pipeline.errors import StageInputMissing
from pipeline.io import atomic_path, write_json
from pipeline.records import LABELS, StageResult

log = logging.getLogger(__name__)

METRICS_FILE = "metrics.json"
CONFUSION_FILE = "confusion.csv"


def train(labels_dir: Path, models_dir: Path, params: dict) -> StageResult:
    """Fit on our train split (+ GoEmotions train when available), score, and write models_dir."""
    tp: dict[str, Any] = dict(params.get("train", {}))
    own_train = read_labels_csv(Path(labels_dir), split="train")
    own_heldout = read_labels_csv(Path(labels_dir), split="heldout")
    news_only = read_news_only(Path(labels_dir), tp)
    goemotions_dir = Path(tp["goemotions_dir"]) if tp.get("goemotions_dir") else None
    use_goemotions = bool(tp.get("use_goemotions", True)) and goemotions_available(goemotions_dir)
    ge_train: list[LabelledText] = []
    ge_dev: list[LabelledText] = []
    if use_goemotions:
        ge_train = read_goemotions(goemotions_dir, "train")  # type: ignore[arg-type]
        ge_dev = read_goemotions(goemotions_dir, "dev")  # type: ignore[arg-type]
    else:
        log.warning("GoEmotions not used (train.goemotions_dir=%s): training on our labels only", goemotions_dir)
    rows = ge_train + own_train
    if not rows or len({r.label for r in rows}) < 2:
        raise StageInputMissing(f"{Path(labels_dir)}: not enough labelled reactions to train (need at least two tones)")

    max_chars = int(tp.get("max_chars", MAX_CHARS_DEFAULT))
    ge_texts = [normalize_text(r.text, max_chars) for r in ge_train]
    own_texts = [normalize_text(r.text, max_chars) for r in own_train]
    cues = bool(tp.get("relief_cues", False))
    features = np.vstack([model_input(ge_texts, False, cues), model_input(own_texts, True, cues)])
    labels = [r.label for r in rows]
    own_share = float(tp.get("own_share", 0.5))
    weights = sample_weights(ge_train, own_train, own_share)
    pipeline = build_pipeline(tp)
    log.info("training on %d texts (%d ours, %d GoEmotions)", len(rows), len(own_train), len(ge_train))
    pipeline.fit(features, labels, clf__sample_weight=weights)
    news_pipeline = build_news_pipeline(tp)
    news_only_rows = ([normalize_text(r.text, max_chars) for r in news_only], [r.label for r in news_only])
    if news_pipeline is not None:
        news_texts = own_texts + news_only_rows[0]
        log.info("fitting the news-mode model on %d rows of ours (blend %s)", len(news_texts), tp["news_blend"])
        news_pipeline.fit(model_input(news_texts, True, cues), [r.label for r in own_train] + news_only_rows[1])
    temperatures, smoothing, calibration_fit = fit_temperatures(ge_train, ge_texts, own_train, own_texts, tp, news_only_rows)

    training = {
        "newsreact_train": len(own_train),
        "goemotions_train": len(ge_train),
        "newsreact_train_labels": label_counts(own_train),
        "news_only_train": len(news_only),
        "news_only_train_labels": label_counts(news_only),
        "goemotions_train_labels": label_counts(ge_train),
    }
    settings = {k: tp[k] for k in sorted(tp) if k not in ("labels_dir", "goemotions_dir")}
    meta = {
        "max_chars": max_chars,
        "training": training,
        "params": settings,
        "goemotions_used": use_goemotions,
        "temperature": temperatures,
        "smoothing": smoothing,
        "news_blend": float(tp["news_blend"]) if news_pipeline is not None else 0.0,
        "relief_cues": cues,
    }
    data = bundle(pipeline, meta, news_pipeline)
    models_dir = Path(models_dir)
    version = save_bundle(data, models_dir / MODEL_FILE)
    model = ReactionModel(data, version, models_dir / MODEL_FILE)

    sets = []
    if ge_dev:
        ge_actual, ge_texts = [r.label for r in ge_dev], [r.text for r in ge_dev]
        sets.append(scored(GOEMOTIONS_DEV, ge_actual, model.probabilities(ge_texts, in_domain=False)))
        sets.append(scored(GOEMOTIONS_DEV_AS_NEWS, ge_actual, model.probabilities(ge_texts, in_domain=True)))
    actual = [r.label for r in own_heldout]
    predicted: list[str] = []
    if own_heldout:
        sets.append(scored(OWN_HELDOUT, actual, model.probabilities([r.text for r in own_heldout])))
        predicted = model.predict_labels([r.text for r in own_heldout])
    metrics = {
        "model_version": version,
        "goemotions_used": use_goemotions,
        "note": "" if use_goemotions else "GoEmotions not found: trained on our labels only, no GoEmotions dev score",
        "training": training,
        "temperature": temperatures,
        "smoothing": smoothing,
        "calibration_fit": calibration_fit,
        "sets": sets,
        **{_metric_key(s["dataset"]): s["macro_f1"] for s in sets},
    }
    write_json(models_dir / METRICS_FILE, metrics)
    write_confusion(models_dir / CONFUSION_FILE, confusion_rows(actual, predicted))

    counts = {"train_texts": len(rows), "newsreact_train": len(own_train), "goemotions_train": len(ge_train)}
    for s in sets:
        counts[_metric_key(s["dataset"]) + "_x1000"] = round(s["macro_f1"] * 1000)
    result = StageResult(
        stage="train",
        counts=counts,
        outputs=[str(models_dir / MODEL_FILE), str(models_dir / METRICS_FILE), str(models_dir / CONFUSION_FILE)],
    )
    log.info("%s; model %s", result.summary(), version)
    return result


def fit_temperatures(
    ge_train: list[LabelledText],
    ge_texts: list[str],
    own_train: list[LabelledText],
    own_texts: list[str],
    tp: dict[str, Any],
    news_only: tuple[list[str], list[str]] = ([], []),
) -> tuple[dict[str, float], dict[str, float], dict[str, Any]]:
    """Temperatures and smoothing for news mode and GoEmotions mode, from out-of-fold predictions
    of the training rows.

    ``train.calibration_folds`` refits (0 or 1: no calibration, temperatures 1.0, smoothing 0).
    A mode listed in ``train.calibration_smoothing`` gets a temperature and a smoothing fitted
    together (``fit_temperature_smoothing``), the others a temperature alone (smoothing 0).
    Returns the temperatures, the smoothing and, for metrics.json, the Brier score and ECE of
    the out-of-fold predictions before and after. See ``calibration``.
    """
    folds = int(tp.get("calibration_folds", 0) or 0)
    smoothing = {"news": 0.0, "goemotions": 0.0}
    if folds < 2:
        return {"news": 1.0, "goemotions": 1.0}, smoothing, {"folds": 0}
    smoothed_modes = set(tp.get("calibration_smoothing") or [])
    unknown = smoothed_modes - set(smoothing)
    if unknown:
        raise ValueError(f"train.calibration_smoothing: unknown mode(s) {sorted(unknown)}; expected news and/or goemotions")
    own_share = float(tp.get("own_share", 0.5))

    def weights_for(ge_index: np.ndarray, own_index: np.ndarray) -> np.ndarray:
        return sample_weights([ge_train[i] for i in ge_index], [own_train[i] for i in own_index], own_share)

    ge_labels, own_labels = [r.label for r in ge_train], [r.label for r in own_train]
    ge_proba, own_proba, classes = out_of_fold_probabilities(
        ge_texts, ge_labels, own_texts, own_labels, weights_for, tp, folds, news_only
    )
    order = [classes.index(label) for label in LABELS]
    temperatures = {"news": 1.0, "goemotions": 1.0}
    fit: dict[str, Any] = {"folds": folds}
    for mode, proba, actual in (("news", own_proba, own_labels), ("goemotions", ge_proba, ge_labels)):
        if not actual:
            continue
        proba = proba[:, order]
        truth = np.array([LABELS.index(a) for a in actual])
        if mode in smoothed_modes:
            temperatures[mode], smoothing[mode] = fit_temperature_smoothing(proba, truth)
        else:
            temperatures[mode] = fit_temperature(proba, truth)
        fit[mode] = {
            "rows": len(actual),
            "before": calibration(actual, proba),
            "after": calibration(actual, apply_temperature(proba, temperatures[mode], smoothing[mode])),
        }
    log.info("temperatures %s, smoothing %s (out-of-fold calibration %s)", temperatures, smoothing, fit)
    return temperatures, smoothing, fit


def read_news_only(labels_dir: Path, tp: dict[str, Any]) -> list[LabelledText]:
    """Rows that train the news-mode companion only (``train.news_only_labels``, a file in labels_dir).

    Same format as reactions.csv, split ``train`` rows only. They never reach the main pipeline,
    so GoEmotions mode does not depend on them (see models/README.md, "Third pass"). Empty when
    the setting is empty, the companion is off, or the file is missing (with a warning).
    """
    name = tp.get("news_only_labels")
    if not name or float(tp.get("news_blend", 0) or 0) <= 0:
        return []
    if not (labels_dir / name).is_file():
        log.warning("%s: train.news_only_labels not found; the news-mode model trains on reactions.csv only", labels_dir / name)
        return []
    return read_labels_csv(labels_dir, split="train", name=str(name))


def sample_weights(ge_rows: list[LabelledText], own_rows: list[LabelledText], own_share: float) -> np.ndarray:
    """Per-row weights: classes balanced within each corpus, our corpus weighing ``own_share``.

    GoEmotions rows share a total weight equal to their count, spread evenly over the tones
    present (so 150 relief rows weigh as much as 33,000 other rows); our rows share
    ``own_share`` times that total (all of it when GoEmotions is not used). Balancing per
    corpus, not globally, keeps GoEmotions' 78% ``other`` from skewing how our balanced
    labels are read. Order: GoEmotions rows, then ours (as in ``train``).
    """
    ge_total = float(len(ge_rows))
    own_total = own_share * ge_total if ge_rows else float(len(own_rows))
    return np.concatenate([_balanced(ge_rows, ge_total), _balanced(own_rows, own_total)])


def _balanced(rows: list[LabelledText], total: float) -> np.ndarray:
    counts = Counter(r.label for r in rows)
    if not rows:
        return np.zeros(0, dtype=np.float64)
    return np.array([total / (len(counts) * counts[r.label]) for r in rows], dtype=np.float64)


def write_confusion(path: Path, rows: list[dict[str, Any]]) -> None:
    """``actual,predicted,count`` CSV, atomically."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["actual", "predicted", "count"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _metric_key(dataset: str) -> str:
    keys = {
        GOEMOTIONS_DEV: "macro_f1_goemotions_dev",
        GOEMOTIONS_DEV_AS_NEWS: "macro_f1_goemotions_dev_as_news",
        OWN_HELDOUT: "macro_f1_heldout",
    }
    return keys.get(dataset, dataset)
