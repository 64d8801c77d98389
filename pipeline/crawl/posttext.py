"""Plain text and links from the small HTML snippets social APIs return (Mastodon, Hacker News).

Reads and writes nothing. Paragraphs and line breaks become newlines, entities are decoded,
and links are the ``href`` of every ``<a>`` (absolute http/https only). Markdown or plain text
(Reddit, Bluesky) gives its links through ``text_links``.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

URL_IN_TEXT = re.compile(r"""https?://[^\s<>"'\)\]]+""")
TRAILING_PUNCTUATION = ".,;:!?"
BLOCK_TAGS: frozenset[str] = frozenset({"p", "div", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3"})


def _fragment(html: str) -> etree._Element | None:
    if not html or not html.strip():
        return None
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def html_to_text(html: str | None) -> str:
    """The readable text of an HTML snippet, paragraphs separated by a blank line."""
    root = _fragment(html or "")
    if root is None:
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paragraphs: list[str] = []
    current: list[str] = [root.text or ""]
    for child in root:
        if not isinstance(child.tag, str):  # comments, processing instructions
            current.append(child.tail or "")
        elif child.tag in BLOCK_TAGS:
            paragraphs.append("".join(current))
            paragraphs.append(child.text_content())
            current = [child.tail or ""]
        else:
            current.append(child.text_content() + (child.tail or ""))
    paragraphs.append("".join(current))
    cleaned = ("\n".join(line.strip() for line in p.split("\n")).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def html_links(html: str | None, skip_classes: tuple[str, ...] = ()) -> list[str]:
    """Absolute http(s) link targets in an HTML snippet, in order, without duplicates.

    Anchors whose class names include one of ``skip_classes`` (Mastodon marks @mentions and
    #hashtags with "mention" / "hashtag") are left out.
    """
    root = _fragment(html or "")
    if root is None:
        return []
    links = [
        a.get("href", "").strip()
        for a in root.iter("a")
        if not set(a.get("class", "").split()) & set(skip_classes)
    ]
    return list(dict.fromkeys(link for link in links if link.startswith(("http://", "https://"))))


def text_links(text: str | None) -> list[str]:
    """http(s) URLs written out in plain or Markdown text."""
    found = []
    for match in URL_IN_TEXT.finditer(text or ""):
        found.append(match.group(0).rstrip(TRAILING_PUNCTUATION))
    return list(dict.fromkeys(found))
