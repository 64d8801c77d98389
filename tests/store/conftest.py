"""Fixtures for the store tests: hand-off files built in code, and databases loaded from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_params
from pipeline.store.load import store
from tests.store.story_fixture import run_info, write_story


@pytest.fixture()
def params() -> dict:
    p = load_params(Path(__file__).parents[2] / "pipeline" / "params.yaml")
    p["store"]["lock_wait_s"] = 0.3
    return p


@pytest.fixture()
def story(tmp_path: Path) -> tuple[Path, Path]:
    return write_story(tmp_path / "v1")


@pytest.fixture()
def later_story(tmp_path: Path) -> tuple[Path, Path]:
    return write_story(tmp_path / "v2", extra=True)


@pytest.fixture()
def loaded_db(tmp_path: Path, story, params) -> Path:
    db = tmp_path / "newsreact.duckdb"
    store(*story, db, params, run_info("run-1"))
    return db
