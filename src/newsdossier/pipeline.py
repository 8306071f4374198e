"""The whole pipeline: load -> clean -> analyze -> compare -> render, gathering before writing.

MkDocs' plugin and the CLI both call `build_dossier`; nothing here knows about MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .analyze import analyze
from .clean import clean_article
from .compare import compare
from .errors import DossierError
from .load import load_dossier
from .records import Analysis, CleanArticle, Comparison, Dossier, GeneratedFile, Origin, Problem
from .render import render_site


@dataclass(frozen=True)
class DossierBuild:
    dossier: Dossier
    cleaned: dict[str, CleanArticle]
    analysis: Analysis
    comparisons: dict[str, Comparison]
    files: tuple[GeneratedFile, ...]


def clean_all(dossier: Dossier) -> dict[str, CleanArticle]:
    """Clean every article; a correction that finds nothing is an error naming its YAML line."""
    cleaned: dict[str, CleanArticle] = {}
    problems: list[Problem] = []
    for article in dossier.articles:
        result = clean_article(article)
        cleaned[article.id] = result
        applied = {c.find for c in result.corrections}
        for correction in article.corrections:
            if correction.find not in applied:
                origin = correction.origin or Origin(f"dossier/articles/{article.id}.yml", key="corrections")
                problems.append(
                    Problem(
                        origin,
                        f"Expected the text {correction.find!r} in the cleaned article "
                        f"'{article.id}' but it was not found; the correction cannot apply.",
                    )
                )
    if problems:
        raise DossierError(problems)
    return cleaned


def build_dossier(root: Path, templates_dir: Path | None = None, site_url: str | None = None) -> DossierBuild:
    """Run every stage on the project at `root`; raises DossierError listing every problem."""
    root = Path(root)
    dossier = load_dossier(root)
    cleaned = clean_all(dossier)
    analysis = analyze(dossier, cleaned)
    comparisons = compare(dossier, cleaned, analysis)
    files = render_site(dossier, cleaned, analysis, comparisons, templates_dir or root / "templates", site_url)
    return DossierBuild(dossier, cleaned, analysis, comparisons, tuple(files))
