"""`dossier new | check | clean | add | import | build | serve | export | compare`: the same functions
as the MkDocs plugin. New commands live in modules of their own (new.py, ingest.py, site.py, compare.py)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import DossierError
from ..records import Problem


def _parser() -> argparse.ArgumentParser:
    # --root is accepted before or after the subcommand: `dossier --root D check`, `dossier check --root D`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--root", type=Path, default=argparse.SUPPRESS, help="project folder (default: the current one)"
    )
    parser = argparse.ArgumentParser(
        prog="dossier", description="Build and check a NewsDossier project.", parents=[common]
    )
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("check", parents=[common], help="validate the dossier and report every problem at once")

    clean = sub.add_parser("clean", parents=[common], help="preview how raw files are cleaned")
    clean.add_argument("files", nargs="+", type=Path, metavar="FILE")
    clean.add_argument("--out", type=Path, help="write DIR/<stem>.txt instead of printing")
    clean.add_argument("--explain", action="store_true", help="show every removed span and why")

    from .compare import add_compare_parser
    from .ingest import add_ingest_parsers
    from .new import add_new_parser
    from .site import add_site_parsers

    add_new_parser(sub, common)
    add_ingest_parsers(sub, common)
    add_site_parsers(sub, common)
    add_compare_parser(sub, common)

    export = sub.add_parser(
        "export", parents=[common], help="write the generated Markdown pages and data to a folder"
    )
    export.add_argument("dir", type=Path, metavar="DIR")
    return parser


@dataclass(frozen=True)
class CheckVerdict:
    """What `dossier check` reports: kept in the cache under the key of every input it read."""

    problems: tuple[Problem, ...]
    suggestions: tuple[Problem, ...] = ()
    summary: str = ""  # empty when the dossier cannot be built


def check_verdict(root: Path) -> CheckVerdict:
    """The build's own verdict (the plugin calls the same function: check and build never
    disagree), or the one kept for the same inputs (inputs.py). Pages are rendered only when that
    can find a problem; unchanged articles come from the cache."""
    from ..cache import ResultCache
    from ..inputs import inputs_key

    site_url, docs_dir, theme_dir = _site_url(root), _docs_dir(root), _theme_dir(root)
    cache = ResultCache.at(root)
    key = inputs_key(root, root / "templates", docs_dir, theme_dir, site_url, "dossier check")
    kept = cache.get(key) if cache is not None else None
    if isinstance(kept, CheckVerdict):
        return kept
    from ..pipeline import check_project  # every stage: half a second of imports

    build, problems = check_project(
        root, site_url=site_url, docs_dir=docs_dir, theme_dir=theme_dir, cache=cache, render=False
    )
    if build is None:
        verdict = CheckVerdict(tuple(problems))
    else:
        d = build.dossier
        summary = (
            f"The dossier is valid: {len(d.articles)} articles, {len(d.topics)} topics, "
            f"{len(d.actors)} actors, {len(d.outlets)} outlets, {len(d.events)} events; "
            f"{len(build.analysis.quotes)} quotes found."
        )
        verdict = CheckVerdict(tuple(problems), tuple(build.analysis.suggestions), summary)
    if cache is not None:
        cache.put(key, verdict)
    return verdict


def cmd_check(root: Path) -> int:
    from ..plugin.defaults import did_nothing

    verdict = check_verdict(root)
    problems = verdict.problems
    errors = [p for p in problems if p.severity == "error"]
    failing = [p for p in problems if p.severity == "warning" and did_nothing(p)]  # as in --strict
    for problem in problems:
        if problem.severity != "error":
            label = "warning (fails the build)" if problem in failing else problem.severity
            print(f"{label}: {problem}", file=sys.stderr)
    if errors or not verdict.summary:
        print(DossierError(errors).report(), file=sys.stderr)
        return 1
    if failing:
        print(
            f"{len(failing)} warning{'s' if len(failing) > 1 else ''} fail the build: an instruction that "
            "does nothing (`make build` runs mkdocs build --strict)",
            file=sys.stderr,
        )
        return 1
    for suggestion in verdict.suggestions:
        print(f"suggestion: {suggestion}")
    print(verdict.summary)
    return 0


def cmd_clean(files: list[Path], out: Path | None, explain: bool) -> int:
    from ..clean.cli import clean_command

    return clean_command(files, out, explain)


def _mkdocs_setting(root: Path, key: str, kind: type = str):
    """A setting of mkdocs.yml of this kind (text by default; None if not set or unreadable)."""
    config = root / "mkdocs.yml"
    if not config.is_file():
        return None
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_IgnoreTags)
    except (yaml.YAMLError, UnicodeDecodeError):
        return None
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, kind) else None


def _site_url(root: Path) -> str | None:
    """site_url from mkdocs.yml, for the citations in exported pages (None if not set)."""
    return _mkdocs_setting(root, "site_url")


def _theme_dir(root: Path) -> Path | None:
    """theme.custom_dir from mkdocs.yml (relative to it): the editor's MkDocs theme overrides."""
    theme = _mkdocs_setting(root, "theme", dict)
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return root / custom if isinstance(custom, str) else None


def _docs_dir(root: Path) -> Path:
    """docs_dir from mkdocs.yml (relative to it), where hand-written pages are."""
    return root / (_mkdocs_setting(root, "docs_dir") or "docs")


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name; they are read as plain values."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def cmd_export(root: Path, target: Path) -> int:
    from ..cache import ResultCache
    from ..pipeline import build_dossier

    build = build_dossier(root, site_url=_site_url(root), cache=ResultCache.at(root))
    target.mkdir(parents=True, exist_ok=True)
    resolved = target.resolve()
    for generated in build.files:
        path = (target / generated.path).resolve()
        if resolved not in path.parents:
            raise DossierError([])  # cannot happen: generated paths are relative and clean
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(generated.content, bytes):
            path.write_bytes(generated.content)
        else:
            path.write_text(generated.content, encoding="utf-8")
    print(f"Wrote {len(build.files)} files to {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = getattr(args, "root", Path(".")).resolve()
    try:
        if args.command == "check":
            return cmd_check(root)
        if args.command == "clean":
            return cmd_clean(args.files, args.out, args.explain)
        if hasattr(args, "run"):  # the commands of new.py, ingest.py, site.py and compare.py
            return args.run(root, args)
        if args.command == "export":
            return cmd_export(root, args.dir)
    except DossierError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except (OSError, ValueError) as error:
        print(f"dossier {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
