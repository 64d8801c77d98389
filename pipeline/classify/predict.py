"""Applying the reaction-tone model: finding it, scoring texts, and the ``classify`` stage.

``classify`` reads ``interim_dir/reactions.jsonl.gz`` (records.Reaction),
``interim_dir/quotes.jsonl.gz`` (records.Quote: the cue verbs of quoted reactions, see
``cues``) and the model, and writes ``processed_dir/reaction_labels.jsonl.gz``
(records.ReactionLabel, sorted by reaction_id) and ``processed_dir/classify_metrics.json``
(counts per label, cue verbs applied). ``tone`` scores
free texts for the ``newsreact tone`` command.

The model is looked up in ``models_dir`` (when given and it has the file), else ``./models/``,
else the copy shipped in the package (``pipeline/models_dist/``).

The model and its news-mode companion share their n-gram work (``shared_features``). With
params ``classify.n_process`` above 1 (``auto``: one per usable core from
``AUTO_MIN_REACTIONS`` reactions), batches are scored in forked worker processes that inherit
the loaded model; every text's scores are the same numbers either way.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.classify.calibration import apply_temperature
from pipeline.classify.cues import CUE_FACTOR_DEFAULT, cue_tone, weigh_cue
from pipeline.classify.model import (
    MAX_CHARS_DEFAULT,
    MODEL_FILE,
    blend_news,
    bundle_meta,
    has_content,
    load_bundle,
    model_input,
    normalize_text,
)
from pipeline.classify.shared_features import predict_probas
from pipeline.config import process_count
from pipeline.errors import ModelError, PipelineError, StageInputMissing
from pipeline.io import JsonlWriter, read_jsonl, write_json
from pipeline.progress import progress
from pipeline.records import LABELS, Quote, Reaction, ReactionLabel, StageResult

log = logging.getLogger(__name__)

REACTIONS_FILE = "reactions.jsonl.gz"
QUOTES_FILE = "quotes.jsonl.gz"
LABELS_FILE = "reaction_labels.jsonl.gz"
METRICS_FILE = "classify_metrics.json"
SCORE_DIGITS = 6


class ReactionModel:
    """A loaded, audited model file: scores texts on the four tones."""

    def __init__(self, data: dict[str, Any], version: str, path: Path):
        self.pipeline = data["pipeline"]
        self.classes: list[str] = list(data["classes"])
        self.meta = bundle_meta(data)
        # News mode blends in a model of our labels only (train.news_blend; absent in older files).
        self.news_pipeline = data.get("news_pipeline")
        self.news_blend = float(self.meta.get("news_blend", 0.0)) if self.news_pipeline is not None else 0.0
        self.version = version
        self.path = path
        self.max_chars = int(self.meta.get("max_chars", MAX_CHARS_DEFAULT))
        # The relief cue token (model.mark_relief_cues), when the model was trained with it.
        self.relief_cues = bool(self.meta.get("relief_cues", False))
        missing = set(LABELS) - set(self.classes)
        if missing:
            raise ModelError(f"{path}: the model lacks tone(s) {', '.join(sorted(missing))}; retrain with `newsreact train`")
        self._order = [self.classes.index(label) for label in LABELS]
        # Temperature scaling fitted at training (see calibration); 1.0 for older files.
        temperature = self.meta.get("temperature") or {}
        self.temperature = {mode: float(temperature.get(mode, 1.0)) for mode in ("news", "goemotions")}
        # Mixing with the uniform distribution after it (train.calibration_smoothing); 0 for older files.
        smoothing = self.meta.get("smoothing") or {}
        self.smoothing = {mode: float(smoothing.get(mode, 0.0)) for mode in ("news", "goemotions")}

    def probabilities(self, texts: list[str], in_domain: bool = True) -> np.ndarray:
        """An (n, 4) array of probabilities in LABELS order.

        The model's probabilities (in news mode blended with the news-mode model when the file
        has one, see ``model.blend_news``), temperature-scaled and smoothed (``calibration``: the mode's
        temperature and smoothing stored in the model file). A text with nothing left once URLs and @handles are set
        aside (empty, a bare link) has no tone to read: it scores 1.0 on ``other`` without
        asking the model. ``in_domain``
        False scores texts as GoEmotions comments (for the GoEmotions dev figures only).
        """
        clean = [normalize_text(t, self.max_chars) for t in texts]
        out = np.zeros((len(clean), len(LABELS)), dtype=np.float64)
        out[:, LABELS.index("other")] = 1.0
        keep = [i for i, t in enumerate(clean) if has_content(t)]
        if keep:
            features = model_input([clean[i] for i in keep], in_domain, self.relief_cues)
            if in_domain and self.news_blend > 0:
                proba, news = predict_probas([self.pipeline, self.news_pipeline], features)
                proba = blend_news(proba, news, self.news_blend)
            else:
                (proba,) = predict_probas([self.pipeline], features)
            mode = "news" if in_domain else "goemotions"
            proba = apply_temperature(proba, self.temperature[mode], self.smoothing[mode])
            out[keep] = proba[:, self._order]
        return round_scores(out)

    def predict(self, texts: list[str]) -> list[dict[str, Any]]:
        """One dict per text: ``label`` and ``score_joke``, ``score_relief``, ``score_criticism``, ``score_other``."""
        return [self.label_row(p) for p in self.probabilities(texts)]

    @staticmethod
    def label_row(p: np.ndarray) -> dict[str, Any]:
        """``label`` (the top score) and the four ``score_*`` of one row of scores in LABELS order."""
        row: dict[str, Any] = {"label": LABELS[int(np.argmax(p))]}
        row.update({f"score_{label}": float(p[i]) for i, label in enumerate(LABELS)})
        return row

    def predict_labels(self, texts: list[str], in_domain: bool = True) -> list[str]:
        """Just the labels."""
        return [LABELS[int(i)] for i in np.argmax(self.probabilities(texts, in_domain), axis=1)]


def round_scores(proba: np.ndarray) -> np.ndarray:
    """Scores rounded to SCORE_DIGITS places, each row still summing to 1.

    Four independently rounded scores can miss 1 by up to 2e-6; the difference goes to the
    row's top score, so a stored row always sums to 1 and the label is unchanged.
    """
    out = np.round(proba, SCORE_DIGITS)
    if len(out):
        top = np.argmax(out, axis=1)
        rows = np.arange(len(out))
        out[rows, top] = np.round(out[rows, top] + (1.0 - out.sum(axis=1)), SCORE_DIGITS)
    return out


# A source checkout or editable install: the repository's models/ beside the package.
CHECKOUT_MODELS = Path(__file__).resolve().parents[2] / "models"


def find_model_file(models_dir: Path | None) -> Path | None:
    """The model file: models_dir -> ./models -> package copy -> checkout models/; None if none."""
    candidates: list[Path] = []
    if models_dir is not None:
        candidates.append(Path(models_dir) / MODEL_FILE)
    candidates.append(Path("models") / MODEL_FILE)
    for path in candidates:
        if path.is_file():
            return path
    shipped = resources.files("pipeline").joinpath("models_dist", MODEL_FILE)
    if shipped.is_file():
        return Path(str(shipped))
    checkout = CHECKOUT_MODELS / MODEL_FILE
    if checkout.is_file() and (CHECKOUT_MODELS.parent / "pyproject.toml").is_file():
        return checkout
    return None


def load_model(models_dir: Path | None) -> ReactionModel:
    """Load the reaction model (see ``find_model_file``); ModelError when there is none or it is refused."""
    path = find_model_file(models_dir)
    if path is None:
        where = f"{models_dir}/, " if models_dir is not None else ""
        raise ModelError(f"no reaction model found (looked in {where}./models/ and the package); run `newsreact train`")
    data, version = load_bundle(path)
    log.debug("loaded %s (%s)", path, version)
    return ReactionModel(data, version, path)


def tone(texts: list[str], models_dir: Path | None) -> list[dict[str, Any]]:
    """``{"text", "label", "scores": {"joke", "relief", "criticism", "other"}}`` per text."""
    model = load_model(models_dir)
    return [
        {"text": text, "label": row["label"], "scores": {label: row[f"score_{label}"] for label in LABELS}}
        for text, row in zip(texts, model.predict(list(texts)))
    ]


def classify(interim_dir: Path, models_dir: Path | None, processed_dir: Path, params: dict) -> StageResult:
    """Label every reaction in ``interim_dir`` and write the labels and per-label counts.

    A ``quote`` reaction whose quote's cue verb names a tone (``cues.CUE_TONES``) has that
    tone's score multiplied by ``classify.cue_factor`` and renormalised; the verb is recorded
    in ``tone_cue``. Without ``quotes.jsonl.gz`` no cue is applied (a warning says so).
    """
    source = Path(interim_dir) / REACTIONS_FILE
    if not source.exists():
        raise StageInputMissing(f"{source} not found; run `newsreact extract` first")
    model = load_model(models_dir)
    cp = params.get("classify", {})
    batch_size = max(1, int(cp.get("batch_size", 512)))
    cue_factor = float(cp.get("cue_factor", CUE_FACTOR_DEFAULT))
    reactions: dict[str, Reaction] = {}
    duplicates = 0
    for reaction in read_jsonl(source, Reaction):
        if reaction.reaction_id in reactions:
            duplicates += 1
            continue
        reactions[reaction.reaction_id] = reaction
    if duplicates:
        log.warning("%s: %d duplicate reaction_id(s) skipped", source, duplicates)
    cues = read_cues(Path(interim_dir) / QUOTES_FILE, reactions.values())
    ids = sorted(reactions)
    counts: Counter[str] = Counter()
    cue_counts: Counter[str] = Counter()
    out_path = Path(processed_dir) / LABELS_FILE
    chunks = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    texts = [[reactions[r].text or "" for r in chunk] for chunk in chunks]
    # Scored before the output file is opened: forked workers never hold it.
    n_process = classify_processes(cp.get("n_process", "auto"), len(ids))
    scored = list(progress(_score_batches(model, texts, n_process), "classify", total=len(chunks)))
    with JsonlWriter(out_path) as out:
        for chunk, proba in zip(chunks, scored):
            for rid, p in zip(chunk, proba):
                cue = cues.get(rid)
                tone = cue_tone(cue) if cue_factor != 1.0 else None
                if tone is not None:
                    before = LABELS[int(np.argmax(p))]
                    p = round_scores(weigh_cue(p, tone, cue_factor)[None, :])[0]
                    cue_counts["applied"] += 1
                    cue_counts["changed_label"] += int(LABELS[int(np.argmax(p))] != before)
                row = model.label_row(p)
                counts[row["label"]] += 1
                out.write(ReactionLabel(reaction_id=rid, model_version=model.version, tone_cue=cue if tone else None, **row))
    label_counts = {label: counts.get(label, 0) for label in LABELS}
    cue_summary = {"factor": cue_factor, "applied": cue_counts["applied"], "changed_label": cue_counts["changed_label"]}
    metrics = {
        "reactions": len(ids),
        "duplicates_skipped": duplicates,
        "labels": label_counts,
        "tone_cues": cue_summary,
        "model_version": model.version,
    }
    write_json(Path(processed_dir) / METRICS_FILE, metrics)
    result = StageResult(
        stage="classify",
        counts={
            "in": len(ids) + duplicates,
            "labelled": len(ids),
            "skipped": duplicates,
            **label_counts,
            "tone_cues": cue_counts["applied"],
        },
        outputs=[str(out_path), str(Path(processed_dir) / METRICS_FILE)],
    )
    log.info(result.summary())
    return result


# ``classify.n_process: auto`` scores in more than one process only from this many reactions:
# below it, starting a worker costs more than the second core saves.
AUTO_MIN_REACTIONS = 2000


def classify_processes(value: Any, n_reactions: int) -> int:
    """Processes for ``classify``: params ``classify.n_process`` as given, or for ``auto`` (the
    default) one per usable core (up to 4) from AUTO_MIN_REACTIONS reactions, else one."""
    return process_count(value, "classify.n_process", n_reactions, AUTO_MIN_REACTIONS)


# The model a worker scores with: set in the parent just before the workers fork (inherited).
_WORKER_MODEL: ReactionModel | None = None


def _worker_probabilities(texts: list[str]) -> np.ndarray:
    assert _WORKER_MODEL is not None, "classify worker started without a model"
    return _WORKER_MODEL.probabilities(texts)


def _score_batches(model: ReactionModel, batches: Iterable[list[str]], n_process: int) -> Iterable[np.ndarray]:
    """``model.probabilities`` of each batch of texts, in order; in ``n_process`` forked
    processes where the platform forks (elsewhere, and for 1, in this process)."""
    global _WORKER_MODEL
    if n_process <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for texts in batches:
            yield model.probabilities(texts)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _WORKER_MODEL = model
    try:
        with ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("fork")) as pool:
            try:
                yield from pool.map(_worker_probabilities, batches)
            except BrokenProcessPool as exc:
                raise PipelineError(
                    "classify: a worker process died (out of memory? killed?); nothing was written. "
                    "Rerun, or set classify.n_process: 1 in params.yaml"
                ) from exc
    finally:
        _WORKER_MODEL = None


def read_cues(path: Path, reactions: Iterable[Reaction]) -> dict[str, str]:
    """reaction_id -> the cue verb of its quote, for ``quote`` reactions whose quote has one."""
    wanted = {r.quote_id: r.reaction_id for r in reactions if r.origin == "quote" and r.quote_id}
    if not wanted:
        return {}
    if not path.exists():
        log.warning("%s not found: quoted reactions are classified without their cue verbs", path)
        return {}
    return {wanted[q.quote_id]: q.cue for q in read_jsonl(path, Quote) if q.quote_id in wanted and q.cue}
