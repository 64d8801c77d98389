"""The model's matrix products run on numpy's BLAS instead of BLIS, and that changes no annotation."""

from __future__ import annotations

import pytest
import spacy
from thinc.api import NumpyOps

from pipeline.extract.nlp import numpy_blas, use_numpy_blas

TEXTS = [
    "Councillor Kavya Raman said the ferry timetable would change in March, the port authority told reporters.",
    "\u2018We were not told,\u2019 she said. \u2018Nobody was.\u2019",
    "The Harbour Gazette reported that Dunmore Rail cancelled 40 trains on Tuesday after a signal fault near Kestrel Junction.",
    "lol the app went down for an hour and everyone at @CityDesk acted like the world ended",
    "Mr Okafor, 52, told the inquiry in Leeds that he had warned the board twice, in 2019 and again last June.",
]


def annotations(doc):
    return (
        [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) for t in doc],
        [(e.start_char, e.end_char, e.label_) for e in doc.ents],
    )


def test_numpy_blas_gives_blis_annotations(nlp) -> None:
    if numpy_blas() is None:
        pytest.skip("numpy has no OpenBLAS or MKL here: the models keep BLIS")
    ops = {type(node.ops) for _, pipe in nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk") for node in pipe.model.walk()}
    assert ops == {NumpyOps}
    assert all(
        not node.ops.use_blis for _, pipe in nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk") for node in pipe.model.walk()
    )
    blis_nlp = spacy.load(nlp.path)  # the same model as shipped: thinc's default ops, BLIS
    assert any(node.ops.use_blis for _, pipe in blis_nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk") for node in pipe.model.walk())
    numpy_nlp = spacy.load(nlp.path)
    assert use_numpy_blas(numpy_nlp)
    for blis_doc, numpy_doc in zip(blis_nlp.pipe(TEXTS), numpy_nlp.pipe(TEXTS)):
        assert annotations(blis_doc) == annotations(numpy_doc)
