"""Running spaCy and our rules over many documents, on one core or on several.

``analyse_doc`` turns one parsed ``Doc`` into what the extract stage keeps: entity names,
direct quotes and indirect quotes. ``Analyser`` runs the model and ``analyse_doc`` together.

With ``extract.n_process`` above 1 (``auto``: one per usable core for 200 texts or more) the
work goes to worker processes that send back only those small results. Compared with
``nlp.pipe(n_process=...)``, which sends every ``Doc`` back with its tensors (about 350 KB an
article) for the parent to rebuild and analyse alone:
- nothing large crosses a process boundary;
- the quote and speaker rules run on every core, not only in the parent;
- the parent is free while the workers run, so the extract stage builds the articles (HTML to
  text) while the workers already parse the posts.
A text submitted again (a repost, the same one-word reply under many posts, a syndicated
article) is parsed once: its copies get the first one's analysis under their own ids.
Each worker keeps its linear algebra library to one thread: the processes are the parallelism,
and a second BLAS thread per process only competes with them for the same cores
(benchmarks/README.md has the figures).

Where ``fork`` exists (Linux), workers inherit the parent's loaded model (shared memory pages,
no second load); elsewhere each worker loads it once. A worker that dies (killed, out of
memory) fails the stage with a clear ``PipelineError``; nothing is written.
"""

from __future__ import annotations

import gc
import multiprocessing
import re
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.errors import PipelineError
from pipeline.extract.components import DESCRIBED_ORGS, KIN_NOUNS, PLACED_NAMES, RULER_KB, firm_readings, stands_alone
from pipeline.extract.context_speakers import find_quotes
from pipeline.extract.cues import first_name_gender, generation_of, mention_gender, seniority_before, stated_age, title_at
from pipeline.extract.declared_names import couple_surnames, declared_names, kin_surnames
from pipeline.extract.entities import ENTITY_LABELS, NAME_PARTICLES, OPENING_CANDIDATE, RANK_TITLES, FoundName, name_key
from pipeline.extract.nlp import (
    ENTITIES_ONLY_DISABLE,
    extract_params,
    load_nlp,
    resolve_n_process,
)
from pipeline.extract.speakers import Attribution

# Texts per task sent to a worker: small enough that two workers finish together, large enough
# that sending a task costs nothing next to parsing it. A posts task is one nlp.pipe batch.
ARTICLES_PER_TASK = 8


@dataclass
class DocAnalysis:
    """What one parsed document yields before corpus-level entity resolution."""

    names: list[FoundName]
    direct: list[Attribution]
    indirect: list[Attribution]
    # one-word proper nouns the model tagged nothing, which the corpus may show to be an
    # organisation's short name or initials (``EntityResolver`` decides; ``short_name_candidates``)
    candidates: list[FoundName] = field(default_factory=list)


def _gender(ent: Any, couple: bool) -> str | None:
    """A PERSON mention's sex (``mention_gender``); a couple's first name ("Rosa" of "Rosa and
    Tobias Fenn") by the first name itself, as a full name's is."""
    if ent.label_ != "PERSON":
        return None
    return mention_gender(ent) or (first_name_gender(ent.text) if couple else None)


def _rank_title(ent: Any) -> str | None:
    """The title of rank (``RANK_TITLES``) opening a PERSON mention or right before it ("Dr Ivo
    Fawley", "Dr Fawley": "Dr"), else None."""
    return title_at(ent, RANK_TITLES) if ent.label_ == "PERSON" else None


WOMENS_TITLES = {"Mrs": "Mrs", "Ms": "Ms", "Miss": "Miss", "Mme": "Madame", "Madame": "Madame", "Mlle": "Mademoiselle",
                 "Mademoiselle": "Mademoiselle"}


def _courtesy(ent: Any) -> str | None:
    """A woman's courtesy title opening a PERSON mention or right before it, "Mme" read "Madame"."""
    title = title_at(ent, WOMENS_TITLES) if ent.label_ == "PERSON" else None
    return WOMENS_TITLES[title] if title is not None else None


def _the_subject(ent: Any) -> str | None:
    """"subject" for a name that is its clause's subject ("Nevena Cruttwell has run the chain",
    "The third sibling, Yordanka Cruttwell, launched …"); "relative" for a relative set beside a
    subject by whose relative they are ("His son, Marijn Quennock, led …"), not in a relative
    clause; else None."""
    root = ent.root
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return "subject"
    head = root.head
    if root.dep_ != "appos" or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if not (head.lower_ in KIN_NOUNS and any(c.dep_ == "poss" for c in head.children)):
        return "subject"
    # "Loredana Pell, whose late father, Fulvio Pell, opened …": a relative in a clause on someone else
    return "relative" if head.head.dep_ != "relcl" else None


