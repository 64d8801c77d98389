"""Small constructors the demo-corpus authoring files use (articles, quotes, embeds, headings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class H2:
    """A subheading inside an article body (part of the body text)."""

    text: str


@dataclass(frozen=True)
class Embed:
    """An embedded social post, by key into embeds.EMBEDS (not part of the body text)."""

    platform: str
    key: str


def Q(  # noqa: N802 (reads like a record literal in the authoring files)
    text: str | list[str],
    speaker: str | None,
    speaker_text: str,
    speaker_kind: str,
    cue: str,
    *,
    label: str | None = None,
    secondary: str | None = None,
    indirect: bool = False,
    on_behalf_of: str | None = None,
) -> dict[str, Any]:
    """One gold quote. A list ``text`` is a quote split around its cue (``parts``)."""
    entry: dict[str, Any] = {}
    if isinstance(text, list):
        entry["parts"] = text
    else:
        entry["text"] = text
        if "\n" in text:
            entry["spans_paragraphs"] = True
    entry.update(
        kind="indirect" if indirect else "direct",
        speaker=speaker,
        speaker_text=speaker_text,
        speaker_kind=speaker_kind,
        cue=cue,
        is_public_reaction=label is not None,
    )
    if label is not None:
        entry["label"] = label
    if secondary is not None:
        entry["secondary_label"] = secondary
    if on_behalf_of is not None:
        entry["on_behalf_of"] = on_behalf_of
    return entry


def article(**fields: Any) -> dict[str, Any]:
    """One article's source: path, outlet, title, authors, published_at, kind, body, quotes, ..."""
    fields.setdefault("standfirst", None)
    fields.setdefault("feed_query", "")
    fields.setdefault("related", [])
    fields.setdefault("near_duplicate_of", None)
    fields.setdefault("extra_body_html", "")
    return fields
