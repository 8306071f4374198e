"""Clause shapes around a subject (analyze/clauses.py): where it starts, roles before names, hits by position."""

from __future__ import annotations

from newsdossier.analyze.clauses import AFFILIATION_END, Hits, after_introduction, after_lead, is_role
from newsdossier.analyze.mentions import AliasHit


def subject_of(text: str) -> str:
    return text[after_introduction(text, 8) :]


def test_the_subject_starts_after_an_introduction_and_its_relative_clause():
    assert subject_of("At the club, where it costs $70,000 to join, Jane Doe spoke") == "Jane Doe spoke"
    assert subject_of("Speaking in Lyon, Doe said") == "Doe said"
    assert subject_of("Hours later, she said") == "she said"
    assert subject_of("And then Doe said") == "Doe said"
    # A subject that has a comma in it is no introduction.
    assert (
        subject_of("A joint statement by Acme, the agency said")
        == "A joint statement by Acme, the agency said"
    )


def test_after_lead_skips_a_conjunction_and_a_time_adverb():
    assert after_lead("But now the council", 0) == len("But now ")
    assert after_lead("The council", 0) == 0


def test_roles_are_lowercase_nouns_not_verbs_or_clauses():
    assert is_role("presidential nominee") and is_role("historian")
    assert not is_role("said") and not is_role("wants") and not is_role("quickly")
    assert AFFILIATION_END.search("Jane Doe of the Policy Institute in Austin")


def test_hits_are_found_by_position_whole_ones_only():
    hits = Hits(
        [
            AliasHit("b", 20, 25, "Lopez", bare=True),
            AliasHit("a", 0, 4, "Anna", bare=True),
            AliasHit("c", 8, 14, "Madrid", bare=False),
        ]
    )
    assert [h.actor for h in hits.within(0, 30)] == ["a", "c", "b"]
    assert [h.actor for h in hits.within(5, 22)] == ["c"]  # "Lopez" runs past the end
    assert hits.within(30, 40) == []
