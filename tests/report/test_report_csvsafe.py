"""CSV safety (RELIABILITY 32): formulas neutralised, numbers kept, BOM, RFC 4180 quoting."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.report.csvsafe import DANGEROUS_FIRST, cell_text, is_real_number, render_csv, write_csv


def read_back(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_round_trips_as_a_safe_string(value):
    rows = read_back(render_csv(["cell"], [[value]]))
    assert len(rows) == 2
    got = rows[1][0]
    if value.startswith(DANGEROUS_FIRST) and not is_real_number(value):
        assert got == "'" + value
    else:
        assert got in (value, "'" + value)  # long digit strings are kept as text with '
    assert not got.startswith(DANGEROUS_FIRST) or is_real_number(got)


@given(st.one_of(st.integers(min_value=-10**14, max_value=10**14), st.floats(allow_nan=False, allow_infinity=False)))
def test_numbers_stay_numbers(number):
    got = read_back(render_csv(["n"], [[number]]))[1][0]
    assert float(got) == float(number)


def test_dangerous_cells():
    assert cell_text("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert cell_text("+1 555 0100") == "'+1 555 0100"
    assert cell_text("-rm") == "'-rm"
    assert cell_text("@SUM(A1)") == "'@SUM(A1)"
    assert cell_text("\tx") == "'\tx"
    assert cell_text("\rx") == "'\rx"
    assert cell_text("-3.5") == "-3.5"
    assert cell_text("+2e3") == "+2e3"
    assert cell_text(-7) == "-7"
    assert cell_text(0.25) == "0.25"


def test_long_numeric_ids_stay_text():
    assert cell_text("112233445566778899") == "'112233445566778899"
    assert cell_text(112233445566778899) == "'112233445566778899"
    assert cell_text("123456") == "123456"


def test_other_values():
    assert cell_text(None) == ""
    assert cell_text(dt.datetime(2026, 11, 3, 0, 5)) == "2026-11-03 00:05:00"
    assert cell_text(["a", "b"]) == '["a", "b"]'
    assert cell_text(["=x"]) == '["=x"]'


def test_quoting_newlines_and_quotes():
    text = render_csv(["a", "b"], [['say "hi"', "two\nlines"]])
    assert text == 'a,b\r\n"say ""hi""","two\nlines"\r\n'
    assert read_back(text)[1] == ['say "hi"', "two\nlines"]


def test_file_has_bom_and_crlf(tmp_path):
    path = tmp_path / "x.csv"
    assert write_csv(path, ["naïve"], [["café"]]) == 1
    assert path.read_bytes() == "\ufeffnaïve\r\ncafé\r\n".encode("utf-8")
