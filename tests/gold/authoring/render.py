"""Render demo articles into HTML pages in three templates: jsonld, opengraph and plain.

``{{BASE}}`` is left in every absolute URL; the demo server substitutes it at serve time.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from authoring.embeds import EMBEDS, embed_url
from authoring.model import H2, Embed
from authoring.outlets import OUTLETS

BASE = "{{BASE}}"


def esc(text: str) -> str:
    """Escape for an HTML text node, keeping quotation marks as typed."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def body_text(art: dict[str, Any]) -> str:
    """The article's body text as gold annotations count it: paragraphs and subheadings, \\n\\n-joined."""
    parts = []
    for block in art["body"]:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, H2):
            parts.append(block.text)
    return "\n\n".join(parts)


def render_embed(key: str) -> str:
    e = EMBEDS[key]
    url = embed_url(key)
    if e["platform"] == "twitter":
        return (
            f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(e["text"])}</p>'
            f'&mdash; {esc(e["name"])} (@{e["handle"]}) <a href="{url}">{e["date"]}</a></blockquote>\n'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
        )
    if e["platform"] == "mastodon":
        return (
            f'<iframe src="{url}/embed" class="mastodon-embed" style="max-width: 100%; border: 0" '
            'width="400" allowfullscreen="allowfullscreen"></iframe>\n'
            f'<blockquote class="mastodon-embed"><p>{esc(e["text"])}</p>&mdash; {esc(e["name"])} '
            f'(@{e["user"]}@{e["instance"]}) <a href="{url}">{e["date"]}</a></blockquote>\n'
            f'<script src="https://{e["instance"]}/embed.js" async="async"></script>'
        )
    uri = f"at://{e['did']}/app.bsky.feed.post/{e['rkey']}"
    return (
        f'<blockquote class="bluesky-embed" data-bluesky-uri="{uri}" data-bluesky-cid="">'
        f'<p lang="en">{esc(e["text"])}</p>&mdash; {esc(e["name"])} (@{e["handle"]}) '
        f'<a href="https://bsky.app/profile/{e["did"]}/post/{e["rkey"]}">{e["date"]}</a></blockquote>\n'
        '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>'
    )


def render_body(art: dict[str, Any]) -> str:
    out = []
    for block in art["body"]:
        if isinstance(block, str):
            out.append(f"<p>{esc(block)}</p>")
        elif isinstance(block, H2):
            out.append(f"<h2>{esc(block.text)}</h2>")
        elif isinstance(block, Embed):
            out.append(f'<figure class="social-embed">\n{render_embed(block.key)}\n</figure>')
    if art["extra_body_html"]:
        out.append(art["extra_body_html"])
    return "\n".join(out)


def human_date(iso: str, with_weekday: bool = False) -> str:
    dt = datetime.fromisoformat(iso)
    text = f"{dt.day} {dt.strftime('%B %Y')}"
    return f"{dt.strftime('%A')} {text}" if with_weekday else text


def chrome_top(outlet: dict[str, Any], slug: str) -> str:
    nav = "".join(f'<li><a href="{BASE}/{slug}/{n.lower().replace(" ", "-").replace("’", "")}/">{esc(n)}</a></li>'
                  for n in outlet["nav"])
    return (
        f'<div id="cookie-banner" class="cookie-banner"><p>{esc(outlet["cookie"])}</p>'
        '<button type="button">Accept all</button> <button type="button">Manage options</button></div>\n'
        f'<header class="site-header"><a class="logo" href="{BASE}/">{esc(outlet["name"])}</a>\n'
        f'<nav class="main-nav"><ul>{nav}</ul></nav>\n'
        '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form></header>'
    )


def chrome_share(outlet: dict[str, Any]) -> str:
    items = "".join(f'<li><a href="#" class="share">{esc(s)}</a></li>' for s in outlet["share"])
    return f'<ul class="share-buttons">{items}</ul>'


def chrome_bottom(outlet: dict[str, Any], related: list[tuple[str, str]]) -> str:
    rel = "".join(f'<li><a href="{BASE}/{p}">{esc(t)}</a></li>' for p, t in related)
    return (
        f'<aside class="related"><h3>Related stories</h3><ul>{rel}</ul></aside>\n'
        f'<aside class="promo"><p>{esc(outlet["promo"])}</p></aside>\n'
        f'<footer class="site-footer"><p>{esc(outlet["footer"])}</p>'
        '<p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></p></footer>'
    )


def render_page(art: dict[str, Any], titles: dict[str, str]) -> str:
    outlet = OUTLETS[art["outlet"]]
    template = outlet["template"]
    canonical = f"{BASE}/{art['path']}"
    title_tag = f"{art['title']}{outlet['title_sep']}{outlet['name']}"
    head = ["<meta charset=\"utf-8\">", f"<title>{esc(title_tag)}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if template == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "author": [{"@type": "Person", "name": a} for a in art["authors"]],
            "datePublished": art["published_at"],
            "dateModified": art["published_at"],
            "publisher": {"@type": "Organization", "name": outlet["name"],
                          "logo": {"@type": "ImageObject", "url": f"{BASE}/{art['outlet']}/logo.png"}},
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
            "url": canonical,
            "inLanguage": outlet["lang"],
        }
        if art.get("wire_credit"):
            ld["sourceOrganization"] = {"@type": "Organization", "name": art["wire_credit"]}
        head.append(f'<link rel="canonical" href="{canonical}">')
        head.append('<script type="application/ld+json">\n'
                    + json.dumps(ld, ensure_ascii=False, indent=2) + "\n</script>")
    elif template == "opengraph":
        head += [
            f'<link rel="canonical" href="{canonical}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{attr(art["title"])}">',
            f'<meta property="og:site_name" content="{attr(outlet["name"])}">',
            f'<meta property="og:url" content="{canonical}">',
            f'<meta property="og:description" content="{attr(art["standfirst"] or "")}">',
            f'<meta property="article:published_time" content="{art["published_at"]}">',
        ]
        head += [f'<meta property="article:author" content="{attr(a)}">' for a in art["authors"]]
        head.append(f'<meta name="author" content="{attr(", ".join(art["authors"]))}">')
    byline_names = " and ".join(art["authors"])
    if art.get("wire_credit"):
        byline_names += f", {art['wire_credit']}"
    if template == "plain":
        dt = datetime.fromisoformat(art["published_at"])
        meta_html = (f'<p class="byline">By {esc(byline_names)}</p>\n'
                     f'<p class="dateline">{human_date(art["published_at"], True)}, {dt.strftime("%H:%M")} GMT</p>')
    else:
        meta_html = (f'<div class="article-meta"><span class="byline">By {esc(byline_names)}</span> '
                     f'<time datetime="{art["published_at"]}">{human_date(art["published_at"])}</time></div>')
    stand = f'<p class="standfirst">{esc(art["standfirst"])}</p>\n' if art["standfirst"] else ""
    related = [(p, titles[p]) for p in art["related"] if p in titles]
    return (
        f'<!DOCTYPE html>\n<html lang="{outlet["lang"]}">\n<head>\n' + "\n".join(head) + "\n</head>\n"
        f'<body class="{template}">\n{chrome_top(outlet, art["outlet"])}\n<main>\n<article>\n'
        f'<h1>{esc(art["title"])}</h1>\n{stand}{meta_html}\n{chrome_share(outlet)}\n'
        f'<div class="article-body">\n{render_body(art)}\n</div>\n</article>\n</main>\n'
        f'{chrome_bottom(outlet, related)}\n</body>\n</html>\n'
    )
