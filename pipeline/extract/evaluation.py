"""Scoring the extractor: direct quotes and speakers on PolNeAR, entities on the demo gold.

``evaluate_quotes`` reads PolNeAR (``polnear_dir/SPLIT/text/NAME.txt`` and the first, in sorted
order, of ``attributions/NAME_*.ann``) and scores newsreact and, as the peer, textacy's
``direct_quotations`` on the same spaCy docs (/work/shared/data/README.md, "polnear"):

- gold direct quote: a Content span that begins or ends with a quotation mark;
- overlap is counted on letters and digits only (marks and punctuation aside) and must reach
  80% (also 30%) of the longer span; one prediction matches at most one gold quote;
- a prediction that matches no gold Content span (direct or not) is a false positive;
- speaker accuracy, over the 80% matches whose gold has a Source: the predicted
  ``speaker_text`` span overlaps the gold Source span.

PolNeAR's Content is the attribution's whole content ("that … ‘words’", "Sooner or later, …
‘words’"), not only the quoted words. So each system's prediction is compared through the same
mapping (``content_spans``): a quote with its cue before it in the sentence extends back to
just after the cue (and the speaker or object sitting there); other quotes are their words. That is the headline score (``newsreact``, ``textacy``); the quoted words alone
are scored too (``newsreact_words``, ``textacy_words``). Nothing is written.

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

from pipeline.extract.cues import (
    load_speech_verbs,
    token_at,
    tokens_between,
    verb_lemma,
)
from pipeline.extract.nlp import load_nlp, process_texts
from pipeline.extract.quotes import QUOTE_MARKS, find_quote_spans
from pipeline.extract.speakers import attribute_quotes
from pipeline.records import Article, Entity, Mention

log = logging.getLogger(__name__)

Spans = list[tuple[int, int]]


@dataclass
class GoldAttribution:
    content: Spans
    source: Spans
    direct: bool


@dataclass
class Predicted:
    parts: Spans  # the quoted words (marks included or not: only letters are compared)
    speaker: tuple[int, int] | None
    content: Spans  # the attribution's content as PolNeAR marks it (see content_spans)
    joined: bool = False  # its content was joined to the previous prediction's


# cues whose direct object is the one spoken to ("told reporters"), not part of what was said
# ("called the plan “a mess”", "described him as “tireless”")
RECIPIENT_CUES = frozenset(
    "tell ask assure warn inform remind urge advise notify reassure promise caution email text thank answer".split()  # noqa: SIM905
)


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi == -1 else hi)


def content_spans(doc: Any, parts: Spans, speaker: tuple[int, int] | None, cue: list[Any]) -> Spans:
    """PolNeAR-style content of a quote. A quote whose cue comes before it in the same sentence
    ("said that the plan was “a mess” at first") has as content everything from after the cue
    (its object and the speaker too, when they sit between) to the end of the cue's clause; any
    other quote's content is its quoted words."""
    text = doc.text
    if not cue:
        return list(parts)
    verb = cue[-1]
    start = verb.idx + len(verb.text)
    lead = _lead(doc, parts[0][0], verb, speaker)
    if start > parts[0][0]:
        return lead + list(parts) + _tail(text, parts[-1][1], verb, speaker)
    skipped = {"dative", "iobj", "npadvmod", "nsubj"} | ({"dobj"} if verb_lemma(verb) in RECIPIENT_CUES else set())
    for child in verb.rights:
        if child.dep_ in skipped and child.right_edge.idx < parts[0][0]:
            start = max(start, child.right_edge.idx + len(child.right_edge.text))
    if speaker and start <= speaker[0] < parts[0][0]:
        start = max(start, speaker[1])
    for child in verb.rights:  # "said on Twitter that …": the content starts at its clause
        if child.dep_ in {"ccomp", "xcomp"} and start < child.left_edge.idx <= parts[0][0]:
            start = child.left_edge.idx
    gap = text[start : parts[0][0]]
    if "\n" in gap or _ends_a_sentence(gap):
        return list(parts)
    if gap.rstrip(" " + "".join(QUOTE_MARKS)).endswith(":"):
        return list(parts)  # "replied: “…”": the colon is part of the cue, the quote alone the content
    if gap.rstrip(" " + "".join(QUOTE_MARKS)).endswith(",") and _starts_upper(text, parts[0][0]):
        return list(parts)  # "said in May, “We …”": a whole sentence quoted after a comma is the content
    clause_end = max([verb] + [c.right_edge for c in verb.rights if c.dep_ not in {"conj", "cc"}], key=lambda t: t.i)
    end = max(parts[-1][1], _phrase_end(doc, parts[-1][1], clause_end))
    end = min(end, _paragraph_bounds(text, start, parts[-1][1])[1])
    return lead + [(start, end)]


