"""The Reddit spider: submissions matching a search, and their comment trees.

Reads GET {api}/search.json?q=...&sort=new&limit=100 (a Listing of t3, paged by ``after``) and
GET {api}/comments/{id}.json?limit=500 ([Listing of the t3, Listing of t1 with nested
``replies`` Listings]) for submissions with comments and for submissions the user named.
Yields one RawPost per submission or comment (``reddit:t3_<id>`` / ``reddit:t1_<id>``) and
Failures. "more" stubs are counted, not expanded. REDDIT_USER_AGENT (environment) replaces the
user agent, as Reddit's API rules ask; REDDIT_TOKEN (environment, optional) is sent as an OAuth
bearer token, for ``api: https://oauth.reddit.com``. Note that www.reddit.com's robots.txt
disallows every path for generic crawlers, so with crawl.obey_robots the public JSON endpoints
are recorded as forbidden_by_robots.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

from scrapy.http import Response

from pipeline.crawl.items import make_post
from pipeline.crawl.posttext import text_links
from pipeline.crawl.spiders.base import PlatformSpider
from pipeline.records import RawPost

WEB = "https://www.reddit.com"


def utc_iso(seconds: Any) -> str | None:
    """ISO 8601 UTC from a Unix timestamp (Reddit's created_utc)."""
    try:
        return datetime.fromtimestamp(float(seconds), tz=timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def listing_children(listing: Any) -> list[dict[str, Any]]:
    """The ``children`` of a Listing (empty for "" or anything else)."""
    if not isinstance(listing, dict) or listing.get("kind") != "Listing":
        return []
    return [c for c in (listing.get("data") or {}).get("children") or [] if isinstance(c, dict)]


class RedditSpider(PlatformSpider):
    name = "reddit"
    platform = "reddit"
    user_agent_env = "REDDIT_USER_AGENT"
    token_env = "REDDIT_TOKEN"  # an OAuth bearer token, for api: https://oauth.reddit.com

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.expanded: set[str] = set()

    def search_url(self, after: str | None = None) -> str:
        url = f"{self.api}/search.json?q={quote(str(self.query), safe='')}&sort=new&limit=100&raw_json=1"
        return url + (f"&after={quote(after, safe='')}" if after else "")

    def comments_request(self, submission_id: str) -> Any:
        self.expanded.add(submission_id)
        return self.api_request(f"{self.api}/comments/{quote(submission_id, safe='')}.json?limit=500&raw_json=1", self.parse_comments)

    async def start(self) -> Any:
        if self.query:
            yield self.api_request(self.search_url(), self.parse_search)
        for submission in self.threads:
            yield self.comments_request(submission.removeprefix("t3_"))

    def parse_search(self, response: Response) -> Iterator[Any]:
        listing = self.read_json(response, dict)
        if self.is_failure(listing):
            yield listing
            return
        things = [c["data"] for c in listing_children(listing) if c.get("kind") == "t3" and c.get("data")]
        for thing in things:
            post = self.emit(self.submission_post(thing, response.url))
            if post is not None:
                yield post
            if (thing.get("num_comments") or 0) > 0 and thing.get("id") not in self.expanded and self.budget_left:
                yield self.comments_request(str(thing["id"]))
        after = (listing.get("data") or {}).get("after")
        if after and things and self.budget_left:
            yield self.api_request(self.search_url(after), self.parse_search)

    def parse_comments(self, response: Response) -> Iterator[Any]:
        listings = self.read_json(response, list)
        if self.is_failure(listings):
            yield listings
            return
        submissions = [c["data"] for c in listing_children(listings[0] if listings else None) if c.get("kind") == "t3"]
        comments = list(self.walk_comments(listings[1] if len(listings) > 1 else None))
        for thing in submissions:
            self.known_urls.setdefault(thing.get("name") or f"t3_{thing.get('id')}", WEB + str(thing.get("permalink", "")))
        for thing in comments:
            self.known_urls.setdefault(thing.get("name") or f"t1_{thing.get('id')}", WEB + str(thing.get("permalink", "")))
        for post in [self.submission_post(t, response.url) for t in submissions] + [self.comment_post(t, response.url) for t in comments]:
            kept = self.emit(post)
            if kept is not None:
                yield kept

    def walk_comments(self, listing: Any) -> Iterator[dict[str, Any]]:
        """t1 comments of a Listing, depth-first, parents before their replies."""
        for child in listing_children(listing):
            if child.get("kind") == "more":
                self.crawler.stats.inc_value("newsreact/reddit_more_not_expanded", len((child.get("data") or {}).get("children") or []))
                continue
            if child.get("kind") != "t1" or not child.get("data"):
                continue
            yield child["data"]
            yield from self.walk_comments(child["data"].get("replies"))

    def submission_post(self, thing: dict[str, Any], api_url: str) -> RawPost:
        selftext = str(thing.get("selftext") or "")
        title = str(thing.get("title") or "")
        links = text_links(selftext)
        if not thing.get("is_self") and str(thing.get("url") or "").startswith(("http://", "https://")):
            links.insert(0, thing["url"])
        return make_post(
            "reddit", thing.get("name") or f"t3_{thing.get('id')}",
            url=WEB + str(thing.get("permalink", "")),
            author=thing.get("author"),
            created_at=utc_iso(thing.get("created_utc")),
            text=f"{title}\n\n{selftext}".strip(),
            links=links,
            api_url=api_url,
            raw=thing,
        )

    def comment_post(self, thing: dict[str, Any], api_url: str) -> RawPost:
        parent = thing.get("parent_id")
        raw = {k: v for k, v in thing.items() if k != "replies"}
        body = str(thing.get("body") or "")
        return make_post(
            "reddit", thing.get("name") or f"t1_{thing.get('id')}",
            url=WEB + str(thing.get("permalink", "")),
            author=thing.get("author"),
            created_at=utc_iso(thing.get("created_utc")),
            text=body if body not in ("[deleted]", "[removed]") else "",
            links=text_links(body),
            api_url=api_url,
            raw=raw,
            reply_to_url=self.known_urls.get(str(parent)) if parent else None,
            reply_to_native_id=str(parent) if parent else None,
        )
