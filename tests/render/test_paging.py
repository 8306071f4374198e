"""Large comparisons and index pages are split so that no page grows with the whole dossier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsdossier.records import Comparison, ComparisonRow, Passage
from newsdossier.render import paging


def row(n: int, articles: list[str]) -> ComparisonRow:
    return ComparisonRow(f"row {n}", "claim", tuple(Passage(a, 0, f"text {n} {a}") for a in articles))


def test_a_small_comparison_stays_one_page():
    comparison = Comparison("t", ("a", "b"), (row(1, ["a", "b"]),), only=(Passage("a", 1, "x"),))
    assert paging.comparison_parts(comparison) == [comparison]


def test_a_large_comparison_is_split_with_only_the_columns_each_part_needs():
    articles = [f"a{i:03d}" for i in range(200)]
    # Rows involving few articles each; a real large topic has many such rows.
    rows = tuple(row(n, articles[n % 200 : n % 200 + 3]) for n in range(300))
    only = tuple(Passage(a, 5, f"only {a}") for a in articles) * 2
    comparison = Comparison("t", tuple(articles), rows, only=only)
    parts = paging.comparison_parts(comparison)
    assert len(parts) > 1
    # Nothing lost, nothing repeated, order kept.
    assert [r for p in parts for r in p.rows] == list(rows)
    assert [o for p in parts for o in p.only] == list(only)
    for part in parts:
        assert len(part.rows) * len(part.articles) <= paging.COMPARISON_CELLS or len(part.rows) == 1
        assert len(part.only) <= paging.ONLY_PASSAGES_PER_PAGE
        needed = {p.article for r in part.rows for p in r.passages} | {p.article for p in part.only}
        assert set(part.articles) == needed
        assert list(part.articles) == sorted(part.articles, key=articles.index)


@dataclass(frozen=True)
class Item:
    date: dt.date
    article: object = None


def test_months_group_items_in_date_order_and_bars_count_articles():
    items = [Item(dt.date(2016, 3, 1), "a"), Item(dt.date(2016, 3, 9)), Item(dt.date(2016, 4, 2), "b")]
    months = paging.months_of(items)
    assert [(m.key, m.label, len(m.items)) for m in months] == [
        ("2016-03", "March 2016", 2),
        ("2016-04", "April 2016", 1),
    ]
    bars = paging.month_bars(months, "timeline.md")
    assert bars == [("March 2016", 1, "2016-03/"), ("April 2016", 1, "2016-04/")]


def test_comparison_pages_are_left_out_of_the_search_index():
    """Their passages are the articles' own words, already indexed on the article pages."""
    from newsdossier.pipeline import build_dossier
    from newsdossier.render.families import comparison_pages
    from newsdossier.render.site import site_data
    from sitebuild import PROJECT

    build = build_dossier(PROJECT)
    site = site_data(build.dossier, build.cleaned, build.analysis, build.comparisons)
    pages = comparison_pages(site)
    assert pages and all(page.meta["search"] == {"exclude": True} for page in pages)
