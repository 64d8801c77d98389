"""Test helpers shared across folders: the real `newsreact` entry point, run as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None, input: str | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run `python -m pipeline ARGS` (the same code as the `newsreact` script) and capture output."""
    env = dict(os.environ, DVC_NO_ANALYTICS="1", PYTHONUNBUFFERED="1")
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd or REPO, input=input, capture_output=True, text=True, timeout=timeout, env=env,
    )
