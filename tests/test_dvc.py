"""`dvc repro` on a copy of the repository: offline, end to end, and only what changed reruns.

Issue: reproducible runs. The copy is a fresh git repository in a temporary folder; DVC runs
the same `newsreact` commands as a journalist would, on the bundled demo story.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def sh(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", DVC_NO_ANALYTICS="1",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org")
    result = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=env, timeout=1200)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def dvc(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return sh(str(BIN / "dvc"), *args, cwd=cwd)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    if shutil.which("dvc", path=str(BIN)) is None:
        pytest.fail("dvc is not installed in this environment: install newsreact with its [test] extras")
    dest = tmp_path_factory.mktemp("dvcrepo")
    files = sh("git", "ls-files", "-co", "--exclude-standard", cwd=REPO).stdout.splitlines()
    for name in files:
        src = REPO / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    (dest / "dvc.lock").unlink(missing_ok=True)
    sh("git", "init", "-q", cwd=dest)
    sh("git", "add", "-A", cwd=dest)
    sh("git", "commit", "-qm", "copy", cwd=dest)
    return dest


def ran_stages(output: str) -> set[str]:
    return {line.split("'")[1] for line in output.splitlines() if line.startswith("Running stage '")}


@pytest.mark.slow
def test_dvc_config_is_offline(project):
    config = (project / ".dvc" / "config").read_text()
    assert "analytics = false" in config and "check_update = false" in config


@pytest.mark.slow
def test_repro_end_to_end_then_nothing_to_do(project):
    first = dvc("repro", cwd=project)
    assert ran_stages(first.stdout) == {"crawl", "extract", "train", "classify", "store", "report"}, first.stdout
    assert (project / "data" / "newsreact.duckdb").exists()
    second = dvc("repro", cwd=project)
    assert ran_stages(second.stdout) == set(), second.stdout
    status = dvc("status", cwd=project)
    assert "up to date" in status.stdout.lower(), status.stdout

    metrics = dvc("metrics", "show", "--json", cwd=project).stdout
    assert "models/metrics.json" in metrics and "data/reports/summary.json" in metrics

    params = yaml.safe_load((project / "params.yaml").read_text())
    params["report"]["top_n"] = int(params["report"]["top_n"]) + 1
    (project / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    third = dvc("repro", cwd=project)
    assert ran_stages(third.stdout) == {"report"}, third.stdout


@pytest.mark.slow
def test_exp_run_with_a_classifier_param(project):
    dvc("repro", cwd=project)
    result = dvc("exp", "run", "-S", "train.C=2.0", cwd=project)
    assert ran_stages(result.stdout) == {"train", "classify", "store", "report"}, result.stdout
    shown = dvc("exp", "show", "--json", cwd=project).stdout
    assert "train.C" in shown or '"C": 2.0' in shown
