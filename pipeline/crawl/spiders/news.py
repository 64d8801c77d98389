"""The news spider: article URLs, RSS/Atom feeds and (news) sitemaps, including sitemap indexes.

Reads the sources' URLs; yields a RawPage per fetched article and a Failure per URL that could
not be fetched. Feed and sitemap entries are filtered by the date window (params crawl.since /
crawl.until; undated entries are kept) and capped per source (crawl.max_articles_per_source).
Only the URLs the user gave may be ``file:``; links found in listings never are (SSRF guard).
The title and publication time a listing states for an entry ride in the article request's meta
(``listed_title``, ``listed_published``; kept across redirects, as Scrapy copies the meta) into
the RawPage; a URL the user gave directly has neither.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from pipeline.crawl.items import failure_row, page_from_response
from pipeline.crawl.listing import (
    ListingEntry,
    feed_entries,
    in_window,
    parse_when,
    sitemap_body,
    sitemap_entries,
)
from pipeline.crawl.spiders.base import NewsreactSpider

logger = logging.getLogger(__name__)


class NewsSpider(NewsreactSpider):
    name = "news"

    def __init__(self, articles: list[str] | None = None, feeds: list[str] | None = None,
                 sitemaps: list[str] | None = None, since: Any = None, until: Any = None,
                 max_per_source: int = 500, max_body_bytes: int = 10 * 1024 * 1024, **kwargs: Any):
        super().__init__(**kwargs)
        self.articles = list(articles or [])
        self.feeds = list(feeds or [])
        self.sitemaps = list(sitemaps or [])
        self.since = parse_when(since)
        self.until = parse_when(until, end_of_day=True)
        self.max_per_source = int(max_per_source)
        self.max_body_bytes = int(max_body_bytes)
        self.per_source: Counter[str] = Counter()

    async def start(self) -> Any:
        for url in self.articles:
            yield Request(url, callback=self.parse_article, errback=self.errback,
                          meta={"user_given": True, "source": "article", "source_url": None})
        for url in self.feeds:
            yield Request(url, callback=self.parse_feed, errback=self.errback,
                          meta={"user_given": True, "root": url}, priority=10)
        for url in self.sitemaps:
            yield Request(url, callback=self.parse_sitemap, errback=self.errback,
                          meta={"user_given": True, "root": url}, priority=10)

    def parse_article(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        yield page_from_response(response, meta.get("source", "article"), meta.get("source_url"),
                                 listed_title=meta.get("listed_title"), listed_published=meta.get("listed_published"))

    def parse_feed(self, response: Response) -> Iterator[Any]:
        try:
            entries = feed_entries(response.body)
        except ValueError as exc:
            yield failure_row(response.url, "bad_feed", str(exc))
            return
        yield from self._follow(response, entries, "feed")

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        try:
            kind, entries = sitemap_entries(sitemap_body(response.body, self.max_body_bytes))
        except (ValueError, OSError) as exc:
            yield failure_row(response.url, "bad_sitemap", str(exc))
            return
        if kind == "sitemapindex":
            for entry in entries:
                yield Request(response.urljoin(entry.url), callback=self.parse_sitemap, errback=self.errback,
                              meta={"root": response.meta["root"]}, priority=10)
            return
        yield from self._follow(response, entries, "sitemap")

    def _follow(self, response: Response, entries: list[ListingEntry], source: str) -> Iterator[Request]:
        root = response.meta["root"]
        for entry in entries:
            if not in_window(entry.window_date, self.since, self.until):
                self.crawler.stats.inc_value("newsreact/outside_date_window")
                continue
            if self.per_source[root] >= self.max_per_source:
                self.crawler.stats.inc_value("newsreact/over_source_limit")
                continue
            self.per_source[root] += 1
            yield Request(response.urljoin(entry.url), callback=self.parse_article, errback=self.errback,
                          meta={"source": source, "source_url": response.url, **entry.meta()})
