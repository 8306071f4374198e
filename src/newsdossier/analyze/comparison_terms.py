"""The terms comparison reads of every sentence and topic, read here so compare never reads text.

Each sentence becomes its terms (terms.py: actors, numbers, dates, paraphrase classes, stems and
pairs of neighbouring terms), the terms of each of its clauses when it has several (sentence_clauses.py),
the actors it names only as places, whether it goes on with the sentence before it, its
failure and denial cues and what its other clauses affirm (denials.py).
Syndicated copies repeat sentences word for word: each distinct text is read once in the whole
analysis (ReadSentences, kept by the reading context across articles).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from ..records import Mention, Sentence, SentenceTerms, Topic, TopicTerms
from .denials import affirmed, denials
from .sentence_clauses import places_named, refers_back, reports, split_clauses
from .sentence_labels import sentence_label
from .terms import AliasIndex, passage_terms


@dataclass
class ReadSentences:
    """What was read of each distinct text, by the text and the actors its article settled in it
    (its mentions). A reading depends on nothing else but the actors' aliases, which one reading
    context holds fixed: the context keeps one for all its articles, so a sentence syndicated word
    for word is read once in the analysis, and an article read alone (the pipeline's cache) gets
    the same records."""

    terms: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, int], ...]] = field(default_factory=dict)
    names: dict[tuple[str, tuple[str, ...]], frozenset[str]] = field(default_factory=dict)
    records: dict[tuple[str, tuple[str, ...]], SentenceTerms] = field(default_factory=dict)


def sentence_terms(
    sentences: list[Sentence],
    mentions: list[Mention],
    aliases: AliasIndex,
    memo: ReadSentences | None = None,
) -> tuple[SentenceTerms, ...]:
    """One record per sentence. The actors the analysis found in a sentence (its mentions) are its
    actor terms as well as those the alias index finds. `memo` holds the texts read already."""
    inside: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for order, mention in enumerate(mentions):
        inside.setdefault((mention.article, mention.paragraph), []).append(
            (mention.start, order, mention.actor)
        )
    starts: dict[tuple[str, int], list[int]] = {}
    for key, found in inside.items():
        found.sort()
        starts[key] = [start for start, _, _ in found]
    memo = memo if memo is not None else ReadSentences()
    read, shaped, named = memo.terms, memo.records, memo.names

    def terms_of(text: str, actors: tuple[str, ...] = ()) -> tuple[tuple[str, int], ...]:
        if (text, actors) not in read:
            names: set[str] = set()
            read[(text, actors)] = _items(passage_terms(text, aliases, actors, names=names))
            named[(text, actors)] = frozenset(names)
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
                reports=reports(text),
                words=len(_WORD.findall(text)),
                denials=denials(text, aliases),
                affirmed=affirmed(text, aliases, frozenset(term for term, _ in terms)),
                label=sentence_label(text, terms),
                names=named[(text, actors)],
            )
        return shaped[(text, actors)]

    records = []
    for sentence in sentences:
        actors = _actors_inside(inside, starts, sentence)
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


def _actors_inside(
    inside: dict[tuple[str, int], list[tuple[int, int, str]]],
    starts: dict[tuple[str, int], list[int]],
    sentence: Sentence,
) -> tuple[str, ...]:
    """The actors of the mentions starting inside the sentence, in the order of the mentions list
    (found by bisection in the paragraph's mentions sorted by start, so a long paragraph is not
    scanned once per sentence)."""
    key = (sentence.article, sentence.paragraph)
    found = inside.get(key)
    if not found:
        return ()
    at = starts[key]
    hits = found[bisect_left(at, sentence.start) : bisect_left(at, sentence.end)]
    return tuple(dict.fromkeys(actor for _, _, actor in sorted(hits, key=lambda hit: hit[1])))


def _items(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(counts.items())
