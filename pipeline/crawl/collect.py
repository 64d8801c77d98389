"""Turns the crawl subprocess's FEEDS files into the stage outputs.

Reads ``feed_dir/*-{pages,posts,failures}.jsonl`` and the Scrapy stats JSON; writes
``raw_dir/pages.jsonl.gz``, ``posts.jsonl.gz``, ``failures.jsonl.gz`` (atomic, sorted,
de-duplicated) and ``crawl_stats.json`` (counts only, stable keys, no timestamps). A post's
``reply_to_url`` is resolved here from ``reply_to_id`` when the parent post was crawled.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.io import write_json, write_jsonl
from pipeline.records import Failure, RawPage, RawPost, from_dict

logger = logging.getLogger(__name__)

SOURCE_RANK: dict[str, int] = {"article": 0, "feed": 1, "sitemap": 2}
OUTPUT_NAMES: dict[str, str] = {
    "pages": "pages.jsonl.gz",
    "posts": "posts.jsonl.gz",
    "failures": "failures.jsonl.gz",
    "stats": "crawl_stats.json",
}


def read_feed_rows(feed_dir: Path, kind: str, record: type) -> list[Any]:
    """Every record of one kind across the spiders' feed files; a torn last line is skipped."""
    rows = []
    for path in sorted(feed_dir.glob(f"*-{kind}.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append(from_dict(record, json.loads(line)))
            except (ValueError, TypeError) as exc:
                logger.warning("%s:%d: unreadable crawl item skipped (%s)", path, number, exc)
    return rows


def unique_pages(pages: list[RawPage]) -> list[RawPage]:
    """One page per final URL (the user's own article first, then feed, then sitemap), by URL."""
    best: dict[str, RawPage] = {}
    for page in sorted(pages, key=lambda p: (p.url, SOURCE_RANK.get(p.source, 9), p.requested_url, p.fetched_at)):
        best.setdefault(page.url, page)
    return [best[url] for url in sorted(best)]


def unique_posts(posts: list[RawPost]) -> list[RawPost]:
    """One post per post_id, sorted, with reply_to_url taken from the crawled parent when known."""
    by_id: dict[str, RawPost] = {}
    for post in sorted(posts, key=lambda p: (p.post_id, p.fetched_at, p.api_url)):
        by_id.setdefault(post.post_id, post)
    out = []
    for post_id in sorted(by_id):
        post = by_id[post_id]
        parent = by_id.get(post.reply_to_id) if post.reply_to_id else None
        if parent is not None and parent.url and parent.url != post.reply_to_url:
            post = replace(post, reply_to_url=parent.url)
        out.append(post)
    return out


def unique_failures(failures: list[Failure], fetched: set[str]) -> list[Failure]:
    """One failure per (url, status), none for a URL that was fetched after all (a resumed crawl)."""
    best: dict[tuple[str, str], Failure] = {}
    for failure in sorted(failures, key=lambda f: (f.url, f.status, f.at, f.error)):
        if failure.url not in fetched:
            best.setdefault((failure.url, failure.status), failure)
    return [best[key] for key in sorted(best)]


def scrapy_totals(stats_path: Path) -> dict[str, int]:
    """Request, response and byte counts summed over the spiders' Scrapy stats."""
    totals: Counter[str] = Counter()
    if not stats_path.exists():
        return {}
    per_spider = json.loads(stats_path.read_text(encoding="utf-8"))
    wanted = {
        "requests": "downloader/request_count",
        "responses": "downloader/response_count",
        "bytes": "downloader/response_bytes",
        "retries": "retry/count",
        "robots_forbidden": "robotstxt/forbidden",
        "dropped_items": "item_dropped_count",
        "outside_date_window": "newsreact/outside_date_window",
        "over_source_limit": "newsreact/over_source_limit",
        "reddit_more_not_expanded": "newsreact/reddit_more_not_expanded",
    }
    for stats in per_spider.values():
        for name, key in wanted.items():
            totals[name] += int(stats.get(key, 0) or 0)
    return {name: totals[name] for name in wanted}


def write_outputs(feed_dir: Path, stats_path: Path, raw_dir: Path, platforms: list[str]) -> dict[str, Any]:
    """Write the four stage outputs; return the stats written to crawl_stats.json."""
    pages = unique_pages(read_feed_rows(feed_dir, "pages", RawPage))
    posts = unique_posts(read_feed_rows(feed_dir, "posts", RawPost))
    failures = unique_failures(read_feed_rows(feed_dir, "failures", Failure), {p.url for p in pages} | {p.requested_url for p in pages})
    write_jsonl(raw_dir / OUTPUT_NAMES["pages"], pages)
    write_jsonl(raw_dir / OUTPUT_NAMES["posts"], posts)
    write_jsonl(raw_dir / OUTPUT_NAMES["failures"], failures)
    per_platform = Counter(p.platform for p in posts)
    stats: dict[str, Any] = {
        "pages": len(pages),
        "pages_by_source": dict(sorted(Counter(p.source for p in pages).items())),
        "posts": len(posts),
        "posts_by_platform": {name: per_platform.get(name, 0) for name in sorted(set(platforms) | set(per_platform))},
        "failures": len(failures),
        "failures_by_status": dict(sorted(Counter(f.status for f in failures).items())),
    }
    stats.update(scrapy_totals(stats_path))
    write_json(raw_dir / OUTPUT_NAMES["stats"], stats)
    return stats
