"""Figures as inline SVG: a timeline, an actor network, a coverage matrix, mentions per article.

Why hand-written SVG and not a plotting library: these four pictures are a few dozen shapes
each (~100 lines of drawing code per figure). matplotlib's SVG output is heavy (glyph paths,
hard-coded colours, ids that change between runs) and cannot follow Material's light and dark
palettes; plotting libraries that do (Vega, Plotly) need JavaScript at read time. Hand-written
SVG is small, deterministic and styled with Material's CSS custom properties, so the figures
switch palette with the rest of the page and need no request to another host.

Every figure:
- is a pure function of its input: the same records give the same bytes (sorted orders, fixed
  float formatting, no randomness, no timestamps);
- carries a text alternative: ``<title>`` and ``<desc>`` referenced by ``aria-labelledby``, the
  ``<desc>`` listing what the picture shows (so nothing is only visible in the picture);
- treats every label as data: text is XML-escaped, and characters Markdown, Jinja or Material
  would read as syntax are written as numeric character references, so a seed or YAML value
  can never become markup, even if a template forgets to put the figure in a raw HTML block;
- links only to the relative URLs the caller supplies (so the site works under a sub-path),
  and drops any URL with a scheme other than http(s);
- scales with its container (``viewBox`` and ``width="100%"``) and is drawn for a narrow
  viewBox so that its text stays legible on a phone.

Figures that contain links use ``role="figure"``: with ``role="img"`` the links inside would be
presentational, hidden from screen readers and flagged by axe-core ("nested-interactive").
Figures without links use ``role="img"``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from ..records import Actor, Article, Dossier, Event, Outlet
from .views import long_date

# ----------------------------------------------------------------------- constants

# Width of every figure's viewBox in SVG user units. Chosen so that a figure shown at a phone's
# content width (~360 CSS px) is scaled by ~0.75: 13-unit text then renders at ~10 px, the
# smallest size that stayed readable in the 390 px screenshots of the browser tests.
VIEW_WIDTH = 480

FONT_SIZE = 13  # base text size in user units (see VIEW_WIDTH)
SMALL_FONT_SIZE = 11  # axis labels, counts
# Average advance of a sans-serif glyph as a fraction of the font size (Roboto/Helvetica
# measure 0.50-0.56 for mixed-case English text); used to wrap and truncate labels.
CHAR_WIDTH_EM = 0.56

# Largest magnification on a wide screen: at most 1.25 x VIEW_WIDTH CSS px, so 13-unit text is
# never shown larger than ~16 px, Material's body text size.
MAX_SCALE = 1.25

# Timeline: vertical axis (it reads top to bottom on a phone as well as on a wide screen).
TIMELINE_ROW_HEIGHT = 18  # one text line of an item
TIMELINE_ITEM_GAP = 6  # between two items of the same date
TIMELINE_DATE_GAP = 14  # between two dates, before the gap that is proportional to time
TIMELINE_PX_PER_DAY = 3  # time is drawn to scale up to TIMELINE_MAX_GAP_DAYS ...
TIMELINE_MAX_GAP_DAYS = 10  # ... longer gaps are drawn as a break with the number of days
TIMELINE_MAX_LINES = 3  # an item's label wraps to at most this many lines, then is truncated

# Network: how many actors are drawn. Twelve labels fit around the circle at VIEW_WIDTH without
# overlapping (measured with the longest names of the sample dossier); the rest are counted in
# the text alternative.
NETWORK_TOP_ACTORS = 12
# Only each actor's strongest links are drawn (a pair is kept if it is among the strongest of
# either actor). In the sample dossier almost every pair of the 12 key actors shares a
# paragraph: all 60 lines made a grey hairball; 3 per actor leaves ~20 readable lines.
NETWORK_LINKS_PER_ACTOR = 3

# Coverage matrix: width of a topic column and of the row-label column.
COVERAGE_COLUMN_WIDTH = 92
COVERAGE_LABEL_WIDTH = 200

# Mentions bar chart: the longest bar, and the room for its count.
MENTIONS_BAR_MAX = 380
MENTIONS_MAX_LINES = 3  # 3 lines of ~65 characters hold any headline of the sample dossier

# Written as numeric character references in text and attributes: XML specials plus every
# character Markdown, its extensions, Jinja or Material give a meaning to.
_SYNTAX_CHARACTERS = frozenset("&<>\"'\\`*_{}[]()#+!|~^=:%$@")
_WHITESPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_SAFE_SCHEMES = frozenset({"http", "https"})

# One stylesheet shared by every figure (a <style> inside inline SVG applies to the whole page,
# so every class is prefixed). Colours are Material's custom properties, which change with the
# palette; the fallbacks keep the figure readable outside Material.
_STYLE = (
    ".nd-fig{font-size:13px;color:var(--md-default-fg-color,currentColor)}"
    ".nd-fig text{fill:var(--md-default-fg-color,currentColor)}"
    ".nd-fig .nd-fig-small{font-size:11px;fill:var(--md-default-fg-color--light,currentColor)}"
    ".nd-fig .nd-fig-axis{stroke:var(--md-default-fg-color--lighter,currentColor);stroke-width:2}"
    ".nd-fig .nd-fig-grid{stroke:var(--md-default-fg-color--lightest,currentColor);stroke-width:1}"
    ".nd-fig .nd-fig-event{fill:var(--md-accent-fg-color,currentColor);"
    "stroke:var(--md-default-bg-color,#fff);stroke-width:1.5}"
    ".nd-fig .nd-fig-article{fill:var(--md-typeset-a-color,currentColor);"
    "stroke:var(--md-default-bg-color,#fff);stroke-width:1.5}"
    ".nd-fig .nd-fig-inferred{fill:var(--md-default-bg-color,#fff);"
    "stroke:var(--md-typeset-a-color,currentColor);stroke-width:2;stroke-dasharray:3 2}"
    ".nd-fig .nd-fig-edge{stroke:var(--md-typeset-a-color,currentColor);stroke-linecap:round}"
    ".nd-fig .nd-fig-node{fill:var(--md-typeset-a-color,currentColor);"
    "stroke:var(--md-default-bg-color,#fff);stroke-width:2}"
    ".nd-fig .nd-fig-cell{fill:var(--md-typeset-a-color,currentColor)}"
    ".nd-fig .nd-fig-empty{fill:none;stroke:var(--md-default-fg-color--lightest,currentColor)}"
    ".nd-fig .nd-fig-bar{fill:var(--md-typeset-a-color,currentColor)}"
    ".nd-fig .nd-fig-on-cell{fill:var(--md-default-bg-color,#fff);font-weight:700}"
    ".nd-fig a:hover text,.nd-fig a:focus text{fill:var(--md-accent-fg-color,currentColor);"
    "text-decoration:underline}"
    ".nd-fig a:focus{outline:2px solid var(--md-accent-fg-color,currentColor)}"
)


# ------------------------------------------------------------------------- helpers


def _one_line(text: object) -> str:
    """Whitespace collapsed, and control characters (not allowed in XML) dropped."""
    return _WHITESPACE.sub(" ", _CONTROL.sub("", str(text))).strip()


def _text(value: object) -> str:
    """Escape data for SVG element text or a double-quoted attribute (see module docstring)."""
    return "".join(f"&#{ord(c)};" if c in _SYNTAX_CHARACTERS else c for c in _one_line(value))


def _href(url: str | None) -> str | None:
    """A caller-supplied link, unless it is empty or uses a scheme that could run code."""
    if not url:
        return None
    # As browsers parse URLs: tabs and newlines anywhere, and leading control characters and
    # spaces, are ignored ("\tjava\nscript:" is "javascript:").
    bare = re.sub(r"[\t\n\r]", "", url).lstrip("".join(map(chr, range(0x21))))
    match = _SCHEME.match(bare)
    if match and match.group(1).lower() not in _SAFE_SCHEMES:
        return None
    return url


def _num(value: float) -> str:
    """Fixed formatting for coordinates: one decimal, no trailing '.0', never '-0'."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


