"""Reading the hand-off files for the store stage: gzipped JSON Lines into Arrow tables, in threads.

Reads data/interim/*.jsonl.gz and data/processed/reaction_labels.jsonl.gz (one record of
pipeline/records.py per line); writes nothing. Each file is parsed by ``pyarrow.json`` with an
explicit schema built from its record dataclass (fields the record does not have are ignored,
missing ones are NULL), in a small thread pool that starts before the database is opened, so
decompression and parsing run beside the schema work and on both cores (pyarrow releases the
GIL). A file pyarrow will not take (malformed JSON, a value of another type, a damaged gzip
stream) is not an error here: the store then reads it with DuckDB's own JSON reader
(``duckdb_reader``) in its connection, which either reads it or raises, through
``stage_with_duckdb``, the ``PipelineError`` that names the file (and the line, when DuckDB
gives one). Loads into an existing database use DuckDB's reader for every file.
"""

from __future__ import annotations

import logging
import types
import typing
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson

from pipeline.errors import PipelineError

log = logging.getLogger(__name__)

# Record field types -> (Arrow type, DuckDB type) of the staged column. Timestamps are text here;
# staging.sql converts them (newsreact_ts), whichever reader produced the rows.
_TYPES: dict[object, tuple[pa.DataType, str]] = {
    str: (pa.string(), "VARCHAR"),
    int: (pa.int64(), "BIGINT"),
    float: (pa.float64(), "DOUBLE"),
    list[str]: (pa.list_(pa.string()), "VARCHAR[]"),
}
READ_THREADS = 2
# Bytes of JSON pyarrow parses per task; a line longer than this is read by DuckDB instead.
BLOCK_SIZE = 1 << 20
# The C library's allocator: pyarrow's default (mimalloc) kept ~70 MB resident for 8 MB of
# rows read from two threads (store peak RSS 160 -> 235 MB at benchmark scale 0.25).
MEMORY_POOL = pa.system_memory_pool()


def field_types(record: type) -> dict[str, tuple[pa.DataType, str]]:
    """{field: (Arrow type, DuckDB type)} of a record dataclass, in field order."""
    out = {}
    for name, hint in typing.get_type_hints(record).items():
        if isinstance(hint, types.UnionType):  # `str | None`: the column is nullable anyway
            hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
        out[name] = _TYPES[hint]
    return out


def arrow_schema(record: type) -> pa.Schema:
    """The Arrow schema a hand-off file of ``record`` rows is parsed with."""
    return pa.schema([(name, arrow) for name, (arrow, _) in field_types(record).items()])


@dataclass(frozen=True)
class ArrowRows:
    """A file's rows, and how many of them repeat a key (see ``key_repeats``)."""

    table: pa.Table
    repeats: int


def read_arrow(path: Path, record: type, key: tuple[str, ...] = ()) -> ArrowRows | None:
    """The rows of ``path`` as an Arrow table, or None when pyarrow cannot read the file."""
    schema = arrow_schema(record)
    options = pajson.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore")
    try:
        with pa.input_stream(str(path), compression="detect") as stream:
            table = pajson.read_json(stream, read_options=pajson.ReadOptions(block_size=BLOCK_SIZE),
                                     parse_options=options, memory_pool=MEMORY_POOL)
    except (pa.ArrowException, OSError) as exc:  # OSError: also a damaged gzip stream
        if not (isinstance(exc, pa.ArrowInvalid) and "Empty JSON file" in str(exc)):
            log.debug("store: pyarrow cannot read %s (%s); DuckDB's reader will", path, exc)
            return None
        table = schema.empty_table()
    return ArrowRows(table, key_repeats(table, key))


def key_repeats(table: pa.Table, key: tuple[str, ...]) -> int:
    """Rows minus distinct non-NULL keys: 0 only when no key repeats (and none is NULL).

    Exact for a one-column key (what DuckDB's ``count(*) - count(DISTINCT key)`` gives). A key
    of several columns is compared as its values joined by U+001F, so a value containing that
    character can make distinct keys look repeated: that only sends the batch through the
    duplicate rule, whose count is taken from the rows it keeps, never from this number.
    """
    if not key or table.num_rows == 0:
        return 0
    if len(key) == 1:
        values = table[key[0]]
    else:
        values = pc.binary_join_element_wise(*(pc.cast(table[name], pa.string()) for name in key), "\x1f")
    return table.num_rows - pc.count_distinct(values).as_py()


def start_reading(files: dict[str, tuple[Path, type, tuple[str, ...]]]) -> dict[str, Future]:
    """Read every {name: (path, record, key)} file in background threads; {name: Future of read_arrow}."""
    pool = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="newsreact-store-read")
    try:
        return {name: pool.submit(read_arrow, path, record, key) for name, (path, record, key) in files.items()}
    finally:
        pool.shutdown(wait=False)  # the submitted reads still run; no new ones are taken


def duckdb_reader(record: type) -> str:
    """DuckDB's JSON reader over a file of ``record`` rows (the path bound as ``?``), as SQL."""
    columns = ", ".join(f"\"{name}\": '{sql_type}'" for name, (_, sql_type) in field_types(record).items())
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
