"""RELIABILITY 12 and 13: an interrupted crawl resumes from its JOBDIR without refetching or
duplicates; a crawl replayed from the HTTP cache makes no request and gives the same pages."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from werkzeug import Request as WsgiRequest
from werkzeug import Response as WsgiResponse

from pipeline.config import Sources
from pipeline.crawl.run import CrawlInterrupted
from tests.crawl.conftest import html_page, run_crawl


def crawl_children() -> list[int]:
    """Pids of the crawl subprocesses this test process started."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = next((line.split()[1] for line in status.splitlines() if line.startswith("PPid:")), "")
        if ppid == str(os.getpid()) and b"pipeline.crawl.run" in cmdline:
            pids.append(int(entry.name))
    return pids


def test_interrupted_crawl_resumes_without_refetching(httpserver, tmp_path: Path) -> None:
    # More pages than Scrapy hands to the downloader at once (CONCURRENT_REQUESTS 16), so some
    # are still in the JOBDIR queue when the crawl stops.
    paths = [f"/r{n}.html" for n in range(40)]
    interrupted = {"done": False}

    def page(request: WsgiRequest) -> WsgiResponse:
        if request.path == "/r2.html" and not interrupted["done"]:
            interrupted["done"] = True
            for pid in crawl_children():
                os.kill(pid, signal.SIGINT)  # what Ctrl-C does; Scrapy stops gracefully
            time.sleep(0.3)
        time.sleep(0.02)
        return WsgiResponse(html_page(request.path), content_type="text/html")

    for path in paths:
        httpserver.expect_request(path).respond_with_handler(page)
    sources = Sources(articles=tuple(httpserver.url_for(p) for p in paths))
    jobdir = tmp_path / "job"
    # Only the crawl process got the signal: it stops gracefully and exits 0 with part of the
    # crawl done. That must not pass for a finished crawl: nothing is written, and it resumes.
    with pytest.raises(CrawlInterrupted, match="stopped before it finished"):
        run_crawl(tmp_path / "raw", sources, jobdir=jobdir, obey_robots=False, concurrency_per_domain=1)
    assert interrupted["done"] and not (tmp_path / "raw" / "pages.jsonl.gz").exists()
    assert 0 < len({req.path for req, _ in httpserver.log}) < len(paths)

    second = run_crawl(tmp_path / "raw", sources, jobdir=jobdir, obey_robots=False, concurrency_per_domain=1)
    assert sorted(p.url for p in second.pages) == sorted(httpserver.url_for(p) for p in paths)
    fetched = Counter(req.path for req, _ in httpserver.log)
    assert all(fetched[p] == 1 for p in paths), fetched


def test_http_cache_replay_makes_no_request(httpserver, tmp_path: Path) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    for n in range(3):
        httpserver.expect_request(f"/c{n}.html").respond_with_data(html_page(f"c{n}"), content_type="text/html")
    sources = Sources(articles=tuple(httpserver.url_for(f"/c{n}.html") for n in range(3)))
    cache = str(tmp_path / "cache")
    first = run_crawl(tmp_path / "raw1", sources, http_cache=True, http_cache_dir=cache)
    assert len(first.pages) == 3
    httpserver.clear()  # no handlers, empty log: any request now would show up (and fail)
    second = run_crawl(tmp_path / "raw2", sources, http_cache=True, http_cache_dir=cache)
    assert httpserver.log == []
    assert [(p.url, p.body_b64, p.headers) for p in second.pages] == [(p.url, p.body_b64, p.headers) for p in first.pages]
    assert second.failures == []
