"""Render every page of the site from the Jinja2 templates: the project's templates/ first
(an editor's overrides, file by file), then the package's own (newsdossier/templates/).

The Jinja environment autoescapes: every value from a seed or from YAML is HTML-escaped unless
it was built as Markup by `markup.py`. Templates write Markdown pages whose data parts are raw
HTML blocks, which Markdown leaves alone, so seed text can never become markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from ..records import Analysis, CleanArticle, Comparison, Dossier, GeneratedFile
from . import figures, urls
from .families import REGISTRY
from .markup import front_matter, http_url, lines, md_inline
from .navigation import site_nav
from .site import site_data
from .views import articles_by_date, long_date, sort_name

#: The templates shipped with the package; a project's templates/ overrides them file by file.
PACKAGE_TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def make_environment(templates_dir: Path) -> jinja2.Environment:
    folder = Path(templates_dir)
    names = tuple(sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))) if folder.is_dir() else None
    return _environment(str(folder), names)


@cache
def _environment(templates_dir: str, names: tuple[str, ...] | None) -> jinja2.Environment:
    """One environment per templates folder and its file names, for the process: under `mkdocs
    serve` each rebuild would compile every template again (a second at 100 articles). Jinja
    checks a template file's time when it is used (auto_reload), so an edited one is compiled
    again; an added or removed override is another set of names, so another environment."""
    folders = [templates_dir] if names is not None else []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*folders, str(PACKAGE_TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_inline
    env.filters["http_url"] = http_url
    env.filters["lines"] = lines
    env.filters["date"] = long_date
    env.tests["contains"] = lambda sequence, item: item in sequence
    return env


@dataclass
class PageWriter:
    """Renders one template for one page path, giving the template a `url()` relative to it."""

    env: jinja2.Environment
    common: dict

    def render(self, template: str, path: str, meta: dict, **context) -> GeneratedFile:
        def url(to: str, anchor: str | None = None) -> str:
            return urls.href(path, to, anchor)

        def links(kind: str) -> dict[str, str]:
            """id -> URL relative to this page, for every page of a kind (used by figures)."""
            page_of = {
                "articles": urls.article_page,
                "actors": urls.actor_page,
                "topics": urls.topic_page,
                "comparisons": urls.comparison_page,
            }[kind]
            ids = {
                "articles": self.common["article_by_id"],
                "actors": self.common["actor_by_id"],
                "topics": self.common["topic_by_id"],
                "comparisons": self.common["topic_by_id"],
            }[kind]
            return {item_id: url(page_of(item_id)) for item_id in ids}

        body = self.env.get_template(template).render(
            page_path=path, url=url, links=links, **self.common, **context
        )
        return GeneratedFile(path, front_matter(meta) + "\n" + body.rstrip() + "\n")


def render_pages(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    comparisons: dict[str, Comparison],
    templates_dir: Path,
    site_url: str | None = None,
) -> tuple[list[GeneratedFile], list]:
    """Every page of every family of the registry, in the registry's order, and the navigation
    listing them (navigation.py)."""
    site = site_data(dossier, cleaned, analysis, comparisons, site_url)
    common: dict[str, Any] = dict(
        dossier=dossier,
        info=dossier.info,
        views=site.views,
        articles_by_date=articles_by_date(dossier),
        urls=urls,
        quote_link=site.quote_link,
        comparisons=comparisons,
        mentions=site.mentions,
        actor_by_id={a.id: a for a in dossier.actors},
        actors_sorted=sorted(dossier.actors, key=sort_name),
        topic_by_id={t.id: t for t in dossier.topics},
        article_by_id={a.id: a for a in dossier.articles},
        figures=figures,
        site_url=site.site_url,
    )
    writer = PageWriter(make_environment(templates_dir), common)
    planned = [(family, page) for family in REGISTRY for page in family.pages(site)]
    files = [writer.render(family.template, page.path, page.meta, **page.context) for family, page in planned]
    return files, site_nav(planned)
