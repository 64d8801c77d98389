"""The Bluesky spider: posts matching a search, and the threads under them.

Reads GET {api}/xrpc/app.bsky.feed.searchPosts?q=...&limit=100 ({posts: [PostView], cursor},
paged by ``cursor``) and GET {api}/xrpc/app.bsky.feed.getPostThread?uri=AT_URI ({thread:
ThreadViewPost with parent and replies}) for posts with replies and for threads the user named.
Yields one RawPost per post (``bluesky:<at:// uri>``) and Failures. BLUESKY_TOKEN (optional,
environment only) is sent as a bearer token.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scrapy.http import Response

from pipeline.crawl.items import make_post
from pipeline.crawl.spiders.base import PlatformSpider
from pipeline.records import RawPost

LINK_FACET = "app.bsky.richtext.facet#link"


def web_url(at_uri: str, handle: str | None = None) -> str:
    """https://bsky.app/profile/{handle or did}/post/{rkey} for an at://did/app.bsky.feed.post/rkey URI."""
    parts = at_uri.removeprefix("at://").split("/")
    actor = handle or (parts[0] if parts else "")
    rkey = parts[-1] if len(parts) >= 3 else ""
    return f"https://bsky.app/profile/{actor}/post/{rkey}"


def record_links(record: dict[str, Any]) -> list[str]:
    """Links of a post record: link facets, and the external card of its embed."""
    links = []
    for facet in record.get("facets") or []:
        for feature in facet.get("features") or []:
            if feature.get("$type") == LINK_FACET and feature.get("uri"):
                links.append(feature["uri"])
    embed = record.get("embed") or {}
    for candidate in (embed, embed.get("media") or {}):
        external = candidate.get("external") or {}
        if external.get("uri"):
            links.append(external["uri"])
    return links


class BlueskySpider(PlatformSpider):
    name = "bluesky"
    platform = "bluesky"
    token_env = "BLUESKY_TOKEN"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.expanded: set[str] = set()

    def search_url(self, cursor: str | None = None) -> str:
        url = f"{self.api}/xrpc/app.bsky.feed.searchPosts?q={quote(str(self.query), safe='')}&limit=100"
        return url + (f"&cursor={quote(cursor, safe='')}" if cursor else "")

    def thread_request(self, uri: str) -> Any:
        self.expanded.add(uri)
        return self.api_request(f"{self.api}/xrpc/app.bsky.feed.getPostThread?uri={quote(uri, safe='')}&depth=20", self.parse_thread)

    async def start(self) -> Any:
        if self.query:
            yield self.api_request(self.search_url(), self.parse_search)
        for uri in self.threads:
            yield self.thread_request(uri)

    def parse_search(self, response: Response) -> Iterator[Any]:
        data = self.read_json(response, dict)
        if self.is_failure(data):
            yield data
            return
        views = [v for v in data.get("posts") or [] if isinstance(v, dict) and v.get("uri")]
        for view in views:
            post = self.emit(self.post_from_view(view, response.url))
            if post is not None:
                yield post
            if (view.get("replyCount") or 0) > 0 and view["uri"] not in self.expanded and self.budget_left:
                yield self.thread_request(view["uri"])
        cursor = data.get("cursor")
        if cursor and views and self.budget_left:
            yield self.api_request(self.search_url(cursor), self.parse_search)

    def parse_thread(self, response: Response) -> Iterator[Any]:
        data = self.read_json(response, dict)
        if self.is_failure(data):
            yield data
            return
        views = list(self.walk_thread(data.get("thread") or {}))
        for view in views:
            self.known_urls.setdefault(view["uri"], web_url(view["uri"], (view.get("author") or {}).get("handle")))
        for view in views:
            post = self.emit(self.post_from_view(view, response.url))
            if post is not None:
                yield post

    def walk_thread(self, node: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Post views of a thread: the parents upward, the post, then replies depth-first."""
        parents = []
        parent = node.get("parent") or {}
        while isinstance(parent, dict) and parent.get("post"):
            parents.append(parent["post"])
            parent = parent.get("parent") or {}
        yield from reversed(parents)
        stack = [node]
        while stack:
            current = stack.pop()
            view = current.get("post")
            if isinstance(view, dict) and view.get("uri"):  # notFoundPost / blockedPost have none
                yield view
            replies = [r for r in current.get("replies") or [] if isinstance(r, dict)]
            stack.extend(reversed(replies))

    def post_from_view(self, view: dict[str, Any], api_url: str) -> RawPost:
        record = view.get("record") or {}
        author = view.get("author") or {}
        parent_uri = ((record.get("reply") or {}).get("parent") or {}).get("uri")
        return make_post(
            "bluesky", view["uri"],
            url=web_url(view["uri"], author.get("handle")),
            author=author.get("handle") or author.get("did"),
            created_at=record.get("createdAt") or view.get("indexedAt"),
            text=str(record.get("text") or ""),
            links=record_links(record),
            api_url=api_url,
            raw=view,
            reply_to_url=(self.known_urls.get(parent_uri) or web_url(parent_uri)) if parent_uri else None,
            reply_to_native_id=parent_uri,
        )
