"""Row labels: what a row is about, in the words of its most central passage or its shared figure."""

from __future__ import annotations

import re
from collections import defaultdict

from ..lexicon import NUMBER_WORDS
from .units import Unit
from .vectors import cosine

# Label length, in characters, before it is cut at a word boundary.
LABEL_CHARS = 90

# A claim row is labelled by the shortest of its LABEL_CANDIDATES most central sentences: on the
# seeds the most central sentence is often a long lede; among the top 3 a short report is plainer.
LABEL_CANDIDATES = 3

# Words of a fact row's label: the figure and what it counts ("killed 40 people in the capital").
FACT_LABEL_WORDS = 8


def row_label(
    chosen: list[Unit], kind: str, actor_names: dict[str, str], avoid: frozenset[str] = frozenset()
) -> str:
    """What the row is about: its most central passage (or quote, with the speaker), shortened."""
    centroid: dict[str, float] = defaultdict(float)
    for unit in chosen:
        for term, weight in unit.vector.items():
            centroid[term] += weight

    def centrality(unit: Unit) -> float:
        """Similarity to the other members: the dot product with the centroid, less itself."""
        return cosine(unit.vector, centroid) - 1.0

    if kind == "fact":
        label = _fact_label(chosen)
        if label and label not in avoid:
            return label
    # A sentence that opens on a pronoun ("He insisted...") does not say who, and one that opens a
    # quotation reads as that speaker's words: prefer a sentence that names and reports.
    ranked = sorted(
        chosen,
        key=lambda u: (
            not _DEPENDENT_OPENING.match(u.passage.text),
            not opens_quote(u.passage.text),
            centrality(u),
        ),
        reverse=True,
    )

    # The shortest of the most central sentences says it most plainly.
    def plain(unit: Unit) -> tuple[bool, bool]:
        return (not _DEPENDENT_OPENING.match(unit.passage.text), not opens_quote(unit.passage.text))

    best = [u for u in ranked[:LABEL_CANDIDATES] if plain(u) == plain(ranked[0])]
    ranked = sorted(best, key=lambda u: len(u.passage.text)) + [u for u in ranked if u not in best]
    # A sentence packing two claims sits in two rows: the second row takes another label.
    central = next(
        (u for u in ranked if shorten(u.passage.text, verbatim=opens_quote(u.passage.text)) not in avoid),
        ranked[0],
    )
    # A sentence that opens a quotation stays as written, its own quote marks included.
    return shorten(central.passage.text, verbatim=opens_quote(central.passage.text))


_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def _fact_label(chosen: list[Unit]) -> str:
    """'<number> <what it counts>' for a row joined by a shared figure: "killed 40 people in the capital"."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for unit in chosen:
        for term in unit.vector:
            if term[0] == "#":
                articles_of[term[1:].split(":")[0]].add(unit.passage.article)
    shared = [value for value, articles in articles_of.items() if len(articles) >= 2]
    for value in sorted(shared, key=lambda v: -len(articles_of[v])):
        words = [w for w, n in NUMBER_WORDS.items() if str(n) == value]
        number = "|".join([*(re.escape(form) for form in _written_forms(value)), *words])
        pattern = re.compile(
            rf"(?:\b(?:killed|killing|leaving|left)\s+)?(?:all\s+)?\b(?:{number})\b[^,.;:\u2014]{{0,40}}",
            re.IGNORECASE,
        )
        phrases = [
            " ".join(_whole_words(u.passage.text, m).split()[:FACT_LABEL_WORDS])
            for u in chosen
            for m in [pattern.search(u.passage.text)]
            if m
        ]
        if phrases:
            phrase = max(phrases, key=lambda p: (len(p.split()), -len(p)))
            return phrase[:1].upper() + phrase[1:]
    return ""


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


def opens_quote(text: str) -> bool:
    """A sentence that opens a quotation stays as written, its own quote marks included."""
    return text.lstrip()[:1] in '"\u201c'


_DEPENDENT_OPENING = re.compile(
    r"[\"'\u201c\u2018]?(?:he|she|it|they|his|her|its|their|this|that|these|those)\b", re.IGNORECASE
)

# Openings a label can do without: a dateline ("CITY \u2014 ") and a connective ("But ", "However, ").
_LABEL_OPENING = re.compile(r"^(?:[A-Z][A-Z .,'-]+ [\u2014\u2013-]+ )?(?:(?i:but|and|however|yet|so),? )?")


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
