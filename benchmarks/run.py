"""The newsreact benchmark: every stage against a bare baseline, on a generated offline corpus.

    python -m benchmarks.run --scale 0.1          # or: python benchmarks/run.py --scale 1
    python -m benchmarks.run --scale 0.25 --memory  # also scale x4, to check memory does not grow with it

Reads params (./params.yaml, else the package defaults) and the trained reaction model
(./models/, else the package copy; trained into the work folder when there is none). Writes
the corpus and every stage's outputs under ``--work-dir`` (default benchmarks/.work/, ignored
by git), then ``results.json`` (figures, ratios, machine) and ``metrics.json`` (a flat dict
for ``dvc metrics diff``) into ``--out-dir`` (default benchmarks/), and prints a table.

Each stage and each baseline runs in a fresh process (``benchmarks.worker``) pinned to two
CPUs; a ratio is the stage's throughput divided by its baseline's on the same inputs
(1.0 = as fast as the bare library, higher is faster).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: python benchmarks/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import generate_corpus  # noqa: E402
from benchmarks.figures import compare_memory, summarise  # noqa: E402
from benchmarks.measure import machine  # noqa: E402
from benchmarks.server import CorpusServer  # noqa: E402
from benchmarks.table import format_markdown, format_table  # noqa: E402
from pipeline.config import load_params  # noqa: E402

log = logging.getLogger("benchmarks")
BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
STAGE_ORDER: tuple[str, ...] = ("crawl", "articles", "extract", "extract_nlp", "classify", "store")
BASELINE_ORDER: tuple[str, ...] = ("crawl_bare", "trafilatura_bare", "nlp_bare", "classify_bare", "store_bare",
                                   "store_bare_read")
DIAGNOSTIC_TASKS: frozenset[str] = frozenset({"extract_nlp"})  # explain a ratio; skipped with --no-diagnostics
UNLIMITED = 10_000_000


def bench_params(params_file: Path | None) -> dict[str, Any]:
    """Params as configured, with the crawl's politeness off and its caps lifted (loopback corpus)."""
    params = load_params(params_file)
    params["crawl"].update({
        "autothrottle": False,
        "max_articles_per_source": UNLIMITED,
        "max_posts_per_platform": UNLIMITED,
        "http_cache": False,
    })
    return params


