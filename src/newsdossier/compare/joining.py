"""Links joined into rows: union-find with merge checks, clauses attached as leaves, and the
sentences that go on with (or restate) a sentence of their row (align.py, steps 3 and 4)."""

from __future__ import annotations

from collections import defaultdict

from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .units import Node, Unit, pair_score
from .vectors import cosine


def continuations(units: list[Unit], options: AlignmentOptions = DEFAULT_ALIGNMENT) -> dict[int, int]:
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


def restatements(units: list[Unit], options: AlignmentOptions = DEFAULT_ALIGNMENT) -> dict[int, set[int]]:
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
                numbers = [t for t in shared if t[0] == "#"]
                # An event class besides the class of what is counted: "two guards were hurt" and
                # "two guards were sacked" count the same thing ('#2:=people'), not one event.
                # Dev dossier: P 0.826 (213/258) -> 0.849 (213/251), no right pair lost.
                counted = {t.partition(":")[2] for t in numbers}
                if not numbers or not any(t[0] == "=" and t not in counted for t in shared):
                    continue
                if cosine(a, b) >= options.restatement_threshold:
                    companions[x].add(y)
                    companions[y].add(x)
    return companions


class _Groups:
    """Union-find over node indexes; each root keeps its members, in the order they joined."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}

    def root(self, i: int) -> int:
        if i not in self.parent:
            return i
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def add(self, root: int) -> list[int]:
        self.parent.setdefault(root, root)
        return self.members.setdefault(root, [root])

    def union(self, rx: int, ry: int) -> None:
        if len(self.members[rx]) < len(self.members[ry]):
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.members[rx].extend(self.members.pop(ry))


def join_links(
    links,
    nodes: list[Node],
    units: list[Unit],
    threshold: float,
    holds=None,
    memo=None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[list[int]]:
    """Union-find over the links, strongest first, refusing merges whose groups disagree.

    `holds(x, y)` vets a link; it runs only when the link would join two groups, so that the
    many links inside a row of syndicated copies cost no checks."""
    groups = _Groups()
    attached: list[tuple[int, int]] = []  # (clause, a node of the group it reports a claim of)
    for *_, x, y in sorted(links, reverse=True):
        rx, ry = groups.root(x), groups.root(y)
        if rx == ry or (holds is not None and not holds(x, y)):
            continue
        first, second = groups.add(rx), groups.add(ry)
        if _disagree(first, second, nodes, units, threshold, memo, options):
            attached.extend(
                (leaf, other)
                for leaf, other in ((x, y), (y, x))
                if _attachable(leaf, other, groups.members[groups.root(leaf)], nodes, options)
            )
            continue
        groups.union(rx, ry)
    return _with_leaves(groups, attached)


def _disagree(first, second, nodes, units, threshold, memo, options: AlignmentOptions) -> bool:
    """Two groups (one of them more than a passage) whose members resemble each other too little
    on average (threshold), or of which two are strangers (options.min_link)."""
    if len(first) <= 1 and len(second) <= 1:
        return False
    sims = cross_sims(first, second, nodes, units, memo, options=options)
    return not sims or sum(sims) / len(sims) < threshold or min(sims) < options.min_link


def _attachable(
    leaf: int, other: int, group: list[int], nodes: list[Node], options: AlignmentOptions
) -> bool:
    """A clause standing alone whose link to a group was refused, sharing attach_events event
    classes with the passage it links to: one claim of a sentence that packs several."""
    if not options.attach_events or nodes[leaf].whole or len(group) != 1:
        return False
    shared = nodes[leaf].vector.keys() & nodes[other].vector.keys()
    return sum(1 for t in shared if t[0] == "=") >= options.attach_events


def _with_leaves(groups: _Groups, attached: list[tuple[int, int]]) -> list[list[int]]:
    """The final groups, attached clauses joined as leaves unless a later link placed them after
    all; as leaves they never pull their own links into the group."""
    extra: dict[int, list[int]] = defaultdict(list)
    leaves = set()
    for leaf, other in attached:  # strongest link first: a clause joins one row, its best
        if len(groups.members.get(groups.root(leaf), ())) <= 1 and leaf not in leaves:
            extra[groups.root(other)].append(leaf)
            leaves.add(leaf)
    return [
        m + extra[r]
        for r, m in groups.members.items()
        if groups.parent[r] == r and not (len(m) == 1 and m[0] in leaves)
    ]


def cross_sims(
    a: list[int],
    b: list[int],
    nodes: list[Node],
    units: list[Unit],
    memo=None,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> list[float]:
    """Similarities of the (representative) members of two groups, across articles."""
    return [
        pair_score(nodes[x], nodes[y], units, memo, options=options)
        for x in a[: options.representatives]
        for y in b[: options.representatives]
        if nodes[x].article != nodes[y].article
    ]
