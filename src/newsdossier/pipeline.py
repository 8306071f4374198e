"""The whole pipeline: load -> clean -> analyze -> compare -> render, gathering before writing.

MkDocs' plugin and the CLI both call `build_dossier`; nothing here knows about MkDocs.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from .analyze import (
    ArticleReading,
    combine_readings,
    prepare_reading,
    read_article,
    reading_suggestions,
)
from .cache import ResultCache, input_key
from .clean import DEFAULT_CLEANING, clean_article_checked
from .compare import DEFAULT_ALIGNMENT, TopicScope, compare
from .errors import DossierError
from .load import load_dossier, read_dossier
from .load.encoding import DecodedSeed, decode_seed
from .records import (
    Analysis,
    Article,
    CleanArticle,
    Comparison,
    Dossier,
    GeneratedFile,
    Origin,
    Problem,
    Sentence,
    SentenceTerms,
)
from .render import render_site
from .render.template_errors import template_problem, template_syntax_problems

T = TypeVar("T")


@dataclass(frozen=True)
class DossierBuild:
    dossier: Dossier
    cleaned: dict[str, CleanArticle]
    analysis: Analysis  # without the sentences' terms (lean): comparison, which reads them, is done
    comparisons: dict[str, Comparison]
    files: tuple[GeneratedFile, ...]
    nav: list  # the navigation of the generated pages, from the render stage's page registry
    # Overrides that match nothing but change nothing a reader sees (shown by `dossier check`).
    warnings: tuple[Problem, ...] = ()
    rendered: bool = True  # False: load, clean and analyze (compare: see build_dossier) only, no files


def clean_all(
    dossier: Dossier, cache: ResultCache | None = None
) -> tuple[dict[str, CleanArticle], list[Problem]]:
    """Clean every article, and the warnings of its overrides. An override or correction that
    matches nothing is an error naming the article's YAML file, because it would otherwise
    silently do nothing. With a cache, an article whose record (seed text included) is unchanged
    is not cleaned again."""
    cleaned: dict[str, CleanArticle] = {}
    problems: list[Problem] = []
    for article in dossier.articles:
        cleaned[article.id], unmatched = _cached(
            cache, _clean_key(article), partial(clean_article_checked, article)
        )
        problems += unmatched
        _kept_for_the_build()
    problems.sort(key=lambda p: (p.origin.file, p.origin.line or 0))
    if any(p.severity == "error" for p in problems):
        raise DossierError(problems)
    return cleaned, problems


class TermsStore:
    """Each article's sentence terms, which comparison alone reads, apart from the analysis: with a
    cache they are four fifths of a reading (430 of 550 MB at 2,000 articles), so an article's
    terms are cached under their own key and read back only when a topic holding the article is
    compared again. Those of an article read in this build are at hand."""

    def __init__(self, cache: ResultCache) -> None:
        self.cache = cache
        self.at_hand: dict[str, tuple[SentenceTerms, ...]] = {}
        self.readers: dict[str, tuple[str, Callable[[], ArticleReading]]] = {}  # id -> (key, read)

    @staticmethod
    def key(reading_key: str) -> str:
        return input_key("terms", reading_key)

    def of(self, sentences: tuple[Sentence, ...]) -> tuple[SentenceTerms, ...]:
        """The terms of these sentences, in their order (as Analysis.terms holds them)."""
        found = {
            t.sentence: t
            for article in dict.fromkeys(s.article for s in sentences)
            for t in self._of(article)
        }
        return tuple(found[s.id] for s in sentences if s.id in found)

    def _of(self, article_id: str) -> tuple[SentenceTerms, ...]:
        if article_id in self.at_hand:
            return self.at_hand[article_id]
        reading_key, read = self.readers[article_id]
        # Gone from the cache (pruned, damaged): the article is read again.
        return _cached(self.cache, self.key(reading_key), lambda: read().terms)


def analyze_all(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    cache: ResultCache | None = None,
    pages: bool = True,
    terms: TermsStore | None = None,
) -> Analysis:
    """The analyze stage, article by article: with a cache, an article whose record and actor
    list are unchanged is not read again. What spans articles (suggestions, and unless `pages` is
    false, each quote's topics, quote groups and co-mentions) is worked out afresh from the
    readings; only the suggestions are kept too, by the keys of every reading they come from
    (`dossier check` run again on an unchanged dossier). With a cache the analysis has no sentence
    terms: `terms` (a store on the same cache) is given each article's reading key (its reading is
    the same whenever the key is) and gives the terms to comparison."""
    texts = {article_id: repr(clean) for article_id, clean in cleaned.items()}  # each once: 1-5 kB
    actors = repr(dossier.actors)

    def hits(clean: CleanArticle, find: Callable[[], T]) -> T:
        # The alias matcher's raw hits read only the text and the actors (a fifth of a warm check).
        return _cached(cache, input_key("hits", texts[clean.article_id], actors), find)

    context, raw = prepare_reading(dossier, cleaned, hits=hits if cache is not None else None)
    settings = repr((dossier.actors, context.options, context.prior))
    articles = {a.id: a for a in dossier.articles}
    readings: list[ArticleReading] = []
    keys: list[str] = []
    for article_id, found in raw.items():
        article, text = articles.get(article_id), texts[article_id]
        # Of its record, the reading reads the date and the editors' speaker decisions (with their
        # lines): an edited title or outlet leaves the reading, and the comparisons, as they were.
        record = repr((article.published, article.quote_speakers)) if article else ""
        keys.append(input_key("read", record, text, settings))
        read = partial(read_article, cleaned[article_id], article, context, found)
        readings.append(read() if cache is None else _read(cache, keys[-1], read, terms))
        if terms is not None:
            terms.readers[article_id] = (keys[-1], read)
        _kept_for_the_build()
    suggestions = _cached(cache, input_key("suggest", *keys), partial(reading_suggestions, readings, cleaned))
    return combine_readings(dossier, cleaned, readings, context, pages, suggestions)


def _read(
    cache: ResultCache, key: str, read: Callable[[], ArticleReading], terms: TermsStore | None
) -> ArticleReading:
    """An article's reading from the cache, else read now and cached without its terms, which
    are cached apart (TermsStore) and kept at hand for this build's comparisons."""
    found = cache.get(key)
    if isinstance(found, ArticleReading):
        return found
    reading = read()
    cache.put(TermsStore.key(key), reading.terms)
    if terms is not None:
        terms.at_hand[reading.article_id] = reading.terms
    reading = replace(reading, terms=())
    cache.put(key, reading)
    return reading


