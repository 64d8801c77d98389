"""Spider middleware: a callback that raises (a payload shape we did not expect) becomes a
Failure row with status "parse_error" instead of only a log line. Reads and writes nothing."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.http import Response

from pipeline.crawl.items import failure_row

logger = logging.getLogger(__name__)


class RecordParseErrorsMiddleware:
    """Turns an exception in a spider callback into a Failure item; the crawl goes on."""

    def process_spider_exception(self, response: Response, exception: Exception, spider: Any = None) -> list[Any]:
        logger.error("could not parse %s: %s: %s", response.url, type(exception).__name__, exception, exc_info=exception)
        return [failure_row(response.url, "parse_error", f"{type(exception).__name__}: {exception}")]
