"""The crawl subprocess: one Scrapy ``CrawlerProcess`` running every spider of a crawl together.

Reads a JSON config written by ``pipeline.crawl.run.crawl`` (sources, crawl params, paths);
writes the spiders' items through FEEDS to ``feed_dir/<spider>-{pages,posts,failures}.jsonl``
and Scrapy's stats of every spider to ``stats_path``. It runs in its own process because the
Twisted reactor cannot be restarted within one.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.reactor import install_reactor

from pipeline.crawl.settings import PLATFORM_DOWNLOAD_DELAY, build_settings
from pipeline.crawl.spiders.bluesky import BlueskySpider
from pipeline.crawl.spiders.hackernews import HackerNewsSpider
from pipeline.crawl.spiders.mastodon import MastodonSpider
from pipeline.crawl.spiders.news import NewsSpider
from pipeline.crawl.spiders.reddit import RedditSpider

logger = logging.getLogger(__name__)

PLATFORM_SPIDERS: dict[str, type] = {
    "mastodon": MastodonSpider,
    "bluesky": BlueskySpider,
    "reddit": RedditSpider,
    "hackernews": HackerNewsSpider,
}


def is_loopback(url: str) -> bool:
    """True when the URL's host is localhost or a loopback address (tests, the demo)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def spider_settings(base: dict[str, Any], name: str, jobdir: Path | None, platform: str | None = None,
                    api: str | None = None) -> Settings:
    """Settings for one spider: its own JOBDIR, and API politeness for platform spiders."""
    settings = Settings(base)
    if jobdir is not None:
        settings.set("JOBDIR", str(jobdir / name), priority="spider")
    if platform is not None:
        if not is_loopback(api or ""):
            # Real APIs: one request at a time, with the platform's delay.
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 1, priority="spider")
            settings.set("DOWNLOAD_DELAY", PLATFORM_DOWNLOAD_DELAY.get(platform, 1.0), priority="spider")
        else:
            # A local stand-in (tests, the demo, benchmarks): the crawl's own per-domain
            # concurrency, so thread expansion is not serialised.
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="spider")
    return settings


def run_process(config: dict[str, Any]) -> None:
    """Run every spider the config's sources call for; write FEEDS files and the stats JSON."""
    params = config["params"]
    sources = config["sources"]
    feed_dir = Path(config["feed_dir"])
    jobdir = Path(config["jobdir"]) if config.get("jobdir") else None
    cache_dir = Path(config["http_cache_dir"]) if config.get("http_cache_dir") else None
    base = build_settings(params, feed_dir, jobdir, cache_dir, bool(config.get("allow_local")))
    process = CrawlerProcess(Settings(base))
    # Our crawlers carry their own settings, so the reactor is installed here, once, for all.
    install_reactor(process.settings["TWISTED_REACTOR"], process.settings["ASYNCIO_EVENT_LOOP"])
    crawlers: list[Crawler] = []
    if sources.get("articles") or sources.get("feeds") or sources.get("sitemaps"):
        settings = spider_settings(base, "news", jobdir)
        user_urls = [*sources.get("articles", []), *sources.get("feeds", []), *sources.get("sitemaps", [])]
        if all(is_loopback(url) or url.startswith("file:") for url in user_urls):
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="spider")  # the demo, tests: no need to pace
        crawler = Crawler(NewsSpider, settings)
        crawlers.append(crawler)
        process.crawl(
            crawler,
            articles=sources.get("articles") or [],
            feeds=sources.get("feeds") or [],
            sitemaps=sources.get("sitemaps") or [],
            since=params.get("since"),
            until=params.get("until"),
            max_per_source=params.get("max_articles_per_source", 500),
            max_body_bytes=params.get("max_body_bytes", 10 * 1024 * 1024),
        )
    for source in sources.get("reactions") or []:
        spidercls = PLATFORM_SPIDERS[source["platform"]]
        crawler = Crawler(spidercls, spider_settings(base, spidercls.name, jobdir, source["platform"], source.get("api")))
        crawlers.append(crawler)
        process.crawl(crawler, source=source, max_posts=params.get("max_posts_per_platform", 500))
    process.start()
    stats = {c.spidercls.name: c.stats.get_stats() for c in crawlers if c.stats is not None}
    Path(config["stats_path"]).write_text(json.dumps(stats, default=str, sort_keys=True), encoding="utf-8")
    not_started = sorted(name for name, values in stats.items() if "start_time" not in values)
    if not_started:
        raise RuntimeError(f"these spiders never started (see the errors above): {', '.join(not_started)}")
