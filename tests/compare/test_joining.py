"""Sentences that go on with, or restate, a sentence of their row (compare/joining.py)."""

from __future__ import annotations

from newsdossier.compare.joining import continuations, restatements
from newsdossier.compare.units import Unit
from newsdossier.records import Passage


def unit(article: str, paragraph: int, vector: dict[str, float], refers_back: bool = False) -> Unit:
    return Unit(Passage(article, paragraph, ""), vector, (), "", refers_back=refers_back)


def test_a_sentence_that_refers_back_and_shares_words_continues_the_one_before():
    units = [
        unit("a", 0, {"bridge": 0.5, "repair": 0.5, "@mayor": 0.7}),
        unit("a", 1, {"bridge": 0.5, "repair": 0.5, "winter": 0.7}, refers_back=True),
        unit("a", 3, {"bridge": 0.5, "repair": 0.5}, refers_back=True),  # two paragraphs on
        unit("b", 3, {"bridge": 0.5, "repair": 0.5}, refers_back=True),  # another article
        unit("b", 3, {"bridge": 0.5, "@mayor": 0.5}, refers_back=True),  # shares one word only
        unit("b", 3, {"bridge": 0.5, "repair": 0.5}),  # does not refer back
    ]
    assert continuations(units) == {1: 0}


def test_a_figure_told_twice_in_one_article_with_its_event_is_a_restatement():
    lede = {"#6": 0.6, "=attack": 0.5, "depot": 0.6}
    units = [
        unit("a", 0, lede),
        unit("a", 4, {"#6": 0.6, "=attack": 0.5, "depot": 0.4, "navy": 0.5}),
        unit("a", 5, {"#6": 0.6, "depot": 0.8}),  # no event class shared
        unit("b", 0, lede),  # another article: not a restatement
    ]
    assert restatements(units) == {0: {1}, 1: {0}}


def test_a_count_of_the_same_thing_is_no_restatement_without_the_same_event():
    """ "Two guards were hurt" and "two guards were sacked" count the same thing ('#2:=people'), not
    the same event: the class of what is counted ('=people') is not the shared event class."""
    units = [
        unit("a", 0, {"#2:=people": 0.6, "=people": 0.5, "=injure": 0.5}),
        unit("a", 3, {"#2:=people": 0.6, "=people": 0.5, "sack": 0.5}),
        unit("a", 5, {"#2:=people": 0.6, "=people": 0.5, "=injure": 0.4, "gate": 0.4}),
    ]
    assert restatements(units) == {0: {2}, 2: {0}}