def _phrase_end(doc: Any, quote_end: int, clause_end: Any) -> int:
    """Where the cue's clause ends after a quote: at ``clause_end``, or before a comma that opens
    an aside (", a charge that …", ", which …", ", where …", ", adding …")."""
    end = quote_end
    tok = token_at(doc, quote_end)
    i = tok.i if tok is not None else clause_end.i + 1
    while i <= clause_end.i:
        t = doc[i]
        if t.idx >= quote_end and t.text not in QUOTE_MARKS:
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if t.text == "(" or (t.text in ASIDE_MARKS and nxt is not None and nxt.dep_ in ASIDE_DEPS):
                break
            end = t.idx + len(t.text)
        i += 1
    return end


ASIDE_MARKS = frozenset({",", "\u2014", "--", "(", ";"})
ASIDE_DEPS = frozenset({"appos", "relcl", "advcl", "acl", "det", "nsubj", "mark", "advmod", "npadvmod"})


_SENTENCE_BREAK = re.compile(r"(\S*)[.!?][\"\u201d\u2019]?(?=\s|$)")


def _ends_a_sentence(gap: str) -> bool:
    """Whether a sentence ends in ``gap``: a full stop, ! or ? that is not an abbreviation's
    ("Dr.", "Sen.", "U.S.", "J.")."""
    for m in _SENTENCE_BREAK.finditer(gap):
        word = m.group(1).lstrip("(\"\u201c\u2018")
        if not (word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isupper())):
            return True
    return False


ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Capt Sgt Adm Prof Rev Hon St Jr Sr Mt Ft No Inc Co Corp Ltd Bros vs "  # noqa: SIM905
    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md "
    "Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split()
)


def _starts_upper(text: str, start: int) -> bool:
    """Whether the quoted words at ``start`` open with a capital (a whole sentence quoted)."""
    rest = text[start : start + 3].lstrip(" " + "".join(QUOTE_MARKS) + "[(\u2026.")
    return rest[:1].isupper()


def _tail(text: str, quote_end: int, verb: Any, speaker: tuple[int, int] | None) -> Spans:
    """The words between a quote and the cue clause after it that finish its sentence ("“We are
    happy” about the ruling, she said"): content too."""
    cue_start = min(verb.idx, speaker[0]) if speaker is not None and speaker[0] > quote_end else verb.idx
    if cue_start <= quote_end:
        return []
    gap = text[quote_end:cue_start]
    words = gap.strip(" ,\u2014-" + "".join(QUOTE_MARKS))
    if not words or "\n" in gap or any(c in words for c in ".!?;:") or not gap.rstrip().endswith(","):
        return []
    return [_trim_range(text, quote_end, cue_start)]


