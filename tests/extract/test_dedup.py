"""Near-duplicate detection: numpy MinHash signatures and LSH bands, held to datasketch's own."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.near_duplicates import (
    MINHASH_SEED,
    NUM_PERM,
    _candidate_pairs,
    _minhashes,
    _word_bytes,
    _words,
    link_near_duplicates,
    shingle_hash,
    shingles,
)
from pipeline.records import Article

VOCABULARY = ["council", "harbour", "ferry", "timetable", "said", "spokeswoman", "operator", "morning", "crossing", "season", "ticket", "bridge", "repair", "closed", "weekend", "traffic", "résumé", "naïve", "straße", "İstanbul", "café", "2017", "11", "o'clock"]


def invented_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)) + "."


def datasketch_signature(text: str) -> np.ndarray:
    minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=shingle_hash)
    minhash.update_batch(sorted(shingles(text)))
    return minhash.hashvalues


def test_signatures_equal_datasketch_minhash_with_the_same_hash():
    rng = random.Random(7)
    texts = [invented_text(rng, n) for n in (1, 2, 4, 5, 6, 40, 300)]
    texts += ["", "Short text", "“Quoted,” she said — «fine» ‘yes’.", "One two three four five five five five five",
              "ÉCOLE École école STRASSE Straße"]
    signatures = _minhashes(texts)
    assert signatures.shape == (len(texts), NUM_PERM) and signatures.dtype == np.uint32
    for text, row in zip(texts, signatures):
        assert (row == datasketch_signature(text)).all(), text


def test_empty_text_is_an_empty_minhash():
    assert (_minhashes(["", "...", "a b c d e f"])[:2] == np.iinfo(np.uint32).max).all()


def test_shingle_hash_keeps_word_order_and_words():
    assert shingle_hash("one two three four five") != shingle_hash("two one three four five")
    assert shingle_hash("one two three four five") != shingle_hash("one two three four fives")
    assert shingle_hash("short text") == shingle_hash("short text")
    assert 0 <= shingle_hash("short text") < 2**32


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9])
def test_candidate_pairs_equal_datasketch_lsh(threshold):
    rng = random.Random(threshold)
    base = [invented_text(rng, 120) for _ in range(6)]
    texts = base + [b.replace("council", "board", 1) for b in base] + [b[: len(b) // 2] for b in base]
    signatures = _minhashes(texts)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    minhashes = [MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashvalues=row, scheme="affine32") for row in signatures]
    for number, minhash in enumerate(minhashes):
        lsh.insert(number, minhash)
    expected = {(min(n, m), max(n, m)) for n, minhash in enumerate(minhashes) for m in lsh.query(minhash) if m != n}
    assert _candidate_pairs(signatures, threshold) == expected
    assert expected  # the edited copies share bands with their originals


def test_estimate_tracks_the_exact_jaccard():
    rng = random.Random(3)
    original = [rng.choice(VOCABULARY) + str(n % 97) for n in range(400)]
    for changed in (0, 20, 60, 150, 400):
        copy = list(original)
        for position in rng.sample(range(len(copy)), changed):
            copy[position] = "edited"
        a, b = " ".join(original), " ".join(copy)
        exact = len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))
        first, second = _minhashes([a, b])
        estimate = np.count_nonzero(first == second) / NUM_PERM
        assert abs(estimate - exact) < 0.15, (changed, exact, estimate)


def article(article_id: str, text: str, published: str | None) -> Article:
    return Article(article_id=article_id, url=f"https://x.example/{article_id}", canonical_url=f"https://x.example/{article_id}",
                   outlet="X", title=None, authors=[], published_at=published, language="en", text=text, crawled_at=None)


def test_link_near_duplicates_links_copies_to_the_earliest():
    rng = random.Random(11)
    story, other = invented_text(rng, 300), invented_text(rng, 300)
    articles = [
        article("b", story, "2024-01-02T10:00:00+00:00"),
        article("a", story.replace("ferry", "boat", 1) + " Reporting by the desk.", "2024-01-02T12:00:00+00:00"),
        article("c", story, None),
        article("d", other, "2024-01-01T00:00:00+00:00"),
    ]
    linked = {a.article_id: a.duplicate_of for a in link_near_duplicates(articles, 0.8)}
    assert linked == {"a": "b", "b": None, "c": "b", "d": None}
    assert {a.article_id: a.duplicate_of for a in link_near_duplicates(articles, 1.0)}["a"] is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
       | st.text(alphabet="aZ_9 ,.’“”«»—-'é\u00c9\u0130\u00dfǰ\u0301\u00a0\u3042\t\n", max_size=60))
def test_word_bytes_are_the_regex_words(text):
    assert _word_bytes(text) == [w.encode("utf-8") for w in _words(text)]
