"""The SSRF guard at connection time: a DNS resolver that refuses local addresses.

``SsrfGuardMiddleware`` checks a host's addresses once, before the request is sent, and Twisted
resolves the name again when it connects. A name whose DNS answer changes in between (DNS
rebinding: public for the check, 127.0.0.1 for the connection) would slip through. This
resolver, installed as Scrapy's ``DNS_RESOLVER``, checks the address Twisted will actually
connect to, so a request to a local, private or metadata address fails whatever the name said
a moment earlier. The check runs on every lookup, cached answers included.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from pipeline.crawl.guard import classify_address

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.internet.defer import Deferred


class LocalAddressRefused(DNSLookupError):
    """A host name resolved to an address the SSRF guard refuses."""


class GuardedResolver(CachingThreadedResolver):
    """``CachingThreadedResolver`` that refuses local addresses unless --allow-local was given."""

    allow_local: bool = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_local = crawler.settings.getbool("NEWSREACT_ALLOW_LOCAL")
        return resolver

    def install_on_reactor(self) -> None:
        super().install_on_reactor()
        logger.info("SSRF guard: addresses checked at connect time%s", " (local allowed)" if self.allow_local else "")

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        if self.allow_local:
            return super().getHostByName(name, timeout)
        return super().getHostByName(name, timeout).addCallback(refuse_local, name)


def refuse_local(address: str, name: str) -> str:
    """``address`` when it is public; raise LocalAddressRefused naming the host otherwise."""
    reason = classify_address(address)
    if reason is not None:
        raise LocalAddressRefused(name, f"refused: {name} resolved to {address}, {reason} (SSRF guard at connect)")
    return address
