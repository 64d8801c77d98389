"""One crawl of the fault server through the real CLI (RELIABILITY 1, 3-5, 7-11, 14, 17, 18):
`newsreact crawl --allow-local`, then `extract`, `classify` and `store`, then the DuckDB file
is queried. Every good page must be an article, every bad one a failures row with a reason,
and the crawl must finish far sooner than its timeouts and retries would allow one by one.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.helpers import run_cli
from tests.reliability.fault_server import (
    BAD_STATUSES, BUSY, CHAIN_LENGTH, CP1252, GERMAN, GOOD_ARTICLES, MAX_BODY_BYTES, SLOW, WRONG_UTF8, FaultServer,
)

DOWNLOAD_TIMEOUT = 2
RETRY_TIMES = 1
MAX_REDIRECTS = 5
GOOD_PATHS = (*GOOD_ARTICLES, SLOW, BUSY, CP1252, WRONG_UTF8, GERMAN)


@dataclass
class FaultRun:
    work: Path
    server: FaultServer
    log: list[str]
    crawl_seconds: float
    articles: list[dict]
    german: dict
    failures: list[dict]
    outputs: str

    def failure_for(self, path: str) -> dict | None:
        url = self.server.url(path)
        return next((f for f in self.failures if f["url"] == url), None)


def query(db: Path, sql: str) -> list[dict]:
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory: pytest.TempPathFactory) -> FaultRun:
    work = tmp_path_factory.mktemp("fault")
    (work / "params.yaml").write_text(yaml.safe_dump({"crawl": {
        "download_timeout": DOWNLOAD_TIMEOUT, "retry_times": RETRY_TIMES, "max_redirects": MAX_REDIRECTS,
        "max_body_bytes": MAX_BODY_BYTES, "retry_after_max": 2, "autothrottle": False, "obey_robots": True,
    }}), encoding="utf-8")
    outputs = []
    with FaultServer() as server:
        sources = {"articles": [server.url(p) for p in (*GOOD_PATHS, *BAD_STATUSES)]}
        (work / "sources.yaml").write_text(yaml.safe_dump(sources), encoding="utf-8")
        started = time.monotonic()
        done = run_cli("--data-dir", "D", "crawl", "--sources", "sources.yaml", "--allow-local", cwd=work, timeout=120)
        crawl_seconds = time.monotonic() - started
        outputs.append(done.stdout + done.stderr)
        assert done.returncode == 0, done.stderr
        log = list(server.log)
    for command in ("extract", "classify", "store"):
        done = run_cli("--data-dir", "D", command, cwd=work, timeout=300)
        outputs.append(done.stdout + done.stderr)
        assert done.returncode == 0, f"{command}: {done.stderr}"
    db = work / "D" / "newsreact.duckdb"
    return FaultRun(
        work=work, server=server, log=log, crawl_seconds=crawl_seconds,
        articles=query(db, "select url, title, text, language from articles order by url"),
        german=query(db, f"""select a.language,
            (select count(*) from quotes q where q.article_id = a.article_id) as quotes,
            (select count(*) from mentions m where m.doc_id = a.article_id) as mentions
            from articles a where a.url = '{server.url(GERMAN)}'""")[0],
        failures=query(db, "select url, stage, status, error from failures order by url, stage, status"),
        outputs="\n".join(outputs),
    )


def test_finishes_well_inside_the_timeouts_and_retries(fault_run: FaultRun) -> None:
    """RELIABILITY 8: the endless body is cut at the download timeout, and the slow answers
    wait in parallel: one by one, the bad pages alone would need far longer."""
    one_by_one = len(BAD_STATUSES) * DOWNLOAD_TIMEOUT * (RETRY_TIMES + 1)
    assert fault_run.crawl_seconds < min(30, one_by_one / 2), fault_run.crawl_seconds


def test_every_good_page_is_an_article(fault_run: FaultRun) -> None:
    """RELIABILITY 4 (503 + Retry-After, then 200), 14 (charsets), and plain good pages."""
    urls = {a["url"] for a in fault_run.articles}
    assert urls == {fault_run.server.url(p) for p in GOOD_PATHS}


def test_no_bad_page_is_an_article_and_each_is_a_failure_with_a_reason(fault_run: FaultRun) -> None:
    """RELIABILITY 1, 5, 7, 9, 10, 11, 17, 18: each bad page is a failures row naming why."""
    for path, status in BAD_STATUSES.items():
        row = fault_run.failure_for(path)
        assert row is not None, f"{path}: no failures row in {fault_run.failures}"
        assert row["status"] == status, (path, row)
        assert row["error"], (path, row)
    article_urls = {a["url"] for a in fault_run.articles}
    assert not any("/bad/" in url for url in article_urls)
    assert all(a["text"].strip() and "\ufffd" not in a["text"] for a in fault_run.articles)


def test_decoding_of_pages_without_or_with_a_wrong_charset(fault_run: FaultRun) -> None:
    """RELIABILITY 14, end to end: cp1252 with no charset, and cp1252 behind a utf-8 header."""
    by_url = {a["url"]: a for a in fault_run.articles}
    cp1252 = by_url[fault_run.server.url(CP1252)]
    assert "naïve" in cp1252["title"] and "crème brûlée" in cp1252["text"] and "café’s" in cp1252["text"]
    wrong = by_url[fault_run.server.url(WRONG_UTF8)]
    assert "Résumé" in wrong["title"] and "éclairs" in wrong["text"]


def test_non_english_article_is_stored_without_english_rules(fault_run: FaultRun) -> None:
    """RELIABILITY 19, end to end: language recorded; no English quote or entity rules ran on it."""
    assert fault_run.german == {"language": "de", "quotes": 0, "mentions": 0}
    assert {a["language"] for a in fault_run.articles if "german" not in a["url"]} == {"en"}


def test_requests_made_and_not_made(fault_run: FaultRun) -> None:
    """Retries happen, but bounded; robots.txt-disallowed and refused targets are never requested."""
    log = fault_run.log
    assert log.count(BUSY) == 2  # 503 once, then the page
    assert log.count("/bad/throttled.html") == RETRY_TIMES + 1
    assert log.count("/bad/dropped.html") == RETRY_TIMES + 1
    assert log.count("/bad/endless.html") == RETRY_TIMES + 1
    assert "/bad/private.html" not in log  # RELIABILITY 1
    assert log.count("/bad/loop-a") == 1 and log.count("/bad/loop-b") == 1
    chain = [p for p in log if p.startswith("/bad/chain/")]
    assert len(chain) == MAX_REDIRECTS + 1 < CHAIN_LENGTH  # RELIABILITY 10


def test_a_failure_after_redirects_names_the_listed_url(fault_run: FaultRun) -> None:
    """The failures row carries the URL the sources listed; the error names the hop reached."""
    chain = fault_run.failure_for("/bad/chain/0")
    assert chain is not None and f"/bad/chain/{MAX_REDIRECTS}" in chain["error"]
    loop = fault_run.failure_for("/bad/loop-a")
    assert loop is not None and "/bad/loop-b" in loop["error"]
    assert not [f for f in fault_run.failures if "/bad/chain/" in f["url"] and not f["url"].endswith("/0")]


def test_file_redirect_is_never_followed(fault_run: FaultRun) -> None:
    """RELIABILITY 11: a redirect to file:///etc/passwd is refused even with --allow-local."""
    row = fault_run.failure_for("/bad/to-file")
    assert row is not None and "file:" in row["error"]
    assert not any(a["url"].startswith("file:") for a in fault_run.articles)
    assert not any("root:" in a["text"] for a in fault_run.articles)
    assert not any(f["url"].startswith("file:") and f["status"] != "refused" for f in fault_run.failures)


