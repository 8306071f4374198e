"""Where the editors' snippets are: the sentences that hold the words a pin or veto quotes.

Editors name the passages of a pinned row or a veto by a few of their words (topics.yml,
`comparison: pins / vetoes`). Finding those words is reading the text, so it is done here, once,
and compare takes the sentence ids (records.SnippetPlace, Analysis.holding).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..records import Origin, Problem, Sentence, SnippetPlace, Topic
from ..yamlsource import shown


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


def unmatched_snippets(topics: Iterable[Topic], places: Iterable[SnippetPlace]) -> list[Problem]:
    """An error for each snippet of a pin or veto that no sentence of its article holds: the
    choice would silently do nothing (a typo, or words the cleaning removed with a caption)."""
    found = {(place.article, place.snippet) for place in places if place.sentences}
    problems = []
    for topic in topics:
        for what, choices in (("pin", topic.pins), ("veto", topic.vetoes)):
            for choice in choices:
                origins = choice.passage_origins or (choice.origin or Origin(""),) * len(choice.passages)
                for (article, snippet), origin in zip(choice.passages, origins, strict=False):
                    if (article, snippet) not in found:
                        message = (
                            f"Expected the {what}'s passage to be words of one sentence of {shown(article)} "
                            f"as cleaned but received words no sentence holds: {shown(snippet)} "
                            f"(copy them from the article's page, or name a row: `dossier compare {topic.id}`)"
                        )
                        problems.append(Problem(origin, message))
    return problems