# A date in words, independent of the machine's locale: the pages' one date format.
_date = long_date


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _max_chars(width: float, font_size: float = FONT_SIZE) -> int:
    return max(4, int(width / (font_size * CHAR_WIDTH_EM)))


def _truncate(text: str, max_chars: int) -> str:
    text = _one_line(text)
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    if text[max_chars - 1] != " " and " " in cut:
        # End on a whole word: a cut word would not be found in the link's accessible name
        # (axe-core's label-content-name-mismatch compares whole words).
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "\u2026"


def _wrap(text: str, max_chars: int, max_lines: int) -> list[str]:
    """Greedy word wrap; the last line is truncated with an ellipsis if the text is longer."""
    if max_lines <= 1:
        return [_truncate(text, max_chars)]
    words = _one_line(text).split(" ")
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= max_chars or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
    if current:
        lines.append(current)
    lines[-1] = _truncate(lines[-1], max_chars)
    return [line if len(line) <= max_chars else _truncate(line, max_chars) for line in lines]


def _svg(
    kind: str,
    id_prefix: str,
    height: float,
    title: str,
    desc: str,
    body: list[str],
    interactive: bool,
    width: float = VIEW_WIDTH,
) -> Markup:
    """The figure's outer element, with its text alternative first.

    Returned as Markup (a str) so that an autoescaping Jinja template inserts it as is: every
    piece of data inside has already been escaped here.
    """
    prefix = re.sub(r"[^A-Za-z0-9_-]", "-", id_prefix) or "nd-fig"
    role = "figure" if interactive else "img"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="nd-fig nd-fig-{kind}" role="{role}" '
        f'viewBox="0 0 {_num(width)} {_num(height)}" width="100%" '
        f'style="max-width:{_num(width * MAX_SCALE)}px;height:auto" '
        f'preserveAspectRatio="xMidYMin meet" aria-labelledby="{prefix}-title {prefix}-desc">'
    )
    lines = [
        head,
        f'<title id="{prefix}-title">{_text(title)}</title>',
        f'<desc id="{prefix}-desc">{_text(desc)}</desc>',
        f"<style>{_STYLE}</style>",
        *body,
        "</svg>",
    ]
    # One element per line and never a blank line: a blank line would end a raw HTML block.
    return Markup("\n".join(lines))


