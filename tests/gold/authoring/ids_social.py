"""Deterministic, realistic-looking platform identifiers for the demo posts."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

B32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz"


def epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def tid(iso: str, clock_id: int = 7) -> str:
    """An AT Protocol TID (record key): 53-bit microseconds + 10-bit clock id, base32-sortable."""
    value = (int(epoch(iso) * 1_000_000) << 10) | clock_id
    chars = []
    for _ in range(13):
        chars.append(B32_SORTABLE[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def did_for(handle: str) -> str:
    digest = base64.b32encode(hashlib.sha256(handle.encode()).digest()).decode().lower()
    return "did:plc:" + digest[:24]


def cid_for(seed: str) -> str:
    digest = base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode().lower().rstrip("=")
    return "bafyrei" + digest[:52]


def snowflake(iso: str, seq: int) -> str:
    """A Mastodon status id: milliseconds since the epoch shifted 16 bits, plus a sequence."""
    return str((int(epoch(iso) * 1000) << 16) | (seq & 0xFFFF))
