"""Compare how outlets told the same story: aligned rows, facts, contradictions, editor choices.

    compare(dossier, cleaned, analysis) -> {topic id: Comparison}

Per topic, the sentences of its articles are aligned (align.py); clusters that hold
passages of at least two articles become rows, widely reported first. A sentence packing
two claims can sit in two rows (its clauses matched different things); it is then never
listed as reported by one outlet only. When articles
belong to several topics (one report covering a summit and a shootdown), each row goes
to the topic its words are closest to. Editors' pins become rows marked "pinned";
vetoes split rows apart; both are shown as editorial choices.

The recipe is in topic.py; align.py links passages, rows.py and labels.py make rows of them,
editors.py applies pins and vetoes, siblings.py decides between topics sharing articles,
quotes.py takes the analysis' quote groups, facts.py and contradictions.py the figures.
"""

from __future__ import annotations

from .diff import word_diff
from .options import AlignmentOptions
from .topic import compare

__all__ = ["AlignmentOptions", "compare", "word_diff"]
