"""What every newsreact spider shares: the errback that records failures, JSON reading, and
the per-platform post budget.

Reads and writes nothing; spiders yield records (see ``pipeline.crawl.items``).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from typing import Any

import scrapy
from scrapy.http import Request, Response
from twisted.python.failure import Failure as TwistedFailure

from pipeline.crawl.items import failure_from, failure_row
from pipeline.records import Failure, RawPost

logger = logging.getLogger(__name__)


class NewsreactSpider(scrapy.Spider):
    """Base spider: every request gets ``errback`` so nothing fails silently."""

    def errback(self, failure: TwistedFailure) -> Any:
        request = getattr(failure, "request", None)
        row = failure_from(failure, request)
        logger.info("could not fetch %s: %s (%s)", row.url, row.status, row.error)
        yield row


class PlatformSpider(NewsreactSpider):
    """A spider for one social platform's JSON API, with a budget of posts (max_posts)."""

    platform = ""
    token_env: str | None = None  # optional bearer token, read from the environment only
    user_agent_env: str | None = None

    def __init__(self, source: dict[str, Any] | None = None, max_posts: int = 500, **kwargs: Any):
        super().__init__(**kwargs)
        self.source = source or {}
        self.api = str(self.source.get("api", "")).rstrip("/")
        self.query = self.source.get("query")
        self.tags = tuple(self.source.get("tags") or ())
        self.threads = tuple(self.source.get("threads") or ())
        self.max_posts = int(max_posts)
        self.emitted: set[str] = set()
        self.known_urls: dict[str, str] = {}  # native id -> post url, for reply links

    @property
    def budget_left(self) -> bool:
        return len(self.emitted) < self.max_posts

    def api_request(self, url: str, callback: Callable[..., Any], **meta: Any) -> Request:
        headers = {"Accept": "application/json"}
        token = os.environ.get(self.token_env) if self.token_env else None
        if token:
            headers["Authorization"] = f"Bearer {token}"
        agent = os.environ.get(self.user_agent_env) if self.user_agent_env else None
        if agent:
            headers["User-Agent"] = agent
        return Request(url, callback=callback, errback=self.errback, headers=headers, meta=meta)

    def read_json(self, response: Response, expected: type) -> Any:
        """The decoded payload, or a Failure row when it is not JSON of the expected shape."""
        try:
            data = json.loads(response.body)
        except (ValueError, UnicodeDecodeError) as exc:
            return failure_row(response.url, "bad_json", f"{self.platform} API did not answer JSON: {exc}")
        if not isinstance(data, expected):
            return failure_row(response.url, "bad_json", f"{self.platform} API answered a {type(data).__name__}, expected a {expected.__name__}")
        return data

    def emit(self, post: RawPost) -> RawPost | None:
        """The post when it is new and within budget, else None (so callers stop expanding)."""
        native = post.post_id.split(":", 1)[1]
        self.known_urls.setdefault(native, post.url)
        if post.post_id in self.emitted or not self.budget_left:
            return None
        self.emitted.add(post.post_id)
        return post

    @staticmethod
    def is_failure(value: Any) -> bool:
        return isinstance(value, Failure)