def _label(x: float, y: float, text: str, *, anchor: str = "start", css: str = "", weight: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    bold = f' font-weight="{weight}"' if weight else ""
    return f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}"{cls}{bold}>{_text(text)}</text>'


def _link(url: str | None, tooltip: str, inner: list[str]) -> list[str]:
    """Wrap shapes in a link (with an accessible name) when a safe URL is given."""
    safe = _href(url)
    hint = f"<title>{_text(tooltip)}</title>"
    if safe is None:
        return ["<g>", hint, *inner, "</g>"]
    return [f'<a href="{_text(safe)}" aria-label="{_text(tooltip)}">', hint, *inner, "</a>"]


def as_figure(svg: str, caption: str | None = None, css_class: str = "nd-figure") -> Markup:
    """Wrap a figure in an HTML <figure> block, which Python-Markdown passes through untouched."""
    # Material sizes <figure> to its content; a figure must take the column's width instead.
    parts = [f'<figure class="{_text(css_class)}" style="width:100%">', svg]
    if caption:
        parts.append(f"<figcaption>{_text(caption)}</figcaption>")
    parts.append("</figure>")
    return Markup("\n".join(parts))


# ------------------------------------------------------------------------ timeline


@dataclass(frozen=True)
class _TimelineItem:
    date: dt.date
    kind: str  # "event" or "article"
    id: str
    label: str
    inferred: bool
    note: str


