"""A small story built in code: the hand-off files the store stage reads.

``write_story(tmp)`` writes data/interim and data/processed under ``tmp`` and returns both
directories. ``extra=True`` adds a later crawl (one more article, post and reaction, and an
updated reaction label). The text is invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import ids
from pipeline.io import write_jsonl
from pipeline.records import Article, Entity, Failure, Mention, Post, Quote, Reaction, ReactionLabel

BODY_1 = (
    "A contractor on his last day switched off the mayor's feed for eleven minutes. "
    "\u201cIt was a strange quiet,\u201d one user wrote. The company said it had fixed the gap. "
    "\u201cWe are reviewing access,\u201d a spokesperson told reporters on Friday."
)
BODY_2 = (
    "City Hall confirmed the outage on Thursday evening. \u201cI slept better for those minutes,\u201d "
    "another quipped online. Mayor Lena Ortiz did not comment."
)
BODY_3 = "A later piece: the contractor, Anton Carvalho, said \u201cit was an accident\u201d in an interview."


def _article(url: str, outlet: str, title: str, text: str, published: str | None, **kw) -> Article:
    return Article(
        article_id=ids.article_id(url), url=url, canonical_url=url, outlet=outlet, title=title,
        authors=["Staff Writer"], published_at=published, language="en", text=text,
        crawled_at="2026-11-03T08:00:00+00:00", published_from="page" if published else None, **kw,
    )


def _quote(article: Article, words: str, speaker: str | None, speaker_text: str, kind: str, cue: str) -> Quote:
    start = article.text.index(words)
    s_start = article.text.index(speaker_text)
    return Quote(
        quote_id=ids.quote_id(article.article_id, start, start + len(words)), article_id=article.article_id,
        text=words, start_char=start, end_char=start + len(words), speaker=speaker, speaker_text=speaker_text,
        speaker_start_char=s_start, speaker_end_char=s_start + len(speaker_text),
        speaker_entity_id=ids.entity_id("PERSON", speaker) if kind == "person" and speaker else None,
        speaker_kind=kind, cue=cue,
    )


def story_rows(extra: bool = False) -> dict[str, list]:
    a1 = _article("https://example.org/news/feed-off", "Example Tribune", "Feed goes dark", BODY_1, "2026-11-02T23:45:00+00:00")
    a2 = _article("https://news.example.net/outage", "Example Net", "Eleven quiet minutes", BODY_2, "2026-11-03T01:10:00-02:00")
    articles = [a1, a2]
    ortiz = Entity(ids.entity_id("PERSON", "Lena Ortiz"), "Lena Ortiz", "PERSON", ["Lena Ortiz", "Ortiz", "Mayor Lena Ortiz"])
    city = Entity(ids.entity_id("ORG", "City Hall"), "City Hall", "ORG", ["City Hall"])
    entities = [ortiz, city]
    mentions = [
        Mention(a2.article_id, city.entity_id, "City Hall", "ORG", 0, 9),
        Mention(a2.article_id, ortiz.entity_id, "Lena Ortiz", "PERSON", BODY_2.index("Lena"), BODY_2.index("Lena") + 10),
    ]
    quotes = [
        _quote(a1, "It was a strange quiet,", None, "one user", "anonymous_public", "wrote"),
        _quote(a1, "We are reviewing access,", None, "a spokesperson", "unnamed_source", "told"),
        _quote(a2, "I slept better for those minutes,", None, "another", "anonymous_public", "quipped"),
    ]
    posts = [
        Post("mastodon:1", "mastodon", "https://social.example/@ann/1", "ann", "2026-11-03T00:05:00Z",
             "=1+1 eleven minutes of peace", None, a1.article_id),
        Post("reddit:t1_x", "reddit", "https://reddit.example/r/x/t1_x", "bob", "2026-11-03T02:30:00+00:00",
             "This is a security failure, plain and simple.", None, None),
        Post("bluesky:abc", "bluesky", None, "cy", "2026-11-03T00:20:00+00:00",
             "Best eleven minutes of the year \U0001F602", None, a2.article_id, origin="embed"),
    ]
    reactions = [
        Reaction(ids.reaction_id("post", p.post_id), "embed" if p.origin == "embed" else "post",
                 p.article_id, p.post_id, None, p.text, p.author)
        for p in posts
    ] + [
        Reaction(ids.reaction_id("quote", q.quote_id), "quote", q.article_id, None, q.quote_id, q.text, q.speaker_text)
        for q in quotes if q.speaker_kind == "anonymous_public"
    ]
    verdicts = ["joke", "criticism", "joke", "other", "relief"]
    labels = [_label(r.reaction_id, v) for r, v in zip(reactions, verdicts)]
    failures = [
        Failure("https://example.org/paywalled", "crawl", "403", "@forbidden by the site", "2026-11-03T08:01:00+00:00"),
        Failure("https://example.org/empty", "extract", "empty", "-no body text", "2026-11-03T08:02:00+00:00"),
    ]
    if extra:
        a3 = _article("https://example.org/news/interview", "Example Tribune", "The contractor speaks", BODY_3, "2026-11-04T10:00:00+00:00")
        articles.append(a3)
        posts.append(Post("hackernews:99", "hackernews", "https://hn.example/item?id=99", "dan", "2026-11-04T11:00:00+00:00",
                          "Access reviews exist for a reason.", None, a3.article_id))
        reactions.append(Reaction(ids.reaction_id("post", "hackernews:99"), "post", a3.article_id, "hackernews:99", None,
                                  posts[-1].text, "dan"))
        labels.append(_label(reactions[-1].reaction_id, "criticism"))
        labels[0] = _label(reactions[0].reaction_id, "relief")  # the new model changed its mind
    return {"articles": articles, "posts": posts, "entities": entities, "mentions": mentions,
            "quotes": quotes, "reactions": reactions, "reaction_labels": labels, "failures": failures}


def _label(reaction_id: str, label: str) -> ReactionLabel:
    scores = {name: 0.1 for name in ("joke", "relief", "criticism", "other")}
    scores[label] = 0.7
    return ReactionLabel(reaction_id, label, scores["joke"], scores["relief"], scores["criticism"], scores["other"], "test-1")


def write_story(root: Path, extra: bool = False, rows: dict[str, list] | None = None) -> tuple[Path, Path]:
    """Write the hand-off files under ``root``; returns (interim_dir, processed_dir)."""
    interim, processed = Path(root) / "interim", Path(root) / "processed"
    for name, records in (rows or story_rows(extra)).items():
        folder = processed if name == "reaction_labels" else interim
        write_jsonl(folder / f"{name}.jsonl.gz", records)
    return interim, processed


def run_info(run_id: str = "run-1") -> dict[str, str]:
    return {"run_id": run_id, "started_at": "2026-11-03T09:00:00+00:00", "params_hash": "abc123", "code_version": "test"}
