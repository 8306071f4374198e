"""Word-level differences between two versions of the same quote (translations differ).

The words and how each is compared come from the analysis (records.Wording, analyze/wording.py):
this module lines them up and never splits a text itself.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Literal

from ..records import Wording

Op = Literal["equal", "insert", "delete"]

# What stands between two parts of a quote shown as one version ("first part … second part"):
# punctuation, so it has no comparison key (analyze/wording.py word_key).
ELLIPSIS = Wording(("\u2026",), ("",))


def joined(parts: Iterable[Wording]) -> Wording:
    """The wordings of several parts as one, an ellipsis between each two."""
    words: list[str] = []
    keys: list[str] = []
    for part in parts:
        if words:
            words += ELLIPSIS.words
            keys += ELLIPSIS.keys
        words += part.words
        keys += part.keys
    return Wording(tuple(words), tuple(keys))


def word_diff(a: Wording, b: Wording) -> list[tuple[Op, str]]:
    """Words that turn `a` into `b`: ("equal", text), ("delete", text from a), ("insert", text from b).

    Joining the "equal" and "delete" texts gives `a`'s words back; "equal" and "insert" give
    `b`'s (one space between words). Replacements come out as a delete followed by an insert.
    """
    tokens_a = [word + " " for word in a.words]
    tokens_b = [word + " " for word in b.words]
    matcher = difflib.SequenceMatcher(a=list(a.keys), b=list(b.keys), autojunk=False)
    result: list[tuple[Op, str]] = []

    def emit(op: Op, words: list[str]) -> None:
        text = "".join(words)
        if not text:
            return
        if result and result[-1][0] == op:
            result[-1] = (op, result[-1][1] + text)
        else:
            result.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit("equal", tokens_b[j1:j2])
        else:
            emit("delete", tokens_a[i1:i2])
            emit("insert", tokens_b[j1:j2])
    if result:  # drop the space after the last word
        op, text = result[-1]
        result[-1] = (op, text[:-1])
    return result
