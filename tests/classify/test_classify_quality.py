"""Quality floors of the committed model (models/reaction_clf.skops). Floors only go up.

The floors sit a little under the figures of the committed model (models/metrics.json) so a
relabelled row or two does not break CI, but a real regression does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.classify.evaluate import (
    GOEMOTIONS_DEV,
    OWN_HELDOUT,
    evaluate_classifier,
    format_evaluation,
)
from pipeline.classify.labels import goemotions_available
from pipeline.config import load_params

REPO = Path(__file__).resolve().parents[2]
GOEMOTIONS = (REPO / "../shared/data/goemotions").resolve()

HELDOUT_MACRO_F1_FLOOR = 0.80  # committed model: 0.8072 (0.7871 before the fourth pass)
GOEMOTIONS_MACRO_F1_FLOOR = 0.60  # committed model: 0.6039 (baseline 0.58; 0.5937 before the fourth pass)
GOEMOTIONS_RELIEF_F1_FLOOR = 0.24  # committed model: 0.245 (baseline 0.13; 0.200 before the fourth pass)
# Calibration ceilings (lower is better). Brier, a proper scoring rule, only goes down: committed
# model 0.2794 (0.2786 with the fourth pass's temperature alone; 0.2862 before the fourth pass).
# Heldout ECE (10 bins) is 0.0373 since the fifth pass's smoothing (train.calibration_smoothing,
# chosen on out-of-fold scores of the training rows), 0.0649 before it, 0.0476 in the third pass:
# its ceiling goes back from 0.07 to 0.05. On 198 reactions ECE moves by 0.01-0.02 with a
# handful of them (paired bootstrap of the fifth-pass change: -0.015, 95% -0.055 to +0.023);
# see models/README.md, "Fifth pass".
HELDOUT_BRIER_CEILING = 0.285
HELDOUT_ECE_CEILING = 0.05
GOEMOTIONS_ECE_CEILING = 0.025  # committed model: 0.0231 (0.0599 without temperature scaling)


@pytest.fixture(scope="module")
def evaluation(repo_models: Path) -> dict:
    assert (repo_models / "reaction_clf.skops").exists(), "the trained model must be committed in models/"
    ge = GOEMOTIONS if goemotions_available(GOEMOTIONS) else None
    return evaluate_classifier(repo_models, load_params(REPO / "params.yaml"), ge, REPO / "data" / "labels")


def _set(evaluation: dict, name: str) -> dict:
    [block] = [s for s in evaluation["sets"] if s["dataset"] == name]
    return block


def test_heldout_floor(evaluation: dict):
    block = _set(evaluation, OWN_HELDOUT)
    assert block["n"] >= 100
    assert block["macro_f1"] >= HELDOUT_MACRO_F1_FLOOR, format_evaluation(evaluation)


@pytest.mark.skipif(not goemotions_available(GOEMOTIONS), reason="GoEmotions not beside the repository")
def test_goemotions_dev_floor(evaluation: dict):
    block = _set(evaluation, GOEMOTIONS_DEV)
    assert block["n"] == 5426
    relief = next(r for r in block["rows"] if r["label"] == "relief")
    assert block["macro_f1"] >= GOEMOTIONS_MACRO_F1_FLOOR, format_evaluation(evaluation)
    assert relief["f1"] >= GOEMOTIONS_RELIEF_F1_FLOOR, format_evaluation(evaluation)


def test_heldout_calibration(evaluation: dict):
    block = _set(evaluation, OWN_HELDOUT)
    assert block["ece"] <= HELDOUT_ECE_CEILING, format_evaluation(evaluation)
    assert 0.0 <= block["brier"] <= HELDOUT_BRIER_CEILING, format_evaluation(evaluation)


@pytest.mark.skipif(not goemotions_available(GOEMOTIONS), reason="GoEmotions not beside the repository")
def test_goemotions_dev_calibration(evaluation: dict):
    block = _set(evaluation, GOEMOTIONS_DEV)
    assert block["ece"] <= GOEMOTIONS_ECE_CEILING, format_evaluation(evaluation)


def test_format_evaluation_table(evaluation: dict):
    text = format_evaluation(evaluation)
    assert OWN_HELDOUT in text and "macro-F1" in text and "ECE" in text
    for label in ("joke", "relief", "criticism", "other"):
        assert label in text
