"""Decoding bodies right (RELIABILITY 14-15): charsets, BOMs, wrong headers, mojibake, curly quotes."""

from __future__ import annotations

import base64
import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.charset import decode_body, decode_bytes
from pipeline.extract.text import ParsedPage, parse_page
from pipeline.records import RawPage

SENTENCE = "A naïve café owner said ‘it’s fine’ — “really” — and Zoë agreed. Straße, 50 €."
PAGE = f"<html><head><title>t</title></head><body><p>{SENTENCE}</p></body></html>"


def test_cp1252_without_any_charset():
    assert SENTENCE in decode_body(PAGE.encode("cp1252"), None)
    assert "naïve" in decode_body("<p>naïve</p>".encode("cp1252"), "text/html")


def test_header_says_utf8_but_bytes_are_cp1252():
    text = decode_body(PAGE.encode("cp1252"), "text/html; charset=utf-8")
    assert "\ufffd" not in text
    assert SENTENCE in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_boms_win(encoding):
    raw = PAGE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        raw = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + raw
    text = decode_body(raw, "text/html; charset=iso-8859-1")  # a lying header loses to the BOM
    assert text.startswith("<html>") and SENTENCE in text


def test_utf16_declared_in_header_without_bom():
    assert SENTENCE in decode_body(PAGE.encode("utf-16-le"), "text/html; charset=UTF-16LE")


def test_gb18030_declared_in_meta_and_in_header():
    chinese = "账户被停用了十一分钟，该公司称这是一名员工的失误。"
    meta = f'<html><head><meta charset="gb2312"></head><body><p>{chinese}</p></body></html>'
    assert chinese in decode_body(meta.encode("gb18030"), "text/html")
    plain = f"<html><body><p>{chinese}</p></body></html>"
    assert chinese in decode_body(plain.encode("gb18030"), "text/html; charset=GBK")


def test_meta_http_equiv_charset():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>{SENTENCE}</body></html>'
    assert SENTENCE in decode_body(page.encode("cp1252"), None)


def test_mojibake_repaired_and_curly_quotes_kept():
    broken = "<p>CafÃ© owners said ‘it’s fine’ and “really”, don’t worry.</p>"
    text = decode_body(broken.encode("utf-8"), "text/html; charset=utf-8")
    assert "Café owners" in text
    assert "‘it’s fine’" in text and "“really”" in text and "don’t" in text


def test_html_entities_are_left_for_the_parser():
    assert "&lt;b&gt;" in decode_body(b"<p>&lt;b&gt; &amp; friends</p>", "text/html")


def test_plain_decoding_does_not_repair():
    assert decode_bytes("CafÃ© \r\n".encode(), "text/plain; charset=utf-8") == "CafÃ© \r\n"


def test_stored_article_text_has_no_replacement_characters():
    extra = ("<p>Later the firm said a worker on the last day of a contract had done it, and that "
             "new checks were now in place so that no single person could do the same again.</p>")
    body = f"<html><body><article><p>{SENTENCE}</p>{extra}</article></body></html>".encode("cp1252")
    page = RawPage(url="https://n.example/a", requested_url="https://n.example/a", status=200,
                   headers={"content-type": "text/html; charset=utf-8"},
                   body_b64=base64.b64encode(body).decode(), fetched_at="2017-12-01T00:00:00+00:00", source="article")
    result = parse_page(page, {"extract": {"min_words": 30}})
    assert isinstance(result, ParsedPage)
    assert "\ufffd" not in result.text and "naïve café" in result.text and "‘it’s fine’" in result.text


@pytest.mark.parametrize(
    "body",
    [
        "<p>Plain words, ‘curly’ quotes — and nothing to fix.</p>",
        "<p>A stray\x1b[1m terminal escape\x1b[0m in the feed.</p>",
        "<p>Zero\ufeffwidth and a\x07bell, a C1 \x85 control.</p>",
        "<p>CafÃ© line one\nand a clean line two \x0b</p>",
    ],
)
def test_repair_matches_ftfy_fix_text(body):
    import ftfy

    from pipeline.extract.charset import FTFY_CONFIG, repair_mojibake

    expected = ftfy.fix_text(body, config=FTFY_CONFIG)
    assert repair_mojibake(body) == expected
    assert (expected == body) == (body.startswith("<p>Plain"))


@pytest.mark.parametrize(
    "body",
    [
        "<p>It\u00e2\u20ac\u2122s the classic double encoding.</p>",
        "<p>first line\n\u00c3 la mode, a line that starts badly</p>",
        "<p>a man\u0153uvre. And\n\u0153 alone</p>",
        "<p>Said so \U0001f643\u2019 and \u201c\u2018nested\u2019\u201d quotes</p>",
        "<p>\u00d8\u00a7\u00d9\u201e Arabic read as cp1252</p>",
        "<p>na\u00efve caf\u00e9, \u00a3 50 and 3\u00b0C, nothing wrong</p>",
    ],
)
def test_repair_matches_ftfy_on_mojibake_and_lookalikes(body):
    import ftfy

    from pipeline.extract.charset import FTFY_CONFIG, repair_mojibake

    assert repair_mojibake(body) == ftfy.fix_text(body, config=FTFY_CONFIG)


def _mojibake_characters() -> str:
    """Every character ftfy's badness patterns name (ranges expanded), plus a few others."""
    import re

    from ftfy.badness import MOJIBAKE_CATEGORIES

    chars = set("ÂÃÎÐ€œŠš¢£Ÿž®©°·»–—´ØÙà²µ¹¼½¾√±∂†≠™≤≥¥ø≈‚Äìîïòôúùûπâóàäêв‚ЂВГРСўβΆΒΓΞΟā×")
    for members in MOJIBAKE_CATEGORIES.values():
        for start, end in re.findall(r"(.)-(.)", members):
            chars.update(chr(c) for c in range(ord(start), ord(end) + 1))
        chars.update(members.replace("-", ""))
    return "".join(sorted(ch for ch in chars if not ch.isascii())) + "\U0001f643é"


MOJIBAKE_CHARS = _mojibake_characters()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=MOJIBAKE_CHARS + "aZ .\n1", max_size=12))
def test_repair_is_fix_text_on_any_mix_of_suspect_characters(text):
    """The shortcut in repair_mojibake (only lines with two non-ASCII characters in a row, or
    one of Œ œ Â Ã, are tested with is_bad) holds for whatever ftfy version is installed."""
    import ftfy

    from pipeline.extract.charset import FTFY_CONFIG, repair_mojibake

    assert repair_mojibake(text) == ftfy.fix_text(text, config=FTFY_CONFIG)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MOJIBAKE_CHARS), max_size=8), st.sampled_from(["a", " ", "Z", ".", "\n", "1"]))
def test_badness_needs_two_non_ascii_characters_in_a_row(chars, glue):
    import ftfy.badness

    alone = {"\u0152", "\u0153", "\u00c2", "\u00c3"} | {chr(c) for c in range(0x80, 0xA0)}
    text = glue + glue.join(ch for ch in chars if ch not in alone) + glue
    assert not ftfy.badness.is_bad(text)
