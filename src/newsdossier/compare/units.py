"""What alignment scores: a passage with its vectors (Unit) and a sentence or clause of it (Node)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Passage, SentenceLabel
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .vectors import cosine


@dataclass
class Unit:
    """A passage with what alignment needs to know about it."""

    passage: Passage
    vector: dict[str, float]
    blocking: tuple[str, ...]
    quote: str  # the longest quoted span, "" when none
    speaker: str | None = None
    clauses: tuple[dict[str, float], ...] = field(default=())  # one vector per clause, when several
    places: frozenset[str] = frozenset()  # actors named only after "in", "over", "across"...
    statements: frozenset[str] = frozenset()  # the analysis' quote groups of its quotes
    refers_back: bool = False  # it goes on with the sentence before ("he said"), from the analysis
    label: SentenceLabel = SentenceLabel()  # how a row label can use it, from the analysis
    names: frozenset[str] = frozenset()  # its terms read from the words of names, from the analysis
    reports: bool = True  # not a question the writer asks nor a bracketed aside, from the analysis


@dataclass
class Node:
    """A sentence or one of its clauses: what is scored and linked."""

    unit: int
    article: str
    vector: dict[str, float]
    whole: bool  # the whole sentence, not a clause
    subject: frozenset[str] = frozenset()  # the first actor named, with its side
    actors: frozenset[str] = frozenset()  # every actor named, with their sides
    speaker: str | None = None  # who speaks the passage (an actor id), when it says
    speaker_side: str | None = None  # the state that speaker speaks for
    sentence_actors: frozenset[str] = frozenset()  # every actor the whole sentence names
    places: frozenset[str] = frozenset()  # actors the sentence names only as places ("in Syldavia")
    side_of: dict[str, str] = field(default_factory=dict)  # shared: actor -> the state it belongs to
    persons: frozenset[str] = frozenset()  # shared: the actors that are people
    organisations: frozenset[str] = frozenset()  # shared: bodies of a state (a ministry, an agency)
    names: frozenset[str] = frozenset()  # the sentence's terms read from the words of names
    agents: dict[str, set[str]] | None = None  # event class -> sides doing it (_agents), when computed


def long_quote(quote: str, options: AlignmentOptions) -> str:
    """The quotation a passage carries (from the analysis), unless it is a scare quote."""
    return quote if len(quote) >= options.min_quote_chars else ""


def similarity(a: Unit, b: Unit, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> float:
    """How surely two passages report the same thing, 0..1."""
    score = cosine(a.vector, b.vector)
    quoted = quote_match(a, b, options=options)
    return max(score, quoted)


def quote_match(a: Unit, b: Unit, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> float:
    """1 when the two passages carry one statement (the analysis' quote groups decide), else 0."""
    return 1.0 if a.statements & b.statements else 0.0


def pair_score(
    a: Node,
    b: Node,
    units: list[Unit],
    memo: dict[tuple[int, int], float] | None = None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> float:
    """Cosine of the two vectors, or the quote match of two whole sentences if higher. `memo`
    keeps cosines by vector identity: syndicated copies share one vector (build_units), so a topic
    scores far fewer distinct pairs than it has pairs of passages."""
    if memo is None:
        score = cosine(a.vector, b.vector)
    else:
        key = (id(a.vector), id(b.vector)) if id(a.vector) < id(b.vector) else (id(b.vector), id(a.vector))
        known = memo.get(key)
        score = memo[key] = cosine(a.vector, b.vector) if known is None else known
    if a.whole and b.whole:
        score = max(score, quote_match(units[a.unit], units[b.unit], options=options))
    return score
