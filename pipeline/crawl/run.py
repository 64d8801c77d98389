"""The crawl stage's entry point: ``crawl(sources, raw_dir, params)``.

Reads the sources (``pipeline.config.Sources``) and the ``crawl`` params; writes
``raw_dir/pages.jsonl.gz``, ``posts.jsonl.gz``, ``failures.jsonl.gz`` and ``crawl_stats.json``.
Scrapy runs in a subprocess (``python -m pipeline.crawl.run --config FILE``) because Twisted's
reactor cannot restart, so ``crawl`` can be called many times in one process. Outputs are
written atomically, only once the subprocess has finished.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pipeline
from pipeline.config import Sources
from pipeline.crawl.collect import OUTPUT_NAMES, write_outputs
from pipeline.crawl.guard import check_url
from pipeline.errors import ConfigError, PipelineError, SourceRefused
from pipeline.records import StageResult

logger = logging.getLogger(__name__)
scrapy_log = logging.getLogger("pipeline.crawl.scrapy")


class CrawlInterrupted(PipelineError):
    """The crawl process was stopped (a signal) before every spider finished."""

STDERR_TAIL_LINES = 15
# In a CLI crawl's job folder: the crawl was interrupted with Ctrl-C and shut down cleanly.
CLEAN_STOP_MARKER = "stopped-cleanly"


def crawl_params(params: dict[str, Any]) -> dict[str, Any]:
    """The ``crawl`` section, whether given the whole params or only that section."""
    section = params.get("crawl") if isinstance(params.get("crawl"), dict) else params
    return dict(section)


NUMERIC_PARAMS: tuple[str, ...] = (
    "download_timeout", "retry_times", "max_body_bytes", "concurrency_per_domain", "max_articles_per_source",
    "max_posts_per_platform", "max_redirects", "max_crawl_delay", "retry_after_max",
)


def check_params(section: dict[str, Any]) -> None:
    """Raise ConfigError naming the key when a numeric crawl param is not a number."""
    for key in NUMERIC_PARAMS:
        value = section.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"params: crawl.{key} must be a non-negative number, not {value!r}")


def check_sources(sources: Sources, allow_local: bool) -> None:
    """Check each user-given URL and platform API with the SSRF guard before crawling.

    When every one of them is refused there is nothing to crawl: raise SourceRefused with the
    (first) reason, so the command fails with one clear line and nothing is fetched. When only
    some are refused, log each and go on: the crawl records them as ``refused`` failures rows.
    """
    user_urls = sources.user_urls()
    urls = list(user_urls) + [p.api for p in sources.reactions]
    refused: list[str] = []
    for url in urls:
        try:
            check_url(url, allow_local, user_given=url in user_urls)
        except SourceRefused as exc:
            refused.append(str(exc))
    if refused and len(refused) == len(urls):
        more = f" (and {len(refused) - 1} more sources refused)" if len(refused) > 1 else ""
        raise SourceRefused(f"{refused[0]}{more}")
    for message in refused:
        logger.warning("%s", message)


def crawl_fingerprint(sources: Sources, section: dict[str, Any], allow_local: bool) -> str:
    """A short hash of what decides a crawl's requests: its sources, crawl params and locality."""
    material = {"sources": asdict(sources), "params": section, "allow_local": allow_local}
    blob = json.dumps(material, default=str, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:12]


def resumable_jobdir(state_root: Path, fingerprint: str) -> Path:
    """The job folder of one crawl under ``state_root``; other crawls' leftover folders are removed.

    An interrupted crawl leaves its folder behind; running the same crawl again (same sources,
    same params) resumes from it. A different crawl cannot use that state, so it is dropped.
    """
    jobdir = Path(state_root) / fingerprint
    if Path(state_root).is_dir():
        for other in sorted(Path(state_root).iterdir()):
            if other != jobdir:
                logger.info("crawl: dropping the state of an earlier, different interrupted crawl (%s)", other)
                shutil.rmtree(other, ignore_errors=True)
    return jobdir


