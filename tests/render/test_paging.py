"""Large index pages are split so that no page grows with the whole dossier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsdossier.render import paging


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


def test_quotes_pages_are_left_out_of_the_search_index():
    """Their quotes are the articles' own words, indexed on the article pages (and a named
    speaker's on the actor's page)."""
    from newsdossier.pipeline import build_dossier
    from newsdossier.render.quote_families import quotes_page, topic_quote_pages
    from newsdossier.render.site import site_data
    from sitebuild import PROJECT

    build = build_dossier(PROJECT)
    site = site_data(build.dossier, build.cleaned, build.analysis, build.comparisons)
    pages = quotes_page(site) + topic_quote_pages(site)
    assert pages and all(page.meta["search"] == {"exclude": True} for page in pages)
    assert all(page.meta["title"].startswith("Quotes") for page in pages)


def test_parts_hold_at_most_so_many_items_and_so_much_weight():
    assert paging.in_parts([], 3, 10, len) == [[]]
    assert paging.in_parts([1, 1, 1, 1, 1], 2, 10, lambda x: x) == [[1, 1], [1, 1], [1]]
    # Weight fills a part before its count does; an item heavier than the budget stands alone.
    assert paging.in_parts([4, 4, 4, 20, 1], 10, 10, lambda x: x) == [[4, 4], [4], [20], [1]]


def test_the_concordance_shows_the_first_quote_rows_and_versions_only():
    from newsdossier.pipeline import build_dossier
    from newsdossier.render.views import concordance
    from sitebuild import PROJECT

    build = build_dossier(PROJECT)
    comparison = max(
        build.comparisons.values(),
        key=lambda c: max((len(r.passages) for r in c.rows if r.kind == "quote"), default=0),
    )
    every = concordance(comparison)
    assert every and max(len(words) for _row, words, _diffs in every) >= 2
    first = concordance(comparison, most_rows=1, versions=1)
    assert [row for row, _w, _d in first] == [every[0][0]]
    assert [len(words) for _r, words, _d in first] == [2] and len(first[0][2]) == 2