def analyse_doc(doc: Doc, doc_id: str, quotes: bool = True) -> DocAnalysis:
    """Entity spans, direct quotes and indirect quotes of one parsed document."""
    sentences = doc.has_annotation("SENT_START")  # once: it reads every token
    owners = {(name.start, name.end): (owner.start_char, owner.end_char) for name, owner in declared_names(doc)}
    couples = kin_surnames(doc) | couple_surnames(doc)
    firms = firm_readings(doc)
    described = set(doc.user_data.get(DESCRIBED_ORGS, ()))
    placed = set(doc.user_data.get(PLACED_NAMES, ()))
    names = [
        FoundName(doc_id, ent.text, ent.label_, ent.start_char, ent.end_char, ent.kb_id_ == RULER_KB,
                  ent.sent.start if sentences else -1, _gender(ent, (ent.start, ent.end) in couples),
                  owners.get((ent.start, ent.end)), couples.get((ent.start, ent.end)),
                  (ent.start, ent.end) in firms, _rank_title(ent),
                  _the_subject(ent) if ent.label_ == "PERSON" else None, stated_age(doc, ent.end) if ent.label_ == "PERSON" else None,
                  seniority_before(doc, ent.start) if ent.label_ == "PERSON" else None,
                  generation_of(ent) if ent.label_ == "PERSON" else None,
                  described=len(ent) == 1 and name_key(ent.text) in described,
                  placed=len(ent) == 1 and name_key(ent.text) in placed, courtesy=_courtesy(ent))
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS
    ]
    candidates = short_name_candidates(doc, doc_id, sentences)
    if not quotes:
        return DocAnalysis(names, [], [], candidates)
    direct, indirect = find_quotes(doc)
    return DocAnalysis(names, direct, indirect, candidates)


SHORT_NAME_MIN_LETTERS = 3