def _trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` without edge spaces, marks, commas and dashes."""
    edge = " ,\u2014\u2013-" + "".join(QUOTE_MARKS)
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def _lead(doc: Any, quote_start: int, verb: Any, speaker: tuple[int, int] | None) -> Spans:
    """The words of the quote's sentence before it that belong to the content: all of them when
    the cue comes after the quote ("Nothing he said “will help,” Jo said"), those before the
    speaker when speaker and cue sit between them and the quote ("Costs, Jo said, “will
    rise”"). None when they hold a speech verb (their own attribution) or a paragraph break."""
    tok = token_at(doc, quote_start)
    if tok is None:
        return []
    text = doc.text
    sent_start = max(tok.sent.start_char, _paragraph_bounds(text, quote_start, quote_start)[0])
    if verb.idx > quote_start:
        end = quote_start
    elif speaker is not None and sent_start < speaker[0] and speaker[1] <= verb.idx:
        after_cue = text[verb.idx + len(verb.text) : quote_start].lstrip()
        if (
            any(c.isalnum() for c in text[speaker[1] : verb.idx])
            or not after_cue.startswith(",")
            or (_starts_upper(text, quote_start) and not any(c.isalnum() for c in after_cue))
            or not text[sent_start : speaker[0]].rstrip().endswith(",")
        ):
            return []
        end = speaker[0]
    else:
        return []
    if text[sent_start:end].rstrip(" " + "".join(QUOTE_MARKS)).endswith(":"):
        return []  # "Her verdict: “…”": the colon introduces the quote
    if speaker is not None and sent_start <= speaker[0] < end:
        return []  # the cue's own subject is not content ("Jo, who starred in “A” and “B,” posted …")
    words = [t for t in tokens_between(doc, sent_start, end) if t.idx + len(t.text) <= end]
    verbs = load_speech_verbs()
    if not any(t.text.isalnum() for t in words) or any(verb_lemma(t) in verbs and t.pos_ == "VERB" for t in words):
        return []
    return [_trim_range(text, sent_start, end)]


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
        direct = bool(words) and (words[0] in QUOTE_MARKS or words[-1] in QUOTE_MARKS)
        out.append(GoldAttribution(content, sorted(source), direct))
    return out


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


def newsreact_predictions(doc: Any) -> list[Predicted]:
    direct = attribute_quotes(doc, find_quote_spans(doc.text))
    out: list[Predicted] = []
    prev_cue: int | None = None
    for att in direct:
        spk = (att.speaker_start, att.speaker_end) if att.speaker_start is not None else None
        if "floating" in att.notes and out and _next_paragraph_at_most(doc.text, out[-1].parts[-1][1], att.start):
            out[-1].content.extend(att.parts)  # PolNeAR's content runs on into the floating paragraph
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        cue = [doc[att.cue_token]] if att.cue_token is not None else []
        content = content_spans(doc, att.parts, spk, cue)  # type: ignore[arg-type]
        if out and att.cue_token is not None and att.cue_token == prev_cue:
            out[-1].content.extend(content)  # one cue, one attribution: "said it was “A” and “B”"
            out.append(Predicted(list(att.parts), spk, [], joined=True))
            continue
        out.append(Predicted(list(att.parts), spk, content))
        prev_cue = att.cue_token
    return out


def _next_paragraph_at_most(text: str, end: int, start: int) -> bool:
    """Whether ``start`` lies in the paragraph of ``end`` or in the next one."""
    return len([line for line in text[end:start].split("\n")[1:-1] if line.strip()]) == 0


def textacy_predictions(doc: Any) -> list[Predicted]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        content = triple.content
        speaker = triple.speaker
        spk = (min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker)) if speaker else None
        parts = [(content.start_char, content.end_char)]
        out.append(Predicted(parts, spk, content_spans(doc, parts, spk, list(triple.cue))))
    return out


def score_article(
    text: str,
    gold: list[GoldAttribution],
    predicted: list[Predicted],
    totals: dict[str, int],
    use_content: bool = True,
    errors: list[dict[str, Any]] | None = None,
) -> None:
    """Add one article's counts (tp/fp per threshold, speaker hits) into ``totals``: predictions
    compared by their content (``use_content``) or by their quoted words only. When ``errors``
    is a list, the 80% misses are appended to it (``describe_error``'s fields)."""
    gold_letters = [_letters(text, g.content) for g in gold]
    direct_idx = [i for i, g in enumerate(gold) if g.direct]
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
    lo, hi = _paragraph_bounds(text, anchor[0][0], anchor[-1][1]) if anchor else (0, 0)
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


def _prf(tp: int, fp: int, gold: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def _system_result(totals: dict[str, int]) -> dict[str, Any]:
    p80, r80, f80 = _prf(totals["tp80"], totals["fp80"], totals["gold"])
    p30, r30, f30 = _prf(totals["tp30"], totals["fp30"], totals["gold"])
    acc = round(totals["speaker_ok"] / totals["speaker_n"], 3) if totals["speaker_n"] else 0.0
    return {"p80": p80, "r80": r80, "f80": f80, "p30": p30, "r30": r30, "f30": f30,
            "speaker_acc": acc, "errors": totals["errors"], "gold": totals["gold"], "seconds": totals.get("seconds", 0)}


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
    keys = ("gold", "tp80", "fp80", "tp30", "fp30", "speaker_n", "speaker_ok", "errors")
    totals = {f"{name}{mode}": dict.fromkeys(keys, 0) for name in systems for mode in ("", "_words")}
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
    lines = [result["dataset"] + "; *_words: quoted words only, others: attribution content", f"{'system':<16} {'P80':>6} {'R80':>6} {'F80':>6} {'P30':>6} {'R30':>6} {'F30':>6} {'speaker':>8} {'errors':>7}"]
    for name, r in result["systems"].items():
        lines.append(
            f"{name:<16} {r['p80']:>6.3f} {r['r80']:>6.3f} {r['f80']:>6.3f} {r['p30']:>6.3f} {r['r30']:>6.3f} "
            f"{r['f30']:>6.3f} {r['speaker_acc']:>8.3f} {r['errors']:>7d}"
        )
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
