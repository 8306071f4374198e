"""The methodology page and each comparison page say how rows are made, what was measured on
which data (compare/measured.py, which tests/compare/test_measured.py checks against the
evaluations) and how many rows the editors pinned or vetoed; no figure stands as this dossier's."""

from __future__ import annotations

import re

import pytest

from newsdossier.compare.measured import MEASURED
from newsdossier.pipeline import build_dossier
from sitebuild import PROJECT


@pytest.fixture(scope="module")
def build():
    return build_dossier(PROJECT)


def _page(build, path: str) -> str:
    return next(f.content for f in build.files if f.path == path)


def test_the_methodology_page_states_each_measurement_with_its_data_command_and_date(build):
    page = _page(build, "methodology.md")
    assert "How comparison rows are made" in page and "What was measured, on which data" in page
    for m in MEASURED:
        item = next(line for line in page.splitlines() if m.command + "</code>" in line)
        assert f"precision {m.precision:.3f}" in item and f"recall {m.recall:.3f}" in item
        assert f"{m.right} were right" in item and f"{m.found} of the {m.wanted} pairs" in item
        assert f"Measured on {m.measured}" in item and f"{m.articles[0]} to {m.articles[1]} articles" in item
    assert "no figure holds for every dossier" in page
    assert "92%" not in page  # the figures come from the measurements only


def test_each_comparison_page_counts_its_pins_and_vetoes_and_quotes_the_measurements(build):
    for topic_id, comparison in build.comparisons.items():
        page = _page(build, f"comparisons/{topic_id}.md")
        pinned = sum(row.editorial == "pinned" for row in comparison.rows)
        rows = len(comparison.rows)
        vetoes = len(comparison.vetoed)
        assert f"Of {rows} rows, {pinned} {'was' if pinned == 1 else 'were'} pinned by the editors" in page
        assert f"{rows - pinned} made by the method alone" in page
        assert re.search(rf"the editors made {vetoes} vetoe?s?\b", page)
        assert "is no promise for this topic" in page
        for m in (m for m in MEASURED if m.whole_pipeline):
            assert (
                f"in topics of {m.articles[0]} to {m.articles[1]} articles, {round(100 * m.precision)}%"
                in page
            )


def test_each_shown_row_is_anchored_by_the_id_dossier_compare_prints(build):
    from newsdossier.compare.rows import row_id
    from newsdossier.render.claims import FULL_ROWS

    for topic_id, comparison in build.comparisons.items():
        page = _page(build, f"comparisons/{topic_id}.md")
        for row in comparison.rows[:FULL_ROWS]:
            assert f'<section class="nd-claim nd-kind-{row.kind}" id="{row_id(row)}"' in page
