"""Near-duplicate articles: MinHash signatures of word shingles, LSH candidates, links.

Reads ``Article`` rows (their text, id and publication time); returns them with ``duplicate_of``
set. Writes nothing.

Near-identical: the MinHash-estimated Jaccard similarity of two texts' word 5-shingles (words:
``\\w+``, case-folded) reaches the threshold (params ``extract.near_duplicate_threshold``),
checked on the candidate pairs of MinHash LSH. The MinHash is datasketch's (its default
"affine32" scheme: 128 permutations, seed 1) over our own shingle hash (``shingle_hash``:
BLAKE2b word hashes combined in order), computed with numpy; the LSH bands are the ones
datasketch's ``MinHashLSH`` picks for the threshold. ``tests/extract/test_dedup.py`` holds
signatures and candidate pairs to datasketch's own. Every copy but the earliest published
(undated copies count as latest; ties broken by article_id) gets ``duplicate_of``.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import re
from dataclasses import replace

import numpy as np

from pipeline.records import Article

log = logging.getLogger(__name__)

SHINGLE_WORDS = 5
NUM_PERM = 128
MINHASH_SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: the combination keeps word order


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams of ``text``, case-folded; the whole text when it is shorter."""
    words = _words(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)))))


def _words(text: str) -> list[str]:
    """The case-folded words of ``text`` (``str.lower`` is ``casefold`` on ASCII text)."""
    if text.isascii():
        return _WORD.findall(text.lower())
    return [w.casefold() for w in _WORD.findall(text)]


