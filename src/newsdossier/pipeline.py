"""The whole pipeline: load -> clean -> analyze -> compare -> render, gathering before writing.

MkDocs' plugin and the CLI both call `build_dossier`; nothing here knows about MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .analyze import analyze
from .clean import clean_article_checked
from .compare import compare
from .errors import DossierError
from .load import load_dossier
from .records import Analysis, CleanArticle, Comparison, Dossier, GeneratedFile, Problem
from .render import render_site


@dataclass(frozen=True)
class DossierBuild:
    dossier: Dossier
    cleaned: dict[str, CleanArticle]
    analysis: Analysis
    comparisons: dict[str, Comparison]
    files: tuple[GeneratedFile, ...]
    nav: list  # the navigation of the generated pages, from the render stage's page registry
    # Overrides that match nothing but change nothing a reader sees (shown by `dossier check`).
    warnings: tuple[Problem, ...] = ()


def clean_all(dossier: Dossier) -> tuple[dict[str, CleanArticle], list[Problem]]:
    """Clean every article, and the warnings of its overrides. An override or correction that
    matches nothing is an error naming the article's YAML file, because it would otherwise
    silently do nothing."""
    cleaned: dict[str, CleanArticle] = {}
    problems: list[Problem] = []
    for article in dossier.articles:
        cleaned[article.id], unmatched = clean_article_checked(article)
        problems += unmatched
    if any(p.severity == "error" for p in problems):
        raise DossierError(problems)
    return cleaned, problems


def build_dossier(
    root: Path, templates_dir: Path | None = None, site_url: str | None = None, dossier: Dossier | None = None
) -> DossierBuild:
    """Run every stage on the project at `root` (on `dossier` when the caller has loaded it
    already); raises DossierError listing every problem."""
    root = Path(root)
    dossier = dossier or load_dossier(root)
    cleaned, warnings = clean_all(dossier)
    analysis = analyze(dossier, cleaned)
    if analysis.problems:  # the editors' speaker decisions that match no quote
        raise DossierError(list(analysis.problems))
    comparisons = compare(dossier, cleaned, analysis)
    site = render_site(dossier, cleaned, analysis, comparisons, templates_dir or root / "templates", site_url)
    return DossierBuild(dossier, cleaned, analysis, comparisons, tuple(site.files), site.nav, tuple(warnings))
