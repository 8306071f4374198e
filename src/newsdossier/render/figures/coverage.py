"""The coverage matrix: which outlet covers which topic, a count of articles per cell."""

from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup

from ...records import Dossier
from .svg import (
    SMALL_FONT_SIZE,
    VIEW_WIDTH,
    _href,
    _label,
    _link,
    _max_chars,
    _num,
    _one_line,
    _plural,
    _svg,
    _truncate,
    _wrap,
)

# Coverage matrix: width of a topic column and of the row-label column.
COVERAGE_COLUMN_WIDTH = 92
COVERAGE_LABEL_WIDTH = 200

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
