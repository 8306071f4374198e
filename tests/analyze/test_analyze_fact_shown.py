"""A fact's value as its own phrase gives it (analyze/fact_shown.py), for the facts table."""

from newsdossier.analyze.facts import paragraph_facts


def _facts(text: str, year: int | None = 2015):
    return {f.kind: f for f in paragraph_facts("a", 0, text, year)}


def test_a_qualifier_is_shown_with_the_number():
    facts = _facts("More than 1,200 people were hurt in the blast.")
    hurt = next(f for f in facts.values() if f.value == "1200")
    assert hurt.shown == "More than 1,200"


def test_a_date_shows_no_year_its_phrase_does_not_state():
    without = _facts("The council met on November 13 to count the damage.")["date"]
    assert (without.value, without.shown, without.year_stated) == ("2015-11-13", "13 November", False)
    stated = _facts("The council met on November 13, 2015 to count the damage.")["date"]
    assert (stated.value, stated.shown, stated.year_stated) == ("2015-11-13", "2015-11-13", True)
