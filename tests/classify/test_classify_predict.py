"""Scoring texts: awkward inputs (RELIABILITY 26), the classify stage, tone, model lookup."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.classify.predict import classify, find_model_file, load_model, tone
from pipeline.errors import ModelError, StageInputMissing
from pipeline.io import read_jsonl, write_jsonl
from pipeline.records import LABELS, Reaction, ReactionLabel

EDGE_TEXTS = [
    "",
    "   \n\t ",
    "x" * 100_000,
    "lol " * 25_000,
    "https://example.org/news/2017/11/03/account?utm_source=x",
    "www.example.org",
    "#fail #lol #wow",
    "😂😂😂🙏",
    "🙃",
    "@someone@mastodon.social",
    "\x00\x01\ufffd",
    "ÀÉÎÕÜ ñ ß",
    "!!!???",
]


@pytest.fixture(scope="module")
def model(tiny_model_dir):
    return load_model(tiny_model_dir)


def _check(rows, n):
    assert len(rows) == n
    for row in rows:
        assert row["label"] in LABELS
        scores = [row[f"score_{label}"] for label in LABELS]
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert abs(sum(scores) - 1.0) < 1e-4


def test_edge_inputs_never_raise(model):
    rows = model.predict(EDGE_TEXTS)
    _check(rows, len(EDGE_TEXTS))
    # Nothing to read (empty, whitespace, a bare link): other, with certainty.
    for i in (0, 1, 4, 5, 9):
        assert rows[i]["label"] == "other" and rows[i]["score_other"] == 1.0, EDGE_TEXTS[i]


def test_non_string_inputs_are_other(model):
    rows = model.predict([None, 42])  # type: ignore[list-item]
    assert [r["label"] for r in rows] == ["other", "other"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=300), min_size=1, max_size=5))
def test_any_text_gets_a_label(model, texts):
    _check(model.predict(texts), len(texts))


def test_predict_is_deterministic(model):
    texts = ["haha brilliant", "phew", "a disgrace"] * 3
    assert model.predict(texts) == model.predict(texts)
    assert model.predict(texts[:1]) == model.predict(texts)[:1]  # batch size does not matter


def test_tone_shape(tiny_model_dir):
    [row] = tone(["phew, what a relief"], tiny_model_dir)
    assert set(row) == {"text", "label", "scores"}
    assert set(row["scores"]) == set(LABELS)
    assert row["label"] == "relief"


def _reactions(n: int) -> list[Reaction]:
    texts = ["lol what a legend", "phew glad it is back", "shameful and unacceptable", "the meeting is at noon", ""]
    return [
        Reaction(reaction_id=f"r_{(i * 7919) % 1000:04d}", origin="post", article_id=None, post_id=f"p{i}",
                 quote_id=None, text=texts[i % len(texts)], author=None)
        for i in range(n)
    ]


def test_classify_stage(tmp_path: Path, tiny_model_dir: Path):
    interim, processed = tmp_path / "interim", tmp_path / "processed"
    reactions = _reactions(23)
    write_jsonl(interim / "reactions.jsonl.gz", reactions + reactions[:2])  # two duplicates
    result = classify(interim, tiny_model_dir, processed, {"classify": {"batch_size": 4}})
    labels = list(read_jsonl(processed / "reaction_labels.jsonl.gz", ReactionLabel))
    ids = [r.reaction_id for r in labels]
    assert ids == sorted({r.reaction_id for r in reactions})
    assert {r.model_version for r in labels} == {load_model(tiny_model_dir).version}
    metrics = json.loads((processed / "classify_metrics.json").read_text())
    assert sum(metrics["labels"].values()) == 23 and metrics["duplicates_skipped"] == 2
    assert result.counts["labelled"] == 23 and result.counts["skipped"] == 2
    first = (processed / "reaction_labels.jsonl.gz").read_bytes()
    classify(interim, tiny_model_dir, processed, {"classify": {"batch_size": 512}})
    assert (processed / "reaction_labels.jsonl.gz").read_bytes() == first  # RELIABILITY 28


def test_classify_without_input(tmp_path: Path, tiny_model_dir: Path):
    with pytest.raises(StageInputMissing, match="newsreact extract"):
        classify(tmp_path, tiny_model_dir, tmp_path / "out", {})


def test_lookup_order(tmp_path: Path, tiny_model_dir: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert find_model_file(tiny_model_dir) == tiny_model_dir / "reaction_clf.skops"
    (tmp_path / "models").mkdir()
    os.link(tiny_model_dir / "reaction_clf.skops", tmp_path / "models" / "reaction_clf.skops")
    assert find_model_file(tmp_path / "empty") == Path("models") / "reaction_clf.skops"
    assert find_model_file(None) == Path("models") / "reaction_clf.skops"


def test_missing_model_says_how_to_fix(tmp_path: Path, monkeypatch):
    import pipeline.classify.predict as predict

    monkeypatch.chdir(tmp_path)
    # Hide a packaged copy, if the build shipped one, to see the message.
    monkeypatch.setattr(predict.resources, "files", lambda _pkg: tmp_path / "no-package")
    monkeypatch.setattr(predict, "CHECKOUT_MODELS", tmp_path / "no-checkout")
    with pytest.raises(ModelError, match="run `newsreact train`"):
        load_model(tmp_path / "nothing")
