"""The store stage: load the interim and processed hand-off files into the DuckDB file.

Reads data/interim/{articles,posts,entities,mentions,quotes,reactions,failures}.jsonl.gz and
data/processed/reaction_labels.jsonl.gz; writes data/newsreact.duckdb (tables: schema.sql,
views: views.sql, primary keys: keys.sql). Files are read in bulk by DuckDB's JSON reader, never
row by row: for a new database two at a time from threads before the load's transaction
(read.py), for an existing one straight into stage tables in the transaction (staging.sql).

Loading is an upsert on each table's primary key, in ONE transaction: the same input twice
changes nothing, a later crawl adds what is new and updates what changed, and a process
killed mid-load leaves the database at its last committed state. In-batch duplicates of a
key are resolved by a stated rule (upsert.sql) and counted. A document in the batch is
authoritative for what hangs off it: its mentions, quotes and in-article reactions that the
new extraction no longer yields are removed (counted as stale_removed).

A table that held no rows before the load (every table of a new database) takes its rows
straight from the file in one INSERT, in-batch duplicates resolved by the same rule, and a
table new in this load gets its primary key after its rows; a table with rows gets the batch
staged, compared and merged. Both give the same rows and counts (tests/store/test_store_fresh.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import wait
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from pipeline import records
from pipeline.errors import PipelineError, StageInputMissing
from pipeline.records import StageResult
from pipeline.store import read
from pipeline.store.db import add_primary_keys, create_tables, open_writer, sql_sections
from pipeline.store.read import Source

log = logging.getLogger(__name__)

PACKAGE = "pipeline.store"


@dataclass(frozen=True)
class TableLoad:
    """How one table is fed: its input file, its key and which row wins a key clash."""

    table: str
    directory: str  # "interim" | "processed"
    filename: str
    key: tuple[str, ...] = ()  # empty: rows are identified by all their columns
    newest: str = "NULL"  # column whose latest value wins an in-batch clash
    required: bool = True


TABLE_LOADS: tuple[TableLoad, ...] = (
    TableLoad("articles", "interim", "articles.jsonl.gz", ("article_id",), "crawled_at"),
    TableLoad("posts", "interim", "posts.jsonl.gz", ("post_id",), "created_at"),
    TableLoad("entities", "interim", "entities.jsonl.gz", ("entity_id",)),
    TableLoad("mentions", "interim", "mentions.jsonl.gz", ("doc_id", "entity_id", "start_char", "end_char")),
    TableLoad("quotes", "interim", "quotes.jsonl.gz", ("quote_id",)),
    TableLoad("reactions", "interim", "reactions.jsonl.gz", ("reaction_id",)),
    # One row per URL, stage and reason: a rerun that fails the same way updates `at`, not the count.
    TableLoad("failures", "interim", "failures.jsonl.gz", ("url", "stage", "status"), '"at"', required=False),
)
LABELS_FILE = "reaction_labels.jsonl.gz"
# The record each input file holds (pipeline/records.py): the columns it is read with.
RECORD_OF: dict[str, type] = {
    "articles": records.Article, "posts": records.Post, "entities": records.Entity, "mentions": records.Mention,
    "quotes": records.Quote, "reactions": records.Reaction, "failures": records.Failure,
    "reaction_labels": records.ReactionLabel,
}
# (table, upsert.sql step): rows hanging off a re-extracted document that it no longer yields.
PRUNE_STEPS: tuple[tuple[str, str], ...] = (
    ("mentions", "prune_mentions"), ("quotes", "prune_quotes"),
    ("reactions", "prune_reactions"), ("posts", "prune_embeds"),
)
TABLES: tuple[str, ...] = tuple(t.table for t in TABLE_LOADS) + ("runs",)


def store(interim_dir: Path, processed_dir: Path, db_path: Path, params: dict, run_info: dict) -> StageResult:
    """Load one run's hand-off files into ``db_path`` and record the run in ``runs``.

    ``params`` is the whole params dict (section ``store`` is used); ``run_info`` has
    run_id, started_at, params_hash and code_version. Returns the rows per table after the
    load and how many rows were new, updated, unchanged or in-batch duplicates.
    """
    settings = params.get("store", {}) or {}
    paths = input_paths(Path(interim_dir), Path(processed_dir))
    new_database = not Path(db_path).exists()
    con = open_writer(Path(db_path), wait_s=float(settings.get("lock_wait_s", 5)))
    try:
        # A new database: the files are read two at a time from threads first (read.py).
        sources = read_inputs(con, paths) if new_database else {}
        con.execute("BEGIN TRANSACTION")
        try:
            changes, totals = load_all(con, paths, sources)
            runs_before = totals.pop("runs", None)  # known when the table was empty
            record_run(con, run_info, totals)
            totals["runs"] = 1 if runs_before == 0 else table_counts(con, ("runs",))["runs"]
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("CHECKPOINT")
    finally:
        con.close()
    counts = {table: totals[table] for table in TABLES}
    for name in ("new", "updated", "unchanged", "batch_duplicates", "stale_removed"):
        counts[name] = sum(c[name] for c in changes.values())
    result = StageResult(stage="store", counts=counts, outputs=[str(db_path)])
    log.info(result.summary())
    return result


def input_paths(interim_dir: Path, processed_dir: Path) -> dict[str, Path | None]:
    """The file behind each staged table; None for an optional file that is not there."""
    paths: dict[str, Path | None] = {}
    for spec in TABLE_LOADS:
        path = (interim_dir if spec.directory == "interim" else processed_dir) / spec.filename
        if not path.exists():
            if spec.required:
                raise StageInputMissing(f"{path} is missing; run `newsreact extract` first")
            path = None
        paths[spec.table] = path
    labels = processed_dir / LABELS_FILE
    if not labels.exists():
        raise StageInputMissing(f"{labels} is missing; run `newsreact classify` first")
    paths["reaction_labels"] = labels
    return paths


def read_inputs(con: duckdb.DuckDBPyConnection, paths: dict[str, Path | None]) -> dict[str, Source]:
    """Read every input file from threads (labels, then the largest files first, so the last
    to finish is a small one); waits for all of them, then raises the first failure."""
    files = {"reaction_labels": (paths["reaction_labels"], RECORD_OF["reaction_labels"], ("reaction_id",),
                                 records_named("reaction_labels"))}
    present = [spec for spec in TABLE_LOADS if paths[spec.table] is not None]
    for spec in sorted(present, key=lambda spec: -paths[spec.table].stat().st_size):
        files[spec.table] = (paths[spec.table], RECORD_OF[spec.table], spec.key, records_named(spec.table))
    reads = read.read_in_threads(con, files)
    wait(reads.values())  # no thread may still use the connection when this returns
    return {name: done.result() for name, done in reads.items()}


def load_all(con: duckdb.DuckDBPyConnection, paths: dict[str, Path | None],
             sources: dict[str, Source] | None = None) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Read every file and merge it into its table; the caller owns the transaction.

    ``sources``: files already read (``read_inputs``); the others are read here by DuckDB's
    reader into their stage tables. Returns the changes per table and the rows per table
    after the load; ``runs`` is there (as 0) only when that table was empty.
    """
    sources = sources or {}
    new_tables = create_tables(con)
    staging = sql_sections(PACKAGE, "staging.sql")
    con.execute(staging["macros"])
    # A table with no rows before this load (every table of a new database) takes its batch
    # in one INSERT and has nothing stale to prune; a new table gets its primary key after.
    empty_before = set(new_tables) | empty_tables(con, [t for t in TABLES if t not in new_tables])
    labels_relation = ""  # the reaction labels' relation, for the reactions SELECT

    def select_of(table: str, relation: str) -> str:
        return staging[table].format(source=relation, labels=labels_relation)

    labels = open_source(con, "reaction_labels", paths["reaction_labels"], sources, ("reaction_id",), select_of)
    labels_relation = labels.relation
    if labels.repeats:
        log.warning("store: %d reactions have more than one label; the most confident is kept", labels.repeats)
        con.execute(staging["reaction_labels_dedup"].format(source=labels.relation))
        labels_relation = "stage_reaction_labels"
    changes: dict[str, dict[str, int]] = {}
    relations: dict[str, str] = {}
    for spec in TABLE_LOADS:
        if paths[spec.table] is None:
            log.info("store: %s not found; no rows for %s", spec.filename, spec.table)
            changes[spec.table] = {"new": 0, "updated": 0, "unchanged": 0, "batch_duplicates": 0, "stale_removed": 0}
            continue
        source = open_source(con, spec.table, paths[spec.table], sources, spec.key, select_of)
        relations[spec.table] = source.relation
        select = f"SELECT * FROM {source.relation}" if source.staged else select_of(spec.table, source.relation)
        if spec.table in empty_before and spec.key:
            changes[spec.table] = insert_new(con, spec, source, select)
        else:
            if not source.staged:
                con.execute(sql_sections(PACKAGE, "upsert.sql")["stage"].format(table=spec.table, select=select))
            changes[spec.table] = merge_table(con, spec)
    add_keys(con, new_tables, paths)
    for table, removed in prune_stale(con, relations, skip=empty_before).items():
        changes[table]["stale_removed"] = removed
    # A table empty before holds what was inserted (nothing is pruned from it); count the others.
    totals = {table: changes[table]["new"] for table in changes if table in empty_before}
    totals.update(table_counts(con, tuple(t for t in TABLES if t not in empty_before and t != "runs")))
    if "runs" in empty_before:
        totals["runs"] = 0
    return changes, totals


