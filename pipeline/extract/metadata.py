"""Article metadata from a parsed page: title, authors, date, outlet, language, canonical URL.

Reads a parsed lxml tree (plus the page URL, headers and fetch time); writes nothing. Each
field is taken from the most reliable source that has it, in this order:

- title: JSON-LD ``headline``, ``og:title``, trafilatura's title, ``<title>``; an outlet
  suffix ("Headline | Outlet", "Headline - Outlet") is cut off. Only when the page yields none,
  the title its feed or news sitemap entry stated (``RawPage.listed_title``).
- authors: JSON-LD ``author`` of the article object, ``<meta name=author>`` and its cousins,
  trafilatura's byline. Only people's names are kept (rules in ``pipeline.extract.bylines``).
- published_at: JSON-LD ``datePublished``, ``article:published_time`` and similar meta tags
  (the page is the primary source), then the publication time its feed or news sitemap entry
  stated (``RawPage.listed_published``), then htmldate (through trafilatura, so a listed page
  without a date of its own never pays for it); ``published_from`` says which ("page",
  "listing", "page_text"), so a journalist can tell a stated date from a guessed one. Every
  candidate passes the same checks (``pipeline.extract.dates``: a future or epoch-0 date is
  dropped and flagged ``date_future`` / ``date_epoch``, a bare day takes a dateline's time).
- outlet: JSON-LD ``publisher.name``, ``og:site_name``, ``application-name``, the suffix of a
  "Headline | Outlet" ``<title>``, trafilatura's site name; the host name as a last resort.
- language: ``<html lang>``, the Content-Language header or meta, ``og:locale``, JSON-LD
  ``inLanguage``; else a cheap guess from the text (``pipeline.extract.language``: stop words and scripts).
- canonical_url: ``<link rel=canonical>``, ``og:url``, else the fetched URL; always passed
  through ``canonicalize_url``. Ignored: a canonical pointing at a site's home page from an
  inner page, and one on another site (a syndicated copy stays its outlet's own article).

trafilatura's values (``pipeline.extract.fallback_metadata``) are computed only for a field
the sources before it leave empty.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import extruct
import lxml.html
from lxml import etree
from trafilatura.settings import Document

from pipeline.extract.bylines import clean_authors
from pipeline.extract.dates import choose_published, url_date_agrees
from pipeline.extract.fallback_metadata import TrafilaturaFallback
from pipeline.extract.language import detect_language, normalise_language
from pipeline.extract.urls import canonicalize_url, join_url, same_site, url_host

log = logging.getLogger(__name__)

ARTICLE_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "Article", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    "SocialMediaPosting", "WebPage",
)
DATE_META = (
    "article:published_time", "og:article:published_time", "datePublished", "pubdate",
    "publishdate", "publish_date", "publish-date", "date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    "og:published_time", "cxenseparse:recs:publishtime",
)
AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator")
# Where published_at came from: the page's structured metadata (JSON-LD, microdata, meta
# tags), the feed or news sitemap entry that listed it, or htmldate's reading of the page's
# text, URL and markup (a guess).
PUBLISHED_FROM = ("page", "listing", "page_text")
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ")


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about itself. ``flags`` names dropped or doubtful values ("date_future",
    "date_epoch"); ``published_from`` where ``published_at`` came from (``PUBLISHED_FROM``)."""

    title: str | None
    authors: list[str]
    published_at: str | None  # ISO 8601, UTC
    published_date: str | None  # the calendar date as the page states it (before UTC conversion)
    outlet: str | None
    language: str | None
    canonical_url: str
    flags: list[str] = field(default_factory=list)
    published_from: str | None = None


