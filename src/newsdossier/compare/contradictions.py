"""Flag claims of different outlets that contradict each other.

General rule: a passage with a failure or denial cue ("failed to", "refused", "denied",
"rejected") contradicts a passage of another article that affirms what the cue governs:
the words after the cue, in its clause, share at least MIN_SHARED_TERMS terms with a
clause of the other passage that carries no cue, one of them an actor. Bare "not" and
"no" are left out: in quotes they are part of the claim itself ("we will not target
civilians"), not a denial of another outlet's claim.

Candidates are the passages of one comparison row, and pairs of passages that resemble
each other at least CANDIDATE_SIMILARITY without having been aligned.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..records import ComparisonRow, Contradiction, Passage
from .features import AliasIndex, cosine, passage_terms, single_terms

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
# Terms the cue's scope must share with the affirming clauses, at least one an actor and one
# not. Calibrated on the seeds: flags the coalition pledge and no pair in the paris-summit topic.
MIN_SHARED_TERMS = 2
# Unaligned pairs are checked when the cosine similarity of their single terms (word pairs left
# out, see features.single_terms) reaches this; the lowest similarity
# of a gold-aligned pair that holds a contradiction on the seeds is 0.18.
CANDIDATE_SIMILARITY = 0.15
# Postings read per blocking term: bounds the cost when hundreds of articles share a term.
MAX_POSTINGS = 500
# Unaligned candidates compared per passage with a cue, those sharing most blocking terms first.
MAX_CANDIDATES = 200


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def _scopes(text: str) -> list[tuple[str, str]]:
    """(cue, the words after it in its clause) for every failure cue of a passage."""
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
        found.append((match.group(0), scope))
    return found


class _ClauseTerms:
    """Terms of clauses, cached for one run: the same passages are checked against many candidates."""

    def __init__(self, aliases: AliasIndex) -> None:
        self.aliases = aliases
        self.cache: dict[str, frozenset[str]] = {}
        # Passage text -> the terms of its clauses that carry no negation (_affirmed).
        self.affirming: dict[str, frozenset[str]] = {}
        # Passage text -> its failure cues and their scopes (_cached_scopes).
        self.scopes: dict[str, list[tuple[str, str]]] = {}

    def __call__(self, clause: str) -> frozenset[str]:
        if clause not in self.cache:
            self.cache[clause] = frozenset(passage_terms(clause, self.aliases))
        return self.cache[clause]


def _affirmed(scope_terms: set[str], passage: Passage, terms: _ClauseTerms) -> set[str]:
    if passage.text not in terms.affirming:
        found: set[str] = set()
        for clause in clauses(passage.text):
            if not _ANY_NEGATION.search(clause):
                found |= terms(clause)
        terms.affirming[passage.text] = frozenset(found)
    return scope_terms & terms.affirming[passage.text]


def _cached_scopes(text: str, terms: _ClauseTerms) -> list[tuple[str, str]]:
    if text not in terms.scopes:
        terms.scopes[text] = _scopes(text)
    return terms.scopes[text]


def _object(scope: str, aliases: AliasIndex) -> set[str]:
    """The actor a denied claim is about: the last one its scope names ("any pledge from the king
    over helping the alliance" is about the alliance), with the state it belongs to."""
    found = aliases.find(scope)
    if not found:
        return set()
    actor = found[-1][2]
    related = {actor, aliases.affiliation_of.get(actor), aliases.side_of.get(actor)}
    return {"@" + a for a in related if a}


def _check(negating: Passage, others: list[Passage], terms: _ClauseTerms) -> Contradiction | None:
    for cue, scope in _scopes(negating.text):
        scope_terms = set(terms(scope))
        about = _object(scope, terms.aliases)
        affirming = []
        for other in others:
            if other.article == negating.article or _cached_scopes(other.text, terms):
                continue
            shared = _affirmed(scope_terms, other, terms)
            actors = {t for t in shared if t.startswith("@")}
            # The affirming passage must be about the denied claim's object, not only its agent.
            if len(shared) >= MIN_SHARED_TERMS and actors & about and shared - actors:
                affirming.append(other)
        if affirming:
            claim = " ".join(f"{cue}{scope}".split()).rstrip(" ,.;:")
            return Contradiction(
                label=f"Contradicted: \u201c{_short(claim)}\u201d",
                passages=(negating, *affirming),
                note=f'{negating.article} says "{claim}", where '
                + ", ".join(sorted({p.article for p in affirming}))
                + " report the opposite",
            )
    return None


def find_contradictions(
    rows: tuple[ComparisonRow, ...],
    units: list,
    aliases: AliasIndex,
) -> tuple[Contradiction, ...]:
    """For every passage with a failure cue: the passages of its row, and similar passages of
    other articles found through the blocking terms, that affirm what it denies."""
    found: list[Contradiction] = []
    terms = _ClauseTerms(aliases)
    row_of: dict[Passage, ComparisonRow] = {p: row for row in rows for p in row.passages}
    index: dict[str, list[int]] = defaultdict(list)
    for position, unit in enumerate(units):
        for term in unit.blocking:
            index[term].append(position)
    words: dict[int, dict[str, float]] = _LazyWords(units)
    for unit in units:
        if not FAILURE_CUES.search(unit.passage.text):
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
                and cosine(own_words, words[i]) >= CANDIDATE_SIMILARITY
            ):
                others.append(other.passage)
                seen.add(other.passage)
        contradiction = _check(unit.passage, others, terms)
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


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"
