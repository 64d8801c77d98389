"""Bylines to people's names: who wrote an article, without roles, dates or organisations.

Reads candidate author strings (from JSON-LD, meta tags, trafilatura's byline); writes nothing.
"""

from __future__ import annotations

import re

_NOT_PEOPLE = {
    "staff", "staff writer", "staff reporter", "editor", "editors", "editorial", "editorial staff",
    "newsroom", "news desk", "desk", "team", "admin", "administrator", "web desk", "online desk",
    "reporter", "correspondent", "contributor", "guest", "guest author", "anonymous", "unknown",
    "redaktion", "the editors", "news staff", "wire", "wires", "agencies", "agency", "by",
    "no author", "author", "unknown author", "n/a", "none",
}
_BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|di|door)\s*[:]?\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:;|\||,| and | & | und | et )\s*")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATEISH = re.compile(
    rf"\d{{1,4}}[./-]\d{{1,2}}|\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}:\d{{2}}\b|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(r"(?:phd|ph\.d\.?|md|m\.d\.|msc|mba|rd|rn|dr|prof|esq|cpa|lcsw)\.?", re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\b(?:news|editorial|magazine|kitchens?|gmbh|inc|ltd|llc|plc|press|media|team|staff|desk|"
    r"network|agency|online|digital|publishing|newspaper|times|post|journal|daily|weekly)\b",
    re.IGNORECASE,
)
_ROLE_SUFFIX = re.compile(r"\s*(?:\(|,\s*)?\b(?:staff writer|reporter|correspondent|editor|contributor)\b.*$", re.IGNORECASE)


def clean_authors(sources: list[list[str]], not_names: list[str | None] | None = None) -> list[str]:
    """People's names from the first source that yields any.

    Each raw value is split on ``;``, ``|``, commas and "and"/"&"; a "By " prefix, a trailing
    role ("staff writer", "PhillyVoice Staff") and e-mail addresses are removed; values that
    are a date, a URL, a handle, a role word ("Staff", "Newsroom"), a credential ("PhD"), an
    organisation ("CBS News", "Betty Crocker Kitchens", the outlet itself: ``not_names``) or
    longer than five words are not names.
    """
    excluded = {_squashed(n) for n in (not_names or []) if n}
    excluded |= {_squashed(n.removeprefix("www.").split(".")[0]) for n in (not_names or []) if n and "." in n}
    for raw_values in sources:
        names: list[str] = []
        for raw in raw_values:
            if _DATEISH.search(raw or "") and len(_SPLIT.split(raw)) <= 2 and not _clean_name(raw.split(",")[0], excluded):
                continue  # "November 3, 2017": a date, not two names
            for part in _SPLIT.split(raw or ""):
                name = _clean_name(part, excluded)
                if name and name not in names:
                    names.append(name)
        if names:
            return names
    return []


def _squashed(value: str) -> str:
    return re.sub(r"[^\w]", "", value.casefold()).removeprefix("the")


def _clean_name(part: str, excluded: set[str]) -> str | None:
    name = " ".join(part.split()).strip(" :-–—·")
    name = _BYLINE_PREFIX.sub("", name)
    name = re.sub(r"\S+@\S+", "", name).strip()
    name = _ROLE_SUFFIX.sub("", name).strip(" ,:-()")
    words = name.split()
    if len(words) >= 3 and words[-1].lower() == "staff":
        name = " ".join(words[:-2])  # "Adam Aaronson PhillyVoice Staff"
    if not name or name.lower() in _NOT_PEOPLE or name.lower().startswith("by "):
        return None
    if _DATEISH.search(name) or name.startswith(("http", "@", "www.")) or "/" in name:
        return None
    if _CREDENTIAL.fullmatch(name) or _ORG_WORDS.search(name) or _squashed(name) in excluded:
        return None
    words = name.split()
    if len(words) > 5 or not any(ch.isalpha() for ch in name):
        return None
    if len(words) == 1 and name.islower():
        return None  # "admin", "jdoe": a login, not a byline
    return name
