"""Scoring with the n-gram work shared between the model and its news-mode companion gives the
very numbers each pipeline's own ``predict_proba`` gives."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from pipeline.classify.model import model_input, normalize_text
from pipeline.classify.predict import load_model
from pipeline.classify.shared_features import _blocks, predict_probas

TEXTS = [
    "the trains ran on time for once, someone check on the timetable team",
    "Finally!! power is back after two days, thank you crews",
    "ten minutes of quiet and the whole site panics lol",
    "This council cannot run a bath, never mind a bus network. #resign",
    "Match report at six, stay tuned",
    "Café closed again?? ÉNORME queue outside 😂",
    "ok",
    "@harbourtransit when is the 42 back",
]


def _check(model) -> None:
    pipelines = [model.pipeline] + ([model.news_pipeline] if model.news_pipeline is not None else [])
    assert all(_blocks(p) is not None for p in pipelines), "the shared path must apply to our own model"
    for in_domain in (True, False):
        data = model_input([normalize_text(t) for t in TEXTS], in_domain)
        shared = predict_probas(pipelines, data)
        for pipeline, proba in zip(pipelines, shared):
            assert np.array_equal(proba, pipeline.predict_proba(data))


def test_the_shipped_model_scores_the_same(repo_models) -> None:
    _check(load_model(repo_models))


def test_a_freshly_trained_model_scores_the_same(tiny_model_dir) -> None:
    _check(load_model(tiny_model_dir))


def test_another_kind_of_pipeline_is_asked_directly() -> None:
    texts = ["good news at last", "awful service again", "so relieved", "what a joke"]
    other = Pipeline([("vec", CountVectorizer()), ("clf", LogisticRegression())]).fit(texts, [0, 1, 0, 1])
    assert _blocks(other) is None
    assert np.array_equal(predict_probas([other], np.array(texts))[0], other.predict_proba(texts))
