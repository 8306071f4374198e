"""Navigation groups stay small, so navigation.prune keeps every page's sidebar bounded."""

from __future__ import annotations

from types import SimpleNamespace

from newsdossier.render.paging import MAX_GROUP_LINKS, split_group
from newsdossier.render.paging import actor_nav_groups as actor_groups


def test_a_small_group_is_kept_whole_and_a_large_one_split_in_labelled_runs():
    assert split_group("March 2016", [1, 2, 3], str) == [("March 2016", [1, 2, 3])]
    items = list(range(1, 2 * MAX_GROUP_LINKS + 2))
    groups = split_group("March 2016", items, str)
    assert [x for _label, run in groups for x in run] == items
    assert all(len(run) <= MAX_GROUP_LINKS for _label, run in groups)
    assert groups[0][0] == f"March 2016: 1 – {MAX_GROUP_LINKS}"


def test_many_actors_of_one_kind_are_grouped_by_ranges_of_initials():
    names = [f"{letter}name{n} {letter}surname{n}" for letter in "ABCDEFGH" for n in range(12)]
    actors = sorted(
        (SimpleNamespace(name=n, kind="person") for n in names), key=lambda a: a.name.split()[-1].casefold()
    )
    groups = actor_groups(actors)
    assert len(groups) > 1
    assert [a for _label, run in groups for a in run] == actors
    assert all(len(run) <= MAX_GROUP_LINKS for _label, run in groups)
    assert groups[0][0].startswith("A–")