TABLES = ("articles", "posts", "entities", "mentions", "quotes", "reactions", "failures")
KEYS = {"articles": "article_id", "posts": "post_id", "entities": "entity_id", "quotes": "quote_id",
        "reactions": "reaction_id"}


def test_rerun_gives_identical_files_and_rows(fault_run: FaultRun) -> None:
    """RELIABILITY 28 and 23 on awkward input: extract and classify in fresh processes give the
    same bytes; storing again keeps every table's row count and adds no duplicate key."""
    first, again = fault_run.work / "D", fault_run.work / "D2"
    shutil.copytree(first / "raw", again / "raw")
    for command in ("extract", "classify"):
        done = run_cli("--data-dir", "D2", command, cwd=fault_run.work, timeout=300)
        assert done.returncode == 0, f"{command}: {done.stderr}"
    for folder in ("interim", "processed"):
        names = sorted(p.relative_to(first / folder) for p in (first / folder).rglob("*") if p.is_file())
        assert names == sorted(p.relative_to(again / folder) for p in (again / folder).rglob("*") if p.is_file())
        for name in names:
            assert (first / folder / name).read_bytes() == (again / folder / name).read_bytes(), name

    db = first / "newsreact.duckdb"
    count_sql = " union all ".join(f"select '{t}' as t, count(*) as n from {t}" for t in TABLES)
    before = {r["t"]: r["n"] for r in query(db, count_sql)}
    done = run_cli("--data-dir", "D", "store", cwd=fault_run.work, timeout=300)
    assert done.returncode == 0, done.stderr
    assert {r["t"]: r["n"] for r in query(db, count_sql)} == before
    for table, key in KEYS.items():
        assert query(db, f"select count(*) - count(distinct {key}) as d from {table}")[0]["d"] == 0, table
