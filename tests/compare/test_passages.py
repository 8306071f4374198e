"""The passages compare aligns (compare/passages.py): the analysis' sentences, articles in the order given."""

from __future__ import annotations

from newsdossier.compare.passages import topic_passages
from newsdossier.records import Analysis, Passage, Sentence


def test_passages_are_the_analysis_sentences_of_the_articles_in_the_order_given():
    sentences = tuple(
        Sentence(f"{a}-p{p}-s0", a, p, 0, 0, 5, f"{a}{p}")
        for a, p in (("a", 0), ("a", 1), ("b", 0), ("c", 0))
    )
    analysis = Analysis((), (), (), sentences=sentences)
    assert topic_passages(analysis, ("b", "a")) == [
        Passage("b", 0, "b0", "b-p0-s0"),
        Passage("a", 0, "a0", "a-p0-s0"),
        Passage("a", 1, "a1", "a-p1-s0"),
    ]
    assert topic_passages(analysis, ["unknown"]) == []
