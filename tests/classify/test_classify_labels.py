"""Reading our labels CSV and GoEmotions, and the emotion-to-tone mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.classify.labels import label_counts, map_emotions, read_goemotions, read_labels_csv
from pipeline.errors import ConfigError, StageInputMissing


@pytest.mark.parametrize(
    ("emotions", "tone"),
    [
        (["amusement"], "joke"),
        (["relief"], "relief"),
        (["anger"], "criticism"),
        (["disappointment", "sadness"], "criticism"),
        (["neutral"], "other"),
        (["amusement", "joy"], "joke"),  # a specific tone beats other
        (["relief", "annoyance"], "relief"),  # the rarer tone wins
        (["amusement", "disapproval"], "joke"),
    ],
)
def test_map_emotions(emotions, tone):
    assert map_emotions(emotions) == tone


def test_read_labels_csv_splits_and_skips_bad_rows(tmp_path: Path, caplog):
    (tmp_path / "reactions.csv").write_text(
        "id,text,label,secondary_label,split,topic,register\n"
        "a,ha ha,joke,,train,x,plain\n"
        "b,phew,relief,joke,heldout,x,plain\n"
        "c,what,sarcasm,,train,x,plain\n"
        "d,\"multi\nline, with comma\",other,,train,x,plain\n",
        encoding="utf-8",
    )
    rows = read_labels_csv(tmp_path)
    assert [r.id for r in rows] == ["a", "b", "d"]
    assert rows[1].secondary_label == "joke"
    assert rows[2].text == "multi\nline, with comma"
    assert [r.id for r in read_labels_csv(tmp_path, split="heldout")] == ["b"]
    assert "sarcasm" in caplog.text
    assert label_counts(rows) == {"joke": 1, "relief": 1, "criticism": 0, "other": 1}


def test_read_labels_csv_missing_file_and_columns(tmp_path: Path):
    with pytest.raises(StageInputMissing, match="newsreact label"):
        read_labels_csv(tmp_path)
    (tmp_path / "reactions.csv").write_text("id,text\n1,x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="label"):
        read_labels_csv(tmp_path)


def test_read_goemotions_maps_multi_label_rows(tmp_path: Path):
    (tmp_path / "labels.txt").write_text("amusement\nrelief\nanger\nneutral\n", encoding="utf-8")
    (tmp_path / "dev.tsv").write_text("so funny\t0\tc1\nphew\t1,2\tc2\nok\t3\tc3\n", encoding="utf-8")
    rows = read_goemotions(tmp_path, "dev")
    assert [(r.id, r.label) for r in rows] == [("ge_c1", "joke"), ("ge_c2", "relief"), ("ge_c3", "other")]
    (tmp_path / "dev.tsv").write_text("bad\t9\tc1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="dev.tsv:1"):
        read_goemotions(tmp_path, "dev")