def run_task(task: str, config_path: Path, out_dir: Path, timeout: float,
             only: frozenset[str] | None = None) -> dict[str, Any]:
    """Run one task in a fresh worker process; its figures, or {"error": ...} when it failed.

    With ``only`` (a re-measurement of some tasks), a task not in it keeps the figures of its
    previous run in ``out_dir`` when there are any.
    """
    out = out_dir / f"{task}.json"
    if only is not None and task not in only and out.exists():
        return json.loads(out.read_text(encoding="utf-8"))
    out.unlink(missing_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "benchmarks.worker", task, "--config", str(config_path), "--out", str(out)]
    started = time.monotonic()
    try:
        proc = subprocess.run(command, cwd=Path.cwd(), env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        log.error("%s: timed out after %.0f s", task, timeout)
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0 or not out.exists():
        tail = "\n".join(proc.stderr.strip().splitlines()[-12:])
        log.error("%s failed (exit %s):\n%s", task, proc.returncode, tail)
        return {"error": f"exit {proc.returncode}: {tail.splitlines()[-1] if tail else 'no output'}"}
    figures = json.loads(out.read_text(encoding="utf-8"))
    log.info("%s: %.2f s (wall %.2f s)", task, figures.get("seconds", 0.0), time.monotonic() - started)
    return figures


def ensure_model(params: dict[str, Any], work: Path, timeout: float, models_dir: Path | None = None) -> Path | None:
    """The models folder to use: ``models_dir`` when given (trained into when it has no model),
    else None when a trained model is found (./models/ or the package), else work/models.

    Training runs in a worker process, so this process stays small (it serves the corpus).
    """
    from pipeline.classify.model import MODEL_FILE
    from pipeline.classify.predict import find_model_file

    if models_dir is None and find_model_file(None) is not None:
        return None
    models_dir = models_dir or work / "models"
    if not (models_dir / MODEL_FILE).is_file():
        log.warning("no trained reaction model found; training one into %s (not timed as a stage)", models_dir)
        config_path = work / "train_config.json"
        config_path.write_text(json.dumps({"labels_dir": params["train"].get("labels_dir", "data/labels"),
                                           "models_dir": str(models_dir), "params": params}), encoding="utf-8")
        figures = run_task("train", config_path, work, timeout)
        if "error" in figures:
            log.error("training failed: %s", figures["error"])
    return models_dir


def run_scale(scale: float, seed: int, work: Path, params: dict[str, Any], sample: int,
              with_baselines: bool, timeout: float, models_dir: Path | None = None,
              diagnostics: bool = True, only: frozenset[str] | None = None) -> dict[str, Any]:
    """Generate the corpus at ``scale``, run every stage (and baseline), return the raw figures."""
    root = work / f"scale-{scale:g}"
    data = root / "data"
    results_dir = root / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    manifest = generate_corpus(root / "corpus", scale, seed)
    log.info("corpus at scale %g: %d articles, %d posts (%.1f s)", scale, manifest.articles,
             manifest.total_posts, time.monotonic() - started)
    models_dir = ensure_model(params, work, timeout, models_dir)
    config = {
        "raw_dir": str(data / "raw"), "interim_dir": str(data / "interim"), "processed_dir": str(data / "processed"),
        "db_path": str(data / "newsreact.duckdb"), "baseline_db_path": str(root / "bare.duckdb"),
        "models_dir": str(models_dir) if models_dir else None, "params": params, "sample": sample,
        "urls_file": str(root / "crawled_urls.json"),
    }
    config_path = root / "config.json"
    stages: dict[str, Any] = {}
    baselines: dict[str, Any] = {}
    with CorpusServer(root / "corpus") as server:
        config["base_url"] = server.base_url
        config_path.write_text(json.dumps(config, default=str), encoding="utf-8")
        stages["crawl"] = run_task("crawl", config_path, results_dir, timeout, only)
        urls = [server.base_url + target for target in server.requested(clear=True)]
        if urls:  # else the crawl kept its previous figures (--only) and its URL list stands
            Path(config["urls_file"]).write_text(json.dumps(urls), encoding="utf-8")
            stages["crawl"]["requests"] = len(urls)
            if "error" not in stages["crawl"]:
                (results_dir / "crawl.json").write_text(json.dumps(stages["crawl"], default=str), encoding="utf-8")
        if with_baselines:
            baselines["crawl_bare"] = run_task("crawl_bare", config_path, results_dir, timeout, only)
    for task in STAGE_ORDER[1:]:
        if task in DIAGNOSTIC_TASKS and not diagnostics:
            continue
        stages[task] = run_task(task, config_path, results_dir, timeout, only)
    if with_baselines:
        for task in BASELINE_ORDER[1:]:
            baselines[task] = run_task(task, config_path, results_dir, timeout, only)
    return {"scale": scale, "seed": seed, "corpus": {"articles": manifest.articles, "article_words": manifest.article_words,
            "posts": manifest.posts, "files": manifest.files, "bytes": manifest.bytes},
            "stages": stages, "baselines": baselines, "wall_seconds": round(time.monotonic() - started, 1)}


def write_outputs(results: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    results_path, metrics_path = out_dir / "results.json", out_dir / "metrics.json"
    results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    metrics_path.write_text(json.dumps(results["metrics"], indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return results_path, metrics_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark every newsreact stage against a bare baseline.")
    parser.add_argument("--scale", type=float, default=0.1, help="corpus size; 1.0 = 2,000 articles and 20,000 posts")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same bytes)")
    parser.add_argument("--memory", action="store_true", help="also run scale x4 and compare each stage's peak RSS")
    parser.add_argument("--sample", type=int, default=100, help="items timed one by one for p50/p95 latencies")
    parser.add_argument("--params", type=Path, default=None, help="params file (default ./params.yaml or the package's)")
    parser.add_argument("--work-dir", type=Path, default=BENCH_DIR / ".work", help="scratch folder (corpus, stage outputs)")
    parser.add_argument("--out-dir", type=Path, default=BENCH_DIR, help="where results.json and metrics.json go")
    parser.add_argument("--models-dir", type=Path, default=None,
                        help="reaction model folder (trained into when empty); default ./models/ or the package's")
    parser.add_argument("--no-diagnostics", action="store_true", help="skip tasks that only explain a ratio (extract_nlp)")
    parser.add_argument("--only", default=None,
                        help="comma-separated tasks to re-measure; the others keep their figures from the last run in --work-dir")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per task")
    parser.add_argument("--markdown", action="store_true", help="also print the headline figures as Markdown tables")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    if args.scale <= 0:
        parser.error("--scale must be positive")
    params = bench_params(args.params)
    work = args.work_dir.resolve()
    models_dir = args.models_dir.resolve() if args.models_dir else None
    only = frozenset(t.strip() for t in args.only.split(",") if t.strip()) if args.only else None
    unknown = (only or frozenset()) - set(STAGE_ORDER) - set(BASELINE_ORDER)
    if unknown:
        parser.error(f"--only: unknown task(s) {', '.join(sorted(unknown))} (known: {', '.join(STAGE_ORDER + BASELINE_ORDER)})")
    raw = run_scale(args.scale, args.seed, work, params, args.sample, True, args.timeout, models_dir,
                    not args.no_diagnostics, only)
    results = summarise(raw)
    if args.memory:
        larger = run_scale(args.scale * 4, args.seed, work, params, args.sample, False, args.timeout, models_dir, False, only)
        results["memory"] = compare_memory(raw, larger)
        results["metrics"].update({f"memory_growth_{k}": v.get("ratio") for k, v in results["memory"]["stages"].items()})
    results["machine"] = machine()
    results_path, metrics_path = write_outputs(results, args.out_dir)
    print(format_table(results))
    if args.markdown:
        print("\n" + format_markdown(results))
    print(f"\nwrote {results_path} and {metrics_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
