"""The CLI contract: help everywhere, documented commands, exit codes, one-line errors."""

from __future__ import annotations

import re

import click
import pytest

from pipeline.cli import cli
from tests.helpers import REPO, run_cli


def all_commands() -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            out.append(prefix + (name,))
            if isinstance(command, click.Group):
                walk(command, prefix + (name,))

    walk(cli, ())
    return out


CONTRACT_COMMANDS = {"run", "crawl", "extract", "train", "classify", "store", "report", "query", "tone"}


def test_contract_commands_exist():
    names = {c[0] for c in all_commands()}
    assert CONTRACT_COMMANDS <= names


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_has_help_and_is_documented_in_readme(command):
    result = run_cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"newsreact (\[[^\]]*\] )*" + re.escape(" ".join(command)) + r"\b", readme), (
        f"`newsreact {' '.join(command)}` is not documented in README.md"
    )


def test_every_option_is_documented_in_help():
    for command in all_commands():
        ctx_command: click.Command = cli
        for name in command:
            ctx_command = ctx_command.commands[name]  # type: ignore[attr-defined]
        for param in ctx_command.params:
            if isinstance(param, click.Option):
                assert param.help, f"option {param.opts} of `{' '.join(command)}` has no help text"


def test_help_needs_no_heavy_imports():
    code = (
        "import sys; from click.testing import CliRunner; from pipeline.cli import cli; "
        "r = CliRunner().invoke(cli, ['--help']); assert r.exit_code == 0; "
        "heavy = [m for m in ('scrapy', 'spacy', 'sklearn', 'duckdb') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_unknown_sources_key_is_one_line_exit_1(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text("articles:\n  - https://example.com/a\nfeed:\n  - https://example.com/rss\n", encoding="utf-8")
    result = run_cli("--data-dir", str(tmp_path / "data"), "crawl", "--sources", str(sources), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "feed" in lines[0] and ":3:" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_platform_key_names_it(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text("reactions:\n  reddit:\n    query: outage\n    subreddit: news\n", encoding="utf-8")
    result = run_cli("crawl", "--sources", str(sources), cwd=tmp_path)
    assert result.returncode == 1
    assert "reactions.reddit.subreddit" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2(tmp_path):
    assert run_cli("no-such-command", cwd=tmp_path).returncode == 2
    assert run_cli("query", "--format", "xml", "select 1", cwd=tmp_path).returncode == 2


def test_query_without_database_is_actionable(tmp_path):
    result = run_cli("--data-dir", str(tmp_path / "nothing"), "query", "select 1", cwd=tmp_path)
    assert result.returncode == 1
    assert "newsreact run" in result.stderr


def test_every_view_and_saved_query_is_in_the_readme():
    views = re.findall(r"CREATE OR REPLACE VIEW (v_\w+)", (REPO / "pipeline/store/views.sql").read_text(encoding="utf-8"), re.I)
    assert views
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [v for v in views if f"`{v}`" not in readme]
    assert not missing, f"views not documented in README.md: {missing}"
    saved = sorted(p.stem for p in (REPO / "pipeline/report/queries").glob("*.sql"))
    assert saved
    missing = [q for q in saved if f"`{q}`" not in readme]
    assert not missing, f"saved queries not documented in README.md: {missing}"
