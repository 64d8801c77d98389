"""CSV that is safe to open in a spreadsheet (RELIABILITY 32), for reports and `query --format csv`.

Writes RFC 4180 CSV (CRLF line ends, quotes doubled, fields with commas, quotes or line breaks
quoted), UTF-8 with a BOM when written to a file so spreadsheets pick the right encoding.
A text cell that begins with = + - @ TAB or CR would be run as a formula by a spreadsheet:
it gets a leading ' unless it is a real number ("-3.5" stays a number). A digit string longer
than 15 characters (a platform's numeric id) also gets a leading ', because spreadsheets turn
it into a rounded number otherwise. Numbers from the database stay numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.io import atomic_path

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
MAX_SPREADSHEET_DIGITS = 15
_REAL_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DIGITS = re.compile(r"\d+")


def is_real_number(text: str) -> bool:
    """True for plain decimal numbers ("3", "-0.25", "1e5"), which spreadsheets read as numbers."""
    return _REAL_NUMBER.fullmatch(text) is not None


def neutralise_text(text: str) -> str:
    """A text cell that a spreadsheet will show as text, never evaluate."""
    if text.startswith(DANGEROUS_FIRST) and not is_real_number(text):
        return "'" + text
    if _DIGITS.fullmatch(text) and len(text) > MAX_SPREADSHEET_DIGITS:
        return "'" + text
    return text


def cell_text(value: Any) -> str:
    """The CSV text of one database value: numbers as numbers, everything else neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        text = str(value)
        return "'" + text if len(text.lstrip("-")) > MAX_SPREADSHEET_DIGITS else text
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        return neutralise_text(json.dumps(value, ensure_ascii=False, default=str))
    return neutralise_text(str(value))


def render_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Header line then one line per row, as text (no BOM)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise_text(str(h)) for h in header])
    for row in rows:
        writer.writerow([cell_text(v) for v in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], bom: bool = True) -> int:
    """Write a safe CSV file atomically (UTF-8, with a BOM unless ``bom`` is False: files read
    by tools rather than spreadsheets, such as `dvc plots` data); returns the data row count."""
    rows = list(rows)
    with atomic_path(path) as tmp:
        tmp.write_text(render_csv(header, rows), encoding="utf-8-sig" if bom else "utf-8", newline="")
    return len(rows)
