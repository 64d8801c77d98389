"""The two ways a batch reaches a table, and the two readers, give the same database.

A table with no rows before the load takes the batch in one INSERT straight from the file's
rows (store/load.py ``insert_new``); a table with rows gets it staged, compared and merged
(``merge_table``). For a new database the files are read from threads before the load's
transaction (store/read.py); for an existing one in the transaction.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pipeline.errors import PipelineError
from pipeline.records import Article, Failure, Mention, Post, ReactionLabel
from pipeline.store import load, read
from pipeline.store.read import field_types
from tests.store.story_fixture import run_info, story_rows, write_story

REPO = Path(__file__).resolve().parents[2]
DATA_TABLES = [t for t in load.TABLES if t != "runs"]


def dump(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in DATA_TABLES}
        out["keys"] = sorted(map(repr, con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY'").fetchall()))
        return out
    finally:
        con.close()


def messy_rows() -> dict[str, list]:
    """The story with a repeat of every kind the duplicate rules handle."""
    rows = story_rows()
    old = rows["articles"][0]
    newer = Article(**{**old.__dict__, "title": "Feed goes dark (updated)", "crawled_at": "2026-11-04T00:00:00+00:00"})
    tie = Article(**{**old.__dict__, "title": "Feed goes dark (same time)", "crawled_at": "2026-11-04T00:00:00+00:00"})
    rows["articles"] = [newer, old, tie, rows["articles"][1]]
    post = rows["posts"][0]
    rows["posts"].append(Post(**{**post.__dict__, "text": "an earlier draft", "created_at": "2026-11-02T00:00:00Z"}))
    rows["mentions"].append(rows["mentions"][0])
    rows["failures"].append(Failure(**{**rows["failures"][0].__dict__, "at": "2026-11-05T00:00:00+00:00"}))
    first = rows["reaction_labels"][0]
    rows["reaction_labels"].append(ReactionLabel(**{**first.__dict__, "label": "other", "score_other": 0.9}))
    return rows


def load_through_merge(monkeypatch, interim: Path, processed: Path, db: Path, params) -> dict:
    """Load into a database whose tables exist and are empty, as if they held rows (merge path)."""
    con = duckdb.connect(str(db))
    from pipeline.store.db import create_schema

    create_schema(con)
    con.close()
    monkeypatch.setattr(load, "empty_tables", lambda con, tables: set())
    monkeypatch.setattr(load, "insert_new", lambda *a: pytest.fail("the merge path was not taken"))
    try:
        return load.store(interim, processed, db, params, run_info()).counts
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("rows", [story_rows, messy_rows], ids=["story", "with_duplicates"])
def test_new_database_matches_the_merge_path(tmp_path, monkeypatch, params, rows):
    interim, processed = write_story(tmp_path / "in", rows=rows())
    fresh = load.store(interim, processed, tmp_path / "fresh.duckdb", params, run_info()).counts
    merged = load_through_merge(monkeypatch, interim, processed, tmp_path / "merged.duckdb", params)
    assert dump(tmp_path / "fresh.duckdb") == dump(tmp_path / "merged.duckdb")
    assert fresh == merged


@pytest.mark.parametrize("rows", [story_rows, messy_rows], ids=["story", "with_duplicates"])
def test_empty_tables_of_an_existing_database_match_a_new_one(tmp_path, params, rows):
    """An existing database is read by DuckDB's reader; its empty tables take the batch by INSERT."""
    first = {name: ([] if name in ("quotes", "mentions", "failures") else records)
             for name, records in story_rows().items()}
    db = tmp_path / "existing.duckdb"
    load.store(*write_story(tmp_path / "first", rows=first), db, params, run_info("run-0"))
    interim, processed = write_story(tmp_path / "in", rows=rows())
    again = load.store(interim, processed, db, params, run_info()).counts
    fresh = load.store(interim, processed, tmp_path / "fresh.duckdb", params, run_info()).counts
    assert dump(db) == dump(tmp_path / "fresh.duckdb")
    assert {k: again[k] for k in DATA_TABLES + ["batch_duplicates"]} == \
        {k: fresh[k] for k in DATA_TABLES + ["batch_duplicates"]}


def test_duplicates_on_a_new_database_follow_the_rules(tmp_path, params):
    rows = messy_rows()
    interim, processed = write_story(tmp_path / "in", rows=rows)
    db = tmp_path / "n.duckdb"
    counts = load.store(interim, processed, db, params, run_info()).counts
    # Two extra articles, one post, one mention, one failure (the label repeat is not a row).
    assert counts["batch_duplicates"] == 5
    assert counts["articles"] == 2 and counts["posts"] == 3 and counts["mentions"] == 2 and counts["failures"] == 2
    con = duckdb.connect(str(db), read_only=True)
    try:
        article = rows["articles"][1].article_id
        # Latest crawled_at wins; between the two at that time, the row whose content sorts last.
        assert con.execute("SELECT title FROM articles WHERE article_id = ?", [article]).fetchone()[0] == \
            "Feed goes dark (updated)"
        assert con.execute("SELECT text FROM posts WHERE post_id = 'mastodon:1'").fetchone()[0] == rows["posts"][0].text
        assert str(con.execute("SELECT max(\"at\") FROM failures").fetchone()[0]) == "2026-11-05 00:00:00"
        label = rows["reaction_labels"][0].reaction_id
        assert con.execute("SELECT label FROM reactions WHERE reaction_id = ?", [label]).fetchone()[0] == "other"
    finally:
        con.close()


