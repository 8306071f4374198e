"""How a fact's value reads in its own phrase, worked out here so compare never reads the phrase.

The facts table shows each outlet's value as that outlet gives it: with its qualifier ("more than
1,200", not "1200") and, for a date whose phrase states no year, without the year the analysis
took from the article ("13 November", not "2015-11-13"); two dates are then compared by day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import MONTH_NAMES, QUALIFIER_PATTERN
from ..records import Fact

# A number with the words before it that qualify it ("more than 1,200", "nearly 40", "300-plus").
QUALIFIED_NUMBER = re.compile(
    rf"^(?:(?:{QUALIFIER_PATTERN})\s+)?"
    r"\$?\d[\d,]*(?:\.\d+)?(?:-plus|\+)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})$")


def with_shown(fact: Fact, vague: bool = False) -> Fact:
    """The fact with its value as its phrase gives it, and whether the phrase states a year (and
    `vague`, from facts.py: one copy of the record, not two)."""
    return replace(
        fact, shown=shown_value(fact), year_stated=_YEAR.search(fact.text) is not None, vague=vague
    )


def shown_value(fact: Fact) -> str:
    """The value as a reader should see it: qualifiers kept, no year the text does not state."""
    if fact.kind == "date":
        match = _MONTH_DAY.search(fact.value)
        if match and not _YEAR.search(fact.text):
            return f"{int(match.group(2))} {MONTH_NAMES[int(match.group(1)) - 1]}"
        return fact.value
    if fact.kind == "weekday":
        return fact.value
    qualified = QUALIFIED_NUMBER.match(fact.text.strip())
    if qualified and qualified.group(0) != fact.value:
        return qualified.group(0)
    return fact.value
