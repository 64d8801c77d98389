"""Scoring the extractor: direct quotes and speakers on PolNeAR, entities on the demo gold.

``evaluate_quotes`` reads PolNeAR (``polnear_dir/SPLIT/text/NAME.txt`` and the first, in sorted
order, of ``attributions/NAME_*.ann``) and scores newsreact and, as the peer, textacy's
``direct_quotations`` on the same spaCy docs (/work/shared/data/README.md, "polnear"):

- gold direct quote: a Content span that begins or ends with a quotation mark (``is_direct``:
  straight single marks too, '' doubled or ' with its opening ' in the span);
- overlap is counted on letters and digits only (marks and punctuation aside) and must reach
  80% (also 30%) of the longer span; one prediction matches at most one gold quote;
- a prediction that matches no gold Content span (direct or not) is a false positive;
- speaker accuracy, over the 80% matches whose gold has a Source: the predicted
  ``speaker_text`` span overlaps the gold Source span.

PolNeAR's Content is the attribution's whole content ("that … ‘words’", "Sooner or later, …
‘words’"), not only the quoted words. So each system's prediction is compared through the same
mapping (``polnear_content.py``, rules in README.md, "Evaluation"): the quote widened to the
words its cue clause attributes with it (after a cue before it, the sentence lead before a
cue after it; the outermost cue of a nested attribution), quotes sharing a cue and floating
quotes joined. That is the headline score
(``newsreact``, ``textacy``); the quoted words alone are scored too (``newsreact_words``,
``textacy_words``). ``errors`` collects newsreact's misses for ``--errors``. Nothing is written.

``evaluate_entities`` scores mentions against the demo gold (tests/gold/entities.json).
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.extract.nlp import load_nlp, process_texts
from pipeline.extract.polnear_content import (
    Predicted,
    Spans,
    newsreact_predictions,
    paragraph_bounds,
    textacy_predictions,
)
from pipeline.extract.quotes import QUOTE_MARKS
from pipeline.records import Article, Entity, Mention

log = logging.getLogger(__name__)



@dataclass
class GoldAttribution:
    content: Spans
    source: Spans
    direct: bool


def _spans(field: str) -> Spans:
    return [(int(a), int(b)) for a, b in (frag.split() for frag in field.split(";"))]


def read_polnear_article(ann_path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one brat .ann file."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (kind, _spans(offsets))
        elif line.startswith("E") and len(cols) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in cols[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            events.append(roles)
    out = []
    for roles in events:
        content = [s for ref in roles.get("Content", []) if ref in spans for s in spans[ref][1]]
        source = [s for ref in roles.get("Source", []) if ref in spans for s in spans[ref][1]]
        if not content:
            continue
        content.sort()
        words = text[content[0][0] : content[-1][1]].strip().rstrip(".,;:")
        out.append(GoldAttribution(content, sorted(source), is_direct(words)))
    return out


def is_direct(words: str) -> bool:
    """Whether a Content span begins or ends with a quotation mark. Straight single marks count
    too: ''doubled'' (typewriter double quotes) or single; a closing ' only when an opening '
    is in the span (else it is a plural possessive: "the Clintons'")."""
    if not words:
        return False
    if words[0] in QUOTE_MARKS or words[-1] in QUOTE_MARKS or words[0] == "'" or words.endswith("''"):
        return True
    return words[-1] == "'" and re.search(r"(^|[\s(\[\u2014-])'", words) is not None


def load_polnear(polnear_dir: Path, split: str, limit: int | None = None) -> list[tuple[str, str, list[GoldAttribution]]]:
    base = Path(polnear_dir) / split
    names = sorted(p.stem for p in (base / "text").glob("*.txt"))
    if limit is not None:
        names = names[:limit]
    out = []
    for name in names:
        anns = sorted((base / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        out.append((name, text, read_polnear_article(anns[0], text)))
    return out


def _letters(text: str, parts: Spans) -> set[int]:
    return {i for s, e in parts for i in range(max(s, 0), min(e, len(text))) if text[i].isalnum()}


def _overlaps(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_article(
    text: str,
    gold: list[GoldAttribution],
    predicted: list[Predicted],
    totals: dict[str, int],
    use_content: bool = True,
    errors: list[dict[str, Any]] | None = None,
    direct: bool = True,
) -> None:
    """Add one article's counts (tp/fp per threshold, speaker hits) into ``totals``: predictions
    compared by their content (``use_content``) or by their quoted words only. When ``errors``
    is a list, the 80% misses are appended to it (``describe_error``'s fields). ``direct``
    False scores against the gold attributions that are not direct quotes instead
    (``indirect_eval.py``); a prediction matching a gold span of the other kind is neither a hit
    nor a false positive either way."""
    gold_letters = [_letters(text, g.content) for g in gold]
    direct_idx = [i for i, g in enumerate(gold) if g.direct == direct]
    totals["gold"] += len(direct_idx)
    for threshold, tag in ((0.8, "80"), (0.3, "30")):
        used: set[int] = set()
        for p in predicted:
            if use_content and p.joined:
                continue
            spans = p.content if use_content else p.parts
            pl = _letters(text, spans)
            if not pl:
                continue

            def overlap(i: int, pl: set[int] = pl) -> float:
                return len(pl & gold_letters[i]) / max(len(pl), len(gold_letters[i]), 1)

            best = max((i for i in direct_idx if i not in used), key=overlap, default=None)
            if best is not None and overlap(best) >= threshold:
                used.add(best)
                totals["tp" + tag] += 1
                if tag == "80" and gold[best].source:
                    totals["speaker_n"] += 1
                    if p.stored_speaker is not None and _overlaps([p.stored_speaker], gold[best].source):
                        totals["stored_speaker_ok"] += 1
                    if p.speaker is not None and _overlaps([p.speaker], gold[best].source):
                        totals["speaker_ok"] += 1
                    elif errors is not None:
                        errors.append(describe_error(text, "speaker", spans, gold[best], p.speaker))
            elif not any(overlap(i) >= threshold for i in range(len(gold))):
                totals["fp" + tag] += 1
                if tag == "80" and errors is not None:
                    near = max(range(len(gold)), key=overlap, default=None)
                    errors.append(describe_error(text, "fp", spans, gold[near] if near is not None else None, p.speaker,
                                                 overlap(near) if near is not None else 0.0))
        if tag == "80" and errors is not None:
            for i in direct_idx:
                if i not in used:
                    errors.append(describe_error(text, "fn", [], gold[i], None))


def describe_error(text: str, kind: str, predicted: Spans, gold: GoldAttribution | None, speaker: tuple[int, int] | None,
                   overlap: float | None = None) -> dict[str, Any]:
    """One miss for the error dump: its kind (fp, fn, speaker), the predicted and gold texts."""

    def show(spans: Spans) -> str:
        return " | ".join(text[s:e] for s, e in spans)

    anchor = predicted or (gold.content if gold else [])
    lo, hi = paragraph_bounds(text, anchor[0][0], anchor[-1][1]) if anchor else (0, 0)
    return {
        "kind": kind,
        "offset": anchor[0][0] if anchor else None,
        "predicted": show(predicted),
        "gold": show(gold.content) if gold else "",
        "gold_direct": gold.direct if gold else None,
        "overlap": None if overlap is None else round(overlap, 2),
        "speaker": text[speaker[0] : speaker[1]] if speaker else None,
        "gold_source": show(gold.source) if gold else None,
        "paragraph": text[lo:hi],
    }


# the counts ``score_article`` adds into (``stored_speaker_ok``: the speaker the quotes table holds)
TOTAL_KEYS = ("gold", "tp80", "fp80", "tp30", "fp30", "speaker_n", "speaker_ok", "stored_speaker_ok", "errors")


def _prf(tp: int, fp: int, gold: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def _system_result(totals: dict[str, int]) -> dict[str, Any]:
    p80, r80, f80 = _prf(totals["tp80"], totals["fp80"], totals["gold"])
    p30, r30, f30 = _prf(totals["tp30"], totals["fp30"], totals["gold"])
    acc = round(totals["speaker_ok"] / totals["speaker_n"], 3) if totals["speaker_n"] else 0.0
    stored = round(totals["stored_speaker_ok"] / totals["speaker_n"], 3) if totals["speaker_n"] else 0.0
    return {"p80": p80, "r80": r80, "f80": f80, "p30": p30, "r30": r30, "f30": f30,
            "speaker_acc": acc, "stored_speaker_acc": stored, "errors": totals["errors"], "gold": totals["gold"], "seconds": totals.get("seconds", 0)}


def evaluate_quotes(polnear_dir: Path, split: str, params: dict, limit: int | None = None, peer: bool = True,
                    errors: list[dict[str, Any]] | None = None) -> dict:
    """Direct-quote P/R/F1 at 80% and 30% overlap and speaker accuracy on a PolNeAR split.
    ``errors``, when a list, receives newsreact's 80% misses (headline scoring), each with the
    article name."""
    articles = load_polnear(polnear_dir, split, limit)
    nlp = load_nlp(params)
    systems = {"newsreact": newsreact_predictions}
    if peer:
        try:
            import textacy  # noqa: F401

            systems["textacy"] = textacy_predictions
        except ImportError:
            log.warning("textacy is not installed: no peer baseline (pip install textacy)")
    totals = {f"{name}{mode}": dict.fromkeys(TOTAL_KEYS, 0) for name in systems for mode in ("", "_words")}
    docs = process_texts(nlp, (text for _, text, _ in articles), params)
    for (name, text, gold), doc in zip(articles, docs):
        for system, predict in systems.items():
            started = time.perf_counter()
            try:
                predicted = predict(doc)
            except Exception as exc:  # noqa: BLE001 (the peer raises on unbalanced marks: counted, scored as no quotes)
                log.debug("%s failed on %s: %s", system, name, exc)
                totals[system]["errors"] += 1
                totals[system + "_words"]["errors"] += 1
                predicted = []
            totals[system]["seconds"] = totals[system].get("seconds", 0) + time.perf_counter() - started
            dump: list[dict[str, Any]] | None = [] if errors is not None and system == "newsreact" else None
            score_article(text, gold, predicted, totals[system], use_content=True, errors=dump)
            if dump and errors is not None:
                errors.extend({"article": name, **e} for e in dump)
            score_article(text, gold, predicted, totals[system + "_words"], use_content=False)
    return {
        "dataset": f"PolNeAR {split} ({len(articles)} articles)",
        "systems": {name: _system_result(t) for name, t in totals.items()},
    }


def format_quote_report(result: dict) -> str:
    """A small table of the quote evaluation."""
    note = "; *_words: quoted words only, others: attribution content" if any(n.endswith("_words") for n in result["systems"]) else ""
    lines = [result["dataset"] + note,
             f"{'system':<16} {'P80':>6} {'R80':>6} {'F80':>6} {'P30':>6} {'R30':>6} {'F30':>6} {'speaker':>8} {'stored':>7} {'errors':>7}"]
    for name, r in result["systems"].items():
        lines.append(
            f"{name:<16} {r['p80']:>6.3f} {r['r80']:>6.3f} {r['f80']:>6.3f} {r['p30']:>6.3f} {r['r30']:>6.3f} "
            f"{r['f30']:>6.3f} {r['speaker_acc']:>8.3f} {r['stored_speaker_acc']:>7.3f} {r['errors']:>7d}"
        )
    lines.append("speaker: the speaker span as PolNeAR's conventions name it (the outermost cue's); "
                 "stored: the speaker_text the quotes table holds")
    return "\n".join(lines)


# -- entities -------------------------------------------------------------------------------


def _find_article(articles: list[Article], ref: str) -> Article | None:
    ref = ref.strip("/")
    for a in articles:
        for url in (a.url, a.canonical_url):
            if url and url.rstrip("/").endswith(ref):
                return a
    return None


def _nth(text: str, needle: str, occurrence: int) -> int | None:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos == -1:
            return None
    return pos


def evaluate_entities(gold_path: Path, articles: list[Article], mentions: list[Mention], entities: list[Entity]) -> dict:
    """Mention-to-entity precision/recall/F1 against gold ``[{name, label, aliases, mentions:
    [{article, text, occurrence}]}]``.

    - Gold mentions are located by ``occurrence`` of ``text`` in the article's body text. Each
      is matched to at most one predicted mention overlapping it (the largest overlap), and a
      predicted mention matches at most one gold mention.
    - Each gold entity is paired one-to-one with the predicted entity of the same label that
      most of its matched mentions landed on. A gold mention is a true positive when its
      matched predicted mention belongs to the paired entity.
    - Precision is over the predicted mentions in the gold's articles that the gold could
      judge: those whose label the gold annotates (its labels, and ``HANDLE``), and any
      mention overlapping a gold mention whatever its label. A place ("Washington", GPE) is
      outside a PERSON/ORG gold and is not counted; a place tagged PERSON is a false positive.
    ``false_positives`` lists the counted predicted mentions that are not true positives."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    gold = gold["entities"] if isinstance(gold, dict) else gold
    gold_labels = {str(g.get("label", "")) for g in gold} | {"HANDLE"}
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    labels = {e.entity_id: e.label for e in entities}
    names = {e.entity_id: e.name for e in entities}
    hits: list[tuple[int, Mention | None]] = []  # (gold entity index, matched predicted mention)
    used: set[int] = set()  # id() of predicted mentions already matched
    docs_seen: set[str] = set()
    missing_articles: set[str] = set()
    for gi, g in enumerate(gold):
        for gm in g.get("mentions", []):
            article = _find_article(articles, gm["article"])
            if article is None:
                missing_articles.add(gm["article"])
                hits.append((gi, None))
                continue
            docs_seen.add(article.article_id)
            start = _nth(article.text, gm["text"], int(gm.get("occurrence", 0)))
            if start is None:
                hits.append((gi, None))
                continue
            end = start + len(gm["text"])
            found = [m for m in by_doc.get(article.article_id, []) if m.start_char < end and start < m.end_char and id(m) not in used]
            best = max(found, key=lambda m: (min(end, m.end_char) - max(start, m.start_char), -m.start_char), default=None)
            if best is not None:
                used.add(id(best))
            hits.append((gi, best))
    pair_counts: dict[tuple[int, str], int] = {}
    for gi, m in hits:
        if m is not None and labels.get(m.entity_id, m.label) == gold[gi].get("label"):
            pair_counts[(gi, m.entity_id)] = pair_counts.get((gi, m.entity_id), 0) + 1
    paired: dict[int, str] = {}
    taken: set[str] = set()
    for (gi, eid), _ in sorted(pair_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if gi not in paired and eid not in taken:
            paired[gi] = eid
            taken.add(eid)
    correct = {id(m) for gi, m in hits if m is not None and paired.get(gi) == m.entity_id}
    tp = len(correct)
    judged = [m for d in sorted(docs_seen) for m in by_doc.get(d, []) if m.label in gold_labels or id(m) in used]
    n_pred = len(judged)
    n_gold = len(hits)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    merged = sorted({names.get(eid, eid) for (gi, eid) in pair_counts if paired.get(gi) != eid and eid in taken})
    url_of = {a.article_id: a.canonical_url or a.url for a in articles}
    false_positives = [
        {"article": url_of.get(m.doc_id, m.doc_id), "text": m.text, "label": m.label, "entity": names.get(m.entity_id, m.entity_id),
         "start_char": m.start_char, "gold_overlap": id(m) in used}
        for m in judged if id(m) not in correct
    ]
    per_entity = {
        g["name"]: {"gold": sum(1 for gi, _ in hits if gi == i),
                    "found": sum(1 for gi, m in hits if gi == i and m is not None and id(m) in correct),
                    "as": names.get(paired.get(i, ""), None)}
        for i, g in enumerate(gold)
    }
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold_mentions": n_gold,
            "predicted_mentions": n_pred, "true_positives": tp, "false_merges": merged,
            "false_positives": false_positives, "missing_articles": sorted(missing_articles), "entities": per_entity}


def format_entity_report(result: dict) -> str:
    """Summary lines of the entity evaluation."""
    lines = [
        (f"Entities: precision {result['precision']:.3f}, recall {result['recall']:.3f}, F1 {result['f1']:.3f} "
         f"({result['true_positives']} of {result['gold_mentions']} gold mentions; {result['predicted_mentions']} predicted)")
    ]
    if result["false_merges"]:
        lines.append("Predicted entities holding mentions of another gold entity: " + ", ".join(result["false_merges"]))
    if result["missing_articles"]:
        lines.append("Gold articles not found: " + ", ".join(result["missing_articles"]))
    for name, row in result["entities"].items():
        if row["gold"]:
            lines.append(f"  {name:<34} {row['found']:>3}/{row['gold']:<3} as {row['as']}")
    wrong = result.get("false_positives") or []
    if wrong:
        lines.append(f"False positives ({len(wrong)}; 'on gold' = overlaps a gold mention but in the wrong entity):")
        for fp in wrong:
            where = fp["article"].split("://", 1)[-1].split("/", 1)[-1]
            lines.append(f"  {fp['text']!r} {fp['label']} -> {fp['entity']!r}{' (on gold)' if fp['gold_overlap'] else ''}  {where}@{fp['start_char']}")
    return "\n".join(lines)
