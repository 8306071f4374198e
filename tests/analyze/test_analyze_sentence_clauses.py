"""A sentence's shape as alignment reads it (analyze/sentence_clauses.py): its clauses, the actors
it names only as places, and whether it goes on with the sentence before it."""

from __future__ import annotations

import pytest

from newsdossier.analyze.sentence_clauses import (
    MIN_CLAUSE_WORDS,
    SPEECH_VERBS,
    places_named,
    refers_back,
    reports,
    split_clauses,
)
from newsdossier.analyze.terms import AliasIndex
from newsdossier.records import Actor

ALIASES = AliasIndex.from_actors(
    (
        Actor("syldavia", "Syldavia", "state"),
        Actor("ruritania", "Ruritania", "state", aliases=("Ruritanian government",)),
        Actor("ana-ruiz", "Ana Ruiz", "person", aliases=("Ruiz",)),
    )
)


def test_a_short_sentence_is_one_clause():
    assert split_clauses("The talks resumed on Monday.") == ["The talks resumed on Monday."]


def test_a_side_fact_after_a_comma_and_a_connective_is_a_clause_of_its_own():
    text = (
        "The two governments agreed on Monday to share intelligence on militants, "
        "while the border crossings would stay closed until the spring."
    )
    assert split_clauses(text) == [
        "The two governments agreed on Monday to share intelligence on militants",
        "while the border crossings would stay closed until the spring.",
    ]


def test_dashes_and_semicolons_break_clauses_and_short_pieces_join_a_neighbour():
    text = (
        "Trade between the two countries has slumped badly this year; "
        "exports of grain fell by half in the same months - a blow to farmers."
    )
    assert split_clauses(text) == [
        "Trade between the two countries has slumped badly this year",
        "exports of grain fell by half in the same months a blow to farmers.",
    ]
    assert split_clauses("Exports fell; grain mostly.") == ["Exports fell grain mostly."]
    assert all(len(clause.split()) >= MIN_CLAUSE_WORDS for clause in split_clauses(text))


def test_and_joins_two_clauses_only_when_both_sides_are_long():
    assert split_clauses("The king and the queen left the palace early on Sunday morning.") == [
        "The king and the queen left the palace early on Sunday morning."
    ]
    long_sides = (
        "The army shelled the northern villages for days and the rebels withdrew from every town they held."
    )
    assert split_clauses(long_sides) == [
        "The army shelled the northern villages for days",
        "the rebels withdrew from every town they held.",
    ]


def test_an_opening_participle_phrase_is_set_apart_from_the_claim():
    text = "Speaking after the talks in the capital, the minister promised new aid for the refugees."
    assert split_clauses(text) == [
        "Speaking after the talks in the capital",
        "the minister promised new aid for the refugees.",
    ]
    main = "Nothing in the new deal at the summit, officials said, would change the border."
    assert split_clauses(main)[0].startswith("Nothing in the new deal")


def test_a_sentence_s_own_subject_is_set_apart_before_is_the_but_not_after_a_speech_verb():
    assert split_clauses("The deal to share data on militants was the main gain of the long tour.") == [
        "The deal to share data on militants",
        "was the main gain of the long tour.",
    ]
    reported = "Officials of the ministry said the attack was the work of a small cell."
    assert split_clauses(reported) == [reported]


def test_a_relative_that_opens_a_side_fact_and_a_content_that_does_not():
    relative = "Police arrested members of the group that has claimed the attacks on the two markets."
    assert split_clauses(relative) == [
        "Police arrested members of the group",
        "that has claimed the attacks on the two markets.",
    ]
    content = "There were growing concerns that the raids would drive more families from their homes."
    assert split_clauses(content) == [content]


def test_no_clause_is_empty_or_keeps_its_quote_marks_and_commas_at_the_ends():
    clauses = split_clauses(
        '"We will not leave the city," the mayor told reporters, "whatever happens next."'
    )
    assert clauses and all(
        clause and clause[0] not in ' ,;:"“”' and clause[-1] not in ' ,;:"“”' for clause in clauses
    )
    assert split_clauses("") == []


def test_a_state_named_only_where_something_happens_is_a_place():
    assert places_named("Jets carried out bombing raids in Syldavia for a week.", ALIASES) == {"syldavia"}
    assert places_named("Fighting spread across the Syldavia border region.", ALIASES) == {"syldavia"}
    # Named as who acts: not a place.
    assert places_named("Syldavia carried out bombing raids for a week.", ALIASES) == frozenset()
    assert places_named("There was anxiety over Syldavia's strikes.", ALIASES) == frozenset()


def test_a_state_named_both_as_a_place_and_as_who_acts_is_not_only_a_place():
    text = "Syldavia said its jets struck targets in Syldavia near the river."
    assert places_named(text, ALIASES) == frozenset()
    both = "Ruritania sent troops into Syldavia."
    assert places_named(both, ALIASES) == {"syldavia"}


def test_only_states_are_places():
    assert places_named("Protests were held in Ruiz's home town and in Ruiz.", ALIASES) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "He said the talks would go on until a deal was found.",
        "She also warned that the border would stay closed.",
        '"We will stay," she added.',
        "“We will stay,” they insisted.",
        "The talks would go on, the statement said.",
    ],
)
def test_a_sentence_attributed_to_he_she_or_the_statement_refers_back(text: str):
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks would go on.",
        "Heavy rain said to be the worst in years hit the valley.",
        "Ruiz said he would stay.",
    ],
)
def test_a_sentence_that_names_its_speaker_does_not_refer_back(text: str):
    assert not refers_back(text)


def test_speech_verbs_are_found_whole_in_any_case():
    assert SPEECH_VERBS.search("the minister SAID on Monday")
    assert not SPEECH_VERBS.search("the saidment")


def test_a_question_the_writer_asks_or_a_bracketed_aside_reports_nothing():
    assert not reports("But who was behind the raids?")
    assert not reports("Why now? ")
    assert not reports("[Read more: a town counts its losses]")
    assert reports("\u201cWhy us?\u201d the mayor asked.")  # a question someone is quoted asking
    assert reports("\u201cWhy us?\u201d")  # the question is the quoted person's words
    assert reports("The mayor [of the town] asked for help.")
    assert reports("The raids began on Monday.")
