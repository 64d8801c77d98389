"""Platform spiders against loopback copies of the APIs: search, paging, thread expansion, reply links."""

from __future__ import annotations

import json

from tests.crawl.conftest import platform
from tests.crawl.payloads import (
    bsky_thread, bsky_view, hn_hit, hn_item, mastodon_status, reddit_listing, reddit_t1, reddit_t3,
)

ARTICLE = "https://news.example.com/2017/11/account-gone.html"


def serve_json(httpserver, path: str, payload, query: dict | None = None, headers: dict | None = None) -> None:
    httpserver.expect_request(path, query_string=query).respond_with_data(
        json.dumps(payload), content_type="application/json", headers=headers or {})


def test_mastodon_tag_timeline_paging_and_context(httpserver, crawl_into) -> None:
    api = httpserver.url_for("/mastodon").rstrip("/")
    s1 = mastodon_status("101", f'<p>Eleven quiet minutes <a href="{ARTICLE}" rel="nofollow">news.example.com</a></p>',
                         replies=2, card_url=ARTICLE)
    s2 = mastodon_status("102", '<p>Hi <span class="h-card"><a href="https://example.social/@bob" class="u-url mention">@bob</a></span> '
                                '<a href="https://example.social/tags/twitter" class="mention hashtag">#twitter</a> '
                                'see <a href="https://other.example/post">other.example/post</a><br>second line</p>')
    s3 = mastodon_status("103", "<p>Page two &amp; more</p>")
    r1 = mastodon_status("201", "<p>Reply one</p>", acct="bob@example.social", reply_to="101", replies=1)
    r2 = mastodon_status("202", "<p>Reply to the reply</p>", acct="cy@else.where", reply_to="201")
    serve_json(httpserver, "/mastodon/api/v1/timelines/tag/twitter", [s3], query={"limit": "40", "max_id": "102"})
    serve_json(httpserver, "/mastodon/api/v1/timelines/tag/twitter", [s1, s2], query={"limit": "40"},
               headers={"Link": f'<{api}/api/v1/timelines/tag/twitter?limit=40&max_id=102>; rel="next", '
                                f'<{api}/api/v1/timelines/tag/twitter?limit=40&min_id=101>; rel="prev"'})
    serve_json(httpserver, "/mastodon/api/v1/statuses/101/context", {"ancestors": [], "descendants": [r1, r2]})
    out = crawl_into(platform("mastodon", api, tags=("twitter",)))

    assert [p.post_id for p in out.posts] == ["mastodon:101", "mastodon:102", "mastodon:103", "mastodon:201", "mastodon:202"]
    first = out.post("mastodon:101")
    assert first.text == "Eleven quiet minutes news.example.com"
    assert first.links == [ARTICLE] and first.url == "https://example.social/@ana/101"
    assert first.author == "ana@example.social" and first.raw["id"] == "101"
    second = out.post("mastodon:102")
    assert second.links == ["https://other.example/post"]  # mentions and hashtags are not links
    assert second.text == "Hi @bob #twitter see other.example/post\nsecond line"
    assert out.post("mastodon:103").text == "Page two & more"
    assert out.post("mastodon:201").reply_to_url == first.url
    assert out.post("mastodon:202").reply_to_url == out.post("mastodon:201").url
    assert out.post("mastodon:202").reply_to_id == "mastodon:201"
    assert out.stats["posts_by_platform"] == {"mastodon": 5}


def test_mastodon_post_limit(httpserver, crawl_into) -> None:
    api = httpserver.url_for("/mastodon").rstrip("/")
    statuses = [mastodon_status(str(i), f"<p>post {i}</p>", replies=1) for i in range(1, 6)]
    serve_json(httpserver, "/mastodon/api/v1/timelines/tag/news", statuses)
    out = crawl_into(platform("mastodon", api, tags=("news",)), max_posts_per_platform=2)
    assert len(out.posts) == 2
    assert sum(1 for req, _ in httpserver.log if "/context" in req.path) <= 2


