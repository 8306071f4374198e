"""Row labels (compare/labels.py): a fact row's label states the shared figure in whole words."""

from newsdossier.compare.labels import row_label
from newsdossier.compare.units import Unit
from newsdossier.records import Passage


def _unit(article: str, text: str) -> Unit:
    return Unit(Passage(article, 0, text), {"#12:count": 1.0, "cable": 0.5}, (), "")


def test_a_fact_label_never_ends_inside_a_word():
    chosen = [
        # 40 characters after the figure end inside "underneath" and "stabilising".
        _unit("a", "Engineers found 12 extraordinarily corroded suspension cables underneath the deck."),
        _unit("b", "Inspectors listed 12 badly corroded suspension cables underneath and stabilising bars."),
    ]
    label = row_label(chosen, "fact", {})
    assert label.startswith("12 ")
    words = label.split()
    texts = " ".join(u.passage.text for u in chosen).replace(".", " ").split()
    assert all(word in texts for word in words), label
