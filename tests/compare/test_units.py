"""What alignment scores (compare/units.py): passages carrying one statement match whatever their words."""

from __future__ import annotations

from newsdossier.compare.options import DEFAULT_ALIGNMENT
from newsdossier.compare.units import Node, Unit, long_quote, pair_score, quote_match, similarity
from newsdossier.records import Passage


def unit(article: str, vector: dict[str, float], statements=frozenset()) -> Unit:
    return Unit(Passage(article, 0, "", f"{article}-0"), vector, (), "", statements=frozenset(statements))


def test_scare_quotes_are_no_quotation():
    short = "x" * (DEFAULT_ALIGNMENT.min_quote_chars - 1)
    assert long_quote(short, DEFAULT_ALIGNMENT) == ""
    assert long_quote(short + "x", DEFAULT_ALIGNMENT) == short + "x"


def test_one_statement_makes_two_passages_match_whatever_their_words():
    a = unit("a", {"vote": 1.0}, {"g1"})
    b = unit("b", {"storm": 1.0}, {"g1", "g2"})
    other = unit("c", {"vote": 0.6, "storm": 0.8}, {"g3"})
    assert quote_match(a, b) == 1.0 and quote_match(a, other) == 0.0
    assert similarity(a, b) == 1.0
    assert similarity(a, other) == 0.6


def test_pair_scores_use_the_statement_for_whole_sentences_only_and_remember_cosines():
    units = [unit("a", {"vote": 1.0}, {"g1"}), unit("b", {"storm": 1.0}, {"g1"})]
    whole_a, whole_b = Node(0, "a", units[0].vector, True), Node(1, "b", units[1].vector, True)
    clause_b = Node(1, "b", units[1].vector, False)
    assert pair_score(whole_a, whole_b, units) == 1.0
    assert pair_score(whole_a, clause_b, units) == 0.0
    memo: dict = {}
    assert pair_score(whole_a, clause_b, units, memo) == 0.0 and len(memo) == 1
