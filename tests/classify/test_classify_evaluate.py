"""evaluate_classifier and its table, on the tiny model (GoEmotions absent and present)."""

from __future__ import annotations

from pathlib import Path

from pipeline.classify.evaluate import (
    GOEMOTIONS_DEV,
    GOEMOTIONS_DEV_AS_NEWS,
    OWN_HELDOUT,
    evaluate_classifier,
    format_evaluation,
    score_set,
)


def test_without_goemotions_scores_heldout_only(tiny_model_dir: Path, tiny_labels: Path, tmp_path: Path):
    result = evaluate_classifier(tiny_model_dir, {}, tmp_path / "missing", tiny_labels)
    assert [s["dataset"] for s in result["sets"]] == [OWN_HELDOUT]
    block = result["sets"][0]
    assert block["n"] == 4 and [r["label"] for r in block["rows"]] == ["joke", "relief", "criticism", "other"]
    assert result["model_version"].startswith("reaction_clf-")


def test_with_a_goemotions_folder(tiny_model_dir: Path, tiny_labels: Path, tmp_path: Path):
    (tmp_path / "labels.txt").write_text("amusement\nrelief\nanger\nneutral\n", encoding="utf-8")
    (tmp_path / "train.tsv").write_text("", encoding="utf-8")
    (tmp_path / "dev.tsv").write_text("haha lol\t0\tc1\nphew glad\t1\tc2\na disgrace\t2\tc3\nnoon meeting\t3\tc4\n", encoding="utf-8")
    result = evaluate_classifier(tiny_model_dir, {}, tmp_path, tiny_labels)
    assert [s["dataset"] for s in result["sets"]] == [GOEMOTIONS_DEV, GOEMOTIONS_DEV_AS_NEWS, OWN_HELDOUT]
    assert all(s["n"] == 4 for s in result["sets"])


def test_without_the_option_the_params_folder_is_read(tiny_model_dir: Path, tiny_labels: Path, tmp_path: Path):
    (tmp_path / "labels.txt").write_text("amusement\nrelief\nanger\nneutral\n", encoding="utf-8")
    (tmp_path / "train.tsv").write_text("", encoding="utf-8")
    (tmp_path / "dev.tsv").write_text("haha lol\t0\tc1\nphew glad\t1\tc2\n", encoding="utf-8")
    result = evaluate_classifier(tiny_model_dir, {"train": {"goemotions_dir": str(tmp_path)}}, None, tiny_labels)
    assert [s["dataset"] for s in result["sets"]] == [GOEMOTIONS_DEV, GOEMOTIONS_DEV_AS_NEWS, OWN_HELDOUT]
    assert result["sets"][0]["n"] == 2


def test_score_set_and_table():
    block = score_set("x", ["joke", "joke", "relief", "other"], ["joke", "other", "relief", "other"])
    rows = {r["label"]: r for r in block["rows"]}
    assert rows["joke"]["precision"] == 1.0 and rows["joke"]["recall"] == 0.5
    assert rows["criticism"]["support"] == 0
    # macro-F1 over the tones present: joke 0.6667, relief 1.0, other 0.6667
    assert block["macro_f1"] == round((2 / 3 + 1 + 2 / 3) / 3, 4)
    text = format_evaluation({"sets": [block]})
    assert "macro-F1" in text and "x  (n=4)" in text
    assert "no evaluation data" in format_evaluation({"sets": []})
