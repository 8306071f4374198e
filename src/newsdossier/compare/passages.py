"""The passages compare aligns: the analysis' sentences of a topic's articles.

Rows compare sentences because a news paragraph often packs two claims (a quote
and its paraphrase, a casualty figure and a date); aligning whole paragraphs
would glue unrelated claims together. The sentences come from the analysis
(analyze/sentences.py): compare never splits text itself.
"""

from __future__ import annotations

from ..records import Analysis, Passage, Sentence


def as_passage(sentence: Sentence) -> Passage:
    return Passage(sentence.article, sentence.paragraph, sentence.text, sentence.id)


def topic_passages(analysis: Analysis, article_ids: tuple[str, ...] | list[str]) -> list[Passage]:
    """Every body sentence of the articles, in the order given, as passages."""
    return [as_passage(s) for article_id in article_ids for s in analysis.sentences_of(article_id)]
