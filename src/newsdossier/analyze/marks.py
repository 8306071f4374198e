"""Quotation marks paired into quotations, paragraph by paragraph.

Curly or straight double quotes, two apostrophes (`''` in news archives), single
quotes only when they clearly open and close a phrase, and a quotation running on
into the next paragraph when that one opens with a quote mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import NOBODY, Subject
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .text import SpanSet


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
# Three apostrophes after a word are a nested quotation's closing mark and then two
# (`''… 'Go home,''' he said`): the last two close the quotation.
_DOUBLE_MARK = re.compile("'''|''|[\"\u201c\u201d\u201e]")
_SINGLE_MARK = re.compile("['\u2018\u2019]")


def _double_marks(text: str) -> list[tuple[int, str, int]]:
    """Opening and closing double quote marks (position, kind, length), straight ones
    judged by their neighbours."""
    marks = []
    for found in _DOUBLE_MARK.finditer(text):
        pos, end, char = found.start(), found.end(), found.group()
        if char == "'''":
            # After a word the first apostrophe closes a nested quotation; else the last opens one.
            pos, end = (pos + 1, end) if pos and not text[pos - 1].isspace() else (pos, end - 1)
        if char in ("''", "'''"):
            char = '"'
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
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
        marks.append((pos, kind, end - pos))
    return marks


def _single_quotes(text: str, taken: list[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
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
            if letters > 1 and pos - opening <= max_chars and not taken_set.overlaps(opening + 1, pos):
                spans.append((opening, pos + 1))
            opening = None
    return spans


def _opens_with_mark(text: str) -> bool:
    """Does a paragraph open with a double quote mark (a quotation running on into it)?"""
    return text.lstrip().startswith(('"', "\u201c", "''"))


def find_quotations(
    paragraphs: list[tuple[str, str]], options: AttributionOptions = DEFAULT_ATTRIBUTION
) -> list[Quotation]:
    """Pair the quote marks of an article's paragraphs ((kind, text) pairs) into quotations."""
    quotes: list[Quotation] = []
    carried: Quotation | None = None  # a quotation left open at the end of the previous paragraph
    for index, (kind, text) in enumerate(paragraphs):
        if kind != "body":
            carried = None
            continue
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        runs_on = bool(nxt and nxt[0] == "body" and _opens_with_mark(nxt[1]))
        scanner = _ParagraphScanner(index, text, carried, quotes)
        carried = scanner.scan(runs_on)
        for start, end in _single_quotes(text, scanner.spans, options.single_quote_max_chars):
            quotes.append(Quotation([(index, start, end)], [text[start + 1 : end - 1]]))
    quotes.sort(key=lambda q: q.parts[0][:2])
    return quotes


class _ParagraphScanner:
    """Pairs one paragraph's double quote marks, continuing a quotation carried from the
    paragraph before; closed quotations are appended to `quotes`."""

    def __init__(self, index: int, text: str, carried: Quotation | None, quotes: list[Quotation]):
        self.index, self.text, self.quotes = index, text, quotes
        self.current = carried
        self.spans: list[tuple[int, int]] = []
        self.open_at: int | None = None
        self.open_len = 1

    def scan(self, runs_on: bool) -> Quotation | None:
        """Pair the marks; returns the quotation left open when the next paragraph goes on with it."""
        marks = _double_marks(self.text)
        if self.current is not None:
            indent = len(self.text) - len(self.text.lstrip())
            if marks and marks[0][0] == indent and marks[0][1] != "close":
                self.open_at, self.open_len = marks[0][0], marks[0][2]
                marks = marks[1:]
            else:
                self.current = None
        for pos, kind, length in marks:
            self._mark(pos, kind, length)
        if self.open_at is None or not runs_on:
            return None
        carried = self.current or Quotation([], [])
        carried.parts.append((self.index, self.open_at, len(self.text)))
        carried.texts.append(self.text[self.open_at + self.open_len :])
        return carried

    def _mark(self, pos: int, kind: str, length: int) -> None:
        if self.open_at is None:
            if kind in ("open", "either"):
                self.open_at, self.open_len = pos, length
            return
        if kind not in ("close", "either"):  # a second opening: the first one was a stray mark
            self.current = None
            self.open_at, self.open_len = pos, length
            return
        part, body = (self.index, self.open_at, pos + length), self.text[self.open_at + self.open_len : pos]
        if self.current is not None:
            self.current.parts.append(part)
            self.current.texts.append(body)
            self.quotes.append(self.current)
            self.current = None
        else:
            self.quotes.append(Quotation([part], [body]))
        self.spans.append((self.open_at, pos + length))
        self.open_at = None
