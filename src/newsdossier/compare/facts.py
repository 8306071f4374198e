"""The facts table: numbers and dates each outlet gives, agreement and disagreement marked.

Facts come from the analysis (Fact records) when it has them; otherwise from the numbers,
dates and weekdays the alignment features already found in each passage. Facts of one
comparison row that have the same kind are the same fact told by different outlets: equal
values agree, different values disagree. Facts no other outlet aligns with are "single".
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..records import ComparisonRow, Fact, FactCell, FactRow, Passage
from .features import HOLIDAYS, WEEKDAYS

_NUMBER = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?:-(?:million|billion))?(?:\s+\w+){0,2}")
_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b", re.IGNORECASE
)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH_NUMBER = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}


def facts_from_text(passage: Passage) -> list[Fact]:
    """Numbers, month-day dates and weekdays in a passage, when no analysis gives facts."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(passage.text):
        month = _MONTH_NUMBER[match.group(0)[:3].lower()]
        day = int(re.findall(r"\d+", match.group(0))[0])
        facts.append(Fact(passage.article, passage.paragraph, "date", f"--{month:02d}-{day:02d}", match.group(0)))
        taken.append(match.span())
    for match in _NUMBER.finditer(passage.text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        raw = match.group(0)
        value = re.match(r"\$?[\d,]+(?:\.\d+)?", raw).group(0).lstrip("$").replace(",", "")
        if len(value) == 4 and value.startswith(("19", "20")):
            continue  # a year, not a count
        words = raw[len(re.match(r"\S+", raw).group(0)) :].strip()
        facts.append(Fact(passage.article, passage.paragraph, "number", value, raw, subject=words))
    for name, (month, day) in HOLIDAYS.items():
        for match in re.finditer(rf"\b{name}\b", passage.text, re.IGNORECASE):
            facts.append(Fact(passage.article, passage.paragraph, "date", f"--{month:02d}-{day:02d}", match.group(0)))
    for match in _WEEKDAY.finditer(passage.text):
        facts.append(Fact(passage.article, passage.paragraph, "weekday", match.group(0).capitalize(), match.group(0)))
    return facts


def _in_passage(fact: Fact, passage: Passage) -> bool:
    return fact.article == passage.article and fact.paragraph == passage.paragraph and fact.text in passage.text


def fact_rows(
    rows: tuple[ComparisonRow, ...], analysis_facts: tuple[Fact, ...], singles: tuple[Passage, ...]
) -> tuple[FactRow, ...]:
    """One FactRow per (comparison row, fact kind); then single-outlet facts."""
    by_paragraph: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for fact in analysis_facts:
        by_paragraph[(fact.article, fact.paragraph)].append(fact)

    def facts_of(passage: Passage) -> list[Fact]:
        if analysis_facts:
            return [f for f in by_paragraph.get((passage.article, passage.paragraph), ()) if _in_passage(f, passage)]
        return facts_from_text(passage)

    table: list[FactRow] = []
    for row in rows:
        by_kind: dict[str, list[Fact]] = defaultdict(list)
        for passage in row.passages:
            for fact in facts_of(passage):
                by_kind[fact.kind].append(fact)
        for kind, facts in by_kind.items():
            facts = _first_per_article_value(facts)
            if len({f.article for f in facts}) < 2:
                continue
            articles_of: dict[str, set[str]] = defaultdict(set)
            for fact in facts:
                articles_of[fact.value].add(fact.article)
            # A value two outlets give is a fact they agree on.
            for value in sorted(v for v, arts in articles_of.items() if len(arts) >= 2):
                cells = [f for f in facts if f.value == value]
                table.append(FactRow(_fact_label(row.label, cells), kind, tuple(_cell(f) for f in cells), "agree"))
            # Values only one outlet gives, when two or more outlets give such lone values: the
            # same fact told differently.
            lone = [f for f in facts if len(articles_of[f.value]) == 1]
            if len({f.article for f in lone}) >= 2:
                table.append(FactRow(_fact_label(row.label, lone), kind, tuple(_cell(f) for f in lone), "disagree"))
    for passage in singles:
        for fact in facts_of(passage):
            label = fact.subject or _context(fact.text, passage.text)
            table.append(FactRow(label=label, kind=fact.kind, cells=(_cell(fact),), agreement="single"))
    return tuple(table)


def _fact_label(row_label: str, facts: list[Fact]) -> str:
    subject = next((f.subject for f in facts if f.subject), "")
    return f"{row_label} ({subject})" if subject else row_label


# Words of context on each side of a fact that has no subject ("... on Tuesday ...").
CONTEXT_WORDS = 5


def _context(fact_text: str, passage_text: str) -> str:
    """The words around a fact in its passage, so a lone "Thursday" says what happened then."""
    position = passage_text.find(fact_text)
    if position < 0:
        return fact_text
    before = passage_text[:position].split()[-CONTEXT_WORDS:]
    after = passage_text[position + len(fact_text) :].split()[:CONTEXT_WORDS]
    return " ".join([*before, fact_text, *after]).strip(" ,.;:")


def _first_per_article_value(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for fact in facts:
        if (fact.article, fact.value) not in seen:
            seen.add((fact.article, fact.value))
            kept.append(fact)
    return kept


def _cell(fact: Fact) -> FactCell:
    return FactCell(article=fact.article, value=fact.value, text=fact.text, paragraph=fact.paragraph)
