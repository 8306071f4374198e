"""The claims view of a comparison: outlets as columns, and the claims x outlets matrix."""

from __future__ import annotations

import html
from pathlib import Path

from newsdossier.records import (
    Article,
    Comparison,
    ComparisonRow,
    DateInfo,
    Dossier,
    DossierInfo,
    Outlet,
    Passage,
    Topic,
)
from newsdossier.render.claims import MATRIX_ROWS, carried_by, claims_matrix_svg, outlet_columns, row_coverage


def _dossier() -> Dossier:
    articles = (
        Article("a1", "seeds/a1.txt", "First report", "wire", topics=("t",)),
        Article("a2", "seeds/a2.txt", "Second report", "wire", topics=("t",)),
        Article("a3", "seeds/a3.txt", "Zebra crossing", None, topics=("t",)),
        Article("a4", "seeds/a4.txt", "Another", None, topics=("t",)),
    )
    return Dossier(
        Path("."),
        DossierInfo("d"),
        articles,
        (Topic("t", "T", DateInfo(None)),),
        (),
        (Outlet("wire", "The Wire", "wire"),),
        (),
    )


def _row(label: str, *articles: str) -> ComparisonRow:
    return ComparisonRow(label, "claim", tuple(Passage(a, 0, f"{label} in {a}") for a in articles))


def test_an_outlets_articles_share_a_column_and_unknown_outlets_stay_apart():
    comparison = Comparison("t", ("a1", "a2", "a3", "a4"), (_row("Claim", "a1", "a2", "a3"),))
    columns = outlet_columns(_dossier(), comparison)
    assert [c.name for c in columns] == [
        "The Wire",
        "Another (outlet unknown)",
        "Zebra crossing (outlet unknown)",
    ]
    assert columns[0].articles == ("a1", "a2")
    row = comparison.rows[0]
    assert [c.key for c in carried_by(row, columns)] == ["wire", "a3"]
    assert row_coverage(row, columns) == "3 articles, 2 of 3 outlets"


def test_the_matrix_has_a_text_alternative_and_shows_the_widest_rows_only():
    rows = tuple(_row(f"Claim {n}", "a1", "a3") for n in range(MATRIX_ROWS + 5))
    comparison = Comparison("t", ("a1", "a2", "a3", "a4"), rows)
    svg = html.unescape(str(claims_matrix_svg(comparison, outlet_columns(_dossier(), comparison))))
    assert svg.count('class="nd-fig-cell"') == 2 * MATRIX_ROWS  # two outlets carry each row
    assert f"the {MATRIX_ROWS} most widely carried of {MATRIX_ROWS + 5}" in svg
    assert "Claim 0: The Wire, Zebra crossing (outlet unknown)." in svg
    assert "Claim 44" not in svg


def test_the_matrix_head_is_as_tall_as_its_longest_outlet_name_needs():
    """Short outlet names left 100 px of blank above the cells (screenshot at 1400 px)."""
    import re
    from dataclasses import replace

    from newsdossier.render.claims import MATRIX_HEAD_HEIGHT, MATRIX_ROW_HEIGHT

    def head(outlet_name: str) -> float:
        dossier = _dossier()
        dossier = replace(dossier, outlets=(Outlet("wire", outlet_name, "wire"),))
        comparison = Comparison("t", ("a1", "a2"), (_row("Claim", "a1", "a2"),))
        svg = str(claims_matrix_svg(comparison, outlet_columns(dossier, comparison)))
        height = float(re.search(r'viewBox="0 0 [\d.]+ ([\d.]+)"', svg).group(1))
        return height - MATRIX_ROW_HEIGHT - 6

    assert head("AP") < 40 < head("The Daily Chronicle of Record") <= MATRIX_HEAD_HEIGHT
    assert 110 < head("A name far too long to stand whole at the top of a column") <= MATRIX_HEAD_HEIGHT
