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
