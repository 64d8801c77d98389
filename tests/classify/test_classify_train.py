"""Training a real model on a small labelled set: outputs, metrics, determinism (RELIABILITY 28)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

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


def test_news_mode_blends_in_the_model_of_our_labels(tiny_model_dir: Path):
    """News mode = (1 - w) main + w news-mode model, then the news temperature; GoEmotions mode ignores it."""
    from pipeline.classify.calibration import apply_temperature
    from pipeline.classify.model import blend_news, model_input, normalize_text
    from pipeline.records import LABELS

    model = load_model(tiny_model_dir)
    assert model.news_pipeline is not None and model.news_blend == tiny_params(tiny_model_dir)["train"]["news_blend"] > 0
    texts = ["phew the trains are back", "what a shambles, resign", "my cat is the mayor now lol"]
    order = [model.classes.index(label) for label in LABELS]

    def expected(in_domain: bool) -> np.ndarray:
        features = model_input([normalize_text(t) for t in texts], in_domain, model.relief_cues)
        proba = model.pipeline.predict_proba(features)
        if in_domain:
            news = model.news_pipeline.predict_proba(features)
            assert not np.allclose(news, proba)  # the blend has something to change
            proba = blend_news(proba, news, model.news_blend)
        mode = "news" if in_domain else "goemotions"
        proba = apply_temperature(proba, model.temperature[mode], model.smoothing[mode])
        return proba[:, order]

    assert np.allclose(model.probabilities(texts), expected(True), atol=2e-6)
    assert np.allclose(model.probabilities(texts, in_domain=False), expected(False), atol=2e-6)


def test_news_blend_zero_stores_no_news_model(tmp_path: Path, tiny_labels: Path):
    params = tiny_params(tmp_path)
    params["train"]["news_blend"] = 0
    train(tiny_labels, tmp_path, params)
    model = load_model(tmp_path)
    assert model.news_pipeline is None and model.news_blend == 0.0


def test_news_model_kinds(tmp_path: Path):
    from pipeline.classify.model import build_news_pipeline

    params = tiny_params(tmp_path)["train"]
    assert type(build_news_pipeline({**params, "news_model": {"kind": "logistic", "C": 5}})[-1]).__name__ == "LogisticRegression"
    assert type(build_news_pipeline({**params, "news_model": {"kind": "complement_nb"}})[-1]).__name__ == "ComplementNB"
    with pytest.raises(ValueError, match="news_model.kind"):
        build_news_pipeline({**params, "news_model": {"kind": "forest"}})


def test_news_only_rows_train_the_companion_not_the_main_pipeline(tmp_path: Path, tiny_labels: Path, tiny_model_dir: Path):
    """Rows in train.news_only_labels change news-mode scores; GoEmotions mode (main pipeline) stays the same."""
    import shutil

    from tests.classify.conftest import write_labels

    labels = tmp_path / "labels"
    shutil.copytree(tiny_labels, labels)
    extra = write_labels(tmp_path / "extra", {"joke": ["the kettle has unionised", "my dog is now the mayor lol"],
                                              "relief": ["the lifts work again, my knees thank you"]}, heldout={})
    (labels / "pending.csv").write_bytes((extra / "reactions.csv").read_bytes())
    params = tiny_params(tmp_path)
    params["train"]["news_only_labels"] = "pending.csv"
    train(labels, tmp_path / "models", params)
    metrics = json.loads((tmp_path / "models" / "metrics.json").read_text())
    assert metrics["training"]["news_only_train"] == 3 and metrics["training"]["newsreact_train"] == 24
    with_extra, without = load_model(tmp_path / "models"), load_model(tiny_model_dir)
    texts = ["the kettle went on strike", "phew the lifts are fixed", "this is a disgrace"]
    assert np.array_equal(with_extra.pipeline.predict_proba(_inputs(texts, False)), without.pipeline.predict_proba(_inputs(texts, False)))
    assert not np.allclose(with_extra.probabilities(texts), without.probabilities(texts))


def test_missing_news_only_file_is_a_warning(tmp_path: Path, tiny_labels: Path, caplog):
    params = tiny_params(tmp_path)
    params["train"]["news_only_labels"] = "no-such-file.csv"
    train(tiny_labels, tmp_path, params)
    assert "news_only_labels not found" in caplog.text
    assert json.loads((tmp_path / "metrics.json").read_text())["training"]["news_only_train"] == 0


def _inputs(texts: list[str], in_domain: bool) -> np.ndarray:
    from pipeline.classify.model import model_input, normalize_text

    return model_input([normalize_text(t) for t in texts], in_domain, relief_cues=True)


def test_mark_relief_cues():
    from pipeline.classify.model import RELIEF_CUE_TOKEN, mark_relief_cues, model_input

    assert mark_relief_cues("Phew, the lifts work again") == f"Phew, the lifts work again {RELIEF_CUE_TOKEN}"
    assert mark_relief_cues("THANK GOD nobody was hurt").endswith(RELIEF_CUE_TOKEN)
    assert mark_relief_cues("at last the bins were collected, finally, phew").count(RELIEF_CUE_TOKEN) == 1
    for text in ("the gladiator film is on tonight", "thank you all", "lasting damage", ""):
        assert mark_relief_cues(text) == text
    data = model_input(["finally home", "home"], in_domain=False, relief_cues=True)
    assert list(data[:, 0]) == [f"finally home {RELIEF_CUE_TOKEN}", "home"] and list(data[:, 1]) == ["", ""]
    assert list(model_input(["finally home"], in_domain=True)[0]) == ["finally home", "finally home"]


def test_relief_cues_setting_is_stored_and_followed(tmp_path: Path, tiny_labels: Path, tiny_model_dir: Path):
    """The model file says whether it was trained with the relief cue token; scoring follows the file."""
    from pipeline.classify.calibration import apply_temperature
    from pipeline.classify.model import model_input
    from pipeline.records import LABELS

    with_cues = load_model(tiny_model_dir)
    assert tiny_params(tmp_path)["train"]["relief_cues"] is True and with_cues.relief_cues is True
    params = tiny_params(tmp_path)
    params["train"]["relief_cues"] = False
    train(tiny_labels, tmp_path, params)
    without = load_model(tmp_path)
    assert without.relief_cues is False
    texts = ["phew, the water is back", "thank god that is over", "the meeting is at noon"]
    for model, cues in ((with_cues, True), (without, False)):
        order = [model.classes.index(label) for label in LABELS]
        expected = model.pipeline.predict_proba(model_input(texts, False, cues))
        expected = apply_temperature(expected, model.temperature["goemotions"], model.smoothing["goemotions"])[:, order]
        assert np.allclose(model.probabilities(texts, in_domain=False), expected, atol=2e-6)
    # The token is a real feature: the same texts score differently with and without it.
    marked = with_cues.pipeline.predict_proba(model_input(texts, False, relief_cues=True))
    assert not np.allclose(marked, with_cues.pipeline.predict_proba(model_input(texts, False)))
