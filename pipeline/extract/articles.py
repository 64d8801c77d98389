"""Raw pages to articles: one row per article, embedded posts, and what could not be read.

Reads ``records.RawPage`` rows (data/raw/pages.jsonl.gz, read by the caller); returns an
``ArticleBatch``. The extract stage writes it out.

Identity: pages are grouped by URL identity (``canonicalize_url`` of the fetched URL, and the
canonical URL the page declares): the same article fetched under tracking parameters, a
fragment, its AMP URL and its rel=canonical URL is ONE article. Of the copies, the one with
the most metadata (then the longest text, then the smallest URL) is kept, so the choice does
not depend on crawl order. ``article_id = ids.article_id(canonical_url)``. A copy whose text is
unlike the kept one's (word 5-shingle Jaccard below 0.5) is not merged: a site that declares one
wrong canonical URL on every story must not collapse its stories into one.

Wire copies: a story republished near-identically by several outlets keeps one row per
outlet; every copy but the earliest published (undated copies count as latest; ties broken by
article_id) gets ``duplicate_of`` = that earliest copy's article_id. Near-identical means the
MinHash-estimated Jaccard similarity of the texts' word 5-shingles reaches params
``extract.near_duplicate_threshold`` (default 0.8), among MinHash LSH candidates
(``pipeline.extract.near_duplicates``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pipeline import ids
from pipeline.errors import ConfigError
from pipeline.extract.embeds import EmbeddedPost
from pipeline.extract.near_duplicates import link_near_duplicates, shingles
from pipeline.extract.text import ParsedPage, parse_page
from pipeline.extract.urls import canonicalize_url
from pipeline.progress import progress
from pipeline.records import Article, Failure, Post, RawPage

log = logging.getLogger(__name__)

SAME_ARTICLE_MIN_SIMILARITY = 0.5  # copies of one URL identity must share half their shingles


@dataclass(frozen=True)
class ArticleBatch:
    """What ``build_articles`` made of the pages; every list is sorted by its id / URL.

    ``flags`` are non-fatal notes about kept articles, as ``Failure`` rows a journalist can see
    (stage "extract", status "date_future" / "date_epoch": a date dropped; "broken_html":
    malformed markup repaired). Where a date came from is no note but a column of the article
    (``published_from``).
    """

    articles: list[Article]
    embeds: list[Post]
    failures: list[Failure]
    flags: list[Failure] = field(default_factory=list)


def build_articles(pages: Iterable[RawPage], params: dict) -> ArticleBatch:
    """Parse, deduplicate and link ``pages`` (see the module docstring)."""
    section = params.get("extract", params)
    threshold = float(section.get("near_duplicate_threshold", 0.8))
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(
            f"params extract.near_duplicate_threshold is {threshold}; set it to a number in (0, 1], e.g. 0.8."
        )
    parsed: list[ParsedPage] = []
    failures: list[Failure] = []
    for page in progress(pages, "extract: pages", None):
        result = parse_page(page, params)
        if isinstance(result, Failure):
            log.info("skipped %s: %s", result.url, result.status)
            failures.append(result)
        else:
            parsed.append(result)

    groups = [part for copies in group_copies(parsed) for part in split_different_texts(copies)]
    kept = [choose_copy(copies) for copies in groups]
    articles = [_to_article(page) for page in kept]
    articles = _dedupe_ids(articles)
    articles = link_near_duplicates(articles, threshold)
    embeds = _embedded_posts(kept)
    flags = _flags(kept)
    log.info(
        "articles: %d pages -> %d articles (%d copies merged), %d failures, %d embedded posts",
        len(parsed) + len(failures), len(articles), len(parsed) - len(kept), len(failures), len(embeds),
    )
    return ArticleBatch(
        articles=sorted(articles, key=lambda a: a.article_id),
        embeds=sorted(embeds, key=lambda p: p.post_id),
        failures=sorted(failures, key=lambda f: (f.url, f.status)),
        flags=sorted(flags, key=lambda f: (f.url, f.status)),
    )


def group_copies(pages: list[ParsedPage]) -> list[list[ParsedPage]]:
    """Pages that share any URL identity (fetched or declared canonical), as groups."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    for page in pages:
        union(canonicalize_url(page.url), page.canonical_url)
    groups: dict[str, list[ParsedPage]] = {}
    for page in pages:
        groups.setdefault(find(page.canonical_url), []).append(page)
    return [groups[key] for key in sorted(groups)]


