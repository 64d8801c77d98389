"""crawl() as the stage entry point: errors from the subprocess, empty sources, stats file shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import PlatformSource, Sources, load_params
from pipeline.crawl.run import crawl
from pipeline.errors import ConfigError, PipelineError
from tests.crawl.conftest import html_page, run_crawl


def test_a_failing_crawl_process_raises_with_its_log(tmp_path: Path) -> None:
    unknown = PlatformSource(platform="myspace", api="http://127.0.0.1:9", query="x")
    with pytest.raises(PipelineError, match=r"(?s)crawl process failed.*myspace"):
        crawl(Sources(reactions=(unknown,)), tmp_path / "raw", load_params(), allow_local=True)
    assert not (tmp_path / "raw" / "pages.jsonl.gz").exists()


def test_bad_numeric_params_are_named(tmp_path: Path) -> None:
    params = load_params()
    params["crawl"]["max_body_bytes"] = "ten megabytes"
    with pytest.raises(ConfigError, match="crawl.max_body_bytes"):
        crawl(Sources(articles=("https://example.org/a.html",)), tmp_path / "raw", params)


def test_nothing_to_crawl_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nothing to crawl"):
        crawl(Sources(), tmp_path / "raw", load_params())


def test_outputs_and_stats_are_stable(httpserver, tmp_path: Path) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    for name in ("b", "a"):
        httpserver.expect_request(f"/{name}.html").respond_with_data(html_page(name), content_type="text/html")
    httpserver.expect_request("/gone.html").respond_with_data("", status=404)
    sources = Sources(articles=tuple(httpserver.url_for(f"/{n}.html") for n in ("b", "gone", "a", "b")))
    # Only the crawl section, as the CLI may pass it.
    first = run_crawl(tmp_path / "one", sources)
    second = run_crawl(tmp_path / "two", sources)
    assert [p.url for p in first.pages] == [httpserver.url_for("/a.html"), httpserver.url_for("/b.html")]
    assert [(f.url, f.status) for f in first.failures] == [(httpserver.url_for("/gone.html"), "404")]
    assert (tmp_path / "one" / "crawl_stats.json").read_text() == (tmp_path / "two" / "crawl_stats.json").read_text()
    stats = json.loads((tmp_path / "one" / "crawl_stats.json").read_text())
    assert stats["pages"] == 2 and stats["failures_by_status"] == {"404": 1} and stats["requests"] == 4
    assert not any("time" in key for key in stats)
    assert [p.body_b64 for p in first.pages] == [p.body_b64 for p in second.pages]
