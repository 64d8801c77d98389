"""Benchmark news articles: their text (from our templates) and their HTML in three layouts.

Reads and writes nothing: ``write_article`` builds a ``BenchArticle`` from a seeded
``random.Random``; ``render_html`` turns it into a page whose links use the ``{{BASE}}``
placeholder that ``benchmarks.server`` replaces with the server's address. Layouts:
``jsonld`` (NewsArticle JSON-LD + rel=canonical), ``og`` (OpenGraph and article:* meta),
``bare`` (no metadata but the <title>; byline and date in the prose).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from dataclasses import dataclass, field

from benchmarks import vocabulary as V

SLOT = re.compile(r"\{(person|org|place|thing|number|day|role|outlet)\}")
EPOCH = dt.datetime(2026, 3, 2, 6, 0, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class BenchArticle:
    """One generated article; ``path`` starts with a slash, ``paragraphs`` are plain text."""

    index: int
    outlet_slug: str
    outlet_name: str
    layout: str
    path: str
    title: str
    author: str
    section: str
    published: dt.datetime
    paragraphs: list[str]
    embeds: list[tuple[str, str, str]] = field(default_factory=list)  # (handle, status id, text)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass
class StoryContext:
    """The cast of one article, so its sentences stay about the same people and things."""

    rng: random.Random
    person: tuple[str, str, str]
    org: str
    place: str
    thing: str
    day: str
    outlet: str

    def fill(self, template: str, capital: bool = True) -> str:
        def pick(match: re.Match[str]) -> str:
            slot = match.group(1)
            if slot == "person":
                return self.person[0]
            if slot == "role":
                return self.person[1]
            if slot == "number":
                return str(self.rng.randint(2, 48))
            return str(getattr(self, slot))

        text = SLOT.sub(pick, template)
        return text[0].upper() + text[1:] if text and capital else text


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def fill_reaction(rng: random.Random, tone: str, ctx: StoryContext) -> str:
    """A public reaction of the given tone (used for posts and for quoted public reactions)."""
    body = ctx.fill(rng.choice(V.REACTIONS[tone]))
    extra = rng.choice(V.REACTION_EXTRAS)
    text = body + rng.choice(V.REACTION_TAILS)
    return f"{text} {extra}".strip() if extra else text


def quote_sentence(rng: random.Random, ctx: StoryContext, introduced: bool) -> str:
    """One sentence carrying a quote, in one of several styles of quotation marks and cues."""
    name, role, pronoun = ctx.person
    words = ctx.fill(rng.choice(V.QUOTED_WORDS))
    verb = rng.choice(V.SPEECH_VERBS)
    surname = name.split()[-1]
    style = rng.randrange(10)
    if style == 0:
        return f"\u201c{words},\u201d {name} {verb}."
    if style == 1:
        return f'{name}, {role}, said: "{words}."'
    if style == 2 and introduced:
        return f"\u2018{words},\u2019 {pronoun} {verb}."
    if style == 3:
        return f"\u201c{words},\u201d said {surname}."
    if style == 4:
        second = ctx.fill(rng.choice(V.QUOTED_WORDS))
        return f"\u201c{words},\u201d {name} said. \u201c{second}.\u201d"
    if style == 5:
        who = ctx.fill(rng.choice(V.UNNAMED))
        return f"\u201c{words},\u201d {who} said."
    if style == 6:
        tone = rng.choice(sorted(V.REACTIONS))
        reaction = fill_reaction(rng, tone, ctx).rstrip(".!")
        return f"\u2018{reaction}\u2019, {rng.choice(V.PUBLIC_CUES)}."
    if style == 7:
        return f"\u00ab{words}\u00bb, {name} {verb}."
    if style == 8:
        return f"{name} said {ctx.fill(rng.choice(V.INDIRECT), capital=False)}."
    return f"\u201c{words}.\u201d That was how {name}, {role}, put it on {ctx.day}."


def write_article(rng: random.Random, index: int) -> BenchArticle:
    """Article number ``index``: 300-800 words, a headline, byline, date and several quotes."""
    slug, outlet_name, layout = V.OUTLETS[index % len(V.OUTLETS)]
    ctx = StoryContext(rng, rng.choice(V.PEOPLE), rng.choice(V.ORGANISATIONS), rng.choice(V.PLACES),
                       rng.choice(V.THINGS), rng.choice(V.DAYS), outlet_name)
    title = ctx.fill(rng.choice(V.HEADLINES))
    target = rng.randint(300, 800)
    paragraphs: list[str] = []
    words = 0
    introduced = False
    while words < target:
        sentences = [ctx.fill(rng.choice(V.NARRATIVE)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.6:
            sentences.insert(rng.randint(0, len(sentences)), quote_sentence(rng, ctx, introduced))
        introduced = True
        if rng.random() < 0.15:  # a second person appears, so documents mention several people
            ctx.person = rng.choice(V.PEOPLE)
            introduced = False
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    published = EPOCH + dt.timedelta(minutes=37 * index + rng.randint(0, 30))
    path = f"/{slug}/{published:%Y/%m}/{slugify(title)}-{index}.html"
    embeds = []
    if rng.random() < 0.2:
        handle = rng.choice(V.AUTHORS_FIRST) + rng.choice(V.AUTHORS_LAST)
        embeds.append((handle, str(9_000_000_000 + index), fill_reaction(rng, rng.choice(sorted(V.REACTIONS)), ctx)))
    return BenchArticle(index, slug, outlet_name, layout, path, title, rng.choice(V.BYLINES),
                        rng.choice(V.SECTIONS), published, paragraphs, embeds)


def _nav(article: BenchArticle) -> str:
    links = "".join(f'<li><a href="{{{{BASE}}}}/{article.outlet_slug}/{slugify(s)}/">{s}</a></li>' for s in V.SECTIONS)
    return f'<header class="site"><a class="logo" href="{{{{BASE}}}}/{article.outlet_slug}/">{html.escape(article.outlet_name)}</a><nav><ul>{links}</ul></nav></header>'


def _footer(article: BenchArticle) -> str:
    return (f'<footer><p>&copy; 2026 {html.escape(article.outlet_name)}. All rights reserved.</p>'
            '<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li>'
            '<li><a href="/newsletter">Sign up for our newsletter</a></li></ul></footer>')


def _body(article: BenchArticle) -> str:
    parts = [f"<p>{html.escape(p, quote=False)}</p>" for p in article.paragraphs]
    for handle, status_id, text in article.embeds:
        embed = (f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{html.escape(text, quote=False)}</p>'
                 f'&mdash; {handle.title()} (@{handle}) <a href="https://twitter.com/{handle}/status/{status_id}">'
                 f'{article.published:%B %d, %Y}</a></blockquote>')
        parts.insert(min(len(parts), 3), embed)
    return "\n".join(parts)


def _related(article: BenchArticle) -> str:
    items = "".join(f'<li><a href="{{{{BASE}}}}/{article.outlet_slug}/more/{i}.html">More on this story, part {i}</a></li>'
                    for i in range(1, 5))
    return f'<aside class="related"><h2>Related coverage</h2><ul>{items}</ul></aside>'


def render_html(article: BenchArticle) -> str:
    """The article page in its outlet's layout; absolute links start with ``{{BASE}}``."""
    url = "{{BASE}}" + article.path
    title = html.escape(article.title)
    stamp = article.published.isoformat()
    if article.layout == "jsonld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                "datePublished": stamp, "author": [{"@type": "Person", "name": article.author}],
                "publisher": {"@type": "Organization", "name": article.outlet_name}, "mainEntityOfPage": url,
                "articleSection": article.section}
        head = (f'<title>{title} | {html.escape(article.outlet_name)}</title><link rel="canonical" href="{url}">'
                f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
        main = (f'<main><article><h1>{title}</h1><p class="byline">By <a rel="author" href="/authors/{slugify(article.author)}">'
                f'{html.escape(article.author)}</a> &middot; <time datetime="{stamp}">{article.published:%d %B %Y}</time></p>'
                f'<div class="article-body">{_body(article)}</div></article>{_related(article)}</main>')
    elif article.layout == "og":
        head = (f'<title>{title}</title><meta property="og:type" content="article"><meta property="og:title" content="{title}">'
                f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{html.escape(article.outlet_name)}">'
                f'<meta property="article:published_time" content="{stamp}"><meta name="author" content="{html.escape(article.author)}">'
                f'<meta property="article:section" content="{article.section}">')
        main = (f'<div id="content"><h1 class="headline">{title}</h1><div class="meta"><span class="author">{html.escape(article.author)}</span>'
                f'</div><section class="story">{_body(article)}</section><div class="share">Share this article</div></div>{_related(article)}')
    else:
        head = f"<title>{title} - {html.escape(article.outlet_name)}</title>"
        main = (f'<div class="wrap"><div class="story"><h2>{title}</h2><p><em>By {html.escape(article.author)}, '
                f'{article.published:%A %d %B %Y}</em></p>{_body(article)}</div><div class="sidebar">{_related(article)}'
                '<p>Advertisement</p></div></div>')
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{head}</head>\n'
            f"<body>{_nav(article)}\n{main}\n{_footer(article)}</body></html>\n")
