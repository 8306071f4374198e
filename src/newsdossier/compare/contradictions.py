"""Flag claims of different outlets that contradict each other.

General rule: a passage with a failure or denial cue ("failed to", "refused", "denied",
"rejected"; found by analyze/denials.py) contradicts a passage of another article that
affirms what the cue governs: the words after the cue, in its clause, share at least MIN_SHARED_TERMS terms with a
clause of the other passage that carries no cue, one of them an actor. Bare "not" and
"no" are left out: in quotes they are part of the claim itself ("we will not target
civilians"), not a denial of another outlet's claim.

Candidates are the passages of one comparison row, and pairs of passages that resemble
each other at least AlignmentOptions.contradiction_similarity without having been aligned.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from ..records import ComparisonRow, Contradiction, Passage, SentenceTerms
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .vectors import cosine, single_terms

# What the analysis read of a passage's sentence (its denials, what it affirms).
Reading = Callable[[Passage], SentenceTerms]

# Terms the cue's scope must share with the affirming clauses, at least one an actor and one
# not. Calibrated on the seeds: flags the coalition pledge and no pair in the paris-summit topic.
MIN_SHARED_TERMS = 2
# Postings read per blocking term: bounds the cost when hundreds of articles share a term.
MAX_POSTINGS = 500
# Unaligned candidates compared per passage with a cue, those sharing most blocking terms first.
MAX_CANDIDATES = 200


def _affirmed(scope_terms: set[str], passage: Passage, reading: Reading) -> set[str]:
    return scope_terms & reading(passage).affirmed


def _check(negating: Passage, others: list[Passage], reading: Reading) -> Contradiction | None:
    for denial in reading(negating).denials:
        scope_terms = set(denial.terms)
        affirming = []
        for other in others:
            if other.article == negating.article or reading(other).denials:
                continue
            shared = _affirmed(scope_terms, other, reading)
            actors = {t for t in shared if t.startswith("@")}
            # The affirming passage must be about the denied claim's object, not only its agent.
            if len(shared) >= MIN_SHARED_TERMS and actors & denial.about and shared - actors:
                affirming.append(other)
        if affirming:
            return Contradiction(
                label=f"Contradicted: \u201c{denial.short}\u201d",
                passages=(negating, *affirming),
                note=f'{negating.article} says "{denial.claim}", where '
                + ", ".join(sorted({p.article for p in affirming}))
                + " report the opposite",
            )
    return None


def find_contradictions(
    rows: tuple[ComparisonRow, ...],
    units: list,
    reading: Reading,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> tuple[Contradiction, ...]:
    """For every passage with a failure cue: the passages of its row, and passages of other
    articles found through the blocking terms (options.contradiction_similarity), that affirm
    what it denies."""
    found: list[Contradiction] = []
    row_of: dict[Passage, ComparisonRow] = {p: row for row in rows for p in row.passages}
    index: dict[str, list[int]] = defaultdict(list)
    for position, unit in enumerate(units):
        for term in unit.blocking:
            index[term].append(position)
    words: dict[int, dict[str, float]] = _LazyWords(units)
    for unit in units:
        if not reading(unit.passage).denials:
            continue
        row = row_of.get(unit.passage)
        others = list(row.passages) if row else []
        seen = set(others)
        shared_blocks = Counter(i for t in unit.blocking for i in index[t][:MAX_POSTINGS])
        own_words = single_terms(unit.vector)
        for i, _ in shared_blocks.most_common(MAX_CANDIDATES):
            other = units[i]
            if (
                other.passage.article != unit.passage.article
                and other.passage not in seen
                and cosine(own_words, words[i]) >= options.contradiction_similarity
            ):
                others.append(other.passage)
                seen.add(other.passage)
        contradiction = _check(unit.passage, others, reading)
        if contradiction:
            found.append(contradiction)
    return tuple(found)


class _LazyWords(dict):
    """Single-term vectors of units, computed when first needed (few passages carry a cue)."""

    def __init__(self, units: list) -> None:
        super().__init__()
        self.units = units

    def __missing__(self, position: int) -> dict[str, float]:
        self[position] = single_terms(self.units[position].vector)
        return self[position]
