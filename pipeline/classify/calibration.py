"""Calibrating the reaction-tone scores: temperature scaling fitted by cross-validation.

A logistic regression fitted with re-weighted classes and regularisation gives scores that rank
texts well but are not frequencies. Temperature scaling (Guo, Pleiss, Sun and Weinberger, *On
Calibration of Modern Neural Networks*, ICML 2017) divides the model's log-probabilities by one
number ``T`` and renormalises: ``T > 1`` softens over-confident scores, ``T < 1`` sharpens
shy ones. The top tone never changes, so labels and F1 stay exactly as they were.

``T`` is fitted on out-of-fold predictions of the training rows only (``folds`` refits of the
same pipeline, each scoring the rows it did not see), never on an evaluation set: one
temperature for news mode from our rows, one for GoEmotions mode from GoEmotions rows. It is
stored as a plain number in the model file's metadata. Reads and writes nothing.

Optionally (``train.calibration_smoothing``, the modes it applies to) a second number ``s``
mixes the scaled scores with the uniform distribution, ``(1 - s) p + s / k`` for ``k`` tones,
fitted jointly with ``T`` by the same log-loss (``fit_temperature_smoothing``): the blended
news-mode scores are too shy in the middle and too sure at the top, which one temperature
cannot fix both of. Still an increasing map of each score with the same ``T`` for every tone,
so the top tone never changes either.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from scipy.optimize import minimize, minimize_scalar
from sklearn.model_selection import StratifiedKFold

from pipeline.classify.model import (
    blend_news,
    build_news_pipeline,
    build_pipeline,
    model_input,
)

log = logging.getLogger(__name__)

TEMPERATURE_BOUNDS = (0.05, 20.0)
TEMPERATURE_DIGITS = 4
_EPS = 1e-12


def apply_temperature(proba: np.ndarray, temperature: float, smoothing: float = 0.0) -> np.ndarray:
    """``proba`` (rows summing to 1) with log-probabilities divided by ``temperature``, renormalised,
    then mixed with the uniform distribution: ``(1 - smoothing) p + smoothing / k``."""
    if (temperature == 1.0 and smoothing == 0.0) or len(proba) == 0:
        return proba
    out = proba
    if temperature != 1.0:
        logits = np.log(np.clip(proba, _EPS, 1.0)) / temperature
        logits -= logits.max(axis=1, keepdims=True)
        out = np.exp(logits)
        out = out / out.sum(axis=1, keepdims=True)
    if smoothing:
        out = (1.0 - smoothing) * out + smoothing / out.shape[1]
    return out


def fit_temperature(proba: np.ndarray, truth: np.ndarray) -> float:
    """The temperature minimising the mean negative log-likelihood of ``truth`` (class indexes).

    Bounded 1-D search on log T (deterministic); rounded to 4 decimals.
    """
    log_p = np.log(np.clip(proba, _EPS, 1.0))
    rows = np.arange(len(truth))

    def nll(log_t: float) -> float:
        z = log_p / np.exp(log_t)
        z = z - z.max(axis=1, keepdims=True)
        return float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[rows, truth]))

    low, high = np.log(TEMPERATURE_BOUNDS[0]), np.log(TEMPERATURE_BOUNDS[1])
    best = minimize_scalar(nll, bounds=(low, high), method="bounded", options={"xatol": 1e-5})
    return round(float(np.exp(best.x)), TEMPERATURE_DIGITS)


def fit_temperature_smoothing(proba: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """``(T, s)`` minimising the mean negative log-likelihood of ``truth`` under
    ``apply_temperature(proba, T, s)``; each rounded to 4 decimals.

    Nelder-Mead on (log T, logit s), started from ``fit_temperature``'s T and s = 0.01
    (deterministic). T alone is the member s = 0 of this family; on the fourth-pass model's
    out-of-fold news scores the pair lowered log-loss 0.5954 -> 0.5847 (models/README.md).
    """
    rows = np.arange(len(truth))
    low, high = np.log(TEMPERATURE_BOUNDS[0]), np.log(TEMPERATURE_BOUNDS[1])

    def unpack(x: np.ndarray) -> tuple[float, float]:
        """(T, s) from the search's (log T, logit s)."""
        return float(np.exp(np.clip(x[0], low, high))), float(1.0 / (1.0 + np.exp(-x[1])))

    def nll(x: np.ndarray) -> float:
        p = apply_temperature(proba, *unpack(x))
        return float(-np.mean(np.log(np.clip(p[rows, truth], _EPS, 1.0))))

    start = np.array([np.log(fit_temperature(proba, truth)), np.log(0.01 / 0.99)])
    best = minimize(nll, start, method="Nelder-Mead", options={"xatol": 1e-6, "fatol": 1e-10, "maxiter": 2000})
    temperature, smoothing = unpack(best.x)
    return round(temperature, TEMPERATURE_DIGITS), round(smoothing, TEMPERATURE_DIGITS)


