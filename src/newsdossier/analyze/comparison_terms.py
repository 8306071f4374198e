"""The terms comparison reads of every sentence and topic, read here so compare never reads text.

Each sentence becomes its terms (terms.py: actors, numbers, dates, paraphrase classes, stems and
pairs of neighbouring terms), the terms of each of its clauses when it has several (sentence_clauses.py),
the actors it names only as places, whether it goes on with the sentence before it, its
failure and denial cues and what its other clauses affirm (denials.py).
Syndicated copies repeat sentences word for word: each distinct text is read once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..records import Mention, Sentence, SentenceTerms, Topic, TopicTerms
from .denials import affirmed, denials
from .sentence_clauses import places_named, refers_back, split_clauses
from .terms import AliasIndex, passage_terms


def sentence_terms(
    sentences: list[Sentence], mentions: list[Mention], aliases: AliasIndex
) -> tuple[SentenceTerms, ...]:
    """One record per sentence. The actors the analysis found in a sentence (its mentions) are its
    actor terms as well as those the alias index finds."""
    inside: dict[tuple[str, int], list[Mention]] = {}
    for mention in mentions:
        inside.setdefault((mention.article, mention.paragraph), []).append(mention)
    read: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, int], ...]] = {}
    shaped: dict[tuple[str, tuple[str, ...]], SentenceTerms] = {}  # copies of a sentence read once

    def terms_of(text: str, actors: tuple[str, ...] = ()) -> tuple[tuple[str, int], ...]:
        if (text, actors) not in read:
            read[(text, actors)] = _items(passage_terms(text, aliases, actors))
        return read[(text, actors)]

    def record(text: str, actors: tuple[str, ...]) -> SentenceTerms:
        if (text, actors) not in shaped:
            terms = terms_of(text, actors)
            clauses = split_clauses(text)
            shaped[(text, actors)] = SentenceTerms(
                sentence="",
                terms=terms,
                clauses=tuple(terms_of(c) for c in clauses) if len(clauses) > 1 else (),
                places=places_named(text, aliases),
                refers_back=refers_back(text),
                words=len(_WORD.findall(text)),
                denials=denials(text, aliases),
                affirmed=affirmed(text, aliases, frozenset(term for term, _ in terms)),
            )
        return shaped[(text, actors)]

    records = []
    for sentence in sentences:
        found = inside.get((sentence.article, sentence.paragraph), [])
        actors = tuple(dict.fromkeys(m.actor for m in found if sentence.start <= m.start < sentence.end))
        records.append(replace(record(sentence.text, actors), sentence=sentence.id))
    return tuple(records)


def topic_terms(topics: tuple[Topic, ...] | list[Topic], aliases: AliasIndex) -> tuple[TopicTerms, ...]:
    """The terms of each topic's title, summary and questions; the actors its title names."""
    return tuple(
        TopicTerms(
            topic=topic.id,
            terms=_items(
                passage_terms(" ".join([topic.title, topic.summary, *topic.key_questions]), aliases)
            ),
            title_actors=frozenset(t[1:] for t in passage_terms(topic.title, aliases) if t.startswith("@")),
        )
        for topic in topics
    )


_WORD = re.compile(r"\w+")


def _items(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(counts.items())
