"""Public reactions waiting for a tone label: quoted members of the public, embedded and crawled posts.

Reads ``records.Quote`` and ``records.Post`` rows; returns ``records.Reaction`` rows sorted by
reaction_id. Which quotes are public reactions (README.md, "Reactions"):

- every direct quote whose speaker_kind is ``anonymous_public`` ("wrote one", "one user");
- a *named member of the public*: a direct quote by a person whose speaker phrase calls them a
  user, commenter, reader, fan ... ("Twitter user Jo Bloggs"), or who spoke through a posting
  cue (tweeted, posted, commented, replied) or is known only by a platform handle ("wrote
  @ana.bsky.social"), and is not the article's most-quoted speaker (the
  story's protagonist tweeting is news, not public reaction) nor named with a title of office
  ("Cllr Ann Lee posted on X": a councillor posts as one); signers of a round-up of voices
  ("“…” ― Jane Doe" lines, ``speakers._mark_round_up``) arrive with ``public_phrase`` set.

Embedded posts (``Post.origin == "embed"``) become origin ``embed``; crawled posts ``post``.
Posts with empty text are skipped: there is nothing to classify.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pipeline import ids
from pipeline.extract.entities import COURTESY_TITLES, HANDLE_PATTERN, TITLES
from pipeline.records import Post, Quote, Reaction

_HANDLE = re.compile(HANDLE_PATTERN)  # one known only by a handle on a platform ("wrote @ana.bsky.social") posts there
POSTING_CUES = frozenset({"tweeted", "tweets", "tweet", "posted", "posts", "commented", "replied", "retweeted", "blogged"})
# titles of an office, a rank or the church before a speaker's name ("Cllr Ann Lee posted on X",
# "Senator Bo Pell tweeted"): one who holds one posts as that office, not as the public; not the
# courtesy titles, nor the titles of learning and honour anyone may have (Dr, Prof, Sir, Dame),
# which a round-up's signature does count as an office (``speakers._an_office``: "― Dr Jo Lin"
# is an expert the story asked, not a voice of the public)
OFFICE_HOLDER_TITLES = TITLES - COURTESY_TITLES - {"Dr", "Prof", "Professor", "Sir", "Dame"}


def is_public_reaction(quote: Quote, protagonists: set[tuple[str, str]], public_phrase: bool = False) -> bool:
    """Whether ``quote`` is a public reaction (see the module docstring)."""
    if quote.kind != "direct":
        return False
    if quote.speaker_kind == "anonymous_public":
        return True
    if quote.speaker_kind != "person":
        return False
    if public_phrase:
        return True
    posting = (quote.cue or "").lower() in POSTING_CUES or _HANDLE.match(quote.speaker_text or "") is not None
    return posting and (quote.article_id, quote.speaker or "") not in protagonists and not _holds_office(quote.speaker_text)


def _holds_office(speaker_text: str | None) -> bool:
    """Whether a speaker phrase opens with a title of office (``OFFICE_HOLDER_TITLES``: "Cllr
    Wyn Pell", "Mayor Ana Ruiz", "Sen. Bo Pell")."""
    words = (speaker_text or "").split()
    return len(words) > 1 and words[0].rstrip(".") in OFFICE_HOLDER_TITLES


def _protagonists(quotes: list[Quote]) -> set[tuple[str, str]]:
    """(article_id, speaker) of each article's most-quoted named speaker; not one known only by a
    handle, a member of the public posting twice ("u/gridwatch wrote that …, adding: “…”")."""
    counts: dict[str, Counter[str]] = {}
    for q in quotes:
        if q.speaker and _HANDLE.match(q.speaker) is None:
            counts.setdefault(q.article_id, Counter())[q.speaker] += 1
    out = set()
    for article_id, counter in counts.items():
        top = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.add((article_id, top))
    return out


def build_reactions(quotes: Iterable[Quote], posts: Iterable[Post], public_phrases: set[str] | None = None) -> list[Reaction]:
    """Reactions from quotes and posts; ``public_phrases`` holds quote_ids whose speaker phrase
    names a member of the public."""
    quotes = list(quotes)
    public_phrases = public_phrases or set()
    protagonists = _protagonists(quotes)
    reactions: dict[str, Reaction] = {}
    for q in quotes:
        if is_public_reaction(q, protagonists, q.quote_id in public_phrases):
            rid = ids.reaction_id("quote", q.quote_id)
            author = q.speaker if q.speaker_kind == "person" else None
            reactions[rid] = Reaction(rid, "quote", q.article_id, None, q.quote_id, q.text, author)
    for p in posts:
        if not p.text.strip():
            continue
        origin = "embed" if p.origin == "embed" else "post"
        rid = ids.reaction_id(origin, p.post_id)
        reactions[rid] = Reaction(rid, origin, p.article_id, p.post_id, None, p.text, p.author)
    return [reactions[k] for k in sorted(reactions)]
