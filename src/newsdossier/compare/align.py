"""Align passages of different articles that report the same quote, fact or claim.

Method (chosen on the gold set in tests/compare/gold_alignments.yml with
`python -m tests.compare.evaluate --pipeline`; figures in the constants' notes):

1. Each sentence is a TF-IDF vector over paraphrase-normalised stems, actor ids, numbers,
   dates and pairs of neighbouring terms, as the analysis read them (records.SentenceTerms,
   analyze/terms.py), weighed in vectors.py. A long sentence also gets one
   vector per clause, because news sentences pack a side fact into a clause ("trade has
   slumped since the border closed on Monday"): clauses are scored,
   sentences are what rows show, and a sentence packing two claims can sit in two rows.
2. Article pairs, not one global clustering: every sentence or clause is compared with
   those of other articles that share one of its heaviest terms (an inverted index, so the
   cost grows with passages x candidates, never with the square of all passages). A pair
   is a link when it is the mutual best match of its two articles (LINK_THRESHOLD), the
   best match of one article in the other (BEST_THRESHOLD), its second best
   (RUNNER_UP_THRESHOLD), very similar (STRONG_THRESHOLD), or strongly anchored whatever its
   rank (the same speaker with two other actors and an event class; the same body of a state
   opening both passages, ORGANISATION_THRESHOLD); and it shares MIN_SHARED_TERMS terms; and it
   is not about two different actors (neither names the actor the other opens with, or
   different sides do the same event class, different_agents); and it shares a specific
   anchor (anchored: the same number or date, the same two actors and event class, two event
   classes, a person and an event class, the same speaker on the same event and actor, or
   two word pairs; in a wide topic, a score of unanchored_link alone); and the two passages
   are not voiced by different sides ("a Ruritanian source said" / "Bordurian officials
   believe", different_speakers). Passages carrying one statement
   (the analysis' quote groups) need no anchor: they are the anchor. Quote rows themselves are made
   from the analysis' quotes (quotes.py), never by this clustering. In a topic of many articles
   (AlignmentOptions.for_topic) every link needs a higher score and more shared terms, whatever
   its rank: there two sentences about different moments of one event share its background words.
3. Links are joined into rows with union-find, strongly anchored ones first, then strongest
   first; two groups merge only when
   their members resemble each other on average (MERGE_THRESHOLD) and none of them are
   strangers (MIN_LINK), so that chains of links cannot drift from one story to another.
   A clause left alone by a refused merge joins the group as a leaf when its link shares two
   event classes (ATTACH_EVENTS): one claim of a sentence that packs several.
4. A sentence attributed back to the one before it ("he said", "the statement said") joins the
   rows of that sentence (continuations, CONTINUATION_SHARED), and a sentence telling the same
   figure as another of its article joins that one's rows (restatements, RESTATEMENT_THRESHOLD).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..records import Passage, SentenceTerms
from .actors import ActorSides
from .anchors import (
    anchored,
    different_agents,
    different_speakers,
    different_subjects,
    same_organisation,
    strongly_anchored,
)
from .joining import continuations, join_links, restatements
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .units import Node, Unit, long_quote, pair_score, quote_match
from .vectors import idf_table, topic_discount, weigh


def _blocking_terms(
    vector: dict[str, float], options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> tuple[str, ...]:
    """The heaviest single terms (pairs are rarer still, but two passages sharing a pair share its terms)."""
    single = [t for t in vector if t[0] != "+"]
    return tuple(sorted(single, key=lambda t: (-vector[t], t))[: options.blocking_terms])


def build_units(
    passages: list[Passage],
    terms: list[SentenceTerms],
    speaker_of: dict[Passage, str] | None = None,
    quote_of: dict[Passage, str] | None = None,
    statements_of: dict[Passage, frozenset[str]] | None = None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[Unit]:
    """Weigh every passage's terms (and its clauses'), as the analysis read them (terms[i] is
    passages[i]'s), against the whole set of passages (one topic)."""
    speaker_of = speaker_of or {}
    quote_of = quote_of or {}
    statements_of = statements_of or {}
    counted: dict[int, Counter[str]] = {}  # id of a terms tuple -> its counts: copies share one

    def counts_of(items: tuple[tuple[str, int], ...]) -> Counter[str]:
        if id(items) not in counted:
            kept = items if options.pair_weight > 0 else tuple(i for i in items if i[0][0] != "+")
            counted[id(items)] = Counter(dict(kept))
        return counted[id(items)]

    counts = [counts_of(record.terms) for record in terms]
    idf = idf_table(counts)
    for term, factor in topic_discount(counts, [p.article for p in passages], options).items():
        idf[term] *= factor
    weighed: dict[int, dict[str, float]] = {}  # id of a Counter in `counted` -> its vector

    def vector_of(found: Counter[str]) -> dict[str, float]:
        if id(found) not in weighed:
            weighed[id(found)] = weigh(found, idf, options)
        return weighed[id(found)]

    units = []
    for passage, record, found in zip(passages, terms, counts, strict=True):
        vector = vector_of(found)
        unit = Unit(
            passage,
            vector,
            _blocking_terms(vector, options=options),
            long_quote(quote_of.get(passage, ""), options),
            speaker_of.get(passage),
            tuple(vector_of(counts_of(c)) for c in record.clauses),
            record.places,
            refers_back=record.refers_back,
            label=record.label,
            names=record.names,
            reports=record.reports,
        )
        if unit.quote:
            unit.statements = statements_of.get(passage, frozenset())
        units.append(unit)
    return units


def _nodes(
    units: list[Unit], sides: ActorSides | None = None, options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> list[Node]:
    side_of = sides.side_of if sides else {}
    organisations = frozenset(sides.affiliation_of) if sides else frozenset()

    def node(position: int, vector: dict[str, float], whole: bool) -> Node:
        named = [t[1:] for t in vector if t[0] == "@"]  # in reading order
        # The first actor named, places aside: "signed a treaty in Syldavia" is not about Syldavia.
        first = (
            [a for a in named if a not in units[position].places][:1]
            if options.subject_not_place
            else named[:1]
        )
        subject = frozenset(first + [side_of[a] for a in first if a in side_of])
        actors = frozenset(named + [side_of[a] for a in named if a in side_of])
        speaker = units[position].speaker
        side = side_of.get(speaker, speaker) if speaker else None
        return Node(
            position,
            units[position].passage.article,
            vector,
            whole,
            subject,
            actors,
            speaker,
            side,
            places=units[position].places,
            side_of=side_of,
            persons=sides.persons if sides else frozenset(),
            organisations=organisations,
            names=units[position].names,
        )

    nodes = []
    for position, unit in enumerate(units):
        if not unit.reports:
            # A question the writer asks, a bracketed aside (analyze's SentenceTerms.reports): nothing
            # to align, it stands alone. Dev dossier P 0.855 (213/249) -> 0.868 (211/243).
            continue
        whole = node(position, unit.vector, True)
        whole.sentence_actors = whole.actors
        nodes.append(whole)
        for vector in unit.clauses:
            clause = node(position, vector, False)
            clause.sentence_actors = whole.actors
            nodes.append(clause)
    return nodes


def _quoted_alike(a: Node, b: Node, units: list[Unit], options: AlignmentOptions = DEFAULT_ALIGNMENT) -> bool:
    return a.whole and b.whole and bool(quote_match(units[a.unit], units[b.unit], options=options))


def _enough_shared(
    a: Node,
    b: Node,
    units: list[Unit],
    shared: set[str] | None = None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> bool:
    if a.whole and b.whole and quote_match(units[a.unit], units[b.unit], options=options):
        return True
    shared = a.vector.keys() & b.vector.keys() if shared is None else shared
    return sum(1 for t in shared if t[0] != "+") >= options.min_shared_terms


def _blocking_index(
    nodes: list[Node], options: AlignmentOptions
) -> tuple[dict[str, list[int]], list[tuple[str, ...]]]:
    """Term -> the nodes it blocks, and each node's blocking terms."""
    index: dict[str, list[int]] = defaultdict(list)
    blocking = []
    for position, node in enumerate(nodes):
        terms = _blocking_terms(node.vector, options=options)
        # A body of a state opening the passage finds the other passages it opens, however heavy
        # their other words (same_organisation).
        terms += tuple(
            sorted("@" + actor for actor in node.subject & node.organisations if "@" + actor not in terms)
        )
        blocking.append(terms)
        for term in terms:
            index[term].append(position)
    return index, blocking


class _Rankings:
    """Nodes ranked by how many blocking terms they share with a set of terms. Syndicated copies
    have the same blocking terms, hence the same ranking: ranked once."""

    def __init__(self, index: dict[str, list[int]], options: AlignmentOptions) -> None:
        self.index, self.options = index, options
        self.rankings: dict[tuple[tuple[str, ...], int | None], list[tuple[int, int]]] = {}
        self.counts: dict[tuple[str, ...], Counter[int]] = {}

    def __call__(self, terms: tuple[str, ...], limit: int | None) -> list[tuple[int, int]]:
        if (terms, limit) not in self.rankings:
            if terms not in self.counts:
                shared: Counter[int] = Counter()
                for term in terms:
                    if len(self.index[term]) <= self.options.max_postings:
                        shared.update(self.index[term])  # counted in C
                self.counts[terms] = shared
            self.rankings[(terms, limit)] = self.counts[terms].most_common(limit)
        return self.rankings[(terms, limit)]


def _candidates_of(
    article: str, terms: tuple[str, ...], articles: list[str], ranking: _Rankings
) -> list[int]:
    """The max_candidates nodes of other articles sharing most blocking terms with `terms`. The head
    of the ranking first (most_common(n) is the head of most_common()): the node itself and its own
    article's nodes rank high, so 3 x max_candidates nearly always do."""
    wanted = ranking.options.max_candidates
    chosen: list[int] = []
    for limit in (3 * wanted, None):
        chosen = []
        head = ranking(terms, limit)
        for other, _ in head:
            if articles[other] != article:
                chosen.append(other)
                if len(chosen) == wanted:
                    break
        if len(chosen) == wanted or limit is None or len(head) < limit:
            break
    return chosen


def _candidate_pairs(
    nodes: list[Node], options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> dict[tuple[int, int], None]:
    """Pairs of nodes of different articles that share a blocking term (an inverted index)."""
    index, blocking = _blocking_index(nodes, options)
    ranking = _Rankings(index, options)
    articles = [node.article for node in nodes]
    pairs: dict[tuple[int, int], None] = {}
    for position, node in enumerate(nodes):
        for other in _candidates_of(node.article, blocking[position], articles, ranking):
            pairs[(min(position, other), max(position, other))] = None
    return pairs


def cluster_units(
    units: list[Unit],
    sides: ActorSides | None = None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[list[int]]:
    """Group unit indexes into clusters of passages that report the same thing.

    A passage whose clauses report different things may sit in several clusters.
    """
    options = options.for_topic(len({unit.passage.article for unit in units}))
    nodes = _nodes(units, sides, options=options)
    memo: dict[tuple[int, int], float] = {}
    scores = _scores(nodes, units, memo, options)
    links = _links(nodes, scores, options)

    def link_holds(x: int, y: int) -> bool:
        """The checks on what two passages say, run only for links that would join two groups."""
        a, b = nodes[x], nodes[y]
        shared = a.vector.keys() & b.vector.keys()
        if (
            different_subjects(a, b)
            or not _enough_shared(a, b, units, shared, options=options)
            or different_agents(a, b, options=options)
        ):
            return False
        if _quoted_alike(a, b, units, options=options):
            return True
        if different_speakers(a, b):
            return False
        return anchored(a, b, shared, options=options) or close_enough(x, y)

    def close_enough(x: int, y: int) -> bool:
        """A score of options.unanchored_link or more is an anchor of its own (0: off)."""
        floor = options.unanchored_link
        return bool(floor) and pair_score(nodes[x], nodes[y], units, memo, options=options) >= floor

    groups = join_links(links, nodes, units, options.merge_threshold, link_holds, memo, options=options)
    return _clusters(groups, nodes, units, options)


def _scores(
    nodes: list[Node], units: list[Unit], memo: dict[tuple[int, int], float], options: AlignmentOptions
) -> dict[tuple[int, int], float]:
    """The candidate pairs' scores, those that can make a link. A pair under the lowest threshold
    can never be a link, nor keep one from being a best match; only two passages opening with the
    same body of a state link from organisation_threshold on."""
    lowest = min(
        options.link_threshold,
        options.best_threshold,
        options.strong_threshold,
        options.runner_up_threshold,
        options.strong_anchor_threshold,
    )
    scores = {}
    for x, y in _candidate_pairs(nodes, options=options):
        score = pair_score(nodes[x], nodes[y], units, memo, options=options)
        if score >= lowest or (
            score >= options.organisation_threshold and same_organisation(nodes[x], nodes[y])
        ):
            scores[(x, y)] = score
    return scores


def _leaders(nodes: list[Node], scores: dict[tuple[int, int], float], options: AlignmentOptions):
    """(node, other article) -> that article's passages ranked by their best score with the node:
    the best runner_up_rank of them, best first."""
    ranked: dict[tuple[int, str], dict[int, float]] = defaultdict(dict)
    for (x, y), score in scores.items():
        for here, there in ((x, y), (y, x)):
            matches = ranked[(here, nodes[there].article)]
            unit = nodes[there].unit
            if score > matches.get(unit, 0.0):
                matches[unit] = score
    # sorted(...)[:n], as heapq.nlargest(n, ...) gives, is faster for the few matches of a node.
    return {
        key: sorted(m, key=m.__getitem__, reverse=True)[: options.runner_up_rank] for key, m in ranked.items()
    }


def _links(
    nodes: list[Node], scores: dict[tuple[int, int], float], options: AlignmentOptions
) -> list[tuple[bool, float, int, int]]:
    """(strongly anchored, score, x, y) for every pair that is a link by its rank or its anchor."""
    leaders = _leaders(nodes, scores, options)

    def rank(node: int, article: str, unit: int) -> int:
        top = leaders[(node, article)]
        return top.index(unit) if unit in top else options.runner_up_rank

    links = []
    for (x, y), score in scores.items():
        a, b = nodes[x], nodes[y]
        rank_ab = rank(x, b.article, b.unit)
        rank_ba = rank(y, a.article, a.unit)
        anchored_strongly = (
            score >= options.strong_anchor_threshold and strongly_anchored(a, b, options=options)
        ) or (score >= options.organisation_threshold and same_organisation(a, b))
        ranked_link = (
            score >= options.strong_threshold
            or (min(rank_ab, rank_ba) == 0 and score >= options.best_threshold)
            or (rank_ab == rank_ba == 0 and score >= options.link_threshold)
            or (min(rank_ab, rank_ba) < options.runner_up_rank and score >= options.runner_up_threshold)
        )
        if ranked_link or anchored_strongly:
            links.append((anchored_strongly, score, x, y))
    return links


def _clusters(groups: list[list[int]], nodes: list[Node], units: list[Unit], options: AlignmentOptions):
    """Groups of nodes as clusters of units, with the sentences that go on with or restate one of
    theirs; every passage is somewhere: those no link reached stand alone."""
    follows = continuations(units, options=options) if options.continuation_shared else {}
    companions = restatements(units, options=options) if options.restatement_threshold else {}
    clusters = []
    seen = set()
    for members in groups:
        joined = {nodes[m].unit for m in members}
        if len({units[u].passage.article for u in joined}) >= 2:
            joined |= {later for later, before in follows.items() if before in joined}
            joined |= {other for u in list(joined) for other in companions.get(u, ())}
        passages = tuple(sorted(joined))
        if passages not in seen:
            seen.add(passages)
            clusters.append(list(passages))
    placed = {u for c in clusters for u in c}
    clusters.extend([u] for u in range(len(units)) if u not in placed)
    return sorted(clusters)
