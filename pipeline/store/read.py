"""Reading the hand-off files for the store stage, with DuckDB's JSON reader.

Reads data/interim/*.jsonl.gz and data/processed/reaction_labels.jsonl.gz (one record of
pipeline/records.py per line); writes nothing to the database file. Each file is read with
the columns of its record dataclass (fields the record does not have are ignored, missing
ones are NULL). For a new database, ``read_in_threads`` reads the files two at a time from
background threads (decompressing gzip is single-threaded per file) into tables of an
in-memory database attached as ``newsreact_scratch``, before the load's transaction starts:
that transaction then sees them. A malformed file raises the ``PipelineError`` that names it
(and the line, when DuckDB gives one), through ``stage_with_duckdb``.
"""

from __future__ import annotations

import logging
import types
import typing
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.errors import PipelineError
from pipeline.store.db import sql_sections

log = logging.getLogger(__name__)

# Record field types -> DuckDB type of the read column. Timestamps are text here; staging.sql
# converts them (newsreact_ts).
_TYPES: dict[object, str] = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", list[str]: "VARCHAR[]"}
READ_THREADS = 2
SCRATCH = "newsreact_scratch"


@dataclass(frozen=True)
class Source:
    """A file's rows as read: the relation holding them, how many, how many repeat a key.

    ``staged``: the relation is ``stage_<table>``, already in the table's columns; else the
    file's columns as read, for staging.sql's SELECT.
    """

    relation: str
    rows: int
    repeats: int
    staged: bool = False


def field_types(record: type) -> dict[str, str]:
    """{field: DuckDB type} of a record dataclass, in field order."""
    out = {}
    for name, hint in typing.get_type_hints(record).items():
        if isinstance(hint, types.UnionType):  # `str | None`: the column is nullable anyway
            hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
        out[name] = _TYPES[hint]
    return out


def duckdb_reader(record: type) -> str:
    """DuckDB's JSON reader over a file of ``record`` rows (the path bound as ``?``), as SQL."""
    columns = ", ".join(f"\"{name}\": '{sql_type}'" for name, sql_type in field_types(record).items())
    return f"read_json(?, format = 'newline_delimited', columns = {{{columns}}})"


def stage_with_duckdb(con: duckdb.DuckDBPyConnection, sql: str, path: Path, what: str) -> None:
    """Run ``sql``, which reads ``path`` (bound as ``?``); a malformed file names itself."""
    try:
        con.execute(sql, [str(path)])
    except (duckdb.InvalidInputException, duckdb.ConversionException, duckdb.IOException) as exc:
        reason = str(exc).strip().splitlines()[0]
        raise PipelineError(
            f"{path}: cannot be read as {what} records ({reason}); rerun the stage that writes it"
        ) from None


def stats_of(con: duckdb.DuckDBPyConnection, relation: str, key: tuple[str, ...]) -> tuple[int, int]:
    """Rows of ``relation`` and how many repeat a key (0 without a key)."""
    stats = sql_sections("pipeline.store", "upsert.sql")["source_stats"]
    rows, repeats = con.execute(stats.format(source=relation, key=", ".join(key) or "NULL")).fetchall()[0]
    return rows, repeats if key else 0


def read_in_threads(con: duckdb.DuckDBPyConnection,
                    files: dict[str, tuple[Path, type, tuple[str, ...], str]]) -> dict[str, Future]:
    """Read {name: (path, record, key, what)} into ``newsreact_scratch.<name>`` from threads.

    Call before the load's transaction begins, and wait for every future (a ``Source``) first:
    a transaction sees only tables committed before it started.
    """
    con.execute(f"ATTACH ':memory:' AS {SCRATCH}")
    cursors = {name: con.cursor() for name in files}  # one connection per file, made here

    def read(name: str) -> Source:
        path, record, key, what = files[name]
        cursor = cursors[name]
        try:
            stage_with_duckdb(cursor, f"CREATE TABLE {SCRATCH}.{name} AS SELECT * FROM {duckdb_reader(record)}",
                              path, what)
            rows, repeats = stats_of(cursor, f"{SCRATCH}.{name}", key)
        finally:
            cursor.close()
        return Source(f"{SCRATCH}.{name}", rows, repeats)

    pool = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="newsreact-store-read")
    try:
        return {name: pool.submit(read, name) for name in files}
    finally:
        pool.shutdown(wait=False)  # the submitted reads still run; no new ones are taken
