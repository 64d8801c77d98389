"""The article body of an HTML page, with trafilatura, as paragraphs of text.

Reads an lxml tree built by ``pipeline.extract.text``; writes nothing and never modifies the
tree. ``extract_body`` runs trafilatura (comments excluded, tables included) with the focus in
params ``extract.text_focus`` and retries with more inclusive settings when that leaves too
little (``FOCUS_ATTEMPTS``); the balanced extraction skips trafilatura's fallback comparison
where its own rules would keep the first result (``_balanced_extraction``). ``body_to_text``
renders trafilatura's XML body as blocks (paragraphs, headings, list items, block quotes)
joined by a blank line, so a quote running across paragraphs can still be found.
``count_words`` is the word count every length limit uses.
"""

from __future__ import annotations

import functools
import re

import lxml.html
import trafilatura
import trafilatura.external
from lxml import etree
from trafilatura.settings import DEFAULT_CONFIG, Document, Extractor

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
CONTAINER_TAGS = {"list", "quote", "table", "div", "section"}


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
    return extract_body_counted(tree, min_words, flags, focus, visible_text)[0]


def extract_body_counted(
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
                visible_text = " ".join(page_text(tree).split())
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


def page_text(tree: lxml.html.HtmlElement) -> str:
    """The text of the page's body as lxml gives it ("" when it has none)."""
    body = tree.find(".//body")
    return body.text_content() if body is not None else ""


