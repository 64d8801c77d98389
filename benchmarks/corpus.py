"""The benchmark corpus: a deterministic, offline news site plus social API payloads, at any scale.

Writes a folder (``generate_corpus``) that ``benchmarks.server`` serves on 127.0.0.1:
- ``<outlet>/YYYY/MM/<slug>-N.html``: the articles (1x = 2,000), 300-800 words each;
- ``feed.xml`` (RSS 2.0, every third article), ``sitemap.xml`` (a sitemap index) and
  ``sitemaps/<outlet>.xml`` (Google News sitemaps listing every article), ``robots.txt``;
- ``mastodon/``, ``bluesky/``, ``reddit/``, ``hn/``: API payloads (1x = 20,000 posts, split
  evenly across the four platforms; see ``benchmarks.social``);
- ``headers.json`` (extra response headers per file) and ``manifest.json`` (what was made).

Same seed and scale, same bytes. Links use ``{{BASE}}``, replaced by the server.

    python -m benchmarks.corpus --scale 0.1 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from benchmarks import vocabulary as V
from benchmarks.articles import BenchArticle, render_html, write_article
from benchmarks.social import MASTODON_TAG, SEARCH_QUERY, social_payloads
from pipeline.config import PlatformSource, Sources

ARTICLES_AT_1X = 2_000
POSTS_AT_1X = 20_000
BASE = "{{BASE}}"


@dataclass(frozen=True)
class CorpusManifest:
    """What a generated corpus holds (``manifest.json``)."""

    scale: float
    seed: int
    articles: int
    article_words: int
    posts: dict[str, int]
    article_paths: list[str]
    files: int
    bytes: int

    @property
    def total_posts(self) -> int:
        return sum(self.posts.values())


def _feed(articles: list[BenchArticle]) -> str:
    items = []
    for article in articles:
        items.append(
            f"<item><title>{escape(article.title)}</title><link>{BASE}{article.path}</link>"
            f"<guid isPermaLink=\"true\">{BASE}{article.path}</guid>"
            f"<pubDate>{article.published:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
            f"<description>{escape(article.paragraphs[0][:200])}</description></item>"
        )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Port Calder news roundup</title>'
            f"<link>{BASE}/</link><description>Benchmark feed</description>\n" + "\n".join(items) + "\n</channel></rss>\n")


def _news_sitemap(articles: list[BenchArticle]) -> str:
    urls = []
    for article in articles:
        urls.append(
            f"<url><loc>{BASE}{article.path}</loc><news:news><news:publication><news:name>{escape(article.outlet_name)}"
            "</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{article.published.isoformat()}</news:publication_date>"
            f"<news:title>{escape(article.title)}</news:title></news:news></url>"
        )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(urls) + "\n</urlset>\n")


def _sitemap_index(slugs: list[str]) -> str:
    entries = "".join(f"<sitemap><loc>{BASE}/sitemaps/{slug}.xml</loc></sitemap>\n" for slug in slugs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + entries + "</sitemapindex>\n")


class _Writer:
    """Writes text files under the corpus root and counts them."""

    def __init__(self, root: Path):
        self.root = root
        self.files = 0
        self.bytes = 0

    def text(self, relative: str, content: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8")
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def json(self, relative: str, value: Any) -> None:
        self.text(relative, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def generate_corpus(out_dir: Path, scale: float = 1.0, seed: int = 7) -> CorpusManifest:
    """Write the corpus for ``scale`` (1.0 = 2,000 articles, 20,000 posts) into ``out_dir``.

    ``out_dir`` is replaced when it already holds a corpus (a ``manifest.json``); any other
    non-empty folder is refused, so a wrong path cannot wipe unrelated files.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        if not (out_dir / "manifest.json").exists():
            raise ValueError(f"{out_dir}: not empty and not a benchmark corpus; give an empty or new folder")
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    n_articles = max(1, round(ARTICLES_AT_1X * scale))
    n_posts = max(4, round(POSTS_AT_1X * scale))
    writer = _Writer(out_dir)
    articles = [write_article(rng, i) for i in range(n_articles)]
    for article in articles:
        writer.text(article.path.lstrip("/"), render_html(article))
    writer.text("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap.xml\n")
    writer.text("feed.xml", _feed(articles[::3]))
    slugs = [slug for slug, _, _ in V.OUTLETS]
    writer.text("sitemap.xml", _sitemap_index(slugs))
    for slug in slugs:
        writer.text(f"sitemaps/{slug}.xml", _news_sitemap([a for a in articles if a.outlet_slug == slug]))
    files, headers, counts = social_payloads(rng, n_posts, articles)
    for relative in sorted(files):
        writer.json(relative, files[relative])
    writer.json("headers.json", headers)
    manifest = CorpusManifest(scale=scale, seed=seed, articles=n_articles,
                              article_words=sum(a.words for a in articles), posts=counts,
                              article_paths=[a.path for a in articles], files=writer.files + 1, bytes=writer.bytes)
    (out_dir / "manifest.json").write_text(json.dumps(asdict(manifest), indent=1), encoding="utf-8")
    return manifest


def load_manifest(corpus_dir: Path) -> CorpusManifest:
    data = json.loads((Path(corpus_dir) / "manifest.json").read_text(encoding="utf-8"))
    return CorpusManifest(**data)


def corpus_sources(base_url: str) -> Sources:
    """Sources crawling the whole corpus served at ``base_url``: the feed, the sitemap index, all platforms."""
    base = base_url.rstrip("/")
    return Sources(
        articles=(),
        feeds=(f"{base}/feed.xml",),
        sitemaps=(f"{base}/sitemap.xml",),
        reactions=(
            PlatformSource(platform="mastodon", api=f"{base}/mastodon", tags=(MASTODON_TAG,)),
            PlatformSource(platform="bluesky", api=f"{base}/bluesky", query=SEARCH_QUERY),
            PlatformSource(platform="reddit", api=f"{base}/reddit", query=SEARCH_QUERY),
            PlatformSource(platform="hackernews", api=f"{base}/hn", query=SEARCH_QUERY),
        ),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the newsreact benchmark corpus.")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 2,000 articles and 20,000 posts")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="folder to write (replaced if it holds a corpus)")
    args = parser.parse_args(argv)
    manifest = generate_corpus(args.out, args.scale, args.seed)
    print(f"{args.out}: {manifest.articles} articles ({manifest.article_words} words), "
          f"{manifest.total_posts} posts {manifest.posts}, {manifest.files} files, {manifest.bytes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