def test_every_table_of_a_new_database_has_its_primary_key(tmp_path, story, params):
    db = tmp_path / "n.duckdb"
    load.store(*story, db, params, run_info())
    con = duckdb.connect(str(db), read_only=True)
    try:
        keys = dict(con.execute("SELECT table_name, constraint_column_names FROM duckdb_constraints() "
                                "WHERE constraint_type = 'PRIMARY KEY'").fetchall())
    finally:
        con.close()
    assert keys == {
        "articles": ["article_id"], "posts": ["post_id"], "entities": ["entity_id"], "quotes": ["quote_id"],
        "reactions": ["reaction_id"], "runs": ["run_id"], "failures": ["url", "stage", "status"],
        "mentions": ["doc_id", "entity_id", "start_char", "end_char"],
    }
    con = duckdb.connect(str(db))
    try:
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO articles SELECT * FROM articles LIMIT 1")
    finally:
        con.close()


def read_lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def write_lines(path: Path, lines: list[str]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in lines))


def test_malformed_file_on_a_new_database_names_file_and_line(tmp_path, story, params):
    interim, processed = story
    good = read_lines(interim / "mentions.jsonl.gz")
    write_lines(interim / "mentions.jsonl.gz", good + ['{"doc_id": "a_1", "entity_id": '])
    db = tmp_path / "n.duckdb"
    with pytest.raises(PipelineError, match=r"mentions.jsonl.gz: cannot be read as mentions records .*in line \d+"):
        load.store(interim, processed, db, params, run_info())
    con = duckdb.connect(str(db), read_only=True)
    try:  # nothing was committed: not even the tables
        assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()[0] == 0
    finally:
        con.close()


def test_damaged_gzip_names_the_file(tmp_path, story, params):
    interim, processed = story
    data = (interim / "quotes.jsonl.gz").read_bytes()
    (interim / "quotes.jsonl.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(PipelineError, match="quotes.jsonl.gz: cannot be read as quotes records"):
        load.store(interim, processed, tmp_path / "n.duckdb", params, run_info())


def test_read_uses_the_record_columns_and_ignores_unknown_fields(tmp_path, params):
    rows = story_rows()
    interim, processed = write_story(tmp_path / "in", rows=rows)
    lines = read_lines(interim / "posts.jsonl.gz")
    lines[1] = lines[1].replace('"author": "bob"', '"author": 4242, "extra": [1, {"x": 2}]')
    lines[2] = lines[2].replace('"origin": "embed"', '"origin": "embed", "unknown": null')
    write_lines(interim / "posts.jsonl.gz", lines + [""])
    db = tmp_path / "n.duckdb"
    assert load.store(interim, processed, db, params, run_info()).counts["posts"] == 3
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT author FROM posts WHERE post_id = 'reddit:t1_x'").fetchone()[0] == "4242"
    finally:
        con.close()
    assert field_types(Mention) == {"doc_id": "VARCHAR", "entity_id": "VARCHAR", "text": "VARCHAR", "label": "VARCHAR",
                                    "start_char": "BIGINT", "end_char": "BIGINT"}


def test_a_new_database_is_read_from_threads_and_an_existing_one_in_the_load(tmp_path, story, params, monkeypatch):
    calls = []
    real = read.read_in_threads
    monkeypatch.setattr(read, "read_in_threads", lambda con, files: calls.append(sorted(files)) or real(con, files))
    db = tmp_path / "n.duckdb"
    load.store(*story, db, params, run_info("run-1"))
    assert calls == [sorted(["reaction_labels"] + DATA_TABLES)]
    load.store(*story, db, params, run_info("run-2"))
    assert len(calls) == 1
    con = duckdb.connect(str(db), read_only=True)
    try:  # the scratch database is gone with the connection
        assert [r[0] for r in con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal")
                .fetchall()] == ["n"]
    finally:
        con.close()


# The child makes a new database and stops (forever) after inserting the posts, inside the
# transaction, until the parent kills it.
KILLED_FIRST_LOAD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from pipeline.config import load_params
    from pipeline.store import load

    real_insert = load.insert_new

    def insert_then_hang(con, spec, source, select):
        out = real_insert(con, spec, source, select)
        if spec.table == "posts":
            print("INSERTED", flush=True)
            time.sleep(120)
        return out

    load.insert_new = insert_then_hang
    interim, processed, db = map(Path, sys.argv[1:4])
    load.store(interim, processed, db, load_params(), {"run_id": "run-killed"})
""")


def test_sigkill_during_a_first_load_leaves_no_tables(tmp_path, story, params):
    db = tmp_path / "n.duckdb"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_FIRST_LOAD, *map(str, story), str(db)],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        line = child.stdout.readline()
        assert line.strip() == "INSERTED", f"child said {line!r}"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()[0] == 0
    finally:
        con.close()
    assert load.store(*story, db, params, run_info()).counts["articles"] == 2
