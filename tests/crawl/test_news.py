"""The news spider against a loopback server: article URLs (http and file), RSS, Atom,
news sitemaps and sitemap indexes, the date window, the per-source limit, robots.txt."""

from __future__ import annotations

import gzip
from pathlib import Path

from pipeline.config import Sources
from tests.crawl.conftest import html_page

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>{base}/</link><description>d</description>
<item><title>Old</title><link>{base}/old.html</link><pubDate>Mon, 30 Oct 2017 09:00:00 GMT</pubDate></item>
<item><title>In window</title><link>{base}/new.html</link><pubDate>Fri, 03 Nov 2017 09:00:00 GMT</pubDate></item>
<item><title>Relative</title><link>/relative.html</link></item>
<item><title>Local file</title><link>file:///etc/hostname</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2017-11-03T10:00:00Z</updated>
<entry><title>One</title><id>urn:1</id><link rel="alternate" href="{base}/atom-1.html"/><updated>2017-11-03T10:00:00Z</updated></entry>
<entry><title>Two</title><id>urn:2</id><link href="{base}/atom-2.html"/><published>2017-11-04T10:00:00Z</published><updated>2017-11-04T10:00:00Z</updated></entry>
</feed>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/s-1.html</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2017-11-03T08:00:00+00:00</news:publication_date><news:title>S1</news:title></news:news></url>
<url><loc>{base}/s-old.html</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2016-01-01</news:publication_date><news:title>Old</news:title></news:news></url>
<url><loc>{base}/s-2.html</loc><lastmod>2017-11-04</lastmod></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/child-a.xml</loc></sitemap><sitemap><loc>{base}/child-b.xml.gz</loc></sitemap>
</sitemapindex>"""

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>"""


def serve_pages(httpserver, *paths: str) -> None:
    for path in paths:
        httpserver.expect_request(path).respond_with_data(html_page(path), content_type="text/html; charset=utf-8")


def test_article_urls_over_http_and_from_files(httpserver, crawl_into, tmp_path: Path) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow:\n")
    httpserver.expect_request("/story.html").respond_with_data(
        html_page("Story"), content_type="text/html; charset=utf-8",
        headers={"Last-Modified": "Fri, 03 Nov 2017 09:00:00 GMT", "Content-Language": "en", "ETag": '"abc"'},
    )
    httpserver.expect_request("/moved").respond_with_data("", status=301, headers={"Location": "/story-final.html"})
    serve_pages(httpserver, "/story-final.html")
    html_file = tmp_path / "local story.html"
    html_file.write_text(html_page("Local"), encoding="utf-8")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("He said “hello”.\n", encoding="utf-8")
    sources = Sources(articles=(httpserver.url_for("/story.html"), httpserver.url_for("/moved"),
                                html_file.as_uri(), text_file.as_uri(), (tmp_path / "missing.html").as_uri()))
    out = crawl_into(sources)

    page = out.page(httpserver.url_for("/story.html"))
    assert page.status == 200 and page.source == "article" and page.source_url is None
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["last-modified"] == "Fri, 03 Nov 2017 09:00:00 GMT"
    assert page.headers["content-language"] == "en" and page.headers["etag"] == '"abc"'
    assert b"<h1>Story</h1>" in out.body(page.url)
    moved = out.page(httpserver.url_for("/story-final.html"))
    assert moved.requested_url == httpserver.url_for("/moved")
    local = out.page(html_file.as_uri())
    assert local.status == 200 and local.headers == {"content-type": "text/html"}
    assert out.body(text_file.as_uri()) == text_file.read_bytes()
    assert out.page(text_file.as_uri()).headers == {"content-type": "text/plain"}
    assert out.failure_status((tmp_path / "missing.html").as_uri()) == "not_found"
    assert out.stats["pages"] == 4 and out.stats["pages_by_source"] == {"article": 4}


def test_rss_feed_date_window_and_no_file_links(httpserver, crawl_into) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(RSS.format(base=base), content_type="application/rss+xml")
    serve_pages(httpserver, "/old.html", "/new.html", "/relative.html")
    out = crawl_into(Sources(feeds=(f"{base}/feed.xml",)), since="2017-11-01", until="2017-11-30")

    assert sorted(p.url for p in out.pages) == [f"{base}/new.html", f"{base}/relative.html"]
    assert all(p.source == "feed" and p.source_url == f"{base}/feed.xml" for p in out.pages)
    # A feed may never point at a local file (feedparser normalises the URL to file://etc/hostname).
    assert [(f.url.startswith("file:"), f.status) for f in out.failures] == [(True, "refused")]
    assert out.stats["outside_date_window"] == 1
    assert not any(req.path == "/old.html" for req, _ in httpserver.log)


def test_atom_feed_and_per_source_limit(httpserver, crawl_into) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/atom.xml").respond_with_data(ATOM.format(base=base), content_type="application/atom+xml")
    serve_pages(httpserver, "/atom-1.html", "/atom-2.html")
    out = crawl_into(Sources(feeds=(f"{base}/atom.xml",)), max_articles_per_source=1, obey_robots=False)
    assert [p.url for p in out.pages] == [f"{base}/atom-1.html"]
    assert out.stats["over_source_limit"] == 1


def test_news_sitemap_and_sitemap_index(httpserver, crawl_into) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/news-sitemap.xml").respond_with_data(NEWS_SITEMAP.format(base=base), content_type="application/xml")
    httpserver.expect_request("/index.xml").respond_with_data(INDEX.format(base=base), content_type="application/xml")
    child_a = URLSET.format(urls=f"<url><loc>{base}/c-a.html</loc></url>")
    child_b = URLSET.format(urls=f"<url><loc>{base}/c-b.html</loc></url><url><loc>file:///etc/passwd</loc></url>")
    httpserver.expect_request("/child-a.xml").respond_with_data(child_a, content_type="application/xml")
    httpserver.expect_request("/child-b.xml.gz").respond_with_data(gzip.compress(child_b.encode()), content_type="application/gzip")
    serve_pages(httpserver, "/s-1.html", "/s-2.html", "/s-old.html", "/c-a.html", "/c-b.html")
    out = crawl_into(Sources(sitemaps=(f"{base}/news-sitemap.xml", f"{base}/index.xml")), since="2017-11-01", obey_robots=False)

    urls = sorted(p.url for p in out.pages)
    assert urls == [f"{base}/c-a.html", f"{base}/c-b.html", f"{base}/s-1.html", f"{base}/s-2.html"]
    assert out.page(f"{base}/c-b.html").source_url == f"{base}/child-b.xml.gz"
    assert all(p.source == "sitemap" for p in out.pages)
    assert out.failure_status("file:///etc/passwd") == "refused"
    assert out.stats["outside_date_window"] == 1


def test_robots_disallow_means_no_request(httpserver, crawl_into) -> None:
    """RELIABILITY 1: a disallowed path is never requested and is counted as forbidden."""
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    serve_pages(httpserver, "/public.html", "/private/secret.html")
    secret = httpserver.url_for("/private/secret.html")
    out = crawl_into(Sources(articles=(httpserver.url_for("/public.html"), secret)))
    assert [p.url for p in out.pages] == [httpserver.url_for("/public.html")]
    assert out.failure_status(secret) == "forbidden_by_robots"
    assert out.stats["failures_by_status"] == {"forbidden_by_robots": 1}
    assert out.stats["robots_forbidden"] == 1
    assert not any(req.path.startswith("/private/") for req, _ in httpserver.log)
