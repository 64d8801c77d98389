"""Stage wiring: where each stage reads and writes, and ``run_all`` for ``newsreact run``.

The CLI and dvc.yaml both go through these functions, so a stage behaves the same whichever
way it is started. Each ``*_stage`` function calls one stage entry (``crawl``, ``extract``,
``train``, ``classify``, ``store``, ``report``) with the paths of DESIGN.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.config import Sources, load_sources, params_hash
from pipeline.errors import ConfigError
from pipeline.records import Article, Entity, Mention, Quote, Reaction, StageResult

log = logging.getLogger("newsreact")

# Under --data-dir: the state of an interrupted crawl, resumed by the next identical crawl.
CRAWL_STATE_DIR = ".crawl-job"


@dataclass(frozen=True)
class Paths:
    """The files of one story under ``--data-dir`` (DESIGN.md, data flow)."""

    data: Path
    raw: Path
    interim: Path
    processed: Path
    reports: Path
    db: Path

    @classmethod
    def under(cls, data_dir: Path) -> Paths:
        data_dir = Path(data_dir)
        return cls(
            data=data_dir,
            raw=data_dir / "raw",
            interim=data_dir / "interim",
            processed=data_dir / "processed",
            reports=data_dir / "reports",
            db=data_dir / "newsreact.duckdb",
        )


def resolve_sources(sources_file: Path | None, urls: tuple[str, ...], params: dict[str, Any]) -> Sources | None:
    """The Sources to crawl from --sources and/or --url, else from params ``crawl.sources``.

    None means the bundled demo story (``crawl.sources: demo``, the default).
    """
    if sources_file is None and not urls:
        configured = params["crawl"].get("sources") or "demo"
        if str(configured) == "demo":
            return None
        sources_file = Path(configured)
    sources = load_sources(sources_file) if sources_file is not None else Sources()
    if urls:
        sources = Sources(sources.articles + tuple(urls), sources.feeds, sources.sitemaps, sources.reactions)
    if sources.is_empty():
        raise ConfigError(f"{sources_file}: nothing to crawl; list articles, feeds, sitemaps or reactions")
    return sources


def crawl_stage(params: dict[str, Any], paths: Paths, sources: Sources | None, allow_local: bool,
                echo: Callable[[str], None] | None = None) -> StageResult:
    """Crawl ``sources``; None crawls the bundled demo story from a loopback server."""
    from pipeline.crawl.run import crawl

    state_root = paths.data / CRAWL_STATE_DIR
    if sources is not None:
        return crawl(sources, paths.raw, params, allow_local=allow_local, state_root=state_root)
    from pipeline.demo.server import serve_demo
    from pipeline.demo.sources import demo_sources

    port = int(params["crawl"].get("demo_port") or 0)
    try:
        server = serve_demo(port=port)
    except OSError as exc:
        log.warning("demo: port %s is taken (%s); serving on a free port, so article ids will differ "
                    "from earlier demo runs in this folder", port, exc.strerror)
        server = serve_demo()
    with server:
        if echo is not None:
            echo(f"demo: serving the bundled demo story at {server.base_url}")
        return crawl(demo_sources(server.base_url), paths.raw, params, allow_local=True, state_root=state_root)


def extract_stage(params: dict[str, Any], paths: Paths) -> StageResult:
    from pipeline.extract.stage import extract

    return extract(paths.raw, paths.interim, params)


def train_stage(params: dict[str, Any], models_dir: Path) -> StageResult:
    from pipeline.classify.train import train

    labels_dir = Path(params["train"].get("labels_dir", "data/labels"))
    if not labels_dir.is_dir():
        raise ConfigError(f"{labels_dir}: labelled reactions not found; set train.labels_dir in params.yaml")
    return train(labels_dir, models_dir, params)


def classify_stage(params: dict[str, Any], paths: Paths, models_dir: Path | None) -> StageResult:
    from pipeline.classify.predict import classify

    return classify(paths.interim, models_dir, paths.processed, params)


def store_stage(params: dict[str, Any], paths: Paths, run_info: dict[str, Any] | None = None) -> StageResult:
    from pipeline.store.db import store

    return store(paths.interim, paths.processed, paths.db, params, run_info or new_run_info(params))


def report_stage(params: dict[str, Any], paths: Paths) -> StageResult:
    from pipeline.report.build import report

    return report(paths.db, paths.reports, params)


def new_run_info(params: dict[str, Any], started_at: dt.datetime | None = None) -> dict[str, Any]:
    """What the ``runs`` table records about this run."""
    started = started_at or dt.datetime.now(dt.timezone.utc)
    return {
        "run_id": started.strftime("%Y%m%dT%H%M%S.%fZ"),
        "started_at": started.isoformat(),
        "params_hash": params_hash(params),
        "code_version": code_version(),
    }


def code_version() -> str:
    """The package version, plus the git commit when running from a checkout."""
    repo = Path(__file__).resolve().parent.parent
    try:
        sha = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short=12", "HEAD"],
                             capture_output=True, text=True, timeout=5, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return __version__
    return f"{__version__}+g{sha}" if sha else __version__


def has_trained_model(models_dir: Path | None = None) -> bool:
    """Whether a model file is there to classify with (found, not loaded: classify loads it)."""
    from pipeline.classify.predict import find_model_file

    return find_model_file(models_dir) is not None


def run_all(params: dict[str, Any], paths: Paths, sources_file: Path | None, urls: tuple[str, ...],
            allow_local: bool, echo: Callable[[str], None] = print) -> str:
    """Every stage in order; returns the closing summary. No sources: the bundled demo."""
    sources = resolve_sources(sources_file, urls, params)
    run_info = new_run_info(params)
    timings: dict[str, float] = {}

    def timed(name: str, func: Callable[[], StageResult]) -> StageResult:
        start = time.perf_counter()
        result = func()
        timings[name] = time.perf_counter() - start
        log.debug("%s took %.1f s", name, timings[name])  # the stage logged its own summary line
        return result

    timed("crawl", lambda: crawl_stage(params, paths, sources, allow_local, echo))
    timed("extract", lambda: extract_stage(params, paths))
    if not has_trained_model():
        echo("train: no trained model found, training one in ./models")
        timed("train", lambda: train_stage(params, Path("models")))
    timed("classify", lambda: classify_stage(params, paths, None))
    timed("store", lambda: store_stage(params, paths, run_info))
    timed("report", lambda: report_stage(params, paths))
    return story_summary(paths)


def story_summary(paths: Paths) -> str:
    """The short closing summary of ``newsreact run``, read back from the database."""
    from pipeline.store.query import run_query

    def one(sql: str) -> list[dict[str, Any]]:
        return json.loads(run_query(paths.db, sql, fmt="json"))

    counts = one(
        "select (select count(*) from articles) as articles, (select count(*) from posts) as posts, "
        "(select count(*) from quotes) as quotes, (select count(*) from reactions) as reactions, "
        "(select count(*) from entities) as entities, (select count(*) from failures) as failures"
    )[0]
    labels = one("select label, count(*) as n from reactions group by label order by n desc, label")
    top = one(
        "select e.name, count(*) as n from mentions m join entities e using (entity_id) "
        "group by e.name order by n desc, e.name limit 5"
    )
    lines = [
        "",
        "Story: " + ", ".join(_count(counts[name], name) for name in ("articles", "posts", "quotes", "entities", "failures")),
        "Reactions: " + ", ".join(f"{r['label']} {r['n']}" for r in labels) + f" (total {counts['reactions']})",
        "Top entities: " + ", ".join(f"{r['name']} ({r['n']})" for r in top),
        f"Database: {paths.db}",
        f"Reports:  {paths.reports}/ (CSV, summary.json, index.html)",
        'Next: newsreact query "select * from v_reaction_mix"',
    ]
    return "\n".join(lines)


def _count(n: int, plural: str) -> str:
    """'1 article', '0 articles', '1 entity', '2 entities'."""
    if n == 1:
        plural = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return f"{n} {plural}"


def evaluate_demo_quotes(params: dict[str, Any], gold_dir: Path | None, errors: list[dict] | None = None) -> str:
    """Score quotes, speakers and quoted public reactions against a gold folder's
    ``quotes.json`` and ``reactions.json``: the demo gold (``tests/gold``: the demo corpus is
    crawled from its loopback server and extracted in a temporary folder, as ``newsreact run``
    would), or a held-out folder with its texts in ``articles/*.txt`` (``tests/gold/quotes-heldout``:
    extracted as articles by ``extract_texts``, keyed ``articles/NAME.txt``). ``errors``, when a
    list, receives the misses as records (``GoldQuoteScore.errors``)."""
    from pipeline.extract.gold_quotes import format_report, load_gold, score_quotes

    folder = gold_dir or Path(__file__).resolve().parent.parent / "tests" / "gold"
    if not (folder / "quotes.json").exists() or not (folder / "reactions.json").exists():
        raise ConfigError(f"{folder}: a quote gold folder needs quotes.json and reactions.json (see tests/gold/README.md)")
    gold_quotes, gold_reactions = load_gold(folder)
    if (folder / "articles").is_dir():  # a held-out folder: plain texts, keyed "articles/NAME.txt"
        texts = read_text_folder(folder)
        done = extract_texts(params, texts)
        keys = {a.article_id: "articles/" + Path(a.url).name for a in done.articles}
        articles = [dataclasses.replace(a, url=keys[a.article_id], canonical_url=keys[a.article_id]) for a in done.articles]
        score = score_quotes(gold_quotes, gold_reactions, articles, done.quotes, done.reactions)
        name = f"held-out gold ({folder})"
    else:
        found = extract_demo(params, {"articles": Article, "quotes": Quote, "reactions": Reaction})
        score = score_quotes(gold_quotes, gold_reactions, found["articles"], found["quotes"], found["reactions"])
        name = f"demo gold ({folder})"
    if errors is not None:
        errors.extend(score.errors)
    return format_report(score, name)


def extract_demo(params: dict[str, Any], outputs: dict[str, type]) -> dict[str, list[Any]]:
    """Crawl the demo corpus from its loopback server and extract it in a temporary folder, as
    ``newsreact run`` would; returns the named interim outputs (``{"quotes": Quote}`` ->
    ``{"quotes": [Quote, ...]}``)."""
    from pipeline.io import read_jsonl

    with tempfile.TemporaryDirectory(prefix="newsreact-eval-") as tmp:
        paths = Paths.under(Path(tmp))
        crawl_stage(params, paths, None, True)
        extract_stage(params, paths)
        return {name: list(read_jsonl(paths.interim / f"{name}.jsonl.gz", record)) for name, record in outputs.items()}


def evaluate_demo_entities(params: dict[str, Any], gold_path: Path | None) -> str:
    """Score entities against gold: the demo corpus (crawled and extracted in a temporary
    folder) for a gold file, or a held-out set for a gold folder (``DIR/entities.json`` and the
    texts ``DIR/articles/*.txt``, see ``extract_texts``)."""
    from pipeline.extract.evaluation import evaluate_entities, format_entity_report

    gold = gold_path or Path(__file__).resolve().parent.parent / "tests" / "gold" / "entities.json"
    if gold.is_dir():
        texts_dir = gold / "articles"
        gold = gold / "entities.json"
        if not gold.exists() or not texts_dir.is_dir():
            raise ConfigError(f"{gold.parent}: a held-out gold folder needs entities.json and articles/*.txt")
        found = extract_texts(params, read_text_folder(gold.parent))
        return format_entity_report(evaluate_entities(gold, found.articles, found.mentions, found.entities))
    if not gold.exists():
        raise ConfigError(f"{gold}: gold entities not found; give --gold FILE or --gold DIR")
    found = extract_demo(params, {"articles": Article, "mentions": Mention, "entities": Entity})
    return format_entity_report(evaluate_entities(gold, found["articles"], found["mentions"], found["entities"]))


@dataclass
class TextExtraction:
    """What the extract stage makes of plain article texts (``extract_texts``)."""

    articles: list[Article]
    mentions: list[Mention]
    entities: list[Entity]
    quotes: list[Quote]
    reactions: list[Reaction]


def extract_texts(params: dict[str, Any], texts: dict[str, str]) -> TextExtraction:
    """Articles, mentions, entities, quotes and quoted reactions of plain texts (``{url:
    text}``), without a crawl.

    Each text becomes an ``Article`` (id from its URL) and goes through what the extract stage
    does to an article: the configured spaCy pipeline with our components and quote rules, run
    by the stage's ``Analyser``, then one ``EntityResolver`` over all the texts, which the
    quotes' speakers resolve to (``stage.quotes_and_reactions``).
    """
    from pipeline import ids
    from pipeline.extract.analysis import Analyser
    from pipeline.extract.entities import EntityResolver
    from pipeline.extract.nlp import load_nlp
    from pipeline.extract.stage import quotes_and_reactions

    articles = [Article(ids.article_id(url), url, url, None, None, [], None, "en", text, None) for url, text in sorted(texts.items())]
    nlp = load_nlp(params)
    resolver = EntityResolver()
    analyses: dict[str, Any] = {}
    with Analyser(nlp, params, n_texts=len(articles)) as analyser:
        analyser.submit([(a.article_id, a.text) for a in articles], quotes=True)
        for doc_id, found in analyser.results():
            analyses[doc_id] = found
    for a in articles:
        resolver.add_document(a.article_id, analyses[a.article_id].names, analyses[a.article_id].candidates)
    entities, mentions = resolver.resolve()
    quotes, reactions = quotes_and_reactions({a.article_id: a.text for a in articles}, analyses, resolver, [])
    return TextExtraction(articles, mentions, entities, quotes, reactions)


def read_text_folder(folder: Path) -> dict[str, str]:
    """``{url: text}`` of a held-out gold folder's ``articles/*.txt``, keyed by file URLs of the
    folder's own name ("file:///quotes-heldout-b/articles/cat-1.txt"), not of where the checkout
    is: an article's id is a hash of its URL, and ids order the corpus the resolver reads, so the
    same texts give the same figures in any clone."""
    name = folder.resolve().name
    return {f"file:///{name}/articles/{p.name}": p.read_text(encoding="utf-8") for p in sorted((folder / "articles").glob("*.txt"))}
