"""Union-find: groups come out in input order, whatever order the unions came in."""

from newsdossier.disjoint import DisjointSets


def test_groups_are_ordered_by_their_smallest_member():
    sets = DisjointSets(6)
    sets.union(5, 3)
    sets.union(4, 0)
    sets.union(3, 1)
    assert sets.groups() == [[0, 4], [1, 3, 5], [2]]
    assert sets.find(5) == 1 and sets.find(4) == 0


def test_union_is_idempotent_and_transitive():
    sets = DisjointSets(4)
    for i, j in [(0, 1), (1, 2), (2, 0), (0, 1)]:
        sets.union(i, j)
    assert sets.groups() == [[0, 1, 2], [3]]
