"""Shared fixtures for the extract tests: the real spaCy pipeline, loaded once per session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp({"extract": {"spacy_model": "en_core_web_sm"}})


@pytest.fixture(scope="session")
def analyse(nlp):
    """Parse a text and return (text, DocAnalysis)."""
    from pipeline.extract.stage import analyse_doc

    def run(text: str, doc_id: str = "doc"):
        return analyse_doc(nlp(text), doc_id)

    return run


@pytest.fixture(scope="session")
def before_consistency(nlp):
    """Parse a text through every component before ``newsreact_label_consistency``, so that a test
    can set the entities by hand and let the real component decide."""

    def run(text: str):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "newsreact_label_consistency":
                break
            doc = proc(doc)
        return doc

    return run
