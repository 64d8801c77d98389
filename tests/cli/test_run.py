"""End to end: `newsreact run` on the bundled demo story, through the real entry point.

One demo run per module (about a minute): crawl over loopback with Scrapy, extract with spaCy,
classify with the shipped scikit-learn model, store in DuckDB, report. Then a second run in the
same folder must give the same row counts (no duplicates).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.helpers import run_cli

CONTRACT_TABLES = ("articles", "posts", "entities", "mentions", "quotes", "reactions", "runs", "failures")
DATA_TABLES = tuple(t for t in CONTRACT_TABLES if t != "runs")


def query_json(story: Path, sql: str) -> list[dict]:
    result = run_cli("query", "--format", "json", sql, cwd=story)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def table_counts(story: Path) -> dict[str, int]:
    sql = " union all ".join(f"select '{t}' as t, count(*) as n from {t}" for t in CONTRACT_TABLES)
    return {row["t"]: row["n"] for row in query_json(story, sql)}


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("story")
    result = run_cli("run", cwd=folder)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    (folder / "first_run.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return folder


@pytest.mark.slow
def test_run_prints_a_summary(story):
    out = (story / "first_run.txt").read_text(encoding="utf-8")
    for stage in ("crawl:", "extract:", "classify:", "store:", "report:"):
        assert stage in out
    assert "Reactions:" in out and "Top entities:" in out and "newsreact.duckdb" in out
    story_line = next(line for line in out.splitlines() if line.startswith("Story: "))
    assert re.fullmatch(r"Story: \d+ articles, \d+ posts, \d+ quotes, \d+ entities, 1 failure", story_line), story_line
    assert (story / "data" / "newsreact.duckdb").exists()
    assert (story / "data" / "reports").is_dir()


@pytest.mark.slow
def test_every_contract_table_has_rows(story):
    counts = table_counts(story)
    empty = [t for t, n in counts.items() if n == 0]
    assert not empty, counts
    assert counts["articles"] >= 8


@pytest.mark.slow
def test_all_four_labels_present(story):
    rows = query_json(story, "select label, count(*) as n from reactions group by 1")
    assert {r["label"] for r in rows} == {"joke", "relief", "criticism", "other"}


@pytest.mark.slow
def test_reactions_of_every_origin(story):
    rows = query_json(story, "select origin, count(*) as n from reactions group by 1")
    assert {r["origin"] for r in rows} == {"post", "quote", "embed"}


@pytest.mark.slow
def test_quotes_trace_back_to_article_text(story):
    rows = query_json(
        story,
        "select q.text as quote, substr(a.text, q.start_char + 1, q.end_char - q.start_char) as span "
        "from quotes q join articles a using (article_id)",
    )
    assert rows
    for row in rows:
        assert row["quote"].split()[0] in row["span"], row


@pytest.mark.slow
def test_second_run_gives_the_same_counts(story):
    before = table_counts(story)
    result = run_cli("run", cwd=story)
    assert result.returncode == 0, result.stderr
    after = table_counts(story)
    assert {t: after[t] for t in DATA_TABLES} == {t: before[t] for t in DATA_TABLES}
    assert after["runs"] == before["runs"] + 1
    dupes = query_json(story, "select count(*) - count(distinct article_id) as d from articles")
    assert dupes[0]["d"] == 0


@pytest.mark.slow
@pytest.mark.parametrize("sql", [
    "delete from articles",
    "create table x as select 1",
    "insert into runs select * from runs",
    "attach ':memory:' as other",
    "install httpfs",
    "copy articles to 'out.csv'",
    "select * from read_csv('/etc/passwd')",
    "set threads = 1",
])
def test_query_refuses_anything_that_writes(story, sql):
    result = run_cli("query", sql, cwd=story)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert not (story / "out.csv").exists()


@pytest.mark.slow
def test_query_formats(story):
    result = run_cli("query", "--format", "csv", "select label, count(*) as n from reactions group by 1 order by 1", cwd=story)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert rows[0] == ["label", "n"]
    assert [r[0] for r in rows[1:]] == ["criticism", "joke", "other", "relief"]
    table = run_cli("query", "select count(*) as n from articles", cwd=story)
    assert table.returncode == 0 and "n" in table.stdout


@pytest.mark.slow
def test_tone_prints_json_lines(story):
    result = run_cli("tone", "-", cwd=story, input="finally some good news, phew\nthis is a disgrace\n\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert row["label"] in {"joke", "relief", "criticism", "other"}
        assert set(row["scores"]) == {"joke", "relief", "criticism", "other"}
        assert abs(sum(row["scores"].values()) - 1) < 1e-6
