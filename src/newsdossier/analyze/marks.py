"""Quotation marks paired into quotations, paragraph by paragraph.

Curly or straight double quotes, two apostrophes (`''` in news archives), single
quotes only when they clearly open and close a phrase, and a quotation running on
into the next paragraph when that one opens with a quote mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import NOBODY, Subject
from .text import SpanSet

# A single-quoted span longer than this is more likely two apostrophes than a quotation.
SINGLE_QUOTE_MAX_CHARS = 300


@dataclass
class Quotation:
    """A quotation while it is being read: its parts are (paragraph, start, end) with marks."""

    parts: list[tuple[int, int, int]]
    texts: list[str]
    before: tuple[Subject, str | None] | None = None  # from a verb before it in its sentence
    starts_sentence: bool = False
    stands_alone: bool = False  # opens its sentence or follows a colon or comma
    sentence_subject: Subject = NOBODY
    speaker: Subject = NOBODY
    cue: str | None = None
    resolved: bool = False


# Two apostrophes stand for a double quote mark in some news archives (`''Yes,'' he said`).
_DOUBLE_MARK = re.compile("''|[\"\u201c\u201d\u201e]")
_SINGLE_MARK = re.compile("['\u2018\u2019]")


def _double_marks(text: str) -> list[tuple[int, str, int]]:
    """Opening and closing double quote marks (position, kind, length), straight ones
    judged by their neighbours."""
    marks = []
    for found in _DOUBLE_MARK.finditer(text):
        pos, char = found.start(), found.group()
        if char == "''":
            char = '"'
        before = text[pos - 1] if pos else " "
        after = text[found.end()] if found.end() < len(text) else " "
        opens_here = before.isspace() or before in "([{\u2014\u2013-/:"
        closes_here = after.isspace() or after in ".,;:!?)]}\u2014\u2013-\u2019'"
        if char in "\u201c\u201e":
            kind = "close" if after.isspace() and not opens_here else "open"
        elif char == "\u201d":
            kind = "open" if opens_here and not after.isspace() and not closes_here else "close"
        elif before.isspace() and after.isspace():
            kind = "either"  # a typo such as `" You guys ...`: take it as the next mark is needed
        elif opens_here and not after.isspace():
            kind = "open"
        elif closes_here or not before.isspace():
            kind = "close"
        else:
            kind = "either"
        marks.append((pos, kind, found.end() - pos))
    return marks


def _single_quotes(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of single-quoted phrases outside double quotes: 'like this' or ‘this’.

    An apostrophe has a letter on both sides ("Ruritania’s", "isn’t"), so an opening
    mark must follow a space and precede a letter, and a closing one must follow a
    non-space and not precede a letter. Marks that are apostrophes at a word's edge
    are left alone: decades ("the ’90s"), plural possessives ("the rebels’ retreat"),
    and phrases of a single letter ("rock ’n’ roll").
    """
    spans = []
    taken_set = SpanSet(taken)

    opening = None
    for found in _SINGLE_MARK.finditer(text):
        pos, char = found.start(), found.group()
        if taken_set.covers(pos):
            continue
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if opening is None:
            opens = after.isalpha() or (char == "\u2018" and after.isdigit())  # "'90s" is a decade
            if (before.isspace() or before in "([\u2014\u2013-") and opens and char != "\u2019":
                opening = pos
        elif not before.isspace() and not after.isalnum():
            if before == "s" and re.match(r" [a-z]", text[pos + 1 : pos + 3]):
                continue  # "the rebels’ retreat": a possessive, the quotation goes on
            letters = sum(c.isalpha() for c in text[opening + 1 : pos])
            if (
                letters > 1
                and pos - opening <= SINGLE_QUOTE_MAX_CHARS
                and not taken_set.overlaps(opening + 1, pos)
            ):
                spans.append((opening, pos + 1))
            opening = None
    return spans


def _opens_with_mark(text: str) -> bool:
    """Does a paragraph open with a double quote mark (a quotation running on into it)?"""
    return text.lstrip().startswith(('"', "\u201c", "''"))


def find_quotations(paragraphs: list[tuple[str, str]]) -> list[Quotation]:  # noqa: C901 - a scanner's state machine over quotation marks: the cases read best side by side
    """Pair the quote marks of an article's paragraphs ((kind, text) pairs) into quotations."""
    quotes: list[Quotation] = []
    carried: Quotation | None = None  # a quotation left open at the end of the previous paragraph
    for index, (kind, text) in enumerate(paragraphs):
        if kind != "body":
            carried = None
            continue
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        open_len = 1
        current = carried
        carried = None
        marks = _double_marks(text)
        if current is not None:
            if marks and marks[0][0] == len(text) - len(text.lstrip()) and marks[0][1] != "close":
                open_at, open_len = marks[0][0], marks[0][2]
                marks = marks[1:]
            else:
                current = None
        for pos, kind_, length in marks:
            if open_at is None:
                if kind_ in ("open", "either"):
                    open_at, open_len = pos, length
                continue
            if kind_ in ("close", "either"):
                body = text[open_at + open_len : pos]
                if current is not None:
                    current.parts.append((index, open_at, pos + length))
                    current.texts.append(body)
                    quotes.append(current)
                    current = None
                else:
                    quotes.append(Quotation([(index, open_at, pos + length)], [body]))
                spans.append((open_at, pos + length))
                open_at = None
            else:  # a second opening: the first one was a stray mark
                current = None
                open_at, open_len = pos, length
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt and nxt[0] == "body" and _opens_with_mark(nxt[1]):
                if current is None:
                    current = Quotation([], [])
                current.parts.append((index, open_at, len(text)))
                current.texts.append(text[open_at + open_len :])
                carried = current
        for start, end in _single_quotes(text, spans):
            quotes.append(Quotation([(index, start, end)], [text[start + 1 : end - 1]]))
    quotes.sort(key=lambda q: q.parts[0][:2])
    return quotes
