"""Small API payloads in the platforms' real response shapes (fields we read, plus a few we don't).

Shapes follow the public docs: Mastodon's Status entity and /context, AT Protocol
app.bsky.feed.defs#postView / #threadViewPost, Reddit Listing/t3/t1 JSON, and the HN Algolia
search hit and item. Texts are ours.
"""

from __future__ import annotations

from typing import Any


def mastodon_status(sid: str, text_html: str, *, acct: str = "ana@example.social", reply_to: str | None = None,
                    replies: int = 0, card_url: str | None = None) -> dict[str, Any]:
    return {
        "id": sid,
        "uri": f"https://example.social/users/ana/statuses/{sid}",
        "url": f"https://example.social/@ana/{sid}",
        "created_at": "2017-11-03T01:00:00.000Z",
        "in_reply_to_id": reply_to,
        "in_reply_to_account_id": "1" if reply_to else None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "replies_count": replies,
        "reblogs_count": 0,
        "favourites_count": 2,
        "content": text_html,
        "reblog": None,
        "account": {"id": "1", "username": acct.split("@")[0], "acct": acct, "display_name": "Ana",
                    "url": f"https://example.social/@{acct.split('@')[0]}"},
        "media_attachments": [],
        "mentions": [],
        "tags": [{"name": "twitter", "url": "https://example.social/tags/twitter"}],
        "card": {"url": card_url, "title": "A story", "type": "link"} if card_url else None,
    }


def bsky_view(did: str, handle: str, rkey: str, text: str, *, reply_count: int = 0,
              parent: str | None = None, link: str | None = None, external: str | None = None) -> dict[str, Any]:
    uri = f"at://{did}/app.bsky.feed.post/{rkey}"
    record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2017-11-03T02:00:00.000Z", "langs": ["en"]}
    if link:
        start = text.encode().find(b"http")
        record["facets"] = [{"index": {"byteStart": max(start, 0), "byteEnd": len(text.encode())},
                             "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link}]}]
    if external:
        record["embed"] = {"$type": "app.bsky.embed.external",
                           "external": {"uri": external, "title": "Story", "description": ""}}
    if parent:
        record["reply"] = {"root": {"uri": parent, "cid": "bafyroot"}, "parent": {"uri": parent, "cid": "bafyparent"}}
    return {
        "uri": uri,
        "cid": f"bafy{rkey}",
        "author": {"did": did, "handle": handle, "displayName": handle.split(".")[0]},
        "record": record,
        "replyCount": reply_count,
        "repostCount": 0,
        "likeCount": 1,
        "quoteCount": 0,
        "indexedAt": "2017-11-03T02:00:01.000Z",
        "labels": [],
    }


def bsky_thread(view: dict[str, Any], replies: list[dict[str, Any]]) -> dict[str, Any]:
    def node(v: dict[str, Any], children: list[Any]) -> dict[str, Any]:
        return {"$type": "app.bsky.feed.defs#threadViewPost", "post": v, "replies": children}

    return {"thread": node(view, replies)}


def reddit_t3(pid: str, title: str, *, url: str, num_comments: int, selftext: str = "") -> dict[str, Any]:
    return {"kind": "t3", "data": {
        "id": pid, "name": f"t3_{pid}", "title": title, "selftext": selftext, "url": url,
        "is_self": url.startswith("https://www.reddit.com/"), "author": "poster", "created_utc": 1509670800.0,
        "num_comments": num_comments, "subreddit": "news", "score": 10,
        "permalink": f"/r/news/comments/{pid}/a_title/",
    }}


def reddit_t1(cid: str, pid: str, parent: str, body: str, replies: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"kind": "t1", "data": {
        "id": cid, "name": f"t1_{cid}", "parent_id": parent, "link_id": f"t3_{pid}", "body": body,
        "author": f"user_{cid}", "created_utc": 1509671000.0, "score": 3,
        "permalink": f"/r/news/comments/{pid}/a_title/{cid}/",
        "replies": reddit_listing(replies) if replies else "",
    }}


def reddit_listing(children: list[dict[str, Any]], after: str | None = None) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"after": after, "before": None, "dist": len(children), "children": children}}


def hn_hit(oid: str, title: str, url: str, num_comments: int) -> dict[str, Any]:
    return {"objectID": oid, "title": title, "url": url, "author": "pg", "points": 42, "story_text": None,
            "num_comments": num_comments, "created_at": "2017-11-03T03:00:00Z", "created_at_i": 1509678000,
            "_tags": ["story", "author_pg", f"story_{oid}"]}


def hn_item(iid: int, *, kind: str, author: str | None, text: str | None = None, title: str | None = None,
            url: str | None = None, parent_id: int | None = None, story_id: int | None = None,
            children: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": iid, "created_at": "2017-11-03T03:10:00.000Z", "created_at_i": 1509678600, "type": kind,
            "author": author, "title": title, "url": url, "text": text, "points": None if kind == "comment" else 42,
            "parent_id": parent_id, "story_id": story_id, "options": [], "children": children or []}
