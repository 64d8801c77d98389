"""The reporter's cue verb as evidence for quoted reactions, through the real classify stage."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.classify.cues import CUE_TONES, cue_tone, weigh_cue
from pipeline.classify.predict import classify, load_model
from pipeline.io import read_jsonl, write_jsonl
from pipeline.records import LABELS, Quote, Reaction, ReactionLabel

# Our own sentences: (reaction id, text, cue verb of its quote or None for a crawled post).
QUOTED = [
    ("q1", "the queue at the station went right round the block this morning", "quipped"),
    ("q2", "the queue at the station went right round the block this morning", "said"),
    ("q3", "the bins have not been collected on our road for a fortnight", "fumed"),
    ("q4", "the bins have not been collected on our road for a fortnight", "wrote"),
    ("q5", "phew, so glad the bridge reopened and nobody was hurt", "joked"),
    ("q6", "the queue at the station went right round the block this morning", None),
]


@pytest.mark.parametrize(
    ("cue", "tone"),
    [("joked", "joke"), ("quipped", "joke"), ("deadpanned", "joke"), ("Teased", "joke"), ("mocking", "joke"),
     ("fumed", "criticism"), ("slammed", "criticism"), ("blasts", "criticism"), ("griped", "criticism"),
     ("complained", "criticism"), ("said", None), ("wrote", None), ("sighed", None), ("", None), (None, None)],
)
def test_cue_tone(cue, tone):
    assert cue_tone(cue) == tone


def test_cue_table_tones_are_labels():
    assert set(CUE_TONES.values()) <= set(LABELS) - {"other"}


def test_weigh_cue_is_a_renormalised_odds_factor():
    scores = np.array([0.25, 0.25, 0.25, 0.25])
    out = weigh_cue(scores, "joke", 3.0)
    assert out.sum() == pytest.approx(1.0)
    assert out[0] == pytest.approx(0.5)
    assert out[1:] == pytest.approx([1 / 6] * 3)
    confident = np.array([0.02, 0.9, 0.04, 0.04])
    assert int(np.argmax(weigh_cue(confident, "joke", 3.0))) == LABELS.index("relief")  # evidence, not an override


def _write_story(interim: Path, with_quotes: bool = True) -> None:
    reactions, quotes = [], []
    for rid, text, cue in QUOTED:
        quote_id = f"quote-{rid}" if cue else None
        reactions.append(Reaction(rid, "quote" if cue else "post", "a1" if cue else None, None if cue else f"p-{rid}",
                                  quote_id, text, "one reader"))
        if cue:
            quotes.append(Quote(quote_id, "a1", text, 0, len(text), None, "one reader", None, None, None,
                                "anonymous_public", cue))
    write_jsonl(interim / "reactions.jsonl.gz", reactions)
    if with_quotes:
        write_jsonl(interim / "quotes.jsonl.gz", quotes)


def _labels(processed: Path) -> dict[str, ReactionLabel]:
    return {r.reaction_id: r for r in read_jsonl(processed / "reaction_labels.jsonl.gz", ReactionLabel)}


def _scores(row: ReactionLabel) -> list[float]:
    return [getattr(row, f"score_{label}") for label in LABELS]


def test_cue_weighs_on_quoted_reactions(tmp_path: Path, tiny_model_dir: Path):
    interim, processed = tmp_path / "interim", tmp_path / "processed"
    _write_story(interim)
    result = classify(interim, tiny_model_dir, processed, {"classify": {"cue_factor": 3.0}})
    rows = _labels(processed)
    model = load_model(tiny_model_dir)
    plain = model.probabilities([QUOTED[0][1]])[0]

    # "quipped": the joke score is the model's, times 3, renormalised; the cue is recorded.
    assert rows["q1"].tone_cue == "quipped"
    assert _scores(rows["q1"]) == pytest.approx(list(weigh_cue(plain, "joke", 3.0)), abs=2e-6)
    assert rows["q1"].score_joke > rows["q2"].score_joke
    # "said" and a crawled post: no tone in the verb, the model's scores untouched, no cue.
    for rid in ("q2", "q6"):
        assert rows[rid].tone_cue is None
        assert _scores(rows[rid]) == pytest.approx(list(plain), abs=2e-6)
    # "fumed" raises criticism over the same words cued with "wrote".
    assert rows["q3"].tone_cue == "fumed" and rows["q4"].tone_cue is None
    assert rows["q3"].score_criticism > rows["q4"].score_criticism
    # Labels always agree with the scores, and scores stay probabilities.
    for row in rows.values():
        scores = _scores(row)
        assert row.label == LABELS[int(np.argmax(scores))]
        assert sum(scores) == pytest.approx(1.0, abs=1e-5)
    metrics = json.loads((processed / "classify_metrics.json").read_text())
    assert metrics["tone_cues"]["applied"] == 3 and metrics["tone_cues"]["factor"] == 3.0
    assert result.counts["tone_cues"] == 3


def test_cue_factor_one_turns_the_rule_off(tmp_path: Path, tiny_model_dir: Path):
    interim, processed = tmp_path / "interim", tmp_path / "processed"
    _write_story(interim)
    classify(interim, tiny_model_dir, processed, {"classify": {"cue_factor": 1.0}})
    rows = _labels(processed)
    assert all(r.tone_cue is None for r in rows.values())
    assert _scores(rows["q1"]) == _scores(rows["q2"])


def test_without_quotes_file_no_cue_is_applied(tmp_path: Path, tiny_model_dir: Path, caplog):
    interim, processed = tmp_path / "interim", tmp_path / "processed"
    _write_story(interim, with_quotes=False)
    classify(interim, tiny_model_dir, processed, {})
    assert all(r.tone_cue is None for r in _labels(processed).values())
    assert "quotes.jsonl.gz not found" in caplog.text