def compare_all(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    terms: TermsStore | None = None,
) -> dict[str, Comparison]:
    """The compare stage. Without a cache, every topic is compared from the analysis' own terms.
    With one (the cache of `terms`, and each article's reading key), a topic whose scope (its
    articles' readings, the quote groups and topics of their quotes, its sibling topics, the
    actors, the options) is unchanged is not compared again, and a topic compared again reads
    its sentences' terms from `terms`."""
    if terms is None:
        return compare(dossier, cleaned, analysis)
    cache, actors = terms.cache, repr(dossier.actors)

    def kept(scope: TopicScope, compute: Callable[[TopicScope], Comparison]) -> Comparison:
        siblings = {t.id for t in scope.siblings}
        topic_terms = [
            (t.topic, t.terms, sorted(t.title_actors)) for t in analysis.topic_terms if t.topic in siblings
        ]
        key = input_key(
            "compare",
            repr((scope.topic, scope.siblings, [(a.id, a.topics) for a in scope.articles])),
            repr([terms.readers[a][0] for a in scope.article_ids]),
            repr([q.topics for q in scope.analysis.quotes]),
            repr(scope.analysis.quote_groups),
            repr(topic_terms),
            actors,
            repr(DEFAULT_ALIGNMENT),
        )
        # The sentences' terms are read back only when the topic is compared again.
        return _cached(
            cache,
            key,
            lambda: compute(
                replace(scope, analysis=replace(scope.analysis, terms=terms.of(scope.analysis.sentences)))
            ),
        )

    return compare(dossier, cleaned, analysis, kept=kept)


def lean(analysis: Analysis) -> Analysis:
    """The analysis without each sentence's terms, which only comparison reads: they are about
    four fifths of its memory (430 of 550 MB at 2,000 articles, benchmarks/newsroom.py), so a
    build gives them up once its topics are compared."""
    return replace(analysis, terms=())


def _clean_key(article: Article) -> str:
    """The inputs of an article's cleaning: its whole record (the seed's text, how it was decoded,
    every YAML field with its line) and the cleaning options."""
    return input_key("clean", repr(article), repr(DEFAULT_CLEANING))


def _decoded(cache: ResultCache, data: bytes, what: str) -> DecodedSeed:
    """A seed's text, kept by its bytes (and the name its errors give)."""
    key = input_key("decode", hashlib.sha256(data).hexdigest(), what)
    return _cached(cache, key, lambda: decode_seed(data, what))


# How many builds are running in this process (nested calls), each sparing its records.
_BUILDS = [0]


@contextmanager
def _records_spared() -> Iterator[None]:
    """A build keeps every article's cleaned text and reading until it ends: tens of millions of
    small acyclic records at 2,000 articles, which Python's cycle collector would otherwise scan
    again and again as they pile up (each full collection scans them all). Within a build, what
    lives once an article's results are kept is moved out of the collector's sight (gc.freeze)
    and given back to it when the build ends (gc.unfreeze), so nothing is kept from it for
    longer than a build. Reading a 2,000-article cache: 5.9-6.6 s of CPU with the collector
    scanning, 1.8 s without (benchmarks/bench_cache_read.py)."""
    _BUILDS[0] += 1
    try:
        yield
    finally:
        _BUILDS[0] -= 1
        if not _BUILDS[0]:
            gc.unfreeze()


