"""Splitting index pages so that no page's weight grows with the whole dossier.

A small dossier keeps one timeline, one article list and one quotes page. Past the limits
below, the timeline and the article list become a page per month (linked from a summary with
a bar per month) and the quotes a page per topic, in parts of at most QUOTE_GROUPS_PER_PAGE.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TypeVar

from ..records import Actor, Article
from .urls import href, month_page
from .views import sort_name

T = TypeVar("T")

# The most links one navigation group holds before it is split (a month's articles, a range
# of initials); Material with navigation.prune renders only the current page's groups, so a
# page carries about 0.25 kB per link of its group, against 395 kB for 1,000 links unsplit.
MAX_GROUP_LINKS = 40
# Calibration: a timeline or article-list row is about 0.4-0.6 kB of HTML, a quote group about
# 1-2 kB; these keep every index page near or under 150 kB, well below the 500 kB target.
ROWS_ON_ONE_PAGE = 150
QUOTE_GROUPS_PER_PAGE = 80
# Bars shown on an actor's mentions figure, and quotes per topic on an actor's page; the rest
# is summarised in a sentence and on the quotes pages.
MENTION_BARS_SHOWN = 30
ACTOR_QUOTES_PER_TOPIC = 12
# Articles listed under each outlet on the outlets page (the latest; the count says how many).
ARTICLES_PER_OUTLET = 40


@dataclass(frozen=True)
class Month:
    key: str  # "2016-03"
    label: str  # "March 2016"
    items: tuple  # timeline items of the month, in date order


def months_of(items: Sequence) -> list[Month]:
    """Timeline items (each with a .date) grouped by calendar month, oldest first."""
    return [
        Month(key, list_[0].date.strftime("%B %Y"), tuple(list_))
        for key, group in groupby(items, key=lambda i: i.date.strftime("%Y-%m"))
        for list_ in [list(group)]
    ]


def in_parts(items: Sequence, size: int) -> list[list]:
    """Consecutive parts of at most `size` items (one empty part for no items)."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]


def month_bars(months: Sequence[Month], from_page: str) -> list[tuple[str, int, str]]:
    """(month label, articles published that month, link from `from_page`) for months_svg."""
    return [
        (m.label, sum(1 for i in m.items if i.article is not None), href(from_page, month_page(m.key)))
        for m in months
    ]


def split_group(label: str, items: Sequence[T], name: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """A navigation group as it is when small enough, else consecutive runs of at most
    MAX_GROUP_LINKS, each labelled with the range it covers ("March 2016: 1 – 12")."""
    if len(items) <= MAX_GROUP_LINKS:
        return [(label, list(items))]
    runs = [items[i : i + MAX_GROUP_LINKS] for i in range(0, len(items), MAX_GROUP_LINKS)]
    return [(f"{label}: {name(run[0])} – {name(run[-1])}", list(run)) for run in runs]


def article_nav_groups(articles_by_date: Sequence[Article]) -> dict[str, tuple[str, ...]]:
    """Article id -> (year, month or part of a month) when there are too many articles for one
    navigation group; {} when they fit in one."""
    if len(articles_by_date) <= MAX_GROUP_LINKS:
        return {}

    def month(a: Article) -> str:
        return a.published.value.strftime("%B %Y") if a.published.value else "Date unknown"

    def day(a: Article) -> str:
        return str(a.published.value.day) if a.published.value else a.title[:1].upper()

    out: dict[str, tuple[str, ...]] = {}
    for month_label, in_month in groupby(articles_by_date, key=month):
        year = month_label.split()[-1] if month_label != "Date unknown" else month_label
        for label, run in split_group(month_label, list(in_month), day):
            out.update({a.id: (year, label) for a in run})
    return out


def actor_nav_groups(members: Sequence[Actor]) -> list[tuple[str, list[Actor]]]:
    """Actors of one kind (in name order) in runs of initials of at most MAX_GROUP_LINKS;
    one run labelled "" when they fit in one group."""
    if len(members) <= MAX_GROUP_LINKS:
        return [("", list(members))]
    runs: list[list[Actor]] = []
    for _initial, same in groupby(members, key=lambda a: sort_name(a)[0][:1].upper()):
        same_list = list(same)
        if runs and len(runs[-1]) + len(same_list) <= MAX_GROUP_LINKS:
            runs[-1] += same_list
        else:
            runs.append(same_list)
    labelled = [(_initials(run), run) for run in runs]
    return [
        g for label, run in labelled for g in split_group(label, run, lambda a: sort_name(a)[0][:3].title())
    ]


def _initials(actors: list[Actor]) -> str:
    first, last = sort_name(actors[0])[0][:1].upper(), sort_name(actors[-1])[0][:1].upper()
    return first if first == last else f"{first}–{last}"
