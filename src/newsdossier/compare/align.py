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
   best match of one article in the other (BEST_THRESHOLD), its second best
   (RUNNER_UP_THRESHOLD), very similar (STRONG_THRESHOLD), or strongly anchored whatever its
   rank (the same speaker with two other actors and an event class; the same body of a state
   opening both passages, ORGANISATION_THRESHOLD); and it shares MIN_SHARED_TERMS terms; and it
   is not about two different actors (neither names the actor the other opens with, or
   different sides do the same event class, _different_agents); and it shares a specific
   anchor (_anchored: the same number or date, the same two actors and event class, two event
   classes, a person and an event class, the same speaker on the same event and actor, or
   two word pairs); and the two passages are not voiced by different sides ("a Ruritanian source
   said" / "Bordurian officials believe", _different_speakers). Passages carrying one statement
   (the analysis' quote groups) need no anchor: they are the anchor. Quote rows themselves are made
   from the analysis' quotes (quotes.py), never by this clustering.
3. Links are joined into rows with union-find, strongly anchored ones first, then strongest
   first; two groups merge only when
   their members resemble each other on average (MERGE_THRESHOLD) and none of them are
   strangers (MIN_LINK), so that chains of links cannot drift from one story to another.
   A clause left alone by a refused merge joins the group as a leaf when its link shares two
   event classes (ATTACH_EVENTS): one claim of a sentence that packs several.
4. A sentence attributed back to the one before it ("he said", "the statement said") joins the
   rows of that sentence (_continuations, CONTINUATION_SHARED), and a sentence telling the same
   figure as another of its article joins that one's rows (_restatements, RESTATEMENT_THRESHOLD).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..records import Passage, SentenceTerms
from .actors import ActorSides
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .vectors import cosine, idf_table, topic_discount, weigh


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


@dataclass
class _Node:
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
    agents: dict[str, set[str]] | None = None  # event class -> sides doing it (_agents), when computed


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
            _long_quote(quote_of.get(passage, ""), options),
            speaker_of.get(passage),
            tuple(vector_of(counts_of(c)) for c in record.clauses),
            record.places,
            refers_back=record.refers_back,
        )
        if unit.quote:
            unit.statements = statements_of.get(passage, frozenset())
        units.append(unit)
    return units


def _long_quote(quote: str, options: AlignmentOptions) -> str:
    """The quotation a passage carries (from the analysis), unless it is a scare quote."""
    return quote if len(quote) >= options.min_quote_chars else ""


def similarity(a: Unit, b: Unit, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> float:
    """How surely two passages report the same thing, 0..1."""
    score = cosine(a.vector, b.vector)
    quoted = _quote_match(a, b, options=options)
    return max(score, quoted)


def _quote_match(a: Unit, b: Unit, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> float:
    """1 when the two passages carry one statement (the analysis' quote groups decide), else 0."""
    return 1.0 if a.statements & b.statements else 0.0


def _nodes(
    units: list[Unit], sides: ActorSides | None = None, options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> list[_Node]:
    side_of = sides.side_of if sides else {}
    organisations = frozenset(sides.affiliation_of) if sides else frozenset()

    def node(position: int, vector: dict[str, float], whole: bool) -> _Node:
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
        return _Node(
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
        )

    nodes = []
    for position, unit in enumerate(units):
        whole = node(position, unit.vector, True)
        whole.sentence_actors = whole.actors
        nodes.append(whole)
        for vector in unit.clauses:
            clause = node(position, vector, False)
            clause.sentence_actors = whole.actors
            nodes.append(clause)
    return nodes


def _different_subjects(a: _Node, b: _Node) -> bool:
    """Two passages about different actors: neither names the actor the other opens with
    ("country A will support the rebels" / "country B supports the rebels")."""
    return bool(a.subject and b.subject and not (a.subject & b.actors) and not (b.subject & a.actors))


def _agents(node: _Node) -> dict[str, set[str]]:
    """Event class -> the sides of the actors named just before it ("the coalition has been
    targeting": target -> the coalition's side), from the vector's neighbouring-term pairs."""
    if node.agents is None:
        agents: dict[str, set[str]] = defaultdict(set)
        for term in node.vector:
            if term.startswith("+@"):
                actor, _, event = term[2:].partition(">")
                if event[0] == "=":
                    agents[event].add(node.side_of.get(actor, actor))
        node.agents = dict(agents)
    return node.agents


def _different_agents(a: _Node, b: _Node, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> bool:
    """The same event done by different sides ("the coalition has been targeting the militants" /
    "Ruritania was targeting the same militants as the coalition"): two claims, not one."""
    if not options.different_agents:
        return False
    agents_a, agents_b = _agents(a), _agents(b)
    return any(not agents_a[event] & agents_b[event] for event in agents_a.keys() & agents_b.keys())


def _different_speakers(a: _Node, b: _Node) -> bool:
    """Two passages voicing different sides ("the minister said" / "Bordurian officials believe"): what one
    side says and what the other says of it are two claims, however alike their words."""
    if not (a.speaker and b.speaker) or a.speaker_side == b.speaker_side:
        return False
    # "A said ... with B" and B's own words: one side speaks of the other's claim.
    return a.speaker not in b.sentence_actors and b.speaker not in a.sentence_actors


def _anchored(
    a: _Node, b: _Node, shared: set[str] | None = None, options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> bool:
    """A specific anchor shared by two passages: the same number or date, or the same two
    actors, or two event words of the same paraphrase classes ("exchange" + "information")."""
    shared = a.vector.keys() & b.vector.keys() if shared is None else shared
    if any(t[0] in "#%" for t in shared):
        return True
    others = {t for t in shared if t[0] == "@" and t[1:] not in (a.speaker, a.speaker_side)}
    if a.speaker and a.speaker == b.speaker and others and any(t[0] == "=" for t in shared):
        return True  # the same speaker on the same event class about the same other actor
    # Actors as sides ("the US-led coalition" ~ "the US"), places left out ("campaigns in Syldavia").
    actors = {a.side_of.get(t[1:], t[1:]) for t in shared if t[0] == "@" and t[1:] not in a.places | b.places}
    events = {t for t in shared if t[0] == "="}
    if len(actors) >= options.anchor_actors and events:
        return True
    # One person who is neither passage's speaker and one event class:
    # "the two rulers remain far apart on the regent" ~ "the king and the duke disagree over the regent".
    named = {t[1:] for t in shared if t[0] == "@"} - a.places - b.places - {a.speaker, b.speaker}
    if events and named & a.persons:
        return True
    if len(events) >= options.anchor_events:
        return True
    # The same words in the same order ("a command post", "the border province"), actors aside.
    phrases = [t for t in shared if t[0] == "+" and "@" not in t]
    return len(phrases) >= options.anchor_phrases


def _strongly_anchored(a: _Node, b: _Node, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> bool:
    """The same speaker on the same event class about the same other actors."""
    if not (options.strong_anchor_actors and a.speaker and a.speaker == b.speaker):
        return False
    shared = a.vector.keys() & b.vector.keys()
    if not any(t[0] == "=" for t in shared):
        return False
    others = {t for t in shared if t[0] == "@" and t[1:] not in (a.speaker, a.speaker_side)}
    return len(others) >= options.strong_anchor_actors


def _same_organisation(a: _Node, b: _Node) -> bool:
    """Both passages open with the same body of a state (a ministry, an agency) and share an event
    class: "the navy said its gunboats shelled the port" ~ "the navy said it had bombarded three
    depots"; what each outlet adds (where, how many) would otherwise drown the match."""
    if not (a.subject & b.subject & a.organisations):
        return False
    return any(t[0] == "=" for t in a.vector.keys() & b.vector.keys())


def _score(
    a: _Node,
    b: _Node,
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
        score = max(score, _quote_match(units[a.unit], units[b.unit], options=options))
    return score


def _quoted_alike(
    a: _Node, b: _Node, units: list[Unit], options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> bool:
    return a.whole and b.whole and bool(_quote_match(units[a.unit], units[b.unit], options=options))


def _enough_shared(
    a: _Node,
    b: _Node,
    units: list[Unit],
    shared: set[str] | None = None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> bool:
    if a.whole and b.whole and _quote_match(units[a.unit], units[b.unit], options=options):
        return True
    shared = a.vector.keys() & b.vector.keys() if shared is None else shared
    return sum(1 for t in shared if t[0] != "+") >= options.min_shared_terms


def _candidate_pairs(  # noqa: C901 - the blocking step's filters in the order they are measured (calibration notes in compare/options.py)
    nodes: list[_Node], options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> dict[tuple[int, int], None]:
    """Pairs of nodes of different articles that share a blocking term (an inverted index)."""
    index: dict[str, list[int]] = defaultdict(list)
    blocking = []
    for position, node in enumerate(nodes):
        terms = _blocking_terms(node.vector, options=options)
        # A body of a state opening the passage finds the other passages it opens, however heavy
        # their other words (_same_organisation).
        terms += tuple(
            sorted("@" + actor for actor in node.subject & node.organisations if "@" + actor not in terms)
        )
        blocking.append(terms)
        for term in terms:
            index[term].append(position)
    pairs: dict[tuple[int, int], None] = {}
    articles = [node.article for node in nodes]
    # Syndicated copies have the same blocking terms, hence the same ranking: ranked once.
    rankings: dict[tuple[tuple[str, ...], int | None], list[tuple[int, int]]] = {}
    counts: dict[tuple[str, ...], Counter[int]] = {}

    def ranking(terms: tuple[str, ...], limit: int | None) -> list[tuple[int, int]]:
        if (terms, limit) not in rankings:
            if terms not in counts:
                shared: Counter[int] = Counter()
                for term in terms:
                    if len(index[term]) <= options.max_postings:
                        shared.update(index[term])  # counted in C
                counts[terms] = shared
            rankings[(terms, limit)] = counts[terms].most_common(limit)
        return rankings[(terms, limit)]

    for position, node in enumerate(nodes):
        terms = blocking[position]
        article = node.article
        # The head of the ranking first (most_common(n) is the head of most_common()): the node
        # itself and its own article's nodes rank high, so 3 x max_candidates nearly always do.
        for limit in (3 * options.max_candidates, None):
            chosen = []
            head = ranking(terms, limit)
            for other, _ in head:
                if articles[other] != article:
                    chosen.append(other)
                    if len(chosen) == options.max_candidates:
                        break
            if len(chosen) == options.max_candidates or limit is None or len(head) < limit:
                break
        for other in chosen:
            pairs[(min(position, other), max(position, other))] = None
    return pairs


def cluster_units(  # noqa: C901 - the clustering loop with its vetted links; to be split when the method is replaced (issue 14)
    units: list[Unit],
    sides: ActorSides | None = None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[list[int]]:
    """Group unit indexes into clusters of passages that report the same thing.

    A passage whose clauses report different things may sit in several clusters.
    """
    nodes = _nodes(units, sides, options=options)
    lowest = min(
        options.link_threshold,
        options.best_threshold,
        options.strong_threshold,
        options.runner_up_threshold,
        options.strong_anchor_threshold,
    )
    # A pair under the lowest threshold can never be a link, nor keep one from being a best match;
    # only two passages opening with the same body of a state link from organisation_threshold on.
    scores = {}
    memo: dict[tuple[int, int], float] = {}
    for x, y in _candidate_pairs(nodes, options=options):
        score = _score(nodes[x], nodes[y], units, memo, options=options)
        if score >= lowest or (
            score >= options.organisation_threshold and _same_organisation(nodes[x], nodes[y])
        ):
            scores[(x, y)] = score
    # Every other article's passages ranked by their best score with each node: the best
    # runner_up_rank of them, best first.
    ranked: dict[tuple[int, str], dict[int, float]] = defaultdict(dict)
    for (x, y), score in scores.items():
        for here, there in ((x, y), (y, x)):
            matches = ranked[(here, nodes[there].article)]
            unit = nodes[there].unit
            if score > matches.get(unit, 0.0):
                matches[unit] = score
    # sorted(...)[:n], as heapq.nlargest(n, ...) gives, is faster for the few matches of a node.
    leaders = {
        key: sorted(m, key=m.__getitem__, reverse=True)[: options.runner_up_rank] for key, m in ranked.items()
    }

    def rank(node: int, article: str, unit: int) -> int:
        top = leaders[(node, article)]
        return top.index(unit) if unit in top else options.runner_up_rank

    links = []
    for (x, y), score in scores.items():
        a, b = nodes[x], nodes[y]
        rank_ab = rank(x, b.article, b.unit)
        rank_ba = rank(y, a.article, a.unit)
        anchored_strongly = (
            score >= options.strong_anchor_threshold and _strongly_anchored(a, b, options=options)
        ) or (score >= options.organisation_threshold and _same_organisation(a, b))
        ranked_link = (
            score >= options.strong_threshold
            or (min(rank_ab, rank_ba) == 0 and score >= options.best_threshold)
            or (rank_ab == rank_ba == 0 and score >= options.link_threshold)
            or (min(rank_ab, rank_ba) < options.runner_up_rank and score >= options.runner_up_threshold)
        )
        if ranked_link or anchored_strongly:
            links.append((anchored_strongly, score, x, y))

    def link_holds(x: int, y: int) -> bool:
        """The checks on what two passages say, run only for links that would join two groups."""
        a, b = nodes[x], nodes[y]
        shared = a.vector.keys() & b.vector.keys()
        if (
            _different_subjects(a, b)
            or not _enough_shared(a, b, units, shared, options=options)
            or _different_agents(a, b, options=options)
        ):
            return False
        return _quoted_alike(a, b, units, options=options) or not (
            _different_speakers(a, b) or not _anchored(a, b, shared, options=options)
        )

    groups = _join(links, nodes, units, options.merge_threshold, link_holds, memo, options=options)
    follows = _continuations(units, options=options) if options.continuation_shared else {}
    companions = _restatements(units, options=options) if options.restatement_threshold else {}
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
    # Every passage is somewhere: those no link reached stand alone.
    placed = {u for c in clusters for u in c}
    clusters.extend([u] for u in range(len(units)) if u not in placed)
    return sorted(clusters)


def _continuations(units: list[Unit], options: AlignmentOptions = DEFAULT_ALIGNMENT) -> dict[int, int]:
    """Sentence -> the sentence before it, for sentences that go on with the claim before them
    (Unit.refers_back) in the same or the next paragraph and share options.continuation_shared terms
    with it, actors aside: a row holding the first sentence also holds the second."""
    follows = {}
    for position in range(1, len(units)):
        here, before = units[position], units[position - 1]
        if here.passage.article != before.passage.article:
            continue
        if here.passage.paragraph - before.passage.paragraph > 1 or not here.refers_back:
            continue
        shared = [t for t in here.vector.keys() & before.vector.keys() if t[0] not in "+@"]
        if len(shared) >= options.continuation_shared:
            follows[position] = position - 1
    return follows


def _restatements(units: list[Unit], options: AlignmentOptions = DEFAULT_ALIGNMENT) -> dict[int, set[int]]:
    """Sentence -> the sentences of its own article that tell the same figure again: a shared
    number and event class, and a cosine of options.restatement_threshold ("claiming it had shelled six
    depots" in a lede, "the navy said it had shelled six depots, including..." below).
    Pairs within one article only, and only of sentences with a number: a few hundred a topic."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for position, unit in enumerate(units):
        if any(t[0] == "#" for t in unit.vector):
            by_article[unit.passage.article].append(position)
    companions: dict[int, set[int]] = defaultdict(set)
    for positions in by_article.values():
        for i, x in enumerate(positions):
            for y in positions[i + 1 :]:
                a, b = units[x].vector, units[y].vector
                shared = a.keys() & b.keys()
                if not any(t[0] == "#" for t in shared) or not any(t[0] == "=" for t in shared):
                    continue
                if cosine(a, b) >= options.restatement_threshold:
                    companions[x].add(y)
                    companions[y].add(x)
    return companions


def _join(  # noqa: C901 - the merge checks in the order they are calibrated; to be split when the method is replaced (issue 14)
    links,
    nodes: list[_Node],
    units: list[Unit],
    threshold: float,
    holds=None,
    memo=None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[list[int]]:
    """Union-find over the links, strongest first, refusing merges whose groups disagree.

    `holds(x, y)` vets a link; it runs only when the link would join two groups, so that the
    many links inside a row of syndicated copies cost no checks."""
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}

    def root(i: int) -> int:
        if i not in parent:
            return i
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    attached: list[tuple[int, int]] = []  # (clause, a node of the group it reports a claim of)

    def _attachable(leaf: int, other: int, group: list[int]) -> bool:
        """A clause standing alone whose link to a group was refused, sharing attach_events event
        classes with the passage it links to: one claim of a sentence that packs several."""
        if not options.attach_events or nodes[leaf].whole or len(group) != 1:
            return False
        shared = nodes[leaf].vector.keys() & nodes[other].vector.keys()
        return sum(1 for t in shared if t[0] == "=") >= options.attach_events

    for *_, x, y in sorted(links, reverse=True):
        rx, ry = root(x), root(y)
        if rx == ry or (holds is not None and not holds(x, y)):
            continue
        for r in (rx, ry):
            parent.setdefault(r, r)
            members.setdefault(r, [r])
        if len(members[rx]) > 1 or len(members[ry]) > 1:
            sims = _cross_sims(members[rx], members[ry], nodes, units, memo, options=options)
            if not sims or sum(sims) / len(sims) < threshold or min(sims) < options.min_link:
                attached.extend(
                    (leaf, other)
                    for leaf, other in ((x, y), (y, x))
                    if _attachable(leaf, other, members[root(leaf)])
                )
                continue
        if len(members[rx]) < len(members[ry]):
            rx, ry = ry, rx
        parent[ry] = rx
        members[rx].extend(members.pop(ry))
    # Attached clauses join the final groups as leaves, unless a later link placed them after all;
    # as leaves they never pull their own links into the group.
    extra: dict[int, list[int]] = defaultdict(list)
    leaves = set()
    for leaf, other in attached:  # strongest link first: a clause joins one row, its best
        if len(members.get(root(leaf), ())) <= 1 and leaf not in leaves:
            extra[root(other)].append(leaf)
            leaves.add(leaf)
    return [
        m + extra[r] for r, m in members.items() if parent[r] == r and not (len(m) == 1 and m[0] in leaves)
    ]


def _cross_sims(
    a: list[int],
    b: list[int],
    nodes: list[_Node],
    units: list[Unit],
    memo=None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[float]:
    """Similarities of the (representative) members of two groups, across articles."""
    return [
        _score(nodes[x], nodes[y], units, memo, options=options)
        for x in a[: options.representatives]
        for y in b[: options.representatives]
        if nodes[x].article != nodes[y].article
    ]