def records_named(name: str) -> str:
    """What a file's rows are called in a read error ("cannot be read as <this> records")."""
    return "reaction label" if name == "reaction_labels" else name


def open_source(con: duckdb.DuckDBPyConnection, name: str, path: Path, sources: dict[str, Source],
                key: tuple[str, ...], select_of: Callable[[str, str], str]) -> Source:
    """A file's rows as read, with their counts: read already (``sources``), or now by DuckDB's
    reader into temp table ``stage_<name>`` (``select_of(name, reader)``, in the table's columns)."""
    if name in sources:
        return sources[name]
    what = records_named(name)
    stage = sql_sections(PACKAGE, "upsert.sql")["stage"]
    read.stage_with_duckdb(con, stage.format(table=name, select=select_of(name, read.duckdb_reader(RECORD_OF[name]))),
                           path, what)
    rows, repeats = read.stats_of(con, f"stage_{name}", key)
    return Source(f"stage_{name}", rows, repeats, staged=True)


def insert_new(con: duckdb.DuckDBPyConnection, spec: TableLoad, source: Source, select: str) -> dict[str, int]:
    """Insert a batch into a table that held no rows: all new, in-batch duplicates resolved."""
    steps = sql_sections(PACKAGE, "upsert.sql")
    names = {"table": spec.table, "key": ", ".join(spec.key), "newest": spec.newest, "select": select}
    inserted = con.execute(steps["insert_new_dedup" if source.repeats else "insert_new"].format(**names)).fetchall()[0][0]
    out = {"new": inserted, "updated": 0, "unchanged": 0, "batch_duplicates": source.rows - inserted, "stale_removed": 0}
    if out["batch_duplicates"]:
        log.warning("store: %s: %d in-batch duplicate rows resolved (newest wins)", spec.table, out["batch_duplicates"])
    log.debug("store: %s: %d new (the table was empty)", spec.table, inserted)
    return out


