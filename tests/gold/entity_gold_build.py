"""The builder every held-out entity gold shares (``tests/gold/entities-heldout*/build_gold.py``):
each set's script holds its table of entities, with the forms each is written in, and calls
``main``, which finds every form in the set's articles and writes ``entities.json``.

Forms are found as whole words; where two overlap the longest wins, so a company named after its
founder is the company where its full name is written; a possessive after a form is kept in the mention. ``occurrence``
counts every earlier occurrence of the exact string in the article, as ``evaluate_entities``
locates it. An entity with ``in`` is looked for only in the articles whose names start with one
of those prefixes. A form may be written ``(form, {article: [n, ...]})``: the entity claims it
only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences of the
form left once longer forms have won (a following possessive included). Such a listed form beats a
plain form of another entity at the same place; two plain forms of different entities at one
place, or two listed ones, stop the build. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_POSSESSIVE = r"(?:['\u2019]s\b|(?<=s)['\u2019](?!\w))?"


def read_articles(here: Path) -> dict[str, str]:
    """Article name ("merger-1.txt") -> text, from ``here``/articles/."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((here / "articles").glob("*.txt"))}


def _occurrence(text: str, needle: str, start: int) -> int:
    """Which occurrence of ``needle`` (counting every earlier hit, as evaluate_entities does) starts at ``start``."""
    n, pos = 0, text.find(needle)
    while pos != start:
        if pos == -1:
            raise ValueError(f"{needle!r} not at {start}")
        n, pos = n + 1, text.find(needle, pos + 1)
    return n


def _forms(e: dict) -> list[tuple[str, dict | None]]:
    """(form, selector or None) for each alias of an entity."""
    return [(a, None) if isinstance(a, str) else (a[0], a[1]) for a in e["aliases"]]


def find_mentions(entities: list[dict], name: str, text: str, explain: list | None = None) -> list[tuple[int, int, int]]:
    """(start, end, entity index) of every gold mention in one article.

    ``explain``, if given, receives (form, bare index, start, end, entity index) for every form
    some entity claims only at listed places, to review them in context.
    """
    found: list[tuple[int, int, int, str, dict | None]] = []
    for i, e in enumerate(entities):
        if "in" in e and not any(name.startswith(prefix) for prefix in e["in"]):
            continue
        for form, sel in _forms(e):
            for m in re.finditer(r"(?<![\w@])" + re.escape(form) + r"(?![\w])" + _POSSESSIVE, text):
                found.append((m.start(), m.end(), i, form, sel))
    # 1. spans, whoever claims them: the longest wins, then the earliest
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    spans: dict[tuple[int, int], list[tuple[int, str, dict | None]]] = {}
    for start, end, i, form, sel in found:
        if (start, end) in spans:
            spans[(start, end)].append((i, form, sel))
        elif not any(s < end and start < t for s, t in spans):
            spans[(start, end)] = [(i, form, sel)]
    # 2. the entity of each span; a listed form counts its bare occurrences in reading order
    bare_index: dict[str, int] = {}
    taken: list[tuple[int, int, int]] = []
    listed_forms = {form for e in entities for form, sel in _forms(e) if sel is not None}
    for (start, end), claims in sorted(spans.items()):
        forms = {form for _, form, _ in claims}
        idx = {}
        for form in forms & listed_forms:
            idx[form] = bare_index.get(form, 0)
            bare_index[form] = idx[form] + 1
        listed = [i for i, form, sel in claims if sel is not None and idx.get(form) in sel.get(name, [])]
        plain = [i for i, form, sel in claims if sel is None]
        chosen = listed or plain
        if len(set(chosen)) > 1:
            raise SystemExit(f"{name}: {text[start:end]!r} at {start} is claimed by two entities; "
                             "restrict one with 'in' or list its places")
        if chosen:
            taken.append((start, end, chosen[0]))
        if explain is not None:
            for form in forms & listed_forms:
                explain.append((form, idx[form], start, end, chosen[0] if chosen else None))
    return sorted(taken)


def build(entities: list[dict], here: Path) -> list[dict]:
    """The gold rows of ``entities`` found in the articles of ``here``."""
    articles = read_articles(here)
    mentions: dict[int, list[dict]] = {i: [] for i in range(len(entities))}
    for name, text in articles.items():
        for start, end, i in find_mentions(entities, name, text):
            written = text[start:end]
            mentions[i].append({"article": f"articles/{name}", "text": written,
                                "occurrence": _occurrence(text, written, start), "start_char": start, "end_char": end})
    gold = []
    for i, e in enumerate(entities):
        if not mentions[i]:
            raise SystemExit(f"{e['name']}: no mention found in any article")
        row = {"name": e["name"], "label": e["label"], "aliases": sorted({m["text"] for m in mentions[i]}),
               "mentions": mentions[i]}
        if "note" in e:
            row["note"] = e["note"]
        gold.append(row)
    return gold


