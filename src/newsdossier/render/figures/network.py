"""The network: actors on a circle, a line per pair named in the same paragraphs."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

from markupsafe import Markup

from ...records import Actor
from .svg import (
    FONT_SIZE,
    VIEW_WIDTH,
    _href,
    _label,
    _link,
    _max_chars,
    _num,
    _one_line,
    _plural,
    _svg,
    _text,
    _wrap,
)

# Network: how many actors are drawn. Twelve labels fit around the circle at VIEW_WIDTH without
# overlapping (measured with the longest names of the sample dossier); the rest are counted in
# the text alternative.
NETWORK_TOP_ACTORS = 12
# Only each actor's strongest links are drawn (a pair is kept if it is among the strongest of
# either actor). In the sample dossier almost every pair of the 12 key actors shares a
# paragraph: all 60 lines made a grey hairball; 3 per actor leaves ~20 readable lines.
NETWORK_LINKS_PER_ACTOR = 3


def _pair_weights(
    co_mentions: Mapping[str, Mapping[str, int]], known: set[str]
) -> dict[tuple[str, str], int]:
    """Undirected weights: the larger of a->b and b->a, so a symmetric table is not doubled."""
    weights: dict[tuple[str, str], int] = {}
    for a in sorted(co_mentions):
        for b in sorted(co_mentions[a]):
            count = int(co_mentions[a][b])
            if a == b or count <= 0 or a not in known or b not in known:
                continue
            pair = (a, b) if a < b else (b, a)
            weights[pair] = max(weights.get(pair, 0), count)
    return weights


# The circle: centred, with room above and below it for the (up to two-line) labels at the poles.
_RADIUS = 130
_LABEL_ROOM = 44
_CENTRE = (VIEW_WIDTH / 2, _RADIUS + _LABEL_ROOM)


def network_svg(
    actors: Iterable[Actor],
    co_mentions: Mapping[str, Mapping[str, int]],
    hrefs: Mapping[str, str] | None = None,
    *,
    top: int = NETWORK_TOP_ACTORS,
    unit: str = "paragraph",
    id_prefix: str = "nd-network",
) -> Markup:
    """Who appears with whom: actors on a circle, a line per pair named in the same passages.

    `co_mentions[a][b]` counts the paragraphs (or, with unit="article", the articles) in which
    actors a and b are both named.
    The `top` actors with most distinct partners are drawn (ties: more shared articles, then
    name); a circle rather than a force layout keeps the picture identical from build to build.
    """
    hrefs = hrefs or {}
    by_id = {a.id: a for a in actors}
    weights = _pair_weights(co_mentions, set(by_id))
    degree, circle = _network_circle(weights, by_id, top)
    shown_set = set(circle)
    candidates = {
        pair: count for pair, count in weights.items() if pair[0] in shown_set and pair[1] in shown_set
    }

    def pair_name(a: str, b: str) -> str:
        names = sorted((_one_line(by_id[a].name), _one_line(by_id[b].name)), key=str.casefold)
        return " and ".join(names)

    edges = sorted(
        _strongest_links(circle, candidates).items(),
        key=lambda e: (-e[1], pair_name(*e[0]).casefold(), e[0]),
    )
    title = "Actors who appear together"
    desc = _network_desc(len(circle), len(by_id) - len(circle), edges, len(candidates), unit, pair_name)

    positions = _circle_positions(circle)
    body = _edge_lines(edges, positions, pair_name, unit)
    cx, cy = _CENTRE
    max_chars = _max_chars(cx - _RADIUS - 16)
    for actor_id in circle:
        tooltip = f"{by_id[actor_id].name}: appears with {_plural(degree[actor_id], 'other actor')}"
        node = _network_node(positions[actor_id], by_id[actor_id].name, degree[actor_id], max_chars)
        body.extend(_link(hrefs.get(actor_id), tooltip, node))
    if not circle:
        body.append(_label(cx, cy, "No actors appear together.", anchor="middle"))
    interactive = any(_href(hrefs.get(i)) for i in circle)
    height = 2 * (_RADIUS + _LABEL_ROOM)
    return _svg("network", id_prefix, height, title, desc, body, interactive)


def _circle_positions(circle: list[str]) -> dict[str, tuple[float, float, float]]:
    """Each actor's (x, y, angle) around the circle, the first at the top, clockwise."""
    cx, cy = _CENTRE
    positions: dict[str, tuple[float, float, float]] = {}
    for index, actor_id in enumerate(circle):
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(circle))
        positions[actor_id] = (cx + _RADIUS * math.cos(angle), cy + _RADIUS * math.sin(angle), angle)
    return positions


