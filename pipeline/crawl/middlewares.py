"""Downloader middlewares: the SSRF guard, robots.txt policy, Crawl-delay and Retry-After.

Reads and writes nothing; each middleware is switched on by dotted path in
``pipeline.crawl.settings.DOWNLOADER_MIDDLEWARES``. A request refused here ends in the
request's errback, where the spider turns it into a ``Failure`` row, and the crawl goes on.
"""

from __future__ import annotations

import email.utils
import logging
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import task
from w3lib.url import safe_url_string

from pipeline.crawl.guard import check_url
from pipeline.errors import SourceRefused

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.robotstxt import RobotParser

logger = logging.getLogger(__name__)

REDIRECT_STATUSES: frozenset[int] = frozenset({301, 302, 303, 307, 308})


class RequestRefused(IgnoreRequest):
    """The SSRF guard refused a URL or a redirect hop (the message says why)."""


class RedirectLoop(IgnoreRequest):
    """A redirect points back at a URL already visited in the same chain."""


async def sleep(seconds: float) -> None:
    """Wait without blocking the reactor."""
    from twisted.internet import (
        reactor,  # imported late: importing it early would install the wrong reactor
    )

    await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))


class SsrfGuardMiddleware:
    """Refuses requests to local/private addresses and non-web schemes (see guard.check_url).

    Only a request the spider marked ``meta["user_given"]`` may be ``file:``, and a redirect
    hop (which keeps the original's meta) never counts as user-given.
    """

    def __init__(self, allow_local: bool):
        self.allow_local = allow_local
        self._verdicts: dict[str, str | None] = {}  # scheme://netloc -> refusal reason or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SsrfGuardMiddleware:
        return cls(crawler.settings.getbool("NEWSREACT_ALLOW_LOCAL"))

    def process_request(self, request: Request, spider: Any = None) -> None:
        user_given = bool(request.meta.get("user_given")) and not request.meta.get("redirect_urls")
        parts = urlparse_cached(request)
        if parts.scheme == "file" or parts.scheme not in ("http", "https"):
            self._check(request.url, user_given)
            return
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._verdicts:
            try:
                check_url(request.url, self.allow_local, user_given=False)
                self._verdicts[key] = None
            except SourceRefused as exc:
                self._verdicts[key] = str(exc).split(": refused: ", 1)[-1]
        reason = self._verdicts[key]
        if reason is not None:
            raise RequestRefused(f"{request.url}: refused: {reason}")

    def _check(self, url: str, user_given: bool) -> None:
        try:
            check_url(url, self.allow_local, user_given=user_given)
        except SourceRefused as exc:
            raise RequestRefused(str(exc)) from None


class RedirectGuardMiddleware:
    """Checks a 3xx Location before RedirectMiddleware follows it: refused targets and loops stop here."""

    def __init__(self, allow_local: bool):
        self.allow_local = allow_local

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls(crawler.settings.getbool("NEWSREACT_ALLOW_LOCAL"))

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        location = response.headers.get("Location")
        if response.status not in REDIRECT_STATUSES or not location or request.meta.get("dont_redirect"):
            return response
        target = urljoin(request.url, safe_url_string(location))
        visited = {urldefrag(u)[0] for u in [*request.meta.get("redirect_urls", []), request.url]}
        if urldefrag(target)[0] in visited:
            raise RedirectLoop(f"{request.url}: redirect loop back to {target}")
        try:
            check_url(target, self.allow_local, user_given=False)
        except SourceRefused as exc:
            raise RequestRefused(f"redirect from {request.url}: {exc}") from None
        return response


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with one policy pinned down.

    A robots.txt that answers 4xx or 5xx (after retries) or cannot be fetched at all (timeout,
    DNS, refused connection) is treated as allowing everything, the way Scrapy treats an
    unreachable robots.txt; the decision is logged. A 5xx body is never parsed as rules.
    """

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 400:
            logger.info("robots.txt of %s answered %s: treated as allowing every path", netloc, response.status)
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        logger.info("robots.txt of %s could not be fetched (%s): treated as allowing every path", netloc, exc)
        super()._robots_error(exc, netloc)


class CrawlDelayMiddleware:
    """Honours robots.txt ``Crawl-delay`` per host (Scrapy reads it but does not apply it).

    Listens to ``robots_parsed``; each later request to that host waits for its turn, so two
    requests to one host start at least the delay apart. Delays are capped by
    ``NEWSREACT_MAX_CRAWL_DELAY``.
    """

    def __init__(self, user_agent: str, max_delay: float):
        self.user_agent = user_agent
        self.max_delay = max_delay
        self.delays: dict[str, float] = {}
        self._next_start: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        settings = crawler.settings
        agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        mw = cls(agent, settings.getfloat("NEWSREACT_MAX_CRAWL_DELAY"))
        crawler.signals.connect(mw.robots_parsed, signal=signals.robots_parsed)
        return mw

    def robots_parsed(self, robotparser: RobotParser, request: Request) -> None:
        netloc = urlparse_cached(request).netloc
        delay = getattr(robotparser, "crawl_delay", lambda agent: None)(self.user_agent)
        if delay:
            self.delays[netloc] = min(float(delay), self.max_delay)
            logger.info("robots.txt of %s asks for a Crawl-delay of %s s", netloc, self.delays[netloc])

    async def process_request(self, request: Request, spider: Any = None) -> None:
        netloc = urlparse_cached(request).netloc
        delay = self.delays.get(netloc)
        if not delay or request.meta.get("dont_obey_robotstxt"):
            return
        now = time.monotonic()
        start = max(now, self._next_start.get(netloc, now))
        self._next_start[netloc] = start + delay
        if start > now:
            await sleep(start - now)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that backs off on 429/503: the host's download delay doubles (from 1 s,
    capped), and a ``Retry-After`` is waited out (capped) before the retry. So a storm of 429s
    slows the crawl of that host down instead of retrying in a tight loop."""

    BACKOFF_STATUSES: frozenset[int] = frozenset({429, 503})

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.max_wait = settings.getfloat("NEWSREACT_RETRY_AFTER_MAX")

    async def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        if response.status in self.BACKOFF_STATUSES:
            self.slow_down(request)
        if (
            response.status in self.retry_http_codes
            and not request.meta.get("dont_retry", False)
            and request.meta.get("retry_times", 0) < request.meta.get("max_retry_times", self.max_retry_times)
        ):
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait:
                wait = min(wait, self.max_wait)
                logger.info("%s answered %s with Retry-After: waiting %.1f s", request.url, response.status, wait)
                await sleep(wait)
        return super().process_response(request, response)

    def slow_down(self, request: Request) -> None:
        """Double the download delay of the request's host (at least 1 s, at most the cap)."""
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        slot = downloader.slots.get(request.meta.get("download_slot", "")) if downloader is not None else None
        if slot is None:
            return
        slot.delay = min(max(slot.delay * 2, 1.0), max(self.max_wait, 1.0))
        logger.info("%s answered too many requests: delay for this host now %.1f s", request.url, slot.delay)
