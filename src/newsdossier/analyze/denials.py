"""Failure and denial cues of a sentence and what they govern, for the contradiction rule of
compare/contradictions.py: a sentence that says someone "failed to" or "refused" do something
contradicts another outlet's sentence affirming it.

Bare "not" and "no" are left out as cues: in quotes they are part of the claim itself ("we will not
target civilians"), not a denial of another outlet's claim. They still keep a clause out of what a
sentence affirms.
"""

from __future__ import annotations

import re

from ..records import Denial
from .terms import AliasIndex, passage_terms

FAILURE_CUES = re.compile(
    r"\b(?:fail|fails|failed|failing|refuse|refused|refuses|refusing|deny|denied|denies|denying|"
    r"reject|rejected|rejects|decline|declined|declines|dismiss|dismissed|dismissing|"
    r"ruled out|rules out|rule out|unable|no pledge|no commitment)\b",
    re.IGNORECASE,
)
_ANY_NEGATION = re.compile(FAILURE_CUES.pattern[:-3] + r"|not|no|never|without|n't)\b", re.IGNORECASE)
_CLAUSE = re.compile(
    r"[,;:\u2014\u2013]|\s-\s|\b(?:but|while|although|whereas|which|however)\b", re.IGNORECASE
)


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def denials(text: str, aliases: AliasIndex) -> tuple[Denial, ...]:
    """Every failure cue of a sentence with the words after it in its clause."""
    found = []
    for clause in clauses(text):
        match = FAILURE_CUES.search(clause)
        if not match:
            continue
        scope = clause[match.end() :]
        # "blamed X for failing to ..." criticises a third party; it denies nothing. A denial of a
        # negative claim ("dismissed claims that they did not know") is a double negation this
        # rule cannot read: left out, since a wrong flag is worse than a missed one.
        if re.search(r"\b(?:for|of)\s+$", clause[: match.start()]) or _ANY_NEGATION.search(scope):
            continue
        terms = frozenset(passage_terms(scope, aliases))
        claim = " ".join(f"{match.group(0)}{scope}".split()).rstrip(" ,.;:")
        found.append(Denial(match.group(0), scope, terms, _object(scope, aliases), claim, _short(claim)))
    return tuple(found)


# A denied claim in a contradiction's label: at most this many characters, cut at a word boundary.
CLAIM_CHARS = 90


def _short(text: str) -> str:
    return text if len(text) <= CLAIM_CHARS else text[:CLAIM_CHARS].rsplit(" ", 1)[0] + "\u2026"


def affirmed(text: str, aliases: AliasIndex, whole: frozenset[str] = frozenset()) -> frozenset[str]:
    """The terms of a sentence's clauses that carry no negation. A sentence without any negation
    affirms its `whole` terms (read once for alignment, pairs of neighbouring terms across its
    clauses included): reading every sentence clause by clause tripled the analysis' time."""
    if whole and not _ANY_NEGATION.search(text):
        return whole
    found: set[str] = set()
    for clause in clauses(text):
        if not _ANY_NEGATION.search(clause):
            found |= passage_terms(clause, aliases).keys()
    return frozenset(found)


def _object(scope: str, aliases: AliasIndex) -> frozenset[str]:
    """The actor a denied claim is about: the last one its scope names ("any pledge from the king
    over helping the alliance" is about the alliance), with the state it belongs to."""
    found = aliases.find(scope)
    if not found:
        return frozenset()
    actor = found[-1][2]
    related = {actor, aliases.affiliation_of.get(actor), aliases.side_of.get(actor)}
    return frozenset("@" + a for a in related if a)
