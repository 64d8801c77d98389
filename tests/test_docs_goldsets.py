"""README.md's "Held-out golds" tables list every held-out gold folder under tests/gold, and the
history they point to exists. No evaluation is run: the tables are what
``tests/gold/figures.py`` prints, and this only checks that each set has its row."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
HISTORY = REPO / "docs" / "quality-history.md"


@functools.cache
def _figures():
    """tests/gold/figures.py, which finds the sets and names their letters."""
    spec = importlib.util.spec_from_file_location("gold_figures", REPO / "tests" / "gold" / "figures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def _quality_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Quality\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def _table_letters(section: str, header_start: str) -> list[str]:
    """The first cells of the table whose header row starts with ``header_start``."""
    lines = section.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(header_start)]
    assert len(starts) == 1, f"README.md's Quality section should hold one table headed {header_start!r}"
    letters = []
    for line in lines[starts[0] + 2:]:
        if not line.startswith("|"):
            break
        letters.append(line.split("|")[1].strip())
    return letters


@pytest.mark.parametrize(
    ("prefix", "header"),
    [("quotes-heldout", "| set | direct found/gold"), ("entities-heldout", "| set | gold mentions")],
)
def test_every_heldout_gold_has_its_row_in_the_readme(prefix: str, header: str) -> None:
    sets = _figures().find_sets(prefix)
    assert sets, f"no tests/gold/{prefix}* folder found"
    letters = _table_letters(_quality_section(), header)
    missing = [f"{s.letter} ({s.rel})" for s in sets if s.letter not in letters]
    assert not missing, (
        f"held-out golds missing from README.md's table: {missing}; "
        "run `.venv/bin/python tests/gold/figures.py` and paste its tables into the README")
    assert letters[-1] == "all", "the table should end with its totals row"
    assert letters[:-1] == [s.letter for s in sets], "rows should be the sets A, B, …, in order, once each"


def test_the_letters_follow_the_folders() -> None:
    figures = _figures()
    letters = {s.folder.name: s.letter for s in figures.find_sets("quotes-heldout")}
    assert letters["quotes-heldout"] == "A"
    assert letters.get("quotes-heldout-b") == "B"
    order = [s.letter for s in figures.find_sets("quotes-heldout")]
    assert order == sorted(order, key=lambda letter: (len(letter), letter))


def test_the_quality_history_exists_and_is_linked() -> None:
    assert HISTORY.is_file(), "docs/quality-history.md is missing"
    text = HISTORY.read_text(encoding="utf-8")
    assert text.startswith("# Quality history\n")
    assert re.search(r"\(docs/quality-history\.md\)", _quality_section()), (
        "README.md's Quality section should link docs/quality-history.md")
