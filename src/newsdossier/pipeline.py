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
from .load import load_dossier, read_dossier
from .records import Analysis, CleanArticle, Comparison, Dossier, GeneratedFile, Origin, Problem
from .render import render_site
from .render.template_errors import template_problem, template_syntax_problems


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
    problems.sort(key=lambda p: (p.origin.file, p.origin.line or 0))
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
    comparisons = compare(dossier, cleaned, analysis)
    templates_dir = templates_dir or root / "templates"
    try:
        site = render_site(dossier, cleaned, analysis, comparisons, templates_dir, site_url)
    except Exception as error:  # an editor's template may raise anything; report its file and line
        problem = template_problem(error, templates_dir, root)
        if problem is None:
            raise
        raise DossierError([problem]) from None
    return DossierBuild(dossier, cleaned, analysis, comparisons, tuple(site.files), site.nav, tuple(warnings))


def check_project(
    root: Path,
    templates_dir: Path | None = None,
    site_url: str | None = None,
    docs_dir: Path | None = None,
    theme_dir: Path | None = None,
) -> tuple[DossierBuild | None, list[Problem]]:
    """The one verdict on a project, for `dossier check` and the build alike: every problem the
    loader finds, then (when it finds no error) those the later stages find, then hand-written
    pages in `docs_dir` (default <root>/docs) at the path of a generated one. Templates (and the
    MkDocs theme overrides in `theme_dir`, mkdocs.yml's custom_dir) are parsed first. The build
    is None when any problem is an error."""
    root = Path(root)
    dossier, problems = read_dossier(root)
    problems += template_syntax_problems(templates_dir or root / "templates", root)
    if theme_dir is not None:
        problems += template_syntax_problems(theme_dir, root, "**/*.html")
    if dossier is None or any(p.severity == "error" for p in problems):
        return None, problems
    try:
        build = build_dossier(root, templates_dir, site_url, dossier=dossier)
    except DossierError as error:
        return None, problems + list(error.problems)
    collisions = page_collisions(build, root, docs_dir or root / "docs")
    return (None if collisions else build), problems + list(build.warnings) + collisions


def page_collisions(build: DossierBuild, root: Path, docs_dir: Path) -> list[Problem]:
    """Hand-written pages the generated ones would replace (checked before MkDocs touches site_dir)."""
    from .plugin.defaults import OVERRIDABLE_PAGES  # hand-written pages that replace generated ones

    problems = []
    for generated in build.files:
        page = docs_dir / generated.path
        if generated.path in OVERRIDABLE_PAGES:
            continue
        if page.exists() or page.is_symlink():
            try:
                shown = page.relative_to(root).as_posix()
            except ValueError:
                shown = str(page)
            problems.append(
                Problem(
                    Origin(shown),
                    "Expected hand-written pages at paths the dossier does not generate but received one "
                    f"where it generates {generated.path}; rename or remove it",
                )
            )
    return problems
