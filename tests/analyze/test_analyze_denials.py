"""Failure and denial cues and what they govern (analyze/denials.py), for the contradiction rule."""

from __future__ import annotations

from newsdossier.analyze.denials import affirmed, clauses, denials
from newsdossier.analyze.terms import AliasIndex
from newsdossier.records import Actor

ALIASES = AliasIndex.from_actors(
    (Actor("ruritania", "Ruritania", "state"), Actor("alliance", "Northern Alliance", "organisation"))
)


def test_clauses_split_at_punctuation_and_contrasting_words():
    assert clauses("The king spoke, but the council refused; it voted") == [
        "The king spoke",
        "the council refused",
        "it voted",
    ]


def test_a_failure_cue_governs_the_words_after_it_in_its_clause():
    [denial] = denials("Ruritania refused to help the Northern Alliance, officials said.", ALIASES)
    assert denial.cue == "refused"
    assert denial.scope.strip() == "to help the Northern Alliance"
    assert "@alliance" in denial.about
    assert "@alliance" in denial.terms
    # The claim as a contradiction states it: cue and scope, spacing mended, end punctuation left out.
    assert denial.claim == denial.short == "refused to help the Northern Alliance"


def test_a_long_denied_claim_is_cut_at_a_word_boundary_for_its_label():
    text = "Ruritania refused   to help " + "the brave villagers of the hills " * 4 + "this winter."
    [denial] = denials(text, ALIASES)
    assert denial.claim.startswith("refused to help the brave") and denial.claim.endswith("this winter")
    assert len(denial.short) <= 91 and denial.short.endswith("\u2026")
    assert denial.claim.startswith(denial.short[:-1])


def test_blame_and_double_negation_are_no_denial():
    assert denials("The council blamed Ruritania for failing to help.", ALIASES) == ()
    assert denials("Ruritania denied that it did not know of the plan.", ALIASES) == ()
    assert denials("Ruritania will help the Northern Alliance.", ALIASES) == ()


def test_a_sentence_affirms_the_terms_of_its_clauses_without_negation():
    whole = frozenset({"given"})
    assert affirmed("Ruritania will help the alliance.", ALIASES, whole) == whole
    found = affirmed("Ruritania will help the alliance, but it will not send troops.", ALIASES)
    assert "@ruritania" in found
    assert not any("troop" in term for term in found)
