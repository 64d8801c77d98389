"""Build entities.json (held-out entity gold, set B) from the table below and the texts in articles/.

Adapted from ``tests/gold/entities-heldout/build_gold.py``. Every PERSON and ORG of the nine
articles is listed with the forms it is written in. The builder finds each form in each article
(whole words; the longest form wins where two overlap, so "Odunsi Health" is the company and not
the founder; a possessive after the form is kept in the mention), and writes ``[{name, label,
aliases, mentions: [{article, text, occurrence, start_char, end_char}], note?}]``. ``occurrence``
counts every earlier occurrence of the exact string in the article, as ``evaluate_entities``
locates it. An entity with ``in`` is looked for only in the articles whose names start with one of
those prefixes ("Hutchby" names two unrelated women in two stories).

New in set B: a form may be written ``(form, {article: [n, ...]})``: the entity claims that form
only at the listed *bare* occurrences (0-based) in those articles, counting the occurrences of the
form that are left once longer forms have won (a following possessive included, so "Odunsi's"
counts as an "Odunsi"). It is for a surname that is also a company's short form: bare "Odunsi" is
the company Odunsi Health by default and the founder Temitope Odunsi only where listed. Such a
listed form beats a plain form of another entity at the same place; two plain forms of different
entities at one place, or two listed ones, stop the build.

    python3 tests/gold/entities-heldout-b/build_gold.py           # write entities.json
    python3 tests/gold/entities-heldout-b/build_gold.py --review  # also list capitalised words no
                                                                    # mention covers, and every
                                                                    # listed (shared) form in context
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ENTITIES: list[dict] = [
    # -- hospital trust merger (British; merger-1 curly, merger-2 straight, the Echo's own report) --
    {"name": "Stenbury Hospitals NHS Trust", "label": "ORG", "in": ["merger"],
     "aliases": ["Stenbury Hospitals NHS Trust", "Stenbury Hospitals", "Trust"],
     "note": "'the Trust' (capitalised) in merger-1 is always this trust; bare 'Stenbury' is the town"},
    {"name": "Callowmere Community Health NHS Trust", "label": "ORG",
     "aliases": ["Callowmere Community Health NHS Trust", "Callowmere Community Health", "CCH"],
     "note": "bare 'Callowmere' is always the town ('the Callowmere clinic', 'MP for Stenbury and Callowmere')"},
    {"name": "Healthcare Standards Office", "label": "ORG", "aliases": ["Healthcare Standards Office", "HSO"]},
    {"name": "Allied Health Staff Union", "label": "ORG", "aliases": ["Allied Health Staff Union", "AHSU"]},
    {"name": "Stenbury Echo", "label": "ORG", "aliases": ["Stenbury Echo", "Echo"],
     "note": "a local paper; merger-2 is its own report and calls it 'the Echo'"},
    {"name": "Hallbrook University", "label": "ORG", "aliases": ["Hallbrook University"]},
    {"name": "Keep Callowmere Caring", "label": "ORG", "aliases": ["Keep Callowmere Caring"],
     "note": "the Hebdens' campaign ('the campaign would hold a public meeting')"},
    {"name": "Niamh Corrigan", "label": "PERSON", "aliases": ["Dr Niamh Corrigan", "Niamh Corrigan", "Dr Corrigan"]},
    {"name": "Barnaby Wynstone", "label": "PERSON", "aliases": ["Barnaby Wynstone", "Mr Wynstone"]},
    {"name": "Sunanda Bhandarkar", "label": "PERSON", "aliases": ["Sunanda Bhandarkar", "Ms Bhandarkar"]},
    {"name": "Adaeze Nwankwo", "label": "PERSON", "aliases": ["Prof Adaeze Nwankwo", "Prof Nwankwo"]},
    {"name": "Dermot Hebden", "label": "PERSON", "aliases": ["Dermot Hebden", "Mr Hebden", "Dermot"],
     "note": "merger-1 names the couple as 'Dermot and Ursula Hebden': 'Dermot' is his mention; "
             "husband and wife are told apart by Mr/Mrs, bare 'Hebden' never occurs"},
    {"name": "Ursula Hebden", "label": "PERSON", "aliases": ["Ursula Hebden", "Mrs Hebden"]},
    {"name": "Elowen Hebden", "label": "PERSON", "aliases": ["Elowen"],
     "note": "their daughter, a child, named only as 'Elowen'"},
    {"name": "Dulcie Ottery", "label": "PERSON", "aliases": ["Dulcie Ottery", "Ms Ottery"]},
    {"name": "Bethan Rudge", "label": "PERSON", "aliases": ["Cllr Bethan Rudge", "Cllr Rudge"]},
    {"name": "Godfrey Trask", "label": "PERSON", "aliases": ["Godfrey Trask", "Mr Trask"]},
    # -- start-up data leak (leak-1 American straight, leak-2 American curly, leak-3 British straight) --
    {"name": "Odunsi Health", "label": "ORG", "in": ["leak"],
     "aliases": ["Odunsi Health Inc.", "Odunsi Health", "@OdunsiHealth", "Odunsi"],
     "note": "named after its founder; bare 'Odunsi' is the company except at the two places in leak-1 "
             "listed under Temitope Odunsi ('Odunsi said' after her quote, 'Odunsi's video')"},
    {"name": "Temitope Odunsi", "label": "PERSON", "in": ["leak"],
     "aliases": ["Temitope \"Temi\" Odunsi", "Temitope Odunsi", "Temi Odunsi", "Ms. Odunsi", "Ms Odunsi", "Temi",
                 ("Odunsi", {"leak-1.txt": [3, 6]})],
     "note": "nickname Temi; leak-1 writes 'Temitope \"Temi\" Odunsi', one mention"},
    {"name": "Jethro Ferrier", "label": "PERSON",
     "aliases": ["Jethro M. Ferrier", "Jethro Ferrier", "Mr. Ferrier", "Ferrier", "@bucketwatcher"],
     "note": "leak-1: 'Ferrier, who posts as @bucketwatcher'"},
    {"name": "Cinderpath Security", "label": "ORG", "aliases": ["Cinderpath Security", "Cinderpath"]},
    {"name": "Halberd Ventures", "label": "ORG", "aliases": ["Halberd Ventures", "Halberd"]},
    {"name": "Evander Lorimer", "label": "PERSON", "aliases": ["Evander Lorimer", "Lorimer"]},
    {"name": "Lavinia Kittredge", "label": "PERSON",
     "aliases": ["Sen. Lavinia Kittredge", "Senator Lavinia Kittredge", "Ms. Kittredge", "Kittredge"]},
    {"name": "Federal Trade Commission", "label": "ORG", "aliases": ["Federal Trade Commission", "FTC", "F.T.C."]},
    {"name": "Kendra Hutchby", "label": "PERSON", "in": ["leak"], "aliases": ["Kendra Hutchby", "Ms. Hutchby"],
     "note": "shares a surname with Insp. Morven Hutchby of the rescue story (unrelated)"},
    {"name": "Wyatt Hutchby", "label": "PERSON", "aliases": ["Wyatt"], "note": "her son, a child, named only as 'Wyatt'"},
    {"name": "Marybeth Osgood", "label": "PERSON", "aliases": ["Marybeth Osgood", "Ms. Osgood"]},
    {"name": "Drabble & Corvino LLP", "label": "ORG", "aliases": ["Drabble & Corvino LLP"]},
    {"name": "Thurston Easterby", "label": "PERSON", "aliases": ["Rep. Thurston Easterby", "Mr. Easterby"]},
    {"name": "Information Rights Office", "label": "ORG", "aliases": ["Information Rights Office", "IRO"]},
    {"name": "Tabitha Gillow", "label": "PERSON", "aliases": ["Tabitha Gillow", "Mrs Gillow"]},
    {"name": "Mehreen Lattimore", "label": "PERSON", "aliases": ["Dr Mehreen Lattimore", "Dr Lattimore"]},
    {"name": "Ravenhall University", "label": "ORG", "aliases": ["Ravenhall University"]},
    {"name": "Patients' Privacy Alliance", "label": "ORG", "in": ["leak"],
     "aliases": ["Patients' Privacy Alliance", "Alliance"]},
    {"name": "Reuters", "label": "ORG", "aliases": ["Reuters"]},
    {"name": "Reddit", "label": "ORG", "aliases": ["Reddit"]},
    # -- family brewery sold (British; brewery-1 curly, brewery-2 straight tabloid) --
    {"name": "Dunmall & Sons", "label": "ORG", "in": ["brewery"],
     "aliases": ["Dunmall & Sons", "Dunmall’s", "Dunmall's"],
     "note": "the brewery is 'Dunmall's' (possessive-shaped short form, also attributive: 'a Dunmall's pub'); "
             "the family are always named with a first name or Mr/Mrs/Ms"},
    {"name": "Brockhurst Drinks Group", "label": "ORG",
     "aliases": ["Brockhurst Drinks Group plc", "Brockhurst Drinks Group", "Brockhurst"],
     "note": "one-word short form that looks like a surname"},
    {"name": "Ivor Dunmall", "label": "PERSON", "aliases": ["Ivor Dunmall", "Mr Dunmall", "Ivor"]},
    {"name": "Bronwen Dunmall", "label": "PERSON", "aliases": ["Bronwen Dunmall", "Mrs Dunmall", "Bronwen"],
     "note": "his wife; 'Mrs Dunmall' in brewery-1"},
    {"name": "Carys Dunmall", "label": "PERSON", "aliases": ["Carys Dunmall", "Ms Dunmall", "Carys", "@carysbrews"],
     "note": "their daughter; 'Ms Dunmall' in brewery-1, beside 'Mrs Dunmall' (her mother)"},
    {"name": "Emrys Dunmall", "label": "PERSON", "aliases": ["Emrys"], "note": "grandson, named only as 'Emrys'"},
    {"name": "Araminta Greaves", "label": "PERSON", "aliases": ["Araminta Greaves", "Ms Greaves", "Greaves"]},
    {"name": "Guild of Family Brewers", "label": "ORG", "aliases": ["Guild of Family Brewers", "GFB"]},
    {"name": "Fintan Dacre", "label": "PERSON", "aliases": ["Fintan Dacre", "Mr Dacre"]},
    {"name": "Gwilym Wilmot", "label": "PERSON", "aliases": ["Gwilym Wilmot", "Mr Wilmot"]},
    {"name": "Treasury", "label": "ORG", "aliases": ["Treasury"], "note": "the government department ('the Treasury')"},
    {"name": "Instagram", "label": "ORG", "aliases": ["Instagram"]},
    {"name": "Facebook", "label": "ORG", "aliases": ["Facebook"]},
    # -- mountain rescue team's dispute with a council (British; rescue-1 straight, rescue-2 curly) --
    {"name": "Harrowdale Mountain Rescue Team", "label": "ORG",
     "aliases": ["Harrowdale Mountain Rescue Team", "Harrowdale MRT", "@HarrowdaleMRT"],
     "note": "bare 'Harrowdale' is always the valley (a place)"},
    {"name": "Fellmark County Council", "label": "ORG", "aliases": ["Fellmark County Council", "County Council"],
     "note": "'the County Council' capitalised is annotated, 'the council' is not; 'County Hall' (a building) is not"},
    {"name": "Fellmark Police", "label": "ORG", "aliases": ["Fellmark Police"]},
    {"name": "Conall Tarrant", "label": "PERSON",
     "aliases": ["Conall \"Badger\" Tarrant", "Conall Tarrant", "Mr Tarrant", "Badger"],
     "note": "nickname Badger; rescue-1 writes 'Conall \"Badger\" Tarrant', one mention"},
    {"name": "Alistair Braithwaite", "label": "PERSON", "aliases": ["Supt Alistair Braithwaite", "Supt Braithwaite"]},
    {"name": "Rosamund Fairlie", "label": "PERSON", "aliases": ["Cllr Rosamund Fairlie", "Cllr Fairlie", "@CllrFairlie"]},
    {"name": "Gethen Isherwood", "label": "PERSON", "aliases": ["Cllr Gethen Isherwood", "Cllr Isherwood"]},
    {"name": "Morven Hutchby", "label": "PERSON", "in": ["rescue"], "aliases": ["Insp. Morven Hutchby", "Insp. Hutchby"],
     "note": "shares a surname with Kendra Hutchby of the leak story (unrelated)"},
    {"name": "Upland Rescue Federation", "label": "ORG", "aliases": ["Upland Rescue Federation", "URF"]},
    {"name": "Corrow Foundation", "label": "ORG", "aliases": ["Corrow Foundation"]},
    {"name": "Lowri Pocklington", "label": "PERSON", "aliases": ["Lowri Pocklington", "Lowri"]},
    {"name": "Hermione Blackett", "label": "PERSON", "aliases": ["Dr Hermione Blackett", "Dr Blackett"]},
    # -- platforms --
    {"name": "X", "label": "ORG", "aliases": ["X"], "note": "the platform"},
]

_POSSESSIVE = r"(?:['\u2019]s\b|(?<=s)['\u2019](?!\w))?"


def read_articles() -> dict[str, str]:
    """Article name ("merger-1.txt") -> text, from articles/."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "articles").glob("*.txt"))}


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


