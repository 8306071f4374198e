"""The anchors a link between two passages needs (compare/anchors.py), on invented names."""

from __future__ import annotations

from newsdossier.analyze.terms import AliasIndex
from newsdossier.compare.align import _nodes
from newsdossier.compare.anchors import anchored
from newsdossier.records import Passage

from .fixtures import units_of

NO_ACTORS = AliasIndex.from_actors(())


def _pair(first: str, second: str):
    units = units_of([Passage("a", 0, first), Passage("b", 0, second)], NO_ACTORS)
    a, b = (node for node in _nodes(units) if node.whole)
    return a, b


def test_two_phrases_in_the_same_order_are_an_anchor():
    a, b = _pair(
        "Rebels shelled the command post near the border province overnight.",
        "The command post in the border province came under fire overnight.",
    )
    assert anchored(a, b)


def test_the_words_of_one_name_are_one_phrase_not_an_anchor():
    """Two reports of different things that both name a restaurant of three words share two pairs
    of neighbouring words ("le petit", "petit moulin"): one name, not two phrases."""
    a, b = _pair(
        "Diners at Le Petit Moulin heard the shots from the street.",
        "The owner of Le Petit Moulin reopened the doors on Sunday.",
    )
    assert not anchored(a, b)
    # The same words written in lower case are not a name: two phrases, an anchor.
    a, b = _pair(
        "Diners at the old stone mill heard the shots from the street.",
        "The owner of the old stone mill reopened the doors on Sunday.",
    )
    assert anchored(a, b)


def test_a_name_and_a_phrase_are_two_phrases():
    a, b = _pair(
        "Police arrested Ansel Varga near the border crossing on Monday.",
        "Ansel Varga was stopped at the border crossing, officials said.",
    )
    assert anchored(a, b)
