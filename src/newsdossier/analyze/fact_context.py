"""Where comparison finds each fact: the sentence holding its phrase, the terms of the words
around it, and a label of those words with the value left out.

Two facts of different values are one fact told differently (a disagreement) only when the words
around them say the same thing (compare/facts.py); the label lets one row name versions that
disagree ("attacks in the capital on May 13 that killed \u2026 people").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Fact, Sentence
from .fact_shown import QUALIFIED_NUMBER
from .terms import AliasIndex, passage_terms

# Words of context on each side of a fact, for its label and to tell two facts of one kind apart.
CONTEXT_WORDS = 6


def placed(facts: list[Fact], sentences: list[Sentence], aliases: AliasIndex) -> list[Fact]:
    """The facts with the first sentence of their paragraph that holds their phrase, its context
    terms (numbers, dates and pairs left out) and label; a fact no sentence holds stays as it was."""
    by_paragraph: dict[tuple[str, int], list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault((sentence.article, sentence.paragraph), []).append(sentence)
    found = []
    for fact in facts:
        holder = next(
            (s for s in by_paragraph.get((fact.article, fact.paragraph), []) if fact.text in s.text), None
        )
        if holder is None:
            found.append(fact)
            continue
        # The words around the fact and its own words ("killed 224"), the number left out.
        window = " ".join([*_window_words(holder.text, fact.text), fact.text])
        context = frozenset(t for t in passage_terms(window, aliases) if t[0] not in "#%~+")
        found.append(replace(fact, sentence=holder.id, context=context, label=_label(fact, holder.text)))
    return found


def _window_words(text: str, fact_text: str) -> list[str]:
    position = text.find(fact_text)
    if position < 0:
        return []
    before = text[:position].split()[-CONTEXT_WORDS:]
    after = text[position + len(fact_text) :].split()[:CONTEXT_WORDS]
    return [w.strip(".,;:\"'\u201c\u201d()").lower() for w in before + after]


def _label(fact: Fact, text: str) -> str:
    """What the number is about: the words around it in its clause, the value itself left out."""
    position = text.find(fact.text)
    number = QUALIFIED_NUMBER.match(fact.text) or re.match(r"\S+(?:\s+\d+\b)?", fact.text)
    masked = "\u2026" + fact.text[number.end() :] if number else "\u2026"
    left: list[str] = []
    for word in reversed(text[:position].split()[-CONTEXT_WORDS:]):
        if word.endswith((",", ";", ":", "\u2014")) or word in ("\u2014", "-", "\u2013"):
            break
        left.insert(0, word)
    right: list[str] = []
    for word in text[position + len(fact.text) :].split()[:CONTEXT_WORDS]:
        if word in ("\u2014", "-", "\u2013"):
            break
        right.append(word)
        if word.endswith((",", ";", ":", ".")):
            break
    return " ".join([*left, masked, *right]).strip(" ,.;:\"'\u201c\u201d")
