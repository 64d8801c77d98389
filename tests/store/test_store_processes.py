"""Other processes: SIGKILL mid-load (RELIABILITY 29) and a second writer or reader (30).

Each test starts a real Python child process that opens the same DuckDB file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pipeline.errors import DatabaseBusy
from pipeline.store.load import store
from pipeline.store.query import run_query
from tests.store.story_fixture import run_info

REPO = Path(__file__).resolve().parents[2]

# The child loads the later crawl and stops (forever) after merging posts, inside the
# transaction, until the parent kills it.
KILLED_LOADER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from pipeline.config import load_params
    from pipeline.store import load

    real_merge = load.merge_table

    def merge_then_hang(con, spec):
        out = real_merge(con, spec)
        if spec.table == "posts":
            print("MERGED", flush=True)
            time.sleep(120)
        return out

    load.merge_table = merge_then_hang
    interim, processed, db = map(Path, sys.argv[1:4])
    load.store(interim, processed, db, load_params(), {"run_id": "run-killed"})
""")

HOLDER = textwrap.dedent("""
    import sys, time
    import duckdb
    con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read")
    print("READY", flush=True)
    time.sleep(120)
""")


def start_child(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    return child


def wait_for(child: subprocess.Popen, word: str) -> None:
    line = child.stdout.readline()
    if line.strip() != word:
        child.kill()
        pytest.fail(f"child did not get ready (said {line!r}, exit {child.wait()})")


def snapshot(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in ("articles", "posts", "reactions", "runs", "quotes")}
    finally:
        con.close()


def test_sigkill_mid_load_leaves_last_committed_state(loaded_db, later_story, params):
    before = snapshot(loaded_db)
    child = start_child(KILLED_LOADER, *map(str, later_story), str(loaded_db))
    try:
        wait_for(child, "MERGED")  # articles and posts of the later crawl are written, uncommitted
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert snapshot(loaded_db) == before
    # The file is healthy: the next load commits normally.
    result = store(*later_story, loaded_db, params, run_info("run-2"))
    assert result.counts["articles"] == 3 and result.counts["runs"] == 2


@pytest.mark.parametrize("mode", ["write", "read"])
def test_store_while_another_process_holds_the_file(loaded_db, story, params, mode):
    child = start_child(HOLDER, str(loaded_db), mode)
    try:
        wait_for(child, "READY")
        with pytest.raises(DatabaseBusy) as caught:
            store(*story, loaded_db, params, run_info("run-2"))
        message = str(caught.value)
        assert "database is in use by another newsreact process" in message
        assert f"PID {child.pid}" in message and "wait for it to finish" in message
    finally:
        child.kill()
        child.wait(timeout=30)
    assert store(*story, loaded_db, params, run_info("run-2")).counts["runs"] == 2


def test_query_while_the_pipeline_writes_is_busy(loaded_db):
    child = start_child(HOLDER, str(loaded_db), "write")
    try:
        wait_for(child, "READY")
        with pytest.raises(DatabaseBusy, match="in use by another newsreact process"):
            run_query(loaded_db, "SELECT count(*) FROM articles", timeout_s=0.3)
    finally:
        child.kill()
        child.wait(timeout=30)


def test_queries_run_beside_other_readers(loaded_db):
    child = start_child(HOLDER, str(loaded_db), "read")
    try:
        wait_for(child, "READY")
        assert run_query(loaded_db, "SELECT count(*) AS n FROM articles", fmt="csv") == "n\r\n2\r\n"
    finally:
        child.kill()
        child.wait(timeout=30)
