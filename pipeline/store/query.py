"""Read-only questions to the newsreact database: `newsreact query` and saved queries.

Reads data/newsreact.duckdb (read-only) and pipeline/report/queries/*.sql; writes only the
rendered result (returned, and written to ``out`` when given). A query cannot write,
ATTACH, INSTALL/LOAD, COPY, read local files or change settings: the statement type is
checked first and the connection is opened read-only with external access disabled and its
configuration locked, so what slips past the check fails in DuckDB. A timer interrupts a
query that runs longer than ``timeout_s``.

Concurrency: while `newsreact store` writes, the file is locked; a query waits up to 10 s
for the lock, then raises DatabaseBusy (see docs/schema.md).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import threading
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
from rich import box
from rich.console import Console
from rich.table import Table

from pipeline.errors import ConfigError, PipelineError, QueryRefused
from pipeline.io import atomic_path
from pipeline.report.csvsafe import render_csv
from pipeline.store.db import open_reader

FORMATS: tuple[str, ...] = ("table", "csv", "json")
ALLOWED_STATEMENTS = ("SELECT", "EXPLAIN", "PRAGMA", "CALL")
LOCK_WAIT_S = 10.0
MAX_COLUMN_WIDTH = 60
MAX_TABLE_ROWS = 1000
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
_COMMENT = re.compile(r"--[^\n]*")


def run_query(db_path: Path, sql: str, fmt: str = "table", out: Path | None = None,
              params: dict[str, str] | None = None, timeout_s: float = 30) -> str:
    """Run one read-only statement and return the result rendered as ``fmt``.

    ``params`` binds named parameters (``$speaker``). Raises QueryRefused for a statement
    that is not a read, DatabaseBusy while another process writes, PipelineError for SQL
    that DuckDB rejects.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format '{fmt}' (choose {', '.join(FORMATS)})")
    con = open_reader(Path(db_path), wait_s=min(LOCK_WAIT_S, timeout_s), doing="run the query")
    try:
        check_statement(con, sql)
        columns, rows = execute_with_timeout(con, sql, params or {}, timeout_s)
    finally:
        con.close()
    text = render(columns, rows, fmt)
    if out is not None:
        with atomic_path(out) as tmp:
            encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
            tmp.write_text(text, encoding=encoding, newline="")
    return text


def check_statement(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but one reading statement."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise PipelineError(f"query is not valid SQL: {first_line(exc)}") from None
    if len(statements) != 1:
        raise QueryRefused(f"give exactly one statement (got {len(statements)}); run them one at a time")
    kind = statements[0].type.name
    if kind not in ALLOWED_STATEMENTS:
        raise QueryRefused(
            f"query refused: {kind} statements are not allowed; newsreact query only reads "
            "(SELECT, DESCRIBE, SHOW, EXPLAIN)"
        )


def execute_with_timeout(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, str],
                         timeout_s: float) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Execute and fetch; a timer thread interrupts the query after ``timeout_s`` seconds."""
    timer = threading.Timer(timeout_s, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        result = con.execute(sql, params) if params else con.execute(sql)
        columns = [d[0] for d in (result.description or [])]
        rows = result.fetchall() if columns else []
    except duckdb.InterruptException:
        raise QueryRefused(
            f"query stopped after {timeout_s:g} s; narrow it (WHERE, LIMIT) or allow more time"
        ) from None
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"query refused: {first_line(exc)} (queries cannot read or write files)") from None
    except duckdb.InvalidInputException as exc:
        message = first_line(exc)
        if "configuration" in message or "read-only" in message:
            raise QueryRefused(f"query refused: {message}") from None
        raise PipelineError(f"query failed: {message}") from None
    except duckdb.Error as exc:
        raise PipelineError(f"query failed: {first_line(exc)}") from None
    finally:
        timer.cancel()
    return columns, rows


def first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def render(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> str:
    if fmt == "csv":
        return render_csv(columns, rows)
    if fmt == "json":
        objects = [json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=json_value) for row in rows]
        return "[\n" + ",\n".join(objects) + "\n]\n" if objects else "[]\n"
    return render_table(columns, rows)


def json_value(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def display_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=json_value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def render_table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """An aligned text table (rich, no colour) of at most MAX_TABLE_ROWS rows, then the row count."""
    total = len(rows)
    cells = [[display_value(v) for v in row] for row in rows[:MAX_TABLE_ROWS]]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, highlight=False)
    widths = []
    for i, name in enumerate(columns):
        longest = max([len(name)] + [len(line) for row in cells for line in row[i].splitlines()])
        widths.append(min(longest, MAX_COLUMN_WIDTH))
        table.add_column(name, overflow="fold", max_width=MAX_COLUMN_WIDTH)
    for row in cells:
        table.add_row(*row)
    buffer = io.StringIO()
    console = Console(file=buffer, width=sum(w + 3 for w in widths) + 2, color_system=None, force_terminal=False, legacy_windows=False)
    console.print(table)
    text = "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())
    footer = f"({total} row{'s' if total != 1 else ''}"
    if total > MAX_TABLE_ROWS:
        footer += f"; the first {MAX_TABLE_ROWS} shown: use --format csv --out FILE for all"
    return text.rstrip() + f"\n{footer})\n"


def saved_queries_dir() -> Any:
    return resources.files("pipeline.report").joinpath("queries")


def list_saved_queries() -> dict[str, str]:
    """Saved query names and their descriptions (each file's first ``-- `` comment line)."""
    found: dict[str, str] = {}
    for item in sorted(saved_queries_dir().iterdir(), key=lambda p: p.name):
        if item.name.endswith(".sql"):
            description = ""
            for line in item.read_text(encoding="utf-8").splitlines():
                if line.startswith("-- "):
                    description = line[3:].strip()
                    break
            found[item.name[:-4]] = description
    return found


def saved_query_params(name: str) -> list[str]:
    """The named parameters ($name) a saved query needs, in order of first use."""
    text = _COMMENT.sub("", saved_query_sql(name))
    return list(dict.fromkeys(_PARAM.findall(text)))


def saved_query_sql(name: str) -> str:
    known = list_saved_queries()
    if name not in known:
        raise ConfigError(f"no saved query '{name}' (known: {', '.join(known)})")
    return saved_queries_dir().joinpath(f"{name}.sql").read_text(encoding="utf-8")


def run_saved_query(db_path: Path, name: str, params: dict[str, str] | None = None, fmt: str = "table",
                    out: Path | None = None, timeout_s: float = 30) -> str:
    """Run ``pipeline/report/queries/<name>.sql`` with its named parameters bound."""
    sql = saved_query_sql(name)
    params = dict(params or {})
    needed = saved_query_params(name)
    missing = [p for p in needed if p not in params]
    if missing:
        raise ConfigError(f"saved query '{name}' needs parameter(s): {', '.join(missing)}")
    unknown = sorted(set(params) - set(needed))
    if unknown:
        raise ConfigError(f"saved query '{name}' has no parameter(s) {', '.join(unknown)} (it takes: {', '.join(needed) or 'none'})")
    return run_query(db_path, sql, fmt=fmt, out=out, params={k: params[k] for k in needed}, timeout_s=timeout_s)
