"""The per-domain concurrency cap holds on a real crawl (politeness towards one host).

Scrapy 2.19's downloader started every queued request of a host at once; our downloader
(pipeline/crawl/downloader.py) counts a request as transferring the moment it starts it.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from werkzeug import Request as WsgiRequest
from werkzeug import Response as WsgiResponse

from pipeline.config import Sources
from tests.crawl.conftest import html_page, run_crawl

PAGES = 16


class InFlight:
    """A handler that answers after a pause and records the most requests it held at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def __call__(self, request: WsgiRequest) -> WsgiResponse:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(0.1)
            return WsgiResponse(html_page(f"Story {request.path}"), content_type="text/html")
        finally:
            with self.lock:
                self.now -= 1


@pytest.mark.parametrize("cap", [1, 3])
def test_per_domain_cap_holds(cap: int, threaded_httpserver, tmp_path: Path) -> None:
    handler = InFlight()
    threaded_httpserver.expect_request(re.compile(r"^/story/")).respond_with_handler(handler)
    urls = tuple(threaded_httpserver.url_for(f"/story/{n}.html") for n in range(PAGES))
    out = run_crawl(tmp_path / "raw", Sources(articles=urls), obey_robots=False, concurrency_per_domain=cap)
    assert len(out.pages) == PAGES
    assert handler.most == cap  # never more than the cap, and the cap is used
