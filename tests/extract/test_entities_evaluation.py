"""Mention-to-entity scoring against a gold file shaped like tests/gold/entities.json."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.extract.evaluation import evaluate_entities, format_entity_report
from pipeline.records import Article, Entity, Mention

TEXT = "Helen Marsh spoke. Marsh left. Anna Weber stayed."


def test_scores_and_false_merge(tmp_path: Path) -> None:
    gold = [
        {"name": "Helen Marsh", "label": "PERSON", "aliases": ["Marsh"], "mentions": [
            {"article": "gazette/ferry.html", "text": "Helen Marsh", "occurrence": 0},
            {"article": "gazette/ferry.html", "text": "Marsh", "occurrence": 1}]},
        {"name": "Anna Weber", "label": "PERSON", "aliases": [], "mentions": [
            {"article": "gazette/ferry.html", "text": "Anna Weber", "occurrence": 0}]},
    ]
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    article = Article("a1", "https://x.example/gazette/ferry.html", "https://x.example/gazette/ferry.html", None, None, [], None, "en", TEXT, None)
    entities = [Entity("e1", "Helen Marsh", "PERSON", ["Marsh"])]
    mentions = [Mention("a1", "e1", "Helen Marsh", "PERSON", 0, 11), Mention("a1", "e1", "Marsh", "PERSON", 19, 24),
                Mention("a1", "e1", "Anna Weber", "PERSON", 31, 41)]  # wrongly merged into Helen Marsh
    result = evaluate_entities(path, [article], mentions, entities)
    assert result["true_positives"] == 2 and result["gold_mentions"] == 3 and result["predicted_mentions"] == 3
    assert result["false_merges"] == ["Helen Marsh"]
    assert "F1" in format_entity_report(result)


def _gold_file(tmp_path: Path, gold: list[dict]) -> Path:
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_places_are_outside_a_person_org_gold_but_a_place_tagged_person_is_wrong(tmp_path: Path) -> None:
    text = "Helen Marsh flew to Oslo. Marsh met a reader from Leeds."
    gold = [{"name": "Helen Marsh", "label": "PERSON", "aliases": ["Marsh"], "mentions": [
        {"article": "gazette/ferry.html", "text": "Helen Marsh", "occurrence": 0},
        {"article": "gazette/ferry.html", "text": "Marsh", "occurrence": 1}]}]
    article = Article("a1", "https://x.example/gazette/ferry.html", None, None, None, [], None, "en", text, None)
    entities = [Entity("e1", "Helen Marsh", "PERSON", ["Marsh"]), Entity("e2", "Oslo", "GPE", []),
                Entity("e3", "Leeds", "PERSON", [])]
    mentions = [Mention("a1", "e1", "Helen Marsh", "PERSON", 0, 11), Mention("a1", "e2", "Oslo", "GPE", 20, 24),
                Mention("a1", "e1", "Marsh", "PERSON", 26, 31), Mention("a1", "e3", "Leeds", "PERSON", 51, 56)]
    result = evaluate_entities(_gold_file(tmp_path, gold), [article], mentions, entities)
    assert result["predicted_mentions"] == 3  # Oslo (GPE) is not judged by a PERSON/ORG gold
    assert result["true_positives"] == 2 and result["precision"] == 0.667
    assert [fp["text"] for fp in result["false_positives"]] == ["Leeds"]
    assert "'Leeds' PERSON" in format_entity_report(result)


def test_wrong_label_is_not_the_gold_entity_and_one_prediction_matches_once(tmp_path: Path) -> None:
    text = "Harbour Gazette columnist Ines Roth wrote. Roth Roth."
    gold = [
        {"name": "Harbour Gazette", "label": "ORG", "aliases": [], "mentions": [
            {"article": "gazette/ferry.html", "text": "Harbour Gazette", "occurrence": 0}]},
        {"name": "Ines Roth", "label": "PERSON", "aliases": ["Roth"], "mentions": [
            {"article": "gazette/ferry.html", "text": "Roth", "occurrence": 1},
            {"article": "gazette/ferry.html", "text": "Roth", "occurrence": 2}]},
    ]
    article = Article("a1", "https://x.example/gazette/ferry.html", None, None, None, [], None, "en", text, None)
    entities = [Entity("e1", "Gazette", "PERSON", []), Entity("e2", "Ines Roth", "PERSON", ["Roth"])]
    mentions = [Mention("a1", "e1", "Gazette", "PERSON", 8, 15),  # an outlet tagged PERSON
                Mention("a1", "e2", "Roth Roth", "PERSON", 43, 52)]  # one span over two gold mentions
    result = evaluate_entities(_gold_file(tmp_path, gold), [article], mentions, entities)
    assert result["entities"]["Harbour Gazette"]["found"] == 0
    assert result["true_positives"] == 1 and result["predicted_mentions"] == 2
    assert result["precision"] == 0.5 and result["recall"] == 0.333


def test_demo_corpus_entities_floor(tmp_path: Path) -> None:
    """The demo gold (tests/gold/entities.json) through the real crawl and extract."""
    from pipeline.config import load_params
    from pipeline.io import read_jsonl
    from pipeline.runner import Paths, crawl_stage, extract_stage

    params = load_params()
    params["crawl"]["demo_port"] = 0  # any free port: the gold refers to paths, not ports
    paths = Paths.under(tmp_path)
    crawl_stage(params, paths, None, True)
    extract_stage(params, paths)
    gold = Path(__file__).resolve().parents[1] / "gold" / "entities.json"
    result = evaluate_entities(
        gold,
        list(read_jsonl(paths.interim / "articles.jsonl.gz", Article)),
        list(read_jsonl(paths.interim / "mentions.jsonl.gz", Mention)),
        list(read_jsonl(paths.interim / "entities.jsonl.gz", Entity)),
    )
    # floors, only go up (this commit: precision 1.000, recall 1.000 on 126 gold mentions)
    assert result["precision"] >= 0.99 and result["recall"] >= 0.99, format_entity_report(result)
    assert result["entities"]["Daniel Hartmann"]["as"] != result["entities"]["Lena Hartmann"]["as"]