def timeline_svg(  # noqa: C901 - one SVG drawn in reading order (axis, months, events, articles); figures.py is to be split
    events: Iterable[Event],
    articles: Iterable[Article],
    hrefs: Mapping[str, str] | None = None,
    *,
    outlets: Iterable[Outlet] = (),
    id_prefix: str = "nd-timeline",
) -> Markup:
    """Events and articles on a vertical date axis.

    `hrefs` maps an event or article id to a URL relative to the page the figure is shown on.
    Articles whose date is inferred are drawn hollow and dashed and say "date inferred";
    articles whose date is unknown are left out and counted in the text alternative.
    """
    hrefs = hrefs or {}
    outlet_names = {o.id: o.name for o in outlets}
    items: list[_TimelineItem] = []
    for event in events:
        items.append(_TimelineItem(event.date, "event", event.id, event.title, False, ""))
    undated: list[Article] = []
    for article in articles:
        published = article.published
        if published.value is None or published.status == "unknown":
            undated.append(article)
            continue
        outlet = outlet_names.get(article.outlet or "", "")
        label = f"{outlet}: {article.title}" if outlet else article.title
        items.append(
            _TimelineItem(
                published.value, "article", article.id, label, published.status == "inferred", published.note
            )
        )
    items.sort(key=lambda i: (i.date, 0 if i.kind == "event" else 1, i.id))

    n_events = sum(1 for i in items if i.kind == "event")
    n_articles = len(items) - n_events
    n_inferred = sum(1 for i in items if i.inferred)
    title = "Timeline of events and articles"
    desc_parts: list[str] = []
    if items:
        desc_parts.append(
            f"From {_date(items[0].date)} to {_date(items[-1].date)}: "
            f"{_plural(n_events, 'event')} and {_plural(n_articles, 'article')}."
        )
    else:
        desc_parts.append("No dated events or articles.")
    for item in items:
        what = "Event" if item.kind == "event" else "Article"
        extra = " (date inferred)" if item.inferred else ""
        desc_parts.append(f"{_date(item.date)}, {what.lower()}: {item.label}{extra}.")
    if n_inferred:
        desc_parts.append(
            f"{_plural(n_inferred, 'article date is', 'article dates are')} "
            "inferred, not stated by the source."
        )
    if undated:
        names = "; ".join(sorted(_one_line(a.title) for a in undated))
        desc_parts.append(
            f"{_plural(len(undated), 'article')} with an unknown date "
            f"{'is' if len(undated) == 1 else 'are'} not shown: {names}."
        )
    desc = " ".join(desc_parts)

    axis_x = 118  # date labels right-aligned before it, items after it
    text_x = axis_x + 16
    max_chars = _max_chars(VIEW_WIDTH - text_x - 4)
    body: list[str] = []

    # Legend.
    y = 16
    legend = [
        '<g class="nd-fig-legend" aria-hidden="true">',
        f'<rect class="nd-fig-event" x="{_num(axis_x - 5)}" y="{_num(y - 9)}" width="10" '
        f'height="10" transform="rotate(45 {_num(axis_x)} {_num(y - 4)})"/>',
        _label(axis_x + 10, y, "event", css="nd-fig-small"),
        f'<circle class="nd-fig-article" cx="{_num(axis_x + 70)}" cy="{_num(y - 4)}" r="5"/>',
        _label(axis_x + 80, y, "article", css="nd-fig-small"),
        f'<circle class="nd-fig-inferred" cx="{_num(axis_x + 140)}" cy="{_num(y - 4)}" r="5"/>',
        _label(axis_x + 150, y, "article, date inferred", css="nd-fig-small"),
        "</g>",
    ]
    body.extend(legend)
    y = 44
    axis_top = y - 10

    by_date: dict[dt.date, list[_TimelineItem]] = {}
    for item in items:
        by_date.setdefault(item.date, []).append(item)
    dates = sorted(by_date)
    for index, day in enumerate(dates):
        group = by_date[day]
        body.append(f'<g class="nd-fig-date" data-date="{day.isoformat()}">')
        body.append(_label(axis_x - 12, y + 4, _date(day), anchor="end", css="nd-fig-small"))
        body.append(
            f'<line class="nd-fig-grid" x1="{_num(axis_x - 8)}" y1="{_num(y)}" '
            f'x2="{_num(axis_x)}" y2="{_num(y)}"/>'
        )
        for item in group:
            suffix = " (date inferred)" if item.inferred else ""
            lines = _wrap(item.label + suffix, max_chars, TIMELINE_MAX_LINES)
            if item.kind == "event":
                marker = (
                    f'<rect class="nd-fig-event" x="{_num(axis_x - 5)}" y="{_num(y - 5)}" '
                    f'width="10" height="10" '
                    f'transform="rotate(45 {_num(axis_x)} {_num(y)})"/>'
                )
            else:
                css = "nd-fig-inferred" if item.inferred else "nd-fig-article"
                marker = f'<circle class="{css}" cx="{_num(axis_x)}" cy="{_num(y)}" r="5"/>'
            texts = [
                _label(
                    text_x,
                    y + 4 + n * TIMELINE_ROW_HEIGHT,
                    line,
                    weight="700" if item.kind == "event" else "",
                )
                for n, line in enumerate(lines)
            ]
            tooltip = f"{_date(item.date)}: {item.label}{suffix}"
            if item.inferred and item.note:
                tooltip += f" ({item.note})"
            body.extend(_link(hrefs.get(item.id), tooltip, [marker, *texts]))
            y += len(lines) * TIMELINE_ROW_HEIGHT + TIMELINE_ITEM_GAP
        body.append("</g>")
        if index + 1 < len(dates):
            days = (dates[index + 1] - day).days
            gap = TIMELINE_DATE_GAP + min(days, TIMELINE_MAX_GAP_DAYS) * TIMELINE_PX_PER_DAY
            if days > TIMELINE_MAX_GAP_DAYS:
                mid = y + gap / 2 - TIMELINE_ROW_HEIGHT / 2
                body.append(
                    f'<path class="nd-fig-axis" d="M{_num(axis_x - 6)} {_num(mid - 3)}'
                    f"L{_num(axis_x + 6)} {_num(mid - 7)}M{_num(axis_x - 6)} {_num(mid + 5)}"
                    f'L{_num(axis_x + 6)} {_num(mid + 1)}"/>'
                )
                body.append(
                    _label(axis_x - 12, mid + 4, f"{days} days later", anchor="end", css="nd-fig-small")
                )
            y += gap
    if not items:
        body.append(_label(VIEW_WIDTH / 2, y, "No dated events or articles.", anchor="middle"))
        y += TIMELINE_ROW_HEIGHT
    if undated:
        y += 6
        body.append(
            _label(
                text_x,
                y,
                f"Not shown: {_plural(len(undated), 'article')} with an unknown date.",
                css="nd-fig-small",
            )
        )
        y += 6
    axis = (
        f'<line class="nd-fig-axis" x1="{_num(axis_x)}" y1="{_num(axis_top)}" '
        f'x2="{_num(axis_x)}" y2="{_num(max(axis_top, y - TIMELINE_ROW_HEIGHT))}"/>'
    )
    body.insert(len(legend), axis)  # under the markers
    height = y + 4
    interactive = any(_href(hrefs.get(i.id)) for i in items)
    return _svg("timeline", id_prefix, height, title, desc, body, interactive)


