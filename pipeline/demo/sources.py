"""The sources of the bundled demo: what `newsreact run` crawls when no sources are given.

Reads nothing and writes nothing: builds a ``pipeline.config.Sources`` pointing at a running
demo server (see ``pipeline.demo.server.serve_demo``). The feed and the sitemap between them
list every article; two articles are also given directly (one with tracking parameters, so
identity resolution has a duplicate to fold); the four social platforms point at the demo's
copies of their APIs.
"""

from __future__ import annotations

from pipeline.config import PlatformSource, Sources

DEMO_QUERY = "trump twitter account deactivated"
DEMO_MASTODON_TAGS: tuple[str, ...] = ("trump", "twitter")
DEMO_DIRECT_ARTICLES: tuple[str, ...] = (
    "/daily-meridian/2017/11/trump-account-vanishes-for-eleven-minutes.html",
    "/circuit-review/2017/11/how-one-employee-could-switch-off-a-presidents-account.html"
    "?utm_source=newsletter&utm_medium=email",
)


def demo_sources(base_url: str) -> Sources:
    """Sources for the demo site served at ``base_url`` (e.g. ``http://127.0.0.1:43121``)."""
    base = base_url.rstrip("/")
    return Sources(
        articles=tuple(base + path for path in DEMO_DIRECT_ARTICLES),
        feeds=(f"{base}/feed.xml",),
        sitemaps=(f"{base}/sitemap.xml",),
        reactions=(
            PlatformSource(platform="mastodon", api=f"{base}/mastodon", tags=DEMO_MASTODON_TAGS),
            PlatformSource(platform="bluesky", api=f"{base}/bluesky", query=DEMO_QUERY),
            PlatformSource(platform="reddit", api=f"{base}/reddit", query=DEMO_QUERY),
            PlatformSource(platform="hackernews", api=f"{base}/hn", query=DEMO_QUERY),
        ),
    )
