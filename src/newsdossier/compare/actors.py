"""Who stands with whom among the dossier's actors: what alignment knows of them besides their
names (their names are matched by analyze, never here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Actor


@dataclass(frozen=True)
class ActorSides:
    """The sides of the dossier's actors, from their kinds and affiliations."""

    # An organisation speaks for the state it belongs to (a defence ministry ~ its country).
    affiliation_of: dict[str, str] = field(default_factory=dict)
    # Every actor's side, people included (a minister ~ her country): who a sentence is about.
    side_of: dict[str, str] = field(default_factory=dict)
    # States: the only actors a sentence can name as a place ("in Syldavia").
    states: frozenset[str] = frozenset()
    # People: an actor more specific than a country or a group that every sentence names.
    persons: frozenset[str] = frozenset()

    @classmethod
    def from_actors(cls, actors: tuple[Actor, ...] | list[Actor]) -> ActorSides:
        ids = {actor.id for actor in actors}
        return cls(
            affiliation_of={
                actor.id: actor.affiliation
                for actor in actors
                if actor.kind != "person" and actor.affiliation in ids and actor.affiliation != actor.id
            },
            side_of={actor.id: actor.affiliation for actor in actors if actor.affiliation in ids},
            states=frozenset(actor.id for actor in actors if actor.kind == "state"),
            persons=frozenset(actor.id for actor in actors if actor.kind == "person"),
        )
