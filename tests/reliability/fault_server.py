"""A loopback "fault server" for the reliability suite: good article pages plus every bad
answer RELIABILITY.md lists, on one port, in the manner of Scrapy's own mock server (a small
stdlib ``http.server`` app run in a thread).

Reads nothing; writes nothing. Each request's path is appended to ``FaultServer.log`` so tests
can assert which paths were (and were not) requested.
"""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# Three articles of our own (invented for these tests), each well over extract.min_words.
GOOD_ARTICLES: dict[str, tuple[str, str]] = {
    "/good/harbour.html": (
        "Harbour ferry timetable changes after storm damage",
        "The harbour authority said on Tuesday that the morning ferry will leave twenty minutes later "
        "for the rest of the month while engineers repair the eastern pier. Commuters who rely on the "
        "early crossing were advised to check the noticeboards at both terminals, and the operator "
        "promised refunds for season tickets bought before the announcement. Repairs began at dawn.",
    ),
    "/good/library.html": (
        "Town library extends opening hours for exam season",
        "Students preparing for their final exams will be able to use the reading rooms until ten in "
        "the evening from next week, the library board decided at its monthly meeting. Volunteers "
        "will staff the extra hours, and the cafe on the ground floor will stay open as well. The "
        "board will review attendance figures in July before deciding whether to keep the change.",
    ),
    "/good/orchard.html": (
        "Orchard growers report an early apple harvest",
        "A mild spring and a dry summer brought the apple harvest forward by almost three weeks this "
        "year, growers in the valley said. Pickers arrived before the packing sheds were ready, so "
        "several farms stored fruit in borrowed refrigerated trailers. Prices at the wholesale market "
        "fell slightly as the first crates arrived, and cider makers bought more than usual.",
    ),
}
# Good pages whose answer is awkward but must still end as articles.
SLOW = "/good/slow.html"            # answers after a short wait, within the download timeout
BUSY = "/good/busy.html"            # 503 + Retry-After once, then the page
CP1252 = "/good/cp1252.html"        # cp1252 bytes, no charset anywhere
WRONG_UTF8 = "/good/wrong-utf8.html"  # header says utf-8, bytes are cp1252
GERMAN = "/good/german.html"        # a German article: stored, but no English-only rules run on it

# Pages that must end as failures rows, with the status the pipeline records for each.
BAD_STATUSES: dict[str, str] = {
    "/bad/dropped.html": "incomplete",
    "/bad/endless.html": "timeout",
    "/bad/oversized.html": "too_large",
    "/bad/bomb.html": "too_large",
    "/bad/loop-a": "redirect_loop",
    "/bad/chain/0": "redirect_loop",
    "/bad/to-file": "refused",
    "/bad/throttled.html": "429",
    "/bad/empty.html": "empty",
    "/bad/shell.html": "js_shell",
    "/bad/report.pdf.html": "not_html",
    "/bad/chart.png.html": "not_html",
    "/bad/private.html": "forbidden_by_robots",
}
# 429/503 slow down the whole host (its download slot), so these two are served under a second
# host name, ``localhost`` (Scrapy resolves IPv4 only): their back-off must not pace the rest.
BACKOFF_HOST = "localhost"
BACKOFF_PATHS: frozenset[str] = frozenset({BUSY, "/bad/throttled.html"})
CHAIN_LENGTH = 30
MAX_BODY_BYTES = 200_000


def article_html(title: str, text: str, charset_meta: bool = True, lang: str = "en") -> str:
    meta = '<meta charset="utf-8">' if charset_meta else ""
    return (f"<!doctype html><html lang=\"{lang}\"><head>{meta}<title>{title}</title></head><body>"
            f"<article><h1>{title}</h1><p>{text}</p></article></body></html>")


CP1252_TITLE = "A naïve café owner wins the bakery prize"
CP1252_TEXT = ("The jury praised the crème brûlée and the naïve charm of the café’s hand-painted sign, "
               "calling it “the best dessert of the fair”. The owner said she would spend the prize on a "
               "second oven, so that the queue on Saturday mornings moves a little faster than it does now. "
               "Neighbours said the café had become the place to meet after the Sunday market closed.")
GERMAN_TITLE = "Stadtrat beschließt neue Fahrradwege"
GERMAN_TEXT = ("„Wir wollen, dass Kinder sicher zur Schule fahren können“, sagte Bürgermeisterin Anna Keller "
               "am Dienstagabend nach der Sitzung. Der Stadtrat hat mit großer Mehrheit beschlossen, in den "
               "kommenden zwei Jahren vier neue Fahrradwege zu bauen. „Das kostet Geld, aber es lohnt sich“, "
               "erklärte Kämmerer Peter Braun. Die Arbeiten sollen im Frühjahr beginnen.")
WRONG_TITLE = "Résumé workshop draws a record crowd"
WRONG_TEXT = ("More than two hundred people attended the résumé workshop at the community hall, where "
              "volunteers reviewed cover letters and rehearsed interviews. Organisers said the éclairs "
              "ran out within an hour, and promised a second session in the spring for those who could "
              "not find a seat. Several employers collected contact details for open positions.")


def numbered_article(number: str) -> str:
    """A distinct article for any number: a council notice of our own, varied by the number."""
    text = (f"The council published notice number {number} on its website this morning. It lists the "
            f"streets where resurfacing work will start in week {number}, the diversions that buses will "
            "follow, and a telephone line for residents who need access for deliveries or carers. "
            f"Work on section {number} is expected to last about four days if the weather stays dry.")
    return article_html(f"Roadworks notice {number}", text)


