"""The measured newsreact stages, one function per task, each run in a fresh worker process.

Each task takes the run's config (paths, params, the corpus server's base URL; see
``benchmarks.run``) and returns its figures: ``seconds``, ``items``, ``words`` and, where a
per-item time means something, ``laps`` (seconds per item of a sample). Tasks read and write
what the stage itself reads and writes (data/raw, interim, processed, the DuckDB file under
the benchmark's work folder). Baselines for the same inputs are in ``benchmarks.baselines``.
"""

from __future__ import annotations

import logging
import statistics
from pathlib import Path
from typing import Any

from benchmarks.measure import Stopwatch
from pipeline.io import read_jsonl
from pipeline.records import Article, Post, RawPage, Reaction

log = logging.getLogger(__name__)

# Tasks that take well under a second (store and its baselines) run this many times, each into
# a new database file; the median is reported (one sub-second run on a shared machine
# measures the neighbours as much as the code). Every run's seconds are kept as ``runs_s``.
SHORT_TASK_REPEATS = 5
# build_articles and trafilatura_bare (a few seconds each) run this many times, median reported.
ARTICLES_REPEATS = 3


def median_of_runs(walls: list[float], cpus: list[float] | None = None) -> dict[str, Any]:
    """``seconds`` (and ``cpu_seconds``) as the median of repeated runs, with every run kept."""
    out: dict[str, Any] = {"seconds": statistics.median(walls), "runs_s": [round(w, 4) for w in walls]}
    if cpus:
        out["cpu_seconds"] = round(statistics.median(cpus), 3)
    return out


def words_in(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def nlp_texts(interim_dir: Path, params: dict[str, Any]) -> tuple[list[str], int]:
    """The texts extract runs spaCy over (analysed articles, then posts) and how many are articles."""
    languages = {str(x).lower() for x in params.get("extract", {}).get("languages") or ["en"]}
    articles = [a.text for a in read_jsonl(interim_dir / "articles.jsonl.gz", Article)
                if (a.language or "en").lower().split("-")[0] in languages]
    posts = [p.text for p in read_jsonl(interim_dir / "posts.jsonl.gz", Post)]
    return articles + posts, len(articles)


def reaction_texts(interim_dir: Path) -> list[str]:
    by_id = {r.reaction_id: r.text or "" for r in read_jsonl(interim_dir / "reactions.jsonl.gz", Reaction)}
    return [by_id[k] for k in sorted(by_id)]


def run_crawl(cfg: dict[str, Any]) -> dict[str, Any]:
    """The crawl stage over the whole corpus served on loopback (Scrapy runs in a child process)."""
    from benchmarks.corpus import corpus_sources
    from pipeline.crawl.run import crawl

    clock = Stopwatch()
    with clock.total():
        result = crawl(corpus_sources(cfg["base_url"]), Path(cfg["raw_dir"]), cfg["params"], allow_local=True)
    counts = result.counts
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": counts.get("pages", 0) + counts.get("posts", 0), "counts": counts}


def run_articles(cfg: dict[str, Any]) -> dict[str, Any]:
    """``build_articles`` (HTML -> article text, dedup, embeds) over every crawled page."""
    from pipeline.extract.articles import build_articles

    pages = list(read_jsonl(Path(cfg["raw_dir"]) / "pages.jsonl.gz", RawPage))
    walls, cpus = [], []
    for _ in range(ARTICLES_REPEATS):
        clock = Stopwatch()
        with clock.total():
            batch = build_articles(pages, cfg["params"])
        walls.append(clock.seconds)
        cpus.append(clock.cpu)
    for page in pages[: cfg["sample"]]:
        with clock.lap():
            build_articles([page], cfg["params"])
    return {**median_of_runs(walls, cpus), "items": len(pages), "words": words_in([a.text for a in batch.articles]),
            "laps": clock.laps, "counts": {"pages": len(pages), "articles": len(batch.articles),
                                           "failures": len(batch.failures)}}


def run_extract(cfg: dict[str, Any]) -> dict[str, Any]:
    """The whole extract stage (text extraction, spaCy, entities, quotes, reactions, writing)."""
    from pipeline.extract.stage import extract

    clock = Stopwatch()
    with clock.total():
        result = extract(Path(cfg["raw_dir"]), Path(cfg["interim_dir"]), cfg["params"])
    texts, n_articles = nlp_texts(Path(cfg["interim_dir"]), cfg["params"])
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": len(texts), "words": words_in(texts), "articles": n_articles,
            "counts": result.counts}


