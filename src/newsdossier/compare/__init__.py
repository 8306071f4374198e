"""Compare how outlets told the same story: aligned rows, facts, contradictions, editor choices.

    compare(dossier, cleaned, analysis) -> {topic id: Comparison}

The recipe, and how rows are made, is in topic.py; align.py links passages, rows.py and
labels.py make rows of them, editors.py applies pins and vetoes, siblings.py decides between
topics sharing articles, quotes.py takes the analysis' quote groups, facts.py and
contradictions.py the figures; scope.py cuts each topic's part of the analysis.
"""

from __future__ import annotations

from .diff import word_diff
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .scope import TopicScope
from .topic import compare

__all__ = ["DEFAULT_ALIGNMENT", "AlignmentOptions", "TopicScope", "compare", "word_diff"]
