"""Second look at short lines the region rules removed, so that clean article text loses nothing.

The region rules judge a line by its own shape; a short sentence ("He's back."), a line that
introduces a quote ("Limbaugh added:") or a short last paragraph scores below zero and is
dropped as a fragment or a teaser. Measured on the 920 clean article bodies of quotebench-dev,
where every removed paragraph is a loss (benchmarks/headlines.py), these three shapes were
most of the real losses. Each is kept only where its neighbours show it belongs to the text:
between body paragraphs, before the quote it introduces, or as the last lines of the page (any
number of them, when all are sentences: letters end with their writers' names and towns).
A one-word sentence ("Why?") is kept between paragraphs; a one-word credit or label is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import rules

if TYPE_CHECKING:
    from .lines import Line

#: A short sentence between body paragraphs has at least this many words ("He's back.").
SHORT_SENTENCE_MIN_WORDS = 2
#: Sources named alone on a line under a photo or an embed ("Getty.", "Twitter."): credits.
SOURCE_LABELS = frozenset(
    "getty reuters ap afp epa shutterstock twitter facebook instagram youtube vimeo tumblr tiktok".split()
)
#: A line introducing a quote ("Limbaugh added:") has at most this many words.
LEAD_IN_MAX_WORDS = 12
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


def one_word_sentence(line: Line) -> bool:
    """ "Oh.", "Why?", "Sorry!": a word written as a sentence, not a credit ("Getty."), an embed's
    label ("Twitter.", "X."), a label in capitals ("ABSTRACT.") or a list number ("3.")."""
    words = rules.WORD.findall(line.text)
    if len(words) != 1 or len(words[0]) < 2 or not words[0].isalpha():
        return False
    word = words[0]
    return not word.isupper() and word.lower() not in SOURCE_LABELS


def keep_short_sentences(lines: list[Line], start: int, end: int) -> None:
    """Inside the article, short sentences and quote lead-ins flanked by body text."""
    for i in range(start + 1, end - 1):
        line, before, after = lines[i], lines[i - 1], lines[i + 1]
        if not undoable(line) or not sentence_like(line) or before.kind != "body":
            continue
        if after.kind == "removed" and not after.prose:
            continue
        stripped = line.text.rstrip("'\"’”)")
        if stripped.endswith((".", "!", "?")) and (
            line.words >= SHORT_SENTENCE_MIN_WORDS or one_word_sentence(line)
        ):
            line.keep("body")
        elif stripped.endswith(":") and 2 <= line.words <= LEAD_IN_MAX_WORDS:
            line.keep("body")


def keep_short_ending(lines: list[Line], end: int) -> None:
    """The page's last lines, right after the article, when they are all short sentences (a
    signature, a credit line, a last short paragraph); lines without words ("* * *") aside."""
    if end == 0 or lines[end - 1].kind != "body":
        return
    tail = [line for line in lines[end:] if any(c.isalnum() for c in line.text)]
    if all(
        undoable(line)
        and not (line.pattern or line.meta)
        and line.ends_sentence
        and not line.text.endswith(":")
        and line.words >= SHORT_SENTENCE_MIN_WORDS
        and not line.repeated
        for line in tail
    ):
        for line in tail:
            line.keep("body")


def second_look(lines: list[Line], start: int, end: int) -> None:
    keep_short_sentences(lines, start, end)
    keep_short_ending(lines, end)


__all__ = ["second_look", "rules"]
