"""A loopback HTTP server for the bundled demo site (pipeline/demo/site/).

Reads the static files shipped in the package (found with importlib.resources, so it works
from an installed wheel) and writes nothing. Text responses have every literal ``{{BASE}}``
replaced by the server's base URL, so absolute links in pages, feeds and API payloads work on
whatever port the operating system picked.

Routes: query strings are ignored; ``/a/b`` is served from ``site/a/b``, else from
``site/a/b.json`` (API endpoints without an extension), a path ending in ``/`` from its
``index.html``; ``/bluesky/xrpc/app.bsky.feed.getPostThread?uri=at://DID/app.bsky.feed.post/RKEY``
from ``site/bluesky/xrpc/app.bsky.feed.getPostThread/RKEY.json``. Anything else is a 404.
"""

from __future__ import annotations

import logging
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from importlib.resources.abc import Traversable
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

logger = logging.getLogger(__name__)

BASE_PLACEHOLDER = "{{BASE}}"
THREAD_ENDPOINT = "/bluesky/xrpc/app.bsky.feed.getPostThread"
SPECIAL_CONTENT_TYPES: dict[str, str] = {
    "feed.xml": "application/rss+xml; charset=utf-8",
}
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
}


def site_root() -> Traversable:
    """The demo site's folder inside the installed package."""
    return resources.files("pipeline.demo").joinpath("site")


def resolve_path(root: Traversable, raw_path: str) -> Traversable | None:
    """The site file a request path maps to, or None (unknown path, or one that tries to escape)."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path)
    if path == THREAD_ENDPOINT:
        uri = parse_qs(parts.query).get("uri", [""])[0]
        rkey = uri.rstrip("/").rsplit("/", 1)[-1]
        if not uri.startswith("at://") or not rkey:
            return None
        path = f"{THREAD_ENDPOINT}/{rkey}.json"
    if path.endswith("/"):
        path += "index.html"
    segments = [s for s in path.split("/") if s]
    if not segments or any(s in (".", "..") or "\\" in s for s in segments):
        return None
    node = root
    for segment in segments[:-1]:
        node = node.joinpath(segment)
    last = segments[-1]
    for candidate in (last, f"{last}.json"):
        target = node.joinpath(candidate)
        if target.is_file():
            return target
    return None


def content_type(name: str) -> str:
    """Content-Type header for a site file name."""
    if name in SPECIAL_CONTENT_TYPES:
        return SPECIAL_CONTENT_TYPES[name]
    suffix = name[name.rfind("."):] if "." in name else ""
    return CONTENT_TYPES.get(suffix, "application/octet-stream")


class _DemoHandler(BaseHTTPRequestHandler):
    server: _DemoHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "newsreact-demo/1.0"
    # Headers and body leave in one send: with the stdlib's unbuffered writes, a kept-alive
    # connection waited ~45 ms per response for the peer's delayed ACK (Nagle).
    wbufsize = -1
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        target = resolve_path(self.server.root, self.path)
        if target is None:
            body = b"not found\n"
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
        else:
            ctype = content_type(target.name)
            body = target.read_bytes()
            if not ctype.startswith("application/octet-stream"):
                body = body.replace(BASE_PLACEHOLDER.encode(), self.server.base_url.encode())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        logger.debug("demo server: " + format, *args)


class _DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    root: Traversable
    base_url: str


class DemoServer:
    """A running demo server; ``base_url`` is e.g. ``http://127.0.0.1:43121`` (no trailing slash)."""

    def __init__(self, httpd: _DemoHTTPServer, thread: threading.Thread) -> None:
        self._httpd = httpd
        self._thread = thread
        self.base_url: str = httpd.base_url

    def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve_demo(host: str = "127.0.0.1", port: int = 0) -> DemoServer:
    """Start serving the demo site in a daemon thread; port 0 lets the OS pick a free port."""
    httpd = _DemoHTTPServer((host, port), _DemoHandler)
    httpd.root = site_root()
    bound_host, bound_port = httpd.server_address[:2]
    url_host = f"[{bound_host}]" if ":" in str(bound_host) else str(bound_host)
    httpd.base_url = f"http://{url_host}:{bound_port}"
    thread = threading.Thread(target=httpd.serve_forever, name="newsreact-demo-server", daemon=True)
    thread.start()
    logger.info("demo site served at %s", httpd.base_url)
    return DemoServer(httpd, thread)
