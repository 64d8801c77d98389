"""The committed demo site and gold files are exactly what the authoring scripts produce.

Rebuilds both into a temporary folder with tests/gold/authoring/build.py and compares byte for
byte, so nobody edits a page without its annotations (or the other way round).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from pipeline.demo.server import site_root

GOLD = Path(__file__).resolve().parents[1] / "gold"
SITE = Path(str(site_root()))


def test_site_and_gold_are_in_sync_with_the_authoring_files(tmp_path: Path) -> None:
    sys.path.insert(0, str(GOLD))
    try:
        build = importlib.import_module("authoring.build")
        build.main(site=tmp_path / "site", gold=tmp_path / "gold", quiet=True)
    finally:
        sys.path.remove(str(GOLD))
    built = {p.relative_to(tmp_path / "site").as_posix(): p for p in (tmp_path / "site").rglob("*") if p.is_file()}
    shipped = {p.relative_to(SITE).as_posix(): p for p in SITE.rglob("*") if p.is_file()}
    assert set(built) == set(shipped)
    for rel, path in built.items():
        assert path.read_bytes() == shipped[rel].read_bytes(), rel
    for name in ("articles.json", "quotes.json", "entities.json", "reactions.json"):
        assert (tmp_path / "gold" / name).read_bytes() == (GOLD / name).read_bytes(), name
