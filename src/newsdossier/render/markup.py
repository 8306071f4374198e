"""Turn data text into safe markup: seed and YAML text is data, never HTML, Markdown or Jinja.

Seed text is only ever placed inside raw HTML blocks (which Python-Markdown leaves alone) after
HTML escaping; the few places where text must sit in Markdown (headings, front matter) go
through `md_inline`, which escapes both HTML and every character Markdown or its extensions
treat as syntax.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import yaml
from markupsafe import Markup

# Characters Python-Markdown, pymdownx and Material give a meaning to inline or at line start,
# plus the HTML specials: each is written as a numeric character reference.
_MARKDOWN_SYNTAX = frozenset("\\`*_{}[]()#+-.!|~^=:<>&\"'%")
_WHITESPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) so text can never start a Markdown block."""
    return _WHITESPACE.sub(" ", text).strip()


def esc(text: object) -> Markup:
    """HTML-escape a value for an HTML context (element text or quoted attribute)."""
    return Markup(html.escape(one_line(str(text)), quote=True))


def lines(text: object) -> Markup:
    """Multi-line text (a removed span) for an HTML context: each line escaped, joined by <br>,
    so it keeps its shape without a newline that could end the raw HTML block."""
    return Markup(
        "<br>".join(
            html.escape(one_line(line), quote=True) for line in str(text).splitlines() if line.strip()
        )
    )


def md_inline(text: object) -> Markup:
    """Escape text for a Markdown context (a heading, a table cell): HTML first, then syntax.

    Entities such as `&lt;` survive Markdown untouched; backslash escapes neutralise the rest.
    Characters Python-Markdown cannot backslash-escape are written as numeric entities.
    """
    return Markup("".join(f"&#{ord(c)};" if c in _MARKDOWN_SYNTAX else c for c in one_line(str(text))))


def theme_text(text: str) -> str:
    """Text the theme writes unescaped (page titles, tags, navigation): one line, HTML-escaped."""
    return html.escape(one_line(text), quote=False)


def front_matter(meta: dict) -> str:
    """YAML front matter; string values are HTML-escaped because MkDocs' theme does not escape."""

    def clean(value):
        if isinstance(value, str):
            return theme_text(value)
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        return value

    body = yaml.safe_dump(clean(meta), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n"


@dataclass(frozen=True)
class Span:
    """A stretch of a paragraph to wrap in an element: an actor link or a quote."""

    start: int
    end: int
    open_tag: str  # already-safe markup, built by the caller from escaped values
    close_tag: str
    priority: int = 0  # on identical ranges, the higher priority is the outer element


def annotate(text: str, spans: list[Span]) -> Markup:
    """Escape `text` and wrap the given spans; crossing spans are dropped, nesting is kept."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, -s.priority)):
        if not (0 <= span.start < span.end <= len(text)):
            continue
        if any(_crosses(span, other) for other in chosen):
            continue
        chosen.append(span)
    events: list[tuple[int, int, int, str]] = []
    for index, span in enumerate(chosen):
        # Closing tags sort before opening ones at the same offset; inner closes before outer.
        events.append((span.start, 1, index, span.open_tag))
        events.append((span.end, 0, -index, span.close_tag))
    events.sort()
    out: list[str] = []
    cursor = 0
    for offset, _kind, _order, tag in events:
        out.append(html.escape(text[cursor:offset], quote=False))
        out.append(tag)
        cursor = offset
    out.append(html.escape(text[cursor:], quote=False))
    return Markup(one_line("".join(out)))


def _crosses(a: Span, b: Span) -> bool:
    return (a.start < b.start < a.end < b.end) or (b.start < a.start < b.end < a.end)


def http_url(url: object) -> str:
    """The URL if it is an http(s) address, else "": a `javascript:` link can never be written."""
    text = one_line(str(url or ""))
    return text if re.match(r"https?://[^\s\"'<>]+$", text, re.IGNORECASE) else ""
