"""``newsreact evaluate agreement``: PolNeAR's annotators scored against each other exactly as
newsreact is scored, on a tiny corpus in PolNeAR's layout written for this test."""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.agreement import load_annotated_twice, score_agreement
from pipeline.extract.evaluation import TOTAL_KEYS
from tests.helpers import run_cli

TEXT = (
    "“The ferry will run again on Monday,” the harbour master said.\n\n"
    "Traders were less sure. “We have heard that before,” said Rosa Marlow, who sells fish on the quay.\n"
)
QUOTE_1 = (0, 37)  # “The ferry will run again on Monday,”
SOURCE_1 = (38, 55)  # the harbour master
QUOTE_2 = TEXT.index("“We"), TEXT.index("said Rosa") - 1
SOURCE_2 = TEXT.index("Rosa"), TEXT.index("Rosa") + len("Rosa Marlow")


def ann(*attributions: tuple[tuple[int, int], tuple[int, int]]) -> str:
    """A brat .ann file: one Content, one Source and an event line per attribution."""
    lines, n = [], 0
    for k, (content, source) in enumerate(attributions, 1):
        lines.append(f"T{n + 1}\tContent {content[0]} {content[1]}\t{TEXT[content[0]:content[1]]}")
        lines.append(f"T{n + 2}\tSource {source[0]} {source[1]}\t{TEXT[source[0]:source[1]]}")
        lines.append(f"E{k}\tContent:T{n + 1} Source:T{n + 2}")
        n += 2
    return "\n".join(lines) + "\n"


def corpus(tmp_path: Path, *annotators: str, split: str = "train") -> Path:
    (tmp_path / split / "text").mkdir(parents=True)
    (tmp_path / split / "attributions").mkdir()
    (tmp_path / split / "text" / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / split / "text" / "single.txt").write_text(TEXT, encoding="utf-8")  # one annotator only: not read
    (tmp_path / split / "attributions" / "single_a1.ann").write_text(annotators[0], encoding="utf-8")
    for i, body in enumerate(annotators):
        (tmp_path / split / "attributions" / f"harbour_a{i}.ann").write_text(body, encoding="utf-8")
    return tmp_path


def totals() -> dict[str, int]:
    return dict.fromkeys(TOTAL_KEYS, 0)


def test_annotators_who_agree_score_one(tmp_path: Path) -> None:
    both = ann((QUOTE_1, SOURCE_1), (QUOTE_2, SOURCE_2))
    [(name, text, annotators)] = load_annotated_twice(corpus(tmp_path, both, both), "all")
    t = totals()
    assert (name, score_agreement(text, annotators, t)) == ("harbour", 2)
    assert (t["gold"], t["tp80"], t["fp80"], t["speaker_n"], t["speaker_ok"]) == (4, 4, 0, 4, 4)


def test_a_shorter_span_and_a_missed_quote_count_against_the_pair(tmp_path: Path) -> None:
    short = (QUOTE_2[0], QUOTE_2[0] + 12)  # “We have hea: under 80% of the quote's letters, over 30%
    first = ann((QUOTE_1, SOURCE_1), (QUOTE_2, SOURCE_2))
    second = ann((short, SOURCE_1))  # misses the ferry quote, clips the other and names the wrong speaker
    [(_, text, annotators)] = load_annotated_twice(corpus(tmp_path, first, second), "train")
    t = totals()
    score_agreement(text, annotators, t)
    # first as gold: 2 gold, the clipped span matches at 30% only (a false positive at 80%);
    # second as gold: 1 gold, the first's full quote matches it at 30% only, the ferry quote is false
    assert (t["gold"], t["tp80"], t["fp80"], t["tp30"], t["fp30"]) == (3, 0, 3, 2, 1)


def test_the_command_prints_both_rows(tmp_path: Path) -> None:
    both = ann((QUOTE_1, SOURCE_1), (QUOTE_2, SOURCE_2))
    result = run_cli("evaluate", "agreement", "--polnear", str(corpus(tmp_path, both, both, split="dev")), "--split", "dev")
    assert result.returncode == 0, result.stderr
    table, legend = result.stdout.splitlines()[2:-1], result.stdout.splitlines()[-1]
    rows = {line.split()[0]: line.split()[1:] for line in table}
    assert legend.startswith("speaker: ")
    assert rows["annotators"][:3] == ["1.000", "1.000", "1.000"]
    assert set(rows) == {"annotators", "newsreact"}  # newsreact finds both quotes of this text too
    assert rows["newsreact"][2] == "1.000", result.stdout
    assert "1 articles with 2+ annotators, 2 ordered annotator pairs" in result.stdout
