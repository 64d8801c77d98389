"""One fetched page to article text and metadata, or a Failure that says why not.

Reads a ``records.RawPage`` (raw body bytes, headers, URL); writes nothing. ``parse_page``
decides what the body is (HTML, plain text, or something else), decodes it
(``pipeline.extract.charset``), takes out embedded social posts (``pipeline.extract.embeds``),
extracts the article body without boilerplate with trafilatura, and reads the metadata
(``pipeline.extract.metadata``).

Body text: trafilatura, comments excluded, with the focus in params ``extract.text_focus``
(``precision``, ``balanced`` or ``recall``; default ``balanced``, chosen by measurement, see
``FOCUS_ATTEMPTS``), retried with more inclusive settings when that leaves too little. Blocks (paragraphs,
headings, list items, block quotes) are joined with a blank line, ``"\\n\\n"``, so a quote
running across paragraphs can still be found. Curly quotes are kept as written.

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
import functools
import json
import logging
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
import trafilatura.external
from lxml import etree
from trafilatura.settings import DEFAULT_CONFIG, Document, Extractor

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
# Measured on trafilatura's evaluation pages (text_eval.py): "balanced" (trafilatura's own
# heuristics, comments excluded) had both the higher precision and recall than bare
# trafilatura; favor_precision lost 3 points of recall for 1 of precision.
FOCUS_ATTEMPTS: dict[str, tuple[dict[str, bool], ...]] = {
    "precision": ({"favor_precision": True}, {}, {"favor_recall": True}),
    "balanced": ({}, {"favor_recall": True}),
    "recall": ({"favor_recall": True},),
}
# trafilatura's fallback comparison (see _balanced_extraction): its size floor, the tags that
# send its own extraction to justext, the share of the page text above which readability
# cannot win (half, with a margin for whitespace), the share of the page text in paragraphs
# from which a page is tried without the comparison first, and the teaser marks that only
# fast mode keeps.
# The rules are trafilatura 2.3's; with another version every page gets the full comparison
# until they are checked against its external.compare_extraction again.
FALLBACK_RULES_OF = "2.3."
_SHORTCUT = trafilatura.__version__.startswith(FALLBACK_RULES_OF)
_MIN_EXTRACTED_SIZE = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
_JUSTEXT_TAGS = etree.XPath(getattr(trafilatura.external, "SANITIZED_XPATH", "//*"))
PAGE_SHARE_KEPT = 0.55
PARAGRAPH_SHARE_TRIED = 0.5
# trafilatura prunes class or id "teaser" and "Teaser" (TEASER_DISCARD_XPATH); "easer" covers both
_PARAGRAPH_TEXT = etree.XPath("//p//text()", smart_strings=False)  # plain strings: only their lengths are read
# an element whose class or id contains "easer", found from the attributes (cheaper than testing every element)
_TEASER_MARKED = etree.XPath("boolean(//@class[contains(., 'easer')] | //@id[contains(., 'easer')])")
_HAS_PARAGRAPH_TEXT = etree.XPath("boolean(.//p//text())")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LAYOUT_TAGS = re.compile(r"</?(?:div|span|section|font|center|b|i|u|em|strong|small|big)\b[^>]*>", re.IGNORECASE)
CONTAINER_TAGS = {"list", "quote", "table", "div", "section"}


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
    page_text = _page_text(tree)  # read once: the extraction shortcut, paywall and metadata use it
    visible = " ".join(page_text.split())
    text, words = _extract_body_counted(tree, min_words, flags, str(focus), visible)
    # Paywall evidence only matters for a short text: strong evidence under the larger of the
    # two limits, any evidence under min_words (so a long article is never searched for it).
    paywall = _paywall_evidence(tree, html, page_text, weak=words < min_words) if words < max(min_words, paywall_max) else None
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


def extract_body(
    tree: lxml.html.HtmlElement, min_words: int, flags: list[str] | None = None, focus: str = "balanced",
    visible_text: str | None = None,
) -> str:
    """The article body of ``tree`` as paragraphs joined by blank lines ("" when none).

    ``focus`` (params ``extract.text_focus``) picks trafilatura's first setting; when that
    leaves fewer than ``min_words`` words, the more inclusive settings are tried in turn.
    ``visible_text``: the text of the page's body, whitespace collapsed, when the caller has it.
    ``tree`` is not modified (trafilatura works on its own copy). Only the body is read:
    ``metadata.extract_metadata`` asks trafilatura for the metadata when it needs it.
    """
    return _extract_body_counted(tree, min_words, flags, focus, visible_text)[0]


def _extract_body_counted(
    tree: lxml.html.HtmlElement, min_words: int, flags: list[str] | None, focus: str, visible_text: str | None,
) -> tuple[str, int]:
    """``extract_body`` and the number of words of its text (``count_words``)."""
    attempts = FOCUS_ATTEMPTS.get(focus, FOCUS_ATTEMPTS["balanced"])
    best, best_words = "", 0
    for number, options in enumerate(attempts):
        if options:
            document = _extraction(tree, **options)
        else:
            if visible_text is None:
                visible_text = " ".join(_page_text(tree).split())
            document = _balanced_extraction(tree, len(visible_text))
        if document is None or document.body is None:
            continue
        text = body_to_text(document.body)
        words = count_words(text)
        if words > best_words:
            best, best_words = text, words
        if best_words >= min_words:
            if number > 0 and flags is not None:
                flags.append("recall_fallback")
            break
    return best, best_words


def _extraction(tree: lxml.html.HtmlElement, **options: bool) -> Document | None:
    """``trafilatura.bare_extraction`` of ``tree`` with ``options`` (fast, favor_precision,
    favor_recall), comments excluded, tables included."""
    return trafilatura.bare_extraction(tree, options=_extractor(**options))


@functools.cache
def _extractor(fast: bool = False, favor_precision: bool = False, favor_recall: bool = False) -> Extractor:
    """The settings bare_extraction would build from these arguments, built once: building
    them reads trafilatura's config file values anew, a tenth of a fast extraction. (Their
    date parameters are for metadata, which this extraction does not read.) Output format
    "xml": the same body tree, without the plain-text rendering that "python" adds (we
    render the body ourselves, ``body_to_text``)."""
    return Extractor(
        output_format="xml", fast=fast, precision=favor_precision, recall=favor_recall,
        comments=False, tables=True,
    )


def _balanced_extraction(tree: lxml.html.HtmlElement, visible: int) -> Document | None:
    """trafilatura's balanced extraction with its fallback comparison (readability, justext),
    without running the comparison where it is bound to keep trafilatura's own result.

    The comparison costs a third of the extraction and changes nothing on a plain article
    page. So a page whose paragraphs hold at least half of its text (``PARAGRAPH_SHARE_TRIED``)
    and that has no teaser-marked element (the one thing fast mode's own extractor does
    differently: it keeps teasers) is first extracted without it (``fast=True``). That result
    is kept only when the comparison's own rules keep it (``_comparison_keeps``); otherwise the
    page is extracted again, with the comparison. Other pages go straight to the comparison
    (on trafilatura's evaluation pages, three in four: boilerplate-heavy pages rarely pass).
    ``visible``: characters of text in the page's body, whitespace collapsed.
    One case the test cannot see: fast mode's first pass short (under a fifth of the page) and
    its recall retry returning over half of the page; the full extraction would have compared
    the short pass first. Same text as the full extraction on all 664 pages we measure
    (benchmark corpus and evaluation set); ``tests/extract/test_text.py`` checks it on more.
    """
    if _SHORTCUT and visible and _paragraph_chars(tree) >= PARAGRAPH_SHARE_TRIED * visible and not _TEASER_MARKED(tree):
        quick = _extraction(tree, fast=True)
        if quick is not None and quick.body is not None and _comparison_keeps(quick, visible):
            return quick
    return _extraction(tree)


def _paragraph_chars(tree: lxml.html.HtmlElement) -> int:
    """Characters of text in the page's paragraphs (whitespace as written: a cheap estimate)."""
    return sum(map(len, _PARAGRAPH_TEXT(tree)))


def _comparison_keeps(document: Document, visible: int) -> bool:
    """True when trafilatura's fallback comparison would keep ``document``, its own extraction
    of a page with ``visible`` characters of text (trafilatura 2.3
    ``external.compare_extraction``, balanced focus): the text is long enough and free of the
    tags that call in justext; it has paragraphs and no more tables than paragraphs; and it is
    more than half of the page's text (``PAGE_SHARE_KEPT``), so readability, which returns a
    part of the page, cannot be twice as long. Text that covers that much of the page is not
    retried in recall mode either. A body shaped like trafilatura's rescue dump (``baseline``:
    bare paragraphs whose texts joined by newlines are the whole text) is never kept here.
    """
    body, own = document.body, document.raw_text or ""
    if len(own) < _MIN_EXTRACTED_SIZE or _JUSTEXT_TAGS(body):
        return False
    if not _HAS_PARAGRAPH_TEXT(body) or len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    if all(child.tag == "p" and not len(child) for child in body) and own == "\n".join(p.text or "" for p in body):
        return False
    return len(own) >= PAGE_SHARE_KEPT * visible


def body_to_text(body: etree._Element) -> str:
    """Trafilatura's XML body as text: one block per paragraph, blocks separated by "\\n\\n"."""
    blocks: list[str] = []
    _collect_blocks(body, blocks, plain=not _SPECIAL_NODES(body))
    return "\n\n".join(block for block in blocks if block)


# What makes a block's text more than its text nodes in order: line breaks, comments and
# processing instructions (whose text _inline_text keeps and itertext skips).
_SPECIAL_NODES = etree.XPath(".//lb | .//comment() | .//processing-instruction()")


def _collect_blocks(node: etree._Element, blocks: list[str], plain: bool = False) -> None:
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in CONTAINER_TAGS and len(child):
            blocks.append(" ".join((child.text or "").split()))
            _collect_blocks(child, blocks, plain)
        elif tag == "row":
            cells = [_inline_text(cell, plain) for cell in child]
            blocks.append(" | ".join(cell for cell in cells if cell))
        elif tag:
            blocks.append(_inline_text(child, plain))
        if tag and (child.tail or "").strip():
            blocks.append(" ".join(child.tail.split()))


def _inline_text(node: etree._Element, plain: bool = False) -> str:
    """A block's text; ``<lb/>`` line breaks become newlines, other whitespace runs one space.
    ``plain``: the block has no line break, comment or processing instruction, so its text
    is its text nodes in document order (libxml2's text serialisation, as ``itertext`` gives them)."""
    if plain:
        raw = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
        if "\n" not in raw:
            return " ".join(raw.split())
    else:
        parts: list[str] = []

        def walk(element: etree._Element) -> None:
            if element.tag == "lb":
                parts.append("\n")
            elif element.text:
                parts.append(element.text)
            for sub in element:
                walk(sub)
                if sub.tail:
                    parts.append(sub.tail)

        walk(node)
        raw = "".join(parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    return "\n".join(line for line in lines if line)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Words in ``text``; in Chinese, Japanese and Korean, which do not space words, two
    characters count as one word (a common rule of thumb for min_words)."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    spaced = len(_CJK.sub(" ", text).split())
    return spaced + cjk // 2


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


def _page_text(tree: lxml.html.HtmlElement) -> str:
    """The text of the page's body as lxml gives it ("" when it has none)."""
    body = tree.find(".//body")
    return body.text_content() if body is not None else ""


def _has_paywall_wording(text: str) -> bool:
    """``PAYWALL_PATTERNS.search(text)``, answered without the case-insensitive regex when the
    case-folded text has none of the words every one of its phrases contains (the regex is
    about ten times slower than the check; ``İ`` and ``ı`` fold to ``i`` as the regex matches them)."""
    folded = text.replace("\u0130", "i").replace("\u0131", "i").casefold()
    return bool(_PAYWALL_WORDS.search(folded)) and bool(PAYWALL_PATTERNS.search(text))
