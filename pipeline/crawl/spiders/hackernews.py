"""The Hacker News spider (Algolia HN API): stories matching a search, and their comments.

Reads GET {api}/api/v1/search?query=...&tags=story ({hits, page, nbPages}, paged by ``page``)
and GET {api}/api/v1/items/{id} (the item with nested ``children``) for stories with comments
and for items the user named. Yields one RawPost per story or comment (``hackernews:<id>``) and
Failures. Comment text arrives as HTML and is stored as plain text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scrapy.http import Response

from pipeline.crawl.items import make_post
from pipeline.crawl.posttext import html_links, html_to_text
from pipeline.crawl.spiders.base import PlatformSpider
from pipeline.records import RawPost

WEB = "https://news.ycombinator.com/item?id="


class HackerNewsSpider(PlatformSpider):
    name = "hackernews"
    platform = "hackernews"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.expanded: set[str] = set()

    def search_url(self, page: int = 0) -> str:
        url = f"{self.api}/api/v1/search?query={quote(str(self.query), safe='')}&tags=story&hitsPerPage=100"
        return url + (f"&page={page}" if page else "")

    def item_request(self, item_id: str) -> Any:
        self.expanded.add(item_id)
        return self.api_request(f"{self.api}/api/v1/items/{quote(item_id, safe='')}", self.parse_item)

    async def start(self) -> Any:
        if self.query:
            yield self.api_request(self.search_url(), self.parse_search, page=0)
        for item_id in self.threads:
            yield self.item_request(str(item_id))

    def parse_search(self, response: Response) -> Iterator[Any]:
        data = self.read_json(response, dict)
        if self.is_failure(data):
            yield data
            return
        hits = [h for h in data.get("hits") or [] if isinstance(h, dict) and h.get("objectID")]
        for hit in hits:
            post = self.emit(self.story_post(hit, response.url))
            if post is not None:
                yield post
            story_id = str(hit["objectID"])
            if (hit.get("num_comments") or 0) > 0 and story_id not in self.expanded and self.budget_left:
                yield self.item_request(story_id)
        page = int(data.get("page") or response.meta.get("page", 0))
        if hits and page + 1 < int(data.get("nbPages") or 0) and self.budget_left:
            yield self.api_request(self.search_url(page + 1), self.parse_search, page=page + 1)

    def parse_item(self, response: Response) -> Iterator[Any]:
        item = self.read_json(response, dict)
        if self.is_failure(item):
            yield item
            return
        for node in self.walk_item(item):
            post = self.emit(self.item_post(node, response.url))
            if post is not None:
                yield post

    def walk_item(self, item: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The item and every descendant, depth-first, skipping deleted ones (no author, no text)."""
        stack = [item]
        while stack:
            node = stack.pop()
            if node.get("id") is not None and (node.get("author") or node.get("title")):
                yield node
            stack.extend(reversed([c for c in node.get("children") or [] if isinstance(c, dict)]))

    def story_post(self, hit: dict[str, Any], api_url: str) -> RawPost:
        story_html = hit.get("story_text") or ""
        links = ([hit["url"]] if hit.get("url") else []) + html_links(story_html)
        return make_post(
            "hackernews", str(hit["objectID"]),
            url=WEB + str(hit["objectID"]),
            author=hit.get("author"),
            created_at=hit.get("created_at"),
            text="\n\n".join(t for t in (hit.get("title") or "", html_to_text(story_html)) if t),
            links=links,
            api_url=api_url,
            raw=hit,
        )

    def item_post(self, node: dict[str, Any], api_url: str) -> RawPost:
        text_html = node.get("text") or ""
        links = ([node["url"]] if node.get("url") else []) + html_links(text_html)
        parent = node.get("parent_id")
        is_story = node.get("type") in ("story", "poll", "job") or parent is None
        return make_post(
            "hackernews", str(node["id"]),
            url=WEB + str(node["id"]),
            author=node.get("author"),
            created_at=node.get("created_at"),
            text="\n\n".join(t for t in (node.get("title") or "", html_to_text(text_html)) if t),
            links=links,
            api_url=api_url,
            raw={k: v for k, v in node.items() if k != "children"},
            reply_to_url=None if is_story else WEB + str(parent),
            reply_to_native_id=None if is_story else str(parent),
        )