def add_keys(con: duckdb.DuckDBPyConnection, tables: list[str], paths: dict[str, Path | None]) -> None:
    """Primary keys for the tables new in this load; a NULL key names the file it came from."""
    for table in tables:
        try:
            add_primary_keys(con, [table])
        except duckdb.ConstraintException as exc:
            reason = str(exc).strip().splitlines()[0]
            raise PipelineError(
                f"{paths.get(table) or table}: rows without a complete key ({reason}); rerun the stage that writes it"
            ) from None


def empty_tables(con: duckdb.DuckDBPyConnection, tables: list[str]) -> set[str]:
    """Which of ``tables`` hold no rows (one query; none for no tables)."""
    if not tables:
        return set()
    empty = sql_sections(PACKAGE, "upsert.sql")["is_empty"]
    found = con.execute("SELECT " + ", ".join(f"({empty.format(table=t).rstrip(';')})" for t in tables)).fetchall()[0]
    return {table for table, is_empty in zip(tables, found) if is_empty}


def prune_stale(con: duckdb.DuckDBPyConnection, sources: dict[str, str],
                skip: set[str] = frozenset()) -> dict[str, int]:
    """Remove rows of re-extracted documents that the new extraction no longer yields.

    ``sources``: the relations holding the batch's rows as read (``open_source``), by table;
    ``skip``: tables that were empty before this load (their rows are all from this batch).
    """
    steps = sql_sections(PACKAGE, "upsert.sql")
    names = {"articles": sources["articles"], "posts": sources["posts"]}
    removed = {}
    for table, step in PRUNE_STEPS:
        removed[table] = 0 if table in skip else con.execute(steps[step].format(**names)).fetchall()[0][0]
        if removed[table]:
            log.debug("store: %s: %d stale rows of re-extracted documents removed", table, removed[table])
    return removed


