"""A crawl opens no way in: no telnet console, no RemoteControl server (on by default in Scrapy
2.19: an HTTP server that runs Python code sent to it), and the connection-time DNS check of
the SSRF guard (pipeline/crawl/resolver.py) refuses names that resolve to local addresses."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import Sources
from tests.crawl.conftest import html_page, run_crawl


def test_crawl_starts_no_remote_control_or_telnet(httpserver, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    httpserver.expect_request("/story.html").respond_with_data(html_page("A story"), content_type="text/html")
    with caplog.at_level(logging.DEBUG, logger="pipeline.crawl.scrapy"):
        out = run_crawl(tmp_path / "raw", Sources(articles=(httpserver.url_for("/story.html"),)), obey_robots=False)
    assert len(out.pages) == 1
    log = "\n".join(record.getMessage() for record in caplog.records)
    assert "Enabled extensions" in log  # the crawl's own log reached us
    extensions = log.split("Enabled extensions", 1)[1].split("]", 1)[0]
    assert "RemoteControl" not in extensions and "TelnetConsole" not in extensions
    assert "Remote control HTTP server" not in log and "Telnet console listening" not in log
    assert "SSRF guard: addresses checked at connect time" in log  # our resolver is the one installed
    assert "DNS_RESOLVER setting is deprecated" not in log


RESOLVE = """
import sys
from scrapy.crawler import Crawler
from scrapy.spiders import Spider
from twisted.internet import asyncioreactor
asyncioreactor.install()
from twisted.internet import reactor
from pipeline.crawl.resolver import GuardedResolver

allow_local = sys.argv[1] == "allow"
crawler = Crawler(Spider, {"NEWSREACT_ALLOW_LOCAL": allow_local})
resolver = GuardedResolver.from_crawler(crawler, reactor)
outcome = []

def done(result):
    outcome.append(getattr(result, "value", result))
    reactor.stop()

resolver.getHostByName("localhost").addBoth(done)
reactor.run()
print(type(outcome[0]).__name__, outcome[0])
"""


@pytest.mark.parametrize(("mode", "expected"), [
    ("refuse", "LocalAddressRefused"),
    ("allow", "str 127.0.0.1"),
])
def test_resolver_refuses_local_addresses_at_connect_time(mode: str, expected: str) -> None:
    """A real Twisted lookup of a name that resolves to loopback (the middleware refuses
    'localhost' by name; this is the check a rebinding name meets when Twisted connects)."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", RESOLVE, mode], cwd=root, capture_output=True, text=True, check=False,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(expected), done.stdout
    if mode == "refuse":
        assert "localhost resolved to 127.0.0.1, a loopback address" in done.stdout
