"""``classify`` in worker processes (params ``classify.n_process``) writes the same bytes as in one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline import config
from pipeline.classify.predict import (
    AUTO_MIN_REACTIONS,
    ReactionModel,
    classify,
    classify_processes,
)
from pipeline.errors import ConfigError
from pipeline.io import write_jsonl
from pipeline.records import Reaction

TEXTS = ["lol what a legend", "phew glad it is back", "shameful and unacceptable", "the meeting is at noon", "",
         "ten minutes without him and the site is calm 😂", "Finally the trains run again, thank you crews"]


def test_two_processes_write_the_same_labels_as_one(
    tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    interim = tmp_path / "interim"
    reactions = [Reaction(f"r_{i:05d}", "post", None, f"p{i}", None, f"{TEXTS[i % len(TEXTS)]} #{i % 13}", None) for i in range(300)]
    write_jsonl(interim / "reactions.jsonl.gz", reactions)
    # Which process scored each batch: every call of the real ReactionModel.probabilities leaves
    # a file named after its process id (forked workers inherit the patched class, and files
    # outlive them). Scores are still the model's own.
    scorers = tmp_path / "scorers"
    real_probabilities = ReactionModel.probabilities

    def recording_probabilities(self, texts, in_domain=True):
        where = scorers / str(os.getpid())
        where.mkdir(parents=True, exist_ok=True)
        (where / f"{len(list(where.iterdir()))}-{len(texts)}").touch()
        return real_probabilities(self, texts, in_domain)

    monkeypatch.setattr(ReactionModel, "probabilities", recording_probabilities)
    outputs = {}
    batches_by_process = {}
    for n_process in (1, 2):
        out = tmp_path / f"processed-{n_process}"
        classify(interim, tiny_model_dir, out, {"classify": {"batch_size": 64, "n_process": n_process}})
        outputs[n_process] = (out / "reaction_labels.jsonl.gz").read_bytes()
        batches_by_process[n_process] = {int(d.name): sorted(f.name for f in d.iterdir()) for d in scorers.iterdir()}
        shutil.rmtree(scorers)
    assert outputs[2] == outputs[1]
    # One process: all five batches (300 reactions by 64) scored here. Two: none scored here,
    # all by worker processes (children of this one), and both texts counts add up to 300.
    assert list(batches_by_process[1]) == [os.getpid()]
    assert len(batches_by_process[1][os.getpid()]) == 5
    workers = batches_by_process[2]
    assert os.getpid() not in workers and workers, workers
    assert sum(len(names) for names in workers.values()) == 5
    assert sum(int(name.split("-")[1]) for names in workers.values() for name in names) == 300


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
