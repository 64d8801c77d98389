"""The report stage: every file written, numbers right, deterministic, safe, linked."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.errors import ConfigError, StageInputMissing
from pipeline.report.build import report

FILES = [
    "csv/articles.csv", "csv/reaction_mix.csv", "csv/quotes.csv", "csv/top_entities.csv", "csv/timeline.csv",
    "csv/reactions.csv", "csv/failures.csv",
    "reactions_over_time.csv", "reactions_over_time.png", "summary.json", "index.html",
]


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def reports(story_db, tmp_path_factory) -> Path:
    from pipeline.config import load_params

    out = tmp_path_factory.mktemp("reports")
    report(story_db, out, load_params(Path(__file__).parents[2] / "pipeline" / "params.yaml"))
    return out


def test_every_file_is_written(reports):
    assert sorted(digest(reports)) == sorted(FILES)


def test_reports_are_deterministic(story_db, reports, params, tmp_path):
    report(story_db, tmp_path / "again", params)
    assert digest(tmp_path / "again") == digest(reports)


def test_summary_counts(reports):
    summary = json.loads((reports / "summary.json").read_text())
    assert summary["articles"] == 3 and summary["posts"] == 4 and summary["quotes"] == 3
    assert summary["reactions"] == 6 and summary["entities"] == 2 and summary["failures"] == 2
    assert summary["reactions_by_label"] == {"joke": 1, "relief": 2, "criticism": 2, "other": 1, "unlabelled": 0}


def test_quotes_csv_has_speaker_and_source_url(reports):
    quotes = rows(reports / "csv" / "quotes.csv")
    spokesperson = next(q for q in quotes if q["speaker"] == "a spokesperson")
    assert spokesperson["url"] == "https://example.org/news/feed-off"
    assert spokesperson["sentence"].endswith("told reporters on Friday.")


def test_reaction_csvs(reports):
    mix = rows(reports / "csv" / "reaction_mix.csv")
    overall = next(r for r in mix if r["scope"] == "all")
    assert (overall["reactions"], overall["joke"], overall["criticism"]) == ("6", "1", "2")
    over_time = rows(reports / "reactions_over_time.csv")
    assert list(over_time[0]) == ["period", "count", "joke", "relief", "criticism", "other", "unlabelled"]
    assert sum(int(r["count"]) for r in over_time) == 6
    assert (reports / "reactions_over_time.csv").read_bytes().startswith(b"period,count,")
    assert sum(int(r["joke"]) + int(r["relief"]) + int(r["criticism"]) + int(r["other"]) for r in over_time) == 6
    reactions = rows(reports / "csv" / "reactions.csv")
    assert len(reactions) == 6
    # A post that starts like a formula is neutralised in the CSV.
    assert "'=1+1 eleven minutes of peace" in [r["text"] for r in reactions]
    failures = rows(reports / "csv" / "failures.csv")
    assert {f["error"] for f in failures} == {"'@forbidden by the site", "'-no body text"}
    assert (reports / "csv" / "reactions.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_chart_is_a_png_without_a_timestamp(reports):
    data = (reports / "reactions_over_time.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"Software" not in data and b"matplotlib" not in data


class Links(HTMLParser):
    """Collects anchors' targets, element ids, and numbers that are not inside a link."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.bare_numbers: list[str] = []
        self.depth = 0
        self.skip = 0
        self.in_list = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.depth += 1
            self.hrefs.append(attrs.get("href", ""))
        if tag in ("style", "title", "h1", "h2", "h3", "th"):
            self.skip += 1
        if tag == "ul":
            self.in_list += 1

    def handle_endtag(self, tag):
        if tag == "a":
            self.depth -= 1
        if tag in ("style", "title", "h1", "h2", "h3", "th"):
            self.skip -= 1
        if tag == "ul":
            self.in_list -= 1

    def handle_data(self, data):
        if self.in_list and not self.depth and not self.skip:
            # Dates and times are not counts; anything else numeric in the summary must be a link.
            cleaned = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "", data)
            self.bare_numbers += re.findall(r"\b\d+(?:\.\d+)?\b", cleaned)


def test_index_numbers_link_to_rows(reports):
    page = (reports / "index.html").read_text(encoding="utf-8")
    parser = Links()
    parser.feed(page)
    assert parser.bare_numbers == []
    for href in parser.hrefs:
        if href.startswith("#"):
            assert href[1:] in parser.ids, f"anchor {href} has no target"
        elif not href.startswith("http"):
            assert (reports / href).exists(), f"link to missing file {href}"
    assert "#label-joke" in parser.hrefs and "csv/quotes.csv" in parser.hrefs


def test_index_escapes_text_and_links_only_http(tmp_path, params):
    from pipeline.report.page import link, text

    assert link("javascript:alert(1)", "x") == "x"
    assert 'href="https://a.example/?q=1&amp;b=2"' in link("https://a.example/?q=1&b=2")
    assert text("<script>") == "&lt;script&gt;"


def test_missing_database_and_bad_grain(tmp_path, params, story_db):
    with pytest.raises(StageInputMissing):
        report(tmp_path / "none.duckdb", tmp_path / "out", params)
    params["report"]["time_grain"] = "minute"
    with pytest.raises(ConfigError, match="time_grain"):
        report(story_db, tmp_path / "out", params)


@pytest.mark.parametrize("grain, periods", [("auto", 5), ("hour", 5), ("day", 3)])
def test_time_grain(story_db, params, tmp_path, grain, periods):
    params["report"]["time_grain"] = grain
    report(story_db, tmp_path / grain, params)
    over_time = rows(tmp_path / grain / "reactions_over_time.csv")
    assert len(over_time) == periods  # the story's reactions span 35 hours: auto picks hours


SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def documented_reports() -> dict[str, list[str]]:
    """``### <file>`` sections of docs/schema.md's Reports part, with their ``Columns:`` lists."""
    part = SCHEMA_DOC.read_text(encoding="utf-8").split("\n## Reports\n", 1)[1]
    found = {}
    for section in re.split(r"\n### ", part)[1:]:
        name, _, body = section.partition("\n")
        columns = re.search(r"^Columns: (.+)$", body, re.MULTILINE)
        found[name.strip()] = re.findall(r"`([^`]+)`", columns.group(1)) if columns else []
    return found


def test_every_csv_report_is_documented_with_its_header(reports):
    documented = documented_reports()
    csvs = sorted(name for name in FILES if name.endswith(".csv"))
    assert sorted(documented) == csvs, "docs/schema.md ## Reports: one ### section per CSV file"
    for name in csvs:
        with open(reports / name, encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh))
        assert documented[name] == header, f"docs/schema.md documents {name} as {documented[name]}, the file has {header}"


def test_a_quoted_reaction_carries_its_sentence(reports):
    reactions = rows(reports / "csv" / "reactions.csv")
    quoted = [r for r in reactions if r["origin"] == "quote"]
    assert quoted
    for r in quoted:
        assert r["quote_id"] and r["text"] in r["sentence"], r
    assert all(not r["quote_id"] and not r["sentence"] for r in reactions if r["origin"] == "post")