def test_bluesky_search_cursor_and_thread(httpserver, crawl_into) -> None:
    api = httpserver.url_for("/bluesky").rstrip("/")
    did = "did:plc:abc123"
    p1 = bsky_view(did, "ana.bsky.social", "3k1", f"Gone for 11 minutes {ARTICLE}", reply_count=1, link=ARTICLE)
    p2 = bsky_view("did:plc:def456", "bob.bsky.social", "3k2", "Second page", external="https://other.example/x")
    p3 = bsky_view("did:plc:ghi789", "cy.bsky.social", "3k3", "what a relief", parent=p1["uri"])
    p4 = bsky_view(did, "ana.bsky.social", "3k4", "indeed", parent=p3["uri"])
    serve_json(httpserver, "/bluesky/xrpc/app.bsky.feed.searchPosts", {"posts": [p2]},
               query={"q": "account deactivated", "limit": "100", "cursor": "c2"})
    serve_json(httpserver, "/bluesky/xrpc/app.bsky.feed.searchPosts", {"posts": [p1], "cursor": "c2", "hitsTotal": 2},
               query={"q": "account deactivated", "limit": "100"})
    thread = bsky_thread(p1, [
        {"$type": "app.bsky.feed.defs#threadViewPost", "post": p3,
         "replies": [{"$type": "app.bsky.feed.defs#threadViewPost", "post": p4, "replies": []}]},
        {"$type": "app.bsky.feed.defs#notFoundPost", "uri": "at://did:plc:gone/app.bsky.feed.post/x", "notFound": True},
    ])
    serve_json(httpserver, "/bluesky/xrpc/app.bsky.feed.getPostThread", thread, query={"uri": p1["uri"], "depth": "20"})
    out = crawl_into(platform("bluesky", api, query="account deactivated"))

    ids = [p.post_id for p in out.posts]
    assert ids == sorted(f"bluesky:{p['uri']}" for p in (p1, p2, p3, p4))
    first = out.post(f"bluesky:{p1['uri']}")
    assert first.url == "https://bsky.app/profile/ana.bsky.social/post/3k1"
    assert first.links == [ARTICLE] and first.author == "ana.bsky.social"
    assert out.post(f"bluesky:{p2['uri']}").links == ["https://other.example/x"]
    assert out.post(f"bluesky:{p3['uri']}").reply_to_url == first.url
    assert out.post(f"bluesky:{p4['uri']}").reply_to_url == "https://bsky.app/profile/cy.bsky.social/post/3k3"


def test_reddit_search_after_and_comment_tree(httpserver, crawl_into) -> None:
    api = httpserver.url_for("/reddit").rstrip("/")
    a = reddit_t3("aaa", "Account gone for 11 minutes", url=ARTICLE, num_comments=2)
    b = reddit_t3("bbb", "Discussion", url="https://www.reddit.com/r/news/comments/bbb/x/", num_comments=0,
                  selftext="Background: [story](https://other.example/y).")
    c2 = reddit_t1("c2", "aaa", "t1_c1", "Ha, best 11 minutes")
    c1 = reddit_t1("c1", "aaa", "t3_aaa", "Somebody had a good last day", replies=[c2])
    more = {"kind": "more", "data": {"count": 3, "children": ["c7", "c8", "c9"], "parent_id": "t3_aaa"}}
    serve_json(httpserver, "/reddit/search.json", reddit_listing([b]),
               query={"q": "account", "sort": "new", "limit": "100", "raw_json": "1", "after": "t3_aaa"})
    serve_json(httpserver, "/reddit/search.json", reddit_listing([a], after="t3_aaa"),
               query={"q": "account", "sort": "new", "limit": "100", "raw_json": "1"})
    serve_json(httpserver, "/reddit/comments/aaa.json", [reddit_listing([a]), reddit_listing([c1, more])])
    out = crawl_into(platform("reddit", api, query="account"))

    assert [p.post_id for p in out.posts] == ["reddit:t1_c1", "reddit:t1_c2", "reddit:t3_aaa", "reddit:t3_bbb"]
    sub = out.post("reddit:t3_aaa")
    assert sub.url == "https://www.reddit.com/r/news/comments/aaa/a_title/" and sub.links == [ARTICLE]
    assert sub.created_at == "2017-11-03T01:00:00+00:00"
    assert out.post("reddit:t3_bbb").links == ["https://other.example/y"]
    assert out.post("reddit:t1_c1").reply_to_url == sub.url
    assert out.post("reddit:t1_c2").reply_to_url == out.post("reddit:t1_c1").url
    assert "replies" not in out.post("reddit:t1_c1").raw
    assert out.stats["reddit_more_not_expanded"] == 3


