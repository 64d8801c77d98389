"""Benchmark social-media API payloads, in the response shapes of the real platform APIs.

Reads and writes nothing: ``social_payloads`` returns {site path: JSON-ready value} and
{site path: extra response headers} for ``benchmarks.corpus`` to write. Shapes follow the
demo site (pipeline/demo/site/) and the platforms' documentation:

- Mastodon: ``/mastodon/api/v1/timelines/tag/TAG`` (array of Status, paged by a ``Link``
  header with ``max_id``) and ``/mastodon/api/v1/statuses/ID/context``;
- Bluesky: ``/bluesky/xrpc/app.bsky.feed.searchPosts`` ({posts, cursor}) and
  ``app.bsky.feed.getPostThread`` ({thread: ThreadViewPost});
- Reddit: ``/reddit/search.json`` (a Listing of t3, paged by ``after``) and
  ``/reddit/comments/ID.json`` ([t3 Listing, t1 Listing with nested replies]);
- Hacker News (Algolia): ``/hn/api/v1/search`` ({hits, page, nbPages}) and ``/hn/api/v1/items/ID``.

A paged endpoint's later pages are stored as ``PATH@VALUE`` (the value of its paging query
parameter), which is how ``benchmarks.server`` finds them. Links use ``{{BASE}}``.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from dataclasses import dataclass
from typing import Any

from benchmarks import vocabulary as V
from benchmarks.articles import EPOCH, BenchArticle, StoryContext, fill_reaction

PLATFORMS: tuple[str, ...] = ("mastodon", "bluesky", "reddit", "hackernews")
MASTODON_TAG = "portcalder"
SEARCH_QUERY = "port calder outage"
BASE = "{{BASE}}"


@dataclass(frozen=True)
class BenchPost:
    """One generated post; ``parent`` is the index of the post it answers (None for a root)."""

    index: int
    thread: int
    parent: int | None
    author: str
    text: str
    link: str | None
    created: dt.datetime

    def stamp(self) -> str:
        return self.created.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def plan_posts(rng: random.Random, count: int, articles: list[BenchArticle]) -> list[BenchPost]:
    """``count`` posts in threads: about 30% roots, replies answering the root or another reply."""
    roots = max(1, round(count * 0.3))
    posts: list[BenchPost] = []
    thread_members: dict[int, list[int]] = {}
    contexts: list[tuple[StoryContext, BenchArticle | None]] = []
    for i in range(count):
        if i < roots:
            thread, parent = i, None
            article = rng.choice(articles) if articles else None
            ctx = StoryContext(rng, rng.choice(V.PEOPLE), rng.choice(V.ORGANISATIONS), rng.choice(V.PLACES),
                               rng.choice(V.THINGS), rng.choice(V.DAYS), "")
            contexts.append((ctx, article))
            thread_members[thread] = [i]
        else:
            thread = rng.randrange(roots)
            members = thread_members[thread]
            parent = members[0] if rng.random() < 0.6 else rng.choice(members)
            members.append(i)
        ctx, article = contexts[thread]
        link = BASE + article.path if article is not None and (parent is None and rng.random() < 0.7) else None
        author = rng.choice(V.AUTHORS_FIRST) + "_" + rng.choice(V.AUTHORS_LAST) + str(rng.randint(1, 99))
        base_time = article.published if article is not None else EPOCH
        created = base_time + dt.timedelta(minutes=5 + i % 997, seconds=rng.randint(0, 59))
        text = fill_reaction(rng, rng.choice(sorted(V.REACTIONS)), ctx)
        posts.append(BenchPost(i, thread, parent, author, text, link, created))
    return posts


def _replies(posts: list[BenchPost]) -> dict[int, list[BenchPost]]:
    children: dict[int, list[BenchPost]] = {}
    for post in posts:
        if post.parent is not None:
            children.setdefault(post.parent, []).append(post)
    return children


def _descendants(root: BenchPost, children: dict[int, list[BenchPost]]) -> list[BenchPost]:
    out, stack = [], list(reversed(children.get(root.index, [])))
    while stack:
        post = stack.pop()
        out.append(post)
        stack.extend(reversed(children.get(post.index, [])))
    return out


def mastodon_payloads(posts: list[BenchPost], page_size: int = 40) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    children = _replies(posts)
    ids = {p.index: str(110_000_000_000_000_000 + p.index) for p in posts}

    def status(post: BenchPost) -> dict[str, Any]:
        content = html.escape(post.text, quote=False)
        if post.link:
            content += f' <a href="{post.link}" rel="nofollow noopener" target="_blank">{post.link}</a>'
        content += f' <a href="https://bench.social/tags/{MASTODON_TAG}" class="mention hashtag" rel="tag">#<span>{MASTODON_TAG}</span></a>'
        parent = posts[post.parent] if post.parent is not None else None
        return {
            "id": ids[post.index], "created_at": post.stamp(),
            "in_reply_to_id": ids[parent.index] if parent else None,
            "in_reply_to_account_id": str(1000 + parent.index) if parent else None,
            "sensitive": False, "spoiler_text": "", "visibility": "public", "language": "en",
            "uri": f"https://bench.social/users/{post.author}/statuses/{ids[post.index]}",
            "url": f"https://bench.social/@{post.author}/{ids[post.index]}",
            "replies_count": len(children.get(post.index, [])), "reblogs_count": post.index % 7,
            "favourites_count": post.index % 13, "content": f"<p>{content}</p>", "reblog": None,
            "account": {"id": str(1000 + post.index), "username": post.author, "acct": f"{post.author}@bench.social",
                        "display_name": post.author.replace("_", " ").title(), "url": f"https://bench.social/@{post.author}"},
            "media_attachments": [], "mentions": [], "tags": [{"name": MASTODON_TAG, "url": f"https://bench.social/tags/{MASTODON_TAG}"}],
            "card": ({"url": post.link, "title": "News article", "description": "", "type": "link"} if post.link else None),
        }

    files: dict[str, Any] = {}
    headers: dict[str, dict[str, str]] = {}
    roots = sorted((p for p in posts if p.parent is None), key=lambda p: -p.index)  # newest first, like a timeline
    timeline = f"mastodon/api/v1/timelines/tag/{MASTODON_TAG}"
    for start in range(0, len(roots), page_size):
        page = roots[start:start + page_size]
        key = timeline if start == 0 else f"{timeline}@{ids[roots[start - 1].index]}"
        files[key + ".json"] = [status(p) for p in page]
        if start + page_size < len(roots):
            headers[key + ".json"] = {"Link": f'<{BASE}/{timeline}?limit={page_size}&max_id={ids[page[-1].index]}>; rel="next"'}
    for root in roots:
        if children.get(root.index):
            files[f"mastodon/api/v1/statuses/{ids[root.index]}/context.json"] = {
                "ancestors": [], "descendants": [status(p) for p in _descendants(root, children)]}
    return files, headers


def bluesky_payloads(posts: list[BenchPost], page_size: int = 100) -> dict[str, Any]:
    children = _replies(posts)
    did = {p.index: f"did:plc:bench{p.author.replace('_', '')}" for p in posts}
    uri = {p.index: f"at://{did[p.index]}/app.bsky.feed.post/3kb{p.index:08d}" for p in posts}

    def view(post: BenchPost) -> dict[str, Any]:
        text = post.text + (f" {post.link}" if post.link else "")
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": post.stamp(), "langs": ["en"]}
        if post.link:
            start = len((post.text + " ").encode("utf-8"))
            record["facets"] = [{"index": {"byteStart": start, "byteEnd": start + len(post.link.encode("utf-8"))},
                                 "features": [{"$type": "app.bsky.richtext.facet#link", "uri": post.link}]}]
            record["embed"] = {"$type": "app.bsky.embed.external", "external": {"uri": post.link, "title": "News article", "description": ""}}
        if post.parent is not None:
            root = posts[post.thread]
            record["reply"] = {"root": {"uri": uri[root.index], "cid": f"bafyroot{root.index}"},
                               "parent": {"uri": uri[post.parent], "cid": f"bafyparent{post.parent}"}}
        return {"uri": uri[post.index], "cid": f"bafycid{post.index}",
                "author": {"did": did[post.index], "handle": f"{post.author.replace('_', '-')}.bsky.social",
                           "displayName": post.author.replace("_", " ").title()},
                "record": record, "replyCount": len(children.get(post.index, [])), "repostCount": post.index % 5,
                "likeCount": post.index % 17, "indexedAt": post.stamp()}

    def thread_node(post: BenchPost) -> dict[str, Any]:
        return {"$type": "app.bsky.feed.defs#threadViewPost", "post": view(post),
                "replies": [thread_node(c) for c in children.get(post.index, [])]}

    files: dict[str, Any] = {}
    roots = [p for p in posts if p.parent is None]
    search = "bluesky/xrpc/app.bsky.feed.searchPosts"
    for start in range(0, len(roots), page_size):
        key = search if start == 0 else f"{search}@{start}"
        payload: dict[str, Any] = {"posts": [view(p) for p in roots[start:start + page_size]]}
        if start + page_size < len(roots):
            payload["cursor"] = str(start + page_size)
        files[key + ".json"] = payload
    for root in roots:
        if children.get(root.index):
            files[f"bluesky/xrpc/app.bsky.feed.getPostThread/3kb{root.index:08d}.json"] = {"thread": thread_node(root)}
    return files


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def reddit_payloads(posts: list[BenchPost], page_size: int = 100) -> dict[str, Any]:
    children = _replies(posts)
    rid = {p.index: _base36(1_000_000 + p.index) for p in posts}

    def link_thing(post: BenchPost) -> dict[str, Any]:
        permalink = f"/r/portcalder/comments/{rid[post.index]}/thread_{post.index}/"
        return {"kind": "t3", "data": {
            "id": rid[post.index], "name": f"t3_{rid[post.index]}", "title": post.text, "selftext": "",
            "is_self": post.link is None, "url": post.link or f"https://www.reddit.com{permalink}", "permalink": permalink,
            "author": post.author, "created_utc": post.created.timestamp(), "subreddit": "portcalder",
            "num_comments": len(_descendants(post, children)), "score": post.index % 50}}

    def comment_thing(post: BenchPost, root: BenchPost) -> dict[str, Any]:
        parent_name = f"t3_{rid[root.index]}" if post.parent == root.index else f"t1_{rid[post.parent]}"  # type: ignore[index]
        replies = [comment_thing(c, root) for c in children.get(post.index, [])]
        return {"kind": "t1", "data": {
            "id": rid[post.index], "name": f"t1_{rid[post.index]}", "parent_id": parent_name, "link_id": f"t3_{rid[root.index]}",
            "author": post.author, "body": post.text, "created_utc": post.created.timestamp(),
            "permalink": f"/r/portcalder/comments/{rid[root.index]}/thread_{root.index}/{rid[post.index]}/",
            "score": post.index % 30,
            "replies": {"kind": "Listing", "data": {"after": None, "children": replies}} if replies else ""}}

    files: dict[str, Any] = {}
    roots = [p for p in posts if p.parent is None]
    for start in range(0, len(roots), page_size):
        page = roots[start:start + page_size]
        key = "reddit/search.json" if start == 0 else f"reddit/search.json@t3_{rid[roots[start - 1].index]}"
        after = f"t3_{rid[page[-1].index]}" if start + page_size < len(roots) else None
        files[key] = {"kind": "Listing", "data": {"after": after, "before": None, "dist": len(page),
                                                   "children": [link_thing(p) for p in page]}}
    for root in roots:
        if children.get(root.index):
            files[f"reddit/comments/{rid[root.index]}.json"] = [
                {"kind": "Listing", "data": {"after": None, "children": [link_thing(root)]}},
                {"kind": "Listing", "data": {"after": None, "children": [comment_thing(c, root) for c in children[root.index]]}},
            ]
    return files


def hackernews_payloads(posts: list[BenchPost], page_size: int = 100) -> dict[str, Any]:
    children = _replies(posts)
    hid = {p.index: 40_000_000 + p.index for p in posts}

    def item(post: BenchPost) -> dict[str, Any]:
        is_story = post.parent is None
        return {"id": hid[post.index], "created_at": post.stamp(), "created_at_i": int(post.created.timestamp()),
                "type": "story" if is_story else "comment", "author": post.author,
                "title": post.text if is_story else None, "url": post.link if is_story else None,
                "text": None if is_story else f"<p>{html.escape(post.text, quote=False)}</p>",
                "points": post.index % 90 if is_story else None,
                "parent_id": None if is_story else hid[post.parent],  # type: ignore[index]
                "story_id": hid[post.thread], "children": [item(c) for c in children.get(post.index, [])]}

    files: dict[str, Any] = {}
    roots = [p for p in posts if p.parent is None]
    pages = max(1, -(-len(roots) // page_size))
    for page in range(pages):
        hits = [{"objectID": str(hid[p.index]), "title": p.text, "url": p.link, "author": p.author,
                 "points": p.index % 90, "story_text": None, "num_comments": len(_descendants(p, children)),
                 "created_at": p.stamp(), "created_at_i": int(p.created.timestamp()),
                 "_tags": ["story", f"author_{p.author}", f"story_{hid[p.index]}"]}
                for p in roots[page * page_size:(page + 1) * page_size]]
        key = "hn/api/v1/search" if page == 0 else f"hn/api/v1/search@{page}"
        files[key + ".json"] = {"hits": hits, "nbHits": len(roots), "page": page, "nbPages": pages,
                                "hitsPerPage": page_size, "query": SEARCH_QUERY}
    for root in roots:
        if children.get(root.index):
            files[f"hn/api/v1/items/{hid[root.index]}.json"] = item(root)
    return files


def social_payloads(rng: random.Random, total_posts: int, articles: list[BenchArticle]
                    ) -> tuple[dict[str, Any], dict[str, dict[str, str]], dict[str, int]]:
    """Payload files, extra headers and posts per platform for ``total_posts`` posts split evenly."""
    share, extra = divmod(total_posts, len(PLATFORMS))
    files: dict[str, Any] = {}
    headers: dict[str, dict[str, str]] = {}
    counts: dict[str, int] = {}
    for i, platform in enumerate(PLATFORMS):
        count = share + (1 if i < extra else 0)
        counts[platform] = count
        posts = plan_posts(rng, count, articles) if count else []
        if not posts:
            continue
        if platform == "mastodon":
            made, made_headers = mastodon_payloads(posts)
            headers.update(made_headers)
        elif platform == "bluesky":
            made = bluesky_payloads(posts)
        elif platform == "reddit":
            made = reddit_payloads(posts)
        else:
            made = hackernews_payloads(posts)
        files.update(made)
    return files, headers, counts
