"""The crawl's items: the records of ``pipeline.records`` (RawPage, RawPost, Failure), built here.

Reads nothing and writes nothing. Spiders yield these frozen dataclasses directly (Scrapy
takes dataclass items); FEEDS sends each type to its own file by ``item_classes``. This
module turns responses, platform payloads and download errors into those records.
"""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure as TwistedFailure

from pipeline.crawl.middlewares import RedirectLoop, RequestRefused
from pipeline.crawl.resolver import LocalAddressRefused
from pipeline.records import Failure, RawPage, RawPost

KEPT_HEADERS: tuple[str, ...] = ("content-type", "content-language", "last-modified", "date", "etag")
STAGE = "crawl"


def now_iso() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def file_content_type(url: str) -> str:
    """The content type given to a user's local file: HTML for .html/.htm, plain text otherwise."""
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    return "text/html" if path.endswith((".html", ".htm")) else "text/plain"


def kept_headers(response: Response) -> dict[str, str]:
    """The response headers extraction needs, with lower-cased names."""
    if response.url.startswith("file:"):
        return {"content-type": file_content_type(response.url)}
    out: dict[str, str] = {}
    for name in KEPT_HEADERS:
        value = response.headers.get(name)
        if value is not None:
            out[name] = value.decode("latin-1")
    return out


def page_from_response(response: Response, source: str, source_url: str | None, *,
                       listed_title: str | None = None, listed_published: str | None = None) -> RawPage:
    """A RawPage for a fetched article (body kept undecoded, base64), with the title and
    publication time its feed or sitemap entry stated, if any."""
    chain = response.request.meta.get("redirect_urls", []) if response.request is not None else []
    requested = chain[0] if chain else (response.request.url if response.request is not None else response.url)
    return RawPage(
        url=response.url,
        requested_url=requested,
        status=200 if response.url.startswith("file:") else response.status,
        headers=kept_headers(response),
        body_b64=base64.b64encode(response.body).decode("ascii"),
        fetched_at=now_iso(),
        source=source,
        source_url=source_url,
        listed_title=listed_title,
        listed_published=listed_published,
    )


def failure_status(failure: TwistedFailure) -> str:
    """A short reason code for a failed request (HTTP status as text, or a named cause)."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return str(exc.response.status)
    if isinstance(exc, RequestRefused):
        return "refused"
    if isinstance(exc, RedirectLoop):
        return "redirect_loop"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "robots.txt" in text:
            return "forbidden_by_robots"
        if "max redirections" in text:
            return "redirect_loop"
        if "DOWNLOAD_MAXSIZE" in text or "max size" in text:
            return "too_large"
        return "ignored"
    if isinstance(exc, (DownloadTimeoutError, twisted_error.TimeoutError)):
        return "timeout"
    if isinstance(exc, DownloadCancelledError):
        return "too_large"
    if isinstance(exc, LocalAddressRefused) or isinstance(exc.__cause__, LocalAddressRefused):
        return "refused"  # the name resolved to a local address when connecting (resolver.py)
    if isinstance(exc, (CannotResolveHostError, twisted_error.DNSLookupError)):
        return "dns"
    if isinstance(exc, (DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError)):
        return "connection_refused"
    if isinstance(exc, ResponseDataLossError):
        return "incomplete"
    if isinstance(exc, (FileNotFoundError, IsADirectoryError, PermissionError)):
        return "not_found"
    return "error"


def failure_from(failure: TwistedFailure, request: Request | None = None) -> Failure:
    """The Failure row for a request that could not be fetched.

    The row's url is the URL first requested (the one the sources, feed or sitemap listed),
    even when the failure happened after redirects; the error then names the URL reached.
    """
    request = request if request is not None else getattr(failure, "request", None)
    exc = failure.value
    if isinstance(exc, HttpError):
        request = exc.response.request or request
        reached = exc.response.url
        message = f"HTTP {exc.response.status} after retries"
    else:
        reached = request.url if request is not None else ""
        message = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    chain = request.meta.get("redirect_urls", []) if request is not None else []
    url = chain[0] if chain else reached
    if reached and reached != url:
        message = f"{message} (at {reached}, after redirects)"
    return Failure(url=str(url or ""), stage=STAGE, status=failure_status(failure), error=message[:500], at=now_iso())


def failure_row(url: str, status: str, error: str) -> Failure:
    """A Failure row for a problem found after fetching (bad JSON, bad feed)."""
    return Failure(url=url, stage=STAGE, status=status, error=error[:500], at=now_iso())


def make_post(platform: str, native_id: str, *, url: str, author: str | None, created_at: str | None,
              text: str, links: list[str], api_url: str, raw: dict[str, Any],
              reply_to_url: str | None = None, reply_to_native_id: str | None = None) -> RawPost:
    """A RawPost with the project's id scheme (``<platform>:<native id>``)."""
    return RawPost(
        post_id=f"{platform}:{native_id}",
        platform=platform,
        url=url,
        author=author,
        created_at=created_at,
        text=text,
        reply_to_url=reply_to_url,
        links=sorted(dict.fromkeys(link for link in links if link)),
        api_url=api_url,
        fetched_at=now_iso(),
        raw=raw,
        reply_to_id=f"{platform}:{reply_to_native_id}" if reply_to_native_id else None,
    )
