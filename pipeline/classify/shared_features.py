"""Predicting with several hashed TF-IDF pipelines at once, each n-gram list computed once.

The reaction model (``model.build_pipeline``) and its news-mode companion
(``model.build_news_pipeline``) are ``ColumnTransformer``s of ``HashingVectorizer`` +
``TfidfTransformer`` blocks, and several blocks cut the same text into the same n-grams: word
1-2-grams three times (at 2**17, 2**16 and 2**18 columns), ``char_wb`` 2-5-grams twice. Cutting
and hashing are nearly all of the time ``predict_proba`` takes. ``predict_probas`` computes each
distinct (column, analyzer) once, at the largest column count asked for, and folds it down to
the smaller counts: ``HashingVectorizer`` (``alternate_sign=False``) puts an n-gram in column
``|murmurhash| mod n``, so for an ``m`` that divides ``n`` the ``m``-column matrix is the
``n``-column one with every column index taken mod ``m`` and equal indices summed. Counts are
whole numbers, so the sums are exact: the features, and so the probabilities, are the same
numbers ``Pipeline.predict_proba`` gives (``tests/classify/test_shared_features.py``).

A pipeline of any other shape is simply asked for ``predict_proba``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.pipeline import Pipeline

# HashingVectorizer parameters that do not change which n-grams a text gives.
_NOT_ANALYZER = frozenset({"n_features", "norm", "binary", "dtype", "alternate_sign"})


def _blocks(pipeline: Any) -> list[tuple[HashingVectorizer, TfidfTransformer, Any]] | None:
    """(hashing, tfidf, column) per block of a supported pipeline, in output order; else None."""
    if not isinstance(pipeline, Pipeline) or len(pipeline.steps) != 2:
        return None
    features = pipeline.steps[0][1]
    if not isinstance(features, ColumnTransformer) or features.remainder != "drop" or not hasattr(features, "transformers_"):
        return None
    blocks = []
    for name, block, column in features.transformers_:
        if name == "remainder":
            continue
        if not isinstance(block, Pipeline) or len(block.steps) != 2:
            return None
        hashing, tfidf = block.steps[0][1], block.steps[1][1]
        supported = (
            isinstance(hashing, HashingVectorizer)
            and isinstance(tfidf, TfidfTransformer)
            and not hashing.alternate_sign
            and hashing.norm is None
            and not hashing.binary
            and isinstance(column, int)
            and hashing.n_features & (hashing.n_features - 1) == 0  # a power of two
        )
        if not supported:
            return None
        blocks.append((hashing, tfidf, column))
    return blocks or None


def _analyzer_key(hashing: HashingVectorizer) -> tuple:
    params = hashing.get_params()
    return tuple(sorted((k, repr(v)) for k, v in params.items() if k not in _NOT_ANALYZER))


def _fold(counts: sp.csr_matrix, n_features: int) -> sp.csr_matrix:
    """The same counts hashed into ``n_features`` columns (a divisor of the current count)."""
    if counts.shape[1] == n_features:
        return counts
    folded = sp.csr_matrix((counts.data.copy(), counts.indices % n_features, counts.indptr.copy()), shape=(counts.shape[0], n_features))
    folded.sum_duplicates()
    return folded


def predict_probas(pipelines: list[Any], data: np.ndarray) -> list[np.ndarray]:
    """``[p.predict_proba(data) for p in pipelines]``, sharing the n-gram work between them."""
    shapes = [_blocks(p) for p in pipelines]
    widest: dict[tuple, int] = {}
    for blocks in shapes:
        for hashing, _, column in blocks or ():
            key = (column, _analyzer_key(hashing))
            widest[key] = max(widest.get(key, 0), hashing.n_features)
    counts: dict[tuple, sp.csr_matrix] = {}
    out = []
    for pipeline, blocks in zip(pipelines, shapes):
        if blocks is None:
            out.append(pipeline.predict_proba(data))
            continue
        parts = []
        for hashing, tfidf, column in blocks:
            key = (column, _analyzer_key(hashing))
            if key not in counts:
                counts[key] = _with_features(hashing, widest[key]).transform(data[:, column])
            parts.append(tfidf.transform(_fold(counts[key], hashing.n_features)))
        features = sp.hstack(parts, format="csr")
        out.append(pipeline.steps[-1][1].predict_proba(features))
    return out


def _with_features(hashing: HashingVectorizer, n_features: int) -> HashingVectorizer:
    """``hashing`` with another column count (a copy; the model's own object is left as it is)."""
    if hashing.n_features == n_features:
        return hashing
    params = hashing.get_params()
    params["n_features"] = n_features
    return HashingVectorizer(**params)
