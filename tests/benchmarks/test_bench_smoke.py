"""Smoke tests of the benchmark (benchmarks/): the corpus is deterministic and served in the
platforms' shapes, and the harness runs end to end at a tiny scale and writes every ratio.

No timing assertions: timing belongs to the benchmark, not to the tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from benchmarks.corpus import corpus_sources, generate_corpus
from benchmarks.figures import RATIOS, compare_memory, ratio
from benchmarks.server import CorpusServer

REPO_ROOT = Path(__file__).resolve().parents[2]


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_corpus_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", scale=0.005, seed=3)
    generate_corpus(tmp_path / "b", scale=0.005, seed=3)
    generate_corpus(tmp_path / "c", scale=0.005, seed=4)
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    assert tree_digest(tmp_path / "a") != tree_digest(tmp_path / "c")
    assert first.articles == 10 and first.total_posts == 100
    assert set(first.posts) == {"mastodon", "bluesky", "reddit", "hackernews"}


def test_corpus_articles_have_the_promised_shape(tmp_path: Path) -> None:
    manifest = generate_corpus(tmp_path / "c", scale=0.01, seed=7)
    assert 300 * manifest.articles <= manifest.article_words <= 900 * manifest.articles
    pages = [(tmp_path / "c" / p.lstrip("/")).read_text(encoding="utf-8") for p in manifest.article_paths]
    assert any("application/ld+json" in p for p in pages)
    assert any('property="og:title"' in p for p in pages)
    assert any("ld+json" not in p and "og:title" not in p for p in pages)
    assert any("\u201c" in p for p in pages) and any("\u2018" in p for p in pages)


def test_refuses_to_overwrite_a_folder_that_is_not_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ValueError, match="not a benchmark corpus"):
        generate_corpus(tmp_path, scale=0.005)
    assert (tmp_path / "precious.txt").exists()


def get_json(url: str) -> tuple[object, dict[str, str]]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read()), dict(response.headers)


def test_server_pages_and_threads_like_the_platform_apis(tmp_path: Path) -> None:
    generate_corpus(tmp_path / "c", scale=0.1, seed=7)  # 500 posts, 150 roots per platform: 2+ pages each
    with CorpusServer(tmp_path / "c") as server:
        base = server.base_url
        timeline, headers = get_json(f"{base}/mastodon/api/v1/timelines/tag/portcalder?limit=40")
        assert isinstance(timeline, list) and len(timeline) == 40
        assert headers["Link"].startswith(f"<{base}/mastodon/api/v1/timelines/tag/portcalder?")
        following, _ = get_json(headers["Link"][1:headers["Link"].index(">")])
        assert following and following[0]["id"] != timeline[0]["id"]
        search, _ = get_json(f"{base}/bluesky/xrpc/app.bsky.feed.searchPosts?q=x&limit=100")
        with_replies = next(p for p in search["posts"] if p["replyCount"])
        thread, _ = get_json(f"{base}/bluesky/xrpc/app.bsky.feed.getPostThread?uri={with_replies['uri']}&depth=20")
        assert thread["thread"]["post"]["uri"] == with_replies["uri"] and thread["thread"]["replies"]
        listing, _ = get_json(f"{base}/reddit/search.json?q=x&sort=new&limit=100&raw_json=1")
        assert listing["data"]["after"] and listing["data"]["children"][0]["kind"] == "t3"
        hn, _ = get_json(f"{base}/hn/api/v1/search?query=x&tags=story&hitsPerPage=100&page=1")
        assert hn["page"] == 1
        assert all("{{BASE}}" not in json.dumps(x) for x in (timeline, search, listing, hn))
        assert any("/hn/api/v1/search" in t for t in server.requested())
    sources = corpus_sources("http://127.0.0.1:1")
    assert {p.platform for p in sources.reactions} == {"mastodon", "bluesky", "reddit", "hackernews"}


def test_ratio_and_memory_arithmetic() -> None:
    assert ratio({"seconds": 2.0, "items": 10}, {"seconds": 1.0, "items": 10}) == 0.5
    assert ratio({"seconds": 1.0, "items": 5, "requests": 20}, {"seconds": 2.0, "items": 8, "requests": 20}) == 2.0
    assert ratio({"error": "boom"}, {"seconds": 1.0, "items": 1}) is None
    memory = compare_memory({"scale": 1, "stages": {"extract": {"peak_rss_mb": 100.0}}},
                            {"scale": 4, "stages": {"extract": {"peak_rss_mb": 250.0}}})
    assert memory["stages"]["extract"] == {"peak_rss_mb": 100.0, "peak_rss_mb_4x": 250.0, "ratio": 2.5, "meets_target": False}
    partial = compare_memory({"scale": 1, "stages": {"extract_nlp": {"peak_rss_mb": 9.0}, "store": {"peak_rss_mb": 9.0}}},
                             {"scale": 4, "stages": {"store": {"error": "exit 1"}}})
    assert partial["stages"] == {"store": {"error": "exit 1"}}  # a task not run at 4x is left out


@pytest.mark.slow
def test_harness_runs_at_a_tiny_scale_and_writes_every_ratio(tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("train:\n  use_goemotions: false\n", encoding="utf-8")  # a small model, trained fast
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    command = [sys.executable, "-m", "benchmarks.run", "--scale", "0.02", "--sample", "3", "--no-diagnostics",
               "--params", str(params), "--work-dir", str(tmp_path / "work"), "--models-dir", str(tmp_path / "models"),
               "--out-dir", str(out)]
    proc = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert set(results["ratios"]) == set(RATIOS)
    assert {f"ratio_{k}" for k in RATIOS} <= set(metrics)
    failed = {name: fig["error"] for name, fig in {**results["stages"], **results["baselines"]}.items() if "error" in fig}
    assert not failed, failed
    assert all(not isinstance(v, (dict, list)) for v in metrics.values()), "metrics.json must be flat"
    assert results["stages"]["extract"]["articles"] > 0 and results["stages"]["crawl"]["requests"] > 0
    assert results["machine"]["cores"] and results["machine"]["packages"]["spacy"]
    assert "ratios" in proc.stdout


def test_memory_sampler_counts_the_children_as_psutil_does() -> None:
    import os
    import subprocess
    import sys
    import time

    import psutil

    from benchmarks.measure import MemorySampler, _children_rss_proc

    code = "import sys, time; x = bytearray(40_000_000); sys.stdout.write('ok\\n'); sys.stdout.flush(); time.sleep(30)"
    children = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE) for _ in range(2)]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == b"ok"
        by_psutil = sum(c.memory_info().rss for c in psutil.Process().children(recursive=True))
        by_proc = _children_rss_proc(os.getpid())
        if by_proc is None:
            pytest.skip("no /proc task children files here: the sampler uses psutil")
        assert by_proc >= 2 * 40_000_000
        assert abs(by_proc - by_psutil) < 0.05 * by_psutil
        with MemorySampler() as sampler:
            time.sleep(0.1)
        assert sampler.max_children >= 2 * 40_000_000
    finally:
        for child in children:
            child.kill()
            child.wait()
