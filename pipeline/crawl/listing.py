"""Article listings: the entries of RSS/Atom feeds and (news) sitemaps, and the date window.

Reads and writes nothing: takes response bodies, returns ``ListingEntry`` values. Feeds are
parsed with feedparser (never given a URL, so it never fetches); sitemaps with Scrapy's
``Sitemap`` (XML entities and network access off), plus the ``news:publication_date`` that
Scrapy's parser flattens away.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any

import feedparser
from lxml import etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ListingEntry:
    """One URL listed by a feed or sitemap, with its publication date when the listing gives one."""

    url: str
    published: datetime | None = None


def parse_when(value: Any, end_of_day: bool = False) -> datetime | None:
    """A timezone-aware UTC datetime from an ISO string, date or datetime; None when unparseable.

    A bare date means its first moment, or its last with ``end_of_day`` (for an "until" bound).
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, date):
        when = datetime.combine(value, time.max if end_of_day else time.min)
    else:
        text = str(value).strip()
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        if len(text) == 10 and end_of_day:
            when = datetime.combine(when.date(), time.max)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def in_window(published: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    """True when ``published`` lies in [since, until]; undated entries are always kept."""
    if published is None:
        return True
    if since is not None and published < since:
        return False
    return until is None or published <= until


def feed_entries(body: bytes) -> list[ListingEntry]:
    """The article links of an RSS or Atom feed, in feed order."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            links = [l.get("href") for l in entry.get("links", []) if l.get("href")]
            link = links[0] if links else ""
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc) if stamp else None
        entries.append(ListingEntry(url=link.strip(), published=published))
    return entries


def sitemap_body(body: bytes, max_size: int) -> bytes:
    """The XML of a sitemap, gunzipped when it came as ``.xml.gz`` (bounded by ``max_size``)."""
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=max_size)
    return body


def sitemap_entries(body: bytes) -> tuple[str, list[ListingEntry]]:
    """("urlset" | "sitemapindex", entries) of a sitemap; news publication dates kept."""
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ValueError(f"not a readable sitemap: {exc}") from None
    if sitemap.type not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element '{sitemap.type}')")
    dates = _news_dates(body)
    entries = []
    for item in sitemap:
        loc = item["loc"].strip()
        published = dates.get(loc) or parse_when(item.get("lastmod"))
        entries.append(ListingEntry(url=loc, published=published))
    return sitemap.type, entries


def _news_dates(body: bytes) -> dict[str, datetime]:
    """loc -> news:publication_date for a Google News sitemap (empty for other sitemaps)."""
    parser = etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(body, parser=parser)
    if root is None:
        return {}
    out: dict[str, datetime] = {}
    for url in root.iterfind("{*}url"):
        loc = url.findtext("{*}loc")
        stamp = url.findtext("{*}news/{*}publication_date")
        when = parse_when(stamp)
        if loc and when is not None:
            out[loc.strip()] = when
    return out
