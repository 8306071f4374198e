"""Render stage: records -> Markdown pages (Jinja2 templates), SVG figures and data exports."""

from __future__ import annotations

from pathlib import Path

from ..records import Analysis, CleanArticle, Comparison, Dossier, GeneratedFile
from .export import dossier_data, export_files
from .pages import render_pages


def render_site(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    comparisons: dict[str, Comparison],
    templates_dir: Path,
    site_url: str | None = None,
) -> list[GeneratedFile]:
    """Every generated file of the site, in a fixed order (the same input gives the same bytes)."""
    pages = render_pages(dossier, cleaned, analysis, comparisons, Path(templates_dir), site_url)
    return pages + export_files(dossier_data(dossier, cleaned, analysis, comparisons))
