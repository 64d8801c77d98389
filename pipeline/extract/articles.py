"""Raw pages to articles: one row per article, embedded posts, and what could not be read.

Reads ``records.RawPage`` rows (data/raw/pages.jsonl.gz, read by the caller); returns an
``ArticleBatch``. The extract stage writes it out.

Identity: pages are grouped by URL identity (``canonicalize_url`` of the fetched URL, and the
canonical URL the page declares): the same article fetched under tracking parameters, a
fragment, its AMP URL and its rel=canonical URL is ONE article. Of the copies, the one with
the most metadata (then the longest text, then the smallest URL) is kept, so the choice does
not depend on crawl order. ``article_id = ids.article_id(canonical_url)``. A copy whose text is
unlike the kept one's (word 5-shingle Jaccard below 0.5) is not merged: a site that declares one
wrong canonical URL on every story must not collapse its stories into one.

Wire copies: a story republished near-identically by several outlets keeps one row per
outlet; every copy but the earliest published (undated copies count as latest; ties broken by
article_id) gets ``duplicate_of`` = that earliest copy's article_id. Near-identical means the
MinHash-estimated Jaccard similarity of the texts' word 5-shingles reaches params
``extract.near_duplicate_threshold`` (default 0.8), among the candidate pairs of MinHash LSH.
The MinHash is datasketch's (128 affine permutations, seed 1) over our own shingle hash
(``shingle_hash``: BLAKE2b word hashes combined in order), computed with numpy; the LSH bands
are the ones datasketch's ``MinHashLSH`` picks for the threshold (``tests/extract/test_dedup.py``
holds both to datasketch).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from pipeline import ids
from pipeline.errors import ConfigError
from pipeline.extract.embeds import EmbeddedPost
from pipeline.extract.text import ParsedPage, parse_page
from pipeline.extract.urls import canonicalize_url
from pipeline.progress import progress
from pipeline.records import Article, Failure, Post, RawPage

log = logging.getLogger(__name__)

SHINGLE_WORDS = 5
SAME_ARTICLE_MIN_SIMILARITY = 0.5  # copies of one URL identity must share half their shingles
NUM_PERM = 128
MINHASH_SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: the combination keeps word order


@dataclass(frozen=True)
class ArticleBatch:
    """What ``build_articles`` made of the pages; every list is sorted by its id / URL.

    ``flags`` are non-fatal notes about kept articles, as ``Failure`` rows a journalist can see
    (stage "extract", status "date_future" / "date_epoch": a date dropped; "broken_html":
    malformed markup repaired).
    """

    articles: list[Article]
    embeds: list[Post]
    failures: list[Failure]
    flags: list[Failure] = field(default_factory=list)


def build_articles(pages: Iterable[RawPage], params: dict) -> ArticleBatch:
    """Parse, deduplicate and link ``pages`` (see the module docstring)."""
    section = params.get("extract", params)
    threshold = float(section.get("near_duplicate_threshold", 0.8))
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(
            f"params extract.near_duplicate_threshold is {threshold}; set it to a number in (0, 1], e.g. 0.8."
        )
    parsed: list[ParsedPage] = []
    failures: list[Failure] = []
    for page in progress(pages, "extract: pages", None):
        result = parse_page(page, params)
        if isinstance(result, Failure):
            log.info("skipped %s: %s", result.url, result.status)
            failures.append(result)
        else:
            parsed.append(result)

    groups = [part for copies in group_copies(parsed) for part in split_different_texts(copies)]
    kept = [choose_copy(copies) for copies in groups]
    articles = [_to_article(page) for page in kept]
    articles = _dedupe_ids(articles)
    articles = link_near_duplicates(articles, threshold)
    embeds = _embedded_posts(kept)
    flags = _flags(kept)
    log.info(
        "articles: %d pages -> %d articles (%d copies merged), %d failures, %d embedded posts",
        len(parsed) + len(failures), len(articles), len(parsed) - len(kept), len(failures), len(embeds),
    )
    return ArticleBatch(
        articles=sorted(articles, key=lambda a: a.article_id),
        embeds=sorted(embeds, key=lambda p: p.post_id),
        failures=sorted(failures, key=lambda f: (f.url, f.status)),
        flags=sorted(flags, key=lambda f: (f.url, f.status)),
    )


def group_copies(pages: list[ParsedPage]) -> list[list[ParsedPage]]:
    """Pages that share any URL identity (fetched or declared canonical), as groups."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    for page in pages:
        union(canonicalize_url(page.url), page.canonical_url)
    groups: dict[str, list[ParsedPage]] = {}
    for page in pages:
        groups.setdefault(find(page.canonical_url), []).append(page)
    return [groups[key] for key in sorted(groups)]


