"""Social posts embedded in an article's HTML: X/Twitter, Mastodon and Bluesky embeds.

Reads an article's HTML (a string, or a parsed lxml tree); writes nothing. ``take_embeds``
also removes the embed markup from the tree, so the embedded posts' words do not end up in the
article text (they are reactions, not the outlet's prose).

Recognised markup (the platforms' own embed snippets):
- X/Twitter: ``<blockquote class="twitter-tweet"><p>TEXT</p>&mdash; Name (@handle)
  <a href="https://twitter.com/handle/status/ID">DATE</a></blockquote>``;
- Mastodon: ``<iframe class="mastodon-embed" src="https://HOST/@user/ID/embed">`` and
  ``<blockquote class="mastodon-embed" data-embed-url=...>`` (an iframe and its blockquote
  fallback for the same status are one post; the blockquote supplies the text);
- Bluesky: ``<blockquote class="bluesky-embed" data-bluesky-uri="at://DID/app.bsky.feed.post/RKEY">``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone

import lxml.html
from lxml import etree

from pipeline.extract.urls import join_url, url_host

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbeddedPost:
    """One post embedded in an article; ``native_id`` is the platform's id when it is known."""

    platform: str  # "twitter" | "mastodon" | "bluesky"
    url: str | None
    author: str | None  # the handle as the crawler stores authors: "user", "user@host", "name.bsky.social"
    created_at: str | None  # ISO 8601 UTC when the embed shows a date
    text: str
    native_id: str | None = None


_TWEET_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]+)/status(?:es)?/(\d+)")
_MASTODON_URL = re.compile(r"^(https?://[^/]+)/@([A-Za-z0-9_.]+)(?:@[^/]+)?/(\d+)")
_BSKY_URI = re.compile(r"^at://([^/]+)/app\.bsky\.feed\.post/([A-Za-z0-9]+)$")
_HANDLE_IN_PARENS = re.compile(r"\((@[A-Za-z0-9_.@-]+)\)")
_DATE_FORMATS = ("%B %d, %Y at %I:%M %p", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d")


def extract_embeds(html: str, article_url: str) -> list[EmbeddedPost]:
    """The posts embedded in ``html``, in document order (the HTML is not modified)."""
    if not html or not html.strip():
        return []
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        log.warning("could not parse HTML of %s for embeds: %s", article_url, exc)
        return []
    return take_embeds(tree, article_url)


def take_embeds(tree: lxml.html.HtmlElement, article_url: str) -> list[EmbeddedPost]:
    """The posts embedded in ``tree``, in document order; their markup is removed from it."""
    found: list[EmbeddedPost] = []
    nodes = [node for node in tree.iter("blockquote", "iframe") if _is_embed(node)]
    for node in nodes:
        classes = (node.get("class") or "").split()
        if "twitter-tweet" in classes:
            post = _twitter(node, article_url)
        elif "bluesky-embed" in classes:
            post = _bluesky(node, article_url)
        else:
            post = _mastodon(node, article_url)
        if post is not None:
            found.append(post)
        _remove(node)
    # Embed scripts (widgets.js, embed.js) are removed by the text extractor already.
    return _merge_same_post(found)


_XML_SPACE = re.compile("[ \t\r\n]+")  # the whitespace XPath's normalize-space splits class lists on
_EMBED_CLASSES = {"blockquote": frozenset({"twitter-tweet", "mastodon-embed", "bluesky-embed"}),
                  "iframe": frozenset({"mastodon-embed"})}


def _is_embed(node) -> bool:
    """A blockquote or iframe with an embed class (class tokens split as XPath's
    ``contains(concat(' ', normalize-space(@class), ' '), ' NAME ')`` splits them)."""
    value = node.get("class")
    return bool(value) and not _EMBED_CLASSES[node.tag].isdisjoint(_XML_SPACE.split(value))


def _twitter(node, article_url: str) -> EmbeddedPost | None:
    url = native = handle = None
    created = None
    for link in node.iter("a"):
        href = join_url(article_url, link.get("href")) or ""
        match = _TWEET_URL.match(href)
        if match:
            url = f"https://twitter.com/{match.group(1)}/status/{match.group(2)}"
            native, handle = match.group(2), match.group(1)
            created = _parse_date(link.text_content())
    text = _paragraph_text(node)
    tail = _HANDLE_IN_PARENS.search(node.text_content())
    if tail:
        handle = tail.group(1).lstrip("@")
    if url is None and not text:
        return None
    return EmbeddedPost("twitter", url, handle, created, text, native)


def _mastodon(node, article_url: str) -> EmbeddedPost | None:
    candidates = [node.get("src"), node.get("data-embed-url")] + [a.get("href") for a in node.iter("a")]
    url = native = handle = None
    for raw in candidates:
        if not raw:
            continue
        match = _MASTODON_URL.match(join_url(article_url, raw) or "")
        if match:
            url = f"{match.group(1)}/@{match.group(2)}/{match.group(3)}"
            native = match.group(3)
            handle = f"{match.group(2)}@{url_host(match.group(1))}"
            break
    text = "" if node.tag == "iframe" else _paragraph_text(node)
    if url is None and not text:
        return None
    created = None
    for time_node in node.iter("time"):
        created = _parse_date(time_node.get("datetime") or time_node.text_content())
    return EmbeddedPost("mastodon", url, handle, created, text, native)


def _bluesky(node, article_url: str) -> EmbeddedPost | None:
    uri = (node.get("data-bluesky-uri") or "").strip()
    match = _BSKY_URI.match(uri)
    url = None
    created = None
    for link in node.iter("a"):
        href = join_url(article_url, link.get("href")) or ""
        if "/post/" in href and "bsky.app/profile/" in href:
            url = href.split("?", 1)[0]
            created = _parse_date(link.text_content()) or created
    handle_match = _HANDLE_IN_PARENS.search(node.text_content())
    handle = handle_match.group(1).lstrip("@") if handle_match else None
    if url is None and match:
        url = f"https://bsky.app/profile/{match.group(1)}/post/{match.group(2)}"
    text = _paragraph_text(node)
    if url is None and not text:
        return None
    return EmbeddedPost("bluesky", url, handle, created, text, uri if match else None)


def _paragraph_text(node) -> str:
    """The post's own words: its <p> elements (links kept as their text), else the node text."""
    paragraphs = [" ".join(p.text_content().split()) for p in node.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs:
        return "\n\n".join(paragraphs)
    return " ".join(node.text_content().split())


def _parse_date(text: str | None) -> str | None:
    value = " ".join((text or "").split())
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).isoformat()


def _merge_same_post(posts: list[EmbeddedPost]) -> list[EmbeddedPost]:
    """An iframe and its blockquote fallback are one post: keep one, with the text found."""
    merged: list[EmbeddedPost] = []
    index: dict[tuple[str, str], int] = {}
    for post in posts:
        key = (post.platform, post.url or "")
        if post.url and key in index:
            kept = merged[index[key]]
            merged[index[key]] = replace(
                kept,
                text=kept.text or post.text,
                created_at=kept.created_at or post.created_at,
                author=kept.author or post.author,
            )
            continue
        if post.url:
            index[key] = len(merged)
        merged.append(post)
    return merged


def _remove(node) -> None:
    """Drop ``node`` but keep its tail text in the document."""
    parent = node.getparent()
    if parent is None:
        return
    node.drop_tree()
