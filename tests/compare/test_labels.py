"""Row labels (compare/labels.py): chosen among the label forms the analysis gives each sentence."""

from newsdossier.analyze.sentence_labels import sentence_label
from newsdossier.compare.labels import row_label
from newsdossier.compare.rows import build_row
from newsdossier.compare.units import Unit
from newsdossier.records import Passage

FACT_VECTOR = {"#12:count": 1.0, "cable": 0.5}


def _unit(article: str, text: str, vector=None) -> Unit:
    vector = vector or FACT_VECTOR
    terms = tuple((term, 1) for term in vector)
    return Unit(Passage(article, 0, text), vector, (), "", label=sentence_label(text, terms))


def test_a_fact_row_is_labelled_by_the_fullest_phrase_of_its_shared_figure():
    chosen = [
        _unit("a", "Engineers found 12 corroded cables."),
        _unit("b", "Inspectors listed 12 badly corroded suspension cables under the deck."),
    ]
    assert row_label(chosen, "fact", {}) == "12 badly corroded suspension cables under"


def test_a_claim_row_prefers_a_sentence_that_names_who_and_another_label_than_its_neighbours():
    vector = {"talk": 1.0}
    chosen = [
        _unit("a", "He insisted that the talks would go on.", vector),
        _unit("b", "The minister insisted that the talks would go on.", vector),
        _unit("c", "But the minister said talks went on.", vector),
    ]
    assert row_label(chosen, "claim", {}) == "The minister said talks went on."
    avoid = frozenset({"The minister said talks went on."})
    assert row_label(chosen, "claim", {}, avoid) == "The minister insisted that the talks would go on."


def test_a_rows_first_passage_the_wording_a_page_shows_is_the_one_its_label_comes_from():
    vector = {"talk": 1.0, "@minister": 0.5}
    chosen = [
        _unit(
            "a", "After a long night of bargaining in the capital, the minister insisted talks go on.", vector
        ),
        _unit("b", "The minister said talks went on.", vector),
        _unit("c", "The minister insisted that the talks would go on after the holiday.", vector),
    ]
    row = build_row(chosen, {})
    assert row.label == "The minister said talks went on."
    assert row.passages[0] == chosen[1].passage
    assert set(row.passages) == {u.passage for u in chosen}
    facts = [
        _unit("a", "Engineers found 12 corroded cables."),
        _unit("b", "Inspectors listed 12 badly corroded suspension cables under the deck."),
    ]
    fact_row = build_row(facts, {})
    assert fact_row.kind == "fact" and fact_row.label.startswith("12 badly corroded")
    assert fact_row.passages[0] == facts[1].passage
