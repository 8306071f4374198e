"""The checks a link between two passages must pass besides its score: a shared anchor (a number,
two actors and an event class...), and not two different actors, agents or speakers (align.py)."""

from __future__ import annotations

from collections import defaultdict

from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .units import Node


def different_subjects(a: Node, b: Node) -> bool:
    """Two passages about different actors: neither names the actor the other opens with
    ("country A will support the rebels" / "country B supports the rebels")."""
    return bool(a.subject and b.subject and not (a.subject & b.actors) and not (b.subject & a.actors))


def _agents(node: Node) -> dict[str, set[str]]:
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


def different_agents(a: Node, b: Node, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> bool:
    """The same event done by different sides ("the coalition has been targeting the militants" /
    "Ruritania was targeting the same militants as the coalition"): two claims, not one."""
    if not options.different_agents:
        return False
    agents_a, agents_b = _agents(a), _agents(b)
    return any(not agents_a[event] & agents_b[event] for event in agents_a.keys() & agents_b.keys())


def different_speakers(a: Node, b: Node) -> bool:
    """Two passages voicing different sides ("the minister said" / "Bordurian officials believe"): what one
    side says and what the other says of it are two claims, however alike their words."""
    if not (a.speaker and b.speaker) or a.speaker_side == b.speaker_side:
        return False
    # "A said ... with B" and B's own words: one side speaks of the other's claim.
    return a.speaker not in b.sentence_actors and b.speaker not in a.sentence_actors


def anchored(
    a: Node, b: Node, shared: set[str] | None = None, options: AlignmentOptions = DEFAULT_ALIGNMENT
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
    return _phrases(a, b, shared) >= options.anchor_phrases


def _phrases(a: Node, b: Node, shared: set[str]) -> int:
    """How many phrases two passages share, from their shared pairs of neighbouring terms ('+a>b'),
    actors aside. The pairs of one name ("+anna>maria", "+maria>varga": words written with a capital
    in both passages) are one phrase: a person, a restaurant or a square that two reports of
    different things both mention."""
    names = a.names & b.names
    count = 0
    runs: list[set[str]] = []
    for pair in shared:
        if pair[0] != "+" or "@" in pair:
            continue
        words = set(pair[1:].split(">", 1))
        if not words <= names:
            count += 1
            continue
        touching = [run for run in runs if run & words]
        for run in touching:
            runs.remove(run)
            words |= run
        runs.append(words)
    return count + len(runs)


def strongly_anchored(a: Node, b: Node, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> bool:
    """The same speaker on the same event class about the same other actors."""
    if not (options.strong_anchor_actors and a.speaker and a.speaker == b.speaker):
        return False
    shared = a.vector.keys() & b.vector.keys()
    if not any(t[0] == "=" for t in shared):
        return False
    others = {t for t in shared if t[0] == "@" and t[1:] not in (a.speaker, a.speaker_side)}
    return len(others) >= options.strong_anchor_actors


def same_organisation(a: Node, b: Node) -> bool:
    """Both passages open with the same body of a state (a ministry, an agency) and share an event
    class: "the navy said its gunboats shelled the port" ~ "the navy said it had bombarded three
    depots"; what each outlet adds (where, how many) would otherwise drown the match."""
    if not (a.subject & b.subject & a.organisations):
        return False
    return any(t[0] == "=" for t in a.vector.keys() & b.vector.keys())
