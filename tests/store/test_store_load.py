"""Loading hand-off files into DuckDB: bulk upsert, idempotence, duplicates, one transaction."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import pytest

from pipeline import ids
from pipeline.errors import PipelineError, StageInputMissing
from pipeline.io import write_jsonl
from pipeline.records import Article
from pipeline.store.load import TABLES, store
from tests.store.story_fixture import run_info, story_rows, write_story

DATA_TABLES = [t for t in TABLES if t != "runs"]


def dump(db: Path) -> dict[str, list]:
    """Every data table's rows, sorted, for comparing two database states."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in DATA_TABLES}
    finally:
        con.close()


def scalar(db: Path, sql: str, params: list | None = None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchone()[0]
    finally:
        con.close()


def test_first_load_counts_and_types(tmp_path, story, params):
    db = tmp_path / "n.duckdb"
    result = store(*story, db, params, run_info())
    assert result.stage == "store"
    assert {k: result.counts[k] for k in DATA_TABLES} == {
        "articles": 2, "posts": 3, "entities": 2, "mentions": 2, "quotes": 3, "reactions": 5, "failures": 2,
    }
    assert result.counts["new"] == 19 and result.counts["updated"] == 0 and result.counts["batch_duplicates"] == 0
    # An offset of -02:00 is stored as UTC.
    assert str(scalar(db, "SELECT published_at FROM articles WHERE outlet = 'Example Net'")) == "2026-11-03 03:10:00"
    assert scalar(db, "SELECT authors FROM articles LIMIT 1") == ["Staff Writer"]
    assert scalar(db, "SELECT count(*) FROM reactions WHERE label IS NULL") == 0
    counts = json.loads(scalar(db, "SELECT counts FROM runs WHERE run_id = 'run-1'"))
    assert counts["reactions"] == 5 and counts["articles"] == 2


def test_same_input_twice_changes_nothing(tmp_path, story, params):
    db = tmp_path / "n.duckdb"
    store(*story, db, params, run_info("run-1"))
    before = dump(db)
    again = store(*story, db, params, run_info("run-2"))
    assert dump(db) == before
    assert again.counts["new"] == 0 and again.counts["updated"] == 0 and again.counts["unchanged"] == 19
    assert scalar(db, "SELECT count(*) FROM runs") == 2


def test_later_crawl_adds_new_rows_and_updates_changed_ones(tmp_path, story, later_story, params):
    db = tmp_path / "n.duckdb"
    store(*story, db, params, run_info("run-1"))
    result = store(*later_story, db, params, run_info("run-2"))
    assert result.counts["articles"] == 3 and result.counts["posts"] == 4 and result.counts["reactions"] == 6
    assert result.counts["new"] == 3 and result.counts["updated"] == 1
    first = ids.reaction_id("post", "mastodon:1")
    assert scalar(db, "SELECT label FROM reactions WHERE reaction_id = ?", [first]) == "relief"
    # Rows the later crawl does not mention are kept: the warehouse accumulates.
    store(*story, db, params, run_info("run-3"))
    assert scalar(db, "SELECT count(*) FROM articles") == 3


def test_in_batch_duplicates_resolved_and_counted(tmp_path, params):
    rows = story_rows()
    old = rows["articles"][0]
    newer = Article(**{**old.__dict__, "title": "Feed goes dark (updated)", "crawled_at": "2026-11-04T00:00:00+00:00"})
    rows["articles"] = [newer, old, rows["articles"][1]]  # the newer copy first: order must not matter
    rows["failures"] = rows["failures"] * 2
    interim, processed = write_story(tmp_path / "dup", rows=rows)
    db = tmp_path / "n.duckdb"
    result = store(interim, processed, db, params, run_info())
    assert result.counts["articles"] == 2
    assert result.counts["batch_duplicates"] == 3  # one article, two failures
    assert scalar(db, "SELECT title FROM articles WHERE article_id = ?", [old.article_id]) == "Feed goes dark (updated)"


def test_missing_failures_file_is_empty_but_missing_articles_is_an_error(tmp_path, story, params):
    interim, processed = story
    (interim / "failures.jsonl.gz").unlink()
    db = tmp_path / "n.duckdb"
    assert store(interim, processed, db, params, run_info()).counts["failures"] == 0
    (interim / "articles.jsonl.gz").unlink()
    with pytest.raises(StageInputMissing, match="articles.jsonl.gz is missing"):
        store(interim, processed, db, params, run_info("run-2"))


def test_empty_inputs_load(tmp_path, params):
    rows = {name: [] for name in story_rows()}
    interim, processed = write_story(tmp_path / "empty", rows=rows)
    result = store(interim, processed, tmp_path / "n.duckdb", params, run_info())
    assert all(result.counts[t] == 0 for t in DATA_TABLES)


def test_a_failing_load_leaves_the_last_committed_state(tmp_path, story, later_story, params):
    db = tmp_path / "n.duckdb"
    store(*story, db, params, run_info("run-1"))
    before = dump(db)
    interim, processed = later_story
    with gzip.open(interim / "reactions.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"reaction_id": "r_1", "origin": "post"\n')  # truncated JSON
    with pytest.raises(PipelineError, match="reactions.jsonl.gz: cannot be read as reactions records"):
        store(interim, processed, db, params, run_info("run-2"))
    assert dump(db) == before
    assert scalar(db, "SELECT count(*) FROM runs") == 1


def test_unlabelled_reaction_keeps_null_label(tmp_path, params):
    rows = story_rows()
    rows["reaction_labels"] = rows["reaction_labels"][1:]
    interim, processed = write_story(tmp_path / "nolabel", rows=rows)
    db = tmp_path / "n.duckdb"
    store(interim, processed, db, params, run_info())
    assert scalar(db, "SELECT count(*) FROM reactions WHERE label IS NULL") == 1
    assert scalar(db, "SELECT unlabelled FROM v_story_summary") == 1


def test_bad_timestamp_becomes_null(tmp_path, params):
    rows = story_rows()
    rows["posts"][0] = rows["posts"][0].__class__(**{**rows["posts"][0].__dict__, "created_at": "yesterday-ish"})
    interim, processed = write_story(tmp_path / "ts", rows=rows)
    db = tmp_path / "n.duckdb"
    store(interim, processed, db, params, run_info())
    assert scalar(db, "SELECT created_at FROM posts WHERE post_id = 'mastodon:1'") is None


def test_write_jsonl_roundtrip_used_by_fixture(tmp_path):
    # Guard: the fixture's files are what pipeline.io writes (gzip, one JSON object per line).
    path = tmp_path / "x.jsonl.gz"
    write_jsonl(path, story_rows()["entities"])
    lines = gzip.open(path, "rt", encoding="utf-8").read().splitlines()
    assert json.loads(lines[0])["name"] == "Lena Ortiz"


def test_store_while_this_process_reads_is_busy(loaded_db, story, params):
    from pipeline.errors import DatabaseBusy
    from pipeline.store.db import open_reader

    reader = open_reader(loaded_db, wait_s=0)
    try:
        with pytest.raises(DatabaseBusy, match="already open in this process"):
            store(*story, loaded_db, params, run_info("run-2"))
    finally:
        reader.close()
    assert store(*story, loaded_db, params, run_info("run-2")).counts["runs"] == 2


def test_damaged_database_file_is_a_clear_error(tmp_path, story, params):
    db = tmp_path / "n.duckdb"
    db.write_bytes(b"this is not a database" * 200)
    with pytest.raises(PipelineError, match="cannot open the database.*move it aside"):
        store(*story, db, params, run_info())


def test_re_extraction_replaces_what_a_document_yields(tmp_path, story, params):
    from pipeline.records import Quote, Reaction

    db = tmp_path / "n.duckdb"
    store(*story, db, params, run_info("run-1"))
    rows = story_rows()
    a1, a2 = rows["articles"]
    # A better extractor: the first article's first quote now ends before the comma (new id),
    # and it no longer finds the City Hall mention in the second article.
    old = rows["quotes"][0]
    moved = Quote(**{**old.__dict__, "quote_id": ids.quote_id(a1.article_id, old.start_char, old.end_char - 1),
                     "text": old.text[:-1], "end_char": old.end_char - 1})
    rows["quotes"][0] = moved
    old_reaction = ids.reaction_id("quote", old.quote_id)
    rows["reactions"] = [r for r in rows["reactions"] if r.reaction_id != old_reaction] + [
        Reaction(ids.reaction_id("quote", moved.quote_id), "quote", a1.article_id, None, moved.quote_id, moved.text, "one user")]
    rows["mentions"] = [m for m in rows["mentions"] if m.text != "City Hall"]
    interim, processed = write_story(tmp_path / "better", rows=rows)
    result = store(interim, processed, db, params, run_info("run-2"))
    assert result.counts["stale_removed"] == 3  # the old quote, its reaction, the false mention
    assert scalar(db, "SELECT count(*) FROM quotes") == 3
    assert scalar(db, "SELECT count(*) FROM quotes WHERE quote_id = ?", [old.quote_id]) == 0
    assert scalar(db, "SELECT count(*) FROM reactions WHERE reaction_id = ?", [old_reaction]) == 0
    assert scalar(db, "SELECT count(*) FROM mentions") == 1
    # A batch that leaves an article out keeps everything that article yielded.
    rows = story_rows()
    rows["articles"] = rows["articles"][:1]
    rows["quotes"] = [q for q in rows["quotes"] if q.article_id == a1.article_id]
    rows["mentions"] = []
    interim, processed = write_story(tmp_path / "partial", rows=rows)
    store(interim, processed, db, params, run_info("run-3"))
    assert scalar(db, "SELECT count(*) FROM quotes WHERE article_id = ?", [a2.article_id]) == 1
    assert scalar(db, "SELECT count(*) FROM mentions WHERE doc_id = ?", [a2.article_id]) == 1
