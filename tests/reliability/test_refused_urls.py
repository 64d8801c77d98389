"""RELIABILITY 11 through the real CLI: a user-given URL at a loopback, private, link-local or
metadata address, or with a scheme other than http/https, is refused without --allow-local:
exit 1, one line saying why and how to allow it, nothing fetched and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.helpers import run_cli
from tests.reliability.fault_server import FaultServer


def assert_refused(done, data_dir: Path, why: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ") and "refused" in lines[0] and why in lines[0], lines[0]
    assert "Traceback" not in done.stderr
    assert not (data_dir / "raw").exists()  # the crawl never started, so it wrote nothing


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:1/", "loopback"),
        ("http://10.0.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("ftp://example.com/x", "scheme 'ftp'"),
        ("http://[::1]/", "loopback"),
    ],
)
def test_refused_url_exits_1_with_one_line(tmp_path: Path, url: str, why: str) -> None:
    done = run_cli("--data-dir", "D", "crawl", "--url", url, cwd=tmp_path, timeout=60)
    assert_refused(done, tmp_path / "D", why)
    if why != "scheme 'ftp'":
        assert "--allow-local" in done.stderr


def test_refused_loopback_server_sees_no_request(tmp_path: Path) -> None:
    """A live loopback server given without --allow-local gets no request at all (not even robots.txt)."""
    with FaultServer() as server:
        done = run_cli("--data-dir", "D", "crawl", "--url", server.url("/good/harbour.html"), cwd=tmp_path, timeout=60)
        log = list(server.log)
    assert_refused(done, tmp_path / "D", "loopback")
    assert log == []


def test_refused_platform_api_and_all_refused_sources_are_counted(tmp_path: Path) -> None:
    """A sources file whose every URL, platform API included, is refused: one line naming the
    first and counting the rest."""
    sources = {
        "articles": ["http://192.168.1.20/story.html"],
        "reactions": {"mastodon": {"instance": "http://169.254.169.254", "tags": ["news"]}},
    }
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump(sources), encoding="utf-8")
    done = run_cli("--data-dir", "D", "crawl", "--sources", "sources.yaml", cwd=tmp_path, timeout=60)
    assert_refused(done, tmp_path / "D", "192.168.1.20")
    assert "and 1 more sources refused" in done.stderr
