"""The SSRF guard (RELIABILITY 11): which URLs and redirect hops are refused, and why."""

from __future__ import annotations

import socket
from datetime import datetime, timezone

import pytest
from scrapy.http import Request, Response

from pipeline.crawl.guard import check_url, classify_address
from pipeline.crawl.middlewares import RedirectGuardMiddleware, RedirectLoop, RequestRefused, retry_after_seconds
from pipeline.errors import SourceRefused


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/x",
        "http://127.8.9.10:8080/x",
        "http://[::1]/x",
        "http://10.1.2.3/",
        "http://172.20.0.1/",
        "http://192.168.1.1/",
        "http://[fd12:3456::1]/",
        "http://169.254.10.10/",
        "http://[fe80::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://0.0.0.0:8000/",
        "http://localhost:8000/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(SourceRefused, match="refused"):
        check_url(url, allow_local=False, user_given=True)
    check_url(url, allow_local=True, user_given=True)  # the operator may allow them


@pytest.mark.parametrize("url", ["ftp://example.org/a", "gopher://example.org/", "data:text/html,hi", "javascript:alert(1)"])
def test_other_schemes_are_refused_even_when_local_is_allowed(url: str) -> None:
    with pytest.raises(SourceRefused, match="scheme"):
        check_url(url, allow_local=True, user_given=True)


def test_file_urls_only_when_the_user_gave_them() -> None:
    check_url("file:///tmp/story.html", allow_local=False, user_given=True)
    with pytest.raises(SourceRefused, match="file:"):
        check_url("file:///etc/passwd", allow_local=True, user_given=False)


def test_public_addresses_pass() -> None:
    check_url("https://93.184.216.34/news", allow_local=False, user_given=False)
    assert classify_address("8.8.8.8") is None
    assert classify_address("2001:4860:4860::8888") is None


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # A public-looking name with one public and one private address must be refused.
    def fake_getaddrinfo(host, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 0)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(SourceRefused, match="10.0.0.7"):
        check_url("https://rebind.example/", allow_local=False, user_given=True)


def _redirect(url: str, location: str, meta: dict | None = None) -> tuple[Request, Response]:
    request = Request(url, meta=meta or {})
    return request, Response(url, status=302, headers={"Location": location}, request=request)


def test_redirect_to_a_private_address_is_refused() -> None:
    guard = RedirectGuardMiddleware(allow_local=False)
    request, response = _redirect("https://93.184.216.34/a", "http://192.168.0.10/admin")
    with pytest.raises(RequestRefused, match="192.168.0.10"):
        guard.process_response(request, response)
    request, response = _redirect("https://93.184.216.34/a", "file:///etc/passwd")
    with pytest.raises(RequestRefused, match="file:"):
        RedirectGuardMiddleware(allow_local=True).process_response(request, response)


def test_redirect_to_a_public_address_passes_and_loops_are_caught() -> None:
    guard = RedirectGuardMiddleware(allow_local=False)
    request, response = _redirect("https://93.184.216.34/a", "https://93.184.216.34/b")
    assert guard.process_response(request, response) is response
    request, response = _redirect("https://93.184.216.34/b", "/a", meta={"redirect_urls": ["https://93.184.216.34/a"]})
    with pytest.raises(RedirectLoop):
        guard.process_response(request, response)


def test_retry_after_header_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None