def crawl(sources: Sources, raw_dir: Path, params: dict, allow_local: bool = False,
          jobdir: Path | None = None, state_root: Path | None = None) -> StageResult:
    """Crawl every source; write the four crawl outputs under ``raw_dir``; return the counts.

    ``jobdir`` keeps Scrapy's request queue and seen-set plus the items so far, so a crawl
    interrupted with Ctrl-C resumes there without refetching. ``state_root`` does the same the
    way the CLI wants it: the job folder is ``state_root/<fingerprint of sources and params>``,
    kept when the crawl is interrupted or fails, resumed by the next identical crawl and removed
    once a crawl finishes and its outputs are written. Raises PipelineError when the crawl
    process itself fails (the message carries the end of its log), and SourceRefused when the
    SSRF guard refuses every source given (see ``check_sources``).
    """
    if sources.is_empty():
        raise ConfigError("nothing to crawl: give articles, feeds, sitemaps or reactions in the sources file, or --url")
    raw_dir = Path(raw_dir)
    section = crawl_params(params)
    check_params(section)
    check_sources(sources, allow_local)
    owned_jobdir = jobdir is None and state_root is not None
    if owned_jobdir:
        assert state_root is not None
        jobdir = resumable_jobdir(state_root, crawl_fingerprint(sources, section, allow_local))
        marker = jobdir / CLEAN_STOP_MARKER
        if marker.exists():
            logger.warning("crawl: resuming the interrupted crawl kept in %s (delete it to start afresh)", jobdir)
            marker.unlink()  # if this run is killed, its state is not clean any more
        elif jobdir.exists():
            # Killed, or crashed: Scrapy's queue and seen-set may disagree (requests marked seen
            # but never answered), so resuming could silently skip pages. Start afresh.
            logger.warning("crawl: the crawl kept in %s did not stop cleanly; starting afresh", jobdir)
            shutil.rmtree(jobdir)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="newsreact-crawl-") as tmp:
        work = Path(jobdir) if jobdir is not None else Path(tmp)
        feed_dir = work / "items"
        feed_dir.mkdir(parents=True, exist_ok=True)
        stats_path = Path(tmp) / "scrapy_stats.json"
        cache_dir = section.get("http_cache_dir") or (raw_dir.parent / ".crawl-cache")
        config = {
            "sources": {
                "articles": list(sources.articles),
                "feeds": list(sources.feeds),
                "sitemaps": list(sources.sitemaps),
                "reactions": [asdict(p) for p in sources.reactions],
            },
            "params": section,
            "allow_local": allow_local,
            "feed_dir": str(feed_dir),
            "stats_path": str(stats_path),
            "jobdir": str(Path(jobdir) / "scrapy") if jobdir is not None else None,
            "http_cache_dir": str(Path(cache_dir).resolve()),
        }
        config_path = Path(tmp) / "config.json"
        config_path.write_text(json.dumps(config, default=str, sort_keys=True), encoding="utf-8")
        marker = jobdir / CLEAN_STOP_MARKER if owned_jobdir and jobdir is not None else None
        run_subprocess(config_path, marker)
        check_finished(stats_path, marker)
        stats = write_outputs(feed_dir, stats_path, raw_dir, [p.platform for p in sources.reactions])
    if owned_jobdir:
        assert jobdir is not None
        shutil.rmtree(jobdir, ignore_errors=True)  # finished: a rerun is a new crawl
    logger.debug("crawl took %.1f s", time.monotonic() - started)
    counts = {
        "pages": stats["pages"],
        "posts": stats["posts"],
        "requests": stats.get("requests", 0),
    }
    result = StageResult(stage="crawl", counts=counts, failures=stats["failures"],
                         outputs=[str(raw_dir / name) for name in OUTPUT_NAMES.values()])
    logger.info("%s", result.summary())
    return result


def check_finished(stats_path: Path, clean_marker: Path | None) -> None:
    """Raise CrawlInterrupted when a spider was shut down rather than finished.

    The crawl process stops gracefully on SIGINT/SIGTERM even when this process did not get
    the signal (a shell that ignores SIGINT for background jobs, a signal sent to the crawl
    alone): it then exits 0 with only part of the crawl done. Writing that as the crawl's
    outputs would pass a partial crawl off as a complete one, so it is kept to be resumed.
    """
    if not stats_path.exists():
        return
    per_spider = json.loads(stats_path.read_text(encoding="utf-8"))
    stopped = sorted(name for name, stats in per_spider.items() if stats.get("finish_reason") == "shutdown")
    if stopped:
        if clean_marker is not None:
            clean_marker.touch()
        raise CrawlInterrupted(f"the crawl was stopped before it finished ({', '.join(stopped)}); nothing was "
                               "written to raw/. Run the same command again to resume it")


def run_subprocess(config_path: Path, clean_marker: Path | None = None) -> None:
    """Run the Scrapy process; relay its log; raise PipelineError with its last lines on failure.

    On Ctrl-C, waits for the child's graceful shutdown and, when it exits cleanly, creates
    ``clean_marker`` (the sign that its JOBDIR may be resumed) before re-raising.
    """
    package_root = str(Path(pipeline.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "pipeline.crawl.run", "--config", str(config_path)]
    tail: collections.deque[str] = collections.deque(maxlen=STDERR_TAIL_LINES)
    with subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env,
                          text=True, encoding="utf-8", errors="replace") as proc:
        assert proc.stderr is not None
        try:
            for line in proc.stderr:
                line = line.rstrip("\n")
                tail.append(line)
                level = logging.WARNING if (" WARNING: " in line or " ERROR: " in line or " CRITICAL: " in line) else logging.DEBUG
                scrapy_log.log(level, "%s", line)
            code = proc.wait()
        except KeyboardInterrupt:
            # The child got the same SIGINT and is shutting down cleanly: it finishes the requests
            # in flight and saves its queue. Only a clean exit leaves a JOBDIR safe to resume.
            for line in proc.stderr:
                tail.append(line.rstrip("\n"))
            if proc.wait() == 0 and clean_marker is not None:
                clean_marker.touch()
            raise
    if code != 0:
        last = "\n".join(tail)
        raise PipelineError(f"the crawl process failed (exit code {code}); the end of its log:\n{last}")


def main(argv: list[str] | None = None) -> int:
    """Subprocess entry: ``python -m pipeline.crawl.run --config FILE``."""
    parser = argparse.ArgumentParser(description="newsreact crawl subprocess (started by pipeline.crawl.run.crawl)")
    parser.add_argument("--config", required=True, type=Path, help="JSON written by crawl()")
    args = parser.parse_args(argv)
    config = json.loads(args.config.read_text(encoding="utf-8"))
    from pipeline.crawl.process import run_process  # Scrapy only in the child

    run_process(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
