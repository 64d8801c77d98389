"""trafilatura's metadata of a page, field by field: the last source ``metadata.py`` asks.

Reads a parsed lxml tree and its URL; writes nothing. ``TrafilaturaFallback`` gives the title,
byline, date (htmldate) and site name that ``trafilatura.extract_metadata`` would give, each
computed only when asked for.
"""

from __future__ import annotations

import logging
import re
from html import unescape

import lxml.html
import trafilatura
from lxml import etree
from trafilatura import metadata as traf_metadata
from trafilatura.settings import Document, set_date_params
from trafilatura.utils import line_processing

log = logging.getLogger(__name__)

# trafilatura's extract_metadata as TrafilaturaFallback computes it step by step: version 2.3's.
STEPWISE_OF = "2.3."
_STEPWISE = trafilatura.__version__.startswith(STEPWISE_OF)


class TrafilaturaFallback:
    """trafilatura's metadata of the page, field by field, each read at its first use.

    The values of ``trafilatura.extract_metadata(tree, default_url=url, extensive=False)``
    (or of ``known``, when the caller has that Document), computed the way that function
    computes them in trafilatura 2.3 (``STEPWISE_OF``): meta tags and JSON-LD first, then the
    title, byline, URL, date (htmldate) and site name each from its own search. Only the fields
    asked for are computed; categories, tags and license never are. The byline search, which
    copies the page, runs only on pages with an element its XPaths could match (``_may_name_author``).
    With another trafilatura version the whole of ``extract_metadata`` is read once instead.
    ``tests/extract/test_metadata.py`` holds the fields to trafilatura's own on every fixture.
    """

    def __init__(self, tree: lxml.html.HtmlElement, url: str, known: Document | None) -> None:
        self._tree, self._url, self._known = tree, url, known
        self._fields: dict[str, str | None] = {}
        self._base: Document | None = None

    def _whole(self) -> Document:
        if self._known is None:
            self._known = trafilatura.extract_metadata(
                self._tree, default_url=self._url, date_config=set_date_params(False), extensive=False
            )
        return self._known

    def _field(self, name: str) -> str | None:
        if self._known is not None or not _STEPWISE:
            return getattr(self._whole(), name)
        if name not in self._fields:
            value = getattr(self, "_read_" + name)()
            if isinstance(value, str):  # Document.clean_and_trim, for one field
                value = line_processing(unescape(value if len(value) <= 10000 else value[:9999] + "…"))
            self._fields[name] = value
        return self._fields[name]

    def title(self) -> str | None:
        return self._field("title")

    def author(self) -> str | None:
        return self._field("author")

    def date(self) -> str | None:
        return self._field("date")

    def sitename(self) -> str | None:
        return self._field("sitename")

    def _meta(self) -> Document:
        """What the page's meta tags and JSON-LD say (the start of ``extract_metadata``)."""
        if self._base is None:
            base = traf_metadata.examine_meta(self._tree)
            if base.author and " " not in base.author:
                base.author = None
            try:
                base = traf_metadata.extract_meta_json(self._tree, base)
            except Exception as exc:  # noqa: BLE001 - trafilatura guards this call the same way
                log.debug("trafilatura's JSON metadata reader failed: %s", exc)
            self._base = base
        return self._base

    def _read_title(self) -> str | None:
        return self._meta().title or traf_metadata.extract_title(self._tree)

    def _read_author(self) -> str | None:
        if self._meta().author:
            return self._meta().author
        return traf_metadata.extract_author(self._tree) if _may_name_author(self._tree) else None

    def _page_url(self) -> str | None:
        """The page's URL as trafilatura reads it (before its final trimming, as it uses it)."""
        if "url" not in self._fields:
            self._fields["url"] = self._meta().url or traf_metadata.extract_url(self._tree, self._url)
        return self._fields["url"]

    def _read_date(self) -> str | None:
        return traf_metadata.find_date(self._tree, **set_date_params(False), url=self._page_url())

    def _read_sitename(self) -> str | None:
        sitename = self._meta().sitename or traf_metadata.extract_sitename(self._tree)
        if sitename:
            sitename = sitename.lstrip("@")
            if sitename and "." not in sitename and not sitename[0].isupper():
                sitename = sitename.title()
            return sitename
        url = self._page_url()
        match = traf_metadata.META_URL.match(url) if url else None
        return match[1] if match else None


# trafilatura's byline XPaths (xpaths.AUTHOR_XPATHS) only match elements named author or rel, or
# elements with one of these attributes holding one of these words (case aside): a page without
# any has no byline for trafilatura to find.
_AUTHOR_ATTRIBUTES = etree.XPath("//@class | //@id | //@rel | //@itemprop | //@data-testid | //@data-component", smart_strings=False)
_AUTHOR_WORDS = re.compile(
    "author|byl|bbl|username|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|journalist-name|"
    "screenname|writer",
    re.IGNORECASE,
)


def _may_name_author(tree: lxml.html.HtmlElement) -> bool:
    """False when trafilatura's byline search cannot find anything in ``tree``."""
    if next(tree.iter("author", "rel"), None) is not None:
        return True
    return bool(_AUTHOR_WORDS.search("\n".join(_AUTHOR_ATTRIBUTES(tree))))
