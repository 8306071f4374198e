"""The reading of the text: every cleaned article read once into one Analysis record.

Pure and linear in the size of the text: one alias pattern is compiled per dossier
and every paragraph is read a fixed number of times.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from ..records import (
    Actor,
    Analysis,
    Article,
    CleanArticle,
    DateInfo,
    Dossier,
    Fact,
    Mention,
    ParagraphAnchors,
    Problem,
    Quote,
    Sentence,
    SentenceTerms,
)
from .anchors import paragraph_anchors
from .comparison_terms import ReadSentences, sentence_terms, topic_terms
from .decisions import apply_decisions
from .fact_context import placed
from .facts import article_facts
from .group import co_mentions, group_quotes
from .mentions import AliasHit, AliasMatcher, MentionHistory, resolve_hits, shared_form_prior
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .quotes import article_quotations
from .reported import reported_speaker
from .sentences import SentenceFinder, article_sentences, quote_sentences
from .snippets import snippet_places, unmatched_snippets
from .suggest import suggest_actors
from .terms import AliasIndex
from .topics import with_topics


@dataclass(frozen=True)
class ReadingContext:
    """What the reading of one article needs besides the article: the dossier's actors (and the
    alias matcher compiled from them), the attribution settings and the dossier-wide prior of
    shared forms. An article's reading depends on nothing else, so the pipeline's cache keys it
    on the article, its cleaned text and this context."""

    actors: tuple[Actor, ...]
    matcher: AliasMatcher = field(repr=False, compare=False)  # compiled once from `actors`
    options: AttributionOptions = DEFAULT_ATTRIBUTION
    # How often the dossier names each actor who shares a form with another by a form that is
    # theirs alone (MentionHistory's prior): part of every article's reading, so part of its key.
    prior: tuple[tuple[str, int], ...] = ()

    @cached_property
    def aliases(self) -> AliasIndex:
        """The term reader's view of the actors (comparison_terms.py), finding names with `matcher`."""
        return AliasIndex.from_actors(self.actors, self.matcher)

    @cached_property
    def read_sentences(self) -> ReadSentences:
        """The sentence texts read for comparison so far, in any article: each is read once."""
        return ReadSentences()

    @cached_property
    def by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}


@dataclass(frozen=True)
class ArticleReading:
    """The reading of one article: its parts of the Analysis, and the actor mentions found in
    each paragraph (the suggestions read them). Readings are combined by `combine_readings`."""

    article_id: str
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...]  # the editors' speaker decisions that match no quote
    terms: tuple[SentenceTerms, ...]  # what comparison reads of each sentence
    anchors: ParagraphAnchors  # the anchor of each paragraph, for links to it
    hits_by_paragraph: dict[int, list[AliasHit]]


def analyze(
    dossier: Dossier, cleaned: dict[str, CleanArticle], options: AttributionOptions | None = None
) -> Analysis:
    """Mentions, quotes and facts of every cleaned article, in dossier order (attribution with
    the given settings, else the calibrated defaults)."""
    context, raw = prepare_reading(dossier, cleaned, options)
    articles = {a.id: a for a in dossier.articles}
    readings = [read_article(cleaned[i], articles.get(i), context, hits) for i, hits in raw.items()]
    return combine_readings(dossier, cleaned, readings, context)


#: An article's raw alias hits from its cleaned text and the function that finds them: the
#: pipeline's cache, keyed on the text and the actors (the hits depend on nothing else).
HitsSource = Callable[[CleanArticle, Callable[[], list[list[AliasHit]]]], list[list[AliasHit]]]


def prepare_reading(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    options: AttributionOptions | None = None,
    hits: HitsSource | None = None,
) -> tuple[ReadingContext, dict[str, list[list[AliasHit]]]]:
    """The context of every article's reading, and each article's raw alias hits (per paragraph,
    shared forms not yet settled) in reading order: the prior of shared forms is counted over
    the hits of every article, so they are found once, here, and handed to read_article.
    `hits`, when given, gives each article's hits (found by the function it is handed, or kept)."""
    matcher = AliasMatcher(dossier.actors)
    raw = {
        i: hits(cleaned[i], partial(_raw_hits, cleaned[i], matcher))
        if hits
        else _raw_hits(cleaned[i], matcher)
        for i in reading_order(dossier, cleaned)
    }
    prior = shared_form_prior([hits for article in raw.values() for hits in article])
    return ReadingContext(dossier.actors, matcher, options or DEFAULT_ATTRIBUTION, prior), raw


def _raw_hits(clean: CleanArticle, matcher: AliasMatcher) -> list[list[AliasHit]]:
    """Every alias found in each paragraph, shared forms not yet settled."""
    return [matcher.find(p.text) for p in clean.paragraphs]


def reading_order(dossier: Dossier, cleaned: dict[str, CleanArticle]) -> list[str]:
    """The dossier's order, then cleaned texts the dossier does not list, by id."""
    order = [a.id for a in dossier.articles if a.id in cleaned]
    return order + sorted(set(cleaned) - set(order))


