"""The third held-out quote gold (``tests/gold/quotes-heldout-c``, written blind by a helper
engineer after the first two sets' fixes: never tune a rule on it), through the real CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.helpers import run_cli

HELDOUT_C = Path(__file__).resolve().parents[1] / "gold" / "quotes-heldout-c"


def test_the_third_heldout_gold_is_consistent_with_its_texts() -> None:
    result = subprocess.run([sys.executable, str(HELDOUT_C / "check_gold.py")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_third_heldout_quotes_speakers_and_public_reactions_hold_their_floors() -> None:
    result = run_cli("evaluate", "quotes", "--gold", str(HELDOUT_C))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    found, gold, predicted = map(int, re.search(r"\((\d+)/(\d+) found, (\d+) predicted\)", out).groups())
    speakers_right, checked = map(int, re.search(r"speakers right (\d+)/(\d+)", out).groups())
    speaker_text_right = int(re.search(r"speaker_text right (\d+)/", out).group(1))
    reactions_found, reactions_gold = map(int, re.search(r"public reactions found (\d+)/(\d+)", out).groups())
    indirect_found = int(re.search(r"indirect quotes found (\d+)/", out).group(1))
    # Floors only go up. Blind run (2026-11-30, at 1c3b230): direct 91/93, 97 predicted (4 of
    # them the interview's unmarked answers, which the set does not annotate); indirect 28/30;
    # speakers 99/119; speaker_text 106/119; public reactions 26/35. After the structural fixes
    # its errors prompted (not blind any more):
    assert gold == 93 and found >= 91 and predicted <= 96, out
    assert indirect_found >= 28, out
    assert checked == 119 and speakers_right >= 102, out
    assert speaker_text_right >= 111, out
    assert reactions_gold == 35 and reactions_found >= 26, out
