"""The report stage: CSV reports, summary.json, a chart and index.html from the database.

Reads data/newsreact.duckdb (read-only; queries in reports.sql). Writes to data/reports/:
csv/ with articles.csv, reaction_mix.csv, quotes.csv (speaker and source URL),
top_entities.csv, timeline.csv, reactions.csv, failures.csv; and reactions_over_time.csv
(for `dvc plots`: period, count, one column per label), reactions_over_time.png,
summary.json (for `dvc metrics`) and index.html. CSVs are
spreadsheet-safe (csvsafe.py). The same database gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import duckdb

from pipeline.errors import ConfigError
from pipeline.io import atomic_path, write_json
from pipeline.records import LABELS, StageResult
from pipeline.report.chart import plot_reactions_over_time
from pipeline.report.csvsafe import write_csv
from pipeline.report.page import render_index
from pipeline.store.db import open_reader, sql_sections

log = logging.getLogger(__name__)

CSV_REPORTS: tuple[str, ...] = (
    "articles", "reaction_mix", "quotes", "top_entities", "timeline", "reactions", "failures",
)
GRAINS: tuple[str, ...] = ("hour", "day")
AUTO_HOURS_SPAN = 72
HELPER_QUERIES = ("reaction_span_hours",)
CSV_DIR = "csv"  # the CSV reports' folder under reports_dir (one DVC output)


def report(db_path: Path, reports_dir: Path, params: dict) -> StageResult:
    """Write every report file under ``reports_dir``; returns the summary counts."""
    settings = params.get("report", {}) or {}
    top_n = int(settings.get("top_n", 25))
    grain = str(settings.get("time_grain", "auto"))
    if grain not in (*GRAINS, "auto"):
        raise ConfigError(f"params report.time_grain is '{grain}'; use one of {', '.join(GRAINS)}, auto")
    html_rows = int(settings.get("html_rows", 200))
    wait_s = float((params.get("store", {}) or {}).get("lock_wait_s", 5))
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)

    con = open_reader(Path(db_path), wait_s=wait_s, doing="run `newsreact report`")
    try:
        if grain == "auto":
            grain = choose_grain(con)
        data = read_reports(con, top_n, grain)
    finally:
        con.close()

    outputs: list[Path] = [reports_dir / CSV_DIR]
    for name in CSV_REPORTS:
        columns, rows = data[name]
        write_csv(reports_dir / CSV_DIR / f"{name}.csv", columns, rows)
    columns, over_time = data["reactions_over_time"]
    # No BOM: `dvc plots` reads this file and would see the BOM in the first column's name.
    write_csv(reports_dir / "reactions_over_time.csv", columns, over_time, bom=False)
    plot_reactions_over_time(over_time, reports_dir / "reactions_over_time.png", grain)
    summary = summary_counts(data["summary"])
    write_json(reports_dir / "summary.json", summary)
    page = render_index(as_dicts(data["summary"])[0], {k: as_dicts(v) for k, v in data.items()}, html_rows, grain)
    with atomic_path(reports_dir / "index.html") as tmp:
        tmp.write_text(page, encoding="utf-8")
    outputs += [reports_dir / n for n in ("reactions_over_time.csv", "reactions_over_time.png", "summary.json", "index.html")]

    counts = {k: v for k, v in summary.items() if isinstance(v, int)}
    counts.update({f"reactions_{k}": v for k, v in summary["reactions_by_label"].items()})
    result = StageResult(stage="report", counts=counts, outputs=[str(p) for p in outputs])
    log.info(result.summary())
    return result


def choose_grain(con: duckdb.DuckDBPyConnection) -> str:
    """Hours when the reactions span at most AUTO_HOURS_SPAN, else days (a readable chart)."""
    span = con.execute(sql_sections("pipeline.report", "reports.sql")["reaction_span_hours"]).fetchone()[0]
    return "hour" if span is None or span <= AUTO_HOURS_SPAN else "day"


def read_reports(con: duckdb.DuckDBPyConnection, top_n: int, grain: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Run every report query; returns {name: (columns, rows)}."""
    queries = sql_sections("pipeline.report", "reports.sql")
    bound: dict[str, list[Any]] = {"top_entities": [top_n], "reactions_over_time": [grain]}
    data = {}
    for name, sql in queries.items():
        if name in HELPER_QUERIES:
            continue
        result = con.execute(sql, bound.get(name, []))
        data[name] = ([d[0] for d in result.description], result.fetchall())
    return data


def as_dicts(table: tuple[list[str], list[tuple]]) -> list[dict[str, Any]]:
    columns, rows = table
    return [dict(zip(columns, row)) for row in rows]


def summary_counts(summary: tuple[list[str], list[tuple]]) -> dict[str, Any]:
    """summary.json: the counts `dvc metrics` tracks."""
    row = as_dicts(summary)[0]
    out: dict[str, Any] = {
        name: int(row[name] or 0)
        for name in ("articles", "outlets", "posts", "quotes", "reactions", "entities", "mentions", "failures")
    }
    out["reactions_by_label"] = {label: int(row[label] or 0) for label in (*LABELS, "unlabelled")}
    for name in ("first_published", "last_published"):
        value = row[name]
        out[name] = value.isoformat() if isinstance(value, (dt.datetime, dt.date)) else value
    return out
