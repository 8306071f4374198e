"""Errors in the editor's templates as problems naming `templates/<file>:<line>`, not tracebacks.

templates/ is the editors' folder: a typo in a tag, a field that does not exist (the
environment uses StrictUndefined, so it is an error rather than an empty string) or a value a
filter cannot take must end the build with the template's file and line, like a YAML error.
Jinja compiles templates to Python code whose frames carry the template's file name and line,
so the line of a runtime error is read from the traceback.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import jinja2

from ..records import Origin, Problem
from ..yamlsource import decode_text, read_bounded


def template_problem(error: BaseException, templates_dir: Path, root: Path) -> Problem | None:
    """The problem to report for an error raised while rendering, or None when no template is
    to blame (a defect of the program, which must not be disguised as the editor's)."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = _origin(error.filename or error.name or "", error.lineno, templates_dir, root)
        return Problem(where, f"Expected a valid Jinja template but received a syntax error: {error.message}")
    frame = _last_template_frame(error, templates_dir)
    if isinstance(error, jinja2.TemplateNotFound):
        where = (
            _origin(frame[0], frame[1], templates_dir, root) if frame else Origin(_rel(templates_dir, root))
        )
        return Problem(where, f"Expected an existing template but received a missing one: {error.name!r}")
    if frame is None:
        return None
    where = _origin(frame[0], frame[1], templates_dir, root)
    if isinstance(error, jinja2.UndefinedError):
        return Problem(where, f"Expected fields the page has but received an undefined one: {error.message}")
    return Problem(
        where, f"Expected a template that renders but received an error: {type(error).__name__}: {error}"
    )


MAX_TEMPLATE_BYTES = 1_000_000


def template_syntax_problems(templates_dir: Path, root: Path, pattern: str = "*.j2") -> list[Problem]:
    """Syntax errors in every page template (*.j2) of the editor's folder, those no page uses
    included, found before anything is rendered; with pattern "**/*.html", in the MkDocs theme
    overrides of a custom_dir, which MkDocs would meet as a traceback after emptying site_dir."""
    if not templates_dir.is_dir():
        return []
    env = jinja2.Environment()
    problems = []
    for path in sorted(templates_dir.glob(pattern)):
        if path.name.startswith("."):
            continue
        data, message = read_bounded(path, MAX_TEMPLATE_BYTES, "a template")
        text, decode_message, _line = decode_text(data) if not message else ("", message, None)
        if message or decode_message:
            problems.append(Problem(Origin(_rel(path, root)), message or decode_message))
            continue
        try:
            env.parse(text, name=path.name, filename=str(path))
        except jinja2.TemplateSyntaxError as error:
            problems.append(
                template_problem(error, templates_dir, root) or Problem(Origin(_rel(path, root)), str(error))
            )
    return problems


def _last_template_frame(error: BaseException, templates_dir: Path) -> tuple[str, int] | None:
    folder = os.path.realpath(templates_dir)
    frames = [
        (frame.filename, frame.lineno or 0)
        for frame in traceback.extract_tb(error.__traceback__)
        if os.path.realpath(frame.filename).startswith(folder + os.sep)
    ]
    return frames[-1] if frames else None


def _origin(filename: str, line: int | None, templates_dir: Path, root: Path) -> Origin:
    path = Path(filename)
    if not path.is_absolute():
        path = templates_dir / path
    return Origin(_rel(path, root), line)


def _rel(path: Path, root: Path) -> str:
    """`templates/article.md.j2` for a template of the project; the full path otherwise."""
    try:
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return str(path)
