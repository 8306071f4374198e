"""Text helpers shared by the analyzers: accent folding, person-name shapes, word counts.

Every helper keeps character offsets intact (a folded or masked text has the
same length as the original), so a match found in a helper text points at the
same characters in the paragraph a reader sees.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from functools import lru_cache

from ..lexicon import ABBREVIATIONS, FUNCTION_WORDS, MONTHS, TITLE_WORDS, WEEKDAYS
from .sentences import sentence_spans

__all__ = [
    "ABBREVIATIONS",
    "FUNCTION_WORDS",
    "MONTHS",
    "PERSON_NAME",
    "TITLE_WORDS",
    "WEEKDAYS",
    "fold",
    "is_nationality",
    "looks_like_person",
    "sentence_spans",
    "word_count",
]

# Apostrophes and dashes that vary between sources; folded to one form for matching.
_APOSTROPHES = "\u2019\u02bc\u2032`\u00b4"


class _FoldTable(dict):
    """str.translate table that works out each character's folded form once."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _APOSTROPHES:
            folded = "'"
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            # One character for one character, so that offsets stay valid ("ß" stays "ß").
            folded = base if len(base) == 1 else char
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Strip accents and unify apostrophes, one character for one character.

    "José Doña’s" -> "Jose Dona's" with the same length, so that spellings with
    and without accents match the same alias.
    """
    if text.isascii():
        return text
    if len(text) >= LONG_TEXT:
        return _fold_long(text)
    return text.translate(_FOLD_TABLE)


# From this length (characters) a folded text is kept for the next call: one paragraph this long
# is folded by several readers (alias matching, attribution, suggestions); 0.08 s a time at 2 MB.
LONG_TEXT = 100_000


@lru_cache(maxsize=4)
def _fold_long(text: str) -> str:
    return text.translate(_FOLD_TABLE)


def is_nationality(word: str) -> bool:
    """'German', 'French', 'Danish', 'US': adjectives that precede titles and names."""
    if word.isupper() and 1 < len(word) <= 3:
        return True
    return word[:1].isupper() and word.lower().endswith(("an", "ese", "ish", "ch", "i"))


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:[-'\u2019][^\W_]+)*", text))


# Last words that make a capitalised pair a place or a body, not a person.
NON_PERSON_HEADS = frozenset(
    """state states council group front ministry party union nations republic east west
    north south army force forces center centre university coalition agency assembly
    committee court house office department sea peninsula province region kingdom
    arabia emirates gulf airlines airways news press post times street square palace
    church schools school bank fund organisation organization association institute
    foundation academy corps guard navy police service services brigade division
    command airport station cup league summit conference treaty accord agreement war
    crisis airstrikes strikes campaign operation programme program government city
    county island islands river mountains valley border capital studies club hospital museum
    magazine journal review network company corporation media tower hotel caucus convention
    senate congress administration project initiative hall""".split()
)

PERSON_NAME = re.compile(  # opens with [A-Z] (a fast scan), then checks the word boundary
    r"[A-Z](?<!\w[A-Z])[a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:(?:al|el|von|van|de|der|bin|ibn|abu)[\s-])*[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}\b"
)


def looks_like_person(name: str) -> bool:
    """Two or three capitalised words that are not a title, a place or a body."""
    tokens = name.replace("-", " ").split()
    first, last = tokens[0], tokens[-1]
    if any(
        t.lower().rstrip(".") in FUNCTION_WORDS | TITLE_WORDS or t in WEEKDAYS or t.lower() in MONTHS
        for t in tokens
    ):
        return False
    if is_nationality(first) or first.endswith(("ic", "ern")):
        return False
    return last.lower() not in NON_PERSON_HEADS


class SpanSet:
    """Character spans taken so far in a paragraph, asked "does this overlap one?" in
    logarithmic time: a long paragraph has thousands of spans, and scanning them all for
    every new one would cost n²."""

    def __init__(self, spans: list[tuple[int, int]] | tuple = ()) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self.longest = max((end - start for start, end in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a character with a span of the set?"""
        index = bisect_left(self.spans, (start - self.longest, -1))
        spans = self.spans
        while index < len(spans):  # no slice: a copy of the rest would cost n per call
            span_start, span_end = spans[index]
            if span_start >= end:
                return False
            if span_end > start:
                return True
            index += 1
        return False

    def covers(self, position: int) -> bool:
        return self.overlaps(position, position + 1)


def filled(text: str, spans: list[tuple[int, int]], char: str) -> str:
    """The text with every character of the spans replaced by `char` (same length, same offsets):
    a long paragraph is cut into a few slices rather than into a list of its characters."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces += [text[position:start], char * (end - start)]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def is_headline(text: str) -> bool:
    """A paragraph in Title Case ("Senator Slams Board Over Budget"): see _is_headline."""
    if len(text) >= LONG_TEXT:
        return _is_long_headline(text)
    return _is_headline(text)


@lru_cache(maxsize=4)
def _is_long_headline(text: str) -> bool:
    return _is_headline(text)  # a long paragraph is asked about by attribution and suggestions


def _is_headline(text: str) -> bool:
    """A paragraph in Title Case ("Senator Slams Board Over Budget"): most longer words
    capitalised and no full stop at the end. A headline never speaks nor names a speaker."""
    if text.rstrip().endswith((".", '"', "\u201d")):
        return False  # checked first: a long paragraph is not split into words for nothing
    words = [w for w in text.split() if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
