"""build_articles: one article per identity (RELIABILITY 21), wire copies linked (22), embeds as posts."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pipeline import ids
from pipeline.errors import ConfigError
from pipeline.extract.articles import ArticleBatch, build_articles, shingles
from pipeline.records import RawPage

FIXTURES = Path(__file__).parent / "fixtures_html"
PARAMS = {"extract": {"min_words": 30, "near_duplicate_threshold": 0.8}}
CANONICAL = "https://harbourledger.example/tech/2017/11/29/contractor-account-error"

WIRE = [
    "A contractor who switched off the president’s account for eleven minutes on his last day said it was an accident.",
    "He said he had been handling a complaint about the account and did not expect the action to take effect.",
    "The company said it had since added checks so a single employee could not deactivate a prominent account.",
    "Users reacted with a mix of jokes and relief, and some asked how much power support staff really hold.",
    "The man, who has since left the country, said he was worried about his safety after his name was published.",
]


def page(url: str, body: bytes | str, fetched_at: str = "2017-12-01T00:00:00+00:00") -> RawPage:
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return RawPage(url=url, requested_url=url, status=200, headers={"content-type": "text/html"},
                   body_b64=base64.b64encode(raw).decode("ascii"), fetched_at=fetched_at, source="article")


def wire_copy(outlet: str, published: str, tweak: str = "", extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE)
    return (f'<html><head><meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>Contractor speaks{tweak}</h1>{paragraphs}{extra}</article></body></html>")


def identity_pages() -> list[RawPage]:
    html = (FIXTURES / "jsonld_article.html").read_text("utf-8")
    no_json_ld = html.replace('type="application/ld+json"', 'type="text/plain"')
    return [
        page(CANONICAL, html),
        page(CANONICAL + "?utm_source=twitter&fbclid=abc", html),
        page(CANONICAL + "#comments", html),
        page("https://harbourledger.example/amp/tech/2017/11/29/contractor-account-error", no_json_ld),
        page("https://harbourledger.example/share/8812", html),  # known only by its rel=canonical
    ]


def test_same_article_under_many_urls_is_one_article():
    batch = build_articles(identity_pages(), PARAMS)
    assert isinstance(batch, ArticleBatch)
    assert len(batch.articles) == 1
    article = batch.articles[0]
    assert article.canonical_url == CANONICAL
    assert article.article_id == ids.article_id(CANONICAL)
    assert article.authors == ["Mara Norrstedt", "Gustav Okafor"]  # the JSON-LD copy, not the AMP one
    assert article.outlet == "The Harbour Ledger"
    assert batch.failures == []


def test_merge_does_not_depend_on_crawl_order():
    pages = identity_pages()
    assert build_articles(pages, PARAMS) == build_articles(list(reversed(pages)), PARAMS)


def test_a_wrong_shared_canonical_does_not_merge_different_stories():
    shared = '<link rel="canonical" href="https://h.example/news/">'
    first = wire_copy("Harbour", "2017-11-03T10:00:00Z").replace("<head>", "<head>" + shared)
    ferry = ("<p>The harbour ferry will run to a new timetable from next spring, the operator said on Monday.</p>"
             "<p>Morning crossings move half an hour earlier, and a late boat is added on Fridays and Saturdays.</p>"
             "<p>Season tickets bought before March stay valid until they expire, a spokeswoman for the company said.</p>")
    second = first.replace("".join(f"<p>{p}</p>" for p in WIRE), ferry)
    batch = build_articles([page("https://h.example/news/story-one", first), page("https://h.example/news/story-two", second)], PARAMS)
    assert len(batch.articles) == 2
    assert {a.canonical_url for a in batch.articles} == {"https://h.example/news/story-one", "https://h.example/news/story-two"}


def test_paginated_pages_stay_distinct():
    body = wire_copy("Harbour", "2017-11-03T10:00:00Z")
    other = wire_copy("Harbour", "2017-11-03T10:00:00Z").replace("accident", "error of judgement")
    batch = build_articles([page("https://h.example/live?page=1", body), page("https://h.example/live?page=2", other)], PARAMS)
    assert len({a.article_id for a in batch.articles}) == 2


def test_bad_threshold_is_a_config_error():
    with pytest.raises(ConfigError, match="near_duplicate_threshold"):
        build_articles([], {"extract": {"near_duplicate_threshold": 1.5}})


def test_wire_story_kept_per_outlet_and_linked_to_earliest():
    pages = [
        page("https://first.example/wire/contractor", wire_copy("First Post", "2017-11-29T15:00:00Z")),
        page("https://second.example/news/contractor", wire_copy("Second Herald", "2017-11-29T16:30:00Z", " (update)")),
        page("https://third.example/n/contractor", wire_copy("Third Times", "2017-11-29T18:00:00Z", "", "<p>Reporting by the desk.</p>")),
        page("https://other.example/n/unrelated", wire_copy("Other", "2017-11-29T12:00:00Z").replace(
            "".join(f"<p>{p}</p>" for p in WIRE),
            "".join(f"<p>{' '.join(reversed(p.split()))} and also something else entirely</p>" for p in WIRE))),
    ]
    batch = build_articles(pages, PARAMS)
    by_outlet = {a.outlet: a for a in batch.articles}
    assert len(batch.articles) == 4
    first = by_outlet["First Post"]
    assert first.duplicate_of is None
    assert by_outlet["Second Herald"].duplicate_of == first.article_id
    assert by_outlet["Third Times"].duplicate_of == first.article_id
    assert by_outlet["Other"].duplicate_of is None


def test_syndicated_copy_with_cross_site_canonical_is_kept_per_outlet():
    original = wire_copy("First Post", "2017-11-29T15:00:00Z")
    syndicated = wire_copy("Second Herald", "2017-11-29T16:00:00Z").replace(
        "<head>", '<head><link rel="canonical" href="https://first.example/wire/contractor">')
    batch = build_articles([page("https://first.example/wire/contractor", original),
                            page("https://second.example/news/contractor", syndicated)], PARAMS)
    by_outlet = {a.outlet: a for a in batch.articles}
    assert set(by_outlet) == {"First Post", "Second Herald"}
    assert by_outlet["Second Herald"].duplicate_of == by_outlet["First Post"].article_id


def test_embedded_posts_become_embed_posts():
    batch = build_articles(identity_pages(), PARAMS)
    article_id = ids.article_id(CANONICAL)
    assert [p.post_id for p in batch.embeds] == [
        "bluesky:at://did:plc:abc123example/app.bsky.feed.post/3kxyzrkey1",
        "mastodon:109876543210",
        "twitter:926234567890123456",
    ]
    assert all(p.origin == "embed" and p.article_id == article_id for p in batch.embeds)
    assert "Best part of my week" not in batch.articles[0].text


def test_failures_and_flags_are_reported_sorted():
    future = wire_copy("Future Daily", "2031-01-01T00:00:00Z")
    batch = build_articles([page("https://z.example/pdf", b"%PDF-1.5"), page("https://a.example/empty", b" "),
                            page("https://f.example/future", future)], PARAMS)
    assert [(f.url, f.status) for f in batch.failures] == [("https://a.example/empty", "empty"), ("https://z.example/pdf", "not_html")]
    assert [(f.url, f.status) for f in batch.flags] == [("https://f.example/future", "date_future")]
    broken = build_articles([page("https://b.example/x", wire_copy("B", "2017-11-03T00:00:00Z", "", "<div></span>"))], PARAMS)
    assert [(f.status, f.stage) for f in broken.flags] == [("broken_html", "extract")]
    assert batch.articles[0].published_at is None


def test_shingles():
    assert shingles("One two three four five six") == {"one two three four five", "two three four five six"}
    assert shingles("Short text") == {"short text"}
    assert shingles("") == set()


REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold" / "articles.json"
SITE = REPO / "pipeline" / "demo" / "site"


@pytest.mark.skipif(not GOLD.exists(), reason="demo corpus gold not present")
def test_demo_corpus_matches_its_gold():
    """Every demo article: metadata, must/must-not snippets, near-duplicate links and embeds."""
    import json

    base = "http://127.0.0.1:8765"
    gold = json.loads(GOLD.read_text("utf-8"))
    pages = [page(f"{base}/{rel}", (SITE / rel).read_bytes().replace(b"{{BASE}}", base.encode())) for rel in sorted(gold)]
    batch = build_articles(pages, PARAMS)
    assert batch.failures == []
    by_path = {a.canonical_url[len(base):]: a for a in batch.articles}
    embeds: dict[str, list[str]] = {}
    for post in batch.embeds:
        embeds.setdefault(post.article_id, []).append(post.url)
    for rel, expected in gold.items():
        article = by_path[expected["canonical_path"]]
        for key in ("outlet", "title", "authors", "published_at", "language"):
            assert getattr(article, key) == expected[key], (rel, key)
        assert article.text == _gold_body_text(SITE / rel), rel  # exact: gold offsets stay valid
        assert all(s in article.text for s in expected["must_contain"]), rel
        assert not any(s in article.text for s in expected["must_not_contain"]), rel
        duplicate = expected["near_duplicate_of"]
        assert article.duplicate_of == (ids.article_id(f"{base}/{duplicate.lstrip('/')}") if duplicate else None), rel
        assert sorted(embeds.get(article.article_id, [])) == sorted(expected["embeds"]), rel


def _gold_body_text(path: Path) -> str:
    """The body text as tests/gold/README.md defines it: <p> and <h2> of div.article-body,
    embeds excluded, whitespace collapsed, joined with a blank line."""
    import lxml.html

    tree = lxml.html.document_fromstring(path.read_text("utf-8"))
    body = tree.xpath("//div[contains(concat(' ', @class, ' '), ' article-body ')]")[0]
    outside_embeds = "not(ancestor::figure[contains(@class, 'social-embed')])"
    blocks = [" ".join(node.text_content().split()) for node in body.xpath(f".//p[{outside_embeds}] | .//h2[{outside_embeds}]")]
    return "\n\n".join(block for block in blocks if block)
