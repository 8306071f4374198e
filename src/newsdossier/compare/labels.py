"""Row labels: what a row is about, in the words of its most central passage or its shared figure.

The words come from the analysis (records.SentenceLabel, analyze/sentence_labels.py: each sentence
shortened, and the phrase of each figure it writes out); compare only chooses among them. A label
is taken from one passage, and that passage is the wording a page shows under it (rows.py puts
it first): a label over another passage's words states a claim the reader cannot see.
"""

from __future__ import annotations

from collections import defaultdict

from .units import Unit
from .vectors import cosine

# A claim row is labelled by the shortest of its LABEL_CANDIDATES most central sentences: on the
# seeds the most central sentence is often a long lede; among the top 3 a short report is plainer.
LABEL_CANDIDATES = 3


def row_label(
    chosen: list[Unit], kind: str, actor_names: dict[str, str], avoid: frozenset[str] = frozenset()
) -> str:
    """What the row is about: its most central passage (or quote, with the speaker), shortened."""
    return labelled_by(chosen, kind, actor_names, avoid)[0]


def labelled_by(
    chosen: list[Unit], kind: str, actor_names: dict[str, str], avoid: frozenset[str] = frozenset()
) -> tuple[str, Unit]:
    """The row's label (row_label) and the member it was taken from."""
    centroid: dict[str, float] = defaultdict(float)
    for unit in chosen:
        for term, weight in unit.vector.items():
            centroid[term] += weight

    def centrality(unit: Unit) -> float:
        """Similarity to the other members: the dot product with the centroid, less itself."""
        return cosine(unit.vector, centroid) - 1.0

    if kind == "fact":
        found = _fact_label(chosen)
        if found and found[0] not in avoid:
            return found

    # A sentence that opens on a pronoun ("He insisted...") does not say who, and one that opens a
    # quotation reads as that speaker's words: prefer a sentence that names and reports.
    def plain(unit: Unit) -> tuple[bool, bool]:
        return (not unit.label.names_no_one, not unit.label.opens_quote)

    ranked = sorted(chosen, key=lambda u: (*plain(u), centrality(u)), reverse=True)
    # The shortest of the most central sentences says it most plainly.
    best = [u for u in ranked[:LABEL_CANDIDATES] if plain(u) == plain(ranked[0])]
    ranked = sorted(best, key=lambda u: len(u.passage.text)) + [u for u in ranked if u not in best]
    # A sentence packing two claims sits in two rows: the second row takes another label.
    central = next((u for u in ranked if u.label.text not in avoid), ranked[0])
    return central.label.text, central


def _fact_label(chosen: list[Unit]) -> tuple[str, Unit] | None:
    """'<number> <what it counts>' for a row joined by a shared figure: "Killed 40 people in the capital"
    (SentenceLabel.figures, analyze/sentence_labels.py)."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for unit in chosen:
        for term in unit.vector:
            if term[0] == "#":
                articles_of[term[1:].split(":")[0]].add(unit.passage.article)
    shared = [value for value, articles in articles_of.items() if len(articles) >= 2]
    for value in sorted(shared, key=lambda v: -len(articles_of[v])):
        phrases = [
            (phrase, words, u) for u in chosen for figure, phrase, words in u.label.figures if figure == value
        ]
        if phrases:
            # The phrase of most words says most of what is counted; of those, the shortest.
            phrase, _, unit = max(phrases, key=lambda found: (found[1], -len(found[0])))
            return phrase, unit
    return None
