"""URL identity (RELIABILITY 21): tracking, fragments, AMP and canonical spellings agree."""

from __future__ import annotations

import pytest

from pipeline.extract.urls import canonicalize_url, url_variants
from pipeline.records import Article

PLAIN = "https://news.example/world/2017/11/03/eleven-minutes.html"


@pytest.mark.parametrize(
    "variant",
    [
        PLAIN,
        "HTTPS://News.Example:443/world/2017/11/03/eleven-minutes.html",
        PLAIN + "#comments",
        PLAIN + "?utm_source=twitter&utm_medium=social&utm_campaign=x",
        PLAIN + "?fbclid=IwAR0abc&gclid=xyz&mc_cid=1&mc_eid=2&ocid=3&cmpid=4",
        PLAIN + "?amp",
        PLAIN + "?amp=1",
        PLAIN + "?outputType=amp",
        "https://news.example/amp/world/2017/11/03/eleven-minutes.html",
        "https://amp.news.example/world/2017/11/03/eleven-minutes.html",
        "https://news.example/world/2017/11/03/eleven-minutes.amp.html",
        "https://news-example.cdn.ampproject.org/c/s/news.example/world/2017/11/03/eleven-minutes.html",
    ],
)
def test_variants_share_one_identity(variant):
    assert canonicalize_url(variant) == PLAIN


def test_trailing_amp_segment():
    assert canonicalize_url("https://news.example/story/eleven/amp/") == "https://news.example/story/eleven/"
    assert canonicalize_url("https://news.example/story/eleven/amp") == "https://news.example/story/eleven"


def test_meaningful_params_stay_and_are_sorted():
    page1 = canonicalize_url("https://news.example/live?page=1&utm_source=x")
    page2 = canonicalize_url("https://news.example/live?page=2")
    assert page1 != page2
    assert canonicalize_url("https://news.example/a?b=2&a=1") == "https://news.example/a?a=1&b=2"
    assert canonicalize_url("https://news.example/search?q=eleven+minutes&id=7") == "https://news.example/search?id=7&q=eleven+minutes"


def test_non_default_port_and_file_urls():
    assert canonicalize_url("http://127.0.0.1:8123/outlet/a.html?utm_term=z") == "http://127.0.0.1:8123/outlet/a.html"
    assert canonicalize_url("http://news.example:80/a") == "http://news.example/a"
    assert canonicalize_url("file:///home/me/story.txt#x") == "file:///home/me/story.txt"


def test_canonicalize_is_idempotent():
    for url in ("https://amp.news.example/a/amp/?utm_source=1&z=1&a=2#f", "https://news.example/ünïcode path"):
        once = canonicalize_url(url)
        assert canonicalize_url(once) == once


def test_url_variants_cover_schemes_www_and_slash():
    article = Article(article_id="a_1", url=PLAIN + "?utm_source=x", canonical_url=PLAIN, outlet=None, title=None,
                      authors=[], published_at=None, language=None, text="", crawled_at=None)
    variants = url_variants(article)
    assert PLAIN in variants
    assert "http://www.news.example/world/2017/11/03/eleven-minutes.html" in variants
    assert PLAIN + "/" in variants
    assert all(canonicalize_url(v) == v for v in variants)


def test_malformed_urls_do_not_raise():
    assert canonicalize_url("http://[::1") == "http://[::1"
    assert canonicalize_url("https://news.example:99999/a#x") == "https://news.example:99999/a"
    assert canonicalize_url("") == ""


def test_same_site():
    from pipeline.extract.urls import same_site

    assert same_site("https://www.news.example/a", "https://amp.news.example/b")
    assert same_site("https://m.news.example/a", "https://news.example/a")
    assert same_site("https://edition.news.example/a", "https://news.example/a")
    assert not same_site("https://news.example/a", "https://othernews.example/a")
    assert same_site("https://news-example.cdn.ampproject.org/c/s/news.example/a", "https://news.example/a")
