"""index.html: the story on one page, where every number links to the rows behind it.

Takes the query results the report stage already has (summary and row sets) and returns
HTML text; build.py writes it. Counts link to an anchor on the page that lists the rows
(reactions by label, quotes, articles, entities, failures), and each list links to the
CSV file with all of them. Every value is HTML-escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import Any

from pipeline.records import LABELS

Rows = list[dict[str, Any]]

STYLE = """
body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}a.n{font-weight:600}ul.numbers li{margin:.2rem 0}
.note{color:#666;font-size:.85rem}img{max-width:100%}
"""


def text(value: Any) -> str:
    """A value as escaped display text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return escape(value.strftime("%Y-%m-%d %H:%M"))
    if isinstance(value, (list, tuple)):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def number(value: Any, href: str) -> str:
    """A number that links to the rows behind it."""
    return f'<a class="n" href="{escape(href)}">{text(0 if value is None else value)}</a>'


def link(url: Any, label: Any = None) -> str:
    """A link for http(s) URLs only; anything else (javascript:, file:) stays plain text."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{text(label if label is not None else url)}</a>'
    return text(label if label is not None else url)


def anchor_id(prefix: str, key: Any) -> str:
    return escape(f"{prefix}-{key}")


def limited(rows: Rows, limit: int, csv_name: str) -> tuple[Rows, str]:
    """The first ``limit`` rows and a note pointing at the CSV with all of them."""
    note = f'<p class="note">All {len(rows)} rows: <a href="{csv_name}">{csv_name}</a>'
    if len(rows) > limit:
        note += f" (this page shows the first {limit})"
    return rows[:limit], note + "</p>"


def table(headers: Sequence[str], body: list[list[str]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    lines = []
    for cells in body:
        tds = "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(cells))
        lines.append(f"<tr>{tds}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"


def render_index(summary: dict[str, Any], data: dict[str, Rows], limit: int, grain: str = "hour") -> str:
    """The whole page. ``data`` holds the report row sets keyed by their CSV's stem."""
    s = summary
    by_label = ", ".join(f"{number(s.get(lbl), '#label-' + lbl)} {lbl}" for lbl in LABELS)
    numbers = [
        f"{number(s.get('articles'), '#articles')} articles from {number(s.get('outlets'), '#mix-outlet')} outlets"
        f" ({number(s.get('near_duplicates'), '#articles')} near-duplicates),"
        f" published {text(s.get('first_published'))} to {text(s.get('last_published'))} UTC",
        f"{number(s.get('quotes'), '#quotes')} quotes, {number(s.get('speakers'), '#quotes')} named speakers",
        f"{number(s.get('reactions'), '#reactions')} reactions ({by_label}; "
        f"{number(s.get('unlabelled'), '#label-unlabelled')} not yet classified)",
        f"{number(s.get('posts'), '#reactions')} social posts on {number(s.get('platforms'), '#mix-platform')} platforms",
        f"{number(s.get('entities'), '#entities')} people, organisations and places,"
        f" named {number(s.get('mentions'), '#entities')} times; most named: {text(s.get('top_entity'))}",
        f"{number(s.get('failures'), '#failures')} pages or posts could not be fetched or read",
    ]
    parts = [
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">',
        "<title>newsreact: the story so far</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>The story: coverage and reactions</h1>",
        '<ul class="numbers">' + "".join(f"<li>{n}</li>" for n in numbers) + "</ul>",
        '<h2 id="timeline">Reactions over time</h2>',
        f'<img src="reactions_over_time.png" alt="Reactions per {escape(grain)} by tone">',
        '<p class="note">Data: <a href="reactions_over_time.csv">reactions_over_time.csv</a>, '
        '<a href="csv/timeline.csv">timeline.csv</a></p>',
        mix_section(data["reaction_mix"]),
        reactions_section(data["reactions"], limit),
        quotes_section(data["quotes"], limit),
        articles_section(data["articles"], limit),
        entities_section(data["top_entities"], limit),
        failures_section(data["failures"], limit),
        "</body></html>\n",
    ]
    return "\n".join(parts)


def mix_section(rows: Rows) -> str:
    out = ['<h2 id="mix">Reaction mix</h2>',
           '<p class="note">Counts link to the reactions of that tone below; all rows: '
           '<a href="csv/reaction_mix.csv">reaction_mix.csv</a></p>']
    for scope, title in (("outlet", "By outlet"), ("platform", "By platform"), ("article", "By article")):
        body = []
        for r in (r for r in rows if r["scope"] == scope):
            name = r.get(scope) if scope != "article" else link(r.get("article_url"), r.get("article_title"))
            name = name if scope == "article" else text(name)
            cells = [name or "(not linked to an article)", number(r["reactions"], "#reactions")]
            cells += [number(r[lbl], f"#label-{lbl}") for lbl in LABELS]
            cells += [number(r[f"share_{lbl}"], f"#label-{lbl}") for lbl in LABELS]
            body.append(cells)
        headers = [scope, "reactions", *LABELS, *(f"share {lbl}" for lbl in LABELS)]
        out.append(f'<h3 id="mix-{scope}">{title}</h3>' + table(headers, body, set(range(1, 10))))
    return "\n".join(out)


def reactions_section(rows: Rows, limit: int) -> str:
    out = ['<h2 id="reactions">Reactions by tone</h2>']
    for label in (*LABELS, "unlabelled"):
        chosen = [r for r in rows if (r["label"] or "unlabelled") == label]
        shown, note = limited(chosen, limit, "csv/reactions.csv")
        body = [[text(r["reacted_at"]), text(r["platform"]), text(r["author"]),
                 f'<span id="{anchor_id("r", r["reaction_id"])}">{text(r["text"])}</span>',
                 number(r["score_" + label] if label != "unlabelled" else None, f"#{anchor_id('r', r['reaction_id'])}"),
                 link(r["post_url"] or r["article_url"], r["outlet"] or r["post_url"] or r["article_url"])]
                for r in shown]
        out.append(f'<h3 id="label-{label}">{escape(label)} ({len(chosen)})</h3>')
        out.append(table(["time (UTC)", "platform", "author", "text", "score", "source"], body, {4}) + note)
    return "\n".join(out)


def quotes_section(rows: Rows, limit: int) -> str:
    shown, note = limited(rows, limit, "csv/quotes.csv")
    body = [[text(r["speaker"]), text(r["speaker_kind"]),
             f'<span id="{anchor_id("q", r["quote_id"])}">{text(r["sentence"] or r["quote"])}</span>',
             link(r["url"], r["outlet"] or r["url"])] for r in shown]
    return '<h2 id="quotes">Quotes</h2>\n' + table(["speaker", "kind", "sentence", "source"], body) + note


def articles_section(rows: Rows, limit: int) -> str:
    shown, note = limited(rows, limit, "csv/articles.csv")
    body = [[text(r["published_at"]), text(r["outlet"]), link(r["url"], r["title"] or r["url"]),
             number(r["quotes"], "#quotes"), number(r["reactions"], "#reactions"),
             "near-duplicate" if r["duplicate_of"] else ""] for r in shown]
    return '<h2 id="articles">Articles</h2>\n' + table(
        ["published (UTC)", "outlet", "title", "quotes", "reactions", ""], body, {3, 4}) + note


def entities_section(rows: Rows, limit: int) -> str:
    shown, note = limited(rows, limit, "csv/top_entities.csv")
    body = [[text(r["name"]), text(r["label"]), number(r["mentions"], "csv/top_entities.csv"),
             number(r["articles"], "#articles"), number(r["posts"], "#reactions"), number(r["quotes"], "#quotes"),
             text(r["first_seen"]), text(r["last_seen"])] for r in shown]
    return '<h2 id="entities">Who and what is named</h2>\n' + table(
        ["name", "label", "mentions", "articles", "posts", "quotes", "first seen", "last seen"], body, {2, 3, 4, 5}) + note


def failures_section(rows: Rows, limit: int) -> str:
    shown, note = limited(rows, limit, "csv/failures.csv")
    body = [[text(r["stage"]), text(r["status"]), text(r["url"]), text(r["error"]), text(r["at"])] for r in shown]
    return '<h2 id="failures">Not fetched or not read</h2>\n' + table(
        ["stage", "status", "url", "reason", "when (UTC)"], body) + note