def merge_table(con: duckdb.DuckDBPyConnection, spec: TableLoad) -> dict[str, int]:
    """Upsert ``stage_<table>`` into ``<table>``; returns new/updated/unchanged/duplicate counts."""
    steps = sql_sections(PACKAGE, "upsert.sql")
    names = {"table": spec.table, "key": ", ".join(spec.key), "newest": spec.newest}

    def run(step: str) -> list[tuple[Any, ...]]:
        return con.execute(steps[step].format(**names)).fetchall()

    def count(table: str) -> int:
        return con.execute(steps["count"].format(table=table)).fetchall()[0][0]

    staged, repeats, empty = run("batch_stats" if spec.key else "batch_stats_all_columns")[0]
    if not spec.key:
        run("dedup_all_columns")
        batch = count(f"batch_{spec.table}")
    elif repeats:
        run("dedup")
        batch = count(f"batch_{spec.table}")
    else:
        run("no_dedup")  # a view of the staged rows
        batch = staged
    if empty:
        run("delta_all")  # a view of the batch
        delta = batch
    else:
        run("delta")
        delta = count(f"delta_{spec.table}")
    updated = run("count_updates")[0][0] if spec.key and not empty else 0
    run("merge" if spec.key and not empty else "append")
    out = {
        "new": delta - updated,
        "updated": updated,
        "unchanged": batch - delta,
        "batch_duplicates": staged - batch,
        "stale_removed": 0,
    }
    if out["batch_duplicates"]:
        log.warning("store: %s: %d in-batch duplicate rows resolved (%s)", spec.table,
                    out["batch_duplicates"], "newest wins" if spec.key else "identical rows merged")
    log.debug("store: %s: %d new, %d updated, %d unchanged", spec.table, out["new"], out["updated"], out["unchanged"])
    return out


def table_counts(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...] = TABLES) -> dict[str, int]:
    """Rows per table, in schema order (one query; none for no tables)."""
    if not tables:
        return {}
    count = sql_sections(PACKAGE, "upsert.sql")["count"]
    found = con.execute("SELECT " + ", ".join(f"({count.format(table=t).rstrip(';')})" for t in tables)).fetchall()[0]
    return dict(zip(tables, found))


def record_run(con: duckdb.DuckDBPyConnection, run_info: dict, totals: dict[str, int]) -> None:
    """One row in ``runs``: when, with which params and code, and the rows per table."""
    finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
    con.execute(
        sql_sections(PACKAGE, "upsert.sql")["record_run"],
        [
            str(run_info.get("run_id") or finished),
            run_info.get("started_at"),
            finished,
            run_info.get("params_hash"),
            run_info.get("code_version"),
            json.dumps({k: v for k, v in totals.items() if k != "runs"}, sort_keys=True),
        ],
    )
