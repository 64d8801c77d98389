"""Reading and writing the stage hand-off files: gzipped JSON Lines, written atomically.

A writer goes to ``NAME.tmp-PID`` and is moved into place with ``os.replace`` only when
complete, so a killed stage never leaves a half-written output behind.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import is_dataclass
from pathlib import Path
from typing import IO, Any

from pipeline.records import from_dict, to_dict

GZIP_LEVEL = 6


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


class JsonlWriter:
    """Streams rows (dicts or records) to a gzipped JSON Lines file, atomically."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.count = 0
        self._ctx = atomic_path(self.path)
        self._fh: IO[str] | None = None

    def __enter__(self) -> JsonlWriter:
        tmp = self._ctx.__enter__()
        # mtime=0 keeps the bytes identical for identical rows (DVC and reruns compare hashes).
        raw = open(tmp, "wb")
        # filename="" keeps the temp name out of the gzip header. Level 6 (gzip's own default)
        # instead of Python's 9: half the CPU for ~6% more bytes (measured on the benchmark's
        # interim files: 0.64 -> 0.31 s, 1.21 -> 1.28 MB).
        self._gz = gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=GZIP_LEVEL)
        self._fh = io.TextIOWrapper(self._gz, encoding="utf-8", newline="\n")
        self._raw = raw
        return self

    def write(self, row: Any) -> None:
        assert self._fh is not None
        data = to_dict(row) if is_dataclass(row) else row
        self._fh.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        self.count += 1

    def write_all(self, rows: Iterable[Any]) -> int:
        for row in rows:
            self.write(row)
        return self.count

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._fh is not None
        self._fh.close()  # closes the gzip stream too
        self._raw.close()
        self._ctx.__exit__(exc_type, exc, tb)


def write_jsonl(path: str | os.PathLike[str], rows: Iterable[Any]) -> int:
    """Write all rows to ``path`` (gzipped JSON Lines); returns the row count."""
    with JsonlWriter(path) as out:
        return out.write_all(rows)


def read_jsonl(path: str | os.PathLike[str], record: type | None = None) -> Iterator[Any]:
    """Stream rows from a gzipped (or plain) JSON Lines file, as dicts or as ``record``s."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            if line.strip():
                row = json.loads(line)
                yield from_dict(record, row) if record is not None else row


def count_rows(path: str | os.PathLike[str]) -> int:
    """The number of rows in a JSON Lines file (non-blank lines), without parsing them."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def write_json(path: str | os.PathLike[str], data: Any) -> None:
    """Write a small JSON document (metrics, summaries) atomically, keys sorted."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