def split_different_texts(copies: list[ParsedPage]) -> list[list[ParsedPage]]:
    """Guard against a shared, wrong rel=canonical (a section page declared by every story):
    a copy whose text is unlike the best copy's is its own article, under its fetched URL."""
    if len(copies) < 2:
        return [copies]
    best = choose_copy(copies)
    reference = shingles(best.text)
    same: list[ParsedPage] = []
    apart: list[list[ParsedPage]] = []
    for copy in copies:
        if copy is best or _jaccard(reference, shingles(copy.text)) >= SAME_ARTICLE_MIN_SIMILARITY:
            same.append(copy)
        else:
            log.warning("ignored canonical %s of %s: its text differs from the other copies", copy.canonical_url, copy.url)
            apart.append([replace(copy, canonical_url=canonicalize_url(copy.url))])
    if apart and not any(canonicalize_url(c.url) == best.canonical_url for c in same):
        # The declared canonical names none of the copies that agree: it is not this article's.
        same = [replace(c, canonical_url=canonicalize_url(best.url)) for c in same]
    return [same] + apart


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def choose_copy(copies: list[ParsedPage]) -> ParsedPage:
    """The copy to keep: most metadata, then most text, then non-AMP, then smallest URL."""
    def rank(page: ParsedPage) -> tuple:
        return (-page.metadata_score(), -len(page.text), is_amp_url(page.url), page.url)

    best = min(copies, key=rank)
    # The declared canonical URL of any copy names the article better than a fetched URL.
    declared = sorted({c.canonical_url for c in copies if c.canonical_url != canonicalize_url(c.url)})
    if declared and best.canonical_url not in declared:
        best = replace(best, canonical_url=declared[0])
    return best


_AMP_MARK = re.compile(r"(?:^|[/.?&=])amp(?:[/.?&=]|$)|//amp\.|\.cdn\.ampproject\.org", re.IGNORECASE)


def is_amp_url(url: str) -> bool:
    """True when ``url`` looks like an AMP rendering (``/amp/``, ``.amp``, ``?amp``, ``amp.`` host)."""
    return bool(_AMP_MARK.search(url.split("#", 1)[0].split("://", 1)[-1]))


def _to_article(page: ParsedPage) -> Article:
    return Article(
        article_id=ids.article_id(page.canonical_url),
        url=page.url,
        canonical_url=page.canonical_url,
        outlet=page.outlet,
        title=page.title,
        authors=list(page.authors),
        published_at=page.published_at,
        language=page.language,
        text=page.text,
        crawled_at=page.fetched_at,
    )


def _dedupe_ids(articles: list[Article]) -> list[Article]:
    """Two groups can still end on one canonical URL (chains of declarations): keep one."""
    by_id: dict[str, Article] = {}
    for article in articles:
        current = by_id.get(article.article_id)
        if current is None or (-len(article.text), article.url) < (-len(current.text), current.url):
            by_id[article.article_id] = article
    return list(by_id.values())


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


def _embedded_posts(pages: list[ParsedPage]) -> list[Post]:
    """Embedded posts as ``Post(origin="embed")``; a post embedded twice keeps its first article."""
    posts: dict[str, Post] = {}
    for page in sorted(pages, key=lambda p: ids.article_id(p.canonical_url)):
        article = ids.article_id(page.canonical_url)
        for embed in page.embeds:
            post = _embed_to_post(embed, article)
            posts.setdefault(post.post_id, post)
    return list(posts.values())


def embed_post_id(embed: EmbeddedPost) -> str:
    """``<platform>:<native id>``, or ``<platform>:<hash of the URL or text>`` when unknown."""
    if embed.native_id:
        return f"{embed.platform}:{embed.native_id}"
    return f"{embed.platform}:{ids.short_hash(embed.url or embed.text)}"


def _embed_to_post(embed: EmbeddedPost, article_id: str) -> Post:
    return Post(
        post_id=embed_post_id(embed),
        platform=embed.platform,
        url=embed.url,
        author=embed.author,
        created_at=embed.created_at,
        text=embed.text,
        reply_to_url=None,
        article_id=article_id,
        origin="embed",
    )


def _flags(pages: list[ParsedPage]) -> list[Failure]:
    notes = {"date_future": "a publication date in the future was dropped; published_at is NULL",
             "date_epoch": "a publication date at or before 1970 was dropped; published_at is NULL",
             "broken_html": "its HTML was malformed (mismatched tags or extreme nesting) and was repaired; check the text"}
    flags = []
    for page in pages:
        for flag in sorted(set(page.flags)):
            if flag in notes:
                flags.append(Failure(url=page.url, stage="extract", status=flag,
                                     error=f"Kept the article, but {notes[flag]}.",
                                     at=page.fetched_at or ""))
    return flags
