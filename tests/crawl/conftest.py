"""Shared helpers for the crawl tests: a real Scrapy crawl against pytest-httpserver on loopback."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import PlatformSource, Sources, load_params
from pipeline.crawl.run import crawl
from pipeline.io import read_jsonl
from pipeline.records import Failure, RawPage, RawPost

FAST = {
    "download_timeout": 2,
    "retry_times": 1,
    "autothrottle": False,
    "max_crawl_delay": 5,
    "retry_after_max": 3,
    "obey_robots": True,
}


@dataclass
class CrawlOutput:
    pages: list[RawPage]
    posts: list[RawPost]
    failures: list[Failure]
    stats: dict[str, Any]
    counts: dict[str, int]

    def page(self, url: str) -> RawPage:
        return next(p for p in self.pages if p.url == url)

    def body(self, url: str) -> bytes:
        return base64.b64decode(self.page(url).body_b64)

    def post(self, post_id: str) -> RawPost:
        return next(p for p in self.posts if p.post_id == post_id)

    def failure_status(self, url: str) -> str | None:
        return next((f.status for f in self.failures if f.url == url), None)


def run_crawl(raw_dir: Path, sources: Sources, allow_local: bool = True, jobdir: Path | None = None,
              **overrides: Any) -> CrawlOutput:
    params = load_params()
    params["crawl"].update(FAST)
    params["crawl"].update(overrides)
    result = crawl(sources, raw_dir, params, allow_local=allow_local, jobdir=jobdir)
    return CrawlOutput(
        pages=list(read_jsonl(raw_dir / "pages.jsonl.gz", RawPage)),
        posts=list(read_jsonl(raw_dir / "posts.jsonl.gz", RawPost)),
        failures=list(read_jsonl(raw_dir / "failures.jsonl.gz", Failure)),
        stats=json.loads((raw_dir / "crawl_stats.json").read_text()),
        counts=result.counts,
    )


@pytest.fixture
def crawl_into(tmp_path: Path):
    """Call as crawl_into(sources, **param_overrides) -> CrawlOutput (raw_dir under tmp_path)."""
    counter = {"n": 0}

    def _run(sources: Sources, **kwargs: Any) -> CrawlOutput:
        counter["n"] += 1
        return run_crawl(tmp_path / f"raw{counter['n']}", sources, **kwargs)

    return _run


def platform(name: str, api: str, **kwargs: Any) -> Sources:
    return Sources(reactions=(PlatformSource(platform=name, api=api.rstrip("/"), **kwargs),))


HTML = """<!doctype html><html><head><title>{title}</title></head>
<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"""


def html_page(title: str, text: str = "Body text of the article.") -> str:
    return HTML.format(title=title, text=text)


@pytest.fixture
def threaded_httpserver():
    """A pytest-httpserver that answers requests in parallel (for slow or endless handlers)."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()