def test_hackernews_search_pages_and_item_tree(httpserver, crawl_into) -> None:
    api = httpserver.url_for("/hn").rstrip("/")
    serve_json(httpserver, "/hn/api/v1/search", {"hits": [hn_hit("2", "Follow-up", "https://other.example/z", 0)],
                                                 "page": 1, "nbPages": 2, "hitsPerPage": 100},
               query={"query": "account", "tags": "story", "hitsPerPage": "100", "page": "1"})
    serve_json(httpserver, "/hn/api/v1/search", {"hits": [hn_hit("1", "Account deactivated", ARTICLE, 2)],
                                                 "page": 0, "nbPages": 2, "hitsPerPage": 100},
               query={"query": "account", "tags": "story", "hitsPerPage": "100"})
    item = hn_item(1, kind="story", author="pg", title="Account deactivated", url=ARTICLE, children=[
        hn_item(11, kind="comment", author="alice", parent_id=1, story_id=1,
                text='Rogue employee?<p>See <a href="https://other.example/w" rel="nofollow">this</a> &#x27;fix&#x27;',
                children=[hn_item(12, kind="comment", author="bob", parent_id=11, story_id=1, text="Unlikely.")]),
        hn_item(13, kind="comment", author=None, parent_id=1, story_id=1,
                children=[hn_item(14, kind="comment", author="cy", parent_id=13, story_id=1, text="Deleted parent")]),
    ])
    serve_json(httpserver, "/hn/api/v1/items/1", item)
    out = crawl_into(platform("hackernews", api, query="account"))

    assert [p.post_id for p in out.posts] == ["hackernews:1", "hackernews:11", "hackernews:12", "hackernews:14", "hackernews:2"]
    story = out.post("hackernews:1")
    assert story.url == "https://news.ycombinator.com/item?id=1" and story.links == [ARTICLE]
    comment = out.post("hackernews:11")
    assert comment.text == "Rogue employee?\n\nSee this 'fix'" and comment.links == ["https://other.example/w"]
    assert comment.reply_to_url == story.url
    assert out.post("hackernews:12").reply_to_url == comment.url
    assert out.post("hackernews:14").reply_to_url == "https://news.ycombinator.com/item?id=13"
    assert "children" not in comment.raw


def test_unexpected_payload_shape_is_recorded_and_named_statuses_expand(httpserver, crawl_into) -> None:
    api = httpserver.url_for("/mastodon").rstrip("/")
    broken = mastodon_status("301", "<p>fine so far</p>")
    broken["account"] = "not an object"
    serve_json(httpserver, "/mastodon/api/v1/timelines/tag/news", [broken])
    serve_json(httpserver, "/mastodon/api/v1/statuses/400", mastodon_status("400", "<p>named by the user</p>"))
    serve_json(httpserver, "/mastodon/api/v1/statuses/400/context",
               {"ancestors": [], "descendants": [mastodon_status("401", "<p>answer</p>", reply_to="400")]})
    out = crawl_into(platform("mastodon", api, tags=("news",), threads=("400",)))
    assert [p.post_id for p in out.posts] == ["mastodon:400", "mastodon:401"]
    assert out.post("mastodon:401").reply_to_url == out.post("mastodon:400").url
    assert [(f.status, "AttributeError" in f.error) for f in out.failures] == [("parse_error", True)]
