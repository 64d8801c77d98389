"""An interactive labelling session: the journalist labels the reactions the model is least sure of.

Reads the ``reactions`` table of the newsreact DuckDB file (read-only) and the existing
``labels_dir/reactions.csv``; appends the new labels to that CSV with split ``train`` and ids
``u<hash of the text>`` (a text already in the CSV is not shown again). The next
``newsreact train`` learns from them.

Keys: j joke, r relief, c criticism, o other, s skip, u undo the last label, q quit.
Labels are kept in memory and appended when the session ends (q, end of input, Ctrl-C or the
limit), so undo never has to edit the file.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.classify.labels import CSV_COLUMNS, LABELS_CSV
from pipeline.classify.model import normalize_text
from pipeline.ids import short_hash
from pipeline.records import LABELS

log = logging.getLogger(__name__)

KEYS: dict[str, str] = {"j": "joke", "r": "relief", "c": "criticism", "o": "other"}
HELP = "keys: j joke, r relief, c criticism, o other, s skip, u undo, q quit"
SHOW_CHARS = 600


def label_id(text: str) -> str:
    """The CSV id of a label added in a session: ``u`` + a hash of the normalised text."""
    return "u" + short_hash(normalize_text(text), length=12)


def label_session(
    db_path: Path,
    labels_dir: Path,
    models_dir: Path | None,
    limit: int,
    input_fn: Callable[[str], str] = input,
    output_fn: Callable[[str], Any] = print,
) -> int:
    """Show up to ``limit`` uncertain reactions, collect labels, append them; returns how many.

    ``models_dir`` is used only when the database holds reactions without scores: the model
    then scores them so they can be ordered.
    """
    csv_path = Path(labels_dir) / LABELS_CSV
    known = existing_ids(csv_path)
    candidates = [c for c in load_candidates(Path(db_path), models_dir) if label_id(c["text"]) not in known]
    added: list[dict[str, str]] = []
    shown: list[int] = []  # indexes of candidates labelled, for undo
    i = 0
    output_fn(f"{len(candidates)} reaction(s) to label, most uncertain first. {HELP}")
    try:
        while i < len(candidates) and len(added) < limit:
            cand = candidates[i]
            if label_id(cand["text"]) in known:  # the same text from another reaction, labelled just now
                i += 1
                continue
            output_fn(_describe(cand, len(added) + 1, limit))
            key = (input_fn("label [j/r/c/o/s/u/q]: ") or "").strip().lower()[:1]
            if key == "q":
                break
            if key == "s":
                i += 1
            elif key == "u":
                if added:
                    undone = added.pop()
                    known.discard(undone["id"])
                    i = shown.pop()
                    output_fn(f"undone: {undone['label']}")
                else:
                    output_fn("nothing to undo")
            elif key in KEYS:
                added.append(_row(cand["text"], KEYS[key]))
                known.add(added[-1]["id"])
                shown.append(i)
                i += 1
            else:
                output_fn(HELP)
    except (EOFError, KeyboardInterrupt):
        output_fn("")
    finally:
        append_labels(csv_path, added)
    output_fn(f"{len(added)} label(s) added to {csv_path}; run `newsreact train` to use them")
    log.info("label session: %d shown candidates, %d labels added", len(candidates), len(added))
    return len(added)


def load_candidates(db_path: Path, models_dir: Path | None) -> list[dict[str, Any]]:
    """Reactions ordered by model uncertainty (smallest top-two margin first), read-only."""
    from pipeline.store.db import open_reader, sql_text

    con = open_reader(db_path, wait_s=5.0, doing="run `newsreact label`")
    try:
        cur = con.execute(sql_text("pipeline.classify", "sql/labeling_candidates.sql"))
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()
    unscored = [r for r in rows if r["score_other"] is None]
    if unscored:
        from pipeline.classify.predict import load_model

        model = load_model(models_dir)
        for row, scored in zip(unscored, model.predict([r["text"] for r in unscored])):
            row.update(scored)
            top = sorted((scored[f"score_{label}"] for label in LABELS), reverse=True)
            row["margin"] = top[0] - top[1]
        rows.sort(key=lambda r: (float(r["margin"]), r["reaction_id"]))
    return rows


def existing_ids(csv_path: Path) -> set[str]:
    """Ids already in the labels CSV (empty when it does not exist yet)."""
    if not csv_path.exists():
        return set()
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        return {(row.get("id") or "").strip() for row in csv.DictReader(fh)}


def append_labels(csv_path: Path, rows: list[dict[str, str]]) -> None:
    """Append rows to the labels CSV, writing the header first when the file is new."""
    if not rows:
        return
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    new = not csv_path.exists() or csv_path.stat().st_size == 0
    if not new:
        with csv_path.open("rb") as fh:
            fh.seek(-1, 2)
            needs_newline = fh.read(1) not in (b"\n", b"\r")
    with csv_path.open("a", encoding="utf-8", newline="") as fh:
        if not new and needs_newline:
            fh.write("\n")
        writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerows(rows)


def _row(text: str, label: str) -> dict[str, str]:
    return {"id": label_id(text), "text": text, "label": label, "secondary_label": "", "split": "train",
            "topic": "", "register": ""}


def _describe(cand: dict[str, Any], n: int, limit: int) -> str:
    text = cand["text"] if len(cand["text"]) <= SHOW_CHARS else cand["text"][:SHOW_CHARS] + " [...]"
    scores = ", ".join(
        f"{label} {float(cand[f'score_{label}']):.2f}" for label in LABELS if cand.get(f"score_{label}") is not None
    )
    return f"\n[{n}/{limit}] {cand['reaction_id']}\n{text}\nmodel: {cand.get('label')} ({scores})"
