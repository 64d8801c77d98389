"""The demo corpus and its gold annotations agree with each other and meet the minimums.

Reads pipeline/demo/site/ (the files the server serves) and tests/gold/*.json. Checks the API
payloads against the fields of each platform's real response shape, the HTML templates and
their metadata, the feed and sitemap, and that every gold quote, snippet and entity mention
really is where the gold says it is.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser
import pytest

from pipeline.demo.server import site_root
from pipeline.records import LABELS

SITE = Path(str(site_root()))
GOLD = Path(__file__).resolve().parents[1] / "gold"


def load_gold(name: str) -> Any:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


def load_site_json(rel: str) -> Any:
    return json.loads((SITE / rel).read_text(encoding="utf-8"))


ARTICLES: dict[str, dict[str, Any]] = load_gold("articles.json")
QUOTES: dict[str, list[dict[str, Any]]] = load_gold("quotes.json")
ENTITIES: list[dict[str, Any]] = load_gold("entities.json")
REACTIONS: list[dict[str, Any]] = load_gold("reactions.json")


class BodyText(HTMLParser):
    """Paragraph and subheading text inside div.article-body, embeds (figure) excluded.

    Joined with blank lines, this is the "body text" the gold mention offsets count in.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth_body = 0
        self.in_figure = 0
        self.current: list[str] | None = None
        self.blocks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div" and ("class", "article-body") in attrs:
            self.depth_body = 1
        elif tag == "div" and self.depth_body:
            self.depth_body += 1
        elif tag == "figure" and self.depth_body:
            self.in_figure += 1
        elif tag in ("p", "h2") and self.depth_body and not self.in_figure:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.depth_body:
            self.depth_body -= 1
        elif tag == "figure" and self.in_figure:
            self.in_figure -= 1
        elif tag in ("p", "h2") and self.current is not None:
            self.blocks.append("".join(self.current))
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def page(path: str) -> str:
    return (SITE / path).read_text(encoding="utf-8")


def body_text(path: str) -> str:
    parser = BodyText()
    parser.feed(page(path))
    return "\n\n".join(parser.blocks)


# ---- articles, templates, feed, sitemap -----------------------------------------------------

def test_minimum_articles_outlets_templates() -> None:
    assert len(ARTICLES) >= 8
    assert len({a["outlet"] for a in ARTICLES.values()}) >= 4
    assert {a["template"] for a in ARTICLES.values()} == {"jsonld", "opengraph", "plain"}
    for path in ARTICLES:
        assert (SITE / path).is_file(), path
    on_disk = {p.relative_to(SITE).as_posix() for p in SITE.glob("*/2017/11/*.html")}
    assert on_disk == set(ARTICLES)


@pytest.mark.parametrize("path", sorted(ARTICLES))
def test_article_page_matches_its_gold(path: str) -> None:
    gold, doc = ARTICLES[path], page(path)
    text = html.unescape(doc)
    body = body_text(path)
    assert 350 <= len(body.split()) <= 900, len(body.split())
    assert f"<h1>{html.escape(gold['title'], quote=False)}</h1>" in doc
    for snippet in gold["must_contain"]:
        assert snippet in body, snippet
    assert len(gold["must_contain"]) >= 3 and len(gold["must_not_contain"]) >= 2
    for snippet in gold["must_not_contain"]:
        assert snippet in text and snippet not in body, snippet
    canonical = f'<link rel="canonical" href="{{{{BASE}}}}{gold["canonical_path"]}">'
    if gold["template"] == "jsonld":
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', doc, re.S).group(1))
        assert ld["@type"] == "NewsArticle" and ld["headline"] == gold["title"]
        assert [a["name"] for a in ld["author"]] == gold["authors"]
        assert ld["datePublished"] == gold["published_at"]
        assert ld["publisher"]["name"] == gold["outlet"]
        assert ld["mainEntityOfPage"]["@id"].endswith(gold["canonical_path"])
        assert canonical in doc and "og:title" not in doc
    elif gold["template"] == "opengraph":
        assert f'<meta property="og:site_name" content="{gold["outlet"]}">' in doc
        assert f'<meta property="article:published_time" content="{gold["published_at"]}">' in doc
        assert html.unescape(re.search(r'property="og:title" content="([^"]*)"', doc).group(1)) == gold["title"]
        for author in gold["authors"]:
            assert f'<meta property="article:author" content="{author}">' in doc
        assert canonical in doc and "ld+json" not in doc
    else:
        assert "<meta property" not in doc and "ld+json" not in doc and 'rel="canonical"' not in doc
        assert f"<title>{gold['title']} | {gold['outlet']}</title>" in text
        assert re.search(r'<p class="byline">By ' + re.escape(gold["authors"][0]), doc)
        day = int(gold["published_at"][8:10])
        assert re.search(rf'<p class="dateline">\w+ {day} November 2017', doc)


