"""Quotes, speakers and quoted public reactions scored against the demo corpus gold.

The gold (``tests/gold/quotes.json``, ``reactions.json``; see tests/gold/README.md) annotates
every direct quote of the ten demo articles, a selection of indirect ones, each quote's speaker
(canonical entity, the mention at the cue, its kind) and which quotes are public reactions.

Matching, per article, one to one, in gold order:
- a direct quote is found when a predicted direct quote has the same words in the same order:
  both sides lower-cased, curly apostrophes made straight, and compared as their runs of letters
  and digits, so punctuation (the gold keeps the comma before a closing mark, as printed; the
  "…" that joins the parts of a split quote) and line breaks do not count;
- an indirect gold quote is found when a predicted quote of either kind contains its words or
  lies within them with at least 80% of their length (reported speech has no marks to fix its
  ends);
- a found quote's speaker is right when the canonical ``speaker`` is the gold one (for a named
  speaker), or the speaker is unresolved where the gold has none, and ``speaker_kind`` agrees;
  ``speaker_text`` is compared the same way, case aside.
- a public reaction is found when a reaction of origin ``quote`` in that article carries its words;
  the gold lists every quoted public reaction, so a reaction of origin ``quote`` whose words are
  no gold reaction of its article is a wrong one (a quote of no member of the public made one):
  ``reaction_precision``.

Each miss is also kept as a record (``GoldQuoteScore.errors``: article, kind, gold and predicted
words, speakers, the paragraph) for ``newsreact evaluate quotes --gold DIR --errors FILE``.

Direct quotes are annotated exhaustively, so a predicted direct quote that matches no gold quote
counts against precision; indirect ones are a selection, so they have recall only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.records import Article, Quote, Reaction

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> str:
    """The comparison form of quoted words (see the module docstring)."""
    return " ".join(_WORD.findall(text.replace("\u2019", "'").lower()))


@dataclass
class GoldQuoteScore:
    """Counts and the misses, for the report and for tests."""

    direct_gold: int = 0
    direct_found: int = 0
    direct_predicted: int = 0
    indirect_gold: int = 0
    indirect_found: int = 0
    speakers_checked: int = 0
    speakers_right: int = 0
    speaker_text_right: int = 0
    reactions_gold: int = 0
    reactions_found: int = 0
    reactions_predicted: int = 0  # quoted reactions newsreact made in the gold's articles
    reactions_wrong: int = 0  # of those, ones whose words are no gold reaction's: a quote of no member of the public
    misses: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # the misses as records, for ``--errors``

    def miss(self, message: str, **record: object) -> None:
        """Note one miss: a report line and a record (``article``, ``kind``: fn, indirect_fn,
        fp, speaker, reaction_fn or reaction_fp, the gold and predicted words, speakers, paragraph)."""
        self.misses.append(message)
        self.errors.append(record)

    @property
    def precision(self) -> float:
        return self.direct_found / self.direct_predicted if self.direct_predicted else 0.0

    @property
    def recall(self) -> float:
        return self.direct_found / self.direct_gold if self.direct_gold else 0.0

    @property
    def reaction_precision(self) -> float:
        """Share of the quoted reactions made in the gold's articles that are gold reactions."""
        n = self.reactions_predicted
        return (n - self.reactions_wrong) / n if n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _article_key(article: Article, keys: set[str]) -> str | None:
    for url in (article.canonical_url, article.url):
        path = urlsplit(url or "").path.lstrip("/")
        if path in keys:
            return path
    return None


def _indirect_match(gold: str, predicted: str) -> bool:
    if not gold or not predicted:
        return False
    if gold in predicted:
        return True
    return predicted in gold and len(predicted) >= 0.8 * len(gold)