# ------------------------------------------------------------------------- network


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


def network_svg(  # noqa: C901 - one SVG drawn in reading order; split on branch issue-12b, not yet landed
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

    cx = VIEW_WIDTH / 2
    radius = 130
    label_room = 44  # above and below the circle for the (up to two-line) labels at the poles
    cy = radius + label_room
    height = 2 * (radius + label_room)
    positions: dict[str, tuple[float, float, float]] = {}
    for index, actor_id in enumerate(circle):
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(circle))
        positions[actor_id] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)

    body: list[str] = ['<g class="nd-fig-edges" aria-hidden="true">']
    top_weight = max((count for _pair, count in edges), default=1)
    for (a, b), count in sorted(edges, key=lambda e: (e[1], e[0])):  # strongest drawn on top
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
    max_chars = _max_chars(cx - radius - 16)
    for actor_id in circle:
        tooltip = f"{by_id[actor_id].name}: appears with {_plural(degree[actor_id], 'other actor')}"
        node = _network_node(positions[actor_id], by_id[actor_id].name, degree[actor_id], max_chars)
        body.extend(_link(hrefs.get(actor_id), tooltip, node))
    if not circle:
        body.append(_label(cx, cy, "No actors appear together.", anchor="middle"))
    interactive = any(_href(hrefs.get(i)) for i in circle)
    return _svg("network", id_prefix, height, title, desc, body, interactive)


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


# ------------------------------------------------------------------------ coverage

_UNKNOWN_OUTLET = " (outlet unknown)"


