"""Bar charts: mentions per article, and articles per month (the timeline of a large dossier)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

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
    _wrap,
)

# Mentions bar chart: the longest bar, and the room for its count.
MENTIONS_BAR_MAX = 380
MENTIONS_MAX_LINES = 3  # 3 lines of ~65 characters hold any headline of the sample dossier


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