def read_article(
    clean: CleanArticle,
    article: Article | None,
    context: ReadingContext,
    raw: list[list[AliasHit]] | None = None,
) -> ArticleReading:
    """One article read once: mentions, sentences, quotes (with the editors' decisions), facts.
    `raw` is the article's raw_hits when the caller has them already."""
    with _collector_paused():
        return _read_article(clean, article, context, raw)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while one article is read: its records hold no cycles
    (reference counting frees them), yet as they pile up each collection scans them all again, a
    seventh of the CPU time of a 2 MB paragraph (benchmarks/bench_long_paragraph.py). Resumed
    after the article, unless it was paused already; the pipeline then spares what is kept."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_article(
    clean: CleanArticle,
    article: Article | None,
    context: ReadingContext,
    raw: list[list[AliasHit]] | None,
) -> ArticleReading:
    article_id = clean.article_id
    history = MentionHistory(dict(context.prior))
    hits_by_paragraph: dict[int, list[AliasHit]] = {}
    mentions: list[Mention] = []
    mentions_by_paragraph: dict[int, list[Mention]] = {}
    found_raw = raw if raw is not None else _raw_hits(clean, context.matcher)
    for index, hits in enumerate(found_raw):
        hits_by_paragraph[index] = resolve_hits(hits, history)
        mentions_by_paragraph[index] = _as_mentions(article_id, index, hits_by_paragraph)
        mentions.extend(mentions_by_paragraph[index])
    own_sentences = _sentences(clean, mentions_by_paragraph)
    found = article_quotations(article_id, clean, hits_by_paragraph, context.by_id, context.options)
    decisions = article.quote_speakers if article is not None else ()
    decided, unmatched = apply_decisions([q for q, _ in found], decisions)
    near = SentenceFinder(own_sentences)
    quotes = tuple(
        replace(quote, sentences=quote_sentences(quote, near.around(spans)), spans=spans)
        for quote, (_, spans) in zip(decided, found, strict=True)
    )
    year = _published_year(article.published if article is not None else None, clean)
    return ArticleReading(
        article_id=article_id,
        mentions=tuple(mentions),
        sentences=tuple(own_sentences),
        quotes=quotes,
        facts=tuple(placed(article_facts(article_id, clean, year), own_sentences, context.aliases)),
        problems=tuple(unmatched),
        terms=sentence_terms(own_sentences, mentions, context.aliases, context.read_sentences),
        anchors=paragraph_anchors(clean),
        hits_by_paragraph=hits_by_paragraph,
    )


def combine_readings(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    readings: list[ArticleReading],
    context: ReadingContext,
    pages: bool = True,
    suggestions: tuple[Problem, ...] | None = None,
) -> Analysis:
    """The Analysis of the articles read, in the order given: their parts joined, then what
    spans articles or needs the whole dossier (suggestions unless given, and unless `pages` is
    false, each quote's topics, quote groups and co-mentions) worked out from those parts.
    `dossier check` shows only what `pages` leaves out: it goes without them."""
    mentions = [m for r in readings for m in r.mentions]
    quotes = [q for r in readings for q in r.quotes]
    if suggestions is None:
        suggestions = reading_suggestions(readings, cleaned)
    places = snippet_places(dossier.topics, {r.article_id: r.sentences for r in readings})
    if pages:
        quotes = with_topics(dossier, cleaned, quotes, mentions, context.matcher)
    return Analysis(
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        facts=tuple(f for r in readings for f in r.facts),
        suggestions=tuple(suggestions),
        sentences=tuple(s for r in readings for s in r.sentences),
        quote_groups=tuple(group_quotes(quotes, cleaned)) if pages else (),
        co_mentions=co_mentions(mentions) if pages else (),
        problems=(*(p for r in readings for p in r.problems), *unmatched_snippets(dossier.topics, places)),
        terms=tuple(t for r in readings for t in r.terms),
        topic_terms=topic_terms(dossier.topics, context.aliases),
        snippets=places,
        anchors=tuple(r.anchors for r in readings),
    )


def reading_suggestions(
    readings: list[ArticleReading], cleaned: dict[str, CleanArticle]
) -> tuple[Problem, ...]:
    """People the articles name often who have no actor entry (suggest.py), from the readings."""
    quotes = [q for r in readings for q in r.quotes]
    order = [r.article_id for r in readings]
    hits_by_article = {r.article_id: r.hits_by_paragraph for r in readings}
    return tuple(suggest_actors(cleaned, quotes, order, hits_by_article))


def _sentences(clean: CleanArticle, mentions_by_paragraph: dict[int, list[Mention]]) -> list[Sentence]:
    """The article's sentences, each with the actor it reports the words of. Each sentence is
    given only the mentions inside it (found by bisection), so a long paragraph stays linear."""
    mentions = {index: sorted(found, key=lambda m: m.start) for index, found in mentions_by_paragraph.items()}
    starts = {index: [m.start for m in found] for index, found in mentions.items()}
    out = []
    for s in article_sentences(clean):
        found, first = mentions.get(s.paragraph, []), starts.get(s.paragraph, [])
        inside = tuple(found[bisect_left(first, s.start) : bisect_left(first, s.end)])
        reported_by = reported_speaker(clean.paragraphs[s.paragraph].text, s, inside) if inside else None
        out.append(replace(s, reported_by=reported_by) if reported_by != s.reported_by else s)
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
        anchors=tuple(paragraph_anchors(clean) for clean in cleaned.values()),
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
