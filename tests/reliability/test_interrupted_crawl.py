"""RELIABILITY 12 through the real CLI: `newsreact crawl` killed mid-crawl (SIGKILL, the worst
case: no clean shutdown) and then run again.

Pinned policy: the CLI crawl writes its outputs only when it finishes (atomically), so a killed
crawl leaves the previous outputs untouched and the rerun writes each page once (no
duplicates). With params ``crawl.http_cache: true`` every response is stored as it arrives, so
the rerun takes what was already fetched from the cache and requests only the rest. (Resuming
a Scrapy JOBDIR after a graceful Ctrl-C is tested at the library level in
tests/crawl/test_replay.py; the CLI does not keep a JOBDIR.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from pipeline.io import read_jsonl
from pipeline.records import RawPage
from tests.helpers import run_cli
from tests.reliability.fault_server import FaultServer

PAGES = 24


def cached_response_count(cache: Path) -> int:
    """Complete HTTP cache entries (request_body is the last file Scrapy writes for one)."""
    return sum(1 for _ in cache.rglob("request_body")) if cache.exists() else 0


def test_killed_crawl_then_rerun_fetches_each_page_once(tmp_path: Path) -> None:
    (tmp_path / "params.yaml").write_text(yaml.safe_dump({"crawl": {
        "http_cache": True, "autothrottle": False, "obey_robots": False,
        "download_timeout": 5, "retry_times": 0,
    }}), encoding="utf-8")
    with FaultServer() as server:
        paths = [f"/many/{n}.html" for n in range(PAGES)]
        (tmp_path / "sources.yaml").write_text(yaml.safe_dump({"articles": [server.url(p) for p in paths]}))
        command = [sys.executable, "-m", "pipeline", "--data-dir", "D", "crawl", "--sources", "sources.yaml",
                   "--allow-local"]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        proc = subprocess.Popen(command, cwd=tmp_path, env=env, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cache = tmp_path / "D" / ".crawl-cache"
        try:
            deadline = time.monotonic() + 60
            while cached_response_count(cache) < 6 and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its crawl subprocess: a session we started
            proc.wait(timeout=30)
        cached = cached_response_count(cache)
        requested_before = len(server.log)
        assert 6 <= cached < PAGES, "the crawl was not interrupted mid-way"
        assert not (tmp_path / "D" / "raw" / "pages.jsonl.gz").exists()  # nothing half-written

        done = run_cli("--data-dir", "D", "crawl", "--sources", "sources.yaml", "--allow-local", cwd=tmp_path,
                       timeout=120)
        assert done.returncode == 0, done.stderr
        requested_again = len(server.log) - requested_before

    pages = list(read_jsonl(tmp_path / "D" / "raw" / "pages.jsonl.gz", RawPage))
    assert sorted(p.url for p in pages) == sorted(server.url(p) for p in paths)  # all, once each
    # The rerun asked only for what the killed crawl had not stored in its cache.
    assert requested_again <= PAGES - cached, (requested_again, cached)
