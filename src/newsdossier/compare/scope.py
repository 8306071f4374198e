"""What one topic's comparison reads: the records of its own articles, cut from the whole analysis once.

compare works topic by topic. Handing each topic the whole Analysis made every topic walk every
quote, quote group, sentence and fact of the dossier (topics x records: the comparison stage
grew with the square of the dossier). A TopicScope holds only the topic's articles' records, so
the stage grows with the dossier, and it is also the whole input of the topic's comparison: a
rebuild can keep a topic's comparison while its scope is unchanged (pipeline.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from ..records import Analysis, Article, CleanArticle, Dossier, Fact, QuoteGroup, Topic
from .siblings import sibling_topics


@dataclass(frozen=True)
class TopicScope:
    """A topic, the topics sharing its articles, its articles and their part of the analysis."""

    topic: Topic
    siblings: tuple[Topic, ...]  # the topics its articles belong to, primary first (itself included)
    article_ids: tuple[str, ...]  # its articles that were cleaned, in dossier order
    articles: tuple[Article, ...]  # their records (the topics each belongs to, primary first)
    analysis: Analysis  # the records of these articles only (quote groups cut to their quotes)


def topic_scopes(dossier: Dossier, cleaned: dict[str, CleanArticle], analysis: Analysis) -> list[TopicScope]:
    """One scope per topic, in dossier order; each record is looked up by article, never scanned."""
    facts: dict[str, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        facts[fact.article].append(fact)
    groups_of: dict[str, list[int]] = defaultdict(list)  # article id -> indexes of its quote groups
    for index, group in enumerate(analysis.quote_groups):
        for article_id in dict.fromkeys(q.article for q in group.quotes):
            groups_of[article_id].append(index)
    members: dict[str, list[Article]] = defaultdict(list)
    for article in dossier.articles:
        if article.id in cleaned:
            for topic_id in dict.fromkeys(article.topics):
                members[topic_id].append(article)
    cut: dict[tuple[str, ...], Analysis] = {}  # topics with the same articles share one cut
    scopes = []
    for topic in dossier.topics:
        articles = tuple(members.get(topic.id, ()))
        ids = tuple(a.id for a in articles)
        if ids not in cut:
            cut[ids] = _cut(analysis, ids, facts, groups_of)
        siblings = tuple(sibling_topics(topic, replace(dossier, articles=articles), ids))
        scopes.append(TopicScope(topic, siblings, ids, articles, cut[ids]))
    return scopes


def _cut(
    analysis: Analysis, ids: tuple[str, ...], facts: dict[str, list[Fact]], groups_of: dict[str, list[int]]
) -> Analysis:
    """The analysis of these articles, in the whole analysis' order."""
    inside = set(ids)
    sentences = tuple(s for a in ids for s in analysis.sentences_of(a))
    found = (analysis.terms_of(s.id) for s in sentences)
    groups: list[QuoteGroup] = []
    for index in sorted({i for a in ids for i in groups_of.get(a, ())}):
        group = analysis.quote_groups[index]
        groups.append(replace(group, quotes=tuple(q for q in group.quotes if q.article in inside)))
    return Analysis(
        mentions=(),
        quotes=tuple(q for a in ids for q in analysis.quotes_of(a)),
        facts=tuple(f for a in ids for f in facts.get(a, ())),
        sentences=sentences,
        quote_groups=tuple(groups),
        terms=tuple(t for t in found if t is not None),
        topic_terms=analysis.topic_terms,
        snippets=tuple(place for place in analysis.snippets if place.article in inside),
    )