# a surname with an apostrophe after its prefix ("O'Dowd", "D’Arcy"), which is no alphabetic token
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['\u2019][A-Z][a-z]+")


def short_name_candidates(doc: Doc, doc_id: str, sentences: bool = True) -> list[FoundName]:
    """One-word proper nouns the entity model tagged nothing ("Lintwhite, which is based in …",
    "The PPWU said"), as candidates the corpus may name in full in another article
    ("Lintwhite Media", "the Podcast Producers and Writers Union"): capitalised, or three to six
    capitals; not part of a longer capitalised name, not after a preposition of place ("in
    Lintwhite"), not modifying a noun after it ("a Lintwhite scrap dealer", a town's)."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for tok in doc:
        # a capitalised word opening a sentence the tagger may read as a common noun ("Dunmore,
        # the chief executive, said"): the corpus's names decide, as for a proper noun
        noun_opening = tok.pos_ == "NOUN" and tok.is_title and tok.is_sent_start
        if tok.i in taken or not (tok.is_alpha or _APOSTROPHE_NAME.fullmatch(tok.text)):
            continue
        if (tok.pos_ != "PROPN" and not noun_opening) or len(tok) < SHORT_NAME_MIN_LETTERS:
            continue
        if not (tok.is_title or (tok.is_upper and len(tok) <= 6)):
            continue
        if not stands_alone(doc, tok):
            continue  # part of a longer name, a place ("in Lintwhite"), an adjective ("a Lintwhite scrap dealer")
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            continue  # "Port Lintwhite": the end of a longer name
        if prev is not None and prev.text == "(" and tok.is_upper:
            continue  # "… Authority (CRSA)": defined beside the name it stands for, which the document's own rules read
        if prev is not None and prev.lower_ in NAME_PARTICLES:
            continue  # "Joosje ter Wellock": the end of a name cut at its particle
        out.append(FoundName(doc_id, tok.text, OPENING_CANDIDATE if tok.pos_ == "NOUN" else "CANDIDATE", tok.idx, tok.idx + len(tok.text),
                             sentence=tok.sent.start if sentences else -1))
    return out


def _analyse(nlp: Language, ids: Sequence[str], texts: Sequence[str], quotes: bool, batch_size: int) -> list[DocAnalysis]:
    """Parse ``texts`` (the whole pipeline for quotes; entities only otherwise) and analyse them."""
    disable = [] if quotes else [name for name in ENTITIES_ONLY_DISABLE if name in nlp.pipe_names]
    docs = nlp.pipe(texts, batch_size=batch_size, disable=disable)
    return [analyse_doc(doc, doc_id, quotes=quotes) for doc_id, doc in zip(ids, docs)]


def _as_document(analysis: DocAnalysis, doc_id: str) -> DocAnalysis:
    """``analysis`` (of a text with the same words) as the analysis of document ``doc_id``."""
    if all(name.doc_id == doc_id for name in analysis.names + analysis.candidates):
        return analysis
    return DocAnalysis([replace(name, doc_id=doc_id) for name in analysis.names], analysis.direct, analysis.indirect,
                       [replace(name, doc_id=doc_id) for name in analysis.candidates])


def one_blas_thread() -> Any:
    """Limit BLAS libraries (OpenBLAS, MKL) to one thread in this process; returns the limiter."""
    from threadpoolctl import threadpool_limits  # installed with scikit-learn

    return threadpool_limits(limits=1, user_api="blas")


# The model a worker process uses: set in the parent just before the workers fork (inherited),
# or loaded by ``_start_worker`` where processes are spawned.
_WORKER_NLP: Language | None = None


def _start_worker(params: dict[str, Any]) -> None:
    global _WORKER_NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    one_blas_thread()
    if _WORKER_NLP is None:
        _WORKER_NLP = load_nlp(params)
        gc.freeze()  # spawned: the freshly loaded model (forked workers inherit the parent's freeze)


def _worker_task(ids: list[str], texts: list[str], quotes: bool, batch_size: int) -> list[DocAnalysis]:
    assert _WORKER_NLP is not None, "worker started without a model"
    return _analyse(_WORKER_NLP, ids, texts, quotes, batch_size)


class Analyser:
    """Parses and analyses documents submitted in any order; ``results`` yields every one.

    Use as a context manager: leaving it stops the workers. ``n_texts`` (the expected total)
    decides ``n_process: auto``.
    """

    def __init__(self, nlp: Language, params: dict[str, Any], n_texts: int) -> None:
        conf = extract_params(params)
        self.nlp = nlp
        self.params = params
        self.batch_size = int(conf.get("batch_size") or 32)
        self.posts_batch_size = int(conf.get("posts_batch_size") or self.batch_size)
        self.n_process = resolve_n_process(conf.get("n_process", "auto"), n_texts)
        self._pool: ProcessPoolExecutor | None = None
        # Per task: the (doc_id, text) pairs it answers for, those of them to parse (first sightings
        # of a text), whether quotes are wanted, the worker's future (None: parse here), batch size.
        self._pending: deque[tuple[list[tuple[str, str]], list[tuple[str, str]], bool, Future | None, int]] = deque()
        self._seen: set[tuple[str, bool]] = set()  # (text, quotes) already submitted
        self._done: dict[tuple[str, bool], DocAnalysis] = {}  # ... and analysed, for their copies
        self._frozen = False  # gc.freeze() in effect (before the workers fork)

    def __enter__(self) -> Analyser:  # noqa: PYI034  (typing.Self needs 3.11)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        global _WORKER_NLP
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        _WORKER_NLP = None

    def submit(self, docs: Sequence[tuple[str, str]], quotes: bool) -> None:
        """Queue ``(doc_id, text)`` pairs; with workers, they start at once."""
        size = ARTICLES_PER_TASK if quotes else self.posts_batch_size
        batch_size = self.batch_size if quotes else self.posts_batch_size
        members: list[tuple[str, str]] = []
        fresh: list[tuple[str, str]] = []
        for doc_id, text in docs:
            members.append((doc_id, text))
            if (text, quotes) not in self._seen:
                self._seen.add((text, quotes))
                fresh.append((doc_id, text))
                if len(fresh) == size:
                    self._queue(members, fresh, quotes, batch_size)
                    members, fresh = [], []
        if members:
            self._queue(members, fresh, quotes, batch_size)

    def _queue(self, members: list[tuple[str, str]], fresh: list[tuple[str, str]], quotes: bool, batch_size: int) -> None:
        """One task: ``fresh`` to parse; ``members`` all the documents it answers for, in order."""
        future = None
        if self.n_process > 1 and fresh:
            ids, texts = [doc_id for doc_id, _ in fresh], [text for _, text in fresh]
            future = self._workers().submit(_worker_task, ids, texts, quotes, batch_size)
        self._pending.append((members, fresh, quotes, future, batch_size))

    def results(self) -> Iterator[tuple[str, DocAnalysis]]:
        """``(doc_id, analysis)`` for everything submitted, in submission order."""
        limiter = one_blas_thread() if self.n_process == 1 else None
        try:
            while self._pending:
                members, fresh, quotes, future, batch_size = self._pending.popleft()
                if not fresh:
                    found = []
                elif future is None:
                    ids, texts = [doc_id for doc_id, _ in fresh], [text for _, text in fresh]
                    found = _analyse(self.nlp, ids, texts, quotes, batch_size)
                else:
                    try:
                        found = future.result()
                    except BrokenProcessPool as exc:
                        raise PipelineError(
                            "extract: a spaCy worker process died (out of memory? killed?); "
                            "nothing was written. Rerun, or set extract.n_process: 1 in params.yaml"
                        ) from exc
                for (_, text), analysis in zip(fresh, found):
                    self._done[(text, quotes)] = analysis
                for doc_id, text in members:
                    yield doc_id, _as_document(self._done[(text, quotes)], doc_id)
        finally:
            if limiter is not None:
                limiter.restore_original_limits()

    def _workers(self) -> ProcessPoolExecutor:
        global _WORKER_NLP
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            if context.get_start_method() == "fork":
                _WORKER_NLP = self.nlp  # inherited by the forked workers: no second load
                # The objects alive now (the model's ~98,000 tracked ones) stay out of the cyclic
                # collector's full passes in the workers (0.13 s a pass) and out of the pages
                # such a pass would make them copy; undone in this process by close().
                gc.freeze()
                self._frozen = True
            self._pool = ProcessPoolExecutor(
                max_workers=self.n_process, mp_context=context, initializer=_start_worker, initargs=(self.params,)
            )
        return self._pool
