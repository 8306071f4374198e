"""Quote rows: the versions of one statement told by different outlets.

The analysis decides which quotes are one statement (analyze/group.py, records.QuoteGroup: one
rule for actor pages and comparison pages alike). Compare only places each version in the
sentence that holds it and keeps the groups a topic's articles carry: a quote row never mixes
statements, and it never mixes speakers, since the analysis groups by speaker.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..records import Passage, Quote, QuoteGroup, Wording
from .diff import joined

# Quotes shorter than this many words are scare quotes ("natural ally", "proxy war"): two
# outlets quoting the same two words say little, and short texts match by chance.
MIN_QUOTE_WORDS = 4
# Words of the quote shown in a row label before it is cut.
LABEL_WORDS = 10


@dataclass(frozen=True)
class QuoteVersion:
    """A quote of the analysis with the sentence that holds it."""

    quote: Quote
    passage: Passage


def quote_groups(
    groups: tuple[QuoteGroup, ...] | list[QuoteGroup], passages: list[Passage]
) -> list[list[QuoteVersion]]:
    """The analysis' quote groups as the topic's articles carry them: the versions with a known
    speaker and at least MIN_QUOTE_WORDS words, placed in their sentences, when they span two
    articles or more (in the analysis' order)."""
    by_sentence = {passage.sentence: passage for passage in passages}
    found: list[list[QuoteVersion]] = []
    for group in groups:
        if not group.speaker:
            continue
        versions = [
            QuoteVersion(quote, by_sentence[quote.sentences[0]])
            for quote in group.quotes
            if quote.sentences
            and quote.sentences[0] in by_sentence
            and quote.speaker == group.speaker
            and len(quote.wording.words) >= MIN_QUOTE_WORDS
        ]
        if len({v.quote.article for v in versions}) >= 2:
            found.append(versions)
    return found


def passage_wordings(versions: list[QuoteVersion]) -> dict[Passage, tuple[str, Wording]]:
    """The quoted words each passage holding versions of a quote carries, as text and as the
    analysis' wording, in the versions' order: a passage's versions joined by an ellipsis."""
    held: dict[Passage, list[Quote]] = defaultdict(list)
    for version in versions:
        held[version.passage].append(version.quote)
    return {
        passage: (" \u2026 ".join(q.text for q in quotes), joined(q.wording for q in quotes))
        for passage, quotes in held.items()
    }


def quote_label(speaker_name: str, words: tuple[str, ...]) -> str:
    """'Speaker: “first words of the quote…”', from the quote's words."""
    head = " ".join(words[:LABEL_WORDS]).rstrip(",;:.")
    if len(words) > LABEL_WORDS:
        head += "\u2026"
    return f"{speaker_name}: \u201c{head}\u201d" if speaker_name else f"\u201c{head}\u201d"
