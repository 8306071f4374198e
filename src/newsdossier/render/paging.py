"""Splitting index pages so that no page's weight grows with the whole dossier.

A small dossier keeps one timeline, one article list and one quotes page. Past the limits
below, the timeline and the article list become a page per month (linked from a summary with
a bar per month) and the quotes a page per topic, in parts of at most QUOTE_GROUPS_PER_PAGE
quotes and QUOTE_SOURCES_PER_PAGE sources.
"""

from __future__ import annotations

import math
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
# A month too large for one group is split in parts of about sqrt(n) articles (at least this
# many): an article page's sidebar lists its month's parts and its own part's articles, about
# 2 sqrt(n) links, fewest when the two are alike (167 articles a month: 9 parts of 19, 28 links
# instead of 5 parts of 40, 45 links; a link is about 0.25 kB on every article page).
MIN_PART_LINKS = 20
# Calibration: a timeline or article-list row is about 0.4-0.6 kB of HTML, a quote group about
# 1-2 kB; these keep every index page near or under 150 kB, well below the 500 kB target.
ROWS_ON_ONE_PAGE = 150
QUOTE_GROUPS_PER_PAGE = 80
# A quote group lists each article that carries it (about 0.25 kB each): a page of the quotes
# holds at most this many, so 80 quotes each carried by 50 syndicated copies are not one page.
QUOTE_SOURCES_PER_PAGE = 240
# Bars shown on an actor's mentions figure, and quotes per topic on an actor's page (fewer
# when the actor is quoted on many topics: at most ACTOR_QUOTES_SHOWN in all, one a topic at
# least); the rest is summarised in a sentence and on the quotes pages. Calibration: at 2,000
# articles the most quoted actor's page was 551 kB with 12 quotes on each of 12 topics, every
# source of each quote and 85 kB of words attributed in passing.
MENTION_BARS_SHOWN = 30
ACTOR_QUOTES_PER_TOPIC = 12
ACTOR_QUOTES_SHOWN = 40
# Words attributed in passing listed on an actor's page (the rest are in quotes.csv), and the
# sources listed under a quote on an actor's or topic's page (the quotes pages list them all).
FRAGMENTS_SHOWN = 40
SOURCES_SHOWN = 6
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


def in_parts(items: Sequence[T], size: int, budget: int, weight: Callable[[T], int]) -> list[list[T]]:
    """Consecutive parts of at most `size` items and at most `budget` in weight (a heavier
    item stands alone); one empty part for no items."""
    parts: list[list[T]] = [[]]
    load = 0
    for item in items:
        if parts[-1] and (len(parts[-1]) >= size or load + weight(item) > budget):
            parts.append([])
            load = 0
        parts[-1].append(item)
        load += weight(item)
    return parts


def month_bars(months: Sequence[Month], from_page: str) -> list[tuple[str, int, str]]:
    """(month label, articles published that month, link from `from_page`) for months_svg."""
    return [
        (m.label, sum(1 for i in m.items if i.article is not None), href(from_page, month_page(m.key)))
        for m in months
    ]


def split_group(
    label: str, items: Sequence[T], name: Callable[[T], str], size: int = MAX_GROUP_LINKS
) -> list[tuple[str, list[T]]]:
    """A navigation group as it is when small enough, else consecutive runs of at most `size`
    (MAX_GROUP_LINKS or fewer), each labelled with the range it covers ("March 2016: 1 – 12")."""
    if len(items) <= MAX_GROUP_LINKS:
        return [(label, list(items))]
    runs = [items[i : i + size] for i in range(0, len(items), size)]
    return [(f"{label}: {name(run[0])} – {name(run[-1])}", list(run)) for run in runs]


def article_nav_groups(articles_by_date: Sequence[Article]) -> dict[str, tuple[str, ...]]:
    """Article id -> (year, month) or, in a month too large for one group, (year, month, part of
    the month), when there are too many articles for one navigation group; {} when they fit in
    one. The parts nest inside their month, so a page's sidebar lists its month's parts, not
    every part of every month (a part is a sibling only of its own month's parts)."""
    if len(articles_by_date) <= MAX_GROUP_LINKS:
        return {}

    def month(a: Article) -> str:
        return a.published.value.strftime("%B %Y") if a.published.value else "Date unknown"

    def day(a: Article) -> str:
        return str(a.published.value.day) if a.published.value else a.title[:1].upper()

    out: dict[str, tuple[str, ...]] = {}
    for month_label, in_month in groupby(articles_by_date, key=month):
        year = month_label.split()[-1] if month_label != "Date unknown" else month_label
        articles = list(in_month)
        part = min(MAX_GROUP_LINKS, max(MIN_PART_LINKS, math.isqrt(len(articles) - 1) + 1))
        runs = split_group(month_label, articles, day, part)
        for label, run in runs:
            out.update(
                {a.id: (year, month_label) if len(runs) == 1 else (year, month_label, label) for a in run}
            )
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
