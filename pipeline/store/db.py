"""Opening the newsreact DuckDB file: one writer (store) or read-only readers (report, query).

Reads the SQL files shipped beside this module (schema.sql, keys.sql, views.sql, staging.sql,
upsert.sql) with importlib.resources. DuckDB allows one process to hold a database file
for writing, or any number of processes to hold it read-only, never both: a conflicting
open becomes ``DatabaseBusy`` with a message that names the other process and what to do.
"""

from __future__ import annotations

import logging
import re
import time
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from pipeline.errors import DatabaseBusy, PipelineError, StageInputMissing
from pipeline.records import StageResult

log = logging.getLogger(__name__)

_LOCK_PID = re.compile(r"\(PID (\d+)\)")
_SECTION = re.compile(r"^-- name: (\w+)\s*$", re.MULTILINE)

# The settings a reader must never be able to change (RELIABILITY 31).
READER_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "allow_community_extensions": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


@cache
def sql_text(package: str, name: str) -> str:
    """The text of a .sql file shipped in ``package``."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def sql_sections(package: str, name: str) -> dict[str, str]:
    """A .sql file split at ``-- name: X`` lines into {X: statement text}."""
    text = sql_text(package, name)
    parts = _SECTION.split(text)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts), 2)}


def first_line(exc: BaseException) -> str:
    """The first line of a DuckDB error message (the rest is hints and context)."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def busy_error(db_path: Path, exc: BaseException, doing: str) -> DatabaseBusy:
    """The DatabaseBusy for a lock conflict, naming the other process when DuckDB says who."""
    match = _LOCK_PID.search(str(exc))
    holder = f"PID {match.group(1)}" if match else "another process holds its lock"
    return DatabaseBusy(
        f"{db_path}: database is in use by another newsreact process ({holder}); "
        f"wait for it to finish, then {doing} again"
    )


def connect(db_path: Path, read_only: bool, wait_s: float, doing: str,
            config: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """Open ``db_path``, retrying a lock conflict for up to ``wait_s`` seconds.

    ``doing`` completes the busy message ("run `newsreact store`").
    """
    db_path = Path(db_path)
    if read_only and not db_path.exists():
        raise StageInputMissing(f"{db_path}: no database yet; run `newsreact store` (or `newsreact run`) first")
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(0.0, wait_s)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(db_path), read_only=read_only, config=dict(config or {}))
        except duckdb.ConnectionException as exc:
            if "different configuration" not in str(exc):
                raise
            # DuckDB keeps one instance per file per process: a reader and the writer cannot mix.
            raise DatabaseBusy(
                f"{db_path}: database is already open in this process in another mode "
                f"(read-only vs writing); close that connection, then {doing} again"
            ) from None
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise PipelineError(
                    f"{db_path}: cannot open the database ({first_line(exc)}); if it is damaged, "
                    "move it aside and run `newsreact store` to build a new one"
                ) from None
            if time.monotonic() >= deadline:
                raise busy_error(db_path, exc, doing) from None
            log.info("%s is locked by another process; retrying", db_path)
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def open_writer(db_path: Path, wait_s: float) -> duckdb.DuckDBPyConnection:
    """The single writer's connection (store), in UTC."""
    con = connect(db_path, read_only=False, wait_s=wait_s, doing="run `newsreact store`")
    con.execute("SET TimeZone = 'UTC'")
    # Row order inside a table carries no meaning here (every read orders explicitly), and
    # dropping it lets DuckDB load in parallel.
    con.execute("SET preserve_insertion_order = false")
    # Commit by checkpointing straight into the file instead of writing the load to the
    # write-ahead log first and checkpointing it after (the store commits once, then
    # checkpoints anyway): one write of the data, not two. Still atomic: DuckDB writes the new
    # blocks, then swaps the file header.
    con.execute("SET checkpoint_threshold = '0KiB'")
    return con


def open_reader(db_path: Path, wait_s: float, doing: str = "retry") -> duckdb.DuckDBPyConnection:
    """A read-only connection that cannot read files, install extensions or change settings."""
    con = connect(db_path, read_only=True, wait_s=wait_s, doing=doing, config=READER_CONFIG)
    # TimeZone needs the ICU extension, which loads after the config is applied; then lock.
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET lock_configuration = true")
    return con


def create_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create missing tables (schema.sql), (re)create the journalist views (views.sql); returns
    the tables just created, which have no primary key yet (``add_primary_keys``)."""
    existing = {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
    con.execute(sql_text("pipeline.store", "schema.sql"))
    con.execute(sql_text("pipeline.store", "views.sql"))
    return [table for table in sql_sections("pipeline.store", "keys.sql") if table not in existing]


def add_primary_keys(con: duckdb.DuckDBPyConnection, tables: list[str]) -> None:
    """Give ``tables`` their primary keys (keys.sql); fails if a table holds a repeated or NULL key."""
    keys = sql_sections("pipeline.store", "keys.sql")
    for table in tables:
        con.execute(keys[table])


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables with their primary keys and (re)create the journalist views."""
    add_primary_keys(con, create_tables(con))


def store(interim_dir: Path, processed_dir: Path, db_path: Path, params: dict, run_info: dict) -> StageResult:
    """The store stage; implemented in ``pipeline.store.load.store`` (imported here for callers)."""
    from pipeline.store.load import store as load_store

    return load_store(interim_dir, processed_dir, db_path, params, run_info)
