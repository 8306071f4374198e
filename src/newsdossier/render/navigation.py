"""The site navigation, built from the page registry (families.py).

Each family names its section; each page says how it is listed: bare (a section's index
page), under a title, inside a group ("People"), or nested under another page (a topic's
comparison under the topic). A section holding one page is a link; the others are lists.
The result is MkDocs' `nav` structure: lists of {title: path or list}.
"""

from __future__ import annotations

from collections.abc import Iterable

from .families import SECTIONS
from .page import Page, PageFamily


def _entry(page: Page, children: dict[str, list[Page]]) -> str | dict:
    """A page's navigation entry: its path, or {title: path}, or {title: [path, children...]}."""
    nested = children.get(page.path, [])
    if not nested:
        return page.path if page.nav_title is None else {page.nav_title: page.path}
    inner = [page.path] + [_entry(child, children) for child in nested]
    return inner[0] if page.nav_title is None else {page.nav_title: inner}


def section_nav(pages: list[tuple[int, Page]]) -> list:
    """The entries of one section: pages in (family, nav_key) order, groups where their first
    member stands, nested pages under their parent."""
    ordered = [page for _, page in sorted(pages, key=lambda item: (item[0], item[1].nav_key))]
    placed = {page.path for page in ordered}
    children: dict[str, list[Page]] = {}
    for page in ordered:
        if page.nav_parent in placed:
            children.setdefault(page.nav_parent, []).append(page)
    entries: list = []
    groups: dict[tuple[str, ...], list] = {}
    for page in ordered:
        if page.nav_parent in placed:
            continue
        path = (page.nav_group,) if isinstance(page.nav_group, str) else tuple(page.nav_group or ())
        _group_list(entries, groups, path).append(_entry(page, children))
    return entries


def _group_list(entries: list, groups: dict[tuple[str, ...], list], path: tuple[str, ...]) -> list:
    """The list a page in the (nested) group `path` joins, the groups made where first needed:
    ("2016", "March 2016") is a group "March 2016" inside a group "2016"."""
    target = entries
    for depth in range(1, len(path) + 1):
        key = path[:depth]
        if key not in groups:
            groups[key] = []
            target.append({key[-1]: groups[key]})
        target = groups[key]
    return target


def site_nav(planned: Iterable[tuple[PageFamily, Page]], about: Iterable[str] = ()) -> list:
    """The whole navigation of the planned pages (family, page), in registry order; `about`
    (hand-written pages, paths relative to docs/) ends the "About" section."""
    planned = list(planned)
    order: dict[str, int] = {}
    section_of = {page.path: family.section for family, page in planned}
    by_section: dict[str, list[tuple[int, Page]]] = {}
    for family, page in planned:
        index = order.setdefault(family.name, len(order))
        # A page nested under another is listed in that page's section.
        section = section_of.get(page.nav_parent or "", family.section)
        by_section.setdefault(section, []).append((index, page))
    nav = []
    for section in SECTIONS + tuple(s for s in by_section if s not in SECTIONS):
        entries = section_nav(by_section.get(section, []))
        if section == "About":
            entries += list(about)
        if (
            len(entries) == 1
            and isinstance(entries[0], dict)
            and isinstance(next(iter(entries[0].values())), str)
        ):
            nav.append({section: next(iter(entries[0].values()))})
        elif entries:
            nav.append({section: entries})
    return nav
