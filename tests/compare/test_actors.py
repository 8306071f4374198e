"""The sides of the dossier's actors (compare/actors.py), from their kinds and affiliations."""

from __future__ import annotations

from newsdossier.compare.actors import ActorSides
from newsdossier.records import Actor


def test_sides_come_from_known_affiliations_and_kinds():
    sides = ActorSides.from_actors(
        [
            Actor("ruritania", "Ruritania", "state"),
            Actor("ministry", "Defence Ministry", "organisation", affiliation="ruritania"),
            Actor("minister", "Ana Lopez", "person", affiliation="ruritania"),
            Actor("club", "Press Club", "organisation", affiliation="somewhere not in the dossier"),
            Actor("self", "Loop", "organisation", affiliation="self"),
        ]
    )
    # An organisation speaks for its state; a person is on its side without speaking for it.
    assert sides.affiliation_of == {"ministry": "ruritania"}
    assert sides.side_of == {"ministry": "ruritania", "minister": "ruritania", "self": "self"}
    assert sides.states == {"ruritania"} and sides.persons == {"minister"}
