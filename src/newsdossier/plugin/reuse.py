"""Under `mkdocs serve`: a generated page's HTML kept from the build before, while all it shows is unchanged.

MkDocs re-renders every page on each rebuild: its Markdown (most of the time), then the theme's
template. A page is the same HTML when its Markdown and front matter, the site's files, the
settings and theme, and the navigation it shows (its own branch with `navigation.prune`, and
its previous and next pages) are the same; those inputs are hashed into two keys:

- the content key (Markdown, front matter, files, settings): when it matches, the Markdown is
  not converted again; the page's body, table of contents, title and anchors are put back;
- the page key (content key, the navigation it shows, its title): when it matches too, the theme
  template is not rendered again; the HTML written the time before is written again.

Anything not known to be unchanged is rendered as MkDocs renders it, so nothing stale is shown.
Hand-written pages are always rendered (other plugins, such as tags, may fill them).
"""

from __future__ import annotations

import sysconfig
from dataclasses import dataclass
from pathlib import Path

import jinja2

from ..cache import input_key
from .defaults import PACKAGE

#: Marks a page where Material's tags plugin lists the pages of each tag: never kept, and the
#: links to it from every page's tags depend on it.
LISTING_MARK = "<!-- material/tags"

#: The template of a page whose HTML is kept: its output is replaced by the kept HTML in on_post_page.
KEPT_TEMPLATE = "dossier-kept-page.html"


@dataclass
class KeptPage:
    content_key: str
    content: str
    toc: object
    title: str | None
    anchors: set[str] | None
    links: dict[str, dict[str, str]]  # target src_uri -> anchor -> url (links to check)
    page_key: str = ""
    html: str = ""


def _digest(*parts: object) -> str:
    """The cache's key (which holds this code's fingerprint) over the parts' reprs."""
    return input_key("page", *map(repr, parts))


def theme_state(dirs: list[str]) -> list[tuple[str, int, int]]:
    """Name, size and time of every file of the theme folders a project or this package holds:
    an edited override changes every page. Installed themes (Material) change only with their
    version, which the code fingerprint holds; walking them took a second and a half."""
    installed = Path(sysconfig.get_paths()["purelib"]).resolve()
    folders = [Path(d).resolve() for d in dirs]
    folders = [f for f in folders if not f.is_relative_to(installed)] + [PACKAGE / "templates"]
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                stat = path.stat()
                found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found


def _first_url(item) -> str | None:
    """Where a pruned section links to: its first page (Material's render_pruned)."""
    while getattr(item, "children", None):
        item = item.children[0]
    return getattr(item, "url", None)


def _shown(item) -> tuple:
    meta = getattr(item, "meta", None) or {}
    return (
        item.title,
        getattr(item, "url", None),
        meta.get("icon"),
        meta.get("subtitle"),
        meta.get("status"),
    )


def navigation_seen(page, nav, features: list[str]) -> list:
    """What of the navigation a page shows, after Material's rules (tabs, sections, prune): the
    top-level items, each section along the page's path with its items, and for a section cut
    away by `navigation.prune` its title and first page. Without prune, the whole navigation."""
    tabs, sections, prune = (f"navigation.{name}" in features for name in ("tabs", "sections", "prune"))
    path = {id(section) for section in page.ancestors}
    seen: list = [("tab", item.title, _first_url(item)) for item in nav.items]

    def walk(items, level: int, parent_active: bool) -> None:
        for item in items:
            if not item.children:
                seen.append(_shown(item))
                continue
            active = id(item) in path
            is_section = (
                (tabs and level == 1 and active)
                or (tabs and sections and level == 2 and parent_active)
                or (not tabs and sections and level == 1)
            )
            if prune and not is_section and not active:
                seen.append(("pruned", item.title, _first_url(item), level))
                continue
            seen.append(("section", item.title, level, active))
            walk(item.children, level + 1, active)

    walk(nav.items, 1, False)
    return seen


