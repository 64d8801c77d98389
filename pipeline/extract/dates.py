"""Publication dates: the first trustworthy timestamp a page gives, in UTC, never "now".

Reads date candidates (JSON-LD, meta tags, the time the page's feed or news sitemap entry
stated, htmldate via trafilatura) and the page's visible text; writes nothing. A date later than a day after the fetch, or at/before the Unix epoch, is
dropped and flagged ("date_future", "date_epoch"). A date-only value takes its time of day from
a dateline in the text that names the same day ("Friday 3 November 2017, 09:30 GMT").
(metadata.py leaves out an htmldate fallback on the 1st of a month: htmldate fills a missing
day with 01, and a made-up day is worse than none.)
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


def choose_published(
    candidates: list[str | None], fetched_at: str | None, flags: list[str], text: str | None = None
) -> tuple[str | None, str | None]:
    """(UTC ISO timestamp, calendar date as stated) from the first usable candidate, or (None, None)."""
    reference = parse_iso(fetched_at) or datetime.now(timezone.utc)
    for raw in candidates:
        parsed = parse_iso(raw) if raw else None
        if parsed is None:
            continue
        if parsed.year <= 1970:
            flags.append("date_epoch")
            log.info("dropped epoch-0 date %r", raw)
            continue
        if parsed > reference + timedelta(days=1):
            flags.append("date_future")
            log.info("dropped future date %r (fetched %s)", raw, fetched_at)
            continue
        if _DATE_ONLY.match(raw.strip()) and text:
            parsed = dateline_time(text, parsed) or parsed
        local_date = parsed.date().isoformat()
        return parsed.astimezone(timezone.utc).isoformat(), local_date
    return None, None


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


def url_date_agrees(url: str, local_date: str | None) -> str | None:
    """The outlet's own calendar date from a /YYYY/MM/DD/ URL when it is within a day of the
    stated timestamp (time-zone shifts put UTC timestamps on the next or previous day)."""
    match = _URL_DATE.search(urlsplit(url).path)
    if not match or not local_date:
        return local_date
    try:
        in_url = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3))).date()
        stated = datetime.fromisoformat(local_date).date()
    except ValueError:
        return local_date
    return in_url.isoformat() if abs((in_url - stated).days) <= 1 else local_date


def parse_iso(raw: str | None) -> datetime | None:
    """An ISO 8601 timestamp (date only allowed, naive means UTC), or None if not one."""
    if not raw:
        return None
    value = raw.strip().replace("Z", "+00:00")
    if _DATE_ONLY.match(value):
        value += "T00:00:00+00:00"
    value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)  # +0100 -> +01:00
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_ZONES = {"gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "est": -5, "edt": -4, "cst": -6,
          "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "z": 0}
_MONTH_NAME = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_TIME = r"(\d{1,2})[:.](\d{2})\s*(am|pm)?\s*(gmt|utc|bst|cest|cet|est|edt|cst|cdt|mst|mdt|pst|pdt)?"
_DATELINES = (
    re.compile(rf"\b(\d{{1,2}})\s+{_MONTH_NAME}\s+(\d{{4}}),?\s+(?:at\s+)?{_TIME}", re.IGNORECASE),  # 3 November 2017, 09:30 GMT
    re.compile(rf"\b{_MONTH_NAME}\s+(\d{{1,2}}),?\s+(\d{{4}}),?\s+(?:at\s+)?{_TIME}", re.IGNORECASE),  # November 3, 2017 at 9:30 am EST
)


def dateline_time(text: str, day: datetime) -> datetime | None:
    """The time of a dateline in ``text`` that names ``day`` (zone as written, else UTC)."""
    for number, pattern in enumerate(_DATELINES):
        for match in pattern.finditer(text[:20000]):
            groups = match.groups()
            day_of_month, month_name, year = (groups[0], groups[1], groups[2]) if number == 0 else (groups[1], groups[0], groups[2])
            hour, minute, ampm, zone = groups[3:7]
            month = next((v for k, v in _MONTHS.items() if k.startswith(month_name.lower().rstrip("."))), None)
            try:
                stated = datetime(int(year), month or 0, int(day_of_month))
            except ValueError:
                continue
            if stated.date() != day.date():
                continue
            hour_value = int(hour) % 12 + (12 if ampm and ampm.lower() == "pm" else 0) if ampm else int(hour)
            if hour_value > 23 or int(minute) > 59:
                continue
            offset = timezone(timedelta(hours=_ZONES.get((zone or "utc").lower(), 0)))
            return datetime(stated.year, stated.month, stated.day, hour_value, int(minute), tzinfo=offset)
    return None
