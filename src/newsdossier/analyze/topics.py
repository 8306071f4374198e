"""Which of its article's topics a quote belongs to, decided once here from the reading of the
text, so that the actor pages, the quotes pages and the comparisons do not each decide it.

An article in one topic gives its quotes that topic. An article in several (one report
covering a summit and a shootdown) gives a quote its first-listed (primary) topic, unless the
quote's paragraphs or its speakers name an actor that another of the article's topics names in
its title and the others' titles do not (the country that shot a plane down): the quote then
belongs to that topic, or to each such topic. The same test as the comparison's (a row goes to a
sibling topic only when it names an actor distinctive of that sibling's title), on the actors
the analysis found rather than on words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..records import Dossier, Mention, Quote
from .mentions import AliasMatcher, MentionHistory, resolve_hits


def with_topics(
    dossier: Dossier, quotes: Iterable[Quote], mentions: Iterable[Mention], matcher: AliasMatcher
) -> list[Quote]:
    """The quotes, each with the topics it belongs to (none when its article has no topic)."""
    title_actors = {
        topic.id: {hit.actor for hit in resolve_hits(matcher.find(topic.title), MentionHistory())}
        for topic in dossier.topics
    }
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for mention in mentions:
        named[(mention.article, mention.paragraph)].add(mention.actor)
    article_topics = {a.id: tuple(t for t in a.topics if t in title_actors) for a in dossier.articles}
    return [
        replace(quote, topics=_topics(quote, article_topics.get(quote.article, ()), title_actors, named))
        for quote in quotes
    ]


def _topics(
    quote: Quote,
    topics: tuple[str, ...],
    title_actors: dict[str, set[str]],
    named: dict[tuple[str, int], set[str]],
) -> tuple[str, ...]:
    """The primary topic, or the other topics whose title's own actors the quote names."""
    if len(topics) <= 1:
        return topics
    actors = {actor for actor in (quote.speaker, *quote.speakers) if actor}
    for paragraph in quote.paragraphs or (quote.paragraph,):
        actors |= named.get((quote.article, paragraph), set())
    chosen = []
    for topic in topics[1:]:
        others = set().union(*(title_actors[t] for t in topics if t != topic))
        if (title_actors[topic] - others) & actors:
            chosen.append(topic)
    return tuple(chosen) or topics[:1]
