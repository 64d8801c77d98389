"""The rows that pass between stages. store/schema.sql mirrors these; a test checks it does.

Every hand-off file is gzipped JSON Lines of one record type (see ``pipeline.io``), with the
field names below. Timestamps are ISO 8601 strings in UTC (``2017-11-02T23:45:00+00:00``) or
None; offsets are character offsets into ``Article.text`` / ``Post.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any

LABELS: tuple[str, ...] = ("joke", "relief", "criticism", "other")
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "anonymous_public", "unnamed_source", "unknown")
REACTION_ORIGINS: tuple[str, ...] = ("post", "quote", "embed")
PLATFORMS: tuple[str, ...] = ("mastodon", "bluesky", "reddit", "hackernews", "twitter")


@dataclass(frozen=True)
class RawPage:
    """One HTTP(S) or file response kept as fetched, so extraction can rerun without a crawl.

    data/raw/pages.jsonl.gz. ``body_b64`` is the undecoded body (base64) so charset detection
    happens at extract; ``source`` says how the URL was found (article, feed, sitemap).
    ``listed_title`` / ``listed_published`` are what the feed or news sitemap entry said about
    the article (None for a URL given directly, and in files written before they existed).
    """

    url: str  # final URL after redirects
    requested_url: str
    status: int
    headers: dict[str, str]  # lower-cased names: content-type, last-modified, date, ...
    body_b64: str
    fetched_at: str
    source: str  # "article" | "feed" | "sitemap"
    source_url: str | None = None  # the feed or sitemap the URL came from
    listed_title: str | None = None  # news:title or the feed entry's title, plain text
    listed_published: str | None = None  # the entry's publication time, ISO 8601 UTC (or YYYY-MM-DD)


@dataclass(frozen=True)
class RawPost:
    """One social post as returned by a platform API, normalised, with the raw payload kept.

    data/raw/posts.jsonl.gz. ``links`` are the URLs the post's text or card links to (used to
    link the post to an article); ``reply_to_url`` the URL of the post it answers.
    """

    post_id: str  # "<platform>:<native id>"
    platform: str
    url: str
    author: str | None
    created_at: str | None
    text: str
    reply_to_url: str | None
    links: list[str]
    api_url: str
    fetched_at: str
    raw: dict[str, Any]
    reply_to_id: str | None = None  # post_id of the post it answers (crawl resolves reply_to_url from it)


@dataclass(frozen=True)
class Failure:
    """Something that could not be fetched or parsed, with a reason a journalist understands."""

    url: str
    stage: str
    status: str  # HTTP status as text, or a reason code: "forbidden_by_robots", "empty", "not_html", ...
    error: str
    at: str


@dataclass(frozen=True)
class Article:
    """data/interim/articles.jsonl.gz: one news article, text without boilerplate."""

    article_id: str  # ids.article_id(canonical_url)
    url: str
    canonical_url: str
    outlet: str | None
    title: str | None
    authors: list[str]
    published_at: str | None
    language: str | None
    text: str
    crawled_at: str | None
    duplicate_of: str | None = None  # article_id of the earliest near-duplicate (wire copy), else None
    published_from: str | None = None  # where published_at came from: "page", "listing", "page_text" (extract.metadata)


@dataclass(frozen=True)
class Post:
    """data/interim/posts.jsonl.gz: a crawled post (origin post) or one embedded in an article (embed)."""

    post_id: str
    platform: str
    url: str | None
    author: str | None
    created_at: str | None
    text: str
    reply_to_url: str | None
    article_id: str | None  # the article it reacts to, when that can be known
    origin: str = "post"  # "post" | "embed"


@dataclass(frozen=True)
class Entity:
    """data/interim/entities.jsonl.gz: one person or organisation across its name variants."""

    entity_id: str
    name: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, ...
    aliases: list[str]


@dataclass(frozen=True)
class Mention:
    """data/interim/mentions.jsonl.gz: one span of a document that names an entity."""

    doc_id: str  # article_id or post_id
    entity_id: str
    text: str
    label: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Quote:
    """data/interim/quotes.jsonl.gz: words attributed to a speaker in an article."""

    quote_id: str
    article_id: str
    text: str  # the quoted words, without the quotation marks
    start_char: int
    end_char: int
    speaker: str | None  # resolved canonical name, None when unknown
    speaker_text: str | None  # the mention at the cue as written
    speaker_start_char: int | None
    speaker_end_char: int | None
    speaker_entity_id: str | None
    speaker_kind: str  # one of SPEAKER_KINDS
    cue: str | None  # the speech verb ("told", "joked")
    kind: str = "direct"  # "direct" | "indirect"


@dataclass(frozen=True)
class Reaction:
    """data/interim/reactions.jsonl.gz: a public reaction waiting for a tone label."""

    reaction_id: str
    origin: str  # one of REACTION_ORIGINS
    article_id: str | None
    post_id: str | None
    quote_id: str | None
    text: str
    author: str | None


@dataclass(frozen=True)
class ReactionLabel:
    """data/processed/reaction_labels.jsonl.gz: the classifier's verdict on one reaction."""

    reaction_id: str
    label: str  # one of LABELS
    score_joke: float
    score_relief: float
    score_criticism: float
    score_other: float
    model_version: str
    tone_cue: str | None = None  # the quote's cue verb ("quipped") when it weighed on the scores, else None


@dataclass(frozen=True)
class StageResult:
    """What a stage did: counts for the summary line and the stage's metrics file."""

    stage: str
    counts: dict[str, int] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)
    failures: int = 0

    def summary(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in self.counts.items())
        line = f"{self.stage}: {parts}" if parts else f"{self.stage}: done"
        if self.failures:
            line += f", failures {self.failures}"
        return line


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict (JSON-ready).

    Shallow: the record's lists and dicts are shared, not copied (records hold JSON values, and
    the writers only serialise them). ``dataclasses.asdict`` deep-copies every value, which was
    half the cost of writing a stage's output. A record nested in a record is still converted.
    """
    row = {name: getattr(record, name) for name in _field_names(type(record))}
    for name, value in row.items():
        if is_dataclass(value) and not isinstance(value, type):
            row[name] = asdict(value)
    return row


def from_dict(cls: type, row: dict[str, Any]) -> Any:
    """Build a record from a dict, ignoring keys the record does not have."""
    names = _field_names(cls)
    return cls(**{k: v for k, v in row.items() if k in names})