def extract_metadata(
    tree: lxml.html.HtmlElement,
    url: str,
    headers: dict[str, str] | None = None,
    fetched_at: str | None = None,
    text: str | None = None,
    traf: Document | None = None,
    visible_text: str | None = None,
    *,
    listed_title: str | None = None,
    listed_published: str | None = None,
) -> PageMetadata:
    """Metadata of the page in ``tree`` fetched from ``url`` (see the module docstring).

    ``traf``: trafilatura's metadata of this tree and URL when the caller already has it.
    When None, it is read only if a field needs it: trafilatura comes after JSON-LD and meta
    tags for every field, so a page whose tags give title, outlet, authors and date never
    pays for it (a third of trafilatura's time on such a page; the same result either way).
    ``visible_text``: the text of the page's body, whitespace collapsed, when the caller has it.
    ``listed_title`` / ``listed_published``: what the page's feed or news sitemap entry stated
    (``RawPage``), used only where the page itself gives no title / no usable date.
    """
    headers = headers or {}
    article = _article_object(_json_ld(tree) + _microdata(tree, url))
    meta = _meta_tags(tree)
    fallback = TrafilaturaFallback(tree, url, traf)
    flags: list[str] = []

    outlet = _outlet(article, meta, tree, fallback, url)
    title = _title(article, meta, fallback, tree, outlet, listed_title)
    not_names = [outlet, url_host(url)]
    authors = clean_authors(_author_candidates(article, meta), not_names=not_names)
    traf_byline = fallback.author() if not authors else None
    if traf_byline:
        authors = clean_authors([[traf_byline]], not_names=not_names)
    date_candidates = [_text_of(article.get("datePublished")), _text_of(article.get("dateCreated"))]
    date_candidates += [meta.get(key) for key in DATE_META]
    visible = _visible_text(tree) if visible_text is None else visible_text
    published_at, published_date = choose_published(date_candidates, fetched_at, flags, visible)
    published_from = "page" if published_at else None
    if published_at is None and listed_published:
        published_at, published_date = choose_published([listed_published], fetched_at, flags, visible)
        published_from = "listing" if published_at else None
    if published_at is None:  # htmldate only when nothing stated a date
        found = _usable_fallback_date(fallback)
        if found:
            published_at, published_date = choose_published([found], fetched_at, flags, visible)
            published_from = "page_text" if published_at else None
    published_date = url_date_agrees(url, published_date)
    language = _language(tree, headers, meta, article) or (detect_language(text) if text else None)
    canonical = _canonical(tree, meta, url)
    return PageMetadata(title, authors, published_at, published_date, outlet, language, canonical, flags, published_from)


def _usable_fallback_date(fallback: TrafilaturaFallback) -> str | None:
    """htmldate's date of the page, unless it is a bare month: htmldate fills a missing day
    with 01 ("November 2020" -> 2020-11-01), too coarse to report as a publication day."""
    found = fallback.date()
    return found if found and not found.endswith("-01") else None


_ITEMSCOPE = etree.XPath("boolean(//@itemscope)")


def _microdata(tree: lxml.html.HtmlElement, url: str) -> list[Any]:
    """The page's microdata items (extruct, uniform); extruct is not called on a page without
    any ``itemscope`` element, where it finds none."""
    if not _ITEMSCOPE(tree):
        return []
    data = extruct.extract(tree, base_url=url, syntaxes=["microdata"], uniform=True, errors="log")
    return data.get("microdata", [])


# XPath's translate(@type, 'LDJSON', 'ldjson'): only these six letters are lower-cased.
_LDJSON_LOWER = str.maketrans("LDJSON", "ldjson")


