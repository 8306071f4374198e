"""Navigation groups stay small, so navigation.prune keeps every page's sidebar bounded."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from newsdossier.render.families import Page, PageFamily
from newsdossier.render.navigation import site_nav
from newsdossier.render.paging import MAX_GROUP_LINKS, article_nav_groups, split_group
from newsdossier.render.paging import actor_nav_groups as actor_groups


def test_a_small_group_is_kept_whole_and_a_large_one_split_in_labelled_runs():
    assert split_group("March 2016", [1, 2, 3], str) == [("March 2016", [1, 2, 3])]
    items = list(range(1, 2 * MAX_GROUP_LINKS + 2))
    groups = split_group("March 2016", items, str)
    assert [x for _label, run in groups for x in run] == items
    assert all(len(run) <= MAX_GROUP_LINKS for _label, run in groups)
    assert groups[0][0] == f"March 2016: 1 – {MAX_GROUP_LINKS}"


def test_many_actors_of_one_kind_are_grouped_by_ranges_of_initials():
    names = [f"{letter}name{n} {letter}surname{n}" for letter in "ABCDEFGH" for n in range(12)]
    actors = sorted(
        (SimpleNamespace(name=n, kind="person") for n in names), key=lambda a: a.name.split()[-1].casefold()
    )
    groups = actor_groups(actors)
    assert len(groups) > 1
    assert [a for _label, run in groups for a in run] == actors
    assert all(len(run) <= MAX_GROUP_LINKS for _label, run in groups)
    assert groups[0][0].startswith("A–")


def _sidebar_links(nav: list, path: str) -> int:
    """The links Material shows beside the page at `path` with navigation.tabs, .sections and
    .prune: its section's entries, the entries of the groups directly in the section (always
    open), and the entries of every list on the way down to the page."""

    def route(entries: list, trail: list[list]) -> list[list] | None:
        for entry in entries:
            value = entry if isinstance(entry, str) else next(iter(entry.values()))
            if value == path:
                return trail
            if isinstance(value, list) and (found := route(value, [*trail, value])) is not None:
                return found
        return None

    for section in nav:
        entries = next(iter(section.values()))
        if isinstance(entries, list) and (lists := route(entries, [entries])) is not None:
            open_groups = [next(iter(e.values())) for e in entries if isinstance(e, dict)]
            shown = {id(x): x for x in [*lists, *(g for g in open_groups if isinstance(g, list))]}
            return sum(len(x) for x in shown.values())
    raise AssertionError(f"{path} is not in the navigation")


def _article_nav(count: int) -> tuple[list, list[str]]:
    start = dt.date(2015, 11, 1)
    articles = [
        SimpleNamespace(
            id=f"a{n}",
            title=f"Article {n}",
            published=SimpleNamespace(value=start + dt.timedelta(days=n * 365 // count)),
        )
        for n in range(count)
    ]
    groups = article_nav_groups(articles)
    family = PageFamily("article", "articles/{id}.md", "Articles", "article.md.j2", lambda site: [])
    planned = [
        (family, Page(f"articles/{a.id}.md", {}, nav_title=a.title, nav_group=groups.get(a.id), nav_key=(n,)))
        for n, a in enumerate(articles)
    ]
    return site_nav(planned), [page.path for _f, page in planned]


def test_an_article_pages_sidebar_stays_small_as_the_dossier_grows():
    """A large month's parts nest inside it: a page shows its year's months, its month's parts
    and its part's articles, not every part of every month (it showed 73 links at 500 articles
    and 110 at 2,000)."""
    for count in (500, 2000, 8000):
        nav, paths = _article_nav(count)
        most = max(_sidebar_links(nav, p) for p in paths[:: max(1, count // 200)])
        # 2 years, their 13 months, and at most MAX_GROUP_LINKS parts of MAX_GROUP_LINKS
        assert most <= 2 + 13 + 2 * MAX_GROUP_LINKS, (count, most)
        if count == 2000:
            assert most <= 50, most
