"""RELIABILITY 12 through the real CLI: `newsreact crawl` interrupted mid-crawl, then run again.

Pinned policy: the CLI crawl writes its outputs only when it finishes (atomically), so an
interrupted crawl leaves the previous outputs untouched and the rerun writes each page once (no
duplicates). After Ctrl-C (SIGINT) the crawl stops cleanly and keeps its Scrapy JOBDIR under
``<data-dir>/.crawl-job/``: the same crawl run again resumes it and fetches nothing twice. After
SIGKILL (the worst case: no clean shutdown) that state is not trusted and the rerun starts over;
with params ``crawl.http_cache: true`` every response is stored as it arrives, so even then the
rerun takes what was already fetched from the cache and requests only the rest.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from pipeline.io import read_jsonl
from pipeline.records import RawPage
from tests.helpers import run_cli
from tests.reliability.fault_server import FaultServer

PAGES = 24


def write_story(folder: Path, server: FaultServer, **crawl_params: object) -> list[str]:
    """params.yaml (fast, no robots) and a sources.yaml listing PAGES slow pages; their paths."""
    crawl = {"autothrottle": False, "obey_robots": False, "download_timeout": 5, "retry_times": 0, **crawl_params}
    (folder / "params.yaml").write_text(yaml.safe_dump({"crawl": crawl}), encoding="utf-8")
    paths = [f"/many/{n}.html" for n in range(PAGES)]
    (folder / "sources.yaml").write_text(yaml.safe_dump({"articles": [server.url(p) for p in paths]}))
    return paths


def start_crawl(folder: Path, stderr: int) -> subprocess.Popen:
    """`newsreact crawl` of that story in its own session (so a signal reaches its crawl too),
    with SIGINT handled as in a terminal: a shell running the tests in the background (``cmd &``)
    starts them with SIGINT ignored, and Python would keep ignoring it in the CLI."""
    cli = [sys.executable, "-m", "pipeline", "--data-dir", "D", "crawl", "--sources", "sources.yaml", "--allow-local"]
    restore_then_exec = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
    return subprocess.Popen([sys.executable, "-c", restore_then_exec, *cli], cwd=folder,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=stderr, text=True)


def cached_response_count(cache: Path) -> int:
    """Complete HTTP cache entries (request_body is the last file Scrapy writes for one)."""
    return sum(1 for _ in cache.rglob("request_body")) if cache.exists() else 0


def settled_count(log: list[str], quiet_s: float = 0.5, limit_s: float = 5.0) -> int:
    """How many requests the server logged once it has logged none for ``quiet_s``: a request the
    killed crawl sent just before SIGKILL can reach the server's handler after the kill, and must
    not be counted as the rerun's (a CI run saw one: 19 requested again against 18 uncached)."""
    deadline = time.monotonic() + limit_s
    count, since = len(log), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if len(log) != count:
            count, since = len(log), time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            break
    return count


def test_killed_crawl_then_rerun_fetches_each_page_once(tmp_path: Path) -> None:
    with FaultServer() as server:
        paths = write_story(tmp_path, server, http_cache=True)
        proc = start_crawl(tmp_path, stderr=subprocess.DEVNULL)
        cache = tmp_path / "D" / ".crawl-cache"
        try:
            deadline = time.monotonic() + 60
            while cached_response_count(cache) < 6 and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its crawl subprocess: a session we started
            proc.wait(timeout=30)
        cached = cached_response_count(cache)
        requested_before = settled_count(server.log)
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


def test_ctrl_c_crawl_then_rerun_resumes_without_refetching(tmp_path: Path) -> None:
    """RELIABILITY 12 as a journalist meets it: Ctrl-C (SIGINT to the CLI and its crawl) and the
    same command again. No HTTP cache: the crawl's job folder under --data-dir carries the
    pending requests and the pages so far, and it is removed once the crawl finishes."""
    with FaultServer() as server:
        paths = write_story(tmp_path, server, concurrency_per_domain=2)
        proc = start_crawl(tmp_path, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while sum(p.startswith("/many/") for p in server.log) < 6 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends to the foreground group
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        assert "interrupted" in stderr
        first = Counter(p for p in server.log if p.startswith("/many/"))
        assert len(first) < PAGES, "the crawl was not interrupted mid-way"
        assert not (tmp_path / "D" / "raw" / "pages.jsonl.gz").exists()  # nothing half-written
        assert any((tmp_path / "D" / ".crawl-job").iterdir())  # the state to resume from

        done = run_cli("--data-dir", "D", "crawl", "--sources", "sources.yaml", "--allow-local", cwd=tmp_path,
                       timeout=120)
        assert done.returncode == 0, done.stderr
        assert "resuming the interrupted crawl" in done.stderr
        every = Counter(p for p in server.log if p.startswith("/many/"))

    assert sorted(every) == sorted(paths)
    assert max(every.values()) == 1, every  # nothing fetched twice
    pages = list(read_jsonl(tmp_path / "D" / "raw" / "pages.jsonl.gz", RawPage))
    assert sorted(p.url for p in pages) == sorted(server.url(p) for p in paths)  # all, once each
    assert not any((tmp_path / "D" / ".crawl-job").iterdir())  # finished: nothing left to resume
