"""The extract stage: raw pages and posts -> articles, posts, entities, mentions, quotes, reactions.

Reads ``raw_dir/pages.jsonl.gz`` (RawPage), ``raw_dir/posts.jsonl.gz`` (RawPost) and, when
present, ``raw_dir/failures.jsonl.gz`` (carried over). Writes to ``interim_dir``:
articles, posts, entities, mentions, quotes, reactions, failures (``.jsonl.gz``, sorted, so a
rerun on the same input gives identical bytes) and ``extract_metrics.json`` (counts).

Entities come from article and post texts (a post's mentions have ``doc_id = post_id``).
Quotes and reactions-in-quotes come from articles whose language is in params
``extract.languages`` (English rules are not applied to other languages; their count is in
the metrics as ``articles_not_analysed``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pipeline import ids
from pipeline.errors import StageInputMissing
from pipeline.extract.analysis import Analyser, DocAnalysis, analyse_doc  # noqa: F401  (analyse_doc: used by runner, tests)
from pipeline.extract.entities import EntityResolver, clean_name
from pipeline.extract.nlp import extract_params, load_nlp
from pipeline.extract.quotes import join_parts
from pipeline.extract.reactions import build_reactions
from pipeline.extract.speakers import Attribution
from pipeline.io import count_rows, read_jsonl, write_json, write_jsonl
from pipeline.progress import progress
from pipeline.records import (
    Failure,
    Post,
    Quote,
    RawPage,
    RawPost,
    Reaction,
    StageResult,
)

log = logging.getLogger(__name__)


KIND_OF_LABEL = {"PERSON": "person", "ORG": "organization"}  # a resolved speaker's kind by its entity's label


def to_quote(article_id: str, text: str, att: Attribution, resolver: EntityResolver) -> Quote:
    """A Quote record from an attribution, the speaker resolved to its canonical entity."""
    speaker: str | None = None
    entity_id: str | None = None
    kind = att.speaker_kind
    if att.ref is not None:
        entity = resolver.entity_at(article_id, *att.ref)
        if entity is not None:
            speaker, entity_id = entity.name, entity.entity_id
            named_there = att.speaker_start is not None and att.speaker_end is not None and att.speaker_start <= att.ref[0] and att.ref[1] <= att.speaker_end
            if named_there and kind in KIND_OF_LABEL.values():
                # a speaker named at the cue: the entity's label is decided on the whole corpus's
                # evidence, the mention's on its sentence ("Acme said", the model reading Acme as a
                # person there, is the company's); a description or a pronoun keeps its own kind
                kind = KIND_OF_LABEL.get(entity.label, kind)
        else:
            speaker = clean_name(text[att.ref[0] : att.ref[1]])
    elif att.ref_name:
        speaker = clean_name(att.ref_name)
    words = join_parts(text, att.parts) if att.kind == "direct" else text[att.start : att.end]
    return Quote(
        quote_id=ids.quote_id(article_id, att.start, att.end),
        article_id=article_id,
        text=words,
        start_char=att.start,
        end_char=att.end,
        speaker=speaker,
        speaker_text=att.speaker_text,
        speaker_start_char=att.speaker_start,
        speaker_end_char=att.speaker_end,
        speaker_entity_id=entity_id,
        speaker_kind=kind,
        cue=att.cue,
        kind=att.kind,
    )


def quotes_and_reactions(text_of: dict[str, str], analyses: dict[str, DocAnalysis], resolver: EntityResolver,
                         posts: list[Post]) -> tuple[list[Quote], list[Reaction]]:
    """The quotes of the analysed articles (``text_of``: article id -> text; ``analyses``: their
    ``Analyser`` results, posts' too), speakers resolved by ``resolver`` (already resolved), and
    the reactions: the quoted public reactions and one per post of ``posts``."""
    quotes: dict[str, Quote] = {}
    public_phrases: set[str] = set()
    for article_id in sorted(text_of):
        found = analyses[article_id]
        for att in found.direct + found.indirect:
            quote = to_quote(article_id, text_of[article_id], att, resolver)
            if quote.quote_id not in quotes:
                quotes[quote.quote_id] = quote
                if att.public:
                    public_phrases.add(quote.quote_id)
    quote_list = sorted(quotes.values(), key=lambda q: (q.article_id, q.start_char, q.end_char, q.kind))
    return quote_list, build_reactions(quote_list, posts, public_phrases)


def _require(path: Path) -> Path:
    if not path.exists():
        raise StageInputMissing(f"{path} not found: run `newsreact crawl` first")
    return path


def extract(raw_dir: Path, interim_dir: Path, params: dict[str, Any]) -> StageResult:
    """Run the extract stage (see the module docstring); returns counts for the summary line."""
    from pipeline.extract.posts import dedupe_posts, link_posts

    raw_dir, interim_dir = Path(raw_dir), Path(interim_dir)
    pages_path = _require(raw_dir / "pages.jsonl.gz")
    posts_path = _require(raw_dir / "posts.jsonl.gz")
    conf = extract_params(params)
    languages = {str(x).lower() for x in conf.get("languages") or ["en"]}

    nlp = load_nlp(params)
    unique_posts = dedupe_posts(read_jsonl(posts_path, RawPost))
    analyses: dict[str, DocAnalysis] = {}
    with Analyser(nlp, params, n_texts=count_rows(pages_path) + len(unique_posts)) as analyser:
        # Posts need only their entities, and their text does not depend on the articles: with
        # worker processes, they are parsed while this process turns the pages into articles.
        analyser.submit([(post_id, unique_posts[post_id].text) for post_id in sorted(unique_posts)], quotes=False)
        # Imported here, not above: its libraries (trafilatura, lxml, datasketch) load while the
        # workers already parse the posts.
        from pipeline.extract.articles import build_articles

        batch = build_articles(read_jsonl(pages_path, RawPage), params)
        articles = sorted(batch.articles, key=lambda a: a.article_id)
        crawled = link_posts(unique_posts.values(), articles)
        posts: dict[str, Post] = {p.post_id: p for p in list(batch.embeds) + list(crawled)}
        post_list = [posts[k] for k in sorted(posts)]
        analysed = [a for a in articles if (a.language or "en").lower().split("-")[0] in languages]
        # Embedded posts found only in articles; a crawled copy of the same post wins (as above).
        analyser.submit([(p.post_id, p.text) for p in post_list if p.post_id not in unique_posts], quotes=False)
        analyser.submit([(a.article_id, a.text) for a in analysed], quotes=True)
        for doc_id, found in progress(analyser.results(), "extract: entities and quotes", total=len(analysed) + len(post_list)):
            analyses[doc_id] = found
    # One resolver over articles then posts, each in id order: the same input gives the same ids.
    resolver = EntityResolver()
    for doc_id in [a.article_id for a in analysed] + [p.post_id for p in post_list]:
        resolver.add_document(doc_id, analyses[doc_id].names, analyses[doc_id].candidates)
    entities, mentions = resolver.resolve()

    quote_list, reactions = quotes_and_reactions({a.article_id: a.text for a in analysed}, analyses, resolver, post_list)

    failures = list(batch.failures) + list(batch.flags)
    if (raw_dir / "failures.jsonl.gz").exists():
        failures += list(read_jsonl(raw_dir / "failures.jsonl.gz", Failure))
    failures.sort(key=lambda f: (f.url, f.stage, f.status, f.error, f.at))

    outputs = {
        "articles": articles,
        "posts": post_list,
        "entities": entities,
        "mentions": mentions,
        "quotes": quote_list,
        "reactions": reactions,
        "failures": failures,
    }
    counts: dict[str, int] = {}
    written: list[str] = []
    for name, rows in outputs.items():
        path = interim_dir / f"{name}.jsonl.gz"
        counts[name] = write_jsonl(path, rows)
        written.append(str(path))
    counts["quotes_direct"] = sum(q.kind == "direct" for q in quote_list)
    counts["quotes_indirect"] = counts["quotes"] - counts["quotes_direct"]
    counts["articles_not_analysed"] = len(articles) - len(analysed)
    counts["ambiguous_mentions"] = resolver.ambiguous
    for origin in ("quote", "embed", "post"):
        counts[f"reactions_{origin}"] = sum(r.origin == origin for r in reactions)
    extract_failures = sum(f.stage == "extract" for f in failures)
    metrics_path = interim_dir / "extract_metrics.json"
    write_json(metrics_path, {"counts": counts, "failures_extract": extract_failures})
    written.append(str(metrics_path))
    result = StageResult(stage="extract", counts=counts, outputs=written, failures=extract_failures)
    log.info(result.summary())
    return result
