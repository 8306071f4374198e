"""Modules a newcomer reads top to bottom: none under src/ is longer than MAX_LINES, and no
function waives the complexity limit (`# noqa: C901`), except in the modules named below with
the reason they still do.

The allow-lists only shrink: an entry whose module is gone, back under the limit or free of
waivers fails the test too, so that it is removed when the module is split. The checkers are fed
a made-up package that breaks each rule and must report every break.
"""

from __future__ import annotations

from pathlib import Path

import newsdossier

SOURCE = Path(newsdossier.__file__).parent
# The guide asks for modules of about 400 lines; 450 leaves room for a docstring or a helper
# before a module must be split.
MAX_LINES = 450

# Path (relative to src/newsdossier) -> why it is still longer than MAX_LINES.
ALLOWED: dict[str, str] = {}

# Path -> why a function there still waives the complexity limit.
WAIVER = "# noqa: C901"
ALLOWED_WAIVERS = {
    "analyze/suggest.py": "suggest_actors' chain of filters, attribution's (issue 13)",
}


def line_counts(package: Path) -> dict[str, int]:
    """Lines of every module of a package, by path relative to it."""
    return {
        path.relative_to(package).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(package.rglob("*.py"))
    }


def size_problems(package: Path, max_lines: int, allowed: dict[str, str]) -> list[str]:
    """Modules over `max_lines` that are not allowed, and allow-list entries no longer needed."""
    counts = line_counts(package)
    problems = [
        f"{path}: {lines} lines (more than {max_lines}): split it into modules read top to bottom"
        for path, lines in counts.items()
        if lines > max_lines and path not in allowed
    ]
    problems += [
        f"{path}: allowed to be long but {'gone' if path not in counts else f'{counts[path]} lines'}: "
        "remove it from the allow-list"
        for path in allowed
        if counts.get(path, 0) <= max_lines
    ]
    return problems


def waiver_problems(package: Path, allowed: dict[str, str]) -> list[str]:
    """Modules that waive the complexity limit without being allowed to, and stale entries."""
    waiving = {
        path.relative_to(package).as_posix()
        for path in sorted(package.rglob("*.py"))
        if WAIVER in path.read_text(encoding="utf-8")
    }
    problems = [
        f"{path}: waives the complexity limit: split the function into named helpers"
        for path in sorted(waiving - set(allowed))
    ]
    problems += [
        f"{path}: allowed to waive the complexity limit but does not: remove it from the allow-list"
        for path in allowed
        if path not in waiving
    ]
    return problems


def test_no_module_is_longer_than_a_newcomer_reads():
    assert size_problems(SOURCE, MAX_LINES, ALLOWED) == []


def test_no_function_waives_the_complexity_limit():
    assert waiver_problems(SOURCE, ALLOWED_WAIVERS) == []


def test_the_checkers_report_each_break_and_stale_exceptions(tmp_path):
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "long.py").write_text("x = 1\n" * 11, encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * 10, encoding="utf-8")
    assert size_problems(tmp_path, 10, {"short.py": "was long", "gone.py": "split"}) == [
        "stage/long.py: 11 lines (more than 10): split it into modules read top to bottom",
        "short.py: allowed to be long but 10 lines: remove it from the allow-list",
        "gone.py: allowed to be long but gone: remove it from the allow-list",
    ]
    (tmp_path / "stage" / "long.py").write_text(f"def f():  {WAIVER} - a long one\n", encoding="utf-8")
    assert waiver_problems(tmp_path, {"short.py": "was complex"}) == [
        "stage/long.py: waives the complexity limit: split the function into named helpers",
        "short.py: allowed to waive the complexity limit but does not: remove it from the allow-list",
    ]
