"""Embedded X/Twitter, Mastodon and Bluesky posts: found, described, removed from the text."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from pipeline.extract.embeds import extract_embeds, take_embeds

FIXTURES = Path(__file__).parent / "fixtures_html"
ARTICLE_URL = "https://harbourledger.example/tech/story"


def test_all_three_platforms_from_fixture():
    posts = extract_embeds((FIXTURES / "jsonld_article.html").read_text("utf-8"), ARTICLE_URL)
    twitter, mastodon, bluesky = posts
    assert twitter.platform == "twitter"
    assert twitter.url == "https://twitter.com/patexample/status/926234567890123456"
    assert twitter.native_id == "926234567890123456"
    assert twitter.author == "patexample"  # without "@", like crawled posts' authors
    assert twitter.created_at == "2017-11-03T00:00:00+00:00"
    assert twitter.text == "Eleven quiet minutes. Best part of my week honestly"

    # The iframe and its blockquote fallback are one post, with the fallback's text.
    assert mastodon.platform == "mastodon"
    assert mastodon.url == "https://mastodon.example/@quietreader/109876543210"
    assert mastodon.author == "quietreader@mastodon.example"
    assert mastodon.native_id == "109876543210"
    assert mastodon.text == "Whoever did this deserves a medal, or at least a long nap."

    assert bluesky.platform == "bluesky"
    assert bluesky.native_id == "at://did:plc:abc123example/app.bsky.feed.post/3kxyzrkey1"
    assert bluesky.url == "https://bsky.app/profile/did:plc:abc123example/post/3kxyzrkey1"
    assert bluesky.author == "skywatcher.bsky.social"
    assert bluesky.text == "Honestly relieved someone can still press the off switch."


def test_take_embeds_removes_markup_but_keeps_following_text():
    html = ('<html><body><p>Before.</p><blockquote class="twitter-tweet"><p>tweet words</p>&mdash; A (@a) '
            '<a href="https://x.com/a/status/1">May 1, 2020</a></blockquote>After the tweet.</body></html>')
    tree = lxml.html.document_fromstring(html)
    posts = take_embeds(tree, "https://n.example/")
    assert [p.url for p in posts] == ["https://twitter.com/a/status/1"]
    text = tree.text_content()
    assert "tweet words" not in text and "Before." in text and "After the tweet." in text


def test_iframe_only_mastodon_embed_and_unrelated_blockquotes():
    html = ('<html><body><iframe class="mastodon-embed" src="https://social.example/@kim/4242/embed"></iframe>'
            '<blockquote><p>An ordinary block quote from a speech.</p></blockquote></body></html>')
    posts = extract_embeds(html, "https://n.example/")
    assert len(posts) == 1
    assert posts[0].url == "https://social.example/@kim/4242" and posts[0].text == ""


def test_no_embeds_and_empty_input():
    assert extract_embeds("", "https://n.example/") == []
    assert extract_embeds("<html><body><p>nothing</p></body></html>", "https://n.example/") == []
