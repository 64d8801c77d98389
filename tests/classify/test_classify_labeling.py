"""The labelling session, driven by injected key presses against a real DuckDB file."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from pipeline.classify.labeling import label_id, label_session
from pipeline.store.db import create_schema

ROWS = [
    # reaction_id, text, label, joke, relief, criticism, other   (margin = top1 - top2)
    ("r_a", "sure, great job everyone", "joke", 0.40, 0.05, 0.38, 0.17),  # 0.02
    ("r_b", "well that was quick", "other", 0.30, 0.25, 0.05, 0.40),  # 0.10
    ("r_c", "phew", "relief", 0.02, 0.95, 0.01, 0.02),  # 0.93
    ("r_d", "lol", "joke", 0.70, 0.10, 0.10, 0.10),  # 0.60
    ("r_e", "", "other", 0.0, 0.0, 0.0, 1.0),  # empty: never shown
    ("r_f", "they should resign", "criticism", 0.1, 0.05, 0.5, 0.35),  # 0.15
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "newsreact.duckdb"
    con = duckdb.connect(str(path))
    create_schema(con)
    con.executemany(
        "INSERT INTO reactions (reaction_id, origin, text, label, score_joke, score_relief, score_criticism, "
        "score_other, model_version) VALUES (?, 'post', ?, ?, ?, ?, ?, ?, 'test')",
        ROWS,
    )
    con.close()
    return path


def _keys(*keys: str):
    it = iter(keys)
    prompts: list[str] = []

    def input_fn(prompt: str) -> str:
        prompts.append(prompt)
        return next(it)  # StopIteration would mean the session asked for more than expected

    return input_fn, prompts


def _labels(labels_dir: Path) -> list[dict[str, str]]:
    with (labels_dir / "reactions.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_session_orders_by_uncertainty_and_appends(db: Path, tmp_path: Path):
    labels_dir = tmp_path / "labels"
    labels_dir.mkdir()
    (labels_dir / "reactions.csv").write_text(
        "id,text,label,secondary_label,split,topic,register\nx1,old row,other,,heldout,t,plain", encoding="utf-8"
    )  # no trailing newline: appending must still start a new line
    shown: list[str] = []
    # r_a -> joke; r_b -> skip; r_f -> criticism; (r_d shown) undo, back to r_f -> other; r_d -> quit
    input_fn, _ = _keys("j", "s", "c", "u", "o", "q")
    n = label_session(db, labels_dir, None, limit=10, input_fn=input_fn, output_fn=shown.append)
    assert n == 2
    rows = _labels(labels_dir)
    assert [(r["id"], r["label"], r["split"]) for r in rows] == [
        ("x1", "other", "heldout"),
        (label_id("sure, great job everyone"), "joke", "train"),
        (label_id("they should resign"), "other", "train"),
    ]
    order = [line.split("\n")[1].split()[-1] for line in shown if line.startswith("\n[")]
    assert order == ["r_a", "r_b", "r_f", "r_d", "r_f", "r_d"]  # undo pressed while r_d showed
    assert any("undone: criticism" in line for line in shown)


def test_session_skips_labelled_texts_and_stops_at_limit(db: Path, tmp_path: Path):
    labels_dir = tmp_path / "labels"
    input_fn, _ = _keys("r")
    assert label_session(db, labels_dir, None, limit=1, input_fn=input_fn, output_fn=lambda s: None) == 1
    input_fn, _ = _keys("bogus", "c")  # an unknown key shows the help and asks again
    assert label_session(db, labels_dir, None, limit=1, input_fn=input_fn, output_fn=lambda s: None) == 1
    rows = _labels(labels_dir)
    assert [r["text"] for r in rows] == ["sure, great job everyone", "well that was quick"]
    assert rows[0]["id"].startswith("u") and rows[0]["id"] != rows[1]["id"]


def test_end_of_input_keeps_labels(db: Path, tmp_path: Path):
    def input_fn(prompt: str) -> str:
        if input_fn.calls:
            raise EOFError
        input_fn.calls += 1
        return "j"

    input_fn.calls = 0
    assert label_session(db, tmp_path, None, limit=5, input_fn=input_fn, output_fn=lambda s: None) == 1
    assert len(_labels(tmp_path)) == 1


def test_database_opened_read_only(db: Path, tmp_path: Path):
    writer = duckdb.connect(str(db))  # a writer holds the lock: a reader cannot open it
    try:
        from pipeline.errors import DatabaseBusy

        with pytest.raises(DatabaseBusy):
            label_session(db, tmp_path, None, limit=1, input_fn=lambda p: "q", output_fn=lambda s: None)
    finally:
        writer.close()