def test_near_duplicate_pair_shares_its_body() -> None:
    pairs = [(p, a["near_duplicate_of"]) for p, a in ARTICLES.items() if a["near_duplicate_of"]]
    assert pairs
    for copy, original in pairs:
        assert ARTICLES[copy]["outlet"] != ARTICLES[original]["outlet"]
        a, b = set(body_text(copy).split("\n\n")), set(body_text(original).split("\n\n"))
        assert len(a & b) / len(a | b) > 0.8


def feed_and_sitemap_links() -> tuple[list[str], list[str]]:
    feed = feedparser.parse((SITE / "feed.xml").read_bytes())
    assert feed.version == "rss20" and not feed.bozo
    feed_links = [e.link for e in feed.entries]
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
          "news": "http://www.google.com/schemas/sitemap-news/0.9"}
    root = ET.fromstring((SITE / "sitemap.xml").read_bytes())
    sitemap_links = []
    for url in root.findall("s:url", ns):
        news = url.find("news:news", ns)
        assert news.find("news:publication/news:name", ns).text
        assert news.find("news:publication/news:language", ns).text == "en"
        assert news.find("news:publication_date", ns).text.startswith("2017-11-")
        assert news.find("news:title", ns).text
        sitemap_links.append(url.find("s:loc", ns).text)
    return feed_links, sitemap_links


WITHDRAWN = "daily-meridian/2017/11/live-account-vanished.html"


def test_feed_and_sitemap_list_every_article() -> None:
    feed_links, sitemap_links = feed_and_sitemap_links()
    def path_of(link: str) -> str:
        return link.removeprefix("{{BASE}}/").split("?")[0]
    feed_paths, sitemap_paths = {path_of(x) for x in feed_links}, {path_of(x) for x in sitemap_links}
    # Every article is listed; the one extra sitemap entry is the withdrawn story (a 404).
    assert feed_paths | sitemap_paths == set(ARTICLES) | {WITHDRAWN}
    assert not (SITE / WITHDRAWN).exists()
    assert feed_paths & sitemap_paths, "some articles should be in both"
    assert any("utm_source=rss" in link for link in feed_links)
    assert "Sitemap: {{BASE}}/sitemap.xml" in (SITE / "robots.txt").read_text()


# ---- quotes --------------------------------------------------------------------------------

def quote_pieces(q: dict[str, Any]) -> list[str]:
    return q.get("parts") or q["text"].split("\n")


def test_every_gold_quote_occurs_in_its_article() -> None:
    assert set(QUOTES) == set(ARTICLES)
    for path, quotes in QUOTES.items():
        doc, body = html.unescape(page(path)), body_text(path)
        for q in quotes:
            for piece in quote_pieces(q):
                assert piece in doc and piece in body, (path, piece)


def test_quote_annotations_are_well_formed() -> None:
    kinds, styles = Counter(), Counter()
    for path, quotes in QUOTES.items():
        body = body_text(path)
        for q in quotes:
            assert q["speaker_kind"] in ("person", "organization", "anonymous_public", "unnamed_source", "unknown")
            assert q["kind"] in ("direct", "indirect") and q["cue"] and q["speaker_text"]
            assert q["speaker_text"] in body, (path, q["speaker_text"])
            if q["is_public_reaction"]:
                assert q["label"] in LABELS
            kinds[q["speaker_kind"]] += 1
            if q["kind"] == "direct":
                first = quote_pieces(q)[0]
                i = body.index(first)
                styles[body[i - 1]] += 1
                styles["split" if "parts" in q else "whole"] += 1
                styles["paragraphs" if q.get("spans_paragraphs") else "one"] += 1
    assert {"person", "organization", "anonymous_public", "unnamed_source"} <= set(kinds)
    for mark in ("‘", "“", '"'):
        assert styles[mark] >= 2, mark
    assert styles["split"] >= 3 and styles["paragraphs"] >= 1


def test_two_paragraph_quote_follows_the_british_convention() -> None:
    found = 0
    for path, quotes in QUOTES.items():
        body = body_text(path)
        for q in quotes:
            if q.get("spans_paragraphs"):
                first, second = q["text"].split("\n")
                assert f"‘{first}\n\n‘{second}’" in body
                found += 1
    assert found


# ---- entities ------------------------------------------------------------------------------

def test_entity_mentions_are_where_the_gold_says() -> None:
    bodies = {path: body_text(path) for path in ARTICLES}
    for ent in ENTITIES:
        assert ent["label"] in ("PERSON", "ORG")
        for m in ent["mentions"]:
            body = bodies[m["article"]]
            assert body[m["start_char"]:m["end_char"]] == m["text"], (ent["name"], m)
            starts = [x.start() for x in re.finditer(re.escape(m["text"]), body)]
            assert starts[m["occurrence"]] == m["start_char"], (ent["name"], m)
            assert m["text"] in ent["aliases"]


