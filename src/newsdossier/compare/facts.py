"""The facts table: numbers and dates each outlet gives, agreement and disagreement marked.

Facts come from the analysis (Fact records, fixed-date holidays among the dates: "Halloween"
is 31 October); compare never reads numbers from the text itself. Two facts of different
articles are the same fact when they are of one kind and either give the same value or
are told with the same words around them (their context): the same value agrees, a
different value disagrees. A sentence that gives two
values of one kind names two events ("the May 13 attacks ... as well as the Christmas
fire"): its values never disagree with another outlet's, since either may belong to the
other event.

Rows carried by two or more outlets come first; then, at most MAX_SINGLE_ROWS facts only
one outlet gives, and only casualty and count facts, which say what they count (Fact.vague).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..records import ComparisonRow, Fact, FactCell, FactRow, Passage

# Kinds a single-outlet fact may have to be listed: what a reader checks first.
SINGLE_KINDS = frozenset({"casualties", "count"})
# Single-outlet facts listed per topic at most: the table is about what outlets share;
# on the seeds the casualty and count facts of one outlet number 3 to 6 per topic.
MAX_SINGLE_ROWS = 8
# Two facts of different values are the same fact told differently (a disagreement) when their
# contexts share at least this many terms (Fact.context, analyze/fact_context.py: number and date
# terms left out). Calibrated on the seeds: an attack toll and a plane crash toll told in one
# sentence share 1 context term with each other's versions ("kill"); versions of one fact share 2-4.
MIN_CONTEXT_TERMS = 2


@dataclass(frozen=True)
class _Found:
    fact: Fact
    passage: Passage
    key: str  # the value compared: "130", "11-13", "thursday"
    shown: str  # the value shown: "more than 1,200", "13 November"
    context: frozenset[str]
    label: str


def _key(fact: Fact) -> str:
    """The value compared: a date whose phrase states no year by its day ("11-13")."""
    value = fact.value.strip()
    if fact.kind == "date":
        day = value[-5:]
        if not fact.year_stated and len(day) == 5 and day[2] == "-" and (day[:2] + day[3:]).isdigit():
            return day
        return value
    return value.lower().rstrip("+")


def _shown(fact: Fact) -> str:
    """The value as its phrase gives it (Fact.shown, analyze/fact_shown.py)."""
    return fact.shown or fact.value


def _found(fact: Fact, passage: Passage) -> _Found:
    return _Found(
        fact, passage, _key(fact), _shown(fact), fact.context, fact.label or fact.subject or fact.text
    )


def fact_rows(
    rows: tuple[ComparisonRow, ...],
    analysis_facts: tuple[Fact, ...],
    singles: tuple[Passage, ...],
    passages: list[Passage] | None = None,
) -> tuple[FactRow, ...]:
    """Facts two or more outlets give (agree / disagree) first, then a few single-outlet counts.

    Facts are matched within each comparison row, and across the whole topic (`passages`)
    when their values and contexts match, so that a figure two outlets give in sentences
    the alignment kept apart is still compared.
    """
    found_in = _FactsOf(analysis_facts)
    table: list[FactRow] = []
    used: set[tuple[str, int, str, str]] = set()  # (article, paragraph, kind, key) already in a row
    for row in rows:
        table += _shared_rows([item for p in row.passages for item in found_in(p)], False, used)
    if passages:
        # The same figure in sentences no row joined: same value and a shared context.
        pool = [item for p in passages for item in found_in(p) if item.fact.kind != "weekday"]
        table += _shared_rows(pool, True, used)
    table.sort(key=lambda r: (-len({c.article for c in r.cells}), r.agreement != "agree"))
    return tuple(table + _single_rows(singles, found_in, used))


class _FactsOf:
    """Passage -> the analysis' facts it holds (by Fact.sentence), cached: rows share passages."""

    def __init__(self, facts: tuple[Fact, ...]) -> None:
        self.by_paragraph: dict[tuple[str, int], list[Fact]] = defaultdict(list)
        for fact in facts:
            self.by_paragraph[(fact.article, fact.paragraph)].append(fact)
        self.cache: dict[Passage, list[_Found]] = {}

    def __call__(self, passage: Passage) -> list[_Found]:
        if passage not in self.cache:
            facts = self.by_paragraph.get((passage.article, passage.paragraph), ())
            self.cache[passage] = [_found(f, passage) for f in facts if f.sentence == passage.sentence]
        return self.cache[passage]


