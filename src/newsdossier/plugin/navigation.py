"""The site navigation: tabs for the dossier's sections, nested so that with navigation.prune a
page carries only its own branch, and no branch grows with the whole dossier.

Material renders the second level of a tab as always-open sections and prunes deeper levels
that do not hold the current page; so the articles are grouped by year (sections), month and,
in a month with many articles, date ranges; the actors by kind (sections) and, in a large
kind, ranges of initials. A page then carries the group labels plus its own group's links.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from itertools import groupby
from pathlib import Path
from typing import TypeVar

from ..pipeline import DossierBuild
from ..records import Actor, Article, Dossier
from ..render import urls
from ..render.markup import theme_text
from ..render.views import articles_by_date, sort_name

# Hand-written pages shown under "About", in this order when present in docs/.
ABOUT_PAGES = ("methodology.md", "about.md")
# The most links one navigation group holds before it is split (a month's articles, a range
# of initials): 40 links are about 10 kB of HTML per page, against 395 kB for 1,000 links.
MAX_GROUP_LINKS = 40
T = TypeVar("T")
ACTOR_KINDS = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("state", "States"),
    ("group", "Groups"),
)


def split_group(label: str, items: Sequence[T], name: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """A group as it is when small enough, else consecutive runs of at most MAX_GROUP_LINKS,
    each labelled with the range it covers ("1–12 March 2016" style labels come from `name`)."""
    if len(items) <= MAX_GROUP_LINKS:
        return [(label, list(items))]
    runs = [items[i : i + MAX_GROUP_LINKS] for i in range(0, len(items), MAX_GROUP_LINKS)]
    return [(f"{label}: {name(run[0])} – {name(run[-1])}", list(run)) for run in runs]


def article_groups(dossier: Dossier) -> list[tuple[str, list[tuple[str, list[Article]]]]]:
    """(year, [(month label, articles)]) oldest first; undated articles in a last group."""

    def year(a: Article) -> str:
        return str(a.published.value.year) if a.published.value else "Date unknown"

    def month(a: Article) -> str:
        return a.published.value.strftime("%B %Y") if a.published.value else "Date unknown"

    def day(a: Article) -> str:
        return str(a.published.value.day) if a.published.value else a.title[:1].upper()

    out = []
    for year_label, in_year in groupby(articles_by_date(dossier), key=year):
        months = []
        for month_label, in_month in groupby(in_year, key=month):
            months += split_group(month_label, list(in_month), day)
        out.append((year_label, months))
    return out


def actor_groups(members: list[Actor]) -> list[tuple[str, list[Actor]]]:
    """Actors of one kind in name order, in runs of initials of at most MAX_GROUP_LINKS."""
    if len(members) <= MAX_GROUP_LINKS:
        return [("", members)]
    groups: list[tuple[str, list[Actor]]] = []
    current: list[Actor] = []
    for _initial, same in groupby(members, key=lambda a: sort_name(a)[0][:1].upper()):
        same_list = list(same)
        if current and len(current) + len(same_list) > MAX_GROUP_LINKS:
            groups.append(_initials(current))
            current = []
        current += same_list
    if current:
        groups.append(_initials(current))
    return [
        g for label, big in groups for g in split_group(label, big, lambda a: sort_name(a)[0][:3].title())
    ]


def _initials(actors: list[Actor]) -> tuple[str, list[Actor]]:
    first, last = sort_name(actors[0])[0][:1].upper(), sort_name(actors[-1])[0][:1].upper()
    return (first if first == last else f"{first}–{last}", actors)


def dossier_nav(build: DossierBuild, docs_dir: Path) -> list:
    dossier = build.dossier
    paths = [f.path for f in build.files]
    topics: list = ["topics/index.md"]
    for topic in dossier.topics:
        topics.append(
            {theme_text(topic.title): [urls.topic_page(topic.id), *comparison_nav(topic.id, paths)]}
        )
    articles: list = ["articles/index.md"]
    for year, months in article_groups(dossier):
        articles.append(
            {
                year: [
                    {month: [{theme_text(a.title): urls.article_page(a.id)} for a in members]}
                    for month, members in months
                ]
            }
        )
    actors: list = ["actors/index.md"]
    for kind, label in ACTOR_KINDS:
        members = sorted((a for a in dossier.actors if a.kind == kind), key=sort_name)
        entries: list = []
        for initials, group in actor_groups(members):
            links = [{theme_text(a.name): urls.actor_page(a.id)} for a in group]
            entries += [{initials: links}] if initials else links
        if entries:
            actors.append({label: entries})
    about: list = [{"Outlets": "outlets.md"}, {"Data": "data.md"}, {"Tags": "tags.md"}]
    for name in ABOUT_PAGES:
        if (docs_dir / name).exists():
            about.append(name)
    return [
        {"Home": "index.md"},
        {"Topics": topics},
        {"Articles": articles},
        {"Actors": actors},
        {"Quotes": quotes_nav(dossier, paths)},
        {"Timeline": timeline_nav(paths)},
        {"About": about},
    ]


def comparison_nav(topic_id: str, paths: list[str]) -> list:
    """The topic's comparison, or its parts when it was split."""
    first = urls.comparison_page(topic_id)
    if first not in paths:
        return []
    more = sorted(
        (p for p in paths if p.startswith(f"comparisons/{topic_id}/")),
        key=lambda p: int(p.rsplit("/", 1)[1].removesuffix(".md")),
    )
    if not more:
        return [{"Comparison": first}]
    parts = [first, *more]
    return [{"Comparison": [{f"Part {n}": p} for n, p in enumerate(parts, start=1)]}]


def quotes_nav(dossier: Dossier, paths: list[str]) -> str | list:
    """The quotes page, with a page (or pages) per topic when the quotes were split."""
    parts: dict[str, list[str]] = {}
    for path in paths:
        if path.startswith("quotes/"):
            parts.setdefault(path.split("/")[1].removesuffix(".md"), []).append(path)
    if not parts:
        return "quotes.md"
    out: list = ["quotes.md"]
    for topic in dossier.topics:
        pages = parts.get(topic.id, [])
        if len(pages) == 1:
            out.append({theme_text(topic.title): pages[0]})
        elif pages:
            out.append({theme_text(topic.title): [{f"Part {n}": p} for n, p in enumerate(pages, start=1)]})
    return out


def timeline_nav(paths: list[str]) -> str | list:
    """The timeline page, with its month pages by year when it was split."""
    months = sorted(p for p in paths if p.startswith("timeline/"))
    if not months:
        return "timeline.md"
    out: list = ["timeline.md"]
    for year, in_year in groupby(months, key=lambda p: p[len("timeline/") :][:4]):
        out.append({year: [{_month_label(p): p} for p in in_year]})
    return out


def _month_label(path: str) -> str:
    year, month = path[len("timeline/") :].removesuffix(".md").split("-")
    return datetime.date(int(year), int(month), 1).strftime("%B %Y")
