"""The bad-input corpus (issue 7): every case reports exactly its expected problems, fast."""

from __future__ import annotations

import time

import pytest

from newsdossier.errors import DossierError
from newsdossier.load import check_dossier, load_dossier

from .corpus import CASES, build_case, case_names, contains_line, expected_lines, lines_match, problem_lines

# Every case is a tiny dossier; even the 20 MB seed, the billion laughs and the
# 100,000-level nesting must be refused within this budget (measured: < 0.01 s each).
MAX_SECONDS_PER_CASE = 2.0


@pytest.fixture(params=case_names())
def case(request, tmp_path):
    return request.param, build_case(request.param, tmp_path)


def test_case_reports_exactly_the_expected_problems(case):
    name, root = case
    started = time.perf_counter()
    problems = check_dossier(root)
    elapsed = time.perf_counter() - started
    assert lines_match(problem_lines(problems), expected_lines(name)), (
        problem_lines(problems),
        expected_lines(name),
    )
    assert elapsed < MAX_SECONDS_PER_CASE, f"{name} took {elapsed:.2f} s"


def test_errors_stop_loading_and_warnings_do_not(case):
    name, root = case
    expected = expected_lines(name)
    errors = [line for line in expected if line.startswith("error: ")]
    if errors:
        with pytest.raises(DossierError) as raised:
            load_dossier(root)
        report = raised.value.report()
        assert (
            report.splitlines()[0] == f"{len(errors)} problem{'s' if len(errors) > 1 else ''} in the dossier:"
        )
        for line in errors:
            assert contains_line(report, line.removeprefix("error: "))
    else:
        dossier = load_dossier(root)
        assert dossier.articles, f"{name}: a dossier with only warnings still loads"


def test_every_problem_names_its_file_and_says_what_was_expected(case):
    name, root = case
    for problem in check_dossier(root):
        assert problem.origin.file.startswith(("dossier/", "seeds/")), problem
        assert problem.message.startswith(("Expected", "Unknown")), problem
        assert "Traceback" not in problem.message


def test_every_case_is_documented_by_its_expected_problems():
    for name in case_names():
        assert (CASES / name / "expected.txt").is_file(), name
        assert expected_lines(name), f"{name} expects no problem: it belongs in the valid tests"


def test_a_problem_with_a_key_also_has_a_line(case):
    """Only whole-file problems (missing, unreadable, oversized files) lack a line."""
    _name, root = case
    for problem in check_dossier(root):
        if problem.origin.key:
            assert problem.origin.line is not None, problem


def test_every_case_says_what_it_is_about():
    for name in case_names():
        assert (CASES / name / "README").read_text().strip(), name
