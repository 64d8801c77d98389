"""A cheap language guess for article text, and language codes normalised (``en-GB`` -> ``en``).

Reads and writes nothing. Used by ``pipeline.extract.metadata`` when a page declares no
language, and for plain-text articles.
"""

from __future__ import annotations

import re

_STOPWORDS = {
    "en": frozenset(("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she", "said", "by", "at", "from", "his", "her", "are", "be", "has", "have", "this", "were")),
    "de": frozenset(("der", "die", "das", "und", "ist", "nicht", "sich", "mit", "den", "dem", "ein", "eine", "auch", "auf", "für", "von", "zu", "im", "sie", "es", "wurde", "sagte")),
    "fr": frozenset(("le", "la", "les", "et", "est", "une", "des", "du", "dans", "que", "qui", "pour", "pas", "sur", "au", "avec", "il", "elle", "ce", "sont", "a", "été")),
    "es": frozenset(("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "fue")),
    "it": frozenset(("il", "di", "che", "la", "e", "per", "una", "sono", "non", "del", "della", "con", "è", "gli", "alla", "anche", "le", "da", "ha")),
    "nl": frozenset(("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "er", "maar", "ook", "werd", "heeft")),
    "pt": frozenset(("o", "a", "os", "as", "de", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "se", "por", "mais", "foi", "ao")),
}
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str | None) -> str | None:
    """A cheap guess at the language of ``text`` (ISO 639-1), or None when unsure.

    Non-Latin scripts decide by character share; Latin-script text by the share of each
    language's most common function words (needs at least 20 words and a clear winner).
    """
    if not text:
        return None
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > 0.3 * len(letters):
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 20:
        return None
    counts = {code: sum(1 for w in words if w in stops) for code, stops in _STOPWORDS.items()}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 0.08 * len(words) or top < 1.3 * second:
        return None
    return best


def normalise_language(value: str | None) -> str | None:
    """``en-GB``, ``en_US``, ``EN`` -> ``en``; None for empty or malformed values."""
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None
