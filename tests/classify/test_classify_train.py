"""Training a real model on a small labelled set: outputs, metrics, determinism (RELIABILITY 28)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pipeline.classify.predict import load_model
from pipeline.classify.train import train
from tests.classify.conftest import tiny_params


def test_train_writes_model_metrics_and_confusion(tiny_model_dir: Path):
    assert (tiny_model_dir / "reaction_clf.skops").stat().st_size > 1000
    metrics = json.loads((tiny_model_dir / "metrics.json").read_text())
    assert metrics["goemotions_used"] is False
    assert "our labels only" in metrics["note"]
    assert metrics["training"]["newsreact_train"] == 24
    [heldout] = metrics["sets"]
    assert heldout["dataset"] == "newsreact-heldout" and heldout["n"] == 4
    assert {r["label"] for r in heldout["rows"]} == {"joke", "relief", "criticism", "other"}
    with (tiny_model_dir / "confusion.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 16 and set(rows[0]) == {"actual", "predicted", "count"}
    assert sum(int(r["count"]) for r in rows) == 4
    assert metrics["model_version"] == load_model(tiny_model_dir).version


def test_tiny_model_learns_the_tones(tiny_model_dir: Path):
    model = load_model(tiny_model_dir)
    labels = model.predict_labels(["lol haha what a laugh", "phew what a relief", "a disgrace, unacceptable"])
    assert labels == ["joke", "relief", "criticism"]


def test_same_input_and_params_give_identical_files(tmp_path: Path, tiny_labels: Path, tiny_model_dir: Path):
    again = tmp_path / "again"
    train(tiny_labels, again, tiny_params(again))
    for name in ("reaction_clf.skops", "metrics.json", "confusion.csv"):
        assert (again / name).read_bytes() == (tiny_model_dir / name).read_bytes(), name


def test_different_params_change_the_model(tmp_path: Path, tiny_labels: Path, tiny_model_dir: Path):
    params = tiny_params(tmp_path)
    params["train"]["C"] = 0.01
    train(tiny_labels, tmp_path, params)
    assert (tmp_path / "reaction_clf.skops").read_bytes() != (tiny_model_dir / "reaction_clf.skops").read_bytes()


def test_identical_bytes_from_another_process(tmp_path: Path, tiny_labels: Path, tiny_model_dir: Path):
    """skops names arrays by memory address and sets iterate by hash seed: both are normalised."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from pipeline.classify.train import train; "
        "from tests.classify.conftest import tiny_params; "
        "out = Path(sys.argv[2]); train(Path(sys.argv[1]), out, tiny_params(out))"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    repo = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code, str(tiny_labels), str(tmp_path / "p")], check=True, cwd=repo, env=env)
    assert (tmp_path / "p" / "reaction_clf.skops").read_bytes() == (tiny_model_dir / "reaction_clf.skops").read_bytes()
