"""The extract stage end to end on hand-made raw files: outputs, reactions, determinism, errors."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from pipeline.errors import StageInputMissing
from pipeline.extract.stage import extract
from pipeline.io import read_jsonl, write_jsonl
from pipeline.records import Article, Entity, Failure, Mention, Quote, RawPage, RawPost, Reaction

PARAMS = {"extract": {"spacy_model": "en_core_web_sm", "batch_size": 8, "n_process": 1, "min_words": 30, "languages": ["en"]}}
URL_A = "https://harbour-gazette.example/2024/05/ferry-outage"
URL_B = "https://coastline-daily.example/news/ferry-app"

PARAS_A = [
    "The ferry booking app run by Tidewater Lines went dark for most of Tuesday afternoon, stranding commuters on both sides of the estuary.",
    "Helen Marsh, who manages the harbour office, said the queues were the longest she had seen in a decade.",
    "‘We wrote tickets by hand until the ink ran out,’ she told the Harbour Gazette. ‘Then we used pencils.’",
    "‘Honestly the calmest crossing I have had all year,’ wrote one Reddit user. ‘Nobody was glued to a screen,’ another joked.",
    "A spokesperson for Tidewater Lines said: “We are sorry for the disruption and the app is working again.”",
]
PARAS_B = [
    "Commuters spent Tuesday afternoon queuing at the ferry terminal after the Tidewater Lines app failed for several hours.",
    "“It felt like nineteen ninety-five, in a good way,” said one commuter, who asked not to be named.",
    "Ms Marsh said the harbour office would keep a stack of paper tickets in the drawer from now on.",
    "The company said it had traced the fault to a routine update and would publish a full account next week.",
]


def html(paragraphs: list[str], title: str, outlet: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="en"><head><title>{title}</title><meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="2024-05-14T18:00:00Z"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode("utf-8")


def raw_page(url: str, body: bytes) -> RawPage:
    return RawPage(url=url, requested_url=url, status=200, headers={"content-type": "text/html; charset=utf-8"},
                   body_b64=base64.b64encode(body).decode("ascii"), fetched_at="2024-05-15T00:00:00+00:00", source="article")


def write_raw(raw: Path) -> None:
    write_jsonl(raw / "pages.jsonl.gz", [
        raw_page(URL_A, html(PARAS_A, "Ferry app outage strands commuters", "Harbour Gazette")),
        raw_page(URL_B, html(PARAS_B, "Paper tickets return as ferry app fails", "Coastline Daily")),
    ])
    write_jsonl(raw / "posts.jsonl.gz", [
        RawPost(post_id="mastodon:1001", platform="mastodon", url="https://toot.example/@pier/1001", author="pier",
                created_at="2024-05-14T19:00:00+00:00", text="Helen Marsh and her pencils saved my commute today",
                reply_to_url=None, links=[URL_A], api_url="https://toot.example/api", fetched_at="2024-05-15T00:00:00+00:00", raw={}),
    ])
    write_jsonl(raw / "failures.jsonl.gz", [
        Failure(url="https://harbour-gazette.example/broken", stage="crawl", status="500", error="server error", at="2024-05-15T00:00:00+00:00"),
    ])


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("extract")
    write_raw(root / "raw")
    result = extract(root / "raw", root / "interim", PARAMS)
    return root, result


def rows(root: Path, name: str, record: type) -> list:
    return list(read_jsonl(root / "interim" / f"{name}.jsonl.gz", record))


def test_every_output_is_written_with_counts(outputs) -> None:
    root, result = outputs
    for name in ("articles", "posts", "entities", "mentions", "quotes", "reactions", "failures"):
        assert (root / "interim" / f"{name}.jsonl.gz").exists()
    metrics = json.loads((root / "interim" / "extract_metrics.json").read_text())
    assert metrics["counts"] == result.counts
    assert result.counts["articles"] == 2 and result.counts["posts"] == 1
    assert result.counts["quotes_direct"] >= 4


def test_quotes_offsets_and_speakers(outputs) -> None:
    root, _ = outputs
    texts = {a.article_id: a.text for a in rows(root, "articles", Article)}
    quotes = rows(root, "quotes", Quote)
    for q in quotes:
        span = texts[q.article_id][q.start_char : q.end_char]
        if " … " not in q.text:
            assert span == q.text
        if q.speaker_start_char is not None:
            assert texts[q.article_id][q.speaker_start_char : q.speaker_end_char] == q.speaker_text
    by_words = {q.text: q for q in quotes}
    split = by_words["We wrote tickets by hand until the ink ran out … Then we used pencils."]
    assert (split.speaker, split.speaker_text, split.speaker_kind, split.cue) == ("Helen Marsh", "she", "person", "told")
    assert split.speaker_entity_id is not None
    assert by_words["Nobody was glued to a screen"].speaker_kind == "anonymous_public"
    company = [q for q in quotes if q.kind == "indirect" and q.speaker_text == "The company"]
    assert company and company[0].speaker == "Tidewater Lines" and company[0].speaker_kind == "organization"


def test_reactions_from_quotes_and_posts(outputs) -> None:
    root, _ = outputs
    reactions = rows(root, "reactions", Reaction)
    quoted = sorted(r.text for r in reactions if r.origin == "quote")
    assert "Nobody was glued to a screen" in quoted
    assert "Honestly the calmest crossing I have had all year" in quoted
    assert "It felt like nineteen ninety-five, in a good way" in quoted
    assert not any("ink ran out" in t for t in quoted)  # a named source, not the public
    posts = [r for r in reactions if r.origin == "post"]
    assert [r.post_id for r in posts] == ["mastodon:1001"]


def test_entities_across_articles_and_posts(outputs) -> None:
    root, _ = outputs
    entities = {e.entity_id: e for e in rows(root, "entities", Entity)}
    mentions = rows(root, "mentions", Mention)
    marsh = [m for m in mentions if "Marsh" in m.text]
    assert len({m.entity_id for m in marsh}) == 1
    assert entities[marsh[0].entity_id].name == "Helen Marsh"
    assert any(m.doc_id == "mastodon:1001" for m in marsh)
    keys = [(m.doc_id, m.start_char, m.end_char, m.entity_id) for m in mentions]
    assert len(keys) == len(set(keys)) and keys == sorted(keys)


def test_failures_carried_over(outputs) -> None:
    root, _ = outputs
    assert any(f.stage == "crawl" for f in rows(root, "failures", Failure))


def test_rerun_gives_identical_bytes(outputs, tmp_path) -> None:
    root, _ = outputs
    extract(root / "raw", tmp_path / "interim", PARAMS)
    for name in ("articles", "posts", "entities", "mentions", "quotes", "reactions", "failures"):
        assert (tmp_path / "interim" / f"{name}.jsonl.gz").read_bytes() == (root / "interim" / f"{name}.jsonl.gz").read_bytes()


def test_missing_raw_input_says_what_to_run(tmp_path) -> None:
    with pytest.raises(StageInputMissing, match="newsreact crawl"):
        extract(tmp_path / "raw", tmp_path / "interim", PARAMS)
