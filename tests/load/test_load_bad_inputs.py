"""The bad-input corpus (issues 7 and 16): every case reports exactly its expected problems, fast,
whichever stage finds them (the loader, or cleaning and rendering once the loader finds no error)."""

from __future__ import annotations

import time

import pytest

from newsdossier.errors import DossierError
from newsdossier.pipeline import build_dossier, check_project
from newsdossier.records import Problem

from .corpus import CASES, build_case, case_names, contains_line, expected_lines, lines_match, problem_lines

# Every case is a tiny dossier; even the 20 MB seed, the billion laughs and the 100,000-level
# nesting must be refused within this budget (measured: < 0.01 s each; a whole build of a
# warning-only case ~0.4 s). CPU time: wall time on a shared machine is noise.
MAX_SECONDS_PER_CASE = 2.0

# Each case's verdict, computed once (a case is deterministic; the whole pipeline runs for
# the cases without load errors, so the module would otherwise build each of them 4 times).
_VERDICTS: dict[str, list[Problem]] = {}


@pytest.fixture(params=case_names())
def case(request, tmp_path):
    return request.param, build_case(request.param, tmp_path)


def _problems(name, root) -> list[Problem]:
    if name not in _VERDICTS:
        _VERDICTS[name] = check_project(root)[1]
    return _VERDICTS[name]


def test_case_reports_exactly_the_expected_problems(case):
    name, root = case
    started = time.process_time()
    problems = _VERDICTS[name] = check_project(root)[1]
    elapsed = time.process_time() - started
    assert lines_match(problem_lines(problems), expected_lines(name)), (
        problem_lines(problems),
        expected_lines(name),
    )
    assert elapsed < MAX_SECONDS_PER_CASE, f"{name} took {elapsed:.2f} s"


def test_errors_stop_the_build_and_warnings_do_not(case):
    name, root = case
    errors = [line for line in expected_lines(name) if line.startswith("error: ")]
    if errors and not name.startswith("docs-"):  # hand-written pages are checked after the build
        with pytest.raises(DossierError) as raised:
            build_dossier(root)
        report = raised.value.report()
        assert (
            report.splitlines()[0] == f"{len(errors)} problem{'s' if len(errors) > 1 else ''} in the dossier:"
        )
        for line in errors:
            assert contains_line(report, line.removeprefix("error: "))
    elif not errors:
        assert build_dossier(root).files, f"{name}: a dossier with only warnings still builds"


def test_every_problem_names_its_file_and_says_what_was_expected(case):
    name, root = case
    for problem in _problems(name, root):
        assert problem.origin.file.startswith(("dossier/", "seeds/", "templates/", "docs/")), problem
        assert problem.message.startswith(("Expected", "Unknown")), problem
        assert "Traceback" not in problem.message


def test_every_case_is_documented_by_its_expected_problems():
    for name in case_names():
        assert (CASES / name / "expected.txt").is_file(), name
        assert expected_lines(name), f"{name} expects no problem: it belongs in the valid tests"


def test_a_problem_with_a_key_also_has_a_line(case):
    """Only whole-file problems (missing, unreadable, oversized files) lack a line."""
    name, root = case
    for problem in _problems(name, root):
        if problem.origin.key:
            assert problem.origin.line is not None, problem


def test_every_case_says_what_it_is_about():
    for name in case_names():
        assert (CASES / name / "README").read_text().strip(), name
