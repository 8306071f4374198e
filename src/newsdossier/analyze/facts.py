"""Facts: numbers, counts, casualty figures, money, dates and weekdays, with their words.

The comparison stage lines these up across articles ("130 killed" in one outlet,
"130 people killed" in another), so values are normalised ("240,000" -> "240000",
"Nov. 13" -> "2015-11-13" when the year is known) and the source words are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from ..lexicon import (
    CURRENCIES,
    FUNCTION_WORDS,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    QUALIFIER_PATTERN,
    SCALE_WORDS,
    WEEKDAYS,
)
from ..records import CleanArticle, Fact
from .fact_shown import with_shown
from .mentions import trie_regex
from .text import SpanSet

# Words that make a number a casualty figure when they stand next to it.
CASUALTY_WORDS = frozenset(
    """killed killing kills dead died die deaths death wounded wounding injured injuring
    injuries casualties victims fatalities lives""".split()
)

# How many words on either side of a number may name what it counts.
SUBJECT_WINDOW_WORDS = 3

# Subjects that do not say what is counted ("two men", "four-year", "three days"): such a count is a
# vague fact (Fact.vague), which the facts table does not list alone. Hand-listed from the seeds'
# counts; general time units and pronoun-like nouns.
VAGUE_SUBJECTS = frozenset(
    "year years day days week weeks month months minute minutes hour hours time times men man "
    "countries country people ones things".split()
)

# Words that are not what a number counts ("in 2011", "of the 130").
_NOT_SUBJECT = frozenset("the a an of in on at to and or by for with than from its their his her".split())

_MONTH_NAMES = trie_regex(m.capitalize() for m in MONTHS)
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_NAMES})\b\.?(?:,?\s+(?P<year2>(?:19|20)\d\d)\b)?"
)
_DIGIT = re.compile(r"\d")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
_MONEY = re.compile(
    r"(?P<cur>US\$|[$\u20ac\u00a3])\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:[\s-]?(?P<scale>million|billion|trillion|bn|m)\b)?"
    r"|\b(?P<num2>\d[\d,]*(?:\.\d+)?)(?:[\s-](?P<scale2>million|billion|trillion))?\s+(?P<cur2>dollars|euros|pounds)\b"
)
_NUMBER = re.compile(
    r"(?P<num>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b|\b(?:"
    + trie_regex([*NUMBER_WORDS, *(w.capitalize() for w in NUMBER_WORDS)])
    + r")\b)(?P<plus>-plus\b|\+)?(?:[\s-](?P<scale>thousand|million|billion)\b)?"
)
# "more than 240,000": read backwards from the number, so the scan stays one pass.
_QUALIFIER = re.compile(rf"\b(?:{QUALIFIER_PATTERN}|all)\s+$", re.I)


def _as_number(text: str) -> float:
    text = text.replace(",", "")
    return NUMBER_WORDS[text.lower()] if text.lower() in NUMBER_WORDS else float(text)


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _words_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    before = re.findall(r"[\w'-]+", re.split(r"[.;:!?]", text[max(0, start - 60) : start])[-1])[
        -SUBJECT_WINDOW_WORDS:
    ]
    after_text = re.split(r"[.;:,!?\u201c\u201d\"()]", text[end : end + 80], maxsplit=1)[0]
    after = re.findall(r"[\w'-]+", after_text)[:SUBJECT_WINDOW_WORDS]
    return before, after


# Nouns that are plural without an -s.
_PLURALS = frozenset("people men women children aircraft personnel troops police staff".split())


def _counted_noun(after: list[str]) -> list[str]:
    """What a number counts: the words after it up to the first plural noun
    ("14 new missions", "three days"), with a short complement ("people on board")."""
    noun: list[str] = []
    for position, word in enumerate(after):
        word = word.lstrip("-")
        if not word or (word[:1].isupper() and not word.isupper()) or word.lower() in FUNCTION_WORDS - {"on"}:
            break
        noun.append(word)
        if word.lower() in _PLURALS or (word.endswith("s") and len(word) > 3) or word.isupper():
            rest = after[position + 1 : position + 3]
            if (
                len(rest) == 2
                and rest[0].lower() in ("on", "aboard")
                and rest[1].islower()
                and rest[1] not in FUNCTION_WORDS
            ):
                noun += rest  # "people on board"
            elif rest and rest[0].lower() in CASUALTY_WORDS:
                noun.append(rest[0])  # "240,000 people dead"
            break
    else:
        if len(noun) > 1 and not any(w.lower() in _PLURALS or w.endswith("s") for w in noun):
            noun = noun[:1]
    while noun and noun[-1].lower() in FUNCTION_WORDS:
        noun.pop()
    return noun


def _date_value(match: re.Match[str], year: int | None, written: str) -> str:
    month = MONTHS[(match.group("month") or match.group("month2")).lower()]
    day = int(match.group("day") or match.group("day2"))
    stated = match.group("year") or match.group("year2")
    use = int(stated) if stated else year
    try:
        # A month and day without a known year: ISO 8601's "--MM-DD", no year invented.
        return (
            dt.date(use or 2000, month, day).isoformat()
            if use
            else dt.date(2000, month, day).strftime("--%m-%d")
        )
    except ValueError:
        return written


# Builds a Fact of the paragraph being read: (kind, value, words, subject, unit, qualifier).
_MakeFact = Callable[..., Fact]
# A fact and where its words start in the paragraph (facts are listed in reading order).
_Found = tuple[int, Fact]


def paragraph_facts(article_id: str, index: int, text: str, year: int | None) -> list[Fact]:
    """The facts of one paragraph, in the order they appear.

    Dates are read first, then sums of money, then other numbers: a number inside a date or a
    sum already read ("Nov. 13", "$2 million") is not read again.
    """
    make = partial(Fact, article_id, index)
    taken = SpanSet()
    has_digit = _DIGIT.search(text) is not None  # cheap checks that skip whole scans
    found: list[_Found] = []
    found += _dates(text, year, taken, make) if has_digit else []
    found += _weekdays(text, make) if "day" in text else []
    found += _sums(text, taken, make) if has_digit else []
    found += _numbers(text, taken, make)
    found += _holidays(article_id, index, text)
    return [with_shown(fact, vague=_vague(fact)) for _, fact in sorted(found, key=lambda item: item[0])]


def _vague(fact: Fact) -> bool:
    """Its subject does not say what it counts: none, or one ending on a VAGUE_SUBJECTS word."""
    words = fact.subject.lower().split()
    return not words or words[-1] in VAGUE_SUBJECTS


def _dates(text: str, year: int | None, taken: SpanSet, make: _MakeFact) -> list[_Found]:
    """Month and day, with the year when written ("Nov. 13", "13 November 2015"); marks them taken."""
    found: list[_Found] = []
    for match in _DATE.finditer(text):
        month = match.group("month")
        if month and month.lower() in ("may", "march") and not match.group("year"):
            continue  # "Talks may 3..." is rare, "may" and "march" as words are not
        taken.add(*match.span())
        written = match.group().strip()
        if written.endswith(".") and not re.search(r"\b[A-Z][a-z]{2,3}\.$", written):
            written = written[:-1]  # the full stop of the sentence, not of an abbreviation
        found.append((match.start(), make("date", _date_value(match, year, written), written)))
    return found


def _weekdays(text: str, make: _MakeFact) -> list[_Found]:
    return [
        (match.start(), make("weekday", match.group(), match.group())) for match in _WEEKDAY.finditer(text)
    ]


def _sums(text: str, taken: SpanSet, make: _MakeFact) -> list[_Found]:
    """Sums of money in a currency ("$2 million", "300 euros"), not inside a date; marks them taken."""
    found: list[_Found] = []
    for match in _MONEY.finditer(text):
        if taken.overlaps(*match.span()):
            continue
        taken.add(*match.span())
        number = _as_number(match.group("num") or match.group("num2"))
        scale = (match.group("scale") or match.group("scale2") or "").lower()
        currency = CURRENCIES[match.group("cur") or match.group("cur2")]
        _, after = _words_around(text, *match.span())
        subject = " ".join(w for w in after if w.lower() not in _NOT_SUBJECT)
        value = f"{currency} {_format(number * SCALE_WORDS.get(scale, 1))}"
        found.append((match.start(), make("money", value, match.group(), subject, unit=currency)))
    return found


def _numbers(text: str, taken: SpanSet, make: _MakeFact) -> list[_Found]:
    """Every other number: a year, a measure, a casualty figure, a count of something, or a bare number."""
    found: list[_Found] = []
    for match in _NUMBER.finditer(text):
        if taken.overlaps(match.start("num"), match.end()):
            continue
        raw = match.group("num")
        if re.search(r"[A-Za-z]-$", text[max(0, match.start() - 2) : match.start()]):
            continue  # "F-16", "Su-24": a model name, not a number
        if re.fullmatch(r"(?:19|20)\d\d", raw) and not match.group("plus"):
            found.append((match.start(), make("date", raw, raw, "year")))
            continue
        if (
            not raw[0].isdigit()
            and not match.group("plus")
            and not re.match(r"[\s-]+[a-z]", text[match.end() : match.end() + 40])
        ):
            continue  # "five targets": a number word counts only when a noun follows it
        found.append(_number_fact(text, match, make))
    return found


def _number_fact(text: str, match: re.Match[str], make: _MakeFact) -> _Found:
    """What a number is (see `_number_kind`), with its qualifier and the words up to what it counts."""
    raw = match.group("num")
    tail = text[match.end() : match.end() + 40]  # a measure follows at once; no copy of the rest
    measure = re.match(
        r"-(?:year|minute|hour|day|week|month)s?(?:-old)?\b|\s?%|\s(?:per ?cent|percent)\b", tail
    )
    value = _as_number(raw) * SCALE_WORDS.get((match.group("scale") or "").lower(), 1)
    before, after = _words_around(text, match.start("num"), match.end())
    noun = _counted_noun(after)
    span_end = match.end() + (measure.end() if measure else 0)
    kind, unit, subject = _number_kind(measure, before + after, noun)
    if kind in ("casualties", "count") and noun:
        span_end = _end_of_noun(text, span_end, noun)
    qualifier = _QUALIFIER.search(text, max(0, match.start() - 12), match.start())
    start = qualifier.start() if qualifier else match.start()
    value_text = _format(value) + ("+" if match.group("plus") else "")
    qualified = qualifier.group().strip() if qualifier else ""
    return start, make(kind, value_text, text[start:span_end].strip(), subject, unit, qualified)


def _number_kind(measure: re.Match[str] | None, around: list[str], noun: list[str]) -> tuple[str, str, str]:
    """(kind, unit, subject): a measure ("90-minute", "4%", "a 4-year-old") rather than a count;
    a casualty figure when a casualty word stands near it; a count when a common noun follows;
    else a number that says nothing of what it counts."""
    kind, unit = _measure(measure.group()) if measure else ("", "")
    if kind:
        return kind, unit, " ".join(noun)
    casualty = [w for w in around if w.lower() in CASUALTY_WORDS]
    if casualty:
        return "casualties", unit, casualty[0]
    if noun and (noun[0][:1].islower() or noun[0].isupper()):
        return "count", unit, " ".join(noun)
    return "number", unit, " ".join(noun)


def _end_of_noun(text: str, span_end: int, noun: list[str]) -> int:
    """The words kept run to the last word of the noun ("all 224 people on board")."""
    words = list(re.finditer(r"[\w'-]+", text[span_end : span_end + 80]))[:SUBJECT_WINDOW_WORDS]
    kept = [w for w in words if w.group() in noun]
    return span_end + kept[-1].end() if kept else span_end


def _measure(words: str) -> tuple[str, str]:
    """(kind, unit) of the measure after a number: "%" or "per cent", "-year", "-minute"..."""
    if re.search(r"%|cent", words):
        return "percent", "%"
    if "old" in words:
        return "number", "years old"  # "a 4-year-old": an age
    return "duration", words.strip("-s ")


def _holidays(article_id: str, index: int, text: str) -> list[tuple[int, Fact]]:
    """Fixed-date holidays name a date: "the Halloween fire" broke out on 31 October."""
    lower = text.lower()
    return [
        (match.start(), Fact(article_id, index, "date", f"--{month:02d}-{day:02d}", match.group()))
        for name, (month, day) in HOLIDAYS.items()
        if name in lower
        for match in re.finditer(rf"\b{name}\b", text, re.IGNORECASE)
    ]


def article_facts(article_id: str, cleaned: CleanArticle, year: int | None) -> list[Fact]:
    """Every fact in an article's body paragraphs; dates take `year` when they lack one."""
    facts: list[Fact] = []
    for index, paragraph in enumerate(cleaned.paragraphs):
        if paragraph.kind == "body":
            facts.extend(paragraph_facts(article_id, index, paragraph.text, year))
    return facts
