"""Fixtures for the report tests: a database loaded by the real store stage from built-in rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_params
from pipeline.store.load import store
from tests.store.story_fixture import run_info, write_story


@pytest.fixture()
def params() -> dict:
    return load_params(Path(__file__).parents[2] / "pipeline" / "params.yaml")


@pytest.fixture(scope="module")
def story_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("report")
    db = root / "newsreact.duckdb"
    store(*write_story(root / "story", extra=True), db, load_params(Path(__file__).parents[2] / "pipeline" / "params.yaml"), run_info())
    return db