def out_of_fold_probabilities(
    ge_texts: list[str],
    ge_labels: list[str],
    own_texts: list[str],
    own_labels: list[str],
    weights_for: Any,
    train_params: dict[str, Any],
    folds: int,
    news_only: tuple[list[str], list[str]] = ([], []),
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Out-of-fold probabilities of every training row: (GoEmotions rows, our rows, class order).

    Each corpus is split in ``folds`` stratified folds (seeded); fit ``k`` trains the pipeline on
    every row outside fold ``k`` of both corpora (weighted by ``weights_for(ge_index,
    own_index)``, the same per-corpus balance as the real fit) and scores fold ``k``:
    GoEmotions rows in GoEmotions mode, ours in news mode, as they are read at prediction
    (blended with a news-mode model fitted on fold ``k``'s training rows of ours when
    ``train.news_blend`` is on, see ``model.build_news_pipeline``; ``news_only`` (texts, labels)
    are rows that train that companion only: they join every fold's fit and are never scored).
    """
    seed = int(train_params.get("seed", 13))
    cues = bool(train_params.get("relief_cues", False))

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    ge_folds = list(splitter.split(np.zeros(len(ge_labels)), ge_labels)) if ge_texts else [(np.arange(0), np.arange(0))] * folds
    own_folds = list(splitter.split(np.zeros(len(own_labels)), own_labels))
    classes = sorted(set(ge_labels) | set(own_labels))
    ge_out = np.zeros((len(ge_texts), len(classes)))
    own_out = np.zeros((len(own_texts), len(classes)))
    for k, ((ge_fit, ge_test), (own_fit, own_test)) in enumerate(zip(ge_folds, own_folds), start=1):
        log.info("calibration fit %d/%d", k, folds)
        features = np.vstack(
            [
                model_input([ge_texts[i] for i in ge_fit], in_domain=False, relief_cues=cues),
                model_input([own_texts[i] for i in own_fit], in_domain=True, relief_cues=cues),
            ]
        )
        labels = [ge_labels[i] for i in ge_fit] + [own_labels[i] for i in own_fit]
        pipeline = build_pipeline(train_params)
        pipeline.fit(features, labels, clf__sample_weight=weights_for(ge_fit, own_fit))
        order = [list(pipeline.classes_).index(c) for c in classes]
        if len(ge_test):
            ge_out[ge_test] = pipeline.predict_proba(model_input([ge_texts[i] for i in ge_test], in_domain=False, relief_cues=cues))[:, order]
        own_input = model_input([own_texts[i] for i in own_test], in_domain=True, relief_cues=cues)
        own_proba = pipeline.predict_proba(own_input)
        news_pipeline = build_news_pipeline(train_params)
        if news_pipeline is not None:
            news_texts = [own_texts[i] for i in own_fit] + list(news_only[0])
            news_labels = [own_labels[i] for i in own_fit] + list(news_only[1])
            news_pipeline.fit(model_input(news_texts, in_domain=True, relief_cues=cues), news_labels)
            if list(news_pipeline.classes_) != list(pipeline.classes_):
                raise ValueError(f"calibration fold {k}: the news-mode model and the main model have different classes")
            blend = float(train_params["news_blend"])
            own_proba = blend_news(own_proba, news_pipeline.predict_proba(own_input), blend)
        own_out[own_test] = own_proba[:, order]
    return ge_out, own_out, classes

