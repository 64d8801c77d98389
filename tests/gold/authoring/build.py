"""Build the demo site (pipeline/demo/site/) and the gold annotations (tests/gold/*.json).

Run from tests/gold: ``../../.venv/bin/python -m authoring.build``. Reads the authoring files
in this folder (articles_*.py, embeds.py, posts_*.py, entities_table.py); writes HTML pages,
feed.xml, sitemap.xml, robots.txt, index.html, the social API payloads, and articles.json,
quotes.json, entities.json, reactions.json. Fails loudly when an annotation does not match the
text it annotates.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from email.utils import format_datetime
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from authoring.articles_a import ARTICLES_A
from authoring.embeds import EMBEDS, embed_url
from authoring.entities_table import ENTITIES
from authoring.model import Embed
from authoring.outlets import OUTLETS
from authoring.posts_build import build_posts
from authoring.render import BASE, body_text, render_page

from authoring.articles_b import ARTICLES_B

GOLD = Path(__file__).resolve().parents[1]
SITE = GOLD.parents[1] / "pipeline" / "demo" / "site"
ARTICLES = ARTICLES_A + ARTICLES_B
FEED_OUTLETS = {"daily-meridian", "pacific-ledger"}
SITEMAP_OUTLETS = {"circuit-review", "northgate-gazette"}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def dump(path: Path, data: Any) -> None:
    write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def first_sentence(text: str, limit: int = 90) -> str:
    sentence = re.split(r"(?<=[.?!])\s", text)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit]
    return cut[: cut.rfind(" ")]


def listed_in(art: dict[str, Any]) -> list[str]:
    where = []
    if art["outlet"] in FEED_OUTLETS or art.get("in_feed"):
        where.append("feed")
    if art["outlet"] in SITEMAP_OUTLETS or art.get("in_sitemap"):
        where.append("sitemap")
    return where


def check_quotes(art: dict[str, Any], text: str) -> None:
    for q in art["quotes"]:
        pieces = q.get("parts") or q["text"].split("\n")
        for piece in pieces:
            if piece not in text:
                raise SystemExit(f"{art['path']}: quote piece not in body: {piece!r}")


def check_coverage(art: dict[str, Any], text: str) -> None:
    """Every quotation-mark span in the body is covered by a gold quote (catches forgotten ones)."""
    pieces = [p for q in art["quotes"] if q["kind"] == "direct" for p in (q.get("parts") or q["text"].split("\n"))]
    spans = [m.group(1) for m in re.finditer(r"[“\"]([^”\"]+)[”\"]", text)]
    spans += [m.group(1)[:30] for m in re.finditer(r"(?:^|(?<=[\s(]))‘(\S[^’]{0,29})", text, re.M)]
    for span in spans:
        if not any(span in p or p in span for p in pieces):
            raise SystemExit(f"{art['path']}: quotation not annotated: {span!r}")


def article_gold(art: dict[str, Any]) -> dict[str, Any]:
    outlet = OUTLETS[art["outlet"]]
    paras = [b for b in art["body"] if isinstance(b, str)]
    snippets = [first_sentence(paras[0]), first_sentence(paras[len(paras) // 2]),
                first_sentence(paras[-1])]
    not_contain = [outlet["cookie"], outlet["footer"], outlet["promo"]]
    return {
        "outlet": outlet["name"],
        "outlet_slug": art["outlet"],
        "title": art["title"],
        "authors": art["authors"],
        "published_at": art["published_at"],
        "language": "en",
        "canonical_path": "/" + art["path"],
        "template": outlet["template"],
        "kind": art["kind"],
        "listed_in": listed_in(art),
        "feed_query": art["feed_query"] or None,
        "word_count": len(body_text(art).split()),
        "must_contain": snippets,
        "must_not_contain": not_contain,
        "near_duplicate_of": art["near_duplicate_of"],
        "embeds": [embed_url(b.key) for b in art["body"] if isinstance(b, Embed)],
    }


def find_mentions() -> list[dict[str, Any]]:
    by_alias: dict[str, list[str]] = {}
    for ent in ENTITIES:
        for alias in ent["aliases"]:
            by_alias.setdefault(alias, []).append(ent["name"])
            if not alias.endswith(("’s", "'s")):
                for poss in (alias + "’s", alias + "'s"):
                    by_alias.setdefault(poss, []).append(ent["name"])
    pattern = re.compile(
        r"(?<![\w@])(" + "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True)) + r")(?!\w)"
    )
    found: dict[str, list[dict[str, Any]]] = {e["name"]: [] for e in ENTITIES}
    for art in ARTICLES:
        text = body_text(art)
        for m in pattern.finditer(text):
            alias = m.group(1)
            names = sorted(set(by_alias[alias]))
            if len(names) > 1:
                names = [n for n in names if n in text]
            if len(names) != 1:
                raise SystemExit(f"{art['path']}: cannot resolve {alias!r} among {by_alias[alias]}")
            occurrence = sum(1 for _ in re.finditer(re.escape(alias), text[: m.start()]))
            found[names[0]].append({"article": art["path"], "text": alias, "occurrence": occurrence,
                                    "start_char": m.start(), "end_char": m.end()})
    out = []
    for ent in ENTITIES:
        mentions = found[ent["name"]]
        aliases = sorted({ent["name"]} | {m["text"] for m in mentions})
        entry = {"name": ent["name"], "label": ent["label"], "aliases": aliases, "mentions": mentions}
        bylines = sorted(a["path"] for a in ARTICLES if ent["name"] in a["authors"])
        if bylines:
            entry["bylines"] = bylines
        if ent.get("note"):
            entry["note"] = ent["note"]
        out.append(entry)
    return out


def build_feed(titles: dict[str, str]) -> str:
    items = []
    for art in sorted(ARTICLES, key=lambda a: a["published_at"], reverse=True):
        if "feed" not in listed_in(art):
            continue
        link = f"{BASE}/{art['path']}{art['feed_query']}"
        pub = format_datetime(datetime.fromisoformat(art["published_at"]))
        items.append(
            "    <item>\n"
            f"      <title>{xml_escape(art['title'])}</title>\n"
            f"      <link>{xml_escape(link)}</link>\n"
            f"      <guid isPermaLink=\"false\">{art['outlet']}-{Path(art['path']).stem}</guid>\n"
            f"      <pubDate>{pub}</pubDate>\n"
            f"      <dc:creator>{xml_escape(', '.join(art['authors']))}</dc:creator>\n"
            f"      <description>{xml_escape(art['standfirst'] or first_sentence(body_text(art)))}</description>\n"
            "    </item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        "  <channel>\n"
        "    <title>Demo News Network: latest stories</title>\n"
        f"    <link>{BASE}/</link>\n"
        f'    <atom:link href="{BASE}/feed.xml" rel="self" type="application/rss+xml"/>\n'
        "    <description>Stories from The Daily Meridian, The Pacific Ledger and Northgate Gazette (fictional demo outlets).</description>\n"
        "    <language>en</language>\n"
        "    <lastBuildDate>Thu, 30 Nov 2017 18:00:00 +0000</lastBuildDate>\n"
        + "\n".join(items) + "\n  </channel>\n</rss>\n"
    )


WITHDRAWN_PATH = "daily-meridian/2017/11/live-account-vanished.html"


def build_sitemap() -> str:
    urls = []
    for art in sorted(ARTICLES, key=lambda a: a["path"]):
        if "sitemap" not in listed_in(art):
            continue
        urls.append(
            "  <url>\n"
            f"    <loc>{BASE}/{art['path']}</loc>\n"
            "    <news:news>\n"
            "      <news:publication>\n"
            f"        <news:name>{xml_escape(OUTLETS[art['outlet']]['name'])}</news:name>\n"
            "        <news:language>en</news:language>\n"
            "      </news:publication>\n"
            f"      <news:publication_date>{art['published_at']}</news:publication_date>\n"
            f"      <news:title>{xml_escape(art['title'])}</news:title>\n"
            "    </news:news>\n"
            "  </url>"
        )
    # A story the outlet has since withdrawn: still in the sitemap, answered with 404. The demo
    # then shows a journalist what a failure row looks like (failures table, v_failures).
    urls.append(
        "  <url>\n"
        f"    <loc>{BASE}/{WITHDRAWN_PATH}</loc>\n"
        "    <news:news>\n"
        "      <news:publication>\n"
        "        <news:name>The Daily Meridian</news:name>\n"
        "        <news:language>en</news:language>\n"
        "      </news:publication>\n"
        "      <news:publication_date>2017-11-03T08:00:00+00:00</news:publication_date>\n"
        "      <news:title>Live: the account that vanished (withdrawn)</news:title>\n"
        "    </news:news>\n"
        "  </url>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
        '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        + "\n".join(urls) + "\n</urlset>\n"
    )


def build_index() -> str:
    rows = []
    for slug, outlet in OUTLETS.items():
        links = "".join(f'<li><a href="{BASE}/{a["path"]}">{a["title"]}</a></li>'
                        for a in ARTICLES if a["outlet"] == slug)
        rows.append(f"<section><h2>{outlet['name']}</h2><ul>{links}</ul></section>")
    return ('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Demo News Network</title></head>\n'
            '<body><h1>Demo News Network</h1><p>Fictional outlets for the newsreact demo. '
            f'<a href="{BASE}/feed.xml">RSS</a> · <a href="{BASE}/sitemap.xml">Sitemap</a></p>\n'
            + "\n".join(rows) + "\n</body>\n</html>\n")


def main(site: Path = SITE, gold: Path = GOLD, quiet: bool = False) -> None:
    """Write the site under ``site`` and the gold files under ``gold``."""
    titles = {a["path"]: a["title"] for a in ARTICLES}
    for art in ARTICLES:
        check_quotes(art, body_text(art))
        check_coverage(art, body_text(art))
    for sub in ("daily-meridian", "circuit-review", "northgate-gazette", "pacific-ledger"):
        shutil.rmtree(site / sub, ignore_errors=True)
    for art in ARTICLES:
        write(site / art["path"], render_page(art, titles))
    write(site / "feed.xml", build_feed(titles))
    write(site / "sitemap.xml", build_sitemap())
    write(site / "robots.txt", f"User-agent: *\nAllow: /\n\nSitemap: {BASE}/sitemap.xml\n")
    write(site / "index.html", build_index())
    dump(gold / "articles.json", {a["path"]: article_gold(a) for a in ARTICLES})
    dump(gold / "quotes.json", {a["path"]: a["quotes"] for a in ARTICLES})
    dump(gold / "entities.json", find_mentions())
    reactions = []
    for art in ARTICLES:
        for q in art["quotes"]:
            if q["is_public_reaction"]:
                entry = {"origin": "quote", "article": art["path"], "text": q["text"],
                         "speaker_text": q["speaker_text"], "label": q["label"]}
                if q.get("secondary_label"):
                    entry["secondary_label"] = q["secondary_label"]
                reactions.append(entry)
        for block in art["body"]:
            if isinstance(block, Embed):
                e = EMBEDS[block.key]
                entry = {"origin": "embed", "article": art["path"], "platform": e["platform"],
                         "url": embed_url(block.key), "text": e["text"], "label": e["label"]}
                if e.get("secondary_label"):
                    entry["secondary_label"] = e["secondary_label"]
                if e["platform"] == "bluesky":
                    entry["at_uri"] = f"at://{e['did']}/app.bsky.feed.post/{e['rkey']}"
                reactions.append(entry)
    posts = build_posts(site)
    reactions.extend(posts)
    dump(gold / "reactions.json", reactions)
    if quiet:
        return
    for art in ARTICLES:
        print(f"{len(body_text(art).split()):4d} words  {len(art['quotes']):2d} quotes  {art['path']}", file=sys.stderr)
    print(f"{len(ARTICLES)} articles, {sum(r['origin'] == 'quote' for r in reactions)} quoted reactions, "
          f"{sum(r['origin'] == 'embed' for r in reactions)} embeds, {len(posts)} posts", file=sys.stderr)


if __name__ == "__main__":
    main()
