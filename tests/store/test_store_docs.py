"""docs/schema.md documents every table, column and view of the live schema."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from pipeline.store.db import create_schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def live_schema() -> dict[str, list[str]]:
    con = duckdb.connect()
    try:
        create_schema(con)
        names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()]
        return {
            name: [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [name]).fetchall()]
            for name in names
        }
    finally:
        con.close()


def doc_sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^### (\w+)\s*$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


SCHEMA = live_schema()


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_table_or_view_is_documented(name):
    sections = doc_sections()
    assert name in sections, f"docs/schema.md has no '### {name}' section"
    documented = set(re.findall(r"^\| `(\w+)` \|", sections[name], flags=re.MULTILINE))
    missing = [c for c in SCHEMA[name] if c not in documented]
    assert not missing, f"docs/schema.md: {name} lacks rows for columns {missing}"
    extra = documented - set(SCHEMA[name])
    assert not extra, f"docs/schema.md: {name} documents columns that do not exist: {sorted(extra)}"


@pytest.mark.parametrize("name", sorted(n for n in SCHEMA if n.startswith("v_")))
def test_view_has_a_runnable_example(name):
    example = re.search(r"```sql\n(.*?)```", doc_sections()[name], flags=re.DOTALL)
    assert example, f"docs/schema.md: {name} has no example query"
    con = duckdb.connect()
    try:
        create_schema(con)
        con.execute(example.group(1)).fetchall()
    finally:
        con.close()


def test_concurrency_is_documented():
    text = DOC.read_text(encoding="utf-8")
    assert "## Concurrency" in text and "database is in use by another newsreact process" in text
