"""The demo server: every site file served over real loopback HTTP, {{BASE}} substituted,
right Content-Type, API routes without extensions, the Bluesky thread special case, 404s."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.config import Sources
from pipeline.demo.server import DemoServer, serve_demo, site_root
from pipeline.demo.sources import demo_sources

SITE = Path(str(site_root()))
EXPECTED_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
}


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with serve_demo() as srv:
        yield srv


def fetch(url: str, method: str = "GET") -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def site_files() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file())


def test_site_has_the_required_files() -> None:
    names = {p.relative_to(SITE).as_posix() for p in site_files()}
    for required in ("feed.xml", "sitemap.xml", "robots.txt",
                     "bluesky/xrpc/app.bsky.feed.searchPosts.json", "reddit/search.json",
                     "hn/api/v1/search.json", "mastodon/api/v1/timelines/tag/trump.json"):
        assert required in names


def test_every_file_is_served_with_base_substituted_and_its_content_type(server: DemoServer) -> None:
    files = site_files()
    assert len(files) > 30
    for path in files:
        rel = path.relative_to(SITE).as_posix()
        status, ctype, body = fetch(f"{server.base_url}/{rel}")
        assert status == 200, rel
        text = body.decode("utf-8")
        assert "{{BASE}}" not in text, rel
        if "{{BASE}}" in path.read_text(encoding="utf-8"):
            assert server.base_url in text, rel
        if rel == "feed.xml":
            assert ctype.startswith("application/rss+xml"), ctype
        elif path.suffix == ".xml":
            assert ctype.startswith("application/xml"), ctype
        else:
            assert ctype == EXPECTED_TYPES[path.suffix], (rel, ctype)
        if path.suffix == ".json":
            json.loads(text)


def test_api_paths_without_extension_and_query_strings(server: DemoServer) -> None:
    status, ctype, body = fetch(f"{server.base_url}/mastodon/api/v1/timelines/tag/trump?limit=40")
    assert status == 200 and ctype == "application/json"
    assert isinstance(json.loads(body), list)
    status, _, body = fetch(f"{server.base_url}/hn/api/v1/search?query=trump+twitter&tags=story")
    assert status == 200 and "hits" in json.loads(body)
    status, _, _ = fetch(f"{server.base_url}/reddit/search.json?q=trump&sort=new&limit=100")
    assert status == 200


def test_bluesky_thread_route_maps_the_at_uri_to_its_rkey(server: DemoServer) -> None:
    search = json.loads(fetch(f"{server.base_url}/bluesky/xrpc/app.bsky.feed.searchPosts?q=x")[2])
    with_replies = [v for v in search["posts"] if v["replyCount"] > 0]
    assert with_replies
    for view in with_replies:
        quoted = urllib.request.quote(view["uri"], safe="")
        status, _, body = fetch(f"{server.base_url}/bluesky/xrpc/app.bsky.feed.getPostThread?uri={quoted}&depth=20")
        assert status == 200, view["uri"]
        assert json.loads(body)["thread"]["post"]["uri"] == view["uri"]
    status, _, _ = fetch(f"{server.base_url}/bluesky/xrpc/app.bsky.feed.getPostThread?uri=at://did:plc:nobody/app.bsky.feed.post/zzz")
    assert status == 404


@pytest.mark.parametrize("path", ["/nope.html", "/daily-meridian/2017/11/missing.html",
                                  "/../pipeline/demo/server.py", "/%2e%2e/server.py",
                                  "/bluesky/xrpc/app.bsky.feed.getPostThread"])
def test_unknown_or_escaping_paths_are_404(server: DemoServer, path: str) -> None:
    assert fetch(server.base_url + path)[0] == 404


def test_head_and_index(server: DemoServer) -> None:
    status, ctype, body = fetch(f"{server.base_url}/feed.xml", method="HEAD")
    assert status == 200 and body == b"" and ctype.startswith("application/rss+xml")
    status, ctype, body = fetch(f"{server.base_url}/")
    assert status == 200 and ctype.startswith("text/html") and b"feed.xml" in body


def test_close_releases_the_port() -> None:
    srv = serve_demo()
    url = srv.base_url
    assert fetch(f"{url}/robots.txt")[0] == 200
    srv.close()
    srv.close()  # idempotent
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/robots.txt", timeout=2)


def test_demo_sources_point_at_the_server_and_resolve(server: DemoServer) -> None:
    sources = demo_sources(server.base_url + "/")
    assert isinstance(sources, Sources) and not sources.is_empty()
    assert {p.platform for p in sources.reactions} == {"mastodon", "bluesky", "reddit", "hackernews"}
    for url in sources.user_urls():
        assert url.startswith(server.base_url + "/")
        assert fetch(url)[0] == 200, url
    mastodon = next(p for p in sources.reactions if p.platform == "mastodon")
    assert mastodon.tags
    for tag in mastodon.tags:
        assert fetch(f"{mastodon.api}/api/v1/timelines/tag/{tag}?limit=40")[0] == 200
    for platform in sources.reactions:
        assert platform.api.startswith(server.base_url)
        if platform.platform != "mastodon":
            assert platform.query