def find_mentions(name: str, text: str, explain: list | None = None) -> list[tuple[int, int, int]]:
    """(start, end, entity index) of every gold mention in one article.

    ``explain``, if given, receives (form, bare index, start, end, entity index) for every form
    some entity claims only at listed places, to review them in context.
    """
    found: list[tuple[int, int, int, str, dict | None]] = []
    for i, e in enumerate(ENTITIES):
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
    listed_forms = {form for e in ENTITIES for form, sel in _forms(e) if sel is not None}
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


def build() -> list[dict]:
    articles = read_articles()
    mentions: dict[int, list[dict]] = {i: [] for i in range(len(ENTITIES))}
    for name, text in articles.items():
        for start, end, i in find_mentions(name, text):
            written = text[start:end]
            mentions[i].append({"article": f"articles/{name}", "text": written,
                                "occurrence": _occurrence(text, written, start), "start_char": start, "end_char": end})
    gold = []
    for i, e in enumerate(ENTITIES):
        if not mentions[i]:
            raise SystemExit(f"{e['name']}: no mention found in any article")
        row = {"name": e["name"], "label": e["label"], "aliases": sorted({m["text"] for m in mentions[i]}),
               "mentions": mentions[i]}
        if "note" in e:
            row["note"] = e["note"]
        gold.append(row)
    return gold


def review() -> None:
    """Print capitalised words outside every gold mention (each must be no person or organisation),
    then every occurrence of a form claimed only at listed places, in context, with its entity."""
    explained = []
    for name, text in read_articles().items():
        explain: list = []
        spans = find_mentions(name, text, explain)
        words = sorted({m.group() for m in re.finditer(r"[@A-Z][\w’'.&-]*", text)
                        if not any(s <= m.start() < e for s, e, _ in spans)})
        print(f"{name}: {' | '.join(words)}")
        for form, n, start, end, i in explain:
            context = text[max(0, start - 40):end + 30].replace("\n", " ")
            explained.append(f"  {name} {form!r} #{n} -> {ENTITIES[i]['name'] if i is not None else None}: …{context}…")
    if explained:
        print("shared forms, in context:")
        print("\n".join(explained))


if __name__ == "__main__":
    gold = build()
    (HERE / "entities.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} entities, {sum(len(g['mentions']) for g in gold)} mentions written to entities.json")
    if "--review" in sys.argv:
        review()
