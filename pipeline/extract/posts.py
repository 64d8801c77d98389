"""Crawled social posts to ``records.Post`` rows, each linked to the article it reacts to.

Reads ``records.RawPost`` rows (data/raw/posts.jsonl.gz, read by the caller) and the articles
``build_articles`` made; returns ``Post`` rows (origin "post"), sorted by post_id.

- Duplicates (one post found by two searches) are one row: post_id is the key; of two copies,
  the one fetched last wins (then the longer text), so a rerun gives the same row.
- ``article_id`` is set when any of the post's links, canonicalised, is a URL variant of an
  article (``url_variants``: fetched and declared URL, tracking parameters, AMP and fragment
  aside, http/https and ``www.`` alike). A link to several articles picks the smallest id.
- A post that links nothing inherits the article of the post it replies to, transitively
  through ``reply_to_url`` (cycles in bad data are cut).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from pipeline.extract.urls import canonicalize_url, url_variants
from pipeline.records import Article, Post, RawPost

log = logging.getLogger(__name__)


def link_posts(raw_posts: Iterable[RawPost], articles: list[Article]) -> list[Post]:
    """Deduplicated posts with ``article_id`` set where it can be known (see module docstring)."""
    unique = dedupe_posts(raw_posts)
    index = _article_index(articles)
    direct: dict[str, str | None] = {post_id: _linked_article(raw, index) for post_id, raw in unique.items()}
    by_url: dict[str, str] = {}
    for post_id in sorted(unique):
        url = unique[post_id].url
        if url:
            by_url.setdefault(canonicalize_url(url), post_id)

    posts: list[Post] = []
    linked = 0
    for post_id in sorted(unique):
        raw = unique[post_id]
        article_id = direct[post_id] or _inherited(post_id, unique, direct, by_url)
        linked += article_id is not None
        posts.append(
            Post(
                post_id=raw.post_id,
                platform=raw.platform,
                url=raw.url,
                author=raw.author,
                created_at=raw.created_at,
                text=raw.text,
                reply_to_url=raw.reply_to_url,
                article_id=article_id,
                origin="post",
            )
        )
    log.info("posts: %d unique, %d linked to an article", len(posts), linked)
    return posts


def dedupe_posts(raw_posts: Iterable[RawPost]) -> dict[str, RawPost]:
    """One ``RawPost`` per post_id: the copy fetched last wins (then the longer text)."""
    unique: dict[str, RawPost] = {}
    for raw in raw_posts:
        current = unique.get(raw.post_id)
        if current is None or _freshness(raw) > _freshness(current):
            unique[raw.post_id] = raw
    return unique


def _freshness(raw: RawPost) -> tuple:
    return (raw.fetched_at or "", len(raw.text or ""), raw.api_url or "")


def _article_index(articles: list[Article]) -> dict[str, str]:
    """Every URL variant of every article -> article_id (smallest id on a clash)."""
    index: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: a.article_id):
        for variant in url_variants(article):
            index.setdefault(variant, article.article_id)
    return index


def _linked_article(raw: RawPost, index: dict[str, str]) -> str | None:
    found = set()
    for link in raw.links or []:
        if not link or not link.strip():
            continue
        article_id = index.get(canonicalize_url(link))
        if article_id:
            found.add(article_id)
    return min(found) if found else None


def _inherited(
    post_id: str,
    unique: dict[str, RawPost],
    direct: dict[str, str | None],
    by_url: dict[str, str],
) -> str | None:
    """The article of the nearest ancestor (via reply_to_url) that links one."""
    seen = {post_id}
    current = unique[post_id]
    while current.reply_to_url:
        parent_id = by_url.get(canonicalize_url(current.reply_to_url))
        if parent_id is None or parent_id in seen:
            return None
        if direct.get(parent_id):
            return direct[parent_id]
        seen.add(parent_id)
        current = unique[parent_id]
    return None
