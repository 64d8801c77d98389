"""Scrapy's downloader with its per-domain concurrency cap restored.

In Scrapy 2.19 ``Downloader._process_queue`` starts each queued request as an asyncio task and
counts it as transferring only once that task runs, so its ``while free_transfer_slots() > 0``
loop starts every queued request of a slot at once: ``CONCURRENT_REQUESTS_PER_DOMAIN = 1``
let 8 requests run in parallel against one host. Politeness towards newsrooms' servers and
the platforms' APIs rests on that cap, so this subclass counts a request as transferring
the moment it is started. ``tests/crawl/test_concurrency.py`` checks the cap on a real crawl.
"""

from __future__ import annotations

from time import monotonic
from typing import TYPE_CHECKING

from scrapy.core.downloader import Downloader

if TYPE_CHECKING:
    from scrapy.core.downloader import Slot

try:  # the internals this fix is written against (Scrapy 2.19)
    from scrapy.utils.asyncio import call_later
    from scrapy.utils.defer import _schedule_coro
except ImportError:  # pragma: no cover - another Scrapy: its own queue, checked by the test
    _schedule_coro = None


class CappedDownloader(Downloader):
    """``Downloader`` whose slots never start more requests than their concurrency."""

    def _process_queue(self, slot: Slot) -> None:
        if _schedule_coro is None or not hasattr(self, "_wait_for_download"):
            super()._process_queue(slot)  # pragma: no cover
            return
        if slot.latercall:
            return  # a delayed call will process the queue
        now = monotonic()
        delay = slot.download_delay()
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = call_later(penalty, self._latercall, slot)
                return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queue_dfd = slot.queue.popleft()
            slot.transferring.add(request)  # the fix: counted now, not when the task starts
            _schedule_coro(self._wait_for_download(slot, request, queue_dfd))
            if delay:  # one request per delay, no burst
                self._process_queue(slot)
                break