class PageKeeper:
    """The pages of the last build, for the next build of the same `mkdocs serve`."""

    def __init__(self) -> None:
        self.kept: dict[str, KeptPage] = {}
        self.next: dict[str, KeptPage] = {}
        self.site = self.site_settings = ""
        self.environment: tuple[str, jinja2.Environment] | None = None
        self.generated: set[str] = set()
        self.reused_content: set[str] = set()
        self.reused_html: set[str] = set()
        self.listings: list[tuple[str, str]] = []  # (page, Markdown) of tag listing pages

    def start(self, settings: object, theme_dirs: list[str]) -> None:
        """A new build: `settings` is everything the pages share (mkdocs.yml, dossier.yml ...)."""
        self.site = self.site_settings = _digest(settings, theme_state(theme_dirs))
        self.next = {}
        self.reused_content, self.reused_html = set(), set()
        self.listings = []

    def forget(self) -> None:
        self.kept, self.next, self.environment = {}, {}, None

    def set_files(self, files, generated: set[str]) -> None:
        self.generated = generated
        self.site = _digest(self.site, sorted((f.src_uri, f.url) for f in files))

    def generated_pages(self) -> set[str]:
        return {uri for uri in self.generated if uri.endswith(".md")}

    def markdown(self, markdown: str, page) -> str:
        """The Markdown to convert: none when the page's body is kept."""
        uri = page.file.src_uri
        if LISTING_MARK in markdown:  # a page listing other pages' tags shows what they hold
            self.listings.append((uri, markdown))
            return markdown
        if uri not in self.generated:
            return markdown
        key = _digest(self.site, uri, markdown, page.meta)
        kept = self.kept.get(uri)
        if kept is not None and kept.content_key == key:
            self.reused_content.add(uri)
            return ""
        self.next[uri] = KeptPage(key, "", None, None, None, {})
        return markdown

    def content(self, html: str, page, files) -> str:
        uri = page.file.src_uri
        if uri in self.reused_content:
            kept = self.kept[uri]
            page.toc = kept.toc
            page._title_from_render = kept.title  # MkDocs' title from the first heading
            page.present_anchor_ids = kept.anchors
            page.links_to_anchors = {
                target: links
                for uri, links in kept.links.items()
                if (target := files.get_file_from_path(uri))
            }
            self.next[uri] = kept
            return kept.content
        if uri in self.next:
            entry = self.next[uri]
            entry.content, entry.toc, entry.title = html, page.toc, page._title_from_render
            entry.anchors = page.present_anchor_ids
            entry.links = {f.src_uri: dict(links) for f, links in (page.links_to_anchors or {}).items()}
        return html

    def choose_templates(self, files, nav, features: list[str]) -> None:
        """Once every page is read: a page whose HTML is kept is given the template that writes nothing."""
        for file in files.documentation_pages():
            entry = self.next.get(file.src_uri)
            if entry is None or file.page is None:
                continue
            page = file.page
            neighbours = [(p.title, p.url) if p else None for p in (page.previous_page, page.next_page)]
            seen = navigation_seen(page, nav, features)
            key = _digest(entry.content_key, page.title, seen, neighbours, self.listings)
            kept = self.kept.get(file.src_uri)
            if kept is not None and kept is entry and kept.page_key == key and kept.html:
                page.meta["template"] = KEPT_TEMPLATE
                self.reused_html.add(file.src_uri)
            else:
                entry.page_key, entry.html = key, ""

    def html(self, output: str, page) -> str:
        uri = page.file.src_uri
        if uri in self.reused_html:
            return self.kept[uri].html
        if uri in self.next:
            self.next[uri].html = output
        return output

    def finish(self) -> None:
        self.kept, self.next = self.next, {}

    def theme_environment(self, env: jinja2.Environment) -> jinja2.Environment:
        """The theme's environment of the build before (its templates compiled: about a second
        at each rebuild) while the settings, theme files and code are the same; else `env`,
        given the template of kept pages."""
        if self.environment is not None and self.environment[0] == self.site_settings:
            return self.environment[1]
        kept = jinja2.DictLoader({KEPT_TEMPLATE: "kept"})
        env.loader = jinja2.ChoiceLoader([kept, env.loader]) if env.loader else kept
        self.environment = (self.site_settings, env)
        return env
