"""extract_metadata reads trafilatura's metadata only for the fields our own sources leave empty."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
import trafilatura
from trafilatura import metadata as traf_metadata

from pipeline.extract import fallback_metadata, metadata
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
    """How many times extract_metadata started reading trafilatura's metadata of a page
    (every field starts from its meta-tag pass, read once per page)."""
    calls = []
    real = fallback_metadata.traf_metadata.examine_meta

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(fallback_metadata.traf_metadata, "examine_meta", counting)
    monkeypatch.setattr(fallback_metadata.trafilatura, "extract_metadata", lambda *a, **k: pytest.fail("read whole"))
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


FIXTURES = Path(__file__).parent / "fixtures_html"
# One page per way trafilatura's byline XPaths can find an author, and pages with none.
BYLINES = [
    '<p class="byline">By Rhona MacLeod</p>', '<span class="author-name">Rhona MacLeod</span>',
    '<a rel="author" href="/people/rhona">Rhona MacLeod</a>', '<div id="author">Rhona MacLeod</div>',
    '<span itemprop="author name">Rhona MacLeod</span>', '<author>Rhona MacLeod</author>',
    '<div data-testid="AuthorCard">Rhona MacLeod</div>', '<div class="BBL">Rhona MacLeod</div>',
    '<h4 class="submitted-by">Rhona MacLeod</h4>', '<span class="screenname">rhona</span>',
    '<em data-component="Byline">Rhona MacLeod</em>', '<section id="xAuthor">Rhona MacLeod</section>',
    '<p class="story-writer">Rhona MacLeod</p>', '<div><rel>me</rel>Rhona MacLeod</div>',
    "<p><em>By Rhona MacLeod, 30 May 2019</em></p>", '<p class="lede">Rhona MacLeod reports.</p>', "",
]
HEADS = [
    "<title>Ferry timetable changes - Island Post</title>",
    '<title>Ferry | islandpost.example</title><meta property="og:url" content="https://islandpost.example/a?x=1&amp;y=2">',
    '<meta property="og:site_name" content="@islandpost"><meta name="author" content="Rhona">',
    '<meta property="og:title" content="Ferry &amp; bus"><meta name="date" content="2019-05-30">',
    '<link rel="canonical" href="/news/ferry"><meta property="og:image" content="https://islandpost.example/i.png">',
]


def stepwise_pages() -> list[str]:
    pages = [path.read_text("utf-8") for path in sorted(FIXTURES.glob("*.html"))] + [TAGGED, UNTAGGED]
    for number, byline in enumerate(BYLINES):
        head = HEADS[number % len(HEADS)]
        pages.append(f"<html><head>{head}</head><body><article><h1>Ferry timetable changes</h1>{byline}"
                     f'<p class="date">Published 30/05/2019</p>{PROSE}</article></body></html>')
    return pages


@pytest.mark.skipif(not fallback_metadata._STEPWISE, reason="stepwise reading mirrors trafilatura 2.3 only")
def test_stepwise_fields_equal_trafilatura_extract_metadata():
    url = "https://islandpost.example/news/ferry"
    for html in stepwise_pages():
        tree = tree_of(html)
        eager = trafilatura.extract_metadata(tree, default_url=url, extensive=False)
        fallback = fallback_metadata.TrafilaturaFallback(tree, url, None)
        for name in ("sitename", "date", "author", "title"):  # an order unlike trafilatura's
            assert getattr(fallback, name)() == getattr(eager, name), (name, html[:200])


def test_byline_precheck_never_hides_a_byline_trafilatura_finds():
    found = 0
    for html in stepwise_pages():
        tree = tree_of(html)
        if traf_metadata.extract_author(tree) is not None:
            found += 1
            assert fallback_metadata._may_name_author(tree), html[:200]
    assert found >= 12
    assert not fallback_metadata._may_name_author(tree_of(f"<html><body><p><em>By Rhona MacLeod</em></p>{PROSE}</body></html>"))


def test_microdata_read_only_from_pages_that_have_it():
    html = ('<html><body><div itemscope itemtype="https://schema.org/NewsArticle">'
            '<h1 itemprop="headline">Ferry timetable changes</h1>'
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rhona MacLeod</span></span>'
            f"{PROSE}</div></body></html>")
    meta = extract_metadata(tree_of(html), "https://islandpost.example/news/ferry", {}, FETCHED)
    assert (meta.title, meta.authors) == ("Ferry timetable changes", ["Rhona MacLeod"])
    assert metadata._microdata(tree_of(UNTAGGED), "https://islandpost.example/") == []


# What a feed or news sitemap entry said about the page (RawPage.listed_title / listed_published).
BARE = (  # no title, no date anywhere: only the listing can date it
    f"<html><body><article>{PROSE}</article></body></html>"
)
LISTED = {"listed_title": "Ferry timetable to change after consultation", "listed_published": "2019-05-29T21:15:00+00:00"}


@pytest.fixture
def no_htmldate(monkeypatch):
    """Fails the test when extract_metadata asks htmldate (trafilatura's date) for a date."""
    monkeypatch.setattr(fallback_metadata.TrafilaturaFallback, "date", lambda self: pytest.fail("htmldate was asked"))


def test_the_pages_own_date_and_title_beat_the_listing():
    meta = extract_metadata(tree_of(TAGGED), "https://islandpost.example/news/ferry", {}, FETCHED, **LISTED)
    assert (meta.title, meta.published_at) == ("Ferry timetable changes", "2019-05-30T08:00:00+00:00")
    assert (meta.flags, meta.published_from) == ([], "page")


def test_a_page_without_date_or_title_takes_the_listings_and_says_so(no_htmldate):
    meta = extract_metadata(tree_of(BARE), "https://islandpost.example/news/ferry", {}, FETCHED, **LISTED)
    assert meta.title == "Ferry timetable to change after consultation"
    assert (meta.published_at, meta.published_date) == ("2019-05-29T21:15:00+00:00", "2019-05-29")
    assert (meta.flags, meta.published_from) == ([], "listing")


def test_an_empty_listing_title_is_no_title():
    meta = extract_metadata(tree_of(BARE), "https://islandpost.example/news/ferry", {}, FETCHED, listed_title="  \n ")
    assert (meta.title, meta.flags) == (None, [])


def test_the_listing_date_comes_before_htmldate(no_htmldate):
    """UNTAGGED has a <time> only htmldate reads (2019-05-30): the feed's stated time wins."""
    meta = extract_metadata(tree_of(UNTAGGED), "https://islandpost.example/news/ferry", {}, FETCHED,
                            listed_published="2019-05-29T21:15:00+00:00")
    assert meta.published_at == "2019-05-29T21:15:00+00:00"
    assert meta.title == "Ferry timetable changes" and (meta.flags, meta.published_from) == ([], "listing")


def test_a_future_or_epoch_listing_date_is_dropped_like_any_other():
    url = "https://islandpost.example/news/ferry"
    future = extract_metadata(tree_of(UNTAGGED), url, {}, FETCHED, listed_published="2031-01-01T00:00:00+00:00")
    assert future.published_date == "2019-05-30"  # htmldate, as without a listing
    assert (future.flags, future.published_from) == (["date_future"], "page_text")
    epoch = extract_metadata(tree_of(BARE), url, {}, FETCHED, listed_published="1970-01-01T00:00:00+00:00")
    assert (epoch.published_at, epoch.flags, epoch.published_from) == (None, ["date_epoch"], None)
    garbage = extract_metadata(tree_of(BARE), url, {}, FETCHED, listed_published="not a date")
    assert (garbage.published_at, garbage.flags) == (None, [])


def test_a_dropped_page_date_falls_to_the_listing(no_htmldate):
    html = BARE.replace("<html>", '<html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head>')
    meta = extract_metadata(tree_of(html), "https://islandpost.example/news/ferry", {}, FETCHED, **LISTED)
    assert meta.published_at == "2019-05-29T21:15:00+00:00"
    assert (meta.flags, meta.published_from) == (["date_future"], "listing")


def test_a_listed_day_takes_the_datelines_time(no_htmldate):
    html = BARE.replace("<article>", "<article><p>Stornoway, Thursday 30 May 2019, 09:40 BST</p>")
    meta = extract_metadata(tree_of(html), "https://islandpost.example/news/ferry", {}, FETCHED,
                            listed_published="2019-05-30")
    assert (meta.published_at, meta.published_date) == ("2019-05-30T08:40:00+00:00", "2019-05-30")


def test_parse_page_passes_the_raw_pages_listing_on():
    import base64

    from pipeline.extract.text import ParsedPage, parse_page
    from pipeline.records import RawPage

    more = ("<p>Residents of the smaller islands said the later Friday return would let them attend "
            "evening classes on the mainland without staying overnight in a hotel.</p>")
    body = BARE.replace("<article>", "<article>" + more)
    raw = RawPage(url="https://islandpost.example/news/ferry", requested_url="https://islandpost.example/news/ferry",
                  status=200, headers={"content-type": "text/html; charset=utf-8"},
                  body_b64=base64.b64encode(body.encode()).decode(), fetched_at=FETCHED, source="feed",
                  source_url="https://islandpost.example/feed.xml", **LISTED)
    parsed = parse_page(raw, {"extract": {"min_words": 30}})
    assert isinstance(parsed, ParsedPage)
    assert (parsed.title, parsed.published_at) == (LISTED["listed_title"], LISTED["listed_published"])
    assert parsed.published_from == "listing"
    unlisted = parse_page(RawPage(**{**raw.__dict__, "listed_title": None, "listed_published": None}), {})
    assert isinstance(unlisted, ParsedPage) and unlisted.published_at is None
    assert unlisted.published_from is None
