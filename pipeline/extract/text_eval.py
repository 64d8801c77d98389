"""Benchmark of article text and metadata extraction, ours against bare trafilatura.

Reads trafilatura's evaluation data (``evaldata_en_subset.json`` + ``html/FILE.gz`` in
``data_dir``; see /work/shared/data/README.md, never copied into the project); writes nothing
(returns a dict; ``format_extraction_report`` renders it).

Body, trafilatura's own method: for each page, each ``with`` snippet found in the extracted
text is a true positive, missing a false negative; each ``without`` snippet found is a false
positive, absent a true negative. Precision, recall and F1 are over the pooled counts.
Whitespace runs are collapsed to one space in text and snippets before matching (our text
separates paragraphs with blank lines, trafilatura's with one newline).

Metadata, exact match per page over the pages whose gold record has the field (an empty gold
value means "none": right when the system gives none), after normalising:
- title: case-folded, curly quotes and dashes straightened, whitespace collapsed, trailing
  punctuation dropped;
- author: the set of names (split on ``;``, ``,``, ``|``, " and "), each case-folded with
  whitespace collapsed;
- date: the calendar date ``YYYY-MM-DD`` as the page states it (ours: before conversion to UTC).

Systems: ``newsreact`` = ``parse_page`` (text.py + metadata.py); ``trafilatura`` =
``trafilatura.extract`` with its defaults and ``trafilatura.extract_metadata``.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
import re
from pathlib import Path
from typing import Any

import trafilatura

from pipeline.extract.charset import decode_body
from pipeline.extract.text import ParsedPage, parse_page
from pipeline.records import RawPage

log = logging.getLogger(__name__)

FIELDS = ("title", "author", "date")


def evaluate_extraction(data_dir: Path, params: dict, limit: int | None = None) -> dict:
    """Body P/R/F1 and title/author/date accuracy of newsreact and bare trafilatura."""
    data_dir = Path(data_dir)
    gold = json.loads((data_dir / "evaldata_en_subset.json").read_text(encoding="utf-8"))
    items = sorted(gold.items())
    if limit is not None:
        items = items[:limit]
    scores = {name: _empty_scores() for name in ("newsreact", "trafilatura")}
    for url, record in items:
        raw = _read_page(data_dir / "html", record["file"])
        ours = _run_newsreact(url, raw, params)
        theirs = _run_trafilatura(url, raw)
        for name, output in (("newsreact", ours), ("trafilatura", theirs)):
            _score_body(scores[name], output["text"], record)
            _score_fields(scores[name], output, record)
    return {
        "dataset": f"trafilatura evaldata ({len(items)} pages)",
        "systems": {name: _summarise(counts) for name, counts in scores.items()},
    }


def _read_page(html_dir: Path, name: str) -> bytes:
    """A page's bytes from ``NAME.gz`` (as published) or ``NAME``."""
    packed = html_dir / f"{name}.gz"
    return gzip.decompress(packed.read_bytes()) if packed.exists() else (html_dir / name).read_bytes()


def format_extraction_report(result: dict) -> str:
    """A small fixed-width table of the result of ``evaluate_extraction``."""
    columns = ("precision", "recall", "f1", "title_acc", "author_acc", "date_acc")
    lines = [result["dataset"], f"{'system':<12}" + "".join(f"{c:>11}" for c in columns)]
    for name, values in result["systems"].items():
        lines.append(f"{name:<12}" + "".join(f"{values[c]:>11.3f}" for c in columns))
    return "\n".join(lines)


def _run_newsreact(url: str, raw: bytes, params: dict) -> dict[str, Any]:
    page = RawPage(
        url=url, requested_url=url, status=200, headers={"content-type": "text/html"},
        body_b64=base64.b64encode(raw).decode("ascii"), fetched_at="2030-01-01T00:00:00+00:00",
        source="article",
    )
    result = parse_page(page, params)
    if not isinstance(result, ParsedPage):
        return {"text": "", "title": None, "author": [], "date": None}
    return {"text": result.text, "title": result.title, "author": result.authors, "date": result.published_date}


def _run_trafilatura(url: str, raw: bytes) -> dict[str, Any]:
    html = decode_body(raw, "text/html")
    text = trafilatura.extract(html, url=url) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return {"text": text, "title": None, "author": [], "date": None}
    return {"text": text, "title": meta.title, "author": [meta.author] if meta.author else [], "date": meta.date}


def _empty_scores() -> dict[str, int]:
    counts = {"tp": 0, "fp": 0, "tn": 0, "fn": 0}
    for name in FIELDS:
        counts[f"{name}_right"] = 0
        counts[f"{name}_total"] = 0
    return counts


def _squash(text: str) -> str:
    return " ".join(text.split())


def _score_body(counts: dict[str, int], text: str, record: dict) -> None:
    flat = _squash(text)
    for snippet in record.get("with", []):
        counts["tp" if _squash(snippet) in flat else "fn"] += 1
    for snippet in record.get("without", []):
        counts["fp" if _squash(snippet) in flat else "tn"] += 1


def _score_fields(counts: dict[str, int], output: dict[str, Any], record: dict) -> None:
    checks = {
        "title": (_norm_title(record.get("title")), _norm_title(output["title"])),
        "author": (_norm_authors([record.get("author")]), _norm_authors(output["author"])),
        "date": ((record.get("date") or "")[:10] or None, (output["date"] or "")[:10] or None),
    }
    for name, (expected, got) in checks.items():
        if name not in record:
            continue
        counts[f"{name}_total"] += 1
        counts[f"{name}_right"] += int(expected == got)


_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _norm_title(value: str | None) -> str | None:
    if not value:
        return None
    return _squash(value.translate(_STRAIGHTEN).casefold()).rstrip(" .!?:;") or None


def _norm_authors(values: list[Any]) -> frozenset[str]:
    names: set[str] = set()
    flat: list[Any] = []
    for value in values:
        flat.extend(value if isinstance(value, list) else [value])
    for value in flat:
        for part in re.split(r"\s*(?:;|,|\||\band\b)\s*", value or ""):
            name = _squash(part.translate(_STRAIGHTEN).casefold())
            if name:
                names.add(name)
    return frozenset(names)


def _summarise(counts: dict[str, int]) -> dict[str, float | int]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    summary: dict[str, float | int] = {
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "tp": tp, "fp": fp, "tn": counts["tn"], "fn": fn,
    }
    for name in FIELDS:
        total = counts[f"{name}_total"]
        summary[f"{name}_acc"] = round(counts[f"{name}_right"] / total, 4) if total else 0.0
        summary[f"{name}_n"] = total
    return summary


if __name__ == "__main__":  # python -m pipeline.extract.text_eval DATA_DIR [LIMIT]
    import sys

    from pipeline.config import load_params

    logging.basicConfig(level=logging.WARNING)
    limit_arg = int(sys.argv[2]) if len(sys.argv) > 2 else None
    print(format_extraction_report(evaluate_extraction(Path(sys.argv[1]), load_params(), limit_arg)))
