"""RELIABILITY.md crawl items against a loopback server: robots.txt policies, Crawl-delay,
Retry-After, permanent errors, endless and oversized bodies, redirect loops, the SSRF guard."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator

from werkzeug import Request as WsgiRequest
from werkzeug import Response as WsgiResponse

from pipeline.config import Sources
from tests.crawl.conftest import html_page


def page_handler(stamps: list[float]):
    def handler(request: WsgiRequest) -> WsgiResponse:
        stamps.append(time.monotonic())
        return WsgiResponse(html_page(request.path), content_type="text/html; charset=utf-8")
    return handler


def test_crawl_delay_is_honoured(httpserver, crawl_into) -> None:
    """RELIABILITY 2: requests to one host start at least Crawl-delay apart."""
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 1\nAllow: /\n")
    stamps: list[float] = []
    for n in range(3):
        httpserver.expect_request(f"/d{n}.html").respond_with_handler(page_handler(stamps))
    out = crawl_into(Sources(articles=tuple(httpserver.url_for(f"/d{n}.html") for n in range(3))))
    assert len(out.pages) == 3
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    assert len(gaps) == 2 and min(gaps) >= 0.9, gaps


def test_robots_txt_server_error_allows_everything(httpserver, crawl_into) -> None:
    """RELIABILITY 3 (policy): robots.txt answering 5xx (after retries) is treated as allow-all;
    the error body is never parsed as rules."""
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n", status=500)
    httpserver.expect_request("/a.html").respond_with_data(html_page("a"), content_type="text/html")
    out = crawl_into(Sources(articles=(httpserver.url_for("/a.html"),)), retry_times=0)
    assert [p.url for p in out.pages] == [httpserver.url_for("/a.html")]


def test_robots_txt_timeout_allows_everything(threaded_httpserver, crawl_into) -> None:
    """RELIABILITY 3 (policy): an unreachable robots.txt (timeout) is treated as allow-all."""
    def slow(request: WsgiRequest) -> WsgiResponse:
        time.sleep(2.5)
        return WsgiResponse("User-agent: *\nDisallow: /\n", content_type="text/plain")

    threaded_httpserver.expect_request("/robots.txt").respond_with_handler(slow)
    threaded_httpserver.expect_request("/a.html").respond_with_data(html_page("a"), content_type="text/html")
    out = crawl_into(Sources(articles=(threaded_httpserver.url_for("/a.html"),)), download_timeout=1, retry_times=0)
    assert [p.url for p in out.pages] == [threaded_httpserver.url_for("/a.html")]


def test_503_with_retry_after_then_200(httpserver, crawl_into) -> None:
    """RELIABILITY 4: the retry waits as long as Retry-After asks, and the page arrives."""
    stamps: list[float] = []

    def busy(request: WsgiRequest) -> WsgiResponse:
        stamps.append(time.monotonic())
        return WsgiResponse("busy", status=503, headers={"Retry-After": "1"})

    httpserver.expect_oneshot_request("/busy.html").respond_with_handler(busy)
    httpserver.expect_request("/busy.html").respond_with_handler(page_handler(stamps))
    out = crawl_into(Sources(articles=(httpserver.url_for("/busy.html"),)), obey_robots=False)
    assert [p.url for p in out.pages] == [httpserver.url_for("/busy.html")]
    assert out.failures == []
    assert len(stamps) == 2 and stamps[1] - stamps[0] >= 0.9
    assert out.stats["retries"] == 1


def test_permanent_500_is_recorded_and_the_run_finishes(httpserver, crawl_into) -> None:
    """RELIABILITY 5: gives up after the retries, records url/status/error, other pages still come."""
    httpserver.expect_request("/broken.html").respond_with_data("oops", status=500)
    httpserver.expect_request("/fine.html").respond_with_data(html_page("fine"), content_type="text/html")
    broken = httpserver.url_for("/broken.html")
    out = crawl_into(Sources(articles=(broken, httpserver.url_for("/fine.html"))), obey_robots=False, retry_times=2)
    assert [p.url for p in out.pages] == [httpserver.url_for("/fine.html")]
    assert [(f.url, f.status, f.stage) for f in out.failures] == [(broken, "500", "crawl")]
    assert "500" in out.failures[0].error
    assert sum(1 for req, _ in httpserver.log if req.path == "/broken.html") == 3
    assert out.stats["failures"] == 1 and out.stats["failures_by_status"] == {"500": 1}


def test_never_ending_response_is_aborted_at_the_timeout(threaded_httpserver, crawl_into) -> None:
    """RELIABILITY 8: a body that never ends is cut at DOWNLOAD_TIMEOUT and recorded."""
    def endless(request: WsgiRequest) -> WsgiResponse:
        def chunks() -> Iterator[bytes]:
            yield b"<html><body>"
            for _ in range(40):  # ends on its own after ~8 s so the test server can shut down
                time.sleep(0.2)
                yield b"<p>more</p>"
        return WsgiResponse(chunks(), content_type="text/html")

    threaded_httpserver.expect_request("/endless.html").respond_with_handler(endless)
    url = threaded_httpserver.url_for("/endless.html")
    started = time.monotonic()
    out = crawl_into(Sources(articles=(url,)), obey_robots=False, download_timeout=1, retry_times=0)
    assert out.pages == [] and out.failure_status(url) == "timeout"
    assert time.monotonic() - started < 8


def test_oversized_bodies_are_cancelled(httpserver, crawl_into) -> None:
    """RELIABILITY 9: declared, streamed and gzip-bomb bodies over the limit are cancelled and recorded."""
    big = b"<html>" + b"x" * 20000 + b"</html>"

    def streamed(request: WsgiRequest) -> WsgiResponse:
        return WsgiResponse((big[i:i + 1000] for i in range(0, len(big), 1000)), content_type="text/html")

    httpserver.expect_request("/declared.html").respond_with_data(big, content_type="text/html")
    httpserver.expect_request("/streamed.html").respond_with_handler(streamed)
    httpserver.expect_request("/bomb.html").respond_with_data(
        gzip.compress(b"\0" * 2_000_000), content_type="text/html", headers={"Content-Encoding": "gzip"})
    httpserver.expect_request("/small.html").respond_with_data(html_page("small"), content_type="text/html")
    names = ("declared", "streamed", "bomb", "small")
    out = crawl_into(Sources(articles=tuple(httpserver.url_for(f"/{n}.html") for n in names)),
                     obey_robots=False, max_body_bytes=10000)
    assert [p.url for p in out.pages] == [httpserver.url_for("/small.html")]
    for name in ("declared", "streamed", "bomb"):
        assert out.failure_status(httpserver.url_for(f"/{name}.html")) == "too_large", name


def test_redirect_loops_and_long_chains_are_recorded(httpserver, crawl_into) -> None:
    """RELIABILITY 10."""
    httpserver.expect_request("/loop-a").respond_with_data("", status=302, headers={"Location": "/loop-b"})
    httpserver.expect_request("/loop-b").respond_with_data("", status=302, headers={"Location": "/loop-a"})
    for n in range(12):
        httpserver.expect_request(f"/chain/{n}").respond_with_data("", status=301, headers={"Location": f"/chain/{n + 1}"})
    out = crawl_into(Sources(articles=(httpserver.url_for("/loop-a"), httpserver.url_for("/chain/0"))),
                     obey_robots=False, max_redirects=5)
    assert out.pages == []
    assert sorted(f.status for f in out.failures) == ["redirect_loop", "redirect_loop"]
    assert sum(1 for req, _ in httpserver.log if req.path.startswith("/chain/")) == 6


def test_loopback_refused_without_allow_local(httpserver, crawl_into, tmp_path) -> None:
    """RELIABILITY 11: no request reaches a loopback address unless --allow-local.
    (A user-given file: URL keeps the crawl going: when every source is refused, crawl()
    raises SourceRefused instead, see tests/reliability/test_refused_urls.py.)"""
    httpserver.expect_request("/a.html").respond_with_data(html_page("a"), content_type="text/html")
    url = httpserver.url_for("/a.html")
    story = tmp_path / "story.html"
    story.write_text(html_page("local file"), encoding="utf-8")
    out = crawl_into(Sources(articles=(url, story.as_uri())), allow_local=False)
    assert [p.url for p in out.pages] == [story.as_uri()] and out.failure_status(url) == "refused"
    assert "allow-local" in out.failures[0].error
    assert httpserver.log == []


def test_redirect_to_a_local_file_is_refused(httpserver, crawl_into) -> None:
    """RELIABILITY 11: a redirect hop is checked like a URL (file: never allowed from a redirect)."""
    httpserver.expect_request("/go").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    out = crawl_into(Sources(articles=(httpserver.url_for("/go"),)), obey_robots=False)
    assert out.pages == []
    assert [f.status for f in out.failures] == ["refused"]
    assert "file:" in out.failures[0].error


def test_connection_dropped_mid_body_is_retried_then_recorded(crawl_into) -> None:
    """RELIABILITY 7: a body cut short is retried, then recorded; no half page is stored."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(10)
    connections: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            connections.append(1)
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><p>half")
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/cut.html"
    try:
        out = crawl_into(Sources(articles=(url,)), obey_robots=False, retry_times=1)
    finally:
        listener.close()
    assert out.pages == []
    assert out.failure_status(url) == "incomplete"
    assert len(connections) == 2


def test_a_storm_of_429s_backs_off(httpserver, crawl_into) -> None:
    """RELIABILITY 6: each 429 makes the host's delay grow; no tight retry loop."""
    stamps: list[float] = []

    def storm(request: WsgiRequest) -> WsgiResponse:
        stamps.append(time.monotonic())
        return WsgiResponse("slow down", status=429)

    for _ in range(3):
        httpserver.expect_oneshot_request("/storm.html").respond_with_handler(storm)
    httpserver.expect_request("/storm.html").respond_with_handler(page_handler(stamps))
    out = crawl_into(Sources(articles=(httpserver.url_for("/storm.html"),)), obey_robots=False,
                     retry_times=3, retry_after_max=2)
    assert len(out.pages) == 1 and len(stamps) == 4
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    # Host delay 1 s, then 2 s (capped at 2); Scrapy randomises a slot delay to 0.5x-1.5x.
    assert gaps[0] >= 0.45 and gaps[1] >= 0.95 and gaps[2] >= 0.95, gaps
