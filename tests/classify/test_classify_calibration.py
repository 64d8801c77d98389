"""Temperature scaling and the calibration figures (Brier score, expected calibration error)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.classify.calibration import (
    apply_temperature,
    fit_temperature,
    fit_temperature_smoothing,
)
from pipeline.classify.evaluate import calibration
from pipeline.records import LABELS


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def test_calibration_figures_by_hand():
    perfect = np.eye(4)
    assert calibration(list(LABELS), perfect) == {"brier": 0.0, "ece": 0.0}
    uniform = np.full((4, 4), 0.25)
    assert calibration(list(LABELS), uniform)["brier"] == pytest.approx(0.75)
    # Two texts, both 0.9 sure of joke, one right: the 0.9 bin is right half the time.
    sure = np.array([[0.9, 0.05, 0.03, 0.02], [0.9, 0.05, 0.03, 0.02]])
    assert calibration(["joke", "other"], sure)["ece"] == pytest.approx(0.4)


def test_temperature_keeps_the_top_tone_and_the_sum():
    rng = np.random.default_rng(0)
    proba = _softmax(rng.normal(size=(50, 4)) * 3)
    for t in (0.5, 1.0, 2.5):
        out = apply_temperature(proba, t)
        assert np.allclose(out.sum(axis=1), 1.0)
        assert (out.argmax(axis=1) == proba.argmax(axis=1)).all()
    assert apply_temperature(proba, 2.0).max(axis=1).mean() < proba.max(axis=1).mean()


def test_fit_temperature_recovers_overconfidence():
    # Tones drawn from softmax(z); the model reports softmax(2 z): twice too sure, so T is about 2.
    rng = np.random.default_rng(1)
    z = rng.normal(size=(6000, 4)) * 1.5
    truth = np.array([rng.choice(4, p=p) for p in _softmax(z)])
    overconfident = _softmax(2 * z)
    temperature = fit_temperature(overconfident, truth)
    assert 1.8 < temperature < 2.2
    actual = [LABELS[i] for i in truth]
    assert calibration(actual, apply_temperature(overconfident, temperature))["ece"] < calibration(actual, overconfident)["ece"]


def test_smoothing_keeps_the_top_tone_and_the_sum_and_floors_every_score():
    rng = np.random.default_rng(2)
    proba = _softmax(rng.normal(size=(50, 4)) * 4)
    out = apply_temperature(proba, 0.6, 0.04)
    assert np.allclose(out.sum(axis=1), 1.0)
    assert (out.argmax(axis=1) == proba.argmax(axis=1)).all()
    assert out.min() >= 0.01 - 1e-12 and out.max() <= 0.97 + 1e-12
    assert np.allclose(apply_temperature(proba, 0.6, 0.0), apply_temperature(proba, 0.6))
    assert np.allclose(apply_temperature(proba, 1.0, 0.2), 0.8 * proba + 0.05)


def test_fit_temperature_smoothing_recovers_both():
    # Tones drawn from 0.9 softmax(z) + 0.1 uniform; the model reports softmax(2 z), unsmoothed.
    rng = np.random.default_rng(3)
    z = rng.normal(size=(8000, 4)) * 2.0
    truth_p = 0.9 * _softmax(z) + 0.025
    truth = np.array([rng.choice(4, p=p / p.sum()) for p in truth_p])
    reported = _softmax(2 * z)
    temperature, smoothing = fit_temperature_smoothing(reported, truth)
    assert 1.8 < temperature < 2.2
    assert 0.06 < smoothing < 0.14
    actual = [LABELS[i] for i in truth]
    scaled_only = apply_temperature(reported, fit_temperature(reported, truth))
    both = apply_temperature(reported, temperature, smoothing)
    assert calibration(actual, both)["ece"] < calibration(actual, scaled_only)["ece"]


def test_train_stores_the_temperatures(tiny_model_dir: Path):
    metrics = json.loads((tiny_model_dir / "metrics.json").read_text())
    assert set(metrics["temperature"]) == {"news", "goemotions"}
    assert metrics["temperature"]["news"] > 0
    # params: calibration_smoothing [news]; GoEmotions mode is not smoothed (and unused here).
    assert set(metrics["smoothing"]) == {"news", "goemotions"}
    assert 0.0 <= metrics["smoothing"]["news"] < 0.5 and metrics["smoothing"]["goemotions"] == 0.0
    assert metrics["calibration_fit"]["folds"] == 3
    heldout = next(s for s in metrics["sets"] if s["dataset"] == "newsreact-heldout")
    assert {"brier", "ece"} <= set(heldout)
