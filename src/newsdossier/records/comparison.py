"""The compare stage's records: a topic's comparison of its articles, row by row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .analysis import Wording
from .load import AlignmentChoice, Problem


@dataclass(frozen=True)
class Passage:
    article: str
    paragraph: int
    text: str  # a sentence or a paragraph, never a whole article
    sentence: str = ""  # the id of the analysis' Sentence it is


@dataclass(frozen=True)
class ComparisonRow:
    label: str  # what the row is about
    kind: Literal["quote", "fact", "claim"]
    passages: tuple[Passage, ...]  # at most... one or more per article
    editorial: Literal["pinned", ""] = ""
    note: str = ""
    score: float = 0.0
    # Quote rows: the quoted words (without marks) of each passage, in the order of `passages`,
    # so that versions of a quote can be diffed word by word; () for other rows.
    quotes: tuple[str, ...] = ()
    # The same quoted words as the analysis' Wording, in the same order, for the word diffs.
    wordings: tuple[Wording, ...] = ()


@dataclass(frozen=True)
class FactCell:
    article: str
    value: str
    text: str
    paragraph: int


@dataclass(frozen=True)
class FactRow:
    label: str  # "killed in the Paris attacks"
    kind: str
    cells: tuple[FactCell, ...]
    agreement: Literal["agree", "disagree", "single"]


@dataclass(frozen=True)
class Contradiction:
    label: str
    passages: tuple[Passage, ...]
    note: str = ""


@dataclass(frozen=True)
class Comparison:
    topic: str
    articles: tuple[str, ...]  # article ids, the columns
    rows: tuple[ComparisonRow, ...]  # widely reported first
    only: tuple[Passage, ...] = ()  # what only one outlet reports
    facts: tuple[FactRow, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    # The editors' vetoes; a veto naming a row lists the passages of the row it split.
    vetoed: tuple[AlignmentChoice, ...] = ()
    # Editors' choices that match nothing in this comparison (a row id no row has), as errors.
    problems: tuple[Problem, ...] = ()
