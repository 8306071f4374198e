"""A sentence as a comparison row's label can use it, read here so compare never reads text.

compare labels a row by one of its sentences (compare/labels.py): it wants each sentence
shortened at a word boundary without a dateline or connective opening, whether it opens on a
pronoun ("He insisted...", which does not say who) or a quotation (kept as written, its own
quote marks included), and for a row joined by a shared figure, the words from the figure on
as a label ("Killed 40 people in the capital") and how many words they are.
"""

from __future__ import annotations

import re

from ..lexicon import NUMBER_WORDS
from ..records import SentenceLabel

# Label length, in characters, before it is cut at a word boundary.
LABEL_CHARS = 90

# Words of a fact row's label: the figure and what it counts ("killed 40 people in the capital").
FACT_LABEL_WORDS = 8

_DEPENDENT_OPENING = re.compile(
    r"[\"'\u201c\u2018]?(?:he|she|it|they|his|her|its|their|this|that|these|those)\b", re.IGNORECASE
)

# Openings a label can do without: a dateline ("CITY \u2014 ") and a connective ("But ", "However, ").
_LABEL_OPENING = re.compile(r"^(?:[A-Z][A-Z .,'-]+ [\u2014\u2013-]+ )?(?:(?i:but|and|however|yet|so),? )?")


def sentence_label(text: str, terms: tuple[tuple[str, int], ...]) -> SentenceLabel:
    """The label forms of a sentence whose comparison terms are `terms` (their '#' numbers)."""
    quoted = opens_quote(text)
    values = dict.fromkeys(term[1:].split(":")[0] for term, _ in terms if term[:1] == "#")
    figures = tuple(
        (value, phrase[:1].upper() + phrase[1:], len(phrase.split()))
        for value in values
        if (phrase := figure_phrase(text, value))
    )
    return SentenceLabel(
        text=shorten(text, verbatim=quoted),
        opens_quote=quoted,
        names_no_one=bool(_DEPENDENT_OPENING.match(text)),
        figures=figures,
    )


def opens_quote(text: str) -> bool:
    """A sentence that opens a quotation stays as written, its own quote marks included."""
    return text.lstrip()[:1] in '"\u201c'


def shorten(text: str, verbatim: bool = False) -> str:
    """Cut a label at a word boundary; unless `verbatim` (a quote), drop a dateline or connective opening."""
    text = " ".join(text.split())
    if not verbatim:
        text = text.strip(" \"'\u201c\u201d")
        text = _LABEL_OPENING.sub("", text, count=1)
        text = text[:1].upper() + text[1:]
    if len(text) <= LABEL_CHARS:
        return text
    cut = text[:LABEL_CHARS].rsplit(" ", 1)[0].rstrip(",;:\u2014-")
    return cut + "\u2026"


def figure_phrase(text: str, value: str) -> str:
    """The words of the sentence from a figure of this value on, at most FACT_LABEL_WORDS of them
    and never cut inside a word ("killed 40 people in the capital"); "" when it is not written."""
    words = [w for w, n in NUMBER_WORDS.items() if str(n) == value]
    number = "|".join([*(re.escape(form) for form in _written_forms(value)), *words])
    pattern = re.compile(
        rf"(?:\b(?:killed|killing|leaving|left)\s+)?(?:all\s+)?\b(?:{number})\b[^,.;:\u2014]{{0,40}}",
        re.IGNORECASE,
    )
    found = pattern.search(text)
    return " ".join(_whole_words(text, found).split()[:FACT_LABEL_WORDS]) if found else ""


def _whole_words(text: str, match: re.Match[str]) -> str:
    """The matched phrase without a word its length limit cut in two ("after inspector|s")."""
    phrase = match.group(0)
    if match.end() < len(text) and text[match.end()].isalnum() and phrase[-1:].isalnum():
        phrase = phrase.rsplit(" ", 1)[0] if " " in phrase.strip() else phrase
    return phrase.strip()


def _written_forms(value: str) -> list[str]:
    """How a number term's value may be written: "2500" -> "2,500" and "2500"; "0.4" -> "0.4"."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", value):
        return [value]
    whole, point, fraction = value.partition(".")
    return [f"{int(whole):,}{point}{fraction}", value]
