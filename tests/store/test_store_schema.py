"""schema.sql mirrors pipeline/records.py, and the views all run on an empty database."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import duckdb
import pytest

from pipeline import records
from pipeline.store.db import create_schema

TABLE_OF = {
    records.Article: "articles",
    records.Post: "posts",
    records.Entity: "entities",
    records.Mention: "mentions",
    records.Quote: "quotes",
    records.Reaction: "reactions",
    records.ReactionLabel: "reactions",
    records.Failure: "failures",
}
CONTRACT = {
    "articles": "article_id url canonical_url outlet title authors published_at language text crawled_at",
    "posts": "post_id platform url author created_at text reply_to_url article_id",
    "entities": "entity_id name label aliases",
    "mentions": "doc_id entity_id text label start_char end_char",
    "quotes": "quote_id article_id text start_char end_char speaker speaker_text speaker_start_char "
              "speaker_end_char speaker_entity_id speaker_kind cue",
    "reactions": "reaction_id origin article_id post_id quote_id text author label score_joke score_relief "
                 "score_criticism score_other model_version",
    "runs": "run_id started_at finished_at params_hash code_version counts",
    "failures": "url stage status error at",
}


@pytest.fixture()
def empty_db(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(tmp_path / "empty.duckdb"))
    create_schema(con)
    yield con
    con.close()


def columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()
    return dict(rows)


@pytest.mark.parametrize("record", list(TABLE_OF), ids=lambda r: r.__name__)
def test_every_record_field_has_a_column(empty_db, record):
    have = columns(empty_db, TABLE_OF[record])
    missing = [f.name for f in fields(record) if f.name not in have]
    assert not missing, f"{TABLE_OF[record]} lacks columns for {record.__name__}: {missing}"


@pytest.mark.parametrize("table", list(CONTRACT))
def test_contract_columns_exist(empty_db, table):
    have = columns(empty_db, table)
    assert set(CONTRACT[table].split()) <= set(have)


def test_contract_types(empty_db):
    assert columns(empty_db, "articles")["authors"] == "VARCHAR[]"
    assert columns(empty_db, "articles")["published_at"] == "TIMESTAMP"
    assert columns(empty_db, "entities")["aliases"] == "VARCHAR[]"
    assert columns(empty_db, "failures")["at"] == "TIMESTAMP"
    assert columns(empty_db, "runs")["counts"] == "JSON"


def test_primary_keys(empty_db):
    keys = empty_db.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    assert dict(keys) == {
        "articles": ["article_id"], "posts": ["post_id"], "entities": ["entity_id"], "quotes": ["quote_id"],
        "reactions": ["reaction_id"], "runs": ["run_id"], "failures": ["url", "stage", "status"],
        "mentions": ["doc_id", "entity_id", "start_char", "end_char"],
    }


def test_views_run_on_an_empty_database(empty_db):
    views = [r[0] for r in empty_db.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
    assert {"v_reaction_mix", "v_top_entities", "v_quotes_by_speaker", "v_timeline", "v_story_summary"} <= set(views)
    for view in views:
        empty_db.execute(f"SELECT * FROM {view}").fetchall()
    assert empty_db.execute("SELECT articles, reactions FROM v_story_summary").fetchall() == [(0, 0)]


def test_a_database_from_before_an_added_column_gains_it(tmp_path):
    """Columns added after the first release (reactions.tone_cue, articles.published_from) are
    added to an older database's tables when the store opens it; its rows are kept."""
    from pipeline.config import load_params
    from pipeline.store.load import store
    from tests.store.story_fixture import run_info, write_story

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    create_schema(con)
    con.execute("ALTER TABLE articles DROP COLUMN published_from")
    con.execute("ALTER TABLE reactions DROP COLUMN tone_cue")
    con.execute("INSERT INTO articles (article_id, url, text) VALUES ('a_old', 'https://example.org/old', 'Old text.')")
    con.close()
    params = load_params(Path(__file__).parents[2] / "pipeline" / "params.yaml")
    store(*write_story(tmp_path / "story"), db, params, run_info())
    with duckdb.connect(str(db), read_only=True) as con:
        assert "published_from" in columns(con, "articles") and "tone_cue" in columns(con, "reactions")
        rows = dict(con.execute("SELECT article_id, published_from FROM articles").fetchall())
    assert rows.pop("a_old") is None and rows and set(rows.values()) == {"page"}
