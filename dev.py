#!/usr/bin/env python3
"""Set up and run newsreact with nothing but Python 3: the README's quickstart.

    python3 dev.py demo     # create .venv, install newsreact, run the demo story end to end
    python3 dev.py test     # create .venv, install newsreact with test extras, run pytest
    python3 dev.py install  # only create/refresh .venv

Extra arguments after `test` go to pytest; after `demo`, to `newsreact run`.
The virtualenv is .venv/ beside this file; it is reinstalled when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".newsreact-installed"


def install() -> None:
    """Create .venv and install newsreact (editable, with test extras) when needed."""
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + (ROOT / "setup.py").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == want and PY.exists():
        return
    if not PY.exists():
        print(f"dev.py: creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("dev.py: installing newsreact and its dependencies (first run takes a few minutes)", flush=True)
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    subprocess.run(pip + ["-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(want)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if command in {"help", "-h", "--help"}:
        print(__doc__)
        return 0
    install()
    env = dict(os.environ, DVC_NO_ANALYTICS="1")
    if command == "install":
        return 0
    if command == "demo":
        return subprocess.call([str(BIN / "newsreact"), "run", *rest], cwd=ROOT, env=env)
    if command == "test":
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)
    print(f"dev.py: unknown command {command!r}; use demo, test or install", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
