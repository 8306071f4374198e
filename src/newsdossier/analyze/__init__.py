"""The analyze stage: the one reading of the text that compare and render consume.

    analysis = analyze(dossier, cleaned)

An Analysis holds the body sentences (stable ids and character spans), actor mentions,
direct quotes with speakers, cues, the sentences that carry them and the topics they belong to,
quote groups across articles, typed facts, actors named together, and people named often
without an actor entry.
The recipe is in reading.py; each module reads one thing (sentences, mentions, quotes, facts...).
"""

from __future__ import annotations

from ..records import QuoteGroup
from .group import co_mentions, group_quotes
from .mentions import AliasMatcher
from .quotes import FRAGMENT_MAX_WORDS
from .reading import analyze, sentences_only

__all__ = [
    "FRAGMENT_MAX_WORDS",
    "AliasMatcher",
    "QuoteGroup",
    "analyze",
    "co_mentions",
    "group_quotes",
    "sentences_only",
]