def test_name_variants_and_a_shared_surname() -> None:
    by_name = {e["name"]: e for e in ENTITIES}
    duysak = set(by_name["Bahtiyar Duysak"]["aliases"])
    assert {"Bahtiyar Duysak", "Duysak", "Mr Duysak", "Duysak’s"} <= duysak
    assert "@realDonaldTrump" in by_name["Donald Trump"]["aliases"]
    people = [e for e in ENTITIES if e["label"] == "PERSON" and e["mentions"]]
    surnames = Counter(e["name"].split()[-1] for e in people)
    shared = [s for s, n in surnames.items() if n > 1]
    assert shared, "two different people must share a surname"
    for surname in shared:
        holders = [e for e in people if e["name"].endswith(surname)]
        assert all(any(m["text"] == surname for m in e["mentions"]) for e in holders)


# ---- social payloads -----------------------------------------------------------------------

MASTODON_STATUS = {"id", "created_at", "in_reply_to_id", "in_reply_to_account_id", "sensitive",
                   "spoiler_text", "visibility", "language", "uri", "url", "replies_count",
                   "reblogs_count", "favourites_count", "content", "reblog", "account",
                   "media_attachments", "mentions", "tags", "emojis", "card", "poll"}
MASTODON_ACCOUNT = {"id", "username", "acct", "display_name", "url", "avatar", "created_at"}


def check_status(status: dict[str, Any]) -> None:
    assert MASTODON_STATUS <= set(status), MASTODON_STATUS - set(status)
    assert MASTODON_ACCOUNT <= set(status["account"])
    assert isinstance(status["id"], str) and status["content"].startswith("<p>")


def mastodon_posts() -> dict[str, dict[str, Any]]:
    found = {}
    for f in sorted((SITE / "mastodon/api/v1/timelines/tag").glob("*.json")):
        timeline = json.loads(f.read_text(encoding="utf-8"))
        assert isinstance(timeline, list) and timeline
        ids = [int(s["id"]) for s in timeline]
        assert ids == sorted(ids, reverse=True), "timelines are newest first"
        for s in timeline:
            check_status(s)
            assert f.stem in {t["name"] for t in s["tags"]}
            found[s["id"]] = s
    for f in sorted((SITE / "mastodon/api/v1/statuses").glob("*/context.json")):
        context = json.loads(f.read_text(encoding="utf-8"))
        assert set(context) == {"ancestors", "descendants"}
        for s in context["ancestors"] + context["descendants"]:
            check_status(s)
            found[s["id"]] = s
    return found


def post_view_ok(view: dict[str, Any]) -> None:
    assert {"uri", "cid", "author", "record", "indexedAt"} <= set(view)
    assert {"did", "handle", "displayName"} <= set(view["author"])
    assert view["uri"].startswith(f"at://{view['author']['did']}/app.bsky.feed.post/")
    record = view["record"]
    assert record["$type"] == "app.bsky.feed.post" and record["text"] and record["createdAt"]
    if "reply" in record:
        assert {"uri", "cid"} <= set(record["reply"]["root"]) and {"uri", "cid"} <= set(record["reply"]["parent"])
    for facet in record.get("facets", []):
        raw = record["text"].encode()
        assert 0 <= facet["index"]["byteStart"] < facet["index"]["byteEnd"] <= len(raw)


def bluesky_posts() -> dict[str, dict[str, Any]]:
    found = {}
    search = load_site_json("bluesky/xrpc/app.bsky.feed.searchPosts.json")
    assert isinstance(search["posts"], list)
    for view in search["posts"]:
        post_view_ok(view)
        found[view["uri"]] = view

    def walk(node: dict[str, Any]) -> None:
        assert node["$type"] == "app.bsky.feed.defs#threadViewPost"
        post_view_ok(node["post"])
        found[node["post"]["uri"]] = node["post"]
        for reply in node.get("replies", []):
            assert reply["post"]["record"]["reply"]["parent"]["uri"] == node["post"]["uri"]
            walk(reply)

    for f in sorted((SITE / "bluesky/xrpc/app.bsky.feed.getPostThread").glob("*.json")):
        thread = json.loads(f.read_text(encoding="utf-8"))["thread"]
        assert thread["post"]["uri"].endswith("/" + f.stem)
        walk(thread)
    return found


def listing_ok(listing: dict[str, Any]) -> list[dict[str, Any]]:
    assert listing["kind"] == "Listing" and "after" in listing["data"]
    return listing["data"]["children"]