def _shared_rows(pool: list[_Found], require_context: bool, used: set) -> list[FactRow]:
    """Rows of facts of one kind that match across articles, none of whose facts is in a row yet."""
    by_kind: dict[str, list[_Found]] = defaultdict(list)
    for item in pool:
        by_kind[item.fact.kind].append(item)
    table = []
    for kind, items in by_kind.items():
        for group, agreement in _match(_first_per_article_value(items), require_context):
            marks = {(g.fact.article, g.fact.paragraph, kind, g.key) for g in group}
            if marks <= used:
                continue
            used.update(marks)
            table.append(FactRow(_row_label(group), kind, tuple(_cell(g) for g in group), agreement))
    return table


def _single_rows(singles: tuple[Passage, ...], found_in: _FactsOf, used: set) -> list[FactRow]:
    """At most MAX_SINGLE_ROWS counts only one outlet gives, of a kind that says what it counts."""
    table: list[FactRow] = []
    for passage in singles:
        for item in found_in(passage):
            if len(table) >= MAX_SINGLE_ROWS:
                break
            mark = (item.fact.article, item.fact.paragraph, item.fact.kind, item.key)
            if item.fact.kind not in SINGLE_KINDS or mark in used or not _clear_subject(item.fact):
                continue
            used.add(mark)
            table.append(
                FactRow(label=item.label, kind=item.fact.kind, cells=(_cell(item),), agreement="single")
            )
    return table


def _clear_subject(fact: Fact) -> bool:
    """A casualty figure, or a count whose subject says what it counts (Fact.vague, analyze/facts.py)."""
    return not fact.vague or fact.kind == "casualties"


def _match(items: list[_Found], require_context: bool):
    """Groups of facts of different articles: one value told by several (agree), or one fact
    told with different values (disagree)."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for item in items:
        articles_of[item.key].add(item.fact.article)
    # Values each sentence gives of this kind: a sentence giving two (two events, "the May 13
    # attacks ... as well as the Christmas fire") cannot say which one another outlet's
    # value is about, so it never makes a disagreement; a wrong flag is worse than a missed one.
    keys_of: dict[Passage, set[str]] = defaultdict(set)
    for item in items:
        keys_of[item.passage].add(item.key)
    groups = []
    for key in sorted(k for k, arts in articles_of.items() if len(arts) >= 2):
        group = [i for i in items if i.key == key]
        if require_context and not _shared_context(group):
            continue
        groups.append((group, "agree"))
    lone = [i for i in items if len(articles_of[i.key]) == 1]
    for i, first in enumerate(lone):
        others = [
            other
            for other in lone[i + 1 :]
            if other.fact.article != first.fact.article
            and len(first.context & other.context) >= MIN_CONTEXT_TERMS
            and len(keys_of[first.passage]) == 1
            and len(keys_of[other.passage]) == 1
        ]
        if others and not require_context:
            groups.append(([first, *others], "disagree"))
    return groups


def _shared_context(group: list[_Found]) -> bool:
    return all(
        len(a.context & b.context) >= MIN_CONTEXT_TERMS
        for index, a in enumerate(group)
        for b in group[index + 1 :]
        if a.fact.article != b.fact.article
    )


def _row_label(group: list[_Found]) -> str:
    """The clearest label of the group: the one that names what is counted, shortest first."""
    return min((g.label for g in group), key=lambda label: (label.startswith("\u2026"), len(label)))


def _first_per_article_value(items: list[_Found]) -> list[_Found]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for item in items:
        if (item.fact.article, item.key) not in seen:
            seen.add((item.fact.article, item.key))
            kept.append(item)
    return kept


def _cell(item: _Found) -> FactCell:
    return FactCell(
        article=item.fact.article, value=item.shown, text=item.fact.text, paragraph=item.fact.paragraph
    )