def review(entities: list[dict], here: Path) -> None:
    """Print capitalised words outside every gold mention (each must be no person or organisation),
    then every occurrence of a form claimed only at listed places, in context, with its entity."""
    explained = []
    for name, text in read_articles(here).items():
        explain: list = []
        spans = find_mentions(entities, name, text, explain)
        words = sorted({m.group() for m in re.finditer(r"[@A-Z][\w’'.&-]*", text)
                        if not any(s <= m.start() < e for s, e, _ in spans)})
        print(f"{name}: {' | '.join(words)}")
        for form, n, start, end, i in explain:
            context = text[max(0, start - 40):end + 30].replace("\n", " ")
            explained.append(f"  {name} {form!r} #{n} -> {entities[i]['name'] if i is not None else None}: …{context}…")
    if explained:
        print("shared forms, in context:")
        print("\n".join(explained))


def check_table(entities: list[dict], here: Path) -> None:
    """Stop unless every form in the table is found in some article and every listed occurrence is
    there (the check sets G and H run before building)."""
    articles = read_articles(here)
    found: dict[int, set[str]] = {i: set() for i in range(len(entities))}
    listed_hits: set[tuple[int, str, str, int]] = set()
    for name, text in articles.items():
        explain: list = []
        for start, end, i in find_mentions(entities, name, text, explain):
            found[i].add(text[start:end])
        for form, n, _start, _end, i in explain:
            if i is not None:
                listed_hits.add((i, form, name, n))
    problems = []
    for i, e in enumerate(entities):
        for form, sel in _forms(e):
            if not any(re.fullmatch(re.escape(form) + r"(?:['\u2019]s|['\u2019])?", t) for t in found[i]):
                problems.append(f"{e['name']}: form {form!r} is never a mention")
            for article, places in (sel or {}).items():
                if article not in articles:
                    problems.append(f"{e['name']}: {form!r} listed in missing article {article}")
                for n in places:
                    if (i, form, article, n) not in listed_hits:
                        problems.append(f"{e['name']}: bare {form!r} #{n} in {article} is not its mention")
    if problems:
        raise SystemExit("annotation does not match the text:\n  " + "\n  ".join(problems))


def byline_rows(bylines: list[dict], here: Path) -> list[dict]:
    """Rows for journalists named in bylines only (``{name, bylines: [file], note}``): no
    mentions, their bylines; stop if any part of a name is in a body text."""
    articles = read_articles(here)
    rows = []
    for b in bylines:
        for part in [b["name"], *b["name"].split()]:
            for name, text in articles.items():
                if part in text:
                    raise SystemExit(f"byline name {part!r} occurs in the body text of {name}")
        for a in b["bylines"]:
            if a not in articles:
                raise SystemExit(f"{b['name']}: byline in missing article {a}")
        rows.append({"name": b["name"], "label": "PERSON", "aliases": [b["name"]], "mentions": [],
                     "bylines": [f"articles/{a}" for a in b["bylines"]], "note": b["note"]})
    return rows


def main(entities: list[dict], here: Path, bylines: list[dict] | None = None) -> None:
    """Write ``here``/entities.json; with ``--review``, also list capitalised words no mention
    covers and every listed (shared) form in context. With ``bylines`` (sets L and M), the
    table is checked first, the journalists are added as byline-only rows and the counts are
    printed by label."""
    if bylines is not None:
        check_table(entities, here)
    gold = build(entities, here) + (byline_rows(bylines, here) if bylines is not None else [])
    (here / "entities.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} entities, {sum(len(g['mentions']) for g in gold)} mentions written to entities.json")
    if bylines is not None:
        for label in ("PERSON", "ORG"):
            rows = [g for g in gold if g["label"] == label]
            with_m = [g for g in rows if g["mentions"]]
            print(f"  {label}: {len(rows)} entities ({len(with_m)} with mentions, {len(rows) - len(with_m)} byline only), "
                  f"{sum(len(g['mentions']) for g in rows)} mentions")
        multi = [g for g in gold if len(g["mentions"]) > 1]
        multi_art = [g for g in gold if len({m["article"] for m in g["mentions"]}) > 1]
        print(f"  {len(multi)} entities mentioned more than once, {len(multi_art)} in more than one article; "
              f"{sum(len(g.get('bylines', [])) for g in gold)} bylines")
    if "--review" in sys.argv:
        review(entities, here)