class FaultHandler(BaseHTTPRequestHandler):
    """Routes each path to one good or bad behaviour."""

    protocol_version = "HTTP/1.1"
    server: "FaultServer"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        return

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = urlsplit(self.path).path
        with self.server.lock:
            self.server.log.append(path)
        route = self.routes().get(path)
        if route is None and path.startswith("/bad/chain/"):
            route = self.chain
        if route is None and path.startswith("/many/"):
            route = self.numbered
        if route is None:
            self.send_bytes(404, b"not here", "text/plain")
            return
        route()

    def routes(self) -> dict[str, Callable[[], None]]:
        routes: dict[str, Callable[[], None]] = {p: self.good for p in GOOD_ARTICLES}
        routes.update({
            "/robots.txt": lambda: self.send_bytes(200, b"User-agent: *\nDisallow: /bad/private.html\n", "text/plain"),
            SLOW: self.slow,
            BUSY: self.busy,
            CP1252: lambda: self.send_bytes(200, article_html(CP1252_TITLE, CP1252_TEXT, False).encode("cp1252"), "text/html"),
            WRONG_UTF8: lambda: self.send_bytes(
                200, article_html(WRONG_TITLE, WRONG_TEXT, False).encode("cp1252"), "text/html; charset=utf-8"),
            GERMAN: lambda: self.send_bytes(
                200, article_html(GERMAN_TITLE, GERMAN_TEXT, lang="de").encode("utf-8"), "text/html; charset=utf-8"),
            "/bad/dropped.html": self.dropped,
            "/bad/endless.html": self.endless,
            "/bad/oversized.html": lambda: self.send_bytes(200, b"<html><body>" + b"<p>word</p>" * (MAX_BODY_BYTES // 5), "text/html"),
            "/bad/bomb.html": self.bomb,
            "/bad/loop-a": lambda: self.redirect("/bad/loop-b"),
            "/bad/loop-b": lambda: self.redirect("/bad/loop-a"),
            "/bad/to-file": lambda: self.redirect("file:///etc/passwd"),
            "/bad/throttled.html": lambda: self.send_bytes(429, b"slow down", "text/plain", {"Retry-After": "1"}),
            "/bad/empty.html": lambda: self.send_bytes(200, b"", "text/html; charset=utf-8"),
            "/bad/shell.html": lambda: self.send_bytes(
                200, b'<!doctype html><html><head><script src="/app.js"></script></head>'
                     b'<body><div id="root"></div><noscript>Please enable JavaScript.</noscript></body></html>',
                "text/html"),
            "/bad/report.pdf.html": lambda: self.send_bytes(200, b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n", "text/html"),
            "/bad/chart.png.html": lambda: self.send_bytes(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
            "/bad/private.html": self.good,
        })
        return routes

    def send_bytes(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def good(self) -> None:
        title, text = GOOD_ARTICLES.get(urlsplit(self.path).path, ("Unlisted", "x"))
        self.send_bytes(200, article_html(title, text).encode("utf-8"), "text/html; charset=utf-8")

    def slow(self) -> None:
        time.sleep(0.5)
        self.send_bytes(200, article_html(*GOOD_ARTICLES["/good/harbour.html"]).replace(
            "Harbour ferry", "Slow harbour ferry").encode("utf-8"), "text/html; charset=utf-8")

    def busy(self) -> None:
        with self.server.lock:
            first = self.server.busy_served == 0
            self.server.busy_served += 1
        if first:
            self.send_bytes(503, b"busy", "text/plain", {"Retry-After": "1"})
            return
        self.send_bytes(200, article_html(*GOOD_ARTICLES["/good/library.html"]).replace(
            "Town library", "Busy town library").encode("utf-8"), "text/html; charset=utf-8")

    def numbered(self) -> None:
        """``/many/<n>.html``: article number n, answered after a short pause (for interrupting)."""
        number = urlsplit(self.path).path.rsplit("/", 1)[1].split(".")[0]
        time.sleep(0.15)
        self.send_bytes(200, numbered_article(number).encode("utf-8"), "text/html; charset=utf-8")

    def redirect(self, location: str) -> None:
        self.send_bytes(302, b"", "text/html", {"Location": location})

    def chain(self) -> None:
        step = int(urlsplit(self.path).path.rsplit("/", 1)[1])
        self.send_bytes(301, b"", "text/html", {"Location": f"/bad/chain/{step + 1}"})

    def dropped(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "50000")
        self.end_headers()
        self.wfile.write(b"<html><body><article><h1>Half</h1><p>Only the first part arrives")
        self.wfile.flush()
        self.close_connection = True

    def endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the body runs until the connection closes
        self.close_connection = True
        self.wfile.write(b"<html><body>")
        try:
            while not self.server.stopping.is_set():
                self.wfile.write(b"<p>more</p>")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            return  # the crawler gave up and closed the connection: what we want

    def bomb(self) -> None:
        self.send_bytes(200, self.server.bomb_body, "text/html", {"Content-Encoding": "gzip"})


class FaultServer(ThreadingHTTPServer):
    """The fault server on 127.0.0.1, an ephemeral port; use as a context manager."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FaultHandler)
        self.log: list[str] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.busy_served = 0
        self.bomb_body = gzip.compress(b"\0" * (50 * MAX_BODY_BYTES))  # ~10 kB on the wire
        self._thread = threading.Thread(target=self.serve_forever, name="fault-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        """The URL of ``path``, under BACKOFF_HOST for the 429/503 pages."""
        host = BACKOFF_HOST if path in BACKOFF_PATHS else "127.0.0.1"
        return f"http://{host}:{self.server_address[1]}{path}"

    def __enter__(self) -> "FaultServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-answer is the expected end of the oversized and endless
        pages (the crawler cancelled them); anything else is printed as usual."""
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)