def coverage_svg(
    dossier: Dossier,
    hrefs: Mapping[str, str] | None = None,
    *,
    id_prefix: str = "nd-coverage",
) -> Markup:
    """Which outlet covers which topic: a matrix of counts, outlets as rows, topics as columns.

    Articles whose outlet is unknown get a row of their own, labelled with their title, rather
    than being merged into an invented "unknown outlet". `hrefs` maps topic, outlet and article
    ids to relative URLs. Topics keep the dossier's order; rows are sorted by name.
    """
    hrefs = hrefs or {}
    articles, topics = dossier.articles, dossier.topics
    outlet_names = {o.id: o.name for o in dossier.outlets}
    topic_ids = [t.id for t in topics]
    rows: dict[tuple[int, str, str], dict[str, int]] = {}
    row_meta: dict[tuple[int, str, str], tuple[str, str]] = {}  # key -> (link id, tooltip)
    for article in articles:
        if article.outlet:
            name = outlet_names.get(article.outlet, article.outlet)
            key = (0, _one_line(name).casefold(), article.outlet)
            row_meta[key] = (article.outlet, name)
        else:
            key = (1, _one_line(article.title).casefold(), article.id)
            row_meta[key] = (article.id, _one_line(article.title) + _UNKNOWN_OUTLET)
        counts = rows.setdefault(key, {})
        for topic_id in article.topics:
            counts[topic_id] = counts.get(topic_id, 0) + 1
    ordered = sorted(rows)

    title = "Coverage: outlets by topic"
    desc_parts = [
        f"{_plural(len(ordered), 'row')} (outlets, or articles whose outlet is "
        f"unknown) by {_plural(len(topics), 'topic')}; each cell counts articles."
    ]
    for key in ordered:
        _link_id, name = row_meta[key]
        covered = [f"{_one_line(t.title)} {rows[key][t.id]}" for t in topics if rows[key].get(t.id)]
        desc_parts.append(f"{_one_line(name)}: " + (", ".join(covered) if covered else "none") + ".")
    desc = " ".join(desc_parts)

    label_w = COVERAGE_LABEL_WIDTH
    col_w = COVERAGE_COLUMN_WIDTH
    width = max(VIEW_WIDTH, label_w + col_w * len(topic_ids) + 8)
    head_lines = 3
    head_h = head_lines * (SMALL_FONT_SIZE + 3) + 10
    row_h = 30
    body: list[str] = []
    head_chars = _max_chars(col_w - 6, SMALL_FONT_SIZE)
    for column, topic in enumerate(topics):
        x = label_w + column * col_w + col_w / 2
        lines = _wrap(topic.title, head_chars, head_lines)
        first_y = head_h - 8 - (len(lines) - 1) * (SMALL_FONT_SIZE + 3)
        texts = [
            _label(x, first_y + n * (SMALL_FONT_SIZE + 3), line, anchor="middle", css="nd-fig-small")
            for n, line in enumerate(lines)
        ]
        body.extend(_link(hrefs.get(topic.id), f"Topic: {topic.title}", texts))
    max_count = max((c for counts in rows.values() for c in counts.values()), default=1)
    row_chars = _max_chars(label_w - 10)
    for index, key in enumerate(ordered):
        y = head_h + index * row_h
        link_id, name = row_meta[key]
        # An article standing in for an unknown outlet shows its title in italics; the
        # "(outlet unknown)" is in its tooltip and in the text alternative.
        shown = _truncate(name if key[0] == 0 else _one_line(name).removesuffix(_UNKNOWN_OUTLET), row_chars)
        body.append(f'<line class="nd-fig-grid" x1="0" y1="{_num(y)}" x2="{_num(width)}" y2="{_num(y)}"/>')
        row_label = _label(label_w - 8, y + row_h / 2 + 4, shown, anchor="end")
        if key[0] == 1:
            row_label = row_label.replace("<text ", '<text font-style="italic" ', 1)
        body.extend(_link(hrefs.get(link_id), name, [row_label]))
        for column, topic_id in enumerate(topic_ids):
            count = rows[key].get(topic_id, 0)
            x = label_w + column * col_w + col_w / 2
            size = row_h - 8
            if count:
                opacity = 0.35 + 0.65 * count / max_count
                body.append(
                    f'<rect class="nd-fig-cell" x="{_num(x - size / 2)}" y="{_num(y + 4)}" '
                    f'width="{_num(size)}" height="{_num(size)}" rx="3" '
                    f'fill-opacity="{opacity:.2f}"/>'
                )
                body.append(_label(x, y + row_h / 2 + 4, str(count), anchor="middle", css="nd-fig-on-cell"))
            else:
                body.append(
                    f'<rect class="nd-fig-empty" x="{_num(x - size / 2)}" y="{_num(y + 4)}" '
                    f'width="{_num(size)}" height="{_num(size)}" rx="3"/>'
                )
    bottom = head_h + len(ordered) * row_h
    body.append(
        f'<line class="nd-fig-grid" x1="0" y1="{_num(bottom)}" x2="{_num(width)}" y2="{_num(bottom)}"/>'
    )
    if not ordered:
        body.append(_label(width / 2, bottom + 20, "No articles.", anchor="middle"))
        bottom += 30
    interactive = any(_href(hrefs.get(i)) for i in topic_ids + [row_meta[k][0] for k in ordered])
    return _svg("coverage", id_prefix, bottom + 6, title, desc, body, interactive, width)


