"""The SSRF guard: which URLs the crawler may fetch. Reads and writes nothing.

A URL is refused when its scheme is not http/https (``file`` only when the user gave the URL
directly), or when its host is, or resolves to, a loopback, private, link-local, unspecified
or cloud-metadata address, unless the operator allowed local addresses (``--allow-local``,
used by the demo and the tests). Every address a hostname resolves to is checked, so a name
that points at 127.0.0.1 is refused like the literal address.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from urllib.parse import urlsplit

from pipeline.errors import SourceRefused

logger = logging.getLogger(__name__)

WEB_SCHEMES: frozenset[str] = frozenset({"http", "https"})
METADATA_HOSTS: frozenset[str] = frozenset(
    {"metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"}
)
METADATA_ADDRESSES: frozenset[ipaddress.IPv4Address | ipaddress.IPv6Address] = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
LOCAL_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",  # "this network", includes 0.0.0.0
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "::/128",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)


def classify_address(address: str) -> str | None:
    """Why an IP address is off limits ("loopback", "private", ...), or None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast or ip.is_reserved:
        return "a reserved or multicast address"
    if any(ip in net for net in LOCAL_NETWORKS) or ip.is_private:
        return "a private address"
    return None


def resolve_host(host: str) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6); empty when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        logger.debug("cannot resolve %s: %s", host, exc)
        return []
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, allow_local: bool, user_given: bool) -> None:
    """Return when ``url`` may be fetched; raise SourceRefused with the reason otherwise.

    ``user_given`` is True only for URLs from the sources file or ``--url`` (never for links
    found in feeds, sitemaps, pages or redirects): only those may be ``file:`` URLs.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if user_given:
            return
        raise SourceRefused(f"{url}: refused: file: URLs are read only when you give them yourself (sources file or --url)")
    if scheme not in WEB_SCHEMES:
        raise SourceRefused(f"{url}: refused: scheme '{scheme or '(none)'}' is not http or https")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise SourceRefused(f"{url}: refused: the URL has no host name")
    if allow_local:
        return
    hint = "use --allow-local if you really mean to crawl a local address"
    if host in METADATA_HOSTS:
        raise SourceRefused(f"{url}: refused: {host} is a cloud metadata service ({hint})")
    if host == "localhost" or host.endswith(".localhost"):
        raise SourceRefused(f"{url}: refused: {host} is a loopback address ({hint})")
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        addresses = resolve_host(host)
    for address in addresses:
        reason = classify_address(address)
        if reason is not None:
            shown = host if host == address else f"{host} ({address})"
            raise SourceRefused(f"{url}: refused: {shown} is {reason} ({hint})")