# bytes.translate table: ASCII word characters kept (capitals lower-cased), every other ASCII
# byte a space; bytes of multi-byte UTF-8 characters untouched.
_ASCII_WORD_BYTES = bytes(
    (c | 0x20 if 65 <= c <= 90 else c) if chr(c).isalnum() or c == 95 or c >= 128 else 32 for c in range(256)
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _word_bytes(text: str) -> list[bytes]:
    """``_words(text)`` as UTF-8 bytes, found without the regex where possible: the non-ASCII
    characters that are not word characters (curly quotes, dashes, ...) become spaces, then
    the UTF-8 bytes are mapped (``_ASCII_WORD_BYTES``) and split on spaces. Word characters are
    exactly what ``\\w`` matches (``str.isalnum`` or "_"); non-ASCII words are case-folded."""
    if not text.isascii():
        for char in set(_NON_ASCII.findall(text)):
            if not char.isalnum():
                text = text.replace(char, " ")
    words = text.encode("utf-8", "surrogatepass").translate(_ASCII_WORD_BYTES).split()
    if text.isascii():
        return words
    return [w if w.isascii() else w.decode("utf-8", "surrogatepass").casefold().encode("utf-8", "surrogatepass") for w in words]


def _word_hash(word: bytes) -> int:
    """A 64-bit hash of one word's UTF-8 bytes (BLAKE2b; the same in every process, unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(word, digest_size=8).digest(), "little")


def _finish(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser over uint64 values, then the top 32 bits as uint32."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    h = h ^ (h >> np.uint64(31))
    return (h >> np.uint64(32)).astype(np.uint32)


def _combine(word_hashes: np.ndarray, size: int) -> np.ndarray:
    """Hashes of every run of ``size`` consecutive word hashes (Horner's rule, mod 2^64)."""
    count = len(word_hashes) - size + 1
    h = word_hashes[:count].copy()
    for offset in range(1, size):
        h = h * _SHINGLE_MULTIPLIER + word_hashes[offset:offset + count]
    return _finish(h)


def shingle_hash(shingle: str) -> int:
    """The 32-bit hash of one shingle (its words joined by single spaces), as ``_minhashes``
    computes it for every shingle of a text at once: each word hashed with BLAKE2b, the
    words' hashes combined in order, then mixed. Given to datasketch as ``hashfunc``, it makes
    the same MinHash (``tests/extract/test_dedup.py``)."""
    words = np.array([_word_hash(w.encode("utf-8", "surrogatepass")) for w in shingle.split(" ")], dtype=np.uint64)
    return int(_combine(words, len(words))[0])


@functools.cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine permutations (its default scheme, "affine32") for ``seed``."""
    # Imported when first needed: datasketch loads scipy.integrate (~0.5 s).
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (datasketch applies it to every hash before permuting)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _minhashes(texts: list[str]) -> np.ndarray:
    """The MinHash signature of each text's shingles (``shingles``), one row per text (uint32).

    The same values as datasketch's ``MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED,
    hashfunc=shingle_hash)`` fed the text's shingles, computed with numpy: every distinct word
    is hashed once, the shingle hashes of all texts are combined from their words' hashes in
    one array operation, and each text's permuted minimum is taken over all its shingles at
    once. (Hashing each shingle string with SHA-1, datasketch's default, was three quarters
    of the dedup time.) An empty text has every value at 2^32 - 1, as an empty datasketch MinHash.
    """
    a, b = _permutations(NUM_PERM, MINHASH_SEED)
    words = [_word_bytes(text) for text in texts]
    lengths = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
    flat = list(itertools.chain.from_iterable(words))
    index = {word: number for number, word in enumerate(dict.fromkeys(flat))}
    word_hashes = np.fromiter(map(_word_hash, index), dtype=np.uint64, count=len(index))
    word_hashes = word_hashes[np.fromiter(map(index.__getitem__, flat), dtype=np.intp, count=len(flat))]
    ends = np.cumsum(lengths)
    signatures = np.full((len(texts), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    size = SHINGLE_WORDS
    if len(flat) >= size:
        # Every run of `size` words of the concatenated texts; the runs that cross from one
        # text into the next are dropped.
        hashes = _fmix32(_combine(word_hashes, size))
        owner = np.repeat(np.arange(len(texts)), lengths)[: len(hashes)]
        inside = np.arange(len(hashes)) <= ends[owner] - size
        hashes, owner = hashes[inside], owner[inside]
        counts = np.bincount(owner, minlength=len(texts))
        firsts = np.cumsum(counts) - counts
        for row in np.flatnonzero(counts):
            first = firsts[row]
            signatures[row] = (hashes[first:first + counts[row], None] * a + b).min(axis=0)
    for row in np.flatnonzero((lengths > 0) & (lengths < size)):  # the whole text is one shingle
        hashes = _fmix32(_combine(word_hashes[ends[row] - lengths[row]:ends[row]], int(lengths[row])))
        signatures[row] = (hashes[:, None] * a + b).min(axis=0)
    return signatures


@functools.cache
def _bands(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) as datasketch's ``MinHashLSH`` picks them for ``threshold``
    (equal weights on false positives and negatives). At threshold 1.0 that is one band of
    every row, which ``MinHashLSH`` itself refuses (it needs two bands): here it means equal
    signatures."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, NUM_PERM, 0.5, 0.5)


def _candidate_pairs(signatures: np.ndarray, threshold: float) -> set[tuple[int, int]]:
    """Pairs of rows equal on every value of at least one band: what ``MinHashLSH.query``
    returns for each inserted signature (same bands, same bucket rule)."""
    bands, rows = _bands(threshold)
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[bytes, list[int]] = {}
        block = np.ascontiguousarray(signatures[:, band * rows:(band + 1) * rows])
        for index, key in enumerate(map(bytes, block)):
            buckets.setdefault(key, []).append(index)
        for members in buckets.values():
            if len(members) > 1:
                pairs.update((x, y) for n, x in enumerate(members) for y in members[n + 1:])
    return pairs


def link_near_duplicates(articles: list[Article], threshold: float) -> list[Article]:
    """Set ``duplicate_of`` on every near-identical copy but the earliest published one.

    Near-identical: MinHash LSH candidates (``_candidate_pairs``) whose estimated Jaccard
    similarity (the share of equal signature values) reaches ``threshold``."""
    if len(articles) < 2:
        return articles
    ordered = sorted(articles, key=lambda a: a.article_id)
    signatures = _minhashes([a.text for a in ordered])
    parent = list(range(len(ordered)))

    def find(key: int) -> int:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for x, y in sorted(_candidate_pairs(signatures, threshold)):
        if np.count_nonzero(signatures[x] == signatures[y]) / NUM_PERM >= threshold:
            a, b = find(x), find(y)
            if a != b:
                parent[max(a, b)] = min(a, b)

    clusters: dict[int, list[Article]] = {}
    for index, article in enumerate(ordered):
        clusters.setdefault(find(index), []).append(article)
    linked: list[Article] = []
    for members in clusters.values():
        if len(members) == 1:
            linked.extend(members)
            continue
        first = min(members, key=_publication_order)
        for member in members:
            duplicate_of = None if member is first else first.article_id
            linked.append(replace(member, duplicate_of=duplicate_of))
        log.info("near-duplicates: %d copies of %s", len(members), first.canonical_url)
    return linked


def _publication_order(article: Article) -> tuple:
    # Undated copies sort after dated ones; ISO strings in UTC compare as times.
    return (article.published_at is None, article.published_at or "", article.article_id)
