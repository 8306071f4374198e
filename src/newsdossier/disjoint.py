"""Union-find over the integers 0..n-1, shared by the stages that group things (quote versions,
aligned passages). The smallest index is always a set's root, so groups come out in input order
and the same input gives the same groups."""

from __future__ import annotations


class DisjointSets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving keeps later finds short
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        """Every set as its members in increasing order, sets ordered by their smallest member."""
        members: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            members.setdefault(self.find(i), []).append(i)
        return list(members.values())
