"""One fetched page to article text and metadata, or a Failure that says why not.

Reads a ``records.RawPage`` (raw body bytes, headers, URL); writes nothing. ``parse_page``
decides what the body is (HTML, plain text, or something else), decodes it
(``pipeline.extract.charset``), takes out embedded social posts (``pipeline.extract.embeds``),
extracts the article body without boilerplate (``pipeline.extract.body``, trafilatura), turns
away paywall stubs and JavaScript shells, and reads the metadata (``pipeline.extract.metadata``).

Body text: trafilatura, comments excluded, with the focus in params ``extract.text_focus``
(``precision``, ``balanced`` or ``recall``; default ``balanced``, chosen by measurement, see
``body.FOCUS_ATTEMPTS``), retried with more inclusive settings when that leaves too little.
Blocks (paragraphs, headings, list items, block quotes) are joined with a blank line,
``"\\n\\n"``, so a quote running across paragraphs can still be found. Curly quotes are kept as
written.

A plain-text body (``text/plain``, e.g. a ``file://`` article) is the article text exactly as
decoded, so character offsets into the file stay valid; its title is its first short line, else
its listing's, and its date the one its listing stated, if any.

Failure reason codes (``Failure.status``): ``not_html`` (PDF, image, JSON, ... whatever the
Content-Type says), ``empty`` (no body, or whitespace only), ``js_shell`` (a page that only
renders with JavaScript), ``paywall`` (a subscription stub), ``too_short`` (fewer words than
params ``extract.min_words``), ``unparseable`` (no HTML tree could be built), or the HTTP status
for an error response.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import logging
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from pipeline.extract.body import count_words, extract_body_counted, page_text
from pipeline.extract.charset import decode_body, decode_bytes
from pipeline.extract.dates import choose_published
from pipeline.extract.embeds import EmbeddedPost, take_embeds
from pipeline.extract.language import detect_language
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.urls import canonicalize_url
from pipeline.records import Failure, RawPage

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
PLAIN_TYPES = ("text/plain", "text/markdown")
MAGIC = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"OggS", "an audio file"), (b"ID3", "an MP3 file"),
)
PAYWALL_PATTERNS = re.compile(
    r"subscribe (?:now )?to (?:continue|keep|read)|subscribers? only|already a subscriber|"
    r"to continue reading|become a (?:member|subscriber)|this (?:article|content) is for subscribers|"
    r"sign in to read|unlock this (?:article|story)|start your (?:free )?trial",
    re.IGNORECASE,
)
# Each phrase of PAYWALL_PATTERNS contains one of these (case-folded).
_PAYWALL_WORDS = re.compile("subscri|continue reading|become a|sign in to read|unlock this|start your")
_CLASSES, _IDS = etree.XPath("//@class", smart_strings=False), etree.XPath("//@id", smart_strings=False)
_NOT_FREE = re.compile(r'"isAccessibleForFree"\s*:\s*"?(?:false|False)')
JS_PATTERNS = re.compile(r"enable javascript|javascript (?:is )?(?:required|disabled)|requires javascript|turn on javascript", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LAYOUT_TAGS = re.compile(r"</?(?:div|span|section|font|center|b|i|u|em|strong|small|big)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedPage:
    """An article read from one page: body text, metadata and the posts embedded in it."""

    url: str  # fetched URL (after redirects)
    canonical_url: str
    title: str | None
    authors: list[str]
    published_at: str | None
    published_date: str | None  # calendar date as the page states it
    outlet: str | None
    language: str | None
    text: str
    fetched_at: str | None
    embeds: list[EmbeddedPost] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # "date_future", "date_epoch", "broken_html", "recall_fallback"
    published_from: str | None = None  # metadata.PUBLISHED_FROM: where published_at came from

    def metadata_score(self) -> int:
        """How much metadata this copy carries (used to pick the best of duplicate copies)."""
        filled = [self.title, self.published_at, self.outlet, self.language]
        timed = bool(self.published_at) and not self.published_at.endswith("T00:00:00+00:00")
        return sum(1 for value in filled if value) + min(len(self.authors), 1) + int(timed)


def parse_page(page: RawPage, params: dict) -> ParsedPage | Failure:
    """Article text and metadata of ``page``, or a ``Failure`` (stage "extract") saying why not.

    ``params`` is the whole params mapping or its ``extract`` section. Never raises on bad
    input: broken HTML is parsed leniently, undecodable bytes are replaced.
    """
    section = params.get("extract", params)
    min_words = int(section.get("min_words", 30))
    paywall_max = int(section.get("paywall_max_words", 150))
    focus = section.get("text_focus", "balanced")

    def fail(status: str, error: str) -> Failure:
        return Failure(url=page.url, stage="extract", status=status, error=error, at=page.fetched_at)

    if page.status >= 400:
        return fail(str(page.status), f"The server answered HTTP {page.status}; there is no article to read.")
    try:
        body = base64.b64decode(page.body_b64 or "", validate=False)
    except (binascii.Error, ValueError) as exc:
        return fail("unparseable", f"The stored body is not valid base64 ({exc}); re-crawl the page.")
    if not body.strip():
        return fail("empty", "The page body is empty or only whitespace.")
    content_type = page.headers.get("content-type")
    kind, what = classify_body(body, content_type)
    if kind == "other":
        return fail("not_html", f"The page is {what}, not an HTML article; skipped by content type.")
    if kind == "plain":
        return _parse_plain(page, body, content_type, min_words, fail)
    return _parse_html(page, body, content_type, min_words, paywall_max, focus, fail)


def classify_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """("html" | "plain" | "other", a description) from the bytes first, then the header."""
    head = body.lstrip()[:16]
    for magic, what in MAGIC:
        if head.startswith(magic):
            return "other", what
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if head[:1] in (b"{", b"["):
        try:
            json.loads(body.decode("utf-8", errors="strict"))
            return "other", "JSON data"
        except (UnicodeDecodeError, ValueError):
            pass
    if mime in PLAIN_TYPES:
        return "plain", "plain text"
    if not mime or mime in HTML_TYPES or mime == "application/octet-stream" and b"<" in head:
        return "html", "HTML"
    return "other", f"of type {mime}"


def _parse_plain(page: RawPage, body: bytes, content_type: str | None, min_words: int, fail) -> ParsedPage | Failure:
    text = decode_bytes(body, content_type)
    if not text.strip():
        return fail("empty", "The text file is empty or only whitespace.")
    if count_words(text) < min_words:
        return fail("too_short", f"The text has {count_words(text)} words, fewer than extract.min_words ({min_words}).")
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first_line if len(first_line.split()) <= 20 else (page.listed_title or None)
    flags: list[str] = []
    published_at, published_date = choose_published([page.listed_published], page.fetched_at, flags)
    return ParsedPage(
        url=page.url, canonical_url=canonicalize_url(page.url), title=title, authors=[],
        published_at=published_at, published_date=published_date, outlet=None, language=detect_language(text),
        text=text, fetched_at=page.fetched_at, flags=flags, published_from="listing" if published_at else None,
    )


def _parse_html(
    page: RawPage, body: bytes, content_type: str | None, min_words: int, paywall_max: int, focus: str, fail
) -> ParsedPage | Failure:
    html = decode_body(body, content_type)
    if not html.strip():
        return fail("empty", "The page body is empty or only whitespace.")
    flags: list[str] = []
    tree = _load_tree(html, flags)
    if tree is None:
        return fail("unparseable", "No HTML document could be built from the page.")
    embeds = take_embeds(tree, page.url)
    body_text = page_text(tree)  # read once: the extraction shortcut, paywall and metadata use it
    visible = " ".join(body_text.split())
    text, words = extract_body_counted(tree, min_words, flags, str(focus), visible)
    # Paywall evidence only matters for a short text: strong evidence under the larger of the
    # two limits, any evidence under min_words (so a long article is never searched for it).
    paywall = _paywall_evidence(tree, html, body_text, weak=words < min_words) if words < max(min_words, paywall_max) else None
    if (paywall == "strong" and words < max(min_words, paywall_max)) or (paywall and words < min_words):
        return fail("paywall", f"The page is a subscription stub ({words} words of text visible).")
    if words < min_words:
        if _looks_like_js_shell(tree):
            return fail("js_shell", "The page only renders with JavaScript; its HTML carries no article text.")
        if words == 0:
            return fail("empty", "The page has no readable article text.")
        return fail("too_short", f"The article text has {words} words, fewer than extract.min_words ({min_words}).")
    meta = extract_metadata(tree, page.url, page.headers, page.fetched_at, text=text, visible_text=visible,
                            listed_title=page.listed_title, listed_published=page.listed_published)
    text = _drop_title_heading(text, meta.title)
    return ParsedPage(
        url=page.url, canonical_url=meta.canonical_url, title=meta.title, authors=meta.authors,
        published_at=meta.published_at, published_date=meta.published_date, outlet=meta.outlet,
        language=meta.language, text=text, fetched_at=page.fetched_at, embeds=embeds,
        flags=flags + meta.flags, published_from=meta.published_from,
    )


def _load_tree(html: str, flags: list[str]) -> lxml.html.HtmlElement | None:
    """A lenient parse; None when libxml2 cannot build any document.

    Broken markup (mismatched or unclosed tags) is repaired by the parser and flagged
    "broken_html". A page nested deeper than libxml2's limit would lose everything below the
    limit, so it is reparsed with its layout containers (div, span, ...) flattened.
    """
    tree, errors = _parse(html)
    if "ERR_RESOURCE_LIMIT" in errors:
        log.info("page nested too deeply for the parser; flattening layout containers")
        tree, _ = _parse(_LAYOUT_TAGS.sub(" ", html))
        flags.append("broken_html")
    elif "ERR_TAG_NAME_MISMATCH" in errors:
        flags.append("broken_html")
    return tree


def _parse(html: str) -> tuple[lxml.html.HtmlElement | None, set[str]]:
    parser = lxml.html.HTMLParser(
        huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
    )
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        log.debug("lxml could not parse the page: %s", exc)
        return None, set()
    return tree, {error.type_name for error in parser.error_log}


def _drop_title_heading(text: str, title: str | None) -> str:
    """The headline is metadata: drop it when it is the body's first block."""
    if not title:
        return text
    first, sep, rest = text.partition("\n\n")
    if sep and _normalise(first) == _normalise(title):
        return rest
    return text


