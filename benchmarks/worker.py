"""One benchmark task in a fresh process: ``python -m benchmarks.worker TASK --config C --out R``.

Reads the run's config (JSON written by ``benchmarks.run``); writes the task's figures to the
``--out`` JSON, with the peak memory of this process and its children (``measure.MemorySampler``) added.
Running each stage in its own process keeps one stage's memory and caches from colouring
the next, so the sampled peak RSS is the stage's own. The process is pinned to
the first two CPUs (``measure.pin_cores``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from benchmarks.baselines import BASELINE_TASKS
from benchmarks.measure import MemorySampler, pin_cores
from benchmarks.tasks import STAGE_TASKS

TASKS = {**STAGE_TASKS, **BASELINE_TASKS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one newsreact benchmark task in this process.")
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    cores = pin_cores()
    config = json.loads(args.config.read_text(encoding="utf-8"))
    with MemorySampler() as memory:
        figures = TASKS[args.task](config)
    figures.update(memory.peak())
    figures["cores"] = cores
    args.out.write_text(json.dumps(figures, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
