"""The PolNeAR scoring of evaluation.py on hand-made gold, the error dump, and the quality floor on
PolNeAR dev (skipped when the corpus is not beside the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.evaluation import (
    TOTAL_KEYS,
    GoldAttribution,
    Predicted,
    read_polnear_article,
    score_article,
)


def totals() -> dict[str, int]:
    return dict.fromkeys(TOTAL_KEYS, 0)


TEXT = '“The tide is high and rising fast,” the harbour master said. The council met on Monday and agreed.'


def test_match_at_80_and_speaker_overlap() -> None:
    gold = [GoldAttribution([(0, 35)], [(36, 53)], True)]
    t = totals()
    score_article(TEXT, gold, [Predicted([(1, 33)], (40, 53), [(1, 33)])], t)
    assert (t["gold"], t["tp80"], t["fp80"], t["speaker_n"], t["speaker_ok"]) == (1, 1, 0, 1, 1)


def test_the_stored_speaker_is_scored_beside_the_conventions_speaker() -> None:
    gold = [GoldAttribution([(0, 35)], [(36, 53)], True)]
    t = totals()
    # PolNeAR's convention names the harbour master; the quotes table stored "The council"
    score_article(TEXT, gold, [Predicted([(1, 33)], (40, 53), [(1, 33)], stored_speaker=(61, 72))], t)
    assert (t["speaker_ok"], t.get("stored_speaker_ok", 0)) == (1, 0)
    t = totals()
    score_article(TEXT, gold, [Predicted([(1, 33)], (40, 53), [(1, 33)])], t)  # stored defaults to the speaker
    assert (t["speaker_ok"], t["stored_speaker_ok"]) == (1, 1)


def test_newsreact_stores_the_inner_speaker_where_polnear_names_the_outer() -> None:
    from pipeline.extract.nlp import load_nlp
    from pipeline.extract.polnear_content import newsreact_predictions

    text = "Councillor Dee Marsh said the mayor told her the budget was “a black hole with a ribbon on it.”"
    [p] = [p for p in newsreact_predictions(load_nlp({"extract": {}})(text)) if not p.joined]
    assert text[p.speaker[0] : p.speaker[1]] == "Councillor Dee Marsh"  # the outermost cue's, as PolNeAR annotates
    assert text[p.stored_speaker[0] : p.stored_speaker[1]] == "the mayor"  # what the quotes table holds


def test_partial_overlap_counts_only_at_30_and_unmatched_is_fp() -> None:
    gold = [GoldAttribution([(0, 35)], [(36, 53)], True)]
    t = totals()
    score_article(TEXT, gold, [Predicted([(1, 14)], None, [(1, 14)]), Predicted([(60, 95)], None, [(60, 95)])], t)
    assert (t["tp80"], t["fp80"], t["tp30"], t["fp30"]) == (0, 2, 1, 1)


def test_brat_file_with_fragments(tmp_path: Path) -> None:
    ann = tmp_path / "x_1.ann"
    ann.write_text(
        "T1\tSource 36 53\tthe harbour master\nT2\tCue 54 58\tsaid\nT3\tContent 0 20;21 35\tx\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    [gold] = read_polnear_article(ann, TEXT)
    assert gold.content == [(0, 20), (21, 35)] and gold.source == [(36, 53)] and gold.direct


def test_error_dump_lists_each_miss() -> None:
    gold = [GoldAttribution([(0, 35)], [(36, 53)], True)]
    errors: list[dict] = []
    score_article(TEXT, gold, [Predicted([(1, 33)], (61, 72), [(1, 33)]), Predicted([(60, 95)], None, [(60, 95)])], totals(),
                  errors=errors)
    assert [e["kind"] for e in errors] == ["speaker", "fp"]
    assert errors[0]["gold_source"].startswith("the harbour") and errors[0]["speaker"] == "The council"
    missed: list[dict] = []
    score_article(TEXT, gold, [], totals(), errors=missed)
    assert [e["kind"] for e in missed] == ["fn"] and missed[0]["gold"].startswith("“The tide")


POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear"


@pytest.mark.skipif(not (POLNEAR / "dev" / "text").is_dir(), reason="PolNeAR not present beside the project")
def test_floor_on_polnear_dev() -> None:
    """Floors only go up: just under the dev figures of the last rule change (README's scoring)."""
    from pipeline.extract.evaluation import evaluate_quotes

    result = evaluate_quotes(POLNEAR, "dev", {"extract": {"spacy_model": "en_core_web_sm"}}, peer=False)
    ours = result["systems"]["newsreact"]
    assert ours["f80"] >= 0.874  # dev: 0.875 on 2026-12-08, session 49 (a signature signs its whole paragraph: a reader's first quote before narration and a second quote is the signer's, not the line before's; found in dev misses, not blind; train unchanged); 0.872 on 2026-12-07, session 47 (no sentence starts right after a word on its line: 0.870; a participle opening the sentence round the quote is a cue of its own, its object the content: 0.872; found in dev misses, not blind; train TP +1, F80 0.872 at three decimals); 0.869 on 2026-12-07, session 45 (verbs of reproach: "scolded him: “A,” she said. “B.”" is two attributions; found in dev misses, not blind; train unchanged); 0.867 on 2026-12-07 (a participle closed by a comma off a split quote's cue keeps the quote one: found in dev misses, not blind; train unchanged); 0.865 after the nineteenth pass; 0.858 after the eighteenth pass (a cue in a "when" clause of a reported clause nests under the outer cue; a time after a label given "as" ends the content: found in dev misses, not blind; train unchanged); 0.848 after the fourteenth pass too (TP 528 -> 529); 0.848 after the thirteenth pass (verbs of judging "as", found on train); 0.846 after the twelfth pass (headline subjects before a colon, found on train); 0.844 after the eleventh pass (headline quotes in straight singles ending in their own full stop, found on train); 0.841 after the ninth pass (train-only rules: one more false positive on dev); 0.842 after the eighth pass (rules found on train's errors); 0.838 with quotes in a "that" clause of any verb (found on train); 0.837 with signed and nested quotes (found in dev misses: not blind; 0.814 after the sixth pass, 0.807 after the fifth, 0.800 after the fourth, 0.798 after the third, 0.764 before it, 0.669 before issue #4)
    assert ours["f30"] >= 0.946  # dev: 0.947 on 2026-12-07, session 45 (verbs of reproach); 0.946 since the nineteenth pass; 0.942 after the fourteenth pass ("as … put it" after the words, from held-out set I: not blind to dev, where it moved one quote); 0.941 after the thirteenth pass; 0.940 after the twelfth pass; 0.938 after the eleventh pass; 0.935 after the eighth pass; 0.934 with signed quotes (0.918 after the sixth pass, 0.919 after the fifth, 0.917 after the fourth, 0.914 after the third, 0.908 before it, 0.834 before issue #4)
    assert ours["speaker_acc"] >= 0.973  # dev: 0.974 on 2026-12-07, session 45 (a person a recording shows speaks its participle; found in dev speaker errors, not blind); 0.972 on 2026-12-07, session 45 (a nickname inside a name is no quote; a bracket after a name costs a cue after the quote nothing; found in dev speaker errors, not blind); 0.970 on 2026-12-07, session 45 ("As X put it in a statement …," opening a sentence cues its quote; found in dev speaker errors, not blind); 0.969 on 2026-12-07, session 45 (a participle the parser hung inside a quote speaks for the clause before it; found in dev speaker errors, not blind; train +3); 0.964 after the eighteenth pass (a participle after a comma speaks for the clause past a relative clause; found in dev speaker errors, not blind; train unchanged); 0.960 after the thirteenth pass (a place tagged as a verb after a quote: found in dev's errors, not blind); 0.958 after the twelfth pass (a dateline or a dash is no subject: found in dev's errors, not blind); 0.954 after the eighth pass (speaker rules found on train's errors); 0.940 with signed quotes (0.935 after the sixth pass, 0.929 after the fifth, 0.932 after the fourth, 0.930 after the third, 0.925 before it, 0.889 before issue #4)
    assert ours["stored_speaker_acc"] >= 0.966  # dev: 0.967 on 2026-12-07, session 45 (recordings); 0.965 on 2026-12-07, session 45 (nicknames, brackets); 0.963 on 2026-12-07, session 45 ("as … put it" opening a sentence); 0.961 on 2026-12-07, session 45 (the participle rule); 0.958 on 2026-12-07, session 45 (a cue whose subject is "it", "this" or "that" gives way to the reporter: 0.954 -> 0.959; then the verbs of reproach add a quote stored as "she": 0.958); 0.953 after the eighteenth pass; 0.951 after the thirteenth pass; 0.949 after the twelfth pass; 0.945 after the eleventh pass; 0.944 (2026-11-30, context speakers in the product; 0.942 before: only the PolNeAR mapping had them)
    assert ours["errors"] == 0
