"""The compare stage's records (records/comparison.py): a topic's rows, facts and disagreements,
frozen and compared by value, with empty defaults for what a comparison did not find."""

from __future__ import annotations

import dataclasses

import pytest

from newsdossier.records import (
    AlignmentChoice,
    Comparison,
    ComparisonRow,
    Contradiction,
    FactCell,
    FactRow,
    Origin,
    Passage,
    Problem,
    Wording,
)

SAID_A = Passage("a", 2, "The talks will go on, the minister said.", "a-p2-s0")
SAID_B = Passage("b", 0, "Talks go on, said the minister.")


def test_a_passage_without_a_sentence_id_has_an_empty_one():
    assert SAID_B.sentence == "" and SAID_A.sentence == "a-p2-s0"


def test_a_row_is_no_quote_row_and_no_editors_choice_unless_made_one():
    row = ComparisonRow("the talks go on", "claim", (SAID_A, SAID_B))
    assert (row.editorial, row.note, row.score, row.quotes, row.wordings) == ("", "", 0.0, (), ())


def test_a_comparison_found_nothing_beyond_its_rows_by_default():
    comparison = Comparison("summit", ("a", "b"), ())
    assert comparison.only == () and comparison.facts == () and comparison.contradictions == ()
    assert comparison.vetoed == () and comparison.problems == ()


def test_comparisons_are_frozen_values_that_hash_with_all_they_hold():
    def make() -> Comparison:
        row = ComparisonRow(
            "the talks go on",
            "quote",
            (SAID_A, SAID_B),
            editorial="pinned",
            score=0.8,
            quotes=("go on", "go on"),
            wordings=(Wording(("go", "on"), ("go", "on")),) * 2,
        )
        facts = FactRow("killed", "casualties", (FactCell("a", "12", "12 people", 1),), "single")
        return Comparison(
            "summit",
            ("a", "b"),
            (row,),
            only=(SAID_B,),
            facts=(facts,),
            contradictions=(Contradiction("who left first", (SAID_A, SAID_B)),),
            vetoed=(AlignmentChoice((("a", "talks"),)),),
            problems=(Problem(Origin("dossier/topics.yml", 3), "No row r-00000000"),),
        )

    assert make() == make() and hash(make()) == hash(make())
    assert make() != dataclasses.replace(make(), articles=("b", "a"))  # the columns' order counts
    with pytest.raises(dataclasses.FrozenInstanceError):
        make().rows = ()  # type: ignore[misc]
