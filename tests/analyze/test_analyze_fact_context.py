"""Where comparison finds each fact (analyze/fact_context.py): its sentence, context terms and label."""

from __future__ import annotations

from newsdossier.analyze.fact_context import placed
from newsdossier.analyze.terms import AliasIndex
from newsdossier.records import Fact, Sentence

TEXT = "The floods of Halloween, officials said, left more than 1,200 people dead in the valley."
SENTENCES = [
    Sentence("a-p0-s0", "a", 0, 0, 0, 20, "The rain began early."),
    Sentence("a-p0-s1", "a", 0, 1, 21, 21 + len(TEXT), TEXT),
]


def test_a_fact_gets_its_sentence_context_terms_and_a_label_without_its_value():
    fact = Fact("a", 0, "casualties", "1200", "more than 1,200 people dead", qualifier="more than")
    [found] = placed([fact], SENTENCES, AliasIndex.from_actors(()))
    assert found.sentence == "a-p0-s1"
    # The label keeps the words of the fact's clause around it, the value left out.
    assert found.label == "left \u2026 people dead in the valley"
    assert found.context and not any(term[0] in "#%~+" for term in found.context)
    assert any("valley" in term for term in found.context)


def test_a_fact_no_sentence_of_its_paragraph_holds_stays_as_it_was():
    elsewhere = Fact("a", 3, "number", "4", "four")
    missing = Fact("a", 0, "number", "7", "seven ships")
    assert placed([elsewhere, missing], SENTENCES, AliasIndex.from_actors(())) == [elsewhere, missing]
