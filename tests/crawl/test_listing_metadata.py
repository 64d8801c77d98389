"""What a feed or news sitemap says about an article (title, publication time) reaches the
article's RawPage through a real crawl on loopback, and extraction uses it where the page is silent."""

from __future__ import annotations

from datetime import datetime, timezone

from pipeline.config import Sources
from pipeline.crawl.listing import feed_entries, sitemap_entries
from pipeline.extract.text import ParsedPage, parse_page

# Invented articles: bodies long enough to pass extract.min_words, no date and no <title> in the HTML.
UNDATED = """<!doctype html><html><head><meta charset="utf-8"></head><body><article>
<p>The harbour board voted on Tuesday to close the north pier to lorries from next spring, after
engineers found that the timber piles under its outer end had rotted further than expected.</p>
<p>Fishing boats will still land their catch there, but fuel deliveries move to the south quay,
which the board says it will widen before the closure begins. {marker}</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour news</title><link>{base}/</link><description>d</description>
<item><title>  Pier closes to lorries &amp;amp; vans: what changes
   for fuel deliveries  </title><link>{base}/feed-story.html</link><pubDate>Tue, 14 Mar 2023 17:05:00 +0100</pubDate></item>
<item><title><![CDATA[Board <em>backs</em> south quay plan]]></title><description>x</description>
<link>{base}/moved.html</link><pubDate>Wed, 15 Mar 2023 08:00:00 GMT</pubDate></item>
<item><title></title><link>{base}/untitled.html</link><pubDate>Thu, 16 Mar 2023 09:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title><id>urn:h</id><updated>2023-03-20T10:00:00Z</updated>
<entry><title type="html">Tides &amp;amp; timetables</title><id>urn:h:1</id><link href="{base}/atom-story.html"/>
<updated>2023-03-20T10:00:00Z</updated></entry>
</feed>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/sitemap-story.html</loc><news:news><news:publication><news:name>Harbour Times</news:name>
<news:language>en</news:language></news:publication><news:publication_date>2023-03-17T06:30:00-04:00</news:publication_date>
<news:title>Engineers&#8217; report on the north pier, in full</news:title></news:news></url>
<url><loc>{base}/sitemap-day.html</loc><news:news><news:publication_date>2023-03-18</news:publication_date>
<news:title> </news:title></news:news></url>
<url><loc>{base}/sitemap-future.html</loc><news:news><news:publication_date>2031-01-01T00:00:00Z</news:publication_date>
<news:title>From the future</news:title></news:news></url>
<url><loc>{base}/lastmod-only.html</loc><lastmod>2023-03-19</lastmod></url>
</urlset>"""

PATHS = ("/feed-story.html", "/landing.html", "/untitled.html", "/atom-story.html", "/sitemap-story.html",
         "/sitemap-day.html", "/sitemap-future.html", "/lastmod-only.html", "/direct.html")


def serve(httpserver) -> str:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(FEED.format(base=base), content_type="application/rss+xml")
    httpserver.expect_request("/atom.xml").respond_with_data(ATOM.format(base=base), content_type="application/atom+xml")
    httpserver.expect_request("/news.xml").respond_with_data(NEWS_SITEMAP.format(base=base), content_type="application/xml")
    httpserver.expect_request("/moved.html").respond_with_data("", status=301, headers={"Location": f"{base}/landing.html"})
    for path in PATHS:
        httpserver.expect_request(path).respond_with_data(UNDATED.format(marker=path), content_type="text/html; charset=utf-8")
    return base


def test_listings_title_and_date_reach_the_raw_page(httpserver, crawl_into) -> None:
    base = serve(httpserver)
    sources = Sources(articles=(f"{base}/direct.html",), feeds=(f"{base}/feed.xml", f"{base}/atom.xml"),
                      sitemaps=(f"{base}/news.xml",))
    out = crawl_into(sources, obey_robots=False)
    listed = {p.url.removeprefix(base): (p.listed_title, p.listed_published) for p in out.pages}
    assert listed == {
        # entities decoded (once more for a double-escaped one), whitespace collapsed, offset made UTC
        "/feed-story.html": ("Pier closes to lorries & vans: what changes for fuel deliveries", "2023-03-14T16:05:00+00:00"),
        # a redirect keeps the request's meta: the listing's values land on the final URL
        "/landing.html": ("Board backs south quay plan", "2023-03-15T08:00:00+00:00"),
        "/untitled.html": (None, "2023-03-16T09:00:00+00:00"),
        # Atom "updated" is when the entry last changed, not a publication time
        "/atom-story.html": ("Tides & timetables", None),
        "/sitemap-story.html": ("Engineers’ report on the north pier, in full", "2023-03-17T10:30:00+00:00"),
        "/sitemap-day.html": (None, "2023-03-18"),  # a bare day stays a bare day
        # kept as stated: extraction drops a future date, as it drops one in the page
        "/sitemap-future.html": ("From the future", "2031-01-01T00:00:00+00:00"),
        "/lastmod-only.html": (None, None),  # lastmod is not a publication date
        "/direct.html": (None, None),  # given as an article URL: no listing
    }
    assert out.page(f"{base}/landing.html").requested_url == f"{base}/moved.html"

    parsed = {p.url.removeprefix(base): parse_page(p, {}) for p in out.pages}
    assert all(isinstance(p, ParsedPage) for p in parsed.values())
    story = parsed["/sitemap-story.html"]
    assert (story.title, story.published_at) == ("Engineers’ report on the north pier, in full", "2023-03-17T10:30:00+00:00")
    assert story.published_from == "listing"
    assert parsed["/sitemap-future.html"].published_at is None and "date_future" in parsed["/sitemap-future.html"].flags
    for path in ("/direct.html", "/lastmod-only.html", "/atom-story.html"):
        assert parsed[path].published_at is None and parsed[path].published_from is None, path


def test_the_date_window_still_sees_lastmod_and_updated() -> None:
    base = "https://harbour.example"
    _, entries = sitemap_entries(NEWS_SITEMAP.format(base=base).encode())
    by_url = {e.url.removeprefix(base): e for e in entries}
    assert by_url["/lastmod-only.html"].published is None
    assert by_url["/lastmod-only.html"].window_date == datetime(2023, 3, 19, tzinfo=timezone.utc)
    [atom] = feed_entries(ATOM.format(base=base).encode())
    assert atom.published is None and atom.window_date == datetime(2023, 3, 20, 10, tzinfo=timezone.utc)
