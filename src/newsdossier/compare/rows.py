"""Comparison rows made from aligned passages: their kind (claim, fact, quote), score and label."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import replace
from typing import Literal

from ..records import (
    ComparisonRow,
)
from .labels import labelled_by
from .quotes import QuoteVersion, passage_wordings, quote_label
from .units import Unit, similarity

# A row's score is the mean similarity of the pairs among its first ROW_SCORE_SAMPLE passages:
# rows of hundreds of syndicated copies would otherwise cost the square of their size.
ROW_SCORE_SAMPLE = 12


def build_row(
    chosen: list[Unit],
    actor_names: dict[str, str],
    label: str = "",
    editorial: Literal["pinned", ""] = "",
    note: str = "",
    avoid: frozenset[str] = frozenset(),
) -> ComparisonRow:
    sample = chosen[:ROW_SCORE_SAMPLE]
    sims = [
        similarity(a, b)
        for a, b in itertools.combinations(sample, 2)
        if a.passage.article != b.passage.article
    ]
    score = round(sum(sims) / len(sims), 3) if sims else 0.0
    # Rows of kind "quote" come from the analysis' quotes with one speaker (quotes.py), never
    # from clustering, which may join a quote with another speaker's words.
    has_number = [u for u in chosen if any(t[0] in "#%" for t in u.vector)]
    shared_fact = len({u.passage.article for u in has_number}) >= 2 and _shared_anchor(has_number)
    kind: Literal["fact", "claim"] = "fact" if shared_fact else "claim"
    if not label:
        # The passage the label comes from goes first: it is the wording a page shows under the
        # label (comparison.md.j2), so label and wording state the same claim.
        label, source = labelled_by(chosen, kind, actor_names, avoid)
        chosen = [source, *(u for u in chosen if u is not source)]
    passages = tuple(u.passage for u in chosen)
    return ComparisonRow(
        label=label, kind=kind, passages=passages, editorial=editorial, note=note, score=score
    )


def _shared_anchor(units: list[Unit]) -> bool:
    anchors = [{t for t in u.vector if t[0] in "#%"} for u in units]
    return any(a & b for a, b in itertools.combinations(anchors, 2))


def quote_row(group: list[QuoteVersion], actor_names: dict[str, str], units_of) -> ComparisonRow:
    """One row per quote: the sentences holding its versions, and the quoted words of each."""
    held = passage_wordings(group)
    passages = tuple(held)
    first = group[0].quote
    sample = [units_of[p] for p in passages[:ROW_SCORE_SAMPLE]]
    sims = [
        similarity(a, b)
        for a, b in itertools.combinations(sample, 2)
        if a.passage.article != b.passage.article
    ]
    return ComparisonRow(
        label=quote_label(actor_names.get(first.speaker or "", ""), first.wording.words),
        kind="quote",
        passages=passages,
        score=round(sum(sims) / len(sims), 3) if sims else 0.0,
        quotes=tuple(held[p][0] for p in passages),
        wordings=tuple(held[p][1] for p in passages),
    )


def disputed_row(contradiction, by_passage, actor_names) -> ComparisonRow:
    """The passages of a contradiction as a claim row, labelled with the claim in dispute."""
    label = contradiction.label.replace("Contradicted:", "Outlets disagree:", 1)
    row = build_row([by_passage[p] for p in contradiction.passages], actor_names, label=label)
    return replace(row, note=contradiction.note)


def row_order(row: ComparisonRow):
    return (-len({p.article for p in row.passages}), -row.score, row.label)


def row_id(row: ComparisonRow) -> str:
    """A row's stable id: "r-" and 8 hex digits of its passages (article and words), whatever
    their order, kind or label. An edit elsewhere (another paragraph, another topic, a pin of
    another row) leaves it as it is; the row's own passages changing makes it another row. Words,
    not sentence ids: an id counts paragraphs and sentences, which an edit above them shifts."""
    content = "\n".join(sorted(f"{p.article}\t{p.text}" for p in row.passages))
    return "r-" + hashlib.sha1(content.encode()).hexdigest()[:8]
