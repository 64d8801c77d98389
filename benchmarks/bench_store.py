"""How fast `store` loads, against a bare DuckDB Arrow insert of the same rows.

    .venv/bin/python benchmarks/bench_store.py [N]

Writes N synthetic reactions (with their posts and labels, N/10 articles, N/5 mentions) as
the hand-off files the store stage reads, then times, in this process:
  - store(): read the gzipped JSON Lines (pyarrow, two threads), insert them into the new
    tables (primary keys added after the rows), one transaction, into a new database file;
  - bare: the same rows, already in memory as Arrow tables, inserted with
    INSERT INTO t SELECT * FROM arrow_table into key-less tables of a new database file.
  - keyed: the same Arrow insert into the real schema (primary keys, TIMESTAMP columns).
Prints rows/second of each and the ratios store / bare (the aim is >= 0.5) and store / keyed.
A second store() of the same files (all rows unchanged: the stage, compare and merge path)
is timed too. The bare baselines
start from rows already parsed into Arrow; store() also reads and parses the gzipped files.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline import ids
from pipeline.config import load_params
from pipeline.io import write_jsonl
from pipeline.records import LABELS, Article, Mention, Post, Reaction, ReactionLabel
from pipeline.store.db import create_schema
from pipeline.store.load import store


def synthetic(n: int) -> dict[str, list]:
    articles, posts, reactions, labels, mentions = [], [], [], [], []
    for a in range(max(1, n // 10)):
        url = f"https://outlet{a % 7}.example/story/{a}"
        text = " ".join(f"Sentence {s} of article {a} about the quiet eleven minutes." for s in range(30))
        articles.append(Article(ids.article_id(url), url, url, f"Outlet {a % 7}", f"Story {a}", ["A. Writer"],
                                f"2026-11-0{1 + a % 5}T{a % 24:02d}:00:00+00:00", "en", text, "2026-11-06T00:00:00+00:00"))
    for i in range(n):
        post_id = f"mastodon:{10**17 + i}"
        article = articles[i % len(articles)].article_id
        text = f"Reaction number {i}: eleven minutes of calm, what a time to be online #{i % 50}"
        posts.append(Post(post_id, "mastodon", f"https://social.example/@u{i}/{i}", f"u{i % 997}",
                          f"2026-11-0{1 + i % 5}T{i % 24:02d}:{i % 60:02d}:00Z", text, None, article))
        rid = ids.reaction_id("post", post_id)
        reactions.append(Reaction(rid, "post", article, post_id, None, text, f"u{i % 997}"))
        label = LABELS[i % 4]
        scores = [0.7 if name == label else 0.1 for name in LABELS]
        labels.append(ReactionLabel(rid, label, *scores, "bench-1"))
    for m in range(max(1, n // 5)):
        doc = articles[m % len(articles)].article_id
        mentions.append(Mention(doc, f"e_{m % 40:016x}", "City Hall", "ORG", m * 10, m * 10 + 9))
    return {"articles": articles, "posts": posts, "entities": [], "mentions": mentions, "quotes": [],
            "reactions": reactions, "reaction_labels": labels, "failures": []}


def write_inputs(rows: dict[str, list], root: Path) -> tuple[Path, Path]:
    for name, records in rows.items():
        folder = root / ("processed" if name == "reaction_labels" else "interim")
        write_jsonl(folder / f"{name}.jsonl.gz", records)
    return root / "interim", root / "processed"


def bare_insert(rows: dict[str, list], db: Path, keyed: bool = False) -> float:
    """Seconds to insert the rows as Arrow tables (built beforehand) into plain tables.

    ``keyed``: into the real schema (primary keys, TIMESTAMP columns) instead, by column name;
    reaction labels go in as their own table either way.
    """
    tables = {name: pa.Table.from_pylist([asdict(r) for r in records])
              for name, records in rows.items() if records}
    con = duckdb.connect(str(db))
    try:
        if keyed:
            create_schema(con)
        started = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        for name, table in tables.items():
            con.register("batch", table)
            if not keyed or name == "reaction_labels":
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM batch LIMIT 0")
            names = ", ".join(table.column_names)
            con.execute(f"INSERT INTO {name} ({names}) SELECT {names} FROM batch")
            con.unregister("batch")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        return time.perf_counter() - started
    finally:
        con.close()


def main(n: int) -> None:
    rows = synthetic(n)
    total = sum(len(v) for v in rows.values())
    params = load_params()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        interim, processed = write_inputs(rows, root / "in")
        started = time.perf_counter()
        store(interim, processed, root / "store.duckdb", params, {"run_id": "bench-1"})
        store_s = time.perf_counter() - started
        started = time.perf_counter()
        store(interim, processed, root / "store.duckdb", params, {"run_id": "bench-2"})
        again_s = time.perf_counter() - started
        bare_s = bare_insert(rows, root / "bare.duckdb")
        keyed_s = bare_insert(rows, root / "keyed.duckdb", keyed=True)
    print(f"rows: {total} (reactions {n})")
    print(f"store:        {total / store_s:12,.0f} rows/s  ({store_s:.2f} s)")
    print(f"store again:  {total / again_s:12,.0f} rows/s  ({again_s:.2f} s, all unchanged)")
    print(f"bare arrow:   {total / bare_s:12,.0f} rows/s  ({bare_s:.2f} s)")
    print(f"arrow, keyed: {total / keyed_s:12,.0f} rows/s  ({keyed_s:.2f} s, same schema and primary keys)")
    print(f"ratio store/bare: {bare_s / store_s:.2f}   store/keyed: {keyed_s / store_s:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
