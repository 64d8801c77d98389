"""Render the demo posts into the real response shapes of four platform APIs.

Writes under pipeline/demo/site/: mastodon/api/v1/timelines/tag/<tag>.json and
mastodon/api/v1/statuses/<id>/context.json; bluesky/xrpc/app.bsky.feed.searchPosts.json and
bluesky/xrpc/app.bsky.feed.getPostThread/<rkey>.json; reddit/search.json and
reddit/comments/<id>.json; hn/api/v1/search.json and hn/api/v1/items/<id>.json.
Returns the gold reaction rows for every post.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from authoring.embeds import EMBEDS, embed_url
from authoring.ids_social import cid_for, did_for, epoch, snowflake, tid
from authoring.posts_data import (
    BLUESKY, BLUESKY_IN_SEARCH, BLUESKY_THREADS, HN_COMMENTS, HN_IN_SEARCH, HN_STORIES, MASTODON,
    REDDIT_COMMENTS, REDDIT_SUBMISSIONS,
)

MASTO = "{{BASE}}/mastodon"
DEMO_QUERY = "trump twitter account deactivated"
SUBREDDIT_IDS = {"politics": "t5_2cneq", "technology": "t5_2qh16", "NoStupidQuestions": "t5_2w844"}
LINK_RE = re.compile(r"(\{\{BASE\}\}/\S+|https?://\S+)")


def dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def links_in(text: str) -> list[str]:
    return LINK_RE.findall(text)


def gold_row(platform: str, post: dict[str, Any], native_id: str, url: str, text: str,
             reply_to: str | None, links: list[str], **extra: Any) -> dict[str, Any]:
    row = {"origin": "post", "platform": platform, "id": native_id,
           "post_id": f"{platform}:{native_id}", "url": url, "author": post["author"],
           "created_at": post["created"], "text": text, "reply_to": reply_to, "links": links,
           "label": post["label"]}
    if post["secondary_label"]:
        row["secondary_label"] = post["secondary_label"]
    if post.get("embed_key"):
        row["embedded_as"] = embed_url(post["embed_key"])
    row.update(extra)
    return row


# ---- Mastodon -------------------------------------------------------------------------------

def masto_account(acct: str, n: int, display: str | None) -> dict[str, Any]:
    user, _, domain = acct.partition("@")
    url = f"https://{domain}/@{user}" if domain else f"{MASTO}/@{user}"
    return {
        "id": str(100 + n), "username": user, "acct": acct,
        "display_name": display or user.replace("_", " ").title(), "locked": False, "bot": False,
        "discoverable": True, "group": False, "created_at": "2017-04-12T00:00:00.000Z",
        "note": "<p></p>", "url": url, "avatar": f"{MASTO}/avatars/original/missing.png",
        "avatar_static": f"{MASTO}/avatars/original/missing.png",
        "header": f"{MASTO}/headers/original/missing.png",
        "header_static": f"{MASTO}/headers/original/missing.png",
        "followers_count": 40 + 7 * n, "following_count": 60 + 3 * n, "statuses_count": 300 + 11 * n,
        "last_status_at": "2017-11-30", "emojis": [], "fields": [],
    }


def masto_html(text: str, accounts: dict[str, dict[str, Any]]) -> tuple[str, list, list]:
    mentions, tags, out = [], [], []
    for token in re.split(r"(\s+)", text):
        m = re.fullmatch(r"@([\w.]+(?:@[\w.-]+)?)", token)
        if m and m.group(1) in accounts:
            acc = accounts[m.group(1)]
            mentions.append({"id": acc["id"], "username": acc["username"], "url": acc["url"],
                             "acct": acc["acct"]})
            out.append(f'<span class="h-card" translate="no"><a href="{acc["url"]}" class="u-url '
                       f'mention">@<span>{acc["username"]}</span></a></span>')
        elif token.startswith("#") and len(token) > 1:
            name = token[1:].lower()
            tags.append({"name": name, "url": f"{MASTO}/tags/{name}"})
            out.append(f'<a href="{MASTO}/tags/{name}" class="mention hashtag" rel="tag">#<span>'
                       f'{token[1:]}</span></a>')
        elif LINK_RE.fullmatch(token):
            out.append(f'<a href="{token}" target="_blank" rel="nofollow noopener noreferrer" '
                       f'translate="no">{token}</a>')
        else:
            out.append(html.escape(token).replace("&#x27;", "&#39;"))
    return "<p>" + "".join(out) + "</p>", mentions, tags


def build_mastodon(site: Path) -> list[dict[str, Any]]:
    accounts: dict[str, dict[str, Any]] = {}
    for post in MASTODON:
        if post["author"] not in accounts:
            accounts[post["author"]] = masto_account(post["author"], len(accounts),
                                                     post.get("display_name"))
    statuses: dict[str, dict[str, Any]] = {}
    for seq, post in enumerate(MASTODON, start=1):
        acc = accounts[post["author"]]
        sid = snowflake(post["created"], seq)
        if post.get("status_id"):
            user, domain = post["author"].split("@")
            url, uri = f"https://{domain}/@{user}/{post['status_id']}", f"https://{domain}/users/{user}/statuses/{post['status_id']}"
        else:
            url, uri = f"{acc['url']}/{sid}", f"{MASTO}/users/{acc['username']}/statuses/{sid}"
        content, mentions, tags = masto_html(post["text"], accounts)
        parent = statuses[post["reply"]] if post["reply"] else None
        links = links_in(post["text"])
        card = None
        if links:
            card = {"url": links[0], "title": "", "description": "", "type": "link",
                    "author_name": "", "author_url": "", "provider_name": "", "provider_url": "",
                    "html": "", "width": 0, "height": 0, "image": None, "embed_url": "",
                    "blurhash": None}
        statuses[post["key"]] = {
            "id": sid, "created_at": post["created"],
            "in_reply_to_id": parent["id"] if parent else None,
            "in_reply_to_account_id": parent["account"]["id"] if parent else None,
            "sensitive": False, "spoiler_text": "", "visibility": "public", "language": "en",
            "uri": uri, "url": url, "replies_count": sum(p["reply"] == post["key"] for p in MASTODON),
            "reblogs_count": seq % 5, "favourites_count": (seq * 3) % 17, "edited_at": None,
            "content": content, "reblog": None,
            "application": None if "@" in post["author"] else {"name": "Web", "website": None},
            "account": acc, "media_attachments": [], "mentions": mentions, "tags": tags,
            "emojis": [], "card": card, "poll": None,
        }
    by_key = {p["key"]: p for p in MASTODON}
    for tag in ("trump", "twitter"):
        timeline = [statuses[p["key"]] for p in MASTODON if tag in p.get("tags", [])]
        timeline.sort(key=lambda s: int(s["id"]), reverse=True)
        dump(site / "mastodon/api/v1/timelines/tag" / f"{tag}.json", timeline)

    def descendants(key: str) -> list[dict[str, Any]]:
        out = []
        for p in MASTODON:
            if p["reply"] == key:
                out.append(statuses[p["key"]])
                out.extend(descendants(p["key"]))
        return out

    def ancestors(key: str) -> list[dict[str, Any]]:
        chain, cur = [], by_key[key]["reply"]
        while cur:
            chain.insert(0, statuses[cur])
            cur = by_key[cur]["reply"]
        return chain

    for key in [p["key"] for p in MASTODON if descendants(p["key"])]:
        dump(site / f"mastodon/api/v1/statuses/{statuses[key]['id']}/context.json",
             {"ancestors": ancestors(key), "descendants": descendants(key)})
    rows = []
    for post in MASTODON:
        st = statuses[post["key"]]
        parent = statuses[post["reply"]]["id"] if post["reply"] else None
        rows.append(gold_row("mastodon", post, st["id"], st["url"], post["text"], parent,
                             links_in(post["text"]), tags=post.get("tags", [])))
    return rows


# ---- Bluesky --------------------------------------------------------------------------------

def build_bluesky(site: Path) -> list[dict[str, Any]]:
    views: dict[str, dict[str, Any]] = {}
    refs: dict[str, dict[str, str]] = {}
    by_key = {p["key"]: p for p in BLUESKY}
    for post in BLUESKY:
        emb = EMBEDS.get(post.get("embed_key") or "", {})
        did = emb.get("did") or did_for(post["author"])
        rkey = emb.get("rkey") or tid(post["created"])
        uri = f"at://{did}/app.bsky.feed.post/{rkey}"
        refs[post["key"]] = {"uri": uri, "cid": cid_for(uri)}
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "createdAt": post["created"],
                                  "langs": ["en"], "text": post["text"]}
        if post["reply"]:
            root = post["reply"]
            while by_key[root]["reply"]:
                root = by_key[root]["reply"]
            record["reply"] = {"root": refs[root], "parent": refs[post["reply"]]}
        view_embed = None
        if post.get("link"):
            external = {"uri": post["link"], "title": post["link_title"], "description": ""}
            record["embed"] = {"$type": "app.bsky.embed.external", "external": external}
            raw = post["text"].encode()
            start = raw.find(post["link_text"].encode())
            record["facets"] = [{
                "index": {"byteStart": start, "byteEnd": start + len(post["link_text"].encode())},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": post["link"]}],
            }]
            view_embed = {"$type": "app.bsky.embed.external#view", "external": external}
        view = {
            "uri": uri, "cid": refs[post["key"]]["cid"],
            "author": {"did": did, "handle": post["author"],
                       "displayName": post.get("display_name") or post["author"].split(".")[0].replace("-", " ").title(),
                       "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/{cid_for(did)}@jpeg",
                       "labels": [], "createdAt": "2017-09-01T00:00:00.000Z"},
            "record": record,
            "replyCount": sum(p["reply"] == post["key"] for p in BLUESKY),
            "repostCount": len(post["text"]) % 7, "likeCount": len(post["text"]) % 23,
            "quoteCount": 0, "indexedAt": post["created"], "labels": [],
        }
        if view_embed:
            view["embed"] = view_embed
        views[post["key"]] = view
    search = sorted((views[k] for k in BLUESKY_IN_SEARCH), key=lambda v: v["indexedAt"], reverse=True)
    dump(site / "bluesky/xrpc/app.bsky.feed.searchPosts.json", {"posts": search, "hitsTotal": len(search)})

    def thread(key: str) -> dict[str, Any]:
        return {"$type": "app.bsky.feed.defs#threadViewPost", "post": views[key],
                "replies": [thread(p["key"]) for p in BLUESKY if p["reply"] == key]}

    for key in BLUESKY_THREADS:
        rkey = views[key]["uri"].rsplit("/", 1)[-1]
        dump(site / f"bluesky/xrpc/app.bsky.feed.getPostThread/{rkey}.json", {"thread": thread(key)})
    rows = []
    for post in BLUESKY:
        v = views[post["key"]]
        url = f"https://bsky.app/profile/{post['author']}/post/{v['uri'].rsplit('/', 1)[-1]}"
        parent = refs[post["reply"]]["uri"] if post["reply"] else None
        rows.append(gold_row("bluesky", post, v["uri"], url, post["text"], parent,
                             [post["link"]] if post.get("link") else []))
    return rows


# ---- Reddit ---------------------------------------------------------------------------------

def slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", "", title.lower()).split()
    return "_".join(words)[:50].rstrip("_")


def build_reddit(site: Path) -> list[dict[str, Any]]:
    subs = {s["key"]: s for s in REDDIT_SUBMISSIONS}
    comments = {c["key"]: c for c in REDDIT_COMMENTS}

    def submission_of(key: str) -> dict[str, Any]:
        while key in comments:
            key = comments[key]["reply"]
        return subs[key]

    def t3(s: dict[str, Any]) -> dict[str, Any]:
        permalink = f"/r/{s['subreddit']}/comments/{s['id36']}/{slug(s['title'])}/"
        n_comments = sum(submission_of(c["key"]) is s for c in REDDIT_COMMENTS)
        created = epoch(s["created"])
        return {"kind": "t3", "data": {
            "subreddit": s["subreddit"], "selftext": s["text"],
            "selftext_html": (f"&lt;!-- SC_OFF --&gt;&lt;div class=\"md\"&gt;&lt;p&gt;{html.escape(s['text'])}"
                              "&lt;/p&gt;\n&lt;/div&gt;&lt;!-- SC_ON --&gt;") if s["text"] else None,
            "author_fullname": f"t2_{s['author'][:6]}", "title": s["title"],
            "subreddit_name_prefixed": f"r/{s['subreddit']}", "name": f"t3_{s['id36']}",
            "score": 100 + len(s["title"]), "ups": 100 + len(s["title"]), "downs": 0,
            "upvote_ratio": 0.91, "num_comments": n_comments, "is_self": s["url"] is None,
            "url": s["url"] or "{{BASE}}/reddit" + permalink, "permalink": permalink,
            "created": created, "created_utc": created, "id": s["id36"],
            "subreddit_id": SUBREDDIT_IDS[s["subreddit"]],
            "over_18": False, "link_flair_text": None, "stickied": False, "locked": False,
            "archived": True, "author": s["author"], "thumbnail": "self" if s["url"] is None else "default",
        }}

    def t1(c: dict[str, Any], depth: int) -> dict[str, Any]:
        s = submission_of(c["key"])
        parent = f"t3_{s['id36']}" if c["reply"] in subs else f"t1_{comments[c['reply']]['id36']}"
        children = [t1(x, depth + 1) for x in REDDIT_COMMENTS if x["reply"] == c["key"]]
        created = epoch(c["created"])
        return {"kind": "t1", "data": {
            "subreddit_id": SUBREDDIT_IDS[s["subreddit"]], "subreddit": s["subreddit"], "id": c["id36"],
            "name": f"t1_{c['id36']}", "author": c["author"], "author_fullname": f"t2_{c['author'][:6]}",
            "body": c["text"],
            "body_html": f"&lt;div class=\"md\"&gt;&lt;p&gt;{html.escape(html.escape(c['text'], quote=False), quote=False)}&lt;/p&gt;\n&lt;/div&gt;",
            "created": created, "created_utc": created, "parent_id": parent,
            "link_id": f"t3_{s['id36']}",
            "permalink": f"/r/{s['subreddit']}/comments/{s['id36']}/{slug(s['title'])}/{c['id36']}/",
            "score": 5 + len(c["text"]) % 40, "ups": 5 + len(c["text"]) % 40, "depth": depth,
            "replies": {"kind": "Listing", "data": {"after": None, "dist": None, "modhash": "",
                                                     "geo_filter": "", "children": children,
                                                     "before": None}} if children else "",
            "edited": False, "stickied": False, "distinguished": None,
            "is_submitter": c["author"] == s["author"], "controversiality": 0,
        }}

    def listing(children: list[dict[str, Any]], dist: int | None) -> dict[str, Any]:
        return {"kind": "Listing", "data": {"after": None, "dist": dist, "modhash": "",
                                            "geo_filter": "", "children": children, "before": None}}

    shutil.rmtree(site / "reddit", ignore_errors=True)
    dump(site / "reddit/search.json", listing([t3(s) for s in REDDIT_SUBMISSIONS], len(REDDIT_SUBMISSIONS)))
    for s in REDDIT_SUBMISSIONS:
        tops = [t1(c, 0) for c in REDDIT_COMMENTS if c["reply"] == s["key"]]
        dump(site / f"reddit/comments/{s['id36']}.json", [listing([t3(s)], 1), listing(tops, None)])
    rows = []
    for s in REDDIT_SUBMISSIONS:
        data = t3(s)["data"]
        text = s["title"] + ("\n\n" + s["text"] if s["text"] else "")
        rows.append(gold_row("reddit", s, data["name"], "{{BASE}}/reddit" + data["permalink"], text,
                             None, [s["url"]] if s["url"] else [], kind="t3"))
    for c in REDDIT_COMMENTS:
        s = submission_of(c["key"])
        parent = f"t3_{s['id36']}" if c["reply"] in subs else f"t1_{comments[c['reply']]['id36']}"
        url = f"{{{{BASE}}}}/reddit/r/{s['subreddit']}/comments/{s['id36']}/{slug(s['title'])}/{c['id36']}/"
        rows.append(gold_row("reddit", c, f"t1_{c['id36']}", url, c["text"], parent, [], kind="t1"))
    return rows


# ---- Hacker News ----------------------------------------------------------------------------

def hn_html(text: str) -> str:
    return html.escape(text, quote=True)


def iso_z(iso: str) -> str:
    return datetime.fromtimestamp(epoch(iso), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def build_hn(site: Path) -> list[dict[str, Any]]:
    stories = {s["key"]: s for s in HN_STORIES}
    comments = {c["key"]: c for c in HN_COMMENTS}

    def story_of(key: str) -> dict[str, Any]:
        while key in comments:
            key = comments[key]["reply"]
        return stories[key]

    def parent_id(c: dict[str, Any]) -> int:
        return (stories.get(c["reply"]) or comments[c["reply"]])["item_id"]

    def item(key: str) -> dict[str, Any]:
        p = stories.get(key) or comments[key]
        kids = [item(c["key"]) for c in HN_COMMENTS if c["reply"] == key]
        base = {"id": p["item_id"], "created_at": iso_z(p["created"]),
                "created_at_i": int(epoch(p["created"])), "author": p["author"], "options": []}
        if key in stories:
            base.update(type="story", title=p["title"], url=p["url"],
                        text=hn_html(p["text"]) if p["text"] else None, points=p["points"],
                        parent_id=None, story_id=p["item_id"])
        else:
            base.update(type="comment", title=None, url=None, text=hn_html(p["text"]), points=None,
                        parent_id=parent_id(p), story_id=story_of(key)["item_id"])
        base["children"] = kids
        return base

    def hit(key: str) -> dict[str, Any]:
        p = stories.get(key) or comments[key]
        common = {"created_at": iso_z(p["created"]), "author": p["author"],
                  "created_at_i": int(epoch(p["created"])), "objectID": str(p["item_id"])}
        if key in stories:
            n = sum(story_of(c["key"]) is p for c in HN_COMMENTS)
            return {**common, "title": p["title"], "url": p["url"], "points": p["points"],
                    "story_text": hn_html(p["text"]) if p["text"] else None, "comment_text": None, "num_comments": n, "story_id": None,
                    "story_title": None, "story_url": None, "parent_id": None,
                    "_tags": ["story", f"author_{p['author']}", f"story_{p['item_id']}"]}
        s = story_of(key)
        return {**common, "title": None, "url": None, "points": None, "story_text": None,
                "comment_text": hn_html(p["text"]), "num_comments": None, "story_id": s["item_id"],
                "story_title": s["title"], "story_url": s["url"], "parent_id": parent_id(p),
                "_tags": ["comment", f"author_{p['author']}", f"story_{s['item_id']}"]}

    shutil.rmtree(site / "hn", ignore_errors=True)
    hits = [hit(k) for k in HN_IN_SEARCH]
    dump(site / "hn/api/v1/search.json", {
        "hits": hits, "nbHits": len(hits), "page": 0, "nbPages": 1, "hitsPerPage": 20,
        "exhaustiveNbHits": True, "exhaustiveTypo": True, "query": DEMO_QUERY,
        "params": "query=" + DEMO_QUERY.replace(" ", "+"), "processingTimeMS": 2,
    })
    for s in HN_STORIES:
        dump(site / f"hn/api/v1/items/{s['item_id']}.json", item(s["key"]))
    rows = []
    for p in HN_STORIES + HN_COMMENTS:
        reply = None if p["key"] in stories else str(parent_id(p))
        text = p["text"] if p["key"] not in stories else p["title"] + (f"\n\n{p['text']}" if p["text"] else "")
        rows.append(gold_row("hackernews", p, str(p["item_id"]),
                             f"https://news.ycombinator.com/item?id={p['item_id']}", text, reply,
                             [p["url"]] if p["key"] in stories and p["url"] else [],
                             kind="story" if p["key"] in stories else "comment"))
    return rows


def build_posts(site: Path) -> list[dict[str, Any]]:
    for sub in ("mastodon", "bluesky", "reddit", "hn"):
        shutil.rmtree(site / sub, ignore_errors=True)
    return build_mastodon(site) + build_bluesky(site) + build_reddit(site) + build_hn(site)
