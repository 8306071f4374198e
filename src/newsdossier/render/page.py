"""What the render stage writes: a page (Page) and a kind of page (PageFamily).

The families and their registry are in families.py (quote_families.py holds the quotes pages');
the navigation (navigation.py) is built from the pages' places.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .site import SiteData


@dataclass(frozen=True)
class Page:
    """One page to write, and its place in the navigation."""

    path: str  # relative to docs/, e.g. "articles/ap-paris-summit.md"
    meta: dict  # front matter: title, tags, search boost, hidden parts
    context: dict = field(default_factory=dict)  # what the template gets besides the common names
    nav_title: str | None = None  # None: listed bare, as the section's index page
    # A heading inside the section ("People"), or nested headings ("2016", "March 2016").
    nav_group: str | tuple[str, ...] | None = None
    nav_parent: str | None = None  # the path of the page it nests under (a topic's comparison)
    nav_key: tuple = ()  # order inside its section or group


@dataclass(frozen=True)
class PageFamily:
    name: str
    path: str  # the path pattern of its pages
    section: str  # the navigation section its pages are listed in
    template: str  # in templates/
    pages: Callable[[SiteData], list[Page]]
