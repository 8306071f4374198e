"""Facts: numbers with what they count, casualty figures, money, dates and weekdays."""

from __future__ import annotations

from analyze_support import run


def facts(text: str, published: str | None = None):
    return [(f.kind, f.value, f.text, f.subject) for f in run(text, published=published).facts]


def test_casualties_with_the_verb_that_counts_them():
    assert ("casualties", "130", "130 people", "killed") in facts(
        "The attacks that killed 130 people in the city."
    )
    assert ("casualties", "224", "all 224 people on board", "killing") in facts(
        "The bomb downed the plane, killing all 224 people on board."
    )
    assert ("casualties", "240000", "more than 240,000 people dead", "dead") in facts(
        "A war that has left more than 240,000 people dead."
    )


def test_counts_with_their_noun():
    assert ("count", "60+", "60-plus countries", "countries") in facts("A coalition of 60-plus countries.")
    assert ("count", "14", "14 new missions", "new missions") in facts("There were 14 new missions Friday.")
    assert ("count", "5", "five targets", "targets") in facts("It hit five targets in the north.")


def test_a_count_whose_subject_does_not_say_what_it_counts_is_vague():
    """The facts table lists a count alone only when it says what it counts (compare/facts.py)."""
    found = {f.subject: f.vague for f in run("Two men hit five targets with 60-plus countries.").facts}
    assert found == {"men": True, "targets": False, "countries": True}


def test_money():
    assert ("money", "USD 500000000", "$500-million", "US programme") in facts("A $500-million US programme.")
    assert facts("It cost €2.5 billion.")[0][:2] == ("money", "EUR 2500000000")


def test_weekdays_and_dates_with_the_published_year():
    found = facts(
        "On Thursday, after the attacks of November 13 and Nov. 13, and on 31 October.", "2015-11-27"
    )
    assert ("weekday", "Thursday", "Thursday", "") in found
    assert ("date", "2015-11-13", "November 13", "") in found
    assert ("date", "2015-11-13", "Nov. 13", "") in found
    assert ("date", "2015-10-31", "31 October", "") in found


def test_dates_without_a_known_year_get_no_year():
    assert ("date", "--11-13", "Nov. 13", "") in facts("The Nov. 13 attacks.")
    assert ("date", "2014-11-27", "November 27th 2014", "") in facts("Friday, November 27th 2014")


def test_years_and_durations():
    found = facts("The conflict began in 2011 and became a four-year war after a 90-minute meeting.")
    assert ("date", "2011", "2011", "year") in found
    assert ("duration", "4", "four-year", "year") in [f[:3] + (f[3].split()[0],) for f in found]
    assert any(f[0] == "duration" and f[1] == "90" and f[2] == "90-minute" for f in found)


def test_facts_are_typed_with_unit_and_qualifier():
    from analyze_support import run

    text = "Nearly 40% of the 3,000 voters backed the $2 million plan after more than 130 people died."
    found = {f.kind: f for f in run(text).facts}
    assert (found["percent"].value, found["percent"].unit, found["percent"].qualifier) == (
        "40",
        "%",
        "Nearly",
    )
    assert (found["money"].value, found["money"].unit) == ("USD 2000000", "USD")
    assert (found["casualties"].value, found["casualties"].qualifier) == ("130", "more than")
    assert found["count"].subject == "voters"


def test_the_month_may_is_not_a_date_without_a_day():
    assert facts("Talks may resume, officials said.") == []


def test_paragraph_index_is_kept():
    analysis = run("No numbers here.", "But 650 soldiers were sent.")
    (fact,) = analysis.facts
    assert (fact.paragraph, fact.kind, fact.value, fact.subject) == (1, "count", "650", "soldiers")
