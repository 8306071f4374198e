"""What every figure shares: sizes, the stylesheet, escaping, wrapping and the outer <svg> element.

The rules every figure keeps (text alternative, data never markup, safe links) are in the
package docstring (figures/__init__.py); the helpers here are how they are kept.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from ..views import long_date

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
