"""Scrapy settings for newsreact's crawl, built from the ``crawl`` params section.

Reads nothing and writes nothing. Output-affecting knobs come from params.yaml; the
operational ones (middleware order, per-platform API politeness) live here. Components are
switched on by dotted path, as in a ``scrapy startproject`` settings module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.settings import default_settings as scrapy_defaults

# Seconds between two API calls to one platform, from each platform's published limits:
# Mastodon 300 calls / 5 min per IP, Bluesky's public AppView 3000 / 5 min, Reddit ~10 / min
# without OAuth, HN Algolia 10000 / hour. Not applied when the API base is a loopback address.
PLATFORM_DOWNLOAD_DELAY: dict[str, float] = {
    "mastodon": 1.0,
    "bluesky": 0.5,
    "reddit": 6.0,
    "hackernews": 0.5,
}

DOWNLOADER_MIDDLEWARES: dict[str, int | None] = {
    # Before robots.txt, so a refused host never even gets a robots.txt request.
    "pipeline.crawl.middlewares.SsrfGuardMiddleware": 40,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "pipeline.crawl.middlewares.RobotsPolicyMiddleware": 100,
    "pipeline.crawl.middlewares.CrawlDelayMiddleware": 110,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "pipeline.crawl.middlewares.RetryAfterMiddleware": 550,
    # process_response runs from high to low numbers: this sees a 3xx before RedirectMiddleware (600).
    "pipeline.crawl.middlewares.RedirectGuardMiddleware": 610,
}

SPIDER_MIDDLEWARES: dict[str, int] = {
    # Closest to the spider, so it sees callback exceptions first.
    "pipeline.crawl.spidermiddlewares.RecordParseErrorsMiddleware": 950,
}

ITEM_PIPELINES: dict[str, int] = {
    "pipeline.crawl.pipelines.ValidateItemsPipeline": 100,
}

FEED_FILES: dict[str, str] = {
    "pages": "pipeline.records.RawPage",
    "posts": "pipeline.records.RawPost",
    "failures": "pipeline.records.Failure",
}


# Scrapy 2.19 renamed DNS_RESOLVER (now deprecated, with a warning) to TWISTED_DNS_RESOLVER.
RESOLVER_SETTING = "TWISTED_DNS_RESOLVER" if hasattr(scrapy_defaults, "TWISTED_DNS_RESOLVER") else "DNS_RESOLVER"


def build_settings(params: dict[str, Any], feed_dir: Path, jobdir: Path | None = None,
                   http_cache_dir: Path | None = None, allow_local: bool = False) -> dict[str, Any]:
    """The Scrapy settings dict for one crawl; items go to ``feed_dir/<spider>-<kind>.jsonl``."""
    max_bytes = int(params.get("max_body_bytes", 10 * 1024 * 1024))
    settings: dict[str, Any] = {
        "BOT_NAME": "newsreact",
        "USER_AGENT": params.get("user_agent") or "newsreact",
        "ROBOTSTXT_OBEY": bool(params.get("obey_robots", True)),
        "NEWSREACT_MAX_CRAWL_DELAY": float(params.get("max_crawl_delay", 30)),
        "NEWSREACT_RETRY_AFTER_MAX": float(params.get("retry_after_max", 60)),
        "NEWSREACT_ALLOW_LOCAL": bool(allow_local),
        # No remote control, no telemetry, no update checks.
        # Scrapy 2.19 also starts, by default, a RemoteControl HTTP server that runs Python code
        # sent to it (token in a job file in the user's profile): off, and its extension removed.
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "EXTENSIONS": {
            "scrapy.extensions.telnet.TelnetConsole": None,
            "scrapy.extensions.remote_control.RemoteControl": None,
        },
        # Checks the address each connection really goes to (DNS rebinding): see resolver.py.
        RESOLVER_SETTING: "pipeline.crawl.resolver.GuardedResolver",
        "DOWNLOAD_TIMEOUT": float(params.get("download_timeout", 20)),
        "RETRY_ENABLED": True,
        "RETRY_TIMES": int(params.get("retry_times", 2)),
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "DOWNLOAD_MAXSIZE": max_bytes,
        "DOWNLOAD_WARNSIZE": max(1, max_bytes // 2),
        "AUTOTHROTTLE_ENABLED": bool(params.get("autothrottle", True)),
        "AUTOTHROTTLE_START_DELAY": float(params.get("autothrottle_start_delay", 1.0)),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "CONCURRENT_REQUESTS": 16,
        # Per response Scrapy starts this many asyncio workers for the items (default 100);
        # our item pipeline is synchronous, and 8 cut the crawl's CPU by ~15%.
        "CONCURRENT_ITEMS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(params.get("concurrency_per_domain", 4)),
        # Scrapy 2.19's own downloader does not hold the per-domain cap (see downloader.py).
        "DOWNLOADER": "pipeline.crawl.downloader.CappedDownloader",
        "REDIRECT_ENABLED": True,
        "REDIRECT_MAX_TIMES": int(params.get("max_redirects", 10)),
        "METAREFRESH_ENABLED": False,
        "COOKIES_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": 30.0,
        # Scrapy 2.19 has only the 2.7 request fingerprinter (the old setting is gone).
        "REQUEST_FINGERPRINTER_CLASS": "scrapy.utils.request.RequestFingerprinter",
        "DOWNLOAD_HANDLERS": {"ftp": None, "s3": None, "data": None},
        "DOWNLOADER_MIDDLEWARES": dict(DOWNLOADER_MIDDLEWARES),
        "SPIDER_MIDDLEWARES": dict(SPIDER_MIDDLEWARES),
        "ITEM_PIPELINES": dict(ITEM_PIPELINES),
        "HTTPERROR_ALLOWED_CODES": [],
        "FEED_EXPORT_ENCODING": "utf-8",
        "FEEDS": {
            str(feed_dir / f"%(name)s-{kind}.jsonl"): {
                "format": "jsonlines",
                "item_classes": [record],
                "overwrite": jobdir is None,  # a resumed crawl appends to what it had
                "encoding": "utf-8",
            }
            for kind, record in FEED_FILES.items()
        },
        "HTTPCACHE_ENABLED": bool(params.get("http_cache", False)),
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.DummyPolicy",
        "HTTPCACHE_STORAGE": "scrapy.extensions.httpcache.FilesystemCacheStorage",
        "HTTPCACHE_IGNORE_HTTP_CODES": [408, 429, 500, 502, 503, 504, 522, 524],
        "HTTPCACHE_GZIP": True,
    }
    if http_cache_dir is not None:
        settings["HTTPCACHE_DIR"] = str(http_cache_dir)
    if jobdir is not None:
        settings["JOBDIR"] = str(jobdir)
    return settings