def reddit_posts() -> dict[str, dict[str, Any]]:
    found = {}
    for child in listing_ok(load_site_json("reddit/search.json")):
        assert child["kind"] == "t3"
        d = child["data"]
        assert {"id", "name", "title", "selftext", "url", "permalink", "author", "created_utc",
                "subreddit", "num_comments"} <= set(d)
        assert d["name"] == f"t3_{d['id']}"
        found[d["name"]] = d
        thread = load_site_json(f"reddit/comments/{d['id']}.json")
        assert isinstance(thread, list) and len(thread) == 2
        assert listing_ok(thread[0])[0]["data"]["name"] == d["name"]
        stack = list(listing_ok(thread[1]))
        count = 0
        while stack:
            c = stack.pop()
            assert c["kind"] == "t1"
            cd = c["data"]
            assert {"id", "name", "body", "author", "created_utc", "parent_id", "link_id", "permalink", "replies"} <= set(cd)
            assert cd["link_id"] == d["name"] and cd["parent_id"][:3] in ("t1_", "t3_")
            found[cd["name"]] = cd
            count += 1
            if cd["replies"]:
                stack.extend(listing_ok(cd["replies"]))
        assert count == d["num_comments"]
    return found


def hn_posts() -> dict[str, dict[str, Any]]:
    found = {}
    search = load_site_json("hn/api/v1/search.json")
    assert {"hits", "nbHits", "page", "nbPages", "hitsPerPage"} <= set(search)
    for hit in search["hits"]:
        assert {"objectID", "title", "url", "author", "created_at", "created_at_i", "story_text",
                "comment_text", "story_id", "parent_id", "_tags"} <= set(hit)
        assert "story" in hit["_tags"]
        found[hit["objectID"]] = hit
        if hit["num_comments"]:
            item = load_site_json(f"hn/api/v1/items/{hit['objectID']}.json")
            stack = [item]
            while stack:
                node = stack.pop()
                assert {"id", "created_at", "type", "author", "title", "url", "text", "parent_id",
                        "story_id", "children"} <= set(node)
                assert node["story_id"] == int(hit["objectID"])
                found[str(node["id"])] = node
                stack.extend(node["children"])
    return found


def test_api_payloads_have_their_platform_shapes_and_enough_posts() -> None:
    posts = {"mastodon": mastodon_posts(), "bluesky": bluesky_posts(), "reddit": reddit_posts(),
             "hackernews": hn_posts()}
    assert sum(len(p) for p in posts.values()) >= 60
    assert all(len(p) >= 10 for p in posts.values())
    gold_posts = [r for r in REACTIONS if r["origin"] == "post"]
    assert Counter(r["platform"] for r in gold_posts) == {k: len(v) for k, v in posts.items()}
    for row in gold_posts:
        assert row["id"] in posts[row["platform"]], row["post_id"]


def test_posts_reply_to_each_other_and_link_articles() -> None:
    gold_posts = [r for r in REACTIONS if r["origin"] == "post"]
    ids = {(r["platform"], r["id"]) for r in gold_posts}
    replies = [r for r in gold_posts if r["reply_to"]]
    assert len(replies) >= 20
    assert all((r["platform"], r["reply_to"]) in ids for r in replies)
    linking = [r for r in gold_posts if any(link.startswith("{{BASE}}/") for link in r["links"])]
    assert len(linking) >= 6
    assert any("utm_" in link for r in linking for link in r["links"])
    for r in linking:
        for link in r["links"]:
            path = link.removeprefix("{{BASE}}/").split("?")[0]
            assert path in ARTICLES or path.startswith("reddit/"), link


# ---- reactions -----------------------------------------------------------------------------

def test_reaction_minimums_and_labels() -> None:
    origins = Counter(r["origin"] for r in REACTIONS)
    assert origins["quote"] >= 12 and origins["embed"] >= 4 and origins["post"] >= 60
    for origin in ("quote", "post"):
        assert {r["label"] for r in REACTIONS if r["origin"] == origin} == set(LABELS), origin
    for r in REACTIONS:
        assert r["label"] in LABELS and r.get("secondary_label", "joke") in LABELS
    public = sum(q["is_public_reaction"] for qs in QUOTES.values() for q in qs)
    assert public == origins["quote"]


def test_embeds_are_in_the_html_in_each_platform_markup() -> None:
    embeds = [r for r in REACTIONS if r["origin"] == "embed"]
    assert {e["platform"] for e in embeds} == {"twitter", "mastodon", "bluesky"}
    for e in embeds:
        doc = html.unescape(page(e["article"]))
        assert e["text"] in doc and e["url"] in doc
        marker = {"twitter": 'class="twitter-tweet"', "mastodon": 'class="mastodon-embed"',
                  "bluesky": 'class="bluesky-embed" data-bluesky-uri="at://'}[e["platform"]]
        assert marker in doc
    assert any(r.get("embedded_as") for r in REACTIONS if r["origin"] == "post")
