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
