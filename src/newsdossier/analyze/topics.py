"""Which of its article's topics a quote belongs to, decided once here from the reading of the
text, so that the actor pages, the quotes pages and the comparisons do not each decide it.

An article in one topic gives its quotes that topic. An article in several (one report
covering a summit and a shootdown) gives a quote its first-listed (primary) topic, unless the
quote's paragraphs name what another of the article's topics names in its title and the other
titles do not: an actor (the country that shot a plane down), as the analysis found it in the
paragraph or as the quote's speaker, or a word of the title ("jet"). The quote then belongs to
that topic, or to each such topic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..lexicon import STOP_WORDS
from ..records import CleanArticle, Dossier, Mention, Quote
from .mentions import AliasMatcher, MentionHistory, resolve_hits

# Words of three letters or more: a title's "UN" or "EU" is an actor, found by the alias matcher.
_WORD = re.compile(r"[^\W\d_]{3,}")


def with_topics(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    quotes: Iterable[Quote],
    mentions: Iterable[Mention],
    matcher: AliasMatcher,
) -> list[Quote]:
    """The quotes, each with the topics it belongs to (none when its article has no topic)."""
    title_terms = {
        topic.id: {f"@{hit.actor}" for hit in resolve_hits(matcher.find(topic.title), MentionHistory())}
        | _words(topic.title)
        for topic in dossier.topics
    }
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for mention in mentions:
        named[(mention.article, mention.paragraph)].add(f"@{mention.actor}")
    article_topics = {a.id: tuple(t for t in a.topics if t in title_terms) for a in dossier.articles}
    own_terms = {
        topics: _own_terms(topics, title_terms) for topics in set(article_topics.values()) if len(topics) > 1
    }
    out = []
    for quote in quotes:
        topics = article_topics.get(quote.article, ())
        if len(topics) > 1:
            terms = {f"@{actor}" for actor in (quote.speaker, *quote.speakers) if actor}
            for index in quote.paragraphs or (quote.paragraph,):
                terms |= named.get((quote.article, index), set())
                terms |= _words(cleaned[quote.article].paragraphs[index].text)
            topics = tuple(t for t in topics[1:] if own_terms[topics][t] & terms) or topics[:1]
        out.append(replace(quote, topics=topics))
    return out


def _words(text: str) -> set[str]:
    return {word for word in map(str.casefold, _WORD.findall(text)) if word not in STOP_WORDS}


def _own_terms(topics: tuple[str, ...], title_terms: dict[str, set[str]]) -> dict[str, set[str]]:
    """For each of an article's topics, what its title names and the other titles do not."""
    return {
        topic: title_terms[topic] - set().union(*(title_terms[t] for t in topics if t != topic))
        for topic in topics
    }