def _edge_lines(
    edges: list[tuple[tuple[str, str], int]],
    positions: Mapping[str, tuple[float, float, float]],
    pair_name: Callable[[str, str], str],
    unit: str,
) -> list[str]:
    """A line per drawn pair, wider and darker with more shared passages, the strongest on top."""
    body: list[str] = ['<g class="nd-fig-edges" aria-hidden="true">']
    top_weight = max((count for _pair, count in edges), default=1)
    for (a, b), count in sorted(edges, key=lambda e: (e[1], e[0])):
        xa, ya, _ = positions[a]
        xb, yb, _ = positions[b]
        width = 1 + 5 * count / top_weight
        opacity = 0.35 + 0.5 * count / top_weight
        body.append(
            f'<line class="nd-fig-edge" x1="{_num(xa)}" y1="{_num(ya)}" x2="{_num(xb)}" '
            f'y2="{_num(yb)}" stroke-width="{_num(width)}" stroke-opacity="{opacity:.2f}">'
            f"<title>{_text(pair_name(a, b))}: {_text(_plural(count, unit))}</title></line>"
        )
    body.append("</g>")
    return body


def _network_circle(
    weights: Mapping[tuple[str, str], int], by_id: Mapping[str, Actor], top: int
) -> tuple[dict[str, int], list[str]]:
    """Each actor's number of partners, and the `top` actors by it in their order around the circle."""
    degree: dict[str, int] = {}
    strength: dict[str, int] = {}
    for (a, b), count in weights.items():
        for actor_id in (a, b):
            degree[actor_id] = degree.get(actor_id, 0) + 1
            strength[actor_id] = strength.get(actor_id, 0) + count
    ranked = sorted(degree, key=lambda i: (-degree[i], -strength[i], _one_line(by_id[i].name), i))
    shown = ranked[: max(0, top)]
    # Around the circle: grouped by kind (states, organisations, groups, people), then by name,
    # so related actors sit together and the order does not depend on the ranking's ties.
    kind_order = {"state": 0, "organisation": 1, "group": 2, "person": 3}
    circle = sorted(
        shown, key=lambda i: (kind_order.get(by_id[i].kind, 9), _one_line(by_id[i].name).casefold(), i)
    )
    return degree, circle


def _strongest_links(circle: list[str], candidates: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """The pairs among `candidates` that are one of an actor's NETWORK_LINKS_PER_ACTOR strongest."""
    strongest: set[tuple[str, str]] = set()
    for actor_id in circle:
        own = sorted(
            (pair for pair in candidates if actor_id in pair), key=lambda pair: (-candidates[pair], pair)
        )
        strongest.update(own[:NETWORK_LINKS_PER_ACTOR])
    return {pair: count for pair, count in candidates.items() if pair in strongest}


def _network_desc(
    shown: int,
    hidden: int,
    edges: list[tuple[tuple[str, str], int]],
    candidates: int,
    unit: str,
    pair_name: Callable[[str, str], str],
) -> str:
    """The text alternative of the network: who is shown, which links are drawn, every pair."""
    desc_parts = [
        f"{_plural(shown, 'actor')} linked when they are named in the same {unit}"
        + (f"; {hidden} other {'actor is' if hidden == 1 else 'actors are'} not shown" if hidden else "")
        + "."
    ]
    if len(edges) < candidates:
        desc_parts.append(
            f"Only each actor's {NETWORK_LINKS_PER_ACTOR} strongest links are "
            f"drawn ({len(edges)} of {candidates})."
        )
    if edges:
        desc_parts.append(
            f"Pairs, most shared {unit}s first: "
            + "; ".join(f"{pair_name(a, b)} ({_plural(count, unit)})" for (a, b), count in edges)
            + "."
        )
    else:
        desc_parts.append(f"No two actors are named in the same {unit}.")
    return " ".join(desc_parts)


def _network_node(position: tuple[float, float, float], name: str, degree: int, max_chars: int) -> list[str]:
    """An actor's dot on the circle (larger with more partners) and its label, placed outside it."""
    x, y, angle = position
    node_r = 4 + min(8, degree)
    cos = math.cos(angle)
    lx = x + (node_r + 6) * cos
    ly = y + (node_r + 6) * math.sin(angle) + 4
    anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
    if abs(cos) < 0.2:
        ly += 6 if math.sin(angle) > 0 else -4
    lines = _wrap(name, max_chars, 2)
    if abs(cos) < 0.2 and math.sin(angle) < 0:  # label above the node: grow upwards
        ly -= (len(lines) - 1) * (FONT_SIZE + 2)
    elif abs(cos) >= 0.2:  # label beside the node: centre the lines on it
        ly -= (len(lines) - 1) * (FONT_SIZE + 2) / 2
    return [
        f'<circle class="nd-fig-node" cx="{_num(x)}" cy="{_num(y)}" r="{_num(node_r)}"/>',
        *(_label(lx, ly + n * (FONT_SIZE + 2), line, anchor=anchor) for n, line in enumerate(lines)),
    ]