def _kept_for_the_build() -> None:
    """An article's results are kept: within a build, spare what lives from the collector."""
    if _BUILDS[0]:
        gc.freeze()


def _cached(cache: ResultCache | None, key: str, compute: Callable[[], T]) -> T:
    if cache is None:
        return compute()
    found = cache.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    value = compute()
    cache.put(key, value)
    return value


def build_dossier(
    root: Path,
    templates_dir: Path | None = None,
    site_url: str | None = None,
    dossier: Dossier | None = None,
    cache: ResultCache | None = None,
    render: bool = True,
    compare: bool | None = None,
) -> DossierBuild:
    """Run every stage on the project at `root` (on `dossier` when the caller has loaded it
    already), with the per-article results of `cache` when given; raises DossierError listing
    every problem. Without `render`, the stages that find problems only (load, clean, analyze,
    and compare when `compare` is true): the build then has no files or navigation, and
    without comparing no comparisons, quote topics, groups or co-mentions either. `compare`
    defaults to `render`."""
    with _records_spared():
        return _build(root, templates_dir, site_url, dossier, cache, render, compare)


def _build(
    root: Path,
    templates_dir: Path | None,
    site_url: str | None,
    dossier: Dossier | None,
    cache: ResultCache | None,
    render: bool,
    compare: bool | None,
) -> DossierBuild:
    root = Path(root)
    compare = render if compare is None else compare or render
    dossier = dossier or load_dossier(root)
    cleaned, warnings = clean_all(dossier, cache)
    terms = TermsStore(cache) if cache is not None and compare else None
    analysis = analyze_all(dossier, cleaned, cache, pages=compare, terms=terms)
    if analysis.problems:  # the editors' speaker decisions that match no quote
        raise DossierError(list(analysis.problems))
    comparisons = compare_all(dossier, cleaned, analysis, terms) if compare else {}
    # Released before rendering, the stage that needs the most memory.
    analysis, terms = lean(analysis), None
    if cache is not None:
        cache.prune()
    unmatched = [p for c in comparisons.values() for p in c.problems]  # row ids that name no row
    if unmatched:
        raise DossierError(unmatched)
    if not render:
        return DossierBuild(dossier, cleaned, analysis, comparisons, (), [], tuple(warnings), rendered=False)
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
    cache: ResultCache | None = None,
    render: bool = True,
) -> tuple[DossierBuild | None, list[Problem]]:
    """The one verdict on a project, for `dossier check` and the build alike: every problem the
    loader finds, then (when it finds no error) those the later stages find, then hand-written
    pages in `docs_dir` (default <root>/docs) at the path of a generated one. Templates (and the
    MkDocs theme overrides in `theme_dir`, mkdocs.yml's custom_dir) are parsed first. The build
    is None when any problem is an error.

    Without `render` (`dossier check`), rendering is skipped when it can find no problem: when the
    project has no templates of its own (the package's cannot fail on valid records) and no
    hand-written file a generated one could collide with; comparing too, unless a pin or veto
    names a row by its id (only comparing finds whether the row exists). The verdict is the same."""
    root = Path(root)
    templates_dir = templates_dir or root / "templates"
    docs_dir = docs_dir or root / "docs"
    dossier, problems = read_dossier(root, decode_seed if cache is None else partial(_decoded, cache))
    problems += template_syntax_problems(templates_dir, root)
    if theme_dir is not None:
        problems += template_syntax_problems(theme_dir, root, "**/*.html")
    if dossier is None or any(p.severity == "error" for p in problems):
        return None, problems
    render = render or rendering_may_fail(templates_dir, docs_dir)
    try:
        build = build_dossier(
            root,
            templates_dir,
            site_url,
            dossier=dossier,
            cache=cache,
            render=render,
            compare=names_rows(dossier),
        )
    except DossierError as error:
        return None, problems + list(error.problems)
    collisions = page_collisions(build, root, docs_dir)
    return (None if collisions else build), problems + list(build.warnings) + collisions


# Suffixes of the files the render stage generates (pages, data exports): a hand-written file
# with another suffix (an image, a stylesheet) cannot collide with one.
GENERATED_SUFFIXES = (".md", ".json", ".csv")


def names_rows(dossier: Dossier) -> bool:
    """Does a pin or veto name a row by its id? Only comparing finds whether the row exists."""
    return any(choice.row for topic in dossier.topics for choice in (*topic.pins, *topic.vetoes))


def rendering_may_fail(templates_dir: Path, docs_dir: Path) -> bool:
    """Can rendering find a problem: does the project override a template (which may fail on
    some record), or hold a hand-written file where a generated one could be written?"""
    from .plugin.defaults import OVERRIDABLE_PAGES

    if templates_dir.is_dir() and any(templates_dir.rglob("*.j2")):
        return True
    if not docs_dir.is_dir():
        return False
    for path in docs_dir.rglob("*"):
        written = path.relative_to(docs_dir).as_posix()
        if path.suffix in GENERATED_SUFFIXES and written not in OVERRIDABLE_PAGES:
            return True
    return False


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
