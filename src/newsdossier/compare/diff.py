"""Word-level differences between two versions of the same quote (translations differ)."""

from __future__ import annotations

import difflib
import re
from typing import Literal

Op = Literal["equal", "insert", "delete"]

_WORDS = re.compile(r"\S+\s*")
_NORMALISE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}
)


def _key(token: str) -> str:
    """Compare words without case, punctuation or typographic quotes."""
    return re.sub(r"[^\w']", "", token.translate(_NORMALISE).lower())


def word_diff(a: str, b: str) -> list[tuple[Op, str]]:
    """Tokens that turn `a` into `b`: ("equal", text), ("delete", text from a), ("insert", text from b).

    Joining the "equal" and "delete" texts gives `a` back; "equal" and "insert" give `b`
    (whitespace normalised). Replacements come out as a delete followed by an insert.
    """
    tokens_a = _WORDS.findall(" ".join(a.split()) + " ")
    tokens_b = _WORDS.findall(" ".join(b.split()) + " ")
    matcher = difflib.SequenceMatcher(
        a=[_key(t) for t in tokens_a], b=[_key(t) for t in tokens_b], autojunk=False
    )
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
    if result:  # drop the trailing space added for tokenising
        op, text = result[-1]
        result[-1] = (op, text.rstrip())
        if not result[-1][1]:
            result.pop()
    return result
