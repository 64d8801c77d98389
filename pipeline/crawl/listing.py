"""Article listings: the entries of RSS/Atom feeds and (news) sitemaps, and the date window.

Reads and writes nothing: takes response bodies, returns ``ListingEntry`` values. Feeds are
parsed with feedparser (never given a URL, so it never fetches); sitemaps with Scrapy's
``Sitemap`` (XML entities and network access off), plus the ``news:publication_date`` and
``news:title`` that Scrapy's parser flattens away.

What a listing says about an article travels with its request (``ListingEntry.meta``) into
``RawPage.listed_title`` / ``listed_published``, where extraction uses it when the page itself
says nothing (``pipeline.extract.metadata``). Only a stated publication time counts as one:
a feed entry's ``published`` (RSS ``pubDate``, Atom ``published``) or a news sitemap's
``news:publication_date``. A sitemap's ``lastmod`` and an Atom entry's ``updated`` (which
feedparser also gives for ``dc:date``) say when the entry last changed; they only place it in
the date window.
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
from w3lib.html import remove_tags, replace_entities

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ListingEntry:
    """One URL listed by a feed or sitemap, with the title and publication time it states."""

    url: str
    published: datetime | None = None  # the stated publication time, UTC
    title: str | None = None  # news:title, or the feed entry's title, as plain text
    modified: datetime | None = None  # sitemap lastmod / feed ``updated``: only for the date window
    date_only: bool = False  # ``published`` was given as a calendar date without a time of day

    @property
    def window_date(self) -> datetime | None:
        """The date the ``since``/``until`` window is applied to."""
        return self.published or self.modified

    def meta(self) -> dict[str, str | None]:
        """The request meta that carries the listing's values to the page's ``RawPage``
        (``listed_published``: ISO 8601 UTC, or ``YYYY-MM-DD`` for a date without a time)."""
        if self.published is None:
            stamp = None
        elif self.date_only:
            stamp = self.published.date().isoformat()
        else:
            stamp = self.published.isoformat()
        return {"listed_title": self.title, "listed_published": stamp}


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


def clean_title(value: Any, html: bool = False) -> str | None:
    """A listing's title as plain text: entities decoded (an HTML title's tags dropped),
    whitespace collapsed; None when nothing is left."""
    if value is None:
        return None
    text = str(value)
    if html:
        text = remove_tags(text)
    text = " ".join(replace_entities(text).split())
    return text or None


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
        # feedparser answers a missing "published" with "updated" (and warns): ask the dict itself.
        published = _struct_time_utc(dict.get(entry, "published_parsed"))
        modified = _struct_time_utc(dict.get(entry, "updated_parsed"))
        detail = dict.get(entry, "title_detail") or {}
        title = clean_title(dict.get(entry, "title"), html="html" in str(detail.get("type", "")))
        entries.append(ListingEntry(url=link.strip(), published=published, title=title, modified=modified))
    return entries


def _struct_time_utc(stamp: Any) -> datetime | None:
    """feedparser's parsed time (a UTC ``struct_time``) as an aware datetime; None when absent."""
    if not stamp:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None


def sitemap_body(body: bytes, max_size: int) -> bytes:
    """The XML of a sitemap, gunzipped when it came as ``.xml.gz`` (bounded by ``max_size``)."""
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=max_size)
    return body


def sitemap_entries(body: bytes) -> tuple[str, list[ListingEntry]]:
    """("urlset" | "sitemapindex", entries) of a sitemap; news publication dates and titles kept."""
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ValueError(f"not a readable sitemap: {exc}") from None
    if sitemap.type not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element '{sitemap.type}')")
    news = _news_entries(body)
    entries = []
    for item in sitemap:
        loc = item["loc"].strip()
        entry = news.get(loc)
        modified = parse_when(item.get("lastmod"))
        if entry is None:
            entries.append(ListingEntry(url=loc, modified=modified))
        else:
            entries.append(ListingEntry(url=loc, published=entry.published, title=entry.title,
                                        modified=modified, date_only=entry.date_only))
    return sitemap.type, entries


def _news_entries(body: bytes) -> dict[str, ListingEntry]:
    """loc -> what a Google News sitemap's ``news:news`` says (publication date, title);
    empty for other sitemaps. A ``news:title`` is plain text: only its entities are decoded."""
    parser = etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(body, parser=parser)
    if root is None:
        return {}
    out: dict[str, ListingEntry] = {}
    for url in root.iterfind("{*}url"):
        loc = (url.findtext("{*}loc") or "").strip()
        if not loc:
            continue
        stamp = (url.findtext("{*}news/{*}publication_date") or "").strip()
        when = parse_when(stamp)
        title = clean_title(url.findtext("{*}news/{*}title"))
        if when is not None or title is not None:
            out[loc] = ListingEntry(url=loc, published=when, title=title, date_only=when is not None and len(stamp) == 10)
    return out
