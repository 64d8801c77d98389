"""Records to dicts and back: what every hand-off file is written and read with."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from pipeline.records import Article, Entity, RawPost, from_dict, to_dict


def test_to_dict_is_asdict_and_round_trips() -> None:
    article = Article("a1", "https://x.example/a", "https://x.example/a", "X", "T", ["Ann Lee", "Bo Tan"],
                      "2026-11-02T10:00:00+00:00", "en", "Text.", "2026-11-02T11:00:00+00:00")
    post = RawPost("mastodon:1", "mastodon", "https://m.example/@a/1", "a", None, "hi", None, ["https://x.example/a"],
                   "https://m.example/api/v1/statuses/1", "2026-11-02T11:00:00+00:00", {"id": "1", "tags": [{"name": "x"}]})
    for record in (article, post, Entity("e1", "Ann Lee", "PERSON", ["Lee", "Ms Lee"])):
        row = to_dict(record)
        assert row == asdict(record)
        assert list(row) == [f.name for f in fields(record)]
        assert from_dict(type(record), {**row, "unknown_key": 1}) == record


def test_a_nested_record_is_converted_too() -> None:
    @dataclass
    class Inner:
        n: int

    @dataclass
    class Outer:
        inner: Inner
        kind: type

    assert to_dict(Outer(Inner(3), int)) == {"inner": {"n": 3}, "kind": int}


def test_a_raw_page_line_written_before_the_listing_fields_still_loads(tmp_path) -> None:
    """data/raw/pages.jsonl.gz from an older crawl has no listed_title / listed_published."""
    import gzip
    import json

    from pipeline.io import read_jsonl
    from pipeline.records import RawPage

    old = {"body_b64": "PGh0bWw+PC9odG1sPg==", "fetched_at": "2026-11-02T11:00:00+00:00",
           "headers": {"content-type": "text/html"}, "requested_url": "https://x.example/a", "source": "feed",
           "source_url": "https://x.example/feed.xml", "status": 200, "url": "https://x.example/a"}
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(old) + "\n").encode()))
    [page] = list(read_jsonl(path, RawPage))
    assert (page.url, page.source_url, page.status) == ("https://x.example/a", "https://x.example/feed.xml", 200)
    assert (page.listed_title, page.listed_published) == (None, None)
    new = RawPage(**{**page.__dict__, "listed_title": "A title", "listed_published": "2026-11-02T10:00:00+00:00"})
    assert from_dict(RawPage, to_dict(new)) == new