def split_different_texts(copies: list[ParsedPage]) -> list[list[ParsedPage]]:
    """Guard against a shared, wrong rel=canonical (a section page declared by every story):
    a copy whose text is unlike the best copy's is its own article, under its fetched URL."""
    if len(copies) < 2:
        return [copies]
    best = choose_copy(copies)
    reference = shingles(best.text)
    same: list[ParsedPage] = []
    apart: list[list[ParsedPage]] = []
    for copy in copies:
        if copy is best or _jaccard(reference, shingles(copy.text)) >= SAME_ARTICLE_MIN_SIMILARITY:
            same.append(copy)
        else:
            log.warning("ignored canonical %s of %s: its text differs from the other copies", copy.canonical_url, copy.url)
            apart.append([replace(copy, canonical_url=canonicalize_url(copy.url))])
    if apart and not any(canonicalize_url(c.url) == best.canonical_url for c in same):
        # The declared canonical names none of the copies that agree: it is not this article's.
        same = [replace(c, canonical_url=canonicalize_url(best.url)) for c in same]
    return [same] + apart


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def choose_copy(copies: list[ParsedPage]) -> ParsedPage:
    """The copy to keep: most metadata, then most text, then non-AMP, then smallest URL."""
    def rank(page: ParsedPage) -> tuple:
        return (-page.metadata_score(), -len(page.text), is_amp_url(page.url), page.url)

    best = min(copies, key=rank)
    # The declared canonical URL of any copy names the article better than a fetched URL.
    declared = sorted({c.canonical_url for c in copies if c.canonical_url != canonicalize_url(c.url)})
    if declared and best.canonical_url not in declared:
        best = replace(best, canonical_url=declared[0])
    return best


_AMP_MARK = re.compile(r"(?:^|[/.?&=])amp(?:[/.?&=]|$)|//amp\.|\.cdn\.ampproject\.org", re.IGNORECASE)


def is_amp_url(url: str) -> bool:
    """True when ``url`` looks like an AMP rendering (``/amp/``, ``.amp``, ``?amp``, ``amp.`` host)."""
    return bool(_AMP_MARK.search(url.split("#", 1)[0].split("://", 1)[-1]))


def _to_article(page: ParsedPage) -> Article:
    return Article(
        article_id=ids.article_id(page.canonical_url),
        url=page.url,
        canonical_url=page.canonical_url,
        outlet=page.outlet,
        title=page.title,
        authors=list(page.authors),
        published_at=page.published_at,
        published_from=page.published_from,
        language=page.language,
        text=page.text,
        crawled_at=page.fetched_at,
    )


def _dedupe_ids(articles: list[Article]) -> list[Article]:
    """Two groups can still end on one canonical URL (chains of declarations): keep one."""
    by_id: dict[str, Article] = {}
    for article in articles:
        current = by_id.get(article.article_id)
        if current is None or (-len(article.text), article.url) < (-len(current.text), current.url):
            by_id[article.article_id] = article
    return list(by_id.values())


def _embedded_posts(pages: list[ParsedPage]) -> list[Post]:
    """Embedded posts as ``Post(origin="embed")``; a post embedded twice keeps its first article."""
    posts: dict[str, Post] = {}
    for page in sorted(pages, key=lambda p: ids.article_id(p.canonical_url)):
        article = ids.article_id(page.canonical_url)
        for embed in page.embeds:
            post = _embed_to_post(embed, article)
            posts.setdefault(post.post_id, post)
    return list(posts.values())


def embed_post_id(embed: EmbeddedPost) -> str:
    """``<platform>:<native id>``, or ``<platform>:<hash of the URL or text>`` when unknown."""
    if embed.native_id:
        return f"{embed.platform}:{embed.native_id}"
    return f"{embed.platform}:{ids.short_hash(embed.url or embed.text)}"


def _embed_to_post(embed: EmbeddedPost, article_id: str) -> Post:
    return Post(
        post_id=embed_post_id(embed),
        platform=embed.platform,
        url=embed.url,
        author=embed.author,
        created_at=embed.created_at,
        text=embed.text,
        reply_to_url=None,
        article_id=article_id,
        origin="embed",
    )


def _flags(pages: list[ParsedPage]) -> list[Failure]:
    notes = {"date_future": "a publication date in the future was dropped (published_from says where published_at came from, if anywhere)",
             "date_epoch": "a publication date at or before 1970 was dropped (published_from says where published_at came from, if anywhere)",
             "broken_html": "its HTML was malformed (mismatched tags or extreme nesting) and was repaired; check the text"}
    flags = []
    for page in pages:
        for flag in sorted(set(page.flags)):
            if flag in notes:
                flags.append(Failure(url=page.url, stage="extract", status=flag,
                                     error=f"Kept the article, but {notes[flag]}.",
                                     at=page.fetched_at or ""))
    return flags
