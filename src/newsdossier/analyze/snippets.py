"""Where the editors' snippets are: the sentences that hold the words a pin or veto quotes.

Editors name the passages of a pinned row or a veto by a few of their words (topics.yml,
`comparison: pins / vetoes`). Finding those words is reading the text, so it is done here, once,
and compare takes the sentence ids (records.SnippetPlace, Analysis.holding).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..records import Sentence, SnippetPlace, Topic


def snippet_places(
    topics: Iterable[Topic], sentences_of: Mapping[str, Sequence[Sentence]]
) -> tuple[SnippetPlace, ...]:
    """Every (article, snippet) of the topics' pins and vetoes, with the sentences holding it."""
    wanted = dict.fromkeys(
        (article, snippet)
        for topic in topics
        for choice in (*topic.pins, *topic.vetoes)
        for article, snippet in choice.passages
    )
    return tuple(
        SnippetPlace(article, snippet, sentences_holding(sentences_of.get(article, ()), snippet))
        for article, snippet in wanted
    )


def sentences_holding(sentences: Sequence[Sentence], snippet: str) -> tuple[str, ...]:
    """The ids of the sentence that contains a snippet, or of the sentences the snippet spans."""
    norm = " ".join(snippet.split()).lower()
    hits = [s.id for s in sentences if norm in s.text.lower()]
    if hits:
        return tuple(hits[:1])
    # The snippet spans several sentences: take every sentence that holds a part of it.
    return tuple(s.id for s in sentences if len(s.text) > 20 and s.text.lower()[:60] in norm)
