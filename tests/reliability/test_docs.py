"""docs/reliability.md stays true: every RELIABILITY item has a row, and every test it names
exists (a renamed or deleted test makes this fail)."""

from __future__ import annotations

import re

from tests.helpers import REPO

DOC = REPO / "docs" / "reliability.md"
ALIASES = {"FS": "tests/reliability/test_fault_server.py", "CR": "tests/crawl/test_reliability.py"}


def table_rows() -> dict[int, str]:
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| (\d+) \|", line)
        if match:
            rows[int(match.group(1))] = line
    return rows


def named_tests(row: str) -> list[tuple[str, str]]:
    """(file, test function) pairs a row names, with FS/CR expanded to their files."""
    pairs: list[tuple[str, str]] = []
    current: str | None = None
    for token in re.findall(r"(tests/[\w/]+\.py|\bFS\b|\bCR\b|::\w+)", row):
        if token.startswith("::"):
            assert current is not None, row
            pairs.append((current, token[2:]))
        else:
            current = ALIASES.get(token, token)
    return pairs


def test_every_item_has_a_row_naming_a_test() -> None:
    rows = table_rows()
    assert sorted(rows) == list(range(1, 35))
    for number, row in rows.items():
        assert named_tests(row) or "tests/" in row, f"item {number} names no test"


def test_every_named_test_exists() -> None:
    missing = []
    for row in table_rows().values():
        for path, name in named_tests(row):
            source = (REPO / path).read_text(encoding="utf-8") if (REPO / path).exists() else ""
            if not re.search(rf"^def {name}\(", source, flags=re.MULTILINE):
                missing.append(f"{path}::{name}")
        for path in re.findall(r"(tests/[\w/]+\.py)", row):
            if not (REPO / path).exists():
                missing.append(path)
    assert not missing, missing
