"""A threaded loopback HTTP server for a generated benchmark corpus (``benchmarks.corpus``).

Reads the corpus folder; writes nothing. Every text response has ``{{BASE}}`` replaced by the
server's base URL. Routing (query strings are ignored except for paging):
- ``/a/b`` is served from ``a/b``, else ``a/b.json``; a path ending in ``/`` from ``index.html``;
- a request carrying a paging parameter (``max_id``, ``cursor``, ``after``, ``page`` other
  than 0) is served from ``a/b@VALUE`` (or ``a/b@VALUE.json``);
- ``.../app.bsky.feed.getPostThread?uri=at://.../RKEY`` from ``.../app.bsky.feed.getPostThread/RKEY.json``.
The server records every request target it answered (``requested``), so a baseline crawler
can fetch exactly the URLs the pipeline fetched.
"""

from __future__ import annotations

import json
import logging
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

logger = logging.getLogger(__name__)

PLACEHOLDER = b"{{BASE}}"
PAGING_PARAMS: tuple[str, ...] = ("max_id", "cursor", "after", "page")
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def resolve(root: Path, target: str) -> Path | None:
    """The corpus file for a request target, or None."""
    parts = urlsplit(target)
    path = unquote(parts.path)
    query = parse_qs(parts.query)
    if path.endswith("/app.bsky.feed.getPostThread"):
        uri = query.get("uri", [""])[0]
        path = f"{path}/{uri.rstrip('/').rsplit('/', 1)[-1]}"
    if path.endswith("/"):
        path += "index.html"
    segments = [s for s in path.split("/") if s]
    if not segments or any(s in (".", "..") or "\\" in s for s in segments):
        return None
    paging = next((query[p][0] for p in PAGING_PARAMS if query.get(p) and query[p][0] not in ("", "0")), None)
    last = segments[-1] if paging is None else f"{segments[-1]}@{paging}"
    folder = root.joinpath(*segments[:-1])
    for candidate in (last, f"{last}.json"):
        file = folder / candidate
        if file.is_file():
            return file
    return None


class _Handler(BaseHTTPRequestHandler):
    server: "_CorpusHTTPServer"
    protocol_version = "HTTP/1.1"
    server_version = "newsreact-bench/1.0"
    # Headers and body leave in one write, with Nagle off: otherwise a kept-alive connection
    # waits ~40 ms per response for a delayed ACK, and the server, not the crawler, is measured.
    wbufsize = -1
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        file = resolve(self.server.root, self.path)
        with self.server.lock:
            self.server.requested.append(self.path)
        if file is None:
            body = b"not found\n"
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
        else:
            body = file.read_bytes().replace(PLACEHOLDER, self.server.base_url.encode())
            relative = file.relative_to(self.server.root).as_posix()
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", CONTENT_TYPES.get(file.suffix, "application/json; charset=utf-8"))
            for name, value in self.server.extra_headers.get(relative, {}).items():
                self.send_header(name, value.replace("{{BASE}}", self.server.base_url))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        logger.debug("bench server: " + format, *args)


class _CorpusHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    root: Path
    base_url: str
    extra_headers: dict[str, dict[str, str]]
    requested: list[str]
    lock: threading.Lock


class CorpusServer:
    """A running corpus server; ``base_url`` like ``http://127.0.0.1:43121`` (no trailing slash)."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0):
        self._httpd = _CorpusHTTPServer((host, port), _Handler)
        self._httpd.root = Path(root)
        headers_file = Path(root) / "headers.json"
        self._httpd.extra_headers = json.loads(headers_file.read_text(encoding="utf-8")) if headers_file.exists() else {}
        self._httpd.requested = []
        self._httpd.lock = threading.Lock()
        bound_host, bound_port = self._httpd.server_address[:2]
        self._httpd.base_url = f"http://{bound_host}:{bound_port}"
        self.base_url: str = self._httpd.base_url
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="bench-corpus-server", daemon=True)
        self._thread.start()

    def requested(self, clear: bool = False) -> list[str]:
        """Request targets answered so far (path and query), in arrival order."""
        with self._httpd.lock:
            seen = list(self._httpd.requested)
            if clear:
                self._httpd.requested.clear()
        return seen

    def close(self) -> None:
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> "CorpusServer":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
