"""The analyze stage: the one reading of the text that compare and render consume.

    analysis = analyze(dossier, cleaned)

An Analysis holds the body sentences (stable ids and character spans), actor mentions,
direct quotes with speakers, cues and the sentences that carry them, quote groups across
articles, typed facts, actors named together, and people named often without an actor entry.

Pure and linear in the size of the text: one alias pattern is compiled per dossier
and every paragraph is read a fixed number of times.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import (
    Analysis,
    CleanArticle,
    DateInfo,
    Dossier,
    Fact,
    Mention,
    Problem,
    Quote,
    QuoteGroup,
    Sentence,
)
from .decisions import apply_decisions
from .facts import article_facts
from .group import co_mentions, group_quotes
from .mentions import AliasMatcher, MentionHistory, resolve_hits
from .quotes import FRAGMENT_MAX_WORDS, article_quotations
from .sentences import SentenceFinder, article_sentences, quote_sentences
from .suggest import suggest_actors

__all__ = [
    "FRAGMENT_MAX_WORDS",
    "AliasMatcher",
    "QuoteGroup",
    "analyze",
    "co_mentions",
    "group_quotes",
    "sentences_only",
]


def analyze(dossier: Dossier, cleaned: dict[str, CleanArticle]) -> Analysis:
    """Mentions, quotes and facts of every cleaned article, in dossier order."""
    matcher = AliasMatcher(dossier.actors)
    actors = {actor.id: actor for actor in dossier.actors}
    mentions: list[Mention] = []
    sentences: list[Sentence] = []
    quotes: list[Quote] = []
    facts: list[Fact] = []
    order = [a.id for a in dossier.articles if a.id in cleaned]
    order += sorted(set(cleaned) - set(order))
    hits_by_article: dict = {}
    published = {a.id: a.published for a in dossier.articles}
    decisions = {a.id: a.quote_speakers for a in dossier.articles}
    problems: list[Problem] = []
    for article_id in order:
        clean = cleaned[article_id]
        history = MentionHistory()
        hits_by_paragraph = hits_by_article[article_id] = {}
        for index, paragraph in enumerate(clean.paragraphs):
            hits = resolve_hits(matcher.find(paragraph.text), history)
            hits_by_paragraph[index] = hits
            mentions.extend(Mention(h.actor, article_id, index, h.start, h.end, h.text) for h in hits)
        own_sentences = article_sentences(clean)
        sentences.extend(own_sentences)
        found = article_quotations(article_id, clean, hits_by_paragraph, actors)
        decided, unmatched = apply_decisions([q for q, _ in found], decisions.get(article_id, ()))
        problems.extend(unmatched)
        near = SentenceFinder(own_sentences)
        quotes.extend(
            replace(quote, sentences=quote_sentences(quote, near.around(spans)))
            for quote, (_, spans) in zip(decided, found, strict=True)
        )
        year = _published_year(published.get(article_id), clean)
        facts.extend(article_facts(article_id, clean, year))
    suggestions = suggest_actors(cleaned, quotes, order, hits_by_article)
    return Analysis(
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        facts=tuple(facts),
        suggestions=tuple(suggestions),
        sentences=tuple(sentences),
        quote_groups=tuple(group_quotes(quotes, cleaned)),
        co_mentions=co_mentions(mentions),
        problems=tuple(problems),
    )


def sentences_only(cleaned: dict[str, CleanArticle]) -> Analysis:
    """The reading of the text without a dossier's actors: sentences only (tests, previews)."""
    return Analysis(
        (), (), (), sentences=tuple(s for clean in cleaned.values() for s in article_sentences(clean))
    )


def _published_year(published: DateInfo | None, clean: CleanArticle) -> int | None:
    """The year dates without one belong to: the article's date, else one written in its text."""
    if published is not None and published.value is not None:
        return published.value.year
    if clean.metadata.date:
        found = re.search(r"\b(19|20)\d\d\b", clean.metadata.date)
        if found:
            return int(found.group())
    return None
