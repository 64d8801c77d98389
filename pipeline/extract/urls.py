"""URL identity: one spelling per article, so tracking links, AMP copies and fragments agree.

Reads and writes nothing: pure functions over URL strings. ``canonicalize_url`` is the key
``build_articles`` groups pages by and ``link_posts`` matches social-post links with;
``url_variants`` lists the spellings under which an article may be linked.

Rules (in order): lower-case scheme and host, drop the default port, drop user info and the
fragment, unwrap Google AMP cache URLs, map AMP variants to the regular page where the regular
URL can be known from the AMP one (``/amp/`` or a trailing ``/amp`` path segment, ``.amp`` or
``.amp.html`` suffixes, an ``amp.`` host prefix, ``?amp``, ``amp=1``, ``outputType=amp``), drop
tracking parameters (``utm_*``, click ids, mailing-list and campaign tags), then sort what is
left of the query. Meaningful parameters stay: ``?page=2`` and ``?page=1`` are two URLs.
Percent-encoding is normalised with w3lib's ``safe_url_string``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

if TYPE_CHECKING:
    from pipeline.records import Article

DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only say how a reader arrived, never which page they see.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "igsh", "wbraid", "gbraid", "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "icid", "ncid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url", "s_cid", "smid",
        "smtyp", "sr_share", "spm", "share", "soc_src", "soc_trk", "taid", "ito", "wt_mc",
        "wt.mc_id", "xtor", "guccounter", "guce_referrer", "guce_referrer_sig", "at_medium",
        "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "__twitter_impression",
        "cid_source", "rss", "feedtype", "mbid", "intcmp", "ns_mchannel", "ns_source",
        "ns_campaign", "ns_linkname", "ns_fee", "oref", "src", "ftag", "via",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "vero_", "oly_", "ga_", "itm_", "__hs")

# Query parameters that switch to an AMP rendering of the same page.
AMP_PARAMS = {"amp": None, "outputtype": "amp", "output": "amp", "format": "amp", "amp_js_v": None}

_AMP_CACHE = re.compile(r"^[a-z0-9-]+\.cdn\.ampproject\.org$")


@functools.lru_cache(maxsize=65536)
def canonicalize_url(url: str) -> str:
    """The one spelling of ``url`` that newsreact uses as its identity (see module docstring).

    Cached (a pure function of the string): one page's URL is canonicalised by the metadata
    reader, the grouping of copies and the choice between them.
    """
    url = url.strip()
    if not url:
        return url
    if url.lower().startswith("file:"):
        # A local file is its own identity; only the fragment can be dropped.
        return url.split("#", 1)[0]
    try:
        url = safe_url_string(url)
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed host or port
    except ValueError:
        # Not a URL that can be taken apart (e.g. "http://[::1"): keep it as written.
        return url.split("#", 1)[0]
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if _AMP_CACHE.match(host):
        unwrapped = _unwrap_amp_cache(parts.path, parts.query)
        if unwrapped:
            return canonicalize_url(unwrapped)
    port = _port(parts)
    if host.startswith("amp.") and host.count(".") >= 2:
        host = host[len("amp."):]
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = _strip_amp_path(parts.path or "/")
    query = _clean_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def url_variants(article: Article) -> set[str]:
    """Canonical spellings under which ``article`` may be linked: its fetched and declared URLs,
    each also with the other scheme, with and without ``www.`` and a trailing slash.
    """
    variants: set[str] = set()
    for raw in (article.url, article.canonical_url):
        if raw:
            variants.update(_spellings(canonicalize_url(raw)))
    return variants


def join_url(base: str, href: str | None) -> str | None:
    """``href`` resolved against ``base``; None when it is empty or not a valid URL."""
    if not href or not href.strip():
        return None
    try:
        joined = urljoin(base, href.strip())
        urlsplit(joined).port  # noqa: B018 - raises ValueError on a malformed host or port
    except ValueError:
        return None
    return joined


def url_host(url: str) -> str | None:
    """The lower-cased host of ``url``, or None when it has none or is malformed."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


_SITE_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def same_site(url_a: str, url_b: str) -> bool:
    """True when two URLs are on one site: the same host once ``www.``/``m.``/``amp.`` are
    set aside, or one host a subdomain of the other. File URLs are on every site (a saved
    page may declare its web address)."""
    if url_a.startswith("file:") or url_b.startswith("file:"):
        return True
    host_a, host_b = _site_host(url_a), _site_host(url_b)
    if not host_a or not host_b:
        return False
    return host_a == host_b or host_a.endswith("." + host_b) or host_b.endswith("." + host_a)


def _site_host(url: str) -> str | None:
    host = url_host(canonicalize_url(url))
    while host and host.startswith(_SITE_PREFIXES) and host.count(".") >= 2:
        host = host.split(".", 1)[1]
    return host


def _spellings(url: str) -> set[str]:
    if url.startswith("file:"):
        return {url}
    parts = urlsplit(url)
    hosts = {parts.netloc}
    if parts.netloc.startswith("www."):
        hosts.add(parts.netloc[4:])
    else:
        hosts.add("www." + parts.netloc)
    paths = {parts.path}
    if parts.path.endswith("/") and parts.path != "/":
        paths.add(parts.path.rstrip("/"))
    elif not parts.path.endswith("/"):
        paths.add(parts.path + "/")
    schemes = {"http", "https"} if parts.scheme in ("http", "https") else {parts.scheme}
    return {
        urlunsplit((scheme, host, path, parts.query, ""))
        for scheme in schemes
        for host in hosts
        for path in paths
    }


def _port(parts) -> int | None:
    try:
        return parts.port
    except ValueError:  # a non-numeric port: keep the URL as written, minus nothing
        return None


def _unwrap_amp_cache(path: str, query: str) -> str | None:
    """``https://www-x-com.cdn.ampproject.org/c/s/www.x.com/a.html`` -> ``https://www.x.com/a.html``."""
    segments = path.lstrip("/").split("/")
    flags = []
    while segments and len(segments[0]) == 1:
        flags.append(segments.pop(0))
    if not segments or "." not in segments[0]:
        return None
    scheme = "https" if "s" in flags else "http"
    target = f"{scheme}://{'/'.join(segments)}"
    return f"{target}?{query}" if query else target


def _strip_amp_path(path: str) -> str:
    segments = path.split("/")
    # /amp/ as a path segment (first, inner or last): the regular page is the path without it.
    if "amp" in segments[1:]:
        kept = [s for i, s in enumerate(segments) if not (i > 0 and s == "amp")]
        path = "/".join(kept) or "/"
        if not path.startswith("/"):
            path = "/" + path
        if path.endswith("//"):
            path = path.rstrip("/") + "/"
    # story.amp.html -> story.html, story.amp -> story, story-amp.html is left alone (unknowable).
    path = re.sub(r"\.amp(\.html?)$", r"\1", path)
    path = re.sub(r"\.amp$", "", path)
    return path


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _is_amp_switch(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered not in AMP_PARAMS:
        return False
    expected = AMP_PARAMS[lowered]
    if expected is None:
        return lowered != "amp" or value.lower() in ("", "1", "true", "yes")
    return value.lower() == expected


def _clean_query(query: str) -> str:
    if not query:
        return ""
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _is_tracking(k) and not _is_amp_switch(k, v)]
    return urlencode(sorted(kept), doseq=False)
