"""Figures as inline SVG: a timeline, an actor network, a coverage matrix, mentions per article.

This package is their face: one module per figure family (timeline.py, network.py, coverage.py,
bars.py) and the drawing helpers they share (svg.py).

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

from .bars import MENTIONS_BAR_MAX, MENTIONS_MAX_LINES, mentions_svg, months_svg
from .coverage import coverage_svg
from .network import NETWORK_LINKS_PER_ACTOR, NETWORK_TOP_ACTORS, network_svg
from .svg import VIEW_WIDTH, as_figure
from .timeline import timeline_svg

__all__ = [
    "MENTIONS_BAR_MAX",
    "MENTIONS_MAX_LINES",
    "NETWORK_LINKS_PER_ACTOR",
    "NETWORK_TOP_ACTORS",
    "VIEW_WIDTH",
    "as_figure",
    "coverage_svg",
    "mentions_svg",
    "months_svg",
    "network_svg",
    "timeline_svg",
]
