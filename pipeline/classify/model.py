"""The reaction-tone model: a scikit-learn pipeline, its text normalisation, and its skops file.

Reads and writes one file, ``reaction_clf.skops``: a skops dump of a plain dict holding the
fitted pipeline (and, optionally, the news-mode companion, ``build_news_pipeline``), the class
order and training metadata (library versions, params). skops only, never pickle: loading audits every type in the file against
``TRUSTED_TYPES`` and refuses anything else with ModelError. The bytes are made deterministic
(skops names arrays by ``id()`` and stamps zip entries with the clock; we renumber and zero them).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import skops
import skops.io as sio
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import InconsistentVersionWarning
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from skops.io.exceptions import UntrustedTypesFoundException

from pipeline.errors import ModelError

log = logging.getLogger(__name__)

MODEL_FILE = "reaction_clf.skops"
FORMAT = "newsreact-reaction-clf/2"
MAX_CHARS_DEFAULT = 2000
GENERAL_COLUMN = 0
DOMAIN_COLUMN = 1

# Every type a genuine model file may contain: the explicit allow-list, given to skops as
# ``trusted``. A file naming any other type anywhere in its schema (a function, os.system,
# another estimator) is refused by skops' audit before a single object is built.
TRUSTED_TYPES: list[str] = [
    "builtins.NoneType",
    "builtins.slice",
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.tuple",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    # Format 1 files (vocabulary TF-IDF): trusted so that loading one ends in the "retrain"
    # format message, not in a "tampered with" one.
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.naive_bayes.ComplementNB",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.pipeline.Pipeline",
]

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w+(?:@[\w.-]+)?")
_SPACE = re.compile(r"\s+")
_PLACEHOLDERS = re.compile(r"\b(?:xurlx|xuserx)\b")
# Words that often mark relief. With ``train.relief_cues`` (stored in the model file's metadata
# as ``relief_cues``) a text holding any of them gets one extra token, RELIEF_CUE_TOKEN, so the
# model can learn one weight shared by all of them besides each word's own n-grams (chosen by
# cross-validation on the training rows: see models/README.md, "Fourth pass").
RELIEF_CUES = re.compile(
    r"\b(phew|whew|finally|at last|thank (?:god|goodness|heavens)|glad|relieved|relief|no longer"
    r"|crisis averted|safe and sound|breathe again)\b",
    re.IGNORECASE,
)
RELIEF_CUE_TOKEN = "xreliefcuex"


def normalize_text(text: str | None, max_chars: int = MAX_CHARS_DEFAULT) -> str:
    """The text the model sees: URLs and @handles replaced by tokens, spaces squeezed, cut long.

    Applied identically at training and prediction, outside the sklearn pipeline, so the model
    file holds no custom code. Never raises: None and non-strings become "".
    """
    if not isinstance(text, str):
        return ""
    text = text[: max_chars * 4]
    text = _URL.sub(" xurlx ", text)
    text = _HANDLE.sub(" xuserx ", text)
    text = _SPACE.sub(" ", text).strip()
    return text[:max_chars]


def has_content(normalized: str) -> bool:
    """Whether a normalised text holds anything but URL/handle placeholders and spaces."""
    return bool(_PLACEHOLDERS.sub("", normalized).strip())


def build_pipeline(train_params: dict[str, Any]) -> Pipeline:
    """The untrained pipeline: general and in-domain TF-IDF features, then logistic regression.

    Input is a 2-column array (see ``model_input``): column 0 the text, column 1 the text again
    for an in-domain (newsreact) row or "" for a GoEmotions row. Word and ``char_wb`` n-grams of
    column 0 are shared by both corpora; word and ``char`` n-grams of column 1 only fire on our
    rows, so the model can learn where news reactions differ from Reddit comments without
    GoEmotions' 43k rows drowning our labels ("frustratingly easy" domain adaptation, Daumé 2007).
    Class balance comes from per-domain sample weights given at fit time (see ``train``).

    Each block hashes its n-grams into ``2**bits`` columns (``HashingVectorizer``) and weighs
    them by TF-IDF (``TfidfTransformer``, sublinear tf): no vocabulary is stored, so the model
    file holds a few arrays instead of ~200,000 vocabulary entries that skops audits one by one
    at every load. An n-gram seen only once shares its column with others (no ``min_df``).
    """
    word_max = int(train_params.get("word_ngram_max", 2))
    char_max = int(train_params.get("char_ngram_max", 5))
    bits = train_params.get("hash_bits") or {}

    def block(name: str, default_bits: int, **options: Any) -> Pipeline:
        n_features = 2 ** int(bits.get(name, default_bits))
        hashing = HashingVectorizer(n_features=n_features, alternate_sign=False, norm=None, dtype=np.float64, **options)
        return Pipeline([("hash", hashing), ("tfidf", TfidfTransformer(sublinear_tf=True))])

    features = ColumnTransformer(
        [
            ("word", block("word", 17, ngram_range=(1, word_max)), GENERAL_COLUMN),
            ("char", block("char", 18, analyzer="char_wb", ngram_range=(2, char_max)), GENERAL_COLUMN),
            ("own_word", block("own_word", 16, ngram_range=(1, word_max)), DOMAIN_COLUMN),
            ("own_char", block("own_char", 17, analyzer="char", ngram_range=(2, char_max)), DOMAIN_COLUMN),
        ],
        sparse_threshold=1.0,
    )
    clf = LogisticRegression(
        C=float(train_params.get("C", 1.0)),
        max_iter=int(train_params.get("max_iter", 3000)),
        random_state=int(train_params.get("seed", 13)),
    )
    return Pipeline([("features", features), ("clf", clf)])


def build_news_pipeline(train_params: dict[str, Any]) -> Pipeline | None:
    """The news-mode companion model, fitted on our labelled reactions only; None when off.

    News-mode scores are ``(1 - w)`` times the main pipeline's plus ``w`` times this model's
    (``w`` = ``train.news_blend``; see ``blend_news``). GoEmotions mode never reads it, so the
    GoEmotions figures are those of the main pipeline alone. Features: TF-IDF (sublinear tf)
    of hashed word 1-2-grams and ``char_wb`` 2-5-grams of column 0, then
    ``train.news_model.kind``: ``complement_nb`` (Complement Naive Bayes, Rennie et al.
    2003, smoothing ``alpha``) or ``logistic`` (logistic regression, ``C``).
    """
    if float(train_params.get("news_blend", 0) or 0) <= 0:
        return None
    options = dict(train_params.get("news_model") or {})
    kind = str(options.get("kind", "complement_nb"))
    bits = int(options.get("hash_bits", 18))

    def block(**hashing_options: Any) -> Pipeline:
        hashing = HashingVectorizer(n_features=2**bits, alternate_sign=False, norm=None, dtype=np.float64, **hashing_options)
        return Pipeline([("hash", hashing), ("tfidf", TfidfTransformer(sublinear_tf=True))])

    features = ColumnTransformer(
        [
            ("word", block(ngram_range=(1, 2)), GENERAL_COLUMN),
            ("char", block(analyzer="char_wb", ngram_range=(2, 5)), GENERAL_COLUMN),
        ],
        sparse_threshold=1.0,
    )
    if kind == "complement_nb":
        clf: Any = ComplementNB(alpha=float(options.get("alpha", 0.1)))
    elif kind == "logistic":
        clf = LogisticRegression(
            C=float(options.get("C", 30.0)),
            max_iter=int(train_params.get("max_iter", 3000)),
            random_state=int(train_params.get("seed", 13)),
        )
    else:
        raise ValueError(f"train.news_model.kind {kind!r}: expected complement_nb or logistic")
    return Pipeline([("features", features), ("clf", clf)])


def blend_news(main: np.ndarray, news: np.ndarray, weight: float) -> np.ndarray:
    """News-mode probabilities: ``(1 - weight) * main + weight * news`` (same class order)."""
    return (1.0 - weight) * main + weight * news


def model_input(texts: list[str], in_domain: bool, relief_cues: bool = False) -> np.ndarray:
    """The 2-column input ``build_pipeline`` expects, from normalised texts.

    ``in_domain`` True for news reactions (what newsreact classifies), False to score a text as
    a GoEmotions (Reddit) comment, which is how the GoEmotions dev figures are measured.
    ``relief_cues``: append RELIEF_CUE_TOKEN to texts with a relief cue word (``mark_relief_cues``);
    must be what the model was trained with (its metadata's ``relief_cues``).
    """
    if relief_cues:
        texts = [mark_relief_cues(t) for t in texts]
    data = np.empty((len(texts), 2), dtype=object)
    data[:, GENERAL_COLUMN] = list(texts)
    data[:, DOMAIN_COLUMN] = list(texts) if in_domain else [""] * len(texts)
    return data


def mark_relief_cues(text: str) -> str:
    """``text`` plus `` xreliefcuex`` when it holds a relief cue word (RELIEF_CUES), else unchanged."""
    return f"{text} {RELIEF_CUE_TOKEN}" if RELIEF_CUES.search(text) else text


def bundle(pipeline: Pipeline, meta: dict[str, Any], news_pipeline: Pipeline | None = None) -> dict[str, Any]:
    """The dict we save: fitted pipeline(s), class order, metadata (JSON text).

    ``news_pipeline`` (optional, see ``build_news_pipeline``) must have the same classes;
    its weight is ``meta["news_blend"]``.
    """
    for fitted in (pipeline, news_pipeline):
        if fitted is None:
            continue
        if list(fitted.classes_) != list(pipeline.classes_):
            raise ValueError("the news-mode model and the main model have different classes")
        for _, block, _ in fitted.named_steps["features"].transformers_:
            for _, step in getattr(block, "steps", [(None, block)]):
                # A memory address sklearn caches to skip a stop-word check; it would make equal
                # models differ byte for byte, and the check it skips is harmless to redo.
                if hasattr(step, "_stop_words_id"):
                    del step._stop_words_id
    return {
        "format": FORMAT,
        "pipeline": pipeline,
        "news_pipeline": news_pipeline,
        "classes": [str(c) for c in pipeline.classes_],
        "meta_json": json.dumps(
            {**meta, "sklearn_version": sklearn.__version__, "skops_version": skops.__version__}, sort_keys=True
        ),
    }


def save_bundle(data: dict[str, Any], path: Path) -> str:
    """Write ``data`` to ``path`` with skops, deterministically; returns the model version."""
    raw = sio.dumps(data)
    stable = _stable_zip(raw)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(stable)
    tmp.replace(path)
    return model_version(stable)


def model_version(content: bytes) -> str:
    """``reaction_clf-<first 12 hex of the file's sha256>``."""
    return "reaction_clf-" + hashlib.sha256(content).hexdigest()[:12]


def load_bundle(path: Path) -> tuple[dict[str, Any], str]:
    """Load and audit a model file; returns (bundle, model_version). Raises ModelError."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the model file ({exc.strerror}); run `newsreact train`") from None
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise ModelError(f"{path}: not a skops model file (refusing to load it; pickles are never loaded); run `newsreact train`")
    # Our allow-list first (narrower than skops', which trusts every sklearn estimator), read
    # in the JSON parse itself; then one skops pass that audits against the same list and
    # builds. Each pass over a large schema costs time: no third one.
    try:
        named = schema_types(content)
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{path}: unreadable skops model file ({type(exc).__name__}: {exc}); run `newsreact train`") from None
    refused = sorted(named - set(TRUSTED_TYPES))
    if refused:
        raise _refused(path, ", ".join(refused))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InconsistentVersionWarning)
        try:
            data = sio.loads(content, trusted=TRUSTED_TYPES)
        except UntrustedTypesFoundException as exc:
            raise _refused(path, str(exc)) from None
        except Exception as exc:  # skops/sklearn raise many types for bad or foreign files
            raise ModelError(
                f"{path}: cannot load the model ({type(exc).__name__}: {exc}); it may come from another "
                f"scikit-learn/skops version (here {sklearn.__version__}/{skops.__version__}). Run `newsreact train`"
            ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{path}: not a newsreact reaction model (format {FORMAT} expected); run `newsreact train`")
    meta = json.loads(data.get("meta_json") or "{}")
    _check_versions(path, meta, [w for w in caught if issubclass(w.category, InconsistentVersionWarning)])
    return data, model_version(content)


def _refused(path: Path, types: str) -> ModelError:
    return ModelError(
        f"{path}: refusing a model file that contains untrusted type(s) {types}; "
        "it may have been tampered with. Retrain with `newsreact train`"
    )


def schema_types(content: bytes) -> set[str]:
    """Every ``module.class`` named by a node of a skops file's schema."""
    found: set[str] = set()

    def note(node: dict[str, Any]) -> dict[str, Any]:  # called by the parser for every object
        if "__class__" in node:
            found.add(f"{node.get('__module__')}.{node['__class__']}")
        return node

    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        json.loads(zf.read("schema.json"), object_hook=note)
    return found


def bundle_meta(data: dict[str, Any]) -> dict[str, Any]:
    """The training metadata stored in a bundle."""
    return json.loads(data.get("meta_json") or "{}")


def _check_versions(path: Path, meta: dict[str, Any], version_warnings: list[Any]) -> None:
    """Refuse a model from another scikit-learn minor version; warn on a patch difference.

    The version comes from our metadata and from sklearn's own per-estimator stamp (which
    sklearn reports as InconsistentVersionWarning while loading).
    """
    saved = {str(meta.get("sklearn_version", "unknown"))}
    saved.update(str(getattr(w.message, "original_sklearn_version", "unknown")) for w in version_warnings)
    saved.discard(sklearn.__version__)
    if not saved:
        return
    other = sorted(saved)[0]
    advice = (
        f"{path} was trained with scikit-learn {other}, this is {sklearn.__version__}: "
        f"retrain it with `newsreact train`, or install scikit-learn=={other}"
    )
    if any(v.split(".")[:2] != sklearn.__version__.split(".")[:2] for v in saved):
        raise ModelError(advice)
    log.warning(advice)


def _stable_zip(raw: bytes) -> bytes:
    """Rewrite a skops zip so identical models give identical bytes.

    skops keys arrays by ``id(obj)`` (memory addresses) and zip entries carry the current time.
    Ids are renumbered in order of first appearance in the schema; entry times are fixed.
    """
    src = zipfile.ZipFile(io.BytesIO(raw))
    schema = json.loads(src.read("schema.json"))
    mapping: dict[int, int] = {}

    def renumber(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "__id__" and isinstance(value, int):
                    out[key] = mapping.setdefault(value, len(mapping) + 1)
                elif key == "file" and isinstance(value, str) and "." in value:
                    stem, ext = value.split(".", 1)
                    out[key] = f"{mapping.setdefault(int(stem), len(mapping) + 1)}.{ext}" if stem.isdigit() else value
                else:
                    out[key] = renumber(value)
            return out
        if isinstance(node, list):
            return [renumber(v) for v in node]
        return node

    new_schema = renumber(schema)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        names = [n for n in src.namelist() if n != "schema.json"]
        for name in names:  # skops writes entries in traversal order, which is deterministic
            info = zipfile.ZipInfo(_renamed(name, mapping), date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
        info = zipfile.ZipInfo("schema.json", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(info, json.dumps(new_schema, indent=2))
    return buf.getvalue()


def _renamed(name: str, mapping: dict[int, int]) -> str:
    stem, _, ext = name.partition(".")
    if stem.isdigit() and int(stem) in mapping:
        return f"{mapping[int(stem)]}.{ext}"
    return name
