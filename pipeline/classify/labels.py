"""Labelled reactions for training and evaluation: our own CSV and GoEmotions, mapped to our tones.

Reads ``data/labels/reactions.csv`` (columns ``id,text,label,secondary_label,split,topic,register``;
``label`` one of LABELS, ``split`` train|heldout) and, when present, the GoEmotions TSV files
(``train.tsv``, ``dev.tsv``, ``labels.txt``: text, comma-separated label ids, comment id) read by
path, never copied. Writes nothing.

GoEmotions has 28 emotions and a comment may carry several. The mapping to our tones:

- joke <- amusement; relief <- relief;
- criticism <- disapproval, annoyance, anger, disgust, disappointment;
- other <- every other emotion, and neutral.

Multi-label rows: a tone other than ``other`` wins over ``other`` (amusement + joy is a joke).
When two of joke/relief/criticism meet in one row, the rarer tone wins, in the order relief,
joke, criticism (``TONE_PRIORITY``): relief is the scarcest tone and a relieved comment that
also complains is still evidence of relief. The same rule labels the dev set we score on, so
training and evaluation agree; such rows are 1-2% of the corpus.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError, StageInputMissing
from pipeline.records import LABELS

log = logging.getLogger(__name__)

LABELS_CSV = "reactions.csv"
CSV_COLUMNS: tuple[str, ...] = ("id", "text", "label", "secondary_label", "split", "topic", "register")
SPLITS: tuple[str, ...] = ("train", "heldout")

GOEMOTIONS_TO_TONE: dict[str, str] = {
    "amusement": "joke",
    "relief": "relief",
    "disapproval": "criticism",
    "annoyance": "criticism",
    "anger": "criticism",
    "disgust": "criticism",
    "disappointment": "criticism",
}
TONE_PRIORITY: tuple[str, ...] = ("relief", "joke", "criticism", "other")


@dataclass(frozen=True)
class LabelledText:
    """One labelled text, from our CSV or from GoEmotions."""

    id: str
    text: str
    label: str
    split: str  # "train" | "heldout" (ours); "train" | "dev" (GoEmotions)
    source: str  # "newsreact" | "goemotions"
    secondary_label: str | None = None


def read_labels_csv(labels_dir: Path, split: str | None = None, name: str = LABELS_CSV) -> list[LabelledText]:
    """Our labelled reactions from ``labels_dir/reactions.csv``, optionally one split only.

    Rows with an unknown label or split are skipped with a warning naming the line; a missing
    file raises StageInputMissing.
    """
    path = Path(labels_dir) / name
    if not path.exists():
        raise StageInputMissing(f"{path}: labelled reactions not found; add labels with `newsreact label`")
    rows: list[LabelledText] = []
    skipped = 0
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"id", "text", "label", "split"} - set(reader.fieldnames or ())
        if missing:
            raise ConfigError(f"{path}: missing column(s) {', '.join(sorted(missing))}; expected {','.join(CSV_COLUMNS)}")
        for line_no, row in enumerate(reader, start=2):
            label = (row.get("label") or "").strip().lower()
            row_split = (row.get("split") or "").strip().lower()
            text = row.get("text") or ""
            if label not in LABELS or row_split not in SPLITS:
                log.warning("%s:%d: skipped (label %r, split %r)", path, line_no, label, row_split)
                skipped += 1
                continue
            if split is not None and row_split != split:
                continue
            secondary = (row.get("secondary_label") or "").strip().lower() or None
            rows.append(
                LabelledText(
                    id=(row.get("id") or f"line{line_no}").strip(),
                    text=text,
                    label=label,
                    split=row_split,
                    source="newsreact",
                    secondary_label=secondary if secondary in LABELS else None,
                )
            )
    if skipped:
        log.warning("%s: %d row(s) skipped for an unknown label or split", path, skipped)
    return rows


def goemotions_available(goemotions_dir: Path | None) -> bool:
    """Whether ``goemotions_dir`` holds the files we read."""
    if goemotions_dir is None:
        return False
    base = Path(goemotions_dir)
    return all((base / name).is_file() for name in ("train.tsv", "dev.tsv", "labels.txt"))


def map_emotions(emotions: list[str]) -> str:
    """Our tone for a GoEmotions row's emotions (see the module docstring for multi-label rows)."""
    tones = {GOEMOTIONS_TO_TONE.get(name, "other") for name in emotions}
    for tone in TONE_PRIORITY:
        if tone in tones:
            return tone
    return "other"


def read_goemotions(goemotions_dir: Path, split: str) -> list[LabelledText]:
    """One GoEmotions split (``train`` or ``dev``), each row mapped to one of our tones."""
    base = Path(goemotions_dir)
    names = [line.strip() for line in (base / "labels.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    path = base / f"{split}.tsv"
    rows: list[LabelledText] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line_no, line in enumerate(fh, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                raise ConfigError(f"{path}:{line_no}: expected 3 tab-separated columns (text, label ids, id)")
            text, ids, comment_id = parts[0], parts[1], parts[2]
            try:
                emotions = [names[int(i)] for i in ids.split(",") if i.strip()]
            except (ValueError, IndexError):
                raise ConfigError(f"{path}:{line_no}: label ids {ids!r} are not indexes into labels.txt") from None
            rows.append(LabelledText(id=f"ge_{comment_id}", text=text, label=map_emotions(emotions), split=split, source="goemotions"))
    return rows


def label_counts(rows: list[LabelledText]) -> dict[str, int]:
    """Rows per label, in LABELS order (zeros included)."""
    counts = Counter(r.label for r in rows)
    return {label: counts.get(label, 0) for label in LABELS}
