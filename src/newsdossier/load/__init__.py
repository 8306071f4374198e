"""Load stage: dossier/*.yml + seeds/* -> a validated Dossier.

    load_dossier(root)   the Dossier, or DossierError carrying every problem
    check_dossier(root)  every problem (errors, warnings), sorted by file and line
    read_dossier(root)   both at once: (Dossier or None, problems), for callers that
                         want to show warnings without reading the files twice

Loading only reads: nothing is written, and seeds are opened read-only.
"""

from __future__ import annotations

from pathlib import Path

from slugify import slugify

from ..errors import DossierError
from ..records import Article, Dossier, DossierInfo, Origin, Problem
from ..yamlsource import MAX_YAML_BYTES, YNode, has_errors, read_yaml_file, shown
from . import references
from .articles import read_article
from .budget import DossierBudget
from .encoding import decode_seed
from .entities import read_actors, read_events, read_outlets
from .fields import FileContext, closest
from .sections import MIN_ALIAS_LENGTH, Collected, read_info
from .seeds import MAX_SEED_BYTES, Decoder, seed_files
from .topics import read_topics

__all__ = [
    "load_dossier",
    "check_dossier",
    "read_dossier",
    "MAX_SEED_BYTES",
    "MAX_YAML_BYTES",
    "MIN_ALIAS_LENGTH",
]

DOSSIER_DIR = "dossier"
ARTICLES_DIR = "articles"
REQUIRED_FILES = ("dossier.yml", "topics.yml")
OPTIONAL_FILES = ("outlets.yml", "actors.yml", "events.yml")
_DEFINED_IN = {"topic": "topics.yml", "outlet": "outlets.yml", "actor": "actors.yml"}


def load_dossier(root: Path) -> Dossier:
    """The validated dossier under `root`; raises DossierError if anything is an error."""
    dossier, problems = read_dossier(root)
    if dossier is None or any(p.severity == "error" for p in problems):
        raise DossierError(problems)
    return dossier


def check_dossier(root: Path) -> list[Problem]:
    """Every problem in the dossier under `root`, errors and warnings, in file and line order."""
    return read_dossier(root)[1]


def read_dossier(root: Path, decode: Decoder = decode_seed) -> tuple[Dossier | None, list[Problem]]:
    """`decode` turns a seed's bytes into text (decode_seed, or the pipeline's cache of it)."""
    root = Path(root)
    folder = root / DOSSIER_DIR
    if not folder.is_dir():
        contents = "dossier.yml, topics.yml, articles/"
        message = f"Expected a {DOSSIER_DIR}/ folder ({contents}) in the project folder but there is none"
        return None, [Problem(Origin(f"{DOSSIER_DIR}/"), message)]
    problems: list[Problem] = []
    out = Collected()
    nodes, failed = {}, set()
    budget = DossierBudget()
    for name in REQUIRED_FILES + OPTIONAL_FILES:
        nodes[name], ok = _read(root, name, problems)
        _spend(budget, f"{DOSSIER_DIR}/{name}", nodes[name], problems)
        if not ok:
            failed.add(name)
    problems += _stray_files(folder)
    info = DossierInfo(title="")  # missing or unreadable: already reported
    if "dossier.yml" not in failed:
        info = _with(f"{DOSSIER_DIR}/dossier.yml", problems, lambda ctx: read_info(ctx, nodes["dossier.yml"]))
    topics = _with(
        f"{DOSSIER_DIR}/topics.yml", problems, lambda ctx: read_topics(ctx, nodes["topics.yml"], out)
    )
    outlets = _with(
        f"{DOSSIER_DIR}/outlets.yml", problems, lambda ctx: read_outlets(ctx, nodes["outlets.yml"], out)
    )
    actors = _with(
        f"{DOSSIER_DIR}/actors.yml", problems, lambda ctx: read_actors(ctx, nodes["actors.yml"], out)
    )
    events = _with(
        f"{DOSSIER_DIR}/events.yml", problems, lambda ctx: read_events(ctx, nodes["events.yml"], out)
    )
    articles, all_read = _read_articles(root, out, problems, budget, decode)
    broken = failed | {f"{name}.yml" for name in out.broken}
    unreadable = {kind for kind, name in _DEFINED_IN.items() if name in broken}
    if not all_read:
        unreadable.add("article")
    problems += _cross_checks(root, out, topics, articles, unreadable)
    dossier = Dossier(
        root=root,
        info=info,
        articles=tuple(sorted(articles, key=lambda a: a.id)),
        topics=tuple(topics),
        actors=tuple(actors),
        outlets=tuple(outlets),
        events=tuple(sorted(events, key=lambda e: (e.date, e.id))),
    )
    return dossier, sorted(problems, key=_order)


def _order(problem: Problem) -> tuple:
    return (problem.origin.file, problem.origin.line or 0)