# ------------------------------------------------------------------------ mentions


def mentions_svg(
    counts: Sequence[tuple[str, int, str | None]],
    *,
    subject: str = "",
    id_prefix: str = "nd-mentions",
) -> Markup:
    """Mentions per article as horizontal bars: a label line above each bar, the count after it.

    `counts` is (article label, number of mentions, relative URL or None), in the order the
    caller wants them read (e.g. by date); `subject` names whose mentions they are.
    """
    entries = [(label, int(count), url) for label, count, url in counts if int(count) > 0]
    whose = f" of {_one_line(subject)}" if subject else ""
    total = sum(count for _label_text, count, _url in entries)
    summary = f"{_plural(total, 'mention')} in {_plural(len(entries), 'article')}"
    return _bars_svg("mentions", id_prefix, f"Mentions{whose} per article", summary, entries, "mention")


def months_svg(counts: Sequence[tuple[str, int, str | None]], *, id_prefix: str = "nd-months") -> Markup:
    """Articles per month as horizontal bars, each linking to its month's page: the timeline of
    a large dossier, whose height grows with its months, not its articles."""
    entries = [(label, int(count), url) for label, count, url in counts]
    summary = f"{_plural(sum(c for _l, c, _u in entries), 'article')} in {_plural(len(entries), 'month')}"
    return _bars_svg("months", id_prefix, "Articles per month", summary, entries, "article")


def _bars_svg(
    kind: str,
    id_prefix: str,
    title: str,
    summary: str,
    entries: list[tuple[str, int, str | None]],
    unit: str,
) -> Markup:
    """Labelled horizontal bars with their counts, the whole list in the text alternative."""
    listed = "; ".join(f"{_one_line(label)}: {count}" for label, count, _url in entries)
    desc = summary + (f": {listed}" if entries else "") + "."
    line_h = FONT_SIZE + 4
    max_count = max((count for _l, count, _u in entries), default=1) or 1
    max_chars = _max_chars(VIEW_WIDTH - 4)
    body: list[str] = []
    y = 0.0
    for label, count, url in entries:
        # Wrapped rather than cut: the link's accessible name must contain the visible words
        # in order (axe-core: label-content-name-mismatch), the count included.
        lines = _wrap(label, max_chars, MENTIONS_MAX_LINES)
        texts = [_label(0, y + 14 + n * line_h, line) for n, line in enumerate(lines)]
        top = y + 20 + (len(lines) - 1) * line_h
        bar = MENTIONS_BAR_MAX * count / max_count
        body.extend(
            _link(
                url,
                f"{label}: {_plural(count, unit)}",
                [
                    *texts,
                    f'<rect class="nd-fig-bar" x="0" y="{_num(top)}" width="{_num(max(2, bar))}" '
                    f'height="12" rx="2"/>',
                    _label(max(2, bar) + 6, top + 11, str(count), css="nd-fig-small"),
                ],
            )
        )
        y = top + 20
    height = max(y, 40)
    if not entries:
        body.append(_label(0, 20, f"No {unit}s.", css="nd-fig-small"))
    interactive = any(_href(url) for _l, _c, url in entries)
    return _svg(kind, id_prefix, height, title, desc, body, interactive)
