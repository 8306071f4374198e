"""The timeline: events and articles on a vertical date axis, time drawn to scale up to a break."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup

from ...records import Article, Event, Outlet
from .svg import VIEW_WIDTH, _date, _href, _label, _link, _max_chars, _num, _one_line, _plural, _svg, _wrap

# Timeline: vertical axis (it reads top to bottom on a phone as well as on a wide screen).
TIMELINE_ROW_HEIGHT = 18  # one text line of an item
TIMELINE_ITEM_GAP = 6  # between two items of the same date
TIMELINE_DATE_GAP = 14  # between two dates, before the gap that is proportional to time
TIMELINE_PX_PER_DAY = 3  # time is drawn to scale up to TIMELINE_MAX_GAP_DAYS ...
TIMELINE_MAX_GAP_DAYS = 10  # ... longer gaps are drawn as a break with the number of days
TIMELINE_MAX_LINES = 3  # an item's label wraps to at most this many lines, then is truncated


@dataclass(frozen=True)
class _TimelineItem:
    date: dt.date
    kind: str  # "event" or "article"
    id: str
    label: str
    inferred: bool
    note: str


# Where the axis runs: date labels right-aligned before it, items after it.
_AXIS_X = 118
_TEXT_X = _AXIS_X + 16
# The first date's height, below the legend; the axis starts a little above it.
_FIRST_DATE_Y = 44


def timeline_svg(
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
    items, undated = _timeline_items(events, articles, outlets)
    legend = _legend()
    body = list(legend)
    axis_top = _FIRST_DATE_Y - 10
    dates_body, y = _dated_items(items, hrefs, _FIRST_DATE_Y)
    body.extend(dates_body)
    if not items:
        body.append(_label(VIEW_WIDTH / 2, y, "No dated events or articles.", anchor="middle"))
        y += TIMELINE_ROW_HEIGHT
    if undated:
        y += 6
        note = f"Not shown: {_plural(len(undated), 'article')} with an unknown date."
        body.append(_label(_TEXT_X, y, note, css="nd-fig-small"))
        y += 6
    axis = (
        f'<line class="nd-fig-axis" x1="{_num(_AXIS_X)}" y1="{_num(axis_top)}" '
        f'x2="{_num(_AXIS_X)}" y2="{_num(max(axis_top, y - TIMELINE_ROW_HEIGHT))}"/>'
    )
    body.insert(len(legend), axis)  # under the markers
    height = y + 4
    interactive = any(_href(hrefs.get(i.id)) for i in items)
    title = "Timeline of events and articles"
    return _svg("timeline", id_prefix, height, title, _timeline_desc(items, undated), body, interactive)


def _timeline_items(
    events: Iterable[Event], articles: Iterable[Article], outlets: Iterable[Outlet]
) -> tuple[list[_TimelineItem], list[Article]]:
    """Events and dated articles in date order (events first on a day), and the undated articles."""
    outlet_names = {o.id: o.name for o in outlets}
    items = [_TimelineItem(event.date, "event", event.id, event.title, False, "") for event in events]
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
    return items, undated


def _timeline_desc(items: list[_TimelineItem], undated: list[Article]) -> str:
    """The text alternative: the span, every item with its date, what is inferred or left out."""
    n_events = sum(1 for i in items if i.kind == "event")
    n_articles = len(items) - n_events
    n_inferred = sum(1 for i in items if i.inferred)
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
    return " ".join(desc_parts)


def _legend() -> list[str]:
    """The three markers (event, article, article whose date is inferred) and their names."""
    y = 16
    return [
        '<g class="nd-fig-legend" aria-hidden="true">',
        f'<rect class="nd-fig-event" x="{_num(_AXIS_X - 5)}" y="{_num(y - 9)}" width="10" '
        f'height="10" transform="rotate(45 {_num(_AXIS_X)} {_num(y - 4)})"/>',
        _label(_AXIS_X + 10, y, "event", css="nd-fig-small"),
        f'<circle class="nd-fig-article" cx="{_num(_AXIS_X + 70)}" cy="{_num(y - 4)}" r="5"/>',
        _label(_AXIS_X + 80, y, "article", css="nd-fig-small"),
        f'<circle class="nd-fig-inferred" cx="{_num(_AXIS_X + 140)}" cy="{_num(y - 4)}" r="5"/>',
        _label(_AXIS_X + 150, y, "article, date inferred", css="nd-fig-small"),
        "</g>",
    ]


def _dated_items(items: list[_TimelineItem], hrefs: Mapping[str, str], y: float) -> tuple[list[str], float]:
    """A group per date from `y` down, with the gap to the next date; the shapes and the y below them."""
    by_date: dict[dt.date, list[_TimelineItem]] = {}
    for item in items:
        by_date.setdefault(item.date, []).append(item)
    dates = sorted(by_date)
    max_chars = _max_chars(VIEW_WIDTH - _TEXT_X - 4)
    body: list[str] = []
    for index, day in enumerate(dates):
        body.append(f'<g class="nd-fig-date" data-date="{day.isoformat()}">')
        body.append(_label(_AXIS_X - 12, y + 4, _date(day), anchor="end", css="nd-fig-small"))
        body.append(
            f'<line class="nd-fig-grid" x1="{_num(_AXIS_X - 8)}" y1="{_num(y)}" '
            f'x2="{_num(_AXIS_X)}" y2="{_num(y)}"/>'
        )
        for item in by_date[day]:
            shapes, lines = _timeline_item(item, y, max_chars, hrefs.get(item.id))
            body.extend(shapes)
            y += lines * TIMELINE_ROW_HEIGHT + TIMELINE_ITEM_GAP
        body.append("</g>")
        if index + 1 < len(dates):
            days = (dates[index + 1] - day).days
            gap = TIMELINE_DATE_GAP + min(days, TIMELINE_MAX_GAP_DAYS) * TIMELINE_PX_PER_DAY
            if days > TIMELINE_MAX_GAP_DAYS:
                body.extend(_time_break(y + gap / 2 - TIMELINE_ROW_HEIGHT / 2, days))
            y += gap
    return body, y


def _timeline_item(item: _TimelineItem, y: float, max_chars: int, url: str | None) -> tuple[list[str], int]:
    """An item's marker on the axis and its wrapped label (linked), and how many lines it takes."""
    suffix = " (date inferred)" if item.inferred else ""
    lines = _wrap(item.label + suffix, max_chars, TIMELINE_MAX_LINES)
    if item.kind == "event":
        marker = (
            f'<rect class="nd-fig-event" x="{_num(_AXIS_X - 5)}" y="{_num(y - 5)}" '
            f'width="10" height="10" '
            f'transform="rotate(45 {_num(_AXIS_X)} {_num(y)})"/>'
        )
    else:
        css = "nd-fig-inferred" if item.inferred else "nd-fig-article"
        marker = f'<circle class="{css}" cx="{_num(_AXIS_X)}" cy="{_num(y)}" r="5"/>'
    weight = "700" if item.kind == "event" else ""
    texts = [
        _label(_TEXT_X, y + 4 + n * TIMELINE_ROW_HEIGHT, line, weight=weight) for n, line in enumerate(lines)
    ]
    tooltip = f"{_date(item.date)}: {item.label}{suffix}"
    if item.inferred and item.note:
        tooltip += f" ({item.note})"
    return _link(url, tooltip, [marker, *texts]), len(lines)


def _time_break(mid: float, days: int) -> list[str]:
    """A break in the axis where time is not drawn to scale, with the number of days it skips."""
    return [
        f'<path class="nd-fig-axis" d="M{_num(_AXIS_X - 6)} {_num(mid - 3)}'
        f"L{_num(_AXIS_X + 6)} {_num(mid - 7)}M{_num(_AXIS_X - 6)} {_num(mid + 5)}"
        f'L{_num(_AXIS_X + 6)} {_num(mid + 1)}"/>',
        _label(_AXIS_X - 12, mid + 4, f"{days} days later", anchor="end", css="nd-fig-small"),
    ]
