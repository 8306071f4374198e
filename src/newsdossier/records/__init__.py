"""Typed records passed between the pipeline stages.

Every stage is a pure function from these records to these records:

    load     dossier/*.yml + seeds/*              -> Dossier
    clean    Article (raw text + overrides)        -> CleanArticle
    analyze  Dossier + {article id: CleanArticle}  -> Analysis
    compare  Dossier + cleaned + Analysis          -> {topic id: Comparison}
    render   all of the above + templates/         -> [GeneratedFile]

Records are frozen dataclasses holding tuples, so a stage cannot change what an
earlier stage produced, and the same input always gives equal records.

This package is their face: one module per stage (load.py, clean.py, analysis.py,
comparison.py, render.py); import records from here (`from newsdossier.records import Quote`).
"""

from .analysis import (
    Analysis,
    CoMention,
    Denial,
    Fact,
    Mention,
    ParagraphAnchors,
    Quote,
    QuoteGroup,
    Sentence,
    SentenceLabel,
    SentenceTerms,
    SnippetPlace,
    TopicTerms,
    Wording,
)
from .clean import (
    AppliedCorrection,
    CleanArticle,
    CleanResult,
    Paragraph,
    RemovalReason,
    RemovedSpan,
    TextMetadata,
)
from .comparison import Comparison, ComparisonRow, Contradiction, FactCell, FactRow, Passage
from .load import (
    Actor,
    AlignmentChoice,
    Article,
    CleaningOverrides,
    Correction,
    DateInfo,
    Dossier,
    DossierInfo,
    Event,
    Origin,
    Outlet,
    Problem,
    SpeakerDecision,
    Topic,
)
from .render import GeneratedFile

__all__ = [
    "Actor",
    "AlignmentChoice",
    "Article",
    "CleaningOverrides",
    "Correction",
    "DateInfo",
    "Denial",
    "Dossier",
    "DossierInfo",
    "Event",
    "Origin",
    "Outlet",
    "Problem",
    "SpeakerDecision",
    "Topic",
    "TopicTerms",
    "AppliedCorrection",
    "CleanArticle",
    "CleanResult",
    "Paragraph",
    "RemovalReason",
    "RemovedSpan",
    "TextMetadata",
    "Analysis",
    "CoMention",
    "Fact",
    "Mention",
    "ParagraphAnchors",
    "Quote",
    "QuoteGroup",
    "Sentence",
    "SentenceLabel",
    "SentenceTerms",
    "SnippetPlace",
    "Wording",
    "Comparison",
    "ComparisonRow",
    "Contradiction",
    "FactCell",
    "FactRow",
    "Passage",
    "GeneratedFile",
]
