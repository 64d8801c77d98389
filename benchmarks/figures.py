"""From raw task timings to the benchmark's figures: rates, latencies, ratios, memory growth.

Reads and writes nothing: ``summarise`` turns ``benchmarks.run.run_scale``'s raw figures into
the ``results.json`` structure (plus the flat ``metrics`` dict); ``compare_memory`` compares
each stage's peak RSS at a scale and at four times that scale.
"""

from __future__ import annotations

from typing import Any

from benchmarks.measure import percentiles_ms, rate

# ratio key -> (stage task, baseline task, target or None, what is compared)
RATIOS: dict[str, tuple[str, str, float | None, str]] = {
    "extract_vs_nlp_pipe": ("extract", "nlp_bare", 0.8, "whole extract stage vs bare nlp.pipe, same texts"),
    "extract_nlp_vs_nlp_pipe": ("extract_nlp", "nlp_bare", None, "load_nlp + Analyser (model and rules, as the stage runs them) vs bare nlp.pipe, same texts"),
    "articles_vs_trafilatura": ("articles", "trafilatura_bare", 0.9, "build_articles vs bare trafilatura.extract, same pages"),
    "store_vs_duckdb_arrow": ("store", "store_bare", 0.5, "store stage vs bare Arrow insert into DuckDB, same rows"),
    "store_vs_read_and_insert": ("store", "store_bare_read", None, "store stage vs bare pyarrow.json read + DuckDB insert, same files"),
    "classify_vs_bare_predict": ("classify", "classify_bare", None, "classify stage vs bare predict_proba, same model and texts"),
    "crawl_vs_bare_scrapy": ("crawl", "crawl_bare", None, "crawl stage vs download-only Scrapy spider, same URLs"),
}
MEMORY_TARGET = 2.0  # peak RSS at 4x scale must stay under this multiple of the peak at 1x


def task_figures(raw: dict[str, Any]) -> dict[str, Any]:
    """Rates and latencies of one task's raw figures (errors passed through)."""
    if "error" in raw:
        return {"error": raw["error"]}
    seconds = float(raw.get("seconds") or 0.0)
    out: dict[str, Any] = {"seconds": round(seconds, 3), "items": raw.get("items"),
                           "items_per_s": rate(raw.get("items") or 0, seconds)}
    if raw.get("words") is not None:
        out["words"] = raw["words"]
        out["words_per_s"] = rate(raw["words"], seconds)
    if raw.get("laps"):
        out.update(percentiles_ms(raw["laps"]))
        out["latency_sample"] = len(raw["laps"])
    if raw.get("requests") is not None:
        out["requests"] = raw["requests"]
        out["requests_per_s"] = rate(raw["requests"], seconds)
    if raw.get("cpu_seconds") is not None:
        out["cpu_seconds"] = round(float(raw["cpu_seconds"]), 3)
    for key in ("peak_rss_mb", "rss_self_mb", "rss_children_mb", "counts", "articles", "pipe_names", "via", "bytes",
                "load_seconds", "runs_s"):
        if key in raw:
            out[key] = raw[key]
    return out


def ratio(stage: dict[str, Any], baseline: dict[str, Any], clock: str = "seconds") -> float | None:
    """The stage's throughput over the baseline's for the same work, by wall (``seconds``) or
    CPU (``cpu_seconds``) time. CPU time is steadier when other processes share the cores."""
    if "error" in stage or "error" in baseline or not stage.get(clock) or not baseline.get(clock):
        return None
    count = "requests" if stage.get("requests") and baseline.get("requests") else "items"  # crawl: same URL list
    stage_rate = (stage.get(count) or 0) / stage[clock]
    base_rate = (baseline.get(count) or 0) / baseline[clock]
    return round(stage_rate / base_rate, 3) if base_rate else None


def summarise(raw: dict[str, Any]) -> dict[str, Any]:
    """The results.json structure for one scale."""
    stages = {name: task_figures(fig) for name, fig in raw["stages"].items()}
    baselines = {name: task_figures(fig) for name, fig in raw["baselines"].items()}
    ratios: dict[str, Any] = {}
    for key, (stage, baseline, target, meaning) in RATIOS.items():
        value = ratio(stages.get(stage, {"error": "not run"}), baselines.get(baseline, {"error": "not run"}))
        ratios[key] = {"value": value, "cpu_value": ratio(stages.get(stage, {"error": "not run"}),
                                                          baselines.get(baseline, {"error": "not run"}), "cpu_seconds"),
                       "target": target, "meets_target": (value >= target) if (value is not None and target) else None,
                       "compares": meaning}
    e2e_parts = ("extract", "classify", "store")
    e2e: dict[str, Any] = {"stages": list(e2e_parts), "cores": 2}
    if all("error" not in stages.get(p, {"error": 1}) for p in e2e_parts):
        seconds = sum(stages[p]["seconds"] for p in e2e_parts)
        articles = stages["extract"].get("articles") or 0
        e2e.update({"seconds": round(seconds, 3), "articles": articles, "articles_per_s": rate(articles, seconds)})
        if "error" not in stages.get("crawl", {"error": 1}):
            with_crawl = seconds + stages["crawl"]["seconds"]
            e2e["with_crawl_seconds"] = round(with_crawl, 3)
            e2e["with_crawl_articles_per_s"] = rate(articles, with_crawl)
    metrics: dict[str, Any] = {f"ratio_{k}": v["value"] for k, v in ratios.items()}
    metrics.update({f"cpu_ratio_{k}": v["cpu_value"] for k, v in ratios.items()})
    for name, fig in stages.items():
        for key in ("items_per_s", "words_per_s", "requests_per_s", "p50_ms", "p95_ms", "peak_rss_mb"):
            if fig.get(key) is not None:
                metrics[f"{name}_{key}"] = fig[key]
    metrics["e2e_articles_per_s"] = e2e.get("articles_per_s")
    metrics["e2e_with_crawl_articles_per_s"] = e2e.get("with_crawl_articles_per_s")
    return {"scale": raw["scale"], "seed": raw["seed"], "corpus": raw["corpus"], "wall_seconds": raw["wall_seconds"],
            "stages": stages, "baselines": baselines, "ratios": ratios, "end_to_end": e2e, "metrics": metrics}


def compare_memory(small: dict[str, Any], large: dict[str, Any]) -> dict[str, Any]:
    """Each stage's peak RSS at scale s and 4s, and whether it stayed under 2x."""
    out: dict[str, Any] = {}
    for name, fig in small["stages"].items():
        big = large["stages"].get(name)
        if big is None:
            continue  # not run at 4x (a diagnostic task)
        if "error" in fig or "error" in big or not fig.get("peak_rss_mb") or not big.get("peak_rss_mb"):
            out[name] = {"error": fig.get("error") or big.get("error") or "no figure"}
            continue
        growth = round(big["peak_rss_mb"] / fig["peak_rss_mb"], 3)
        out[name] = {"peak_rss_mb": fig["peak_rss_mb"], "peak_rss_mb_4x": big["peak_rss_mb"], "ratio": growth,
                     "meets_target": growth < MEMORY_TARGET}
    return {"scale": small["scale"], "scale_4x": large["scale"], "target": f"peak at 4x < {MEMORY_TARGET:g} x peak at 1x",
            "stages": out, "seconds_4x": {k: v.get("seconds") for k, v in large["stages"].items()}}
