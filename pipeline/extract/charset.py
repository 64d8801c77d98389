"""Bytes to text: the right character set, then mojibake repaired with curly quotes kept.

Reads the raw body bytes of a ``RawPage`` and its Content-Type header; writes nothing.

Order of evidence, as browsers do it (WHATWG "encoding sniffing"), with one newsroom twist:
a declared charset is believed only when the bytes actually decode with it, because servers
that say ``utf-8`` and send cp1252 are common.

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32);
2. the ``charset=`` of the Content-Type header;
3. a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in the first 4 KiB;
4. strict UTF-8;
5. charset-normalizer's best guess;
6. cp1252 (the web's de-facto Latin-1), which decodes any byte.

Labels are mapped as browsers map them: ``iso-8859-1``/``latin1``/``ascii`` mean cp1252,
``gb2312``/``gbk`` mean gb18030. Mojibake (``CafÃ©``) left in the text after decoding is
repaired with ftfy, configured to keep curly quotes, apostrophes, ligatures and full-width
characters as they are: the quotes carry the quotations newsreact extracts.
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer
import ftfy
import ftfy.badness
from ftfy import fixes
from ftfy.chardata import CONTROL_CHARS

log = logging.getLogger(__name__)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browser label aliases (WHATWG Encoding Standard) for the labels that matter in practice.
ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "x-cp1252": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "utf8": "utf-8", "unicode": "utf-16-le", "utf-16": "utf-16", "shift-jis": "shift_jis",
    "x-sjis": "shift_jis", "iso-8859-9": "cp1254", "tis-620": "cp874", "euc-kr": "cp949",
}

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # the text is HTML still to be parsed: entities are the parser's job
    uncurl_quotes=False,  # ’ and “ ” carry the quotes we extract
    fix_latin_ligatures=False,
    fix_character_width=False,  # full-width CJK punctuation is meaningful
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)

# The character-level fixes FTFY_CONFIG leaves on, besides the encoding repair.
_CHARACTER_FIXES = (fixes.fix_c1_controls, fixes.fix_surrogates, fixes.remove_terminal_escapes, fixes.remove_control_chars)


def _char_class(codepoints: set[int]) -> str:
    """A regex character class of ``codepoints``, as ranges of \\U escapes."""
    ranges: list[list[int]] = []
    for cp in sorted(codepoints):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]"


# The only characters those fixes act on: C1 controls, surrogates, ESC (terminal escapes) and
# ftfy's CONTROL_CHARS. A text without any is returned unchanged by all four.
_FIXABLE = re.compile(_char_class(set(range(0x80, 0xA0)) | set(range(0xD800, 0xE000)) | {0x1B} | set(CONTROL_CHARS)))
# What a line needs before ftfy.badness.is_bad can flag it (see repair_mojibake): two
# non-ASCII characters in a row, or one of the characters that its patterns accept alone
# (Œ œ before a non-letter, Â Ã before a space).
_NON_ASCII_PAIR = re.compile(r"[^\x00-\x7f][^\x00-\x7f]")
_MOJIBAKE_ALONE = re.compile("[\u0152\u0153\u00c2\u00c3]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def decode_body(body: bytes, content_type: str | None) -> str:
    """Decode an HTTP body to text (see the module docstring for the order of evidence).

    The result has no byte-order mark; mojibake is repaired, curly quotes are kept.
    """
    text = decode_bytes(body, content_type)
    return repair_mojibake(text) if text else text


def repair_mojibake(text: str) -> str:
    """``ftfy.fix_text`` with ``FTFY_CONFIG``, skipped when it would change nothing.

    ftfy fixes text line by line ("\n" included), and a line gets its encoding repaired only
    when ``ftfy.badness.is_bad`` flags it; the other fixes we keep on (C1 controls,
    surrogates, terminal escapes, control characters) are character-level and act only on the
    characters of ``_FIXABLE``. So when no line is flagged and the text has none of those
    characters, fix_text returns it unchanged: the common case, at a fraction of the cost.
    Every pattern of ftfy's badness test needs two non-ASCII characters side by side, or one
    of ``_MOJIBAKE_ALONE`` (C1 controls are in ``_FIXABLE``): only the lines that have one are
    tested (``tests/extract/test_text_charset.py`` holds ftfy to that).
    """
    if _FIXABLE.search(text):
        return ftfy.fix_text(text, config=FTFY_CONFIG)
    if text.isascii() or not (_NON_ASCII_PAIR.search(text) or _MOJIBAKE_ALONE.search(text)):
        return text
    for line in text.split("\n"):
        if (_NON_ASCII_PAIR.search(line) or _MOJIBAKE_ALONE.search(line)) and ftfy.badness.is_bad(line + "\n"):
            return ftfy.fix_text(text, config=FTFY_CONFIG)
    return text


def decode_bytes(body: bytes, content_type: str | None) -> str:
    """Decode without any repair (plain-text articles keep their exact characters)."""
    if not body:
        return ""
    for bom, encoding in BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(encoding, errors="replace")
    for label, where in ((header_charset(content_type), "header"), (meta_charset(body), "meta")):
        if not label:
            continue
        encoding = normalise_label(label)
        if encoding is None:
            log.debug("unknown charset %r in %s, ignored", label, where)
            continue
        if where == "meta" and encoding.startswith("utf-16"):
            continue  # a meta tag readable as ASCII cannot be UTF-16 (WHATWG rule)
        decoded = _strict(body, encoding)
        if decoded is not None:
            return decoded
        log.debug("body does not decode as declared %s (%s); sniffing", encoding, where)
    decoded = _strict(body, "utf-8")
    if decoded is not None:
        return decoded
    guess = _guess(body)
    if guess is not None:
        return guess
    return body.decode("cp1252", errors="replace")


def header_charset(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def meta_charset(body: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if any."""
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def normalise_label(label: str) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    lowered = label.strip().lower()
    name = ALIASES.get(lowered, lowered)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text


def _guess(body: bytes) -> str | None:
    """charset-normalizer's guess, kept to encodings that are plausible for a web page.

    Short Latin texts are often "detected" as an obscure code page; cp1252 is the better bet
    for those, so a guess outside the plausible set falls through to cp1252.
    """
    matches = charset_normalizer.from_bytes(body)
    best = matches.best()
    if best is None or best.encoding is None:
        return None
    encoding = ALIASES.get(best.encoding.replace("_", "-"), best.encoding)
    # Ties between single-byte Latin code pages are common on short texts: prefer cp1252,
    # the encoding an undeclared Western page almost always uses.
    tied = [m for m in matches if m.chaos <= best.chaos]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        encoding = "cp1252"
    plausible = (
        encoding.startswith(("utf", "gb", "big5", "shift", "euc", "cp125", "koi8", "iso8859"))
        or encoding in ("cp932", "cp949", "cp874", "cp1252")
    )
    if not plausible:
        log.debug("charset guess %s is implausible for a web page; using cp1252", encoding)
        return None
    if encoding.startswith("iso8859") and encoding not in ("iso8859_2", "iso8859_5", "iso8859_7"):
        encoding = "cp1252"  # Western ISO guesses: cp1252 is a superset that browsers use
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
