"""The analyze stage: the one reading of the text that compare and render consume.

    analysis = analyze(dossier, cleaned)                        # calibrated settings
    analysis = analyze(dossier, cleaned, AttributionOptions(...))  # other settings

or, article by article (what the pipeline caches): read_article(clean, article, context) for
each, then combine_readings(dossier, cleaned, readings, context) for what spans articles.

An Analysis holds the body sentences (stable ids and character spans), actor mentions,
direct quotes with speakers, cues, the sentences that carry them, the topics they belong to and
their words as comparison counts and diffs them (wording.py), quote groups across articles, typed
facts, actors named together, each paragraph's anchor (anchors.py), and people named often
without an actor entry.
The recipe is in reading.py; each module reads one thing (sentences, mentions, quotes, facts...).
"""

from __future__ import annotations

from ..records import QuoteGroup
from .group import co_mentions, group_quotes
from .mentions import AliasMatcher
from .options import AttributionOptions
from .quotes import FRAGMENT_MAX_WORDS
from .reading import (
    ArticleReading,
    ReadingContext,
    analyze,
    combine_readings,
    prepare_reading,
    read_article,
    reading_suggestions,
    sentences_only,
)

__all__ = [
    "FRAGMENT_MAX_WORDS",
    "AliasMatcher",
    "ArticleReading",
    "AttributionOptions",
    "QuoteGroup",
    "ReadingContext",
    "analyze",
    "co_mentions",
    "combine_readings",
    "group_quotes",
    "read_article",
    "prepare_reading",
    "reading_suggestions",
    "sentences_only",
]
