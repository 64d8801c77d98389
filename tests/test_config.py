"""Params and sources files: defaults, merging, and errors that name the line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_params, parse_sources
from pipeline.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_shipped_params_equal_repo_params():
    assert (REPO / "params.yaml").read_text(encoding="utf-8") == (REPO / "pipeline" / "params.yaml").read_text(encoding="utf-8")


def test_params_have_one_section_per_stage():
    params = load_params(REPO / "params.yaml")
    assert list(params) == ["crawl", "extract", "train", "classify", "store", "report"]


def test_user_params_are_merged_over_defaults(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("crawl:\n  retry_times: 7\n", encoding="utf-8")
    params = load_params(path)
    assert params["crawl"]["retry_times"] == 7
    assert params["crawl"]["user_agent"].startswith("newsreact/")
    assert "spacy_model" in params["extract"]


def test_unknown_params_section_is_named(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("crawll:\n  retry_times: 7\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="crawll"):
        load_params(path)


def test_sources_full_example():
    sources = parse_sources(
        "articles: [https://a.example/x]\nfeeds: [https://a.example/rss]\nsitemaps: [https://a.example/sm.xml]\n"
        "reactions:\n"
        "  mastodon: {instance: https://m.example, tags: ['#trump', twitter]}\n"
        "  bluesky: {query: trump}\n"
        "  reddit: {query: trump, api: http://127.0.0.1:9/reddit/}\n"
        "  hackernews: {query: trump}\n"
    )
    assert sources.articles == ("https://a.example/x",)
    platforms = {p.platform: p for p in sources.reactions}
    assert platforms["mastodon"].tags == ("trump", "twitter")
    assert platforms["bluesky"].api == "https://public.api.bsky.app"
    assert platforms["reddit"].api == "http://127.0.0.1:9/reddit"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("articles: [https://a]\nfeed: [x]\n", "s.yaml:2: unknown key 'feed'"),
        ("reactions:\n  twitter: {query: x}\n", "s.yaml:2: unknown key 'reactions.twitter'"),
        ("reactions:\n  reddit:\n    query: x\n    sub: y\n", "s.yaml:4: unknown key 'reactions.reddit.sub'"),
        ("articles: https://a\n", "key 'articles' must be a list"),
        ("reactions:\n  mastodon: {instance: https://m}\n", "needs 'tags'"),
        ("articles: [https://a\n", "not valid YAML"),
        ("", "empty sources file"),
    ],
)
def test_bad_sources_name_line_and_key(text, fragment):
    with pytest.raises(ConfigError) as info:
        parse_sources(text, "s.yaml")
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)
