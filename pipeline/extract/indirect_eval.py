"""Scoring indirect (reported) quotes on PolNeAR: what ``find_indirect`` stores, measured blind.

``newsreact evaluate quotes`` scores direct quotes; this scores the other half of the quotes
table, ``kind = 'indirect'``, on the same corpus and with the same overlap rules
(``evaluation.py``): a gold indirect attribution is a PolNeAR Content span that is not direct
(``is_direct`` false); a prediction (the reported clause, all its parts) matches the unmatched
gold indirect span it overlaps most, on letters and digits, when the overlap reaches 80% (also
30%) of the longer of the two; one that matches no gold Content span at all (direct or not) is
a false positive; one that only matches a direct span is neither. Speaker accuracy: over the
80% matches whose gold has a Source, the predicted ``speaker_text`` overlaps it.

PolNeAR annotates every attribution: noun cues ("the report's claim that …") and sources of
knowledge ("officials believe …", "the poll shows …") too, which ``find_indirect`` does not look
for (speech verbs and "according to" only), and what the product leaves out on purpose although PolNeAR annotates it:
what a sentence says was not said ("did not say whether …"), embedded questions, the writer's
own "I"/"we". So recall is bounded well below 1 by design; precision is the figure that tells a
journalist how far to trust an indirect quote the table holds.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.evaluation import (
    TOTAL_KEYS,
    GoldAttribution,
    _prf,
    load_polnear,
    score_article,
)
from pipeline.extract.indirect import find_indirect
from pipeline.extract.nlp import load_nlp, process_texts
from pipeline.extract.polnear_content import Predicted
from pipeline.extract.quotes import find_quote_spans

Span = tuple[int, int]


def score_indirect(text: str, gold: list[GoldAttribution], predicted: list[tuple[list[Span], Span | None]],
                   totals: dict[str, int]) -> None:
    """Add one article's counts into ``totals``: ``predicted`` is (parts, speaker span) per quote,
    scored by ``evaluation.score_article`` against the gold that is not direct."""
    quotes = [Predicted(parts, speaker, parts) for parts, speaker in predicted]
    score_article(text, gold, quotes, totals, use_content=False, direct=False)


def evaluate_indirect(polnear_dir: Path, split: str, params: dict, limit: int | None = None) -> dict:
    """Indirect-quote P/R/F1 at 80% and 30% overlap and speaker accuracy on a PolNeAR split."""
    articles = load_polnear(polnear_dir, split, limit)
    nlp = load_nlp(params)
    totals = dict.fromkeys(TOTAL_KEYS, 0)
    docs = process_texts(nlp, (text for _, text, _ in articles), params)
    for (_, text, gold), doc in zip(articles, docs):
        predicted = [(att.parts, None if att.speaker_start is None else (att.speaker_start, att.speaker_end))
                     for att in find_indirect(doc, find_quote_spans(text))]
        score_indirect(text, gold, predicted, totals)
    result: dict = {"dataset": f"PolNeAR {split} ({len(articles)} articles)", "gold": totals["gold"],
                    "predicted80": totals["tp80"] + totals["fp80"]}
    for tag in ("80", "30"):
        result["p" + tag], result["r" + tag], result["f" + tag] = _prf(totals["tp" + tag], totals["fp" + tag], totals["gold"])
    result["speaker_acc"] = round(totals["speaker_ok"] / totals["speaker_n"], 3) if totals["speaker_n"] else 0.0
    return result


def format_indirect_report(result: dict) -> str:
    """The indirect-quote figures as a small table."""
    title = (f"{result['dataset']}: indirect quotes (reported speech), {result['gold']} gold attributions "
             "that are not direct quotes")
    row = (f"{'newsreact':<16} {result['p80']:>6.3f} {result['r80']:>6.3f} {result['f80']:>6.3f} "
           f"{result['p30']:>6.3f} {result['r30']:>6.3f} {result['f30']:>6.3f} {result['speaker_acc']:>8.3f}")
    header = f"{'system':<16} {'P80':>6} {'R80':>6} {'F80':>6} {'P30':>6} {'R30':>6} {'F30':>6} {'speaker':>8}"
    return f"{title}\n{header}\n{row}"
