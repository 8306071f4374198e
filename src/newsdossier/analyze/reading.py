"""The reading of the text: every cleaned article read once into one Analysis record.

Pure and linear in the size of the text: one alias pattern is compiled per dossier
and every paragraph is read a fixed number of times.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..records import Analysis, CleanArticle, DateInfo, Dossier, Fact, Mention, Problem, Quote, Sentence
from .comparison_terms import sentence_terms, topic_terms
from .decisions import apply_decisions
from .fact_context import placed
from .facts import article_facts
from .group import co_mentions, group_quotes
from .mentions import AliasMatcher, MentionHistory, resolve_hits
from .quotes import article_quotations
from .reported import reported_speaker
from .sentences import SentenceFinder, article_sentences, quote_sentences
from .suggest import suggest_actors
from .terms import AliasIndex
from .topics import with_topics


def analyze(dossier: Dossier, cleaned: dict[str, CleanArticle]) -> Analysis:
    """Mentions, quotes and facts of every cleaned article, in dossier order."""
    matcher = AliasMatcher(dossier.actors)
    aliases = AliasIndex.from_actors(dossier.actors)  # the term reader's (comparison_terms.py)
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
            mentions.extend(_as_mentions(article_id, index, hits_by_paragraph))
        own_sentences = _sentences(article_id, clean, hits_by_paragraph)
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
        facts.extend(placed(article_facts(article_id, clean, year), own_sentences, aliases))
    suggestions = suggest_actors(cleaned, quotes, order, hits_by_article)
    quotes = with_topics(dossier, cleaned, quotes, mentions, matcher)
    return Analysis(
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        facts=tuple(facts),
        suggestions=tuple(suggestions),
        sentences=tuple(sentences),
        quote_groups=tuple(group_quotes(quotes, cleaned)),
        co_mentions=co_mentions(mentions),
        problems=tuple(problems),
        terms=sentence_terms(sentences, mentions, aliases),
        topic_terms=topic_terms(dossier.topics, aliases),
    )


def _sentences(article_id: str, clean: CleanArticle, hits_by_paragraph: dict) -> list[Sentence]:
    """The article's sentences, each with the actor it reports the words of. Each sentence is
    given only the mentions inside it (found by bisection), so a long paragraph stays linear."""
    mentions = {
        index: sorted(_as_mentions(article_id, index, hits_by_paragraph), key=lambda m: m.start)
        for index in hits_by_paragraph
    }
    starts = {index: [m.start for m in found] for index, found in mentions.items()}
    out = []
    for s in article_sentences(clean):
        found, first = mentions.get(s.paragraph, []), starts.get(s.paragraph, [])
        inside = tuple(found[bisect_left(first, s.start) : bisect_left(first, s.end)])
        reported_by = reported_speaker(clean.paragraphs[s.paragraph].text, s, inside) if inside else None
        out.append(replace(s, reported_by=reported_by))
    return out


def _as_mentions(article_id: str, paragraph: int, hits_by_paragraph: dict) -> list[Mention]:
    return [
        Mention(h.actor, article_id, paragraph, h.start, h.end, h.text) for h in hits_by_paragraph[paragraph]
    ]


def sentences_only(cleaned: dict[str, CleanArticle]) -> Analysis:
    """The reading of the text without a dossier's actors: sentences and their terms (tests, previews)."""
    sentences = [s for clean in cleaned.values() for s in article_sentences(clean)]
    return Analysis(
        (),
        (),
        (),
        sentences=tuple(sentences),
        terms=sentence_terms(sentences, [], AliasIndex.from_actors(())),
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