def _read(root: Path, name: str, problems: list[Problem]) -> tuple[YNode | None, bool]:
    """The file's YAML (None when empty) and whether it could be read; optional files may be absent."""
    rel = f"{DOSSIER_DIR}/{name}"
    path = root / DOSSIER_DIR / name
    if not path.exists() and not path.is_symlink():  # a dangling link is reported as unreadable
        if name in REQUIRED_FILES:
            problems.append(Problem(Origin(rel), f"Expected the file {rel} but it does not exist"))
            return None, False
        return None, True
    node, found = read_yaml_file(path, rel, root)
    problems += found
    return node, not has_errors(found)


def _spend(
    budget: DossierBudget, rel: str, node: YNode | None, problems: list[Problem], extra: int = 0
) -> None:
    """Count a file's text (and its seed's) against the dossier's budget."""
    problem = budget.spend(rel, (node.chars if node is not None else 0) + extra)
    if problem is not None:
        problems.append(problem)


def _with(rel: str, problems: list[Problem], read):
    ctx = FileContext(rel)
    result = read(ctx)
    problems += ctx.problems
    return result


def _stray_files(folder: Path) -> list[Problem]:
    """YAML files the loader would ignore, such as a misspelt `actor.yml`."""
    known = REQUIRED_FILES + OPTIONAL_FILES
    problems = []
    for path in _listing(folder):
        if path.is_dir() or path.name.startswith(".") or path.name in known:
            continue
        if path.suffix in (".yml", ".yaml"):
            near = closest(path.name, known, n=1)
            hint = f"; did you mean {shown(near[0])}?" if near else f"; expected one of: {', '.join(known)}"
            problems.append(
                Problem(
                    Origin(f"{DOSSIER_DIR}/{path.name}"),
                    f"Unknown dossier file {shown(path.name)} is ignored{hint}",
                    "warning",
                )
            )
    return problems


def _listing(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []  # an unreadable folder is reported where its files are read


def _read_articles(
    root: Path, out: Collected, problems: list[Problem], budget: DossierBudget, decode: Decoder
) -> tuple[list, bool]:
    """The articles that could be read, and whether every article file could be."""
    folder = root / DOSSIER_DIR / ARTICLES_DIR
    if not folder.is_dir():
        problems.append(
            Problem(
                Origin(f"{DOSSIER_DIR}/{ARTICLES_DIR}/"),
                "Expected a folder of article files but there is none",
                "warning",
            )
        )
        return [], True
    articles: list[Article] = []
    all_read = True
    try:
        paths = sorted(folder.iterdir())
    except OSError as exc:
        problems.append(
            Problem(
                Origin(f"{DOSSIER_DIR}/{ARTICLES_DIR}/"),
                f"Expected a readable folder but received an error: {exc.strerror}",
            )
        )
        return [], False
    for path in paths:
        if budget.exceeded:
            return articles, False
        rel = f"{DOSSIER_DIR}/{ARTICLES_DIR}/{path.name}"
        if path.name.startswith(".") or path.name.endswith("~") or path.is_dir():
            continue  # editor backups, hidden files
        if path.suffix == ".yaml":
            problems.append(
                Problem(
                    Origin(rel),
                    f"Expected an article file name ending in .yml but received: {shown(path.name)}",
                )
            )
            continue
        if path.suffix != ".yml":
            problems.append(
                Problem(
                    Origin(rel),
                    f"Expected only .yml article files but received: {shown(path.name)} (ignored)",
                    "warning",
                )
            )
            continue
        node, found = read_yaml_file(path, rel, root)
        problems += found
        if has_errors(found):  # unreadable: still an article id, so references to it are not reported too
            out.ids.append(("article", path.stem, Origin(rel)))
            all_read = False
            continue
        ctx = FileContext(rel)
        article = read_article(ctx, node, path.stem, root, out, decode)
        problems += ctx.problems
        _spend(budget, rel, node, problems, len(article.raw) if article is not None else 0)
        if article is not None:
            articles.append(article)
    return articles, all_read


def _cross_checks(root: Path, out: Collected, topics, articles, unreadable: set[str]) -> list[Problem]:
    """Problems across files; checks that depend on an unreadable file are skipped (its error says enough)."""
    known: dict[str, set[str]] = {
        "article": set(),
        "topic": set(),
        "actor": set(),
        "outlet": set(),
        "event": set(),
    }
    for kind, value, _origin in out.ids:
        known[kind].add(value)
        known[kind].add(slugify(value))  # a non-slug id is reported once, not at every reference
    # articles whose topics are all valid: only they can be said to lie outside a topic
    topics_of = {a.id: a.topics for a in articles if a.topics and set(a.topics) <= known["topic"]}
    problems = references.duplicate_ids(out.ids, out.default_ids)
    refs = [r for r in out.refs if r.kind not in unreadable]
    problems += references.unknown_refs(refs, known, topics_of)
    problems += references.missing_snippets(out.snippets, {a.id: a.raw for a in articles})
    problems += references.shared_names(out.names)
    problems += references.affiliations(out.affiliations, known["actor"])
    if "article" not in unreadable and all(a.raw for a in articles):
        problems += references.seed_usage(out.sources, seed_files(root))
    if "article" not in unreadable and all(a.topics for a in articles):
        problems += references.empty_topics(topics, articles)
    return problems