def run_extract_nlp(cfg: dict[str, Any]) -> dict[str, Any]:
    """The stage's spaCy part alone: ``load_nlp`` + ``Analyser`` (the model and the entity and
    quote rules, in worker processes as the stage runs them) over the same texts; no HTML, no
    entity resolution, no writing."""
    from pipeline.extract.analysis import Analyser
    from pipeline.extract.nlp import load_nlp

    texts, n_articles = nlp_texts(Path(cfg["interim_dir"]), cfg["params"])
    clock = Stopwatch()
    with clock.total():
        nlp = load_nlp(cfg["params"])
        with Analyser(nlp, cfg["params"], n_texts=len(texts)) as analyser:
            analyser.submit([(str(n), text) for n, text in enumerate(texts[n_articles:])], quotes=False)
            analyser.submit([(str(n), text) for n, text in enumerate(texts[:n_articles])], quotes=True)
            for _ in analyser.results():
                pass
    for text in texts[: min(cfg["sample"], n_articles)]:
        with clock.lap():
            nlp(text)
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": len(texts), "words": words_in(texts), "laps": clock.laps,
            "pipe_names": list(nlp.pipe_names)}


def run_classify(cfg: dict[str, Any]) -> dict[str, Any]:
    """The classify stage (load the model, label every reaction, write labels and metrics)."""
    from pipeline.classify.predict import classify, load_model

    models_dir = Path(cfg["models_dir"]) if cfg.get("models_dir") else None
    clock = Stopwatch()
    with clock.total():
        result = classify(Path(cfg["interim_dir"]), models_dir, Path(cfg["processed_dir"]), cfg["params"])
    texts = reaction_texts(Path(cfg["interim_dir"]))
    loading = Stopwatch()
    with loading.total():
        model = load_model(models_dir)
    for text in texts[: cfg["sample"]]:
        with clock.lap():
            model.predict([text])
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": len(texts), "words": words_in(texts), "laps": clock.laps,
            "load_seconds": round(loading.seconds, 3), "counts": result.counts}


def store_function() -> Any:
    """The store entry point (``pipeline.store.db.store``, or ``pipeline.store.load.store``)."""
    try:
        from pipeline.store.db import store  # type: ignore[attr-defined]
    except ImportError:
        from pipeline.store.load import store
    return store


def input_rows(interim_dir: Path, processed_dir: Path) -> int:
    """Rows in the hand-off files store loads."""
    from pipeline.io import read_jsonl as rows_of

    total = 0
    for path in sorted(interim_dir.glob("*.jsonl.gz")) + [processed_dir / "reaction_labels.jsonl.gz"]:
        total += sum(1 for _ in rows_of(path))
    return total


def run_store(cfg: dict[str, Any]) -> dict[str, Any]:
    """The store stage into a fresh DuckDB file (schema, staging, upsert in one transaction)."""
    from pipeline.runner import new_run_info

    db_path = Path(cfg["db_path"])
    store = store_function()
    walls, cpus = [], []
    for _ in range(SHORT_TASK_REPEATS):
        for leftover in db_path.parent.glob(db_path.name + "*"):
            leftover.unlink()
        clock = Stopwatch()
        with clock.total():
            result = store(Path(cfg["interim_dir"]), Path(cfg["processed_dir"]), db_path, cfg["params"],
                           new_run_info(cfg["params"]))
        walls.append(clock.seconds)
        cpus.append(clock.cpu)
    rows = input_rows(Path(cfg["interim_dir"]), Path(cfg["processed_dir"]))
    return {**median_of_runs(walls, cpus), "items": rows, "counts": result.counts}


def run_train(cfg: dict[str, Any]) -> dict[str, Any]:
    """Train the reaction model into ``cfg['models_dir']`` (only when no trained model exists)."""
    from pipeline.classify.train import train

    clock = Stopwatch()
    with clock.total():
        result = train(Path(cfg["labels_dir"]), Path(cfg["models_dir"]), cfg["params"])
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": result.counts.get("train_texts", 0), "counts": result.counts}


STAGE_TASKS = {
    "train": run_train,
    "crawl": run_crawl,
    "articles": run_articles,
    "extract": run_extract,
    "extract_nlp": run_extract_nlp,
    "classify": run_classify,
    "store": run_store,
}
