"""Item pipeline: checks and de-duplicates crawl items before FEEDS writes them.

Reads and writes nothing itself (FEEDS writes the files, see settings.FEEDS). A page is kept
once per final URL and a post once per post_id; anything else dropped says why (DropItem
reasons are counted in the crawl stats).
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from pipeline.records import Failure, RawPage, RawPost


class ValidateItemsPipeline:
    """Drops duplicate pages/posts and posts with neither text nor links."""

    def __init__(self) -> None:
        self._pages: set[str] = set()
        self._posts: set[str] = set()
        self._failures: set[tuple[str, str]] = set()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, RawPage):
            if item.url in self._pages:
                raise DropItem(f"duplicate page {item.url}")
            self._pages.add(item.url)
        elif isinstance(item, RawPost):
            if not item.post_id or item.post_id.endswith(":"):
                raise DropItem(f"post without an id from {item.api_url}")
            if not item.text.strip() and not item.links:
                raise DropItem(f"post {item.post_id} has neither text nor links")
            if item.post_id in self._posts:
                raise DropItem(f"duplicate post {item.post_id}")
            self._posts.add(item.post_id)
        elif isinstance(item, Failure):
            key = (item.url, item.status)
            if key in self._failures:
                raise DropItem(f"failure already recorded for {item.url}")
            self._failures.add(key)
        else:
            raise DropItem(f"unexpected item type {type(item).__name__}")
        return item