def score_quotes(
    gold_quotes: dict[str, list[dict]],
    gold_reactions: list[dict],
    articles: Iterable[Article],
    quotes: Iterable[Quote],
    reactions: Iterable[Reaction],
) -> GoldQuoteScore:
    """Score predicted quotes and reactions against the gold (see the module docstring)."""
    keys = set(gold_quotes)
    articles = list(articles)
    key_of = {a.article_id: k for a in articles if (k := _article_key(a, keys)) is not None}
    text_of = {key_of[a.article_id]: a.text for a in articles if a.article_id in key_of}
    by_article: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.article_id in key_of:
            by_article.setdefault(key_of[quote.article_id], []).append(quote)
    reacted: dict[str, list[str]] = {}
    made: list[tuple[str, Reaction]] = []
    for reaction in reactions:
        if reaction.origin == "quote" and reaction.article_id in key_of:
            reacted.setdefault(key_of[reaction.article_id], []).append(words(reaction.text))
            made.append((key_of[reaction.article_id], reaction))

    score = GoldQuoteScore()
    for key in sorted(gold_quotes):
        predicted = sorted(by_article.get(key, []), key=lambda q: (q.start_char, q.end_char))
        direct = [q for q in predicted if q.kind == "direct"]
        score.direct_predicted += len(direct)
        taken: set[str] = set()
        for gold in gold_quotes[key]:
            text = gold["text"] if "text" in gold else " … ".join(gold["parts"])
            want = words(text)
            if gold["kind"] == "direct":
                score.direct_gold += 1
                match = next((q for q in direct if q.quote_id not in taken and words(q.text) == want), None)
            else:
                score.indirect_gold += 1
                match = next((q for q in predicted if q.quote_id not in taken and _indirect_match(want, words(q.text))), None)
            if match is None:
                first = gold["parts"][0] if "parts" in gold else gold["text"]
                score.miss(f"{key}: {gold['kind']} quote not found: {text[:80]!r}", article=key,
                           kind="fn" if gold["kind"] == "direct" else "indirect_fn", gold=text, predicted=None,
                           paragraph=_paragraph(text_of.get(key, ""), first))
                continue
            taken.add(match.quote_id)
            if gold["kind"] == "direct":
                score.direct_found += 1
            else:
                score.indirect_found += 1
            score.speakers_checked += 1
            right = _same_name(match.speaker, gold.get("speaker")) and match.speaker_kind == gold.get("speaker_kind")
            score.speakers_right += right
            said = (match.speaker_text or "").lower() == (gold.get("speaker_text") or "").lower()
            score.speaker_text_right += said
            if not right or not said:
                score.miss(
                    f"{key}: speaker of {text[:50]!r}: got {match.speaker!r} ({match.speaker_kind}, "
                    f"{match.speaker_text!r}), gold {gold.get('speaker')!r} ({gold.get('speaker_kind')}, "
                    f"{gold.get('speaker_text')!r})",
                    article=key, kind="speaker", gold=text, predicted=match.text, speaker=match.speaker,
                    speaker_kind=match.speaker_kind, speaker_text=match.speaker_text, cue=match.cue,
                    gold_speaker=gold.get("speaker"), gold_speaker_kind=gold.get("speaker_kind"),
                    gold_speaker_text=gold.get("speaker_text"), entity_right=right, speaker_text_right=said,
                    paragraph=_paragraph(text_of.get(key, ""), match.start_char),
                )
        for quote in direct:
            if quote.quote_id not in taken:
                score.miss(f"{key}: direct quote not in the gold: {quote.text[:80]!r}", article=key, kind="fp",
                           gold=None, predicted=quote.text, speaker=quote.speaker, speaker_text=quote.speaker_text,
                           paragraph=_paragraph(text_of.get(key, ""), quote.start_char))
    for gold in gold_reactions:
        if gold.get("origin") != "quote":
            continue
        score.reactions_gold += 1
        want = words(gold["text"])
        if any(want == got for got in reacted.get(gold["article"], [])):
            score.reactions_found += 1
        else:
            score.miss(f"{gold['article']}: public reaction not found: {gold['text'][:80]!r}", article=gold["article"],
                       kind="reaction_fn", gold=gold["text"], predicted=None,
                       paragraph=_paragraph(text_of.get(gold["article"], ""), gold["text"]))
    golds = {(g["article"], words(g["text"])) for g in gold_reactions if g.get("origin") == "quote"}
    for key, reaction in made:
        score.reactions_predicted += 1
        if (key, words(reaction.text)) not in golds:
            score.reactions_wrong += 1
            score.miss(f"{key}: public reaction not in the gold: {reaction.text[:80]!r}", article=key,
                       kind="reaction_fp", gold=None, predicted=reaction.text,
                       paragraph=_paragraph(text_of.get(key, ""), reaction.text))
    return score


def _paragraph(text: str, where: int | str) -> str | None:
    """The paragraph (line) of ``text`` at a character offset, or holding the first words of a
    gold quote (None when they are not found as written)."""
    if isinstance(where, str):
        probe = where.strip(" ,.\u2026")[:40]
        where = text.find(probe) if probe else -1
        if where < 0:
            return None
    lo = text.rfind("\n", 0, where) + 1
    hi = text.find("\n", where)
    return text[lo : len(text) if hi == -1 else hi]


def load_gold(folder: Path) -> tuple[dict[str, list[dict]], list[dict]]:
    """``quotes.json`` and ``reactions.json`` of a gold folder (tests/gold)."""
    return (
        json.loads((folder / "quotes.json").read_text(encoding="utf-8")),
        json.loads((folder / "reactions.json").read_text(encoding="utf-8")),
    )


def format_report(score: GoldQuoteScore, name: str) -> str:
    lines = [
        (f"{name}: direct quotes P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} "
        f"({score.direct_found}/{score.direct_gold} found, {score.direct_predicted} predicted)"),
        f"  indirect quotes found {score.indirect_found}/{score.indirect_gold} (a selection: recall only)",
        (f"  speakers right {score.speakers_right}/{score.speakers_checked} (entity and kind), "
        f"speaker_text right {score.speaker_text_right}/{score.speakers_checked}"),
        (f"  quoted public reactions found {score.reactions_found}/{score.reactions_gold}, "
        f"{score.reactions_predicted} made, {score.reactions_wrong} of them no gold reaction "
        f"(P {score.reaction_precision:.3f})"),
    ]
    lines += [f"  - {miss}" for miss in score.misses]
    return "\n".join(lines)


def _same_name(predicted: str | None, gold: str | None) -> bool:
    """Whether the canonical names agree, curly and straight apostrophes alike (one entity across
    a corpus keeps one spelling: "Bus Drivers’ Guild" in one article, "Bus Drivers' Guild" in
    the next)."""
    if predicted is None or gold is None:
        return predicted is gold
    return predicted.translate(_STRAIGHT) == gold.translate(_STRAIGHT)


_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'"})

