"""link_posts: dedupe, links to any URL variant of an article, reply chains inherit the article."""

from __future__ import annotations

from pipeline.extract.posts import link_posts
from pipeline.records import Article, RawPost

ARTICLE = Article(
    article_id="a_story", url="https://news.example/world/eleven-minutes?utm_source=rss",
    canonical_url="https://news.example/world/eleven-minutes", outlet="News", title="t", authors=[],
    published_at=None, language="en", text="text", crawled_at=None,
)
OTHER = Article(
    article_id="a_other", url="https://other.example/a", canonical_url="https://other.example/a",
    outlet="Other", title="t", authors=[], published_at=None, language="en", text="text", crawled_at=None,
)


def raw(post_id: str, links: list[str] | None = None, reply_to: str | None = None, text: str = "words",
        fetched_at: str = "2017-11-03T00:00:00+00:00") -> RawPost:
    native = post_id.split(":", 1)[1]
    return RawPost(post_id=post_id, platform="mastodon", url=f"https://social.example/@u/{native}", author="@u",
                   created_at=None, text=text, reply_to_url=reply_to, links=links or [],
                   api_url="https://social.example/api", fetched_at=fetched_at, raw={})


def by_id(posts):
    return {p.post_id: p for p in posts}


def test_direct_link_and_tracking_variants():
    posts = by_id(link_posts([
        raw("mastodon:1", ["https://news.example/world/eleven-minutes"]),
        raw("mastodon:2", ["http://www.news.example/world/eleven-minutes/?utm_source=mastodon&utm_medium=social#top"]),
        raw("mastodon:3", ["https://news.example/amp/world/eleven-minutes"]),
        raw("mastodon:4", ["https://elsewhere.example/x"]),
        raw("mastodon:5", ["https://other.example/a?fbclid=1"]),
    ], [ARTICLE, OTHER]))
    assert posts["mastodon:1"].article_id == "a_story"
    assert posts["mastodon:2"].article_id == "a_story"
    assert posts["mastodon:3"].article_id == "a_story"
    assert posts["mastodon:4"].article_id is None
    assert posts["mastodon:5"].article_id == "a_other"
    assert all(p.origin == "post" for p in posts.values())


def test_reply_chain_inherits_transitively_and_cycles_stop():
    posts = by_id(link_posts([
        raw("mastodon:10", ["https://news.example/world/eleven-minutes"]),
        raw("mastodon:11", reply_to="https://social.example/@u/10"),
        raw("mastodon:12", reply_to="https://social.example/@u/11"),
        raw("mastodon:20", reply_to="https://social.example/@u/21"),
        raw("mastodon:21", reply_to="https://social.example/@u/20"),
        raw("mastodon:30", reply_to="https://social.example/@u/999"),
    ], [ARTICLE]))
    assert posts["mastodon:11"].article_id == "a_story"
    assert posts["mastodon:12"].article_id == "a_story"
    assert posts["mastodon:20"].article_id is None and posts["mastodon:21"].article_id is None
    assert posts["mastodon:30"].article_id is None


def test_dedupe_keeps_latest_copy_and_sorts():
    posts = link_posts([
        raw("mastodon:2", text="old", fetched_at="2017-11-03T00:00:00+00:00"),
        raw("mastodon:1"),
        raw("mastodon:2", text="edited later", fetched_at="2017-11-04T00:00:00+00:00"),
    ], [ARTICLE])
    assert [p.post_id for p in posts] == ["mastodon:1", "mastodon:2"]
    assert posts[1].text == "edited later"
