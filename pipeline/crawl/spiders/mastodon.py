"""The Mastodon spider: statuses under hashtags, and the threads around them.

Reads GET {instance}/api/v1/timelines/tag/{tag}?limit=40 (an array of Status, paged by the
``Link: <...>; rel="next"`` header), GET {instance}/api/v1/statuses/{id} for statuses the user
named, and GET {instance}/api/v1/statuses/{id}/context ({ancestors, descendants}) for every
status with replies. Yields one RawPost per status (``mastodon:<id>``) and Failures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scrapy.http import Response

from pipeline.crawl.items import make_post
from pipeline.crawl.posttext import html_links, html_to_text
from pipeline.crawl.spiders.base import PlatformSpider
from pipeline.records import RawPost

LINK_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


def next_link(header: bytes | None) -> str | None:
    """The rel="next" URL of an HTTP Link header, if any."""
    if not header:
        return None
    match = LINK_NEXT.search(header.decode("latin-1"))
    return match.group(1) if match else None


class MastodonSpider(PlatformSpider):
    name = "mastodon"
    platform = "mastodon"
    token_env = "MASTODON_TOKEN"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.expanded: set[str] = set()

    async def start(self) -> Any:
        for tag in self.tags:
            yield self.api_request(f"{self.api}/api/v1/timelines/tag/{quote(tag, safe='')}?limit=40", self.parse_timeline)
        for status_id in self.threads:
            yield self.api_request(f"{self.api}/api/v1/statuses/{quote(status_id, safe='')}", self.parse_status)

    def parse_timeline(self, response: Response) -> Iterator[Any]:
        statuses = self.read_json(response, list)
        if self.is_failure(statuses):
            yield statuses
            return
        yield from self._statuses(statuses, response.url, expand=True)
        following = next_link(response.headers.get("Link"))
        if following and statuses and self.budget_left:
            yield self.api_request(following, self.parse_timeline)

    def parse_status(self, response: Response) -> Iterator[Any]:
        status = self.read_json(response, dict)
        if self.is_failure(status):
            yield status
            return
        yield from self._statuses([status], response.url, expand=True, force=True)

    def parse_context(self, response: Response) -> Iterator[Any]:
        context = self.read_json(response, dict)
        if self.is_failure(context):
            yield context
            return
        statuses = list(context.get("ancestors") or []) + list(context.get("descendants") or [])
        yield from self._statuses(statuses, response.url, expand=False)

    def _statuses(self, statuses: list[Any], api_url: str, expand: bool, force: bool = False) -> Iterator[Any]:
        statuses = [s.get("reblog") or s for s in statuses if isinstance(s, dict) and s.get("id")]
        for status in statuses:  # register first, so replies inside one payload link up
            self.known_urls.setdefault(str(status["id"]), status.get("url") or status.get("uri") or "")
        for status in statuses:
            post = self.emit(self.status_post(status, api_url))
            if post is not None:
                yield post
            status_id = str(status["id"])
            wants_thread = force or (status.get("replies_count") or 0) > 0
            if expand and wants_thread and status_id not in self.expanded and self.budget_left:
                self.expanded.add(status_id)
                yield self.api_request(f"{self.api}/api/v1/statuses/{quote(status_id, safe='')}/context", self.parse_context)

    def status_post(self, status: dict[str, Any], api_url: str) -> RawPost:
        content = status.get("content") or ""
        text = html_to_text(content)
        if status.get("spoiler_text"):
            text = f"{status['spoiler_text']}\n\n{text}".strip()
        links = html_links(content, skip_classes=("mention", "hashtag"))
        card = status.get("card") or {}
        if card.get("url"):
            links.append(card["url"])
        parent = status.get("in_reply_to_id")
        account = status.get("account") or {}
        return make_post(
            "mastodon", str(status["id"]),
            url=status.get("url") or status.get("uri") or "",
            author=account.get("acct") or account.get("username"),
            created_at=status.get("created_at"),
            text=text,
            links=links,
            api_url=api_url,
            raw=status,
            reply_to_url=self.known_urls.get(str(parent)) if parent else None,
            reply_to_native_id=str(parent) if parent else None,
        )
