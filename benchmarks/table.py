"""The readable summary table ``benchmarks.run`` prints (plain text, fixed-width columns).

Reads and writes nothing: ``format_table(results)`` returns the text for a results.json dict.
"""

from __future__ import annotations

from typing import Any

from benchmarks.figures import RATIOS

COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("task", "task", 17), ("seconds", "s", 9), ("cpu_seconds", "cpu s", 9), ("items", "items", 8), ("items_per_s", "items/s", 10),
    ("words_per_s", "words/s", 10), ("p50_ms", "p50 ms", 9), ("p95_ms", "p95 ms", 9), ("peak_rss_mb", "peak MiB", 9),
)


def _cell(value: Any, width: int) -> str:
    if value is None:
        text = "-"
    elif isinstance(value, float):
        text = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        text = str(value)
    return text[:width].rjust(width) if width < 17 else text.ljust(width)


def _rows(title: str, tasks: dict[str, Any]) -> list[str]:
    lines = [title]
    for name, fig in tasks.items():
        if "error" in fig:
            lines.append(_cell(name, 17) + f"  FAILED: {fig['error']}")
            continue
        row = dict(fig, task=name)
        lines.append(" ".join(_cell(row.get(key), width) for key, _, width in COLUMNS))
    return lines


def format_table(results: dict[str, Any]) -> str:
    corpus = results["corpus"]
    machine = results.get("machine", {})
    lines = [
        f"newsreact benchmark, scale {results['scale']:g} (seed {results['seed']}): {corpus['articles']:,} articles "
        f"({corpus['article_words']:,} words), {sum(corpus['posts'].values()):,} posts",
        f"machine: {machine.get('cpu_model', '?')}, {machine.get('cores_used', '?')} of {machine.get('cores', '?')} cores, "
        f"{machine.get('ram_gb', '?')} GB RAM, Python {machine.get('python', '?')}",
        "",
        " ".join(_cell(label, width) for _, label, width in COLUMNS),
    ]
    lines += _rows("stages:", results["stages"])
    lines += _rows("baselines:", results["baselines"])
    lines += ["", "ratios (stage throughput / baseline throughput; 1.0 = as fast as the bare library), wall and CPU time:"]
    for key, fig in results["ratios"].items():
        target = f"target >= {fig['target']:g}" if fig.get("target") else "no target"
        verdict = "" if fig.get("meets_target") is None else ("  ok" if fig["meets_target"] else "  BELOW TARGET")
        value = "-" if fig["value"] is None else f"{fig['value']:.3f}"
        cpu = "-" if fig.get("cpu_value") is None else f"{fig['cpu_value']:.3f}"
        lines.append(f"  {key:26} {value:>7} cpu {cpu:>7}  ({target}){verdict}   {RATIOS[key][3]}")
    e2e = results["end_to_end"]
    if e2e.get("articles_per_s") is not None:
        lines.append(f"\nend to end (extract + classify + store, {e2e['cores']} cores): {e2e['articles']:,} articles in "
                     f"{e2e['seconds']:.1f} s = {e2e['articles_per_s']:.2f} articles/s; with crawl from loopback: "
                     f"{e2e.get('with_crawl_articles_per_s') or 0:.2f} articles/s")
    crawl = results["stages"].get("crawl", {})
    if crawl.get("requests_per_s"):
        lines.append(f"crawl from loopback: {crawl['requests']:,} requests in {crawl['seconds']:.1f} s = "
                     f"{crawl['requests_per_s']:.1f} requests/s")
    memory = results.get("memory")
    if memory:
        lines.append(f"\nmemory, peak RSS at scale {memory['scale']:g} vs {memory['scale_4x']:g} ({memory['target']}):")
        for name, fig in memory["stages"].items():
            if "error" in fig:
                lines.append(f"  {name:12} -  ({fig['error']})")
            else:
                verdict = "ok" if fig["meets_target"] else "GROWS WITH INPUT"
                lines.append(f"  {name:12} {fig['peak_rss_mb']:8.1f} -> {fig['peak_rss_mb_4x']:8.1f} MiB  x{fig['ratio']:.2f}  {verdict}")
    return "\n".join(lines)


def format_markdown(results: dict[str, Any]) -> str:
    """The headline figures as Markdown tables (for benchmarks/README.md)."""
    corpus, machine = results["corpus"], results.get("machine", {})
    lines = [
        f"Scale {results['scale']:g} (seed {results['seed']}): {corpus['articles']:,} articles ({corpus['article_words']:,} words), "
        f"{sum(corpus['posts'].values()):,} posts. {machine.get('cpu_model', '?')}, {machine.get('cores_used', '?')} cores, "
        f"{machine.get('ram_gb', '?')} GB, Python {machine.get('python', '?')}.",
        "",
        "| task | wall s | CPU s | items | items/s | words/s | p50 ms | p95 ms | peak MiB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for group in ("stages", "baselines"):
        for name, fig in results[group].items():
            if "error" in fig:
                lines.append(f"| {name} | failed: {fig['error']} | | | | | | | |")
                continue
            cells = [fig.get(k) for k in ("seconds", "cpu_seconds", "items", "items_per_s", "words_per_s", "p50_ms", "p95_ms", "peak_rss_mb")]
            lines.append(f"| {name if group == 'stages' else '*' + name + '*'} | " + " | ".join(_cell(c, 17).strip() for c in cells) + " |")
    lines += ["", "| ratio | wall | CPU | target |", "|---|---|---|---|"]
    for key, fig in results["ratios"].items():
        value = "-" if fig["value"] is None else f"{fig['value']:.2f}"
        cpu = "-" if fig.get("cpu_value") is None else f"{fig['cpu_value']:.2f}"
        lines.append(f"| {key} | {value} | {cpu} | {'>= %g' % fig['target'] if fig.get('target') else '-'} |")
    memory = results.get("memory")
    if memory:
        lines += ["", f"| peak RSS (MiB) | scale {memory['scale']:g} | scale {memory['scale_4x']:g} | growth (target < 2) |", "|---|---|---|---|"]
        for name, fig in memory["stages"].items():
            if "error" not in fig:
                lines.append(f"| {name} | {fig['peak_rss_mb']:.0f} | {fig['peak_rss_mb_4x']:.0f} | x{fig['ratio']:.2f} |")
    return "\n".join(lines)
