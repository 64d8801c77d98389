"""Fixtures for the classifier tests: a small labelled set written in code and a model trained on it.

The tiny model is a real scikit-learn fit (our labels only, no GoEmotions), trained once per
session; quality floors use the committed model in models/ instead.
"""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import pytest

from pipeline.classify.labels import CSV_COLUMNS
from pipeline.classify.train import train
from pipeline.config import load_params

REPO = Path(__file__).resolve().parents[2]

# Short invented reactions, a few per tone, enough for a real fit to separate them.
TINY: dict[str, list[str]] = {
    "joke": [
        "lol the intern really said goodbye in style",
        "haha best eleven minutes of the year",
        "give that guy a medal lmao",
        "my cat could run that office better haha",
        "someone get this man a sitcom lol",
        "lmao the plot twist nobody asked for",
    ],
    "relief": [
        "phew, glad it is back to normal",
        "what a relief that nobody got hurt",
        "thank goodness the power is back on",
        "so relieved the bridge reopened",
        "finally, the water is safe again, phew",
        "relieved to hear the flight landed safely",
    ],
    "criticism": [
        "this is a disgrace and someone should be fired",
        "terrible security, how was this even possible",
        "shameful handling by the company, absolutely unacceptable",
        "the council failed again, a total disgrace",
        "unacceptable that one person could do this",
        "awful decision, they should be ashamed",
    ],
    "other": [
        "the meeting is scheduled for tuesday at noon",
        "does anyone know which station this was",
        "the report was published this morning",
        "i read the article on the train",
        "what time does the press conference start",
        "the statement has been updated with new details",
    ],
}
HELDOUT: dict[str, list[str]] = {
    "joke": ["haha the best farewell ever lol"],
    "relief": ["phew, so glad it is fixed"],
    "criticism": ["a disgrace, totally unacceptable security"],
    "other": ["the press conference is at noon"],
}


def write_labels(labels_dir: Path, train_rows: dict[str, list[str]] = TINY, heldout: dict[str, list[str]] = HELDOUT) -> Path:
    """Write a reactions.csv in the shared format; returns the directory."""
    labels_dir.mkdir(parents=True, exist_ok=True)
    with (labels_dir / "reactions.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        n = 0
        for split, table in (("train", train_rows), ("heldout", heldout)):
            for label, texts in table.items():
                for text in texts:
                    n += 1
                    writer.writerow({"id": f"t{n:03d}", "text": text, "label": label, "secondary_label": "",
                                     "split": split, "topic": "test", "register": "plain"})
    return labels_dir


def tiny_params(tmp: Path) -> dict:
    params = copy.deepcopy(load_params(REPO / "pipeline" / "params.yaml"))
    params["train"]["use_goemotions"] = False
    params["train"]["goemotions_dir"] = str(tmp / "no-goemotions")
    return params


@pytest.fixture(scope="session")
def tiny_labels(tmp_path_factory) -> Path:
    return write_labels(tmp_path_factory.mktemp("labels"))


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tiny_labels) -> Path:
    out = tmp_path_factory.mktemp("models")
    train(tiny_labels, out, tiny_params(out))
    return out


@pytest.fixture(scope="session")
def repo_models() -> Path:
    return REPO / "models"
