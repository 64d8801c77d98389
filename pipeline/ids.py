"""Identifiers derived from content, so reruns give the same keys and no duplicates."""

from __future__ import annotations

import hashlib


def short_hash(*parts: object, length: int = 16) -> str:
    """A stable hex digest of the parts (joined with a unit separator)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def article_id(canonical_url: str) -> str:
    """The id of an article: a hash of its canonical URL."""
    return "a_" + short_hash(canonical_url)


def quote_id(article_id: str, start_char: int, end_char: int) -> str:
    return "q_" + short_hash(article_id, start_char, end_char)


def entity_id(label: str, canonical_name: str) -> str:
    return "e_" + short_hash(label, canonical_name.casefold())


def reaction_id(origin: str, source_id: str) -> str:
    """``source_id`` is the post_id (post, embed) or the quote_id (quote)."""
    return "r_" + short_hash(origin, source_id)
