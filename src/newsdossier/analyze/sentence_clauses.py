"""Clauses of a sentence, the actors it names only as places, and whether it goes on with the
sentence before it ("he said"): what alignment needs of a sentence's shape, read here once.

A long news sentence packs a side fact into a clause ("trade has slumped since the border closed
on Monday"): compare scores clauses apart, rows show sentences (compare/align.py).
"""

from __future__ import annotations

import re

from ..lexicon import REPORTING_VERBS
from .terms import AliasIndex

# A clause is scored on its own when it has at least this many words; shorter ones stay with their
# neighbour ("the minister said,"). Without clauses the seeds' recall fell from 0.635 to 0.302
# (`python -m tests.compare.evaluate --pipeline`, an early pass); 6 kept since.
MIN_CLAUSE_WORDS = 6

# Reported speech: the actor named just before a speech verb ("the minister said", "Bordurian
# officials believe", "a Ruritanian security source said") or just after it ("said the king")
# speaks the passage.
SPEECH_VERBS = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b", re.IGNORECASE)


# Where a sentence's clauses meet: dashes, semicolons and colons; a comma before a connective;
# subordinating conjunctions that open a side fact even without a comma; and a relative "that"
# (one followed by a verb: "the group that has claimed the attacks"), which opens a side fact
# about a noun. A content "that" ("concerns that the raids would...") opens the claim itself:
# breaking at every "that" joined two different claims (pipeline P / R 0.981 / 0.825 with the
# continuation rule), at the relative one only 1.000 / 0.825, without it 1.000 / 0.810.
_CLAUSE_BREAK = re.compile(
    r"\s+[\u2014\u2013]\s+|\s+-\s+|;\s+|:\s+"
    r"|,\s+(?=(?:and|but|while|whereas|since|after|before|as|when|who|which|whom|whose|where|saying|"
    r"although|though|because|even|in\s+stark|an\s+incident|with)\b)"
    r"|\s+(?=(?:since|after|when|while|whereas|although|because|before|rather\s+than|as\s+opposed)\s)"
    r"|\s+(?=that\s+(?:has|have|had|is|was|were|are|will|would|could|can)\s)",
    re.IGNORECASE,
)
# A sentence's own subject before "is/was the/a ...": "The deal to share data | was the main gain
# of the tour" (measured with the opening phrase: compare/options.py, attach_events). Only where
# the sentence starts, and not after a speech verb or "that" ("officials said that the attack |
# was the work of ..." would lose its speaker).
_COPULA = re.compile(r"\s+(?=(?:is|was|were|are)\s+(?:the|a|an)\s)")
_NOT_A_SUBJECT = re.compile(r"\bthat\b|[,;:]", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# "Speaking after the talks in the capital, the minister said ...": a sentence opening with a
# participle phrase says when or how before its comma; the claim follows (measured in compare/options.py, attach_events).
# The participle must be followed by what follows one ("Speaking after", "Writing in the", "Talking to
# reporters"): "Beijing has ...", "King Rudolf told ...", "Nothing in the deal ..." are main clauses.
_OPENING_PHRASE = re.compile(
    r"^((?!(?:Nothing|Something|Anything|Everything|King|Spring|Morning|Evening)\b)[A-Z][a-z]{2,}ing\s+"
    r"(?:after|before|at|in|on|to|from|with|for|about|ahead|alongside|during|outside|inside|by|the|a|an|his|her|their|its|"
    r"this|reporters|journalists)\b[^,]{6,120}),\s+"
)


# "X did this and Y did that": a bare "and" joins two clauses when both sides are long enough
# to be clauses (MIN_CLAUSE_WORDS); "the king and the queen" stays one phrase.
_AND = re.compile(r"\s+and\s+")


def split_clauses(text: str) -> list[str]:
    """The clauses of a sentence, short fragments joined to the one before (or after)."""
    pieces = []
    opening = _OPENING_PHRASE.match(text)
    if opening:
        pieces.append(opening.group(1))
        text = text[opening.end() :]
    split = _CLAUSE_BREAK.split(text)
    if split:
        copula = _COPULA.search(split[0])
        subject = split[0][: copula.start()] if copula else ""
        if copula and not _NOT_A_SUBJECT.search(subject) and not SPEECH_VERBS.search(subject):
            split[:1] = [subject, split[0][copula.end() :]]
    for piece in split:
        parts = _AND.split(piece)
        current = parts[0]
        for index, part in enumerate(parts[1:], 1):
            rest = " and ".join(parts[index:])
            if (
                len(_WORD.findall(current)) >= MIN_CLAUSE_WORDS
                and len(_WORD.findall(rest)) >= MIN_CLAUSE_WORDS
            ):
                pieces.append(current)
                current = part
            else:
                current = f"{current} and {part}"
        pieces.append(current)
    clauses: list[str] = []
    for piece in pieces:
        piece = piece.strip(' ,;:"\u201c\u201d')
        if not piece:
            continue
        if clauses and len(_WORD.findall(clauses[-1])) < MIN_CLAUSE_WORDS:
            clauses[-1] = f"{clauses[-1]} {piece}"
        elif clauses and len(_WORD.findall(piece)) < MIN_CLAUSE_WORDS:
            clauses[-1] = f"{clauses[-1]} {piece}"
        else:
            clauses.append(piece)
    return clauses


_PLACE_BEFORE = re.compile(r"\b(?:in|into|over|across|inside|throughout|near)\s+(?:the\s+)?$", re.IGNORECASE)


def places_named(text: str, aliases: AliasIndex) -> frozenset[str]:
    """Actors a sentence names only as places ("bombing campaigns in Syldavia"): the country where
    something happens is not who does it, so it does not make two claims the same."""
    as_place: dict[str, bool] = {}
    for start, end, actor in aliases.find(text):
        # "anxiety over Ruritania's strikes": a possessive names who acts, not where (without
        # this the gold set scores 1.000 / 0.730 instead of 1.000 / 0.746).
        possessive = text[end - 2 : end] in ("'s", "\u2019s")
        place = (
            actor in aliases.states
            and not possessive
            and bool(_PLACE_BEFORE.search(text[max(0, start - 12) : start]))
        )
        as_place[actor] = as_place.get(actor, True) and place
    return frozenset(a for a, only in as_place.items() if only)


# Attribution that points back to the sentence before: "he said", "she added", "the statement
# said". Such a sentence goes on with the claim of the one before it, often in the speaker's own
# words, and the words alone rarely say so.
_BACK_REFERENCE = re.compile(
    r"^[\"\u201c]?(?:he|she|they|it)\s+(?:\w+\s+)?(?:said|says|added|adds|stressed|insisted|warned|told)\b"
    r"|[,\"\u201d]\s*(?:he|she|they|it|the\s+statement)\s+(?:said|added|stressed|insisted|warned)\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """The sentence is attributed back to the one before it ("he said", "the statement said")."""
    return bool(_BACK_REFERENCE.search(text))


# A question the writer asks ("But who was behind it?"): it ends on a question mark that no quotation
# mark closes. A question someone is quoted asking ("'Why us?' she asked.") is that person's words.
_OWN_QUESTION = re.compile(r"\?\s*$")
# An aside in square brackets, the whole sentence: an editor's link to another story ("[Read more: ...]").
_BRACKETED = re.compile(r"^\s*\[[^\[\]]*\]\s*$")


def reports(text: str) -> bool:
    """The sentence reports something two articles can share: not a question the writer asks, nor a
    bracketed aside."""
    return not (_OWN_QUESTION.search(text) or _BRACKETED.match(text))
