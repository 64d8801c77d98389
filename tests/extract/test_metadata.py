"""extract_metadata reads trafilatura's metadata only for the fields our own sources leave empty."""

from __future__ import annotations

import lxml.html
import pytest
import trafilatura

from pipeline.extract import metadata
from pipeline.extract.metadata import extract_metadata

FETCHED = "2019-06-01T12:00:00+00:00"
PROSE = (
    "<p>The ferry timetable changes next month after a long consultation with island residents, "
    "who asked for an earlier morning crossing and a later return on Fridays.</p>"
)
TAGGED = (
    '<html lang="en"><head><title>Ferry timetable changes | Island Post</title>'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable changes",'
    ' "author": {"@type": "Person", "name": "Rhona MacLeod"}, "datePublished": "2019-05-30T08:00:00Z",'
    ' "publisher": {"@type": "Organization", "name": "Island Post"}}</script></head>'
    f"<body><article>{PROSE}</article></body></html>"
)
UNTAGGED = (
    "<html><head><title>Ferry timetable changes</title></head><body><article>"
    '<p class="byline">By <span class="author">Rhona MacLeod</span></p>'
    f'<p><time datetime="2019-05-30">30 May 2019</time></p>{PROSE}</article></body></html>'
)


def tree_of(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


@pytest.fixture
def trafilatura_reads(monkeypatch):
    """How many times extract_metadata asked trafilatura for the page's metadata."""
    calls = []
    real = trafilatura.extract_metadata

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(metadata.trafilatura, "extract_metadata", counting)
    return calls


def test_tagged_page_never_asks_trafilatura(trafilatura_reads):
    meta = extract_metadata(tree_of(TAGGED), "https://islandpost.example/news/ferry", {}, FETCHED)
    assert (meta.title, meta.authors, meta.published_at, meta.outlet) == (
        "Ferry timetable changes", ["Rhona MacLeod"], "2019-05-30T08:00:00+00:00", "Island Post")
    assert trafilatura_reads == []


def test_untagged_page_asks_trafilatura_once_and_uses_it(trafilatura_reads):
    meta = extract_metadata(tree_of(UNTAGGED), "https://islandpost.example/news/ferry", {}, FETCHED)
    assert meta.title == "Ferry timetable changes"
    assert meta.authors == ["Rhona MacLeod"]  # trafilatura's byline
    assert meta.published_date == "2019-05-30"  # htmldate, through trafilatura
    assert len(trafilatura_reads) == 1


def test_lazy_read_gives_what_an_eager_one_gives():
    for html in (TAGGED, UNTAGGED):
        tree = tree_of(html)
        url = "https://islandpost.example/news/ferry"
        eager = trafilatura.extract_metadata(tree, default_url=url, extensive=False)
        assert extract_metadata(tree, url, {}, FETCHED, traf=eager) == extract_metadata(tree, url, {}, FETCHED)


def test_a_dropped_future_date_falls_back_to_trafilatura_and_stays_flagged():
    html = UNTAGGED.replace("<head>", '<head><meta property="article:published_time" content="2031-01-01T00:00:00Z">')
    meta = extract_metadata(tree_of(html), "https://islandpost.example/news/ferry", {}, FETCHED)
    assert meta.published_date == "2019-05-30"
    assert meta.flags == ["date_future"]
