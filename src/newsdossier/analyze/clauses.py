"""Clause shapes around a subject, read before the Attributor names it: where a sentence's
subject starts (after an introduction, "But", a short time phrase), a lowercase role before a
name, a name's affiliation, and the alias hits of a paragraph found by position.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import CUE_VERBS, DETERMINERS, INTRO_OPENERS, RELATIVES, VERBISH
from .mentions import AliasHit
from .text import FUNCTION_WORDS, word_count


class Hits:
    """A paragraph's alias hits, sorted, found by position in logarithmic time (a long
    paragraph has thousands: scanning them all for every verb would cost n²)."""

    def __init__(self, hits: list[AliasHit]):
        self.hits = sorted(hits, key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]

    def within(self, start: int, end: int) -> list[AliasHit]:
        """The hits that lie inside [start, end), in text order."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        return [h for h in self.hits[first:last] if h.end <= end]


# A name's affiliation at the end of a subject: "Jane Doe of the Policy Institute in Austin".
AFFILIATION_END = re.compile(
    r"[A-Za-z.](\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|for|and|the|in))*)$"
)

_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not the comma in "70,000"


# A dateline before a story's first sentence: a place in capitals, perhaps its state, a date
# and an agency, then a dash ("DAYTON, Ohio, May 3 (AP) \u2014 Jane Doe said ..."). No word in it
# starts lowercase.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*"
    r"(?:,?\s+(?:[A-Z][\w.]*|\d{1,4}),?){0,5}(?:\s*\([A-Z][\w.]{1,12}\))?"
    r"\s*(?:\u2014|\u2013|--|-(?=\s))\s*(?=[A-Z])"
)


def after_introduction(text: str, max_words: int) -> int:
    """Where a sentence's subject starts: after a dateline, after an introductory phrase and its
    relative clause ("At the club, where it costs $70,000 to join, Jane Doe ..."), and after
    "But" or "And" ("And then Doe ...")."""
    dateline = _DATELINE.match(text)
    if dateline:
        return dateline.end() + after_introduction(text[dateline.end() :], max_words)
    offset = 0
    first = re.match(r"\s*([\w'-]+)", text)
    comma = _CLAUSE_COMMA.search(text)
    if comma and first and (first.group(1).lower() in INTRO_OPENERS or first.group(1).endswith("ing")):
        if word_count(text[: comma.start()]) <= max_words:
            offset = comma.end()
            relative = re.match(r"\s*(?:where|which|who|when)\b", text[offset:])
            following = _CLAUSE_COMMA.search(text, offset)
            if relative and following and word_count(text[offset : following.start()]) <= max_words:
                offset = following.end()
            offset = _more_introduction(text, offset, max_words)
    elif comma and _is_short_introduction(text[: comma.start()], text[comma.end() :]):
        offset = comma.end()  # "Hours later, Doe ...", "Acme's chief executive, Jane Doe, ..."
    return after_lead(text, offset)


# What may follow an introductory phrase's comma and still belong to it: a state after its town
# ("In Portland, Maine, ...", not a description after a name: "In Boston, Doe, the mayor, ..."),
# or another phrase of time or place ("..., on Friday, Doe said").
_STATE_AFTER_TOWN = re.compile(r"\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,(?!\s*(?:a|an|the|who|whose)\s)")
_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|near|of)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,\s*$")
_TIME_OR_PLACE = re.compile(r"\s*(?:on|in|at|during|last|this|after|before)\s[^,]+,")


def _more_introduction(text: str, offset: int, max_words: int) -> int:
    """After an introductory phrase, the end of what goes on with it (`At a rally in Portland,
    Maine, on Thursday, Doe said`), while the whole stays within `max_words`."""
    for _ in range(3):
        more = _TIME_OR_PLACE.match(text, offset)
        if more is None and _TOWN_BEFORE.search(text[max(0, offset - 40) : offset]):
            more = _STATE_AFTER_TOWN.match(text, offset)
        if more is None or word_count(text[: more.end()]) > max_words:
            break
        offset = more.end()
    return offset


_LEAD = re.compile(r"\s*(?:(?:But|And|Yet|So|Both|both|but|and)\s+)?(?:(?:then|now|also|later)\s+)?")


def after_lead(text: str, offset: int) -> int:
    """After "But", "And then", "So now" at `offset`."""
    lead = _LEAD.match(text, offset)
    return lead.end() if lead else offset


# A phrase this short before a comma, with a lowercase word in it, introduces the name after it.
SHORT_INTRO_MAX_WORDS = 5


def _is_short_introduction(phrase: str, rest: str) -> bool:
    """ "Hours later" before ", Doe said": a short phrase with a lowercase word, then a name
    or a pronoun."""
    words = phrase.split()
    return (
        0 < len(words) <= SHORT_INTRO_MAX_WORDS
        and words[0].lower() not in DETERMINERS  # "A joint statement by Acme, ...": a subject
        and not any(w in ("by", "of", "and", "or") for w in words)
        and any(w[:1].islower() for w in words)
        and not any(w.lower() in RELATIVES or w in VERBISH for w in words)
        and bool(re.match(r"\s*(?:[A-Z][a-z]|(?:he|she)\b)", rest))  # "Years ago, she ..."
    )


# A role in lowercase words between an optional determiner or capitalised words and a name:
# "Republican presidential nominee Jane Doe", "the Courier columnist Ann Lee", "historian Ann Lee".
ROLE_BEFORE_NAME = re.compile(
    r"(?:(?:[A-Z][\w.'\u2019-]*|the|a|an)\s+){0,5}((?:[a-z][\w-]*\s+){1,3})(?=[A-Z])"
)


def is_role(words: str) -> bool:
    """Are these lowercase words a role ("presidential nominee"), not a verb or a clause?"""
    return all(
        w not in FUNCTION_WORDS
        and w not in VERBISH
        and w not in CUE_VERBS
        and not w.endswith(("ed", "ing", "ly"))
        and not (w.endswith("s") and not w.endswith("ss"))  # "says", "wants": verbs
        for w in words.split()
    )
