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
