"""``classify`` in worker processes (params ``classify.n_process``) writes the same bytes as in one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.classify.predict import AUTO_MIN_REACTIONS, classify, classify_processes
from pipeline.errors import ConfigError
from pipeline.io import write_jsonl
from pipeline.records import Reaction

TEXTS = ["lol what a legend", "phew glad it is back", "shameful and unacceptable", "the meeting is at noon", "",
         "ten minutes without him and the site is calm 😂", "Finally the trains run again, thank you crews"]


def test_two_processes_write_the_same_labels_as_one(tmp_path: Path, tiny_model_dir: Path) -> None:
    interim = tmp_path / "interim"
    reactions = [Reaction(f"r_{i:05d}", "post", None, f"p{i}", None, f"{TEXTS[i % len(TEXTS)]} #{i % 13}", None) for i in range(300)]
    write_jsonl(interim / "reactions.jsonl.gz", reactions)
    outputs = {}
    for n_process in (1, 2):
        out = tmp_path / f"processed-{n_process}"
        classify(interim, tiny_model_dir, out, {"classify": {"batch_size": 64, "n_process": n_process}})
        outputs[n_process] = (out / "reaction_labels.jsonl.gz").read_bytes()
    assert outputs[2] == outputs[1]


def test_process_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "usable_cores", lambda: 2)
    assert classify_processes("auto", AUTO_MIN_REACTIONS - 1) == 1
    assert classify_processes("auto", AUTO_MIN_REACTIONS) == 2
    assert classify_processes(None, 10**6) == 2
    assert classify_processes(3, 5) == 3
    with pytest.raises(ConfigError, match="classify.n_process must be a number or auto"):
        classify_processes("lots", 5)
    with pytest.raises(ConfigError, match="at least 1"):
        classify_processes(0, 5)
