"""The editors' decisions on who said a quote (`quote_speakers` in an article's YAML).

A decision names its quote by a snippet of the quote's words. It sets the speaker to an
actor, or withholds the speaker the analysis found; readers see it as the editors' decision.
A snippet that matches no quote of its article is an error naming the YAML file, line and key:
a decision that silently does nothing would leave a wrong speaker on the site.
"""

from __future__ import annotations

import dataclasses
import re

from ..records import Problem, Quote, SpeakerDecision
from .text import fold

_WORDS = re.compile(r"\w+")


def _words(text: str) -> str:
    """The words of a text, lowercased and accent-folded, one space apart: a snippet copied
    from a page matches whatever quotation marks, dashes or spacing the article used."""
    return " ".join(_WORDS.findall(fold(text).lower()))


def apply_decisions(
    quotes: list[Quote], decisions: tuple[SpeakerDecision, ...]
) -> tuple[list[Quote], list[Problem]]:
    """The article's quotes with the editors' decisions applied, and the decisions that match none."""
    problems: list[Problem] = []
    words = [f" {_words(q.text)} " for q in quotes]
    for decision in decisions:
        snippet = f" {_words(decision.quote)} "
        matched = [index for index, text in enumerate(words) if snippet.strip() and snippet in text]
        if not matched:
            assert decision.origin is not None
            problems.append(
                Problem(
                    decision.origin,
                    f"Expected words of a quote in this article but received {decision.quote!r}, "
                    "which matches no quote found in it",
                )
            )
            continue
        for index in matched:
            quotes[index] = _decided(quotes[index], decision)
    return quotes, problems


def _decided(quote: Quote, decision: SpeakerDecision) -> Quote:
    if decision.speaker is None:
        return dataclasses.replace(
            quote,
            speaker=None,
            speakers=(),
            speaker_text=None,
            decision="withheld",
            decision_note=decision.note,
        )
    return dataclasses.replace(
        quote,
        speaker=decision.speaker,
        speakers=(decision.speaker,),
        speaker_text=None,
        decision="set",
        decision_note=decision.note,
    )
