"""Align passages of different articles that report the same quote, fact or claim.

Method (chosen on the gold set in tests/compare/gold_alignments.yml with
`python -m tests.compare.evaluate --pipeline`; figures in the constants' notes):

1. Each sentence is a TF-IDF vector over paraphrase-normalised stems, actor ids, numbers,
   dates and pairs of neighbouring terms (features.py). A long sentence also gets one
   vector per clause, because news sentences pack a side fact into a clause ("trade has
   slumped since the border closed on Monday"): clauses are scored,
   sentences are what rows show, and a sentence packing two claims can sit in two rows.
2. Article pairs, not one global clustering: every sentence or clause is compared with
   those of other articles that share one of its heaviest terms (an inverted index, so the
   cost grows with passages x candidates, never with the square of all passages). A pair
   is a link when it is the mutual best match of its two articles (LINK_THRESHOLD), the
   best match of one article in the other (BEST_THRESHOLD), or very similar
   (STRONG_THRESHOLD); and it shares MIN_SHARED_TERMS terms; and it is not about two
   different actors (neither names the actor the other opens with).
3. Links are joined into rows with union-find, strongest first; two groups merge only when
   their members resemble each other on average (MERGE_THRESHOLD) and none of them are
   strangers (MIN_LINK), so that chains of links cannot drift from one story to another.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..records import Passage
from .features import AliasIndex, cosine, idf_table, passage_terms, weigh

# Link thresholds, calibrated with `python -m tests.compare.evaluate --pipeline --sweep` on the
# gold set (pairwise precision / recall over the three topics):
#   LINK 0.12, BEST 0.18, STRONG 0.40 (chosen)             -> 0.854 / 0.635
#   BEST 0.16 -> 0.820 / 0.635;  BEST 0.22 -> 0.80 / 0.62;  no one-sided links -> 0.879 / 0.444
#   LINK 0.10 or 0.16 -> same as 0.12 (mutual best matches rarely fall in between)
# A mutual best match of two articles is a link from LINK_THRESHOLD on.
LINK_THRESHOLD = 0.12
# A one-sided best match (the best of one article in the other, not the other way round) is a
# link from BEST_THRESHOLD on: a claim told in two sentences of one article (a paraphrase and
# the quote it sums up) matches two sentences of the other.
BEST_THRESHOLD = 0.18
# Any pair is a link from STRONG_THRESHOLD on (0.3 .. 0.6 give the same scores on the gold set).
STRONG_THRESHOLD = 0.40
# Two groups of linked passages merge when the mean similarity of their members (from
# different articles) reaches MERGE_THRESHOLD and none is under MIN_LINK. On the gold set:
# 0.12 / 0.05 -> 0.854 / 0.635; 0.20 / 0.05 -> 0.838 / 0.476; 0 / 0 -> 0.830 / 0.619.
MERGE_THRESHOLD = 0.12
MIN_LINK = 0.05
# Blocking: a sentence or clause is found through its BLOCKING_TERMS heaviest terms.
BLOCKING_TERMS = 8
# Candidates per sentence or clause: those sharing most blocking terms with it, at most
# MAX_CANDIDATES. A term found in more than MAX_POSTINGS sentences and clauses is too common
# to block on (the country every passage names); rarer terms find the copies of a claim.
# Bounds the cost per passage whatever the topic size; the seeds' topics (about 150
# sentences and clauses) never reach the bound, so the gold scores do not depend on it.
MAX_CANDIDATES = 30
MAX_POSTINGS = 300
# Members of a group compared when deciding a merge: bounds the cost of large rows.
REPRESENTATIVES = 4
# Quotes of the same speaker (from the analysis) whose quoted words match this well
# (rapidfuzz token_set_ratio, 0-100) are versions of one quote even when the sentences around
# them differ; 70 is rapidfuzz's usual "same text" level.
QUOTE_MATCH = 70
# Quoted spans shorter than this many characters are scare quotes, not quotes worth matching.
MIN_QUOTE_CHARS = 25
# A clause is scored on its own when it has at least this many words; shorter ones stay
# with their neighbour ("the minister said,"). Without clauses recall falls from 0.635 to 0.302.
MIN_CLAUSE_WORDS = 6
# A link needs at least this many shared single terms (or the same quote): one or two shared
# words ("talks", a capital city) make a high cosine between short clauses without making them
# report the same thing. 2 -> 0.696 / 0.587; 3 -> 0.854 / 0.635; 4 -> 0.833 / 0.460.
MIN_SHARED_TERMS = 3


@dataclass
class Unit:
    """A passage with what alignment needs to know about it."""

    passage: Passage
    vector: dict[str, float]
    blocking: tuple[str, ...]
    quote: str  # the longest quoted span, "" when none
    speaker: str | None = None
    clauses: tuple[dict[str, float], ...] = field(default=())  # one vector per clause, when several


@dataclass
class _Node:
    """A sentence or one of its clauses: what is scored and linked."""

    unit: int
    article: str
    vector: dict[str, float]
    whole: bool  # the whole sentence, not a clause
    subject: frozenset[str] = frozenset()  # the first actor named, with its side
    actors: frozenset[str] = frozenset()  # every actor named, with their sides


def _quoted(text: str) -> str:
    spans = re.findall(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]", text)
    spans = [s for s in spans if len(s) >= MIN_QUOTE_CHARS]
    return max(spans, key=len) if spans else ""


# Where a sentence's clauses meet: dashes, semicolons and colons; a comma before a connective;
# and subordinating conjunctions that open a side fact even without a comma.
_CLAUSE_BREAK = re.compile(
    r"\s+[\u2014\u2013]\s+|\s+-\s+|;\s+|:\s+"
    r"|,\s+(?=(?:and|but|while|whereas|since|after|before|as|when|who|which|whom|whose|where|saying|"
    r"although|though|because|even|in\s+stark|an\s+incident|with)\b)"
    r"|\s+(?=(?:since|after|when|while|whereas|although|because|before|rather\s+than|as\s+opposed)\s)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


# "X did this and Y did that": a bare "and" joins two clauses when both sides are long enough
# to be clauses (MIN_CLAUSE_WORDS); "the king and the queen" stays one phrase.
_AND = re.compile(r"\s+and\s+")


def _blocking_terms(vector: dict[str, float]) -> tuple[str, ...]:
    """The heaviest single terms (pairs are rarer still, but two passages sharing a pair share its terms)."""
    single = [t for t in vector if t[0] != "+"]
    return tuple(sorted(single, key=lambda t: (-vector[t], t))[:BLOCKING_TERMS])


def split_clauses(text: str) -> list[str]:
    """The clauses of a sentence, short fragments joined to the one before (or after)."""
    pieces = []
    for piece in _CLAUSE_BREAK.split(text):
        parts = _AND.split(piece)
        current = parts[0]
        for index, part in enumerate(parts[1:], 1):
            rest = " and ".join(parts[index:])
            if len(_WORD.findall(current)) >= MIN_CLAUSE_WORDS and len(_WORD.findall(rest)) >= MIN_CLAUSE_WORDS:
                pieces.append(current)
                current = part
            else:
                current = f"{current} and {part}"
        pieces.append(current)
    clauses: list[str] = []
    for piece in pieces:
        piece = piece.strip(" ,;:\"\u201c\u201d")
        if not piece:
            continue
        if clauses and len(_WORD.findall(clauses[-1])) < MIN_CLAUSE_WORDS:
            clauses[-1] = f"{clauses[-1]} {piece}"
        elif clauses and len(_WORD.findall(piece)) < MIN_CLAUSE_WORDS:
            clauses[-1] = f"{clauses[-1]} {piece}"
        else:
            clauses.append(piece)
    return clauses


def build_units(
    passages: list[Passage],
    aliases: AliasIndex,
    actors_of: dict[Passage, tuple[str, ...]] | None = None,
    speaker_of: dict[Passage, str] | None = None,
) -> list[Unit]:
    """Weigh every passage's terms (and its clauses') against the whole set of passages (one topic)."""
    actors_of = actors_of or {}
    speaker_of = speaker_of or {}
    terms = [passage_terms(p.text, aliases, actors_of.get(p, ())) for p in passages]
    idf = idf_table(terms)
    units = []
    for passage, counts in zip(passages, terms):
        vector = weigh(counts, idf)
        blocking = _blocking_terms(vector)
        clauses = split_clauses(passage.text)
        clause_vectors = tuple(weigh(passage_terms(c, aliases), idf) for c in clauses) if len(clauses) > 1 else ()
        units.append(
            Unit(passage, vector, blocking, _quoted(passage.text), speaker_of.get(passage), clause_vectors)
        )
    return units


def similarity(a: Unit, b: Unit) -> float:
    """How surely two passages report the same thing, 0..1."""
    score = cosine(a.vector, b.vector)
    quoted = _quote_match(a, b)
    return max(score, quoted)


def _quote_match(a: Unit, b: Unit) -> float:
    """The word match of two passages' quotes when they can be the same quote, else 0."""
    if a.quote and b.quote and (a.speaker is None or b.speaker is None or a.speaker == b.speaker):
        ratio = fuzz.token_set_ratio(a.quote.lower(), b.quote.lower())
        if ratio >= QUOTE_MATCH:
            return ratio / 100.0
    return 0.0


