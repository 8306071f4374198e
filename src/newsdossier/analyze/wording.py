"""A text's words as two versions of it are compared word by word (records.Wording).

Translations of one statement differ in a word here and there; the comparison page shows those
words, compared without case, punctuation or typographic quotes, so that "Strike" and
“strike,” are the same word. compare diffs the words (compare/diff.py) and counts them; it
never splits a text itself.
"""

from __future__ import annotations

import re

from ..records import Wording

# Typographic quotes and dashes compared as their plain forms.
_PLAIN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}
)
# What a word is compared without: everything but letters, digits and apostrophes.
_NOT_COMPARED = re.compile(r"[^\w']")


def word_key(word: str) -> str:
    """A word as compared: lower case, without punctuation or typographic quotes ('' for "…")."""
    return _NOT_COMPARED.sub("", word.translate(_PLAIN).lower())


def wording(text: str) -> Wording:
    """The words of a text, split at white space, and each one's comparison key."""
    words = tuple(text.split())
    return Wording(words, tuple(word_key(word) for word in words))
