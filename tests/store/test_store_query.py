"""`newsreact query` and saved queries: read-only, no files, no settings, a timeout, formats."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest

from pipeline.config import load_params
from pipeline.errors import ConfigError, PipelineError, QueryRefused, StageInputMissing
from pipeline.store.load import store
from pipeline.store.query import list_saved_queries, run_query, run_saved_query
from tests.store.story_fixture import run_info, write_story


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory):
    """One database for the whole module: queries cannot change it (that is the point)."""
    root = tmp_path_factory.mktemp("query")
    db = root / "newsreact.duckdb"
    store(*write_story(root / "v1"), db, load_params(), run_info("run-1"))
    return db


@pytest.mark.parametrize("sql", [
    "INSERT INTO articles (article_id, url) VALUES ('a_x', 'https://x.example')",
    "UPDATE reactions SET label = 'joke'",
    "DELETE FROM articles",
    "CREATE TABLE notes AS SELECT 1",
    "CREATE TEMP TABLE notes AS SELECT 1",
    "DROP TABLE articles",
    "ATTACH 'other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "COPY articles TO 'out.csv'",
    "EXPORT DATABASE 'dump'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM read_parquet('x.parquet')",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "PRAGMA threads = 1",
    "SELECT 1; DROP TABLE articles",
])
def test_query_refuses_writes_files_and_settings(loaded_db, sql):
    with pytest.raises(QueryRefused):
        run_query(loaded_db, sql)
    assert run_query(loaded_db, "SELECT count(*) AS n FROM articles", fmt="csv") == "n\r\n2\r\n"


def test_file_path_as_table_is_not_read(loaded_db):
    with pytest.raises(PipelineError, match="does not exist"):
        run_query(loaded_db, "SELECT * FROM '/etc/passwd'")


def test_long_query_is_interrupted(loaded_db):
    started = time.monotonic()
    with pytest.raises(QueryRefused, match="stopped after 0.5 s"):
        run_query(loaded_db, "SELECT count(*) FROM range(1000000000000) a, range(10) b", timeout_s=0.5)
    assert time.monotonic() - started < 10


def test_bad_sql_is_a_pipeline_error(loaded_db):
    with pytest.raises(PipelineError, match="not valid SQL"):
        run_query(loaded_db, "SELEC 1")
    with pytest.raises(PipelineError, match="Table with name nope does not exist"):
        run_query(loaded_db, "SELECT * FROM nope")


def test_missing_database(tmp_path):
    with pytest.raises(StageInputMissing, match="run `newsreact store`"):
        run_query(tmp_path / "none.duckdb", "SELECT 1")


def test_csv_format_header_then_rows_and_neutralised(loaded_db, tmp_path):
    out = tmp_path / "r.csv"
    text = run_query(loaded_db, "SELECT post_id, text FROM posts ORDER BY post_id", fmt="csv", out=out)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["post_id", "text"]
    assert len(rows) == 4
    assert dict(rows[1:])["mastodon:1"] == "'=1+1 eleven minutes of peace"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert out.read_bytes() == b"\xef\xbb\xbf" + text.encode("utf-8")


def test_json_format_is_one_array_of_objects(loaded_db):
    text = run_query(loaded_db, "SELECT article_id, authors, published_at FROM articles ORDER BY published_at", fmt="json")
    data = json.loads(text)
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["authors"] == ["Staff Writer"]
    assert data[0]["published_at"] == "2026-11-02T23:45:00"
    assert json.loads(run_query(loaded_db, "SELECT 1 AS x WHERE false", fmt="json")) == []


def test_table_format_is_aligned(loaded_db):
    text = run_query(loaded_db, "SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY outlet")
    lines = text.splitlines()
    assert lines[0].split() == ["outlet", "n"]
    assert "Example Net" in text and text.rstrip().endswith("(2 rows)")
    with pytest.raises(ConfigError, match="unknown format"):
        run_query(loaded_db, "SELECT 1", fmt="xml")


def test_read_only_helpers_still_work(loaded_db):
    assert "articles" in run_query(loaded_db, "SHOW TABLES")
    assert "canonical_url" in run_query(loaded_db, "DESCRIBE articles")
    assert "article_id" in run_query(loaded_db, "SELECT * FROM v_quotes_by_speaker", fmt="csv")


def test_saved_queries_are_listed_with_descriptions():
    saved = list_saved_queries()
    assert {"quotes_by_speaker", "reactions_for_article", "reaction_mix", "top_entities", "timeline"} <= set(saved)
    assert all(description for description in saved.values())


def test_saved_query_with_parameter(loaded_db):
    rows = list(csv.DictReader(io.StringIO(run_saved_query(loaded_db, "quotes_by_speaker", {"speaker": "SPOKES"}, fmt="csv"))))
    assert [r["speaker"] for r in rows] == ["a spokesperson"]
    assert "told reporters" in rows[0]["sentence"]
    assert rows[0]["url"] == "https://example.org/news/feed-off"
    # A parameter is a value, never SQL.
    assert json.loads(run_saved_query(loaded_db, "quotes_by_speaker", {"speaker": "' OR 1=1 --"}, fmt="json")) == []
    data = json.loads(run_saved_query(loaded_db, "reactions_for_article", {"url": "https://example.org/news/feed-off"}, fmt="json"))
    assert [r["platform"] for r in data] == ["news", "mastodon"]


def test_saved_query_parameter_errors(loaded_db):
    with pytest.raises(ConfigError, match="needs parameter"):
        run_saved_query(loaded_db, "quotes_by_speaker", {})
    with pytest.raises(ConfigError, match="has no parameter"):
        run_saved_query(loaded_db, "reaction_mix", {"speaker": "x"})
    with pytest.raises(ConfigError, match="no saved query 'nope'"):
        run_saved_query(loaded_db, "nope", {})


@pytest.mark.parametrize("name", ["reaction_mix", "top_entities", "timeline", "failures"])
def test_every_saved_query_runs(loaded_db, name):
    assert run_saved_query(loaded_db, name, {}, fmt="csv").count("\r\n") >= 2


def test_table_format_caps_rows_but_csv_has_all(loaded_db):
    text = run_query(loaded_db, "SELECT range AS n FROM range(1500)")
    assert "(1500 rows; the first 1000 shown" in text
    assert " 999" in text and " 1000\n" not in text
    assert run_query(loaded_db, "SELECT range AS n FROM range(1500)", fmt="csv").count("\r\n") == 1501
