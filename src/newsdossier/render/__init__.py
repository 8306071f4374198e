"""Render stage: records -> Markdown pages (Jinja2 templates), SVG figures, data exports, and
the navigation listing the pages (page families and their registry: families.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..records import Analysis, CleanArticle, Comparison, Dossier, GeneratedFile
from .export import dossier_data, export_files
from .pages import render_pages


@dataclass(frozen=True)
class RenderedSite:
    files: list[GeneratedFile]  # in a fixed order: the same input gives the same bytes
    nav: list  # MkDocs' nav structure for the generated pages (navigation.py)


def render_site(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    comparisons: dict[str, Comparison],
    templates_dir: Path,
    site_url: str | None = None,
) -> RenderedSite:
    """Every generated file of the site, and the navigation listing its pages."""
    pages, nav = render_pages(dossier, cleaned, analysis, comparisons, Path(templates_dir), site_url)
    return RenderedSite(pages + export_files(dossier_data(dossier, cleaned, analysis, comparisons)), nav)


__all__ = ["RenderedSite", "render_site"]
