"""Second look at short lines the region rules removed, so that clean article text loses nothing.

The region rules judge a line by its own shape; a short sentence ("He's back."), a line that
introduces a quote ("Limbaugh added:") or a short last paragraph scores below zero and is
dropped as a fragment or a teaser. Measured on the 920 clean article bodies of quotebench-dev,
where every removed paragraph is a loss (benchmarks/headlines.py), these three shapes were
most of the real losses. Each is kept only where its neighbours show it belongs to the text:
between body paragraphs, before the quote it introduces, or as the last lines of the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import rules

if TYPE_CHECKING:
    from .lines import Line

#: A short sentence between body paragraphs has at least this many words ("He's back.").
SHORT_SENTENCE_MIN_WORDS = 2
#: A line introducing a quote ("Limbaugh added:") has at most this many words.
LEAD_IN_MAX_WORDS = 12
#: At most this many short sentences after the region, ending the page, are its last paragraphs
#: (a page with more after its article has a footer, not a short ending).
TAIL_MAX_LINES = 3
#: Reasons the second look may undo: shapes, not wording or metadata.
UNDOABLE = frozenset({"short fragment", "teaser list"})


def sentence_like(line: Line) -> bool:
    text = line.text.lstrip("\"“‘'(")
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and not line.pattern and not line.meta


def undoable(line: Line) -> bool:
    return (
        line.kind == "removed"
        and line.reason in UNDOABLE
        and not (line.menu or line.heading or line.date or line.truncated or line.teaser_link)
    )


def keep_short_sentences(lines: list[Line], start: int, end: int) -> None:
    """Inside the article, short sentences and quote lead-ins flanked by body text."""
    for i in range(start + 1, end - 1):
        line, before, after = lines[i], lines[i - 1], lines[i + 1]
        if not undoable(line) or not sentence_like(line) or before.kind != "body":
            continue
        if after.kind == "removed" and not after.prose:
            continue
        stripped = line.text.rstrip("'\"’”)")
        if stripped.endswith((".", "!", "?")) and line.words >= SHORT_SENTENCE_MIN_WORDS:
            line.keep("body")
        elif stripped.endswith(":") and 2 <= line.words <= LEAD_IN_MAX_WORDS:
            line.keep("body")


def keep_short_ending(lines: list[Line], end: int) -> None:
    """The page's last lines, right after the article, when they are all short sentences."""
    tail = lines[end:]
    if not tail or len(tail) > TAIL_MAX_LINES or end == 0 or lines[end - 1].kind != "body":
        return
    if all(
        undoable(line)
        and sentence_like(line)
        and line.ends_sentence
        and not line.text.endswith(":")
        and line.words >= SHORT_SENTENCE_MIN_WORDS
        and line.stop_ratio > 0
        for line in tail
    ):
        for line in tail:
            line.keep("body")


def second_look(lines: list[Line], start: int, end: int) -> None:
    keep_short_sentences(lines, start, end)
    keep_short_ending(lines, end)


__all__ = ["second_look", "rules"]
