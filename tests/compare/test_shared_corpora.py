"""The pipeline (load records -> clean -> analyze -> compare) over every shared development corpus:
no crash on the figures real news carries (decimals, percentages, money, ranges, ordinals,
years), and every row it makes joins passages of different articles of its topic."""

from __future__ import annotations

import pytest

from newsdossier.analyze import analyze
from newsdossier.clean import clean_article
from newsdossier.compare import compare

from .corpora import (
    CLEANBENCH,
    PARIS,
    QUOTEBENCH,
    cleanbench_texts,
    corpus_dossier,
    missing_reason,
    paris_texts,
    quotebench_actors,
    quotebench_texts,
)

CORPORA = {
    "dossiers-dev": (PARIS, lambda: corpus_dossier(paris_texts(), size=12)),
    "cleanbench-dev": (CLEANBENCH, lambda: corpus_dossier(cleanbench_texts())),
    "quotebench-dev": (QUOTEBENCH, lambda: corpus_dossier(quotebench_texts(), quotebench_actors())),
}


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_the_pipeline_runs_over_the_shared_corpus(corpus):
    folder, make = CORPORA[corpus]
    reason = missing_reason(folder)
    if reason:
        pytest.skip(reason)
    dossier = make()
    cleaned = {article.id: clean_article(article) for article in dossier.articles}
    analysis = analyze(dossier, cleaned)
    comparisons = compare(dossier, cleaned, analysis)

    assert set(comparisons) == {topic.id for topic in dossier.topics}
    topic_of = {article.id: article.topics[0] for article in dossier.articles}
    rows = [(topic, row) for topic, comparison in comparisons.items() for row in comparison.rows]
    assert rows, f"no comparison row at all in {corpus}"
    for topic, row in rows:
        articles = {passage.article for passage in row.passages}
        assert len(articles) >= 2, f"a row of one article in {topic}: {row.label!r}"
        assert {topic_of[a] for a in articles} == {topic}