def _nodes(units: list[Unit], aliases: AliasIndex | None = None) -> list[_Node]:
    side_of = aliases.side_of if aliases else {}

    def node(position: int, vector: dict[str, float], whole: bool) -> _Node:
        named = [t[1:] for t in vector if t[0] == "@"]  # in reading order
        subject = frozenset(named[:1] + [side_of[a] for a in named[:1] if a in side_of])
        actors = frozenset(named + [side_of[a] for a in named if a in side_of])
        return _Node(position, units[position].passage.article, vector, whole, subject, actors)

    nodes = []
    for position, unit in enumerate(units):
        nodes.append(node(position, unit.vector, True))
        for vector in unit.clauses:
            nodes.append(node(position, vector, False))
    return nodes


def _different_subjects(a: _Node, b: _Node) -> bool:
    """Two passages about different actors: neither names the actor the other opens with
    ("country A will support the rebels" / "country B supports the rebels")."""
    return bool(a.subject and b.subject and not (a.subject & b.actors) and not (b.subject & a.actors))


def _score(a: _Node, b: _Node, units: list[Unit]) -> float:
    score = cosine(a.vector, b.vector)
    if a.whole and b.whole:
        score = max(score, _quote_match(units[a.unit], units[b.unit]))
    return score


def _enough_shared(a: _Node, b: _Node, units: list[Unit]) -> bool:
    if a.whole and b.whole and _quote_match(units[a.unit], units[b.unit]):
        return True
    return sum(1 for t in a.vector.keys() & b.vector.keys() if t[0] != "+") >= MIN_SHARED_TERMS


