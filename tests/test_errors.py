"""DossierError (errors.py): every problem kept, only the errors counted and listed."""

from __future__ import annotations

import pytest

from newsdossier.errors import DossierError
from newsdossier.records import Origin, Problem

BAD_DATE = Problem(Origin("dossier/topics.yml", 4, "topics[0].date"), "Expected a date but received: soon")
NO_OUTLET = Problem(Origin("dossier/articles/a.yml", 2, "outlet"), "Expected an outlet id but received: 7")
HINT = Problem(Origin("dossier/actors.yml"), "Consider an alias", severity="suggestion")
OLD_KEY = Problem(Origin("dossier/dossier.yml", 1, "licence"), "Deprecated key", severity="warning")


def test_the_message_counts_the_errors_and_lists_each_with_where_it_is_written():
    error = DossierError([BAD_DATE, NO_OUTLET])
    assert str(error) == error.report()
    assert error.report().splitlines() == [
        "2 problems in the dossier:",
        "  dossier/topics.yml:4: topics[0].date: Expected a date but received: soon",
        "  dossier/articles/a.yml:2: outlet: Expected an outlet id but received: 7",
    ]


def test_one_error_is_a_problem_in_the_singular():
    assert DossierError((BAD_DATE,)).report().splitlines()[0] == "1 problem in the dossier:"


def test_warnings_and_suggestions_are_kept_but_neither_counted_nor_listed():
    error = DossierError([HINT, BAD_DATE, OLD_KEY])
    assert error.problems == (HINT, BAD_DATE, OLD_KEY)
    lines = error.report().splitlines()
    assert lines[0] == "1 problem in the dossier:"
    assert lines[1:] == [f"  {BAD_DATE}"]
    assert "alias" not in error.report() and "Deprecated" not in error.report()


def test_it_is_raised_and_caught_as_an_exception_with_its_problems():
    with pytest.raises(DossierError) as caught:
        raise DossierError([NO_OUTLET])
    assert caught.value.problems == (NO_OUTLET,)
    assert isinstance(caught.value.problems, tuple)
    assert DossierError([]).report() == "0 problems in the dossier:"
