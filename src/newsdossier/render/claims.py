"""The comparison page for many articles: claims as rows, outlets as columns.

An outlet's articles on a topic sit together in one column: a reader asks which outlets carry a
claim, not which of 40 articles. Articles whose outlet is unknown each stand alone (merging them
would invent an outlet). The claims x outlets matrix is an inline SVG in both palettes (the
stylesheet of figures/svg.py) with a text alternative that lists every claim and who carries it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..compare.rows import row_id
from ..records import Comparison, ComparisonRow, Dossier
from .figures.svg import (
    CHAR_WIDTH_EM,
    SMALL_FONT_SIZE,
    _label,
    _max_chars,
    _num,
    _one_line,
    _plural,
    _svg,
    _truncate,
    as_figure,
)

# The matrix shows the rows carried most widely; the page lists them all.
MATRIX_ROWS = 40
MATRIX_LABEL_WIDTH = 360
MATRIX_COLUMN_WIDTH = 16
MATRIX_ROW_HEIGHT = 18
MATRIX_HEAD_HEIGHT = 130


@dataclass(frozen=True)
class OutletColumn:
    key: str  # the outlet id, or the article id of an article whose outlet is unknown
    name: str
    articles: tuple[str, ...]
    known: bool


def outlet_columns(dossier: Dossier, comparison: Comparison) -> list[OutletColumn]:
    """Known outlets by name, then each article of unknown outlet by its title."""
    names = {o.id: o.name for o in dossier.outlets}
    grouped: dict[str, list[str]] = {}
    for article_id in comparison.articles:
        article = dossier.article(article_id)
        grouped.setdefault(article.outlet or f"article:{article_id}", []).append(article_id)
    columns = []
    for key, articles in grouped.items():
        if key.startswith("article:"):
            title = _one_line(dossier.article(articles[0]).title)
            columns.append(OutletColumn(articles[0], f"{title} (outlet unknown)", tuple(articles), False))
        else:
            columns.append(OutletColumn(key, names.get(key, key), tuple(articles), True))
    return sorted(columns, key=lambda c: (not c.known, c.name.casefold()))


def carried_by(row: ComparisonRow, columns: list[OutletColumn]) -> list[OutletColumn]:
    articles = {p.article for p in row.passages}
    return [c for c in columns if articles & set(c.articles)]


def row_coverage(row: ComparisonRow, columns: list[OutletColumn]) -> str:
    """ "3 articles, 2 of 5 outlets" (outlets here are columns: an unknown outlet counts once an article)."""
    articles = len({p.article for p in row.passages})
    return f"{_plural(articles, 'article')}, {len(carried_by(row, columns))} of {_plural(len(columns), 'outlet')}"


def claims_matrix_svg(
    comparison: Comparison, columns: list[OutletColumn], id_prefix: str = "nd-claims"
) -> Markup:
    """Claims (rows, most widely carried first) by outlets (columns): a filled cell where the
    outlet carries the claim."""
    rows = list(comparison.rows[:MATRIX_ROWS])
    head_chars = _max_chars((MATRIX_HEAD_HEIGHT - 16) / 0.87, SMALL_FONT_SIZE)  # text at 60 degrees
    names = [_truncate(column.name, head_chars) for column in columns]
    # The head is as tall as the longest name slanted at 60 degrees needs (short outlet names left
    # 100 px of blank above the matrix), up to MATRIX_HEAD_HEIGHT.
    longest = max((len(name) for name in names), default=0)
    head = min(MATRIX_HEAD_HEIGHT, round(16 + 0.87 * longest * SMALL_FONT_SIZE * CHAR_WIDTH_EM))
    # Column names slant up to the right: the last one reaches past its column by half its length.
    width = MATRIX_LABEL_WIDTH + MATRIX_COLUMN_WIDTH * len(columns) + head * 0.6 + 8
    body: list[str] = []
    for index, name in enumerate(names):
        x = MATRIX_LABEL_WIDTH + index * MATRIX_COLUMN_WIDTH + MATRIX_COLUMN_WIDTH / 2 + 4
        y = head - 6
        text = _label(0, 0, name, css="nd-fig-small")
        body.append(f'<g transform="translate({_num(x)} {_num(y)}) rotate(-60)">{text}</g>')
    label_chars = _max_chars(MATRIX_LABEL_WIDTH - 10, SMALL_FONT_SIZE)
    for index, row in enumerate(rows):
        y = head + index * MATRIX_ROW_HEIGHT
        body.append(
            _label(
                MATRIX_LABEL_WIDTH - 6,
                y + MATRIX_ROW_HEIGHT - 5,
                _truncate(_one_line(row.label), label_chars),
                anchor="end",
                css="nd-fig-small",
            )
        )
        carried = {c.key for c in carried_by(row, columns)}
        for column_index, column in enumerate(columns):
            x = MATRIX_LABEL_WIDTH + column_index * MATRIX_COLUMN_WIDTH + 2
            css = "nd-fig-cell" if column.key in carried else "nd-fig-empty"
            size = MATRIX_COLUMN_WIDTH - 4
            body.append(
                f'<rect class="{css}" x="{_num(x)}" y="{_num(y + 2)}" width="{_num(size)}" '
                f'height="{_num(MATRIX_ROW_HEIGHT - 4)}" rx="2"/>'
            )
    height = head + len(rows) * MATRIX_ROW_HEIGHT + 6
    shown = (
        f"the {len(rows)} most widely carried of {len(comparison.rows)}"
        if len(comparison.rows) > len(rows)
        else str(len(rows))
    )
    parts = [
        f"Claims ({shown}) by {_plural(len(columns), 'outlet')}; a filled cell: the outlet carries the claim."
    ]
    for row in rows:
        carriers = ", ".join(c.name for c in carried_by(row, columns))
        parts.append(f"{_one_line(row.label)}: {carriers}.")
    return _svg(
        "claims", id_prefix, height, "Which outlet carries which claim", " ".join(parts), body, False, width
    )


# Up to this many outlets a row shows one dot an outlet; beyond, one bar of the share it carries.
DOTS_UP_TO = 24
# Bounded weight: a topic of 200 articles has hundreds of rows and thousands of passages. The
# page shows the most widely carried rows with their versions, lists the next ones by label, and
# leaves the rest (and the longest tails) to `dossier compare TOPIC`. Measured on a topic of 200
# real articles (541 rows): 2.2 MB with every row, under 400 kB with these bounds.
FULL_ROWS = 40
VERSIONS_SHOWN = 10
LISTED_ROWS = 200
ONLY_PER_ARTICLE = 3
ONLY_LISTED_UP_TO = 20  # articles; past this, each article gets a count and a link instead
FACTS_SHOWN = 60
# The quote concordance shows the most widely carried quote rows, each with its first versions,
# and the contradictions their first passages. Calibration: at 2,000 articles (167 a topic) the
# concordance of every quote row with every version was 254 kB of a 681 kB page.
CONCORDANCE_ROWS = 20
CONTRADICTIONS_SHOWN = 20


def claims_context(dossier: Dossier, comparison: Comparison) -> dict:
    """What comparison.md.j2 needs for the claims view: the outlet columns, the matrix figure, and
    per-row helpers."""
    columns = outlet_columns(dossier, comparison)
    return {
        "outlets": columns,
        "claims_matrix": as_figure(
            claims_matrix_svg(comparison, columns), css_class="nd-figure nd-claims-figure"
        ),
        "carried_by": lambda row: carried_by(row, columns),
        # Each shown row's id, as `dossier compare` prints it and a pin or veto names it: its anchor.
        "row_ids": [row_id(row) for row in comparison.rows[:FULL_ROWS]],
        "row_coverage": lambda row: row_coverage(row, columns),
        "coverage_dots": len(columns) <= DOTS_UP_TO,
        "full_rows": FULL_ROWS,
        "versions_shown": VERSIONS_SHOWN,
        "listed_rows": LISTED_ROWS,
        "only_per_article": ONLY_PER_ARTICLE if len(comparison.articles) <= ONLY_LISTED_UP_TO else 0,
        "facts_shown": FACTS_SHOWN,
        "contradictions_shown": CONTRADICTIONS_SHOWN,
    }