def _candidate_pairs(nodes: list[_Node]) -> dict[tuple[int, int], None]:
    """Pairs of nodes of different articles that share a blocking term (an inverted index)."""
    index: dict[str, list[int]] = defaultdict(list)
    blocking = []
    for position, node in enumerate(nodes):
        terms = _blocking_terms(node.vector)
        blocking.append(terms)
        for term in terms:
            index[term].append(position)
    pairs: dict[tuple[int, int], None] = {}
    for position, node in enumerate(nodes):
        shared = Counter(
            other
            for term in blocking[position]
            if len(index[term]) <= MAX_POSTINGS
            for other in index[term]
        )
        article = node.article
        found = 0
        for other, _ in shared.most_common():
            if nodes[other].article == article:
                continue
            pairs[(min(position, other), max(position, other))] = None
            found += 1
            if found == MAX_CANDIDATES:
                break
    return pairs


def cluster_units(
    units: list[Unit],
    aliases: AliasIndex | None = None,
    link_threshold: float | None = None,
    merge_threshold: float | None = None,
) -> list[list[int]]:
    """Group unit indexes into clusters of passages that report the same thing.

    A passage whose clauses report different things may sit in several clusters.
    """
    link_threshold = LINK_THRESHOLD if link_threshold is None else link_threshold
    merge_threshold = MERGE_THRESHOLD if merge_threshold is None else merge_threshold
    nodes = _nodes(units, aliases)
    lowest = min(link_threshold, BEST_THRESHOLD, STRONG_THRESHOLD)
    # A pair under the lowest threshold can never be a link, nor keep one from being a best match.
    scores = {}
    for x, y in _candidate_pairs(nodes):
        score = _score(nodes[x], nodes[y], units)
        if score >= lowest:
            scores[(x, y)] = score
    # The best match of every node in every other article, as a passage (unit index).
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for (x, y), score in scores.items():
        for here, there in ((x, y), (y, x)):
            key = (here, nodes[there].article)
            if score > best.get(key, (0.0, -1))[0]:
                best[key] = (score, nodes[there].unit)
    links = []
    for (x, y), score in scores.items():
        a, b = nodes[x], nodes[y]
        best_ab = best[(x, b.article)][1] == b.unit
        best_ba = best[(y, a.article)][1] == a.unit
        if not (
            score >= STRONG_THRESHOLD
            or ((best_ab or best_ba) and score >= BEST_THRESHOLD)
            or (best_ab and best_ba and score >= link_threshold)
        ):
            continue
        if _enough_shared(a, b, units) and not _different_subjects(a, b):
            links.append((score, x, y))
    groups = _join(links, nodes, units, merge_threshold)
    clusters = []
    seen = set()
    for members in groups:
        passages = tuple(sorted({nodes[m].unit for m in members}))
        if passages not in seen:
            seen.add(passages)
            clusters.append(list(passages))
    # Every passage is somewhere: those no link reached stand alone.
    placed = {u for c in clusters for u in c}
    clusters.extend([u] for u in range(len(units)) if u not in placed)
    return sorted(clusters)


def _join(links, nodes: list[_Node], units: list[Unit], threshold: float) -> list[list[int]]:
    """Union-find over the links, strongest first, refusing merges whose groups disagree."""
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}

    def root(i: int) -> int:
        parent.setdefault(i, i)
        members.setdefault(i, [i])
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, x, y in sorted(links, reverse=True):
        rx, ry = root(x), root(y)
        if rx == ry:
            continue
        if len(members[rx]) > 1 or len(members[ry]) > 1:
            sims = _cross_sims(members[rx], members[ry], nodes, units)
            if not sims or sum(sims) / len(sims) < threshold or min(sims) < MIN_LINK:
                continue
        if len(members[rx]) < len(members[ry]):
            rx, ry = ry, rx
        parent[ry] = rx
        members[rx].extend(members.pop(ry))
    return [m for r, m in members.items() if parent[r] == r]


def _cross_sims(a: list[int], b: list[int], nodes: list[_Node], units: list[Unit]) -> list[float]:
    """Similarities of the (representative) members of two groups, across articles."""
    return [
        _score(nodes[x], nodes[y], units)
        for x in a[:REPRESENTATIVES]
        for y in b[:REPRESENTATIVES]
        if nodes[x].article != nodes[y].article
    ]
