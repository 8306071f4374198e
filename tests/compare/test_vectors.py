"""Weighted term vectors (compare/vectors.py): rarer terms weigh more, the topic's background less."""

from __future__ import annotations

import math
from collections import Counter

from newsdossier.compare.options import DEFAULT_ALIGNMENT
from newsdossier.compare.vectors import (
    cosine,
    idf_table,
    single_terms,
    term_kind_weight,
    topic_discount,
    weigh,
)


def test_a_term_in_fewer_passages_has_a_higher_idf():
    idf = idf_table([Counter({"@syria": 1, "vote": 1}), Counter({"@syria": 2}), Counter({"@syria": 1})])
    assert idf["vote"] > idf["@syria"] >= 1.0


def test_actors_numbers_dates_and_pairs_weigh_as_the_options_say():
    options = DEFAULT_ALIGNMENT
    assert term_kind_weight("@russia", options) == options.actor_weight
    assert term_kind_weight("#130", options) == options.number_weight
    assert term_kind_weight("%2015-11-13", options) == options.date_weight
    assert term_kind_weight("+peace>talk", options) == options.pair_weight
    assert term_kind_weight("talk", options) == 1.0


def test_weighed_vectors_are_unit_length_and_cosine_is_one_for_the_same_terms():
    vector = weigh(Counter({"vote": 3, "@syria": 1}), {"vote": 2.0, "@syria": 1.0})
    assert math.isclose(math.sqrt(sum(v * v for v in vector.values())), 1.0)
    assert math.isclose(cosine(vector, vector), 1.0)
    assert cosine(vector, weigh(Counter({"storm": 1}), {})) == 0.0
    # Repeating a term raises its weight less than in proportion (sub-linear frequency).
    once, thrice = weigh(Counter({"a": 1, "b": 1}), {}), weigh(Counter({"a": 3, "b": 1}), {})
    assert once["a"] / once["b"] < thrice["a"] / thrice["b"] < 3


def test_terms_most_articles_carry_are_discounted_only_in_topics_large_enough():
    articles = [f"a{i}" for i in range(DEFAULT_ALIGNMENT.topic_min_articles)]
    documents = [Counter({"@syria": 1, f"word{i}": 1}) for i in range(len(articles))]
    discount = topic_discount(documents, articles)
    assert set(discount) == {"@syria"} and discount["@syria"] < 1.0
    assert topic_discount(documents[:1], articles[:1]) == {}


def test_single_terms_drop_pairs_and_normalise_again():
    vector = {"+peace>talk": 0.6, "peace": 0.8}
    assert single_terms(vector) == {"peace": 1.0}