def _json_ld(tree: lxml.html.HtmlElement) -> list[Any]:
    """Every JSON-LD block of the page; a block that is not valid JSON is skipped (logged)."""
    blocks: list[Any] = []
    for node in tree.iter("script"):
        if "ld+json" not in (node.get("type") or "").translate(_LDJSON_LOWER):
            continue
        raw = (node.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", raw).strip()
        if not raw:
            continue
        try:
            blocks.append(json.loads(raw, strict=False))
        except ValueError as exc:
            log.debug("skipped a JSON-LD block that is not valid JSON: %s", exc)
    return blocks


def _flatten_objects(items: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(items)
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[0:0] = item
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack[0:0] = list(item["@graph"]) if isinstance(item["@graph"], list) else [item["@graph"]]
    return out


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return [str(v).rsplit("/", 1)[-1] for v in values]


def _article_object(items: list[Any]) -> dict[str, Any]:
    """The JSON-LD / microdata object that describes the article (best type first)."""
    objects = _flatten_objects(items)
    for wanted in ARTICLE_TYPES:
        for obj in objects:
            if wanted in _types(obj):
                return obj
    return {}


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """First value of each <meta name/property/itemprop>, keys lower-cased."""
    tags: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv")
        value = node.get("content")
        if key and value and value.strip():
            tags.setdefault(key.strip().lower(), " ".join(value.split()))
    return tags


def _text_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _outlet(article: dict, meta: dict, tree, fallback: TrafilaturaFallback, url: str) -> str | None:
    for candidate in _outlet_candidates(article, meta, tree, fallback):
        if candidate and not candidate.lower().startswith(("http://", "https://")):
            return candidate
    host = url_host(url)
    if host:
        return host.removeprefix("www.")
    return None


def _outlet_candidates(article: dict, meta: dict, tree, fallback: TrafilaturaFallback) -> Iterator[str | None]:
    """Outlet names, most reliable first; trafilatura is read only when the others fail."""
    publisher = article.get("publisher")
    yield _text_of(publisher) if isinstance(publisher, (dict, list)) else None
    yield meta.get("og:site_name")
    yield meta.get("application-name")
    yield _title_suffix(_html_title(tree))
    yield fallback.sitename()


def _html_title(tree) -> str | None:
    """The first <title> element's text (in document order, as ``//head/title | //title`` has it)."""
    node = tree.find(".//title")
    return " ".join(node.text_content().split()) if node is not None else None


def _title_suffix(title: str | None) -> str | None:
    if not title:
        return None
    for sep in TITLE_SEPARATORS:
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            if tail and len(tail.split()) <= 5 and len(head) > len(tail):
                return tail.strip()
    return None


def _strip_outlet(title: str, outlet: str | None) -> str:
    for sep in TITLE_SEPARATORS:
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            if outlet and tail.strip().lower() == outlet.lower():
                return head.strip()
            if not outlet and len(tail.split()) <= 4 and len(head) > 2 * len(tail):
                return head.strip()
    return title


def _title(article: dict, meta: dict, fallback: TrafilaturaFallback, tree, outlet: str | None,
           listed: str | None = None) -> str | None:
    for candidate in _title_candidates(article, meta, fallback, tree, listed):
        if candidate:
            return _strip_outlet(candidate, outlet) or candidate
    return None


def _title_candidates(article: dict, meta: dict, fallback: TrafilaturaFallback, tree,
                      listed: str | None) -> Iterator[str | None]:
    """Titles, most reliable first; trafilatura is read only when the tags give none, the
    listing's title only when the page gives none at all."""
    yield _text_of(article.get("headline"))
    yield meta.get("og:title")
    yield meta.get("twitter:title")
    yield fallback.title()
    yield _html_title(tree)
    yield " ".join(listed.split()) if listed else None


def _author_candidates(article: dict, meta: dict) -> list[list[str]]:
    """Author name lists from JSON-LD and meta tags, most reliable first (trafilatura's byline,
    the last source, is read by the caller only when these give no name)."""
    sources: list[list[str]] = []
    authors = article.get("author") or article.get("creator")
    if authors:
        items = authors if isinstance(authors, list) else [authors]
        people = [a for a in items if not (isinstance(a, dict) and "Organization" in _types(a))]
        sources.append([n for n in (_text_of(a) for a in people) if n])
    for key in AUTHOR_META:
        if key in meta and not meta[key].startswith(("http://", "https://", "@")):
            sources.append([meta[key]])
    return sources


def _language(tree, headers: dict[str, str], meta: dict, article: dict) -> str | None:
    candidates = [
        tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        headers.get("content-language"),
        meta.get("content-language"),
        meta.get("og:locale"),
        _text_of(article.get("inLanguage")),
    ]
    for candidate in candidates:
        language = normalise_language(candidate)
        if language:
            return language
    return None


def _visible_text(tree) -> str:
    body = tree.find(".//body")
    return " ".join(body.text_content().split()) if body is not None else ""


def _canonical(tree, meta: dict, url: str) -> str:
    declared = [link.get("href") for link in tree.iter("link") if "canonical" in (link.get("rel") or "").lower().split()]
    declared.append(meta.get("og:url"))
    fetched_path = urlsplit(url).path or "/"  # page.url was fetched: a valid URL
    for raw in declared:
        if not raw or not raw.strip():
            continue
        absolute = join_url(url, raw)
        if absolute is None:
            continue
        if urlsplit(absolute).scheme not in ("http", "https", "file"):
            continue
        if (urlsplit(absolute).path or "/") == "/" and fetched_path != "/":
            log.debug("ignored home-page canonical %s on %s", absolute, url)
            continue
        if not same_site(absolute, url):
            # A syndicated copy pointing at the original outlet: kept as this outlet's article
            # (build_articles links it as a near-duplicate instead).
            log.debug("ignored cross-site canonical %s on %s", absolute, url)
            continue
        return canonicalize_url(absolute)
    return canonicalize_url(url)