def _normalise(value: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", value.casefold()).split())


def _visible_words(tree: lxml.html.HtmlElement) -> int:
    body = tree.find(".//body")
    if body is None:
        return 0
    clone = copy.deepcopy(body)
    for node in clone.xpath(".//script | .//style | .//noscript | .//template"):
        node.drop_tree()
    return count_words(clone.text_content())


def _looks_like_js_shell(tree: lxml.html.HtmlElement) -> bool:
    scripts = tree.xpath("//script")
    noscript = " ".join(node.text_content() for node in tree.xpath("//noscript"))
    mount = tree.xpath("//*[@id='root' or @id='app' or @id='__next' or @id='__nuxt' or @data-reactroot]")
    return bool(scripts) and (bool(JS_PATTERNS.search(noscript)) or bool(mount) or _visible_words(tree) < 15)


def _paywall_evidence(tree: lxml.html.HtmlElement, html: str, page_text: str, weak: bool = True) -> str | None:
    """"strong" (a paywall element, or JSON-LD isAccessibleForFree false), "weak" (subscription
    wording in ``page_text``, the body's text; common on free pages too; looked for only when
    ``weak``), or None.
    """
    if _paywall_marked(tree) or _NOT_FREE.search(html):
        return "strong"
    if weak and _has_paywall_wording(page_text):
        return "weak"
    return None


def _paywall_marked(tree: lxml.html.HtmlElement) -> bool:
    """An element whose class or id says "paywall", in any case."""
    return any("paywall" in value.lower() for value in _CLASSES(tree)) or any("paywall" in value.lower() for value in _IDS(tree))


def _has_paywall_wording(text: str) -> bool:
    """``PAYWALL_PATTERNS.search(text)``, answered without the case-insensitive regex when the
    case-folded text has none of the words every one of its phrases contains (the regex is
    about ten times slower than the check; ``İ`` and ``ı`` fold to ``i`` as the regex matches them)."""
    folded = text.replace("\u0130", "i").replace("\u0131", "i").casefold()
    return bool(_PAYWALL_WORDS.search(folded)) and bool(PAYWALL_PATTERNS.search(text))
