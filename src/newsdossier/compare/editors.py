"""Editors' choices: pinned rows (what the method missed, or a row it made that an editor vouches
for) and vetoes (passages that must not share a row, or a row that must not be), found by the
snippets the editors wrote or by the row ids `dossier compare TOPIC` prints; shown as editorial
choices, never hidden. A row id that names no row is an error: the choice would do nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..records import (
    AlignmentChoice,
    ComparisonRow,
    Passage,
    Problem,
    Topic,
)
from .quotes import QuoteVersion, passage_wordings
from .rows import build_row, row_id
from .units import Unit

# (article id, an editor's snippet) -> the ids of the sentences holding it: Analysis.holding.
Holding = Callable[[str, str], tuple[str, ...]]


def pins_as_rows(topic: Topic, units, by_passage, actor_names, holding: Holding):
    rows, taken = [], set()
    for choice in topic.pins:
        found = [
            p for article, snippet in choice.passages for p in _find_passage(article, snippet, units, holding)
        ]
        found = list(dict.fromkeys(found))
        if len({p.article for p in found}) < 2:  # a row compares at least two articles
            continue
        rows.append(
            build_row(
                [by_passage[p] for p in found],
                actor_names,
                label=choice.label,
                editorial="pinned",
                note=choice.note,
            )
        )
        taken.update(found)
    return rows, taken


def _find_passage(article_id: str, snippet: str, units: list[Unit], holding: Holding) -> list[Passage]:
    """The passages among `units` of the sentences the analysis found holding a snippet."""
    sentences = set(holding(article_id, snippet))
    return [u.passage for u in units if u.passage.article == article_id and u.passage.sentence in sentences]


def as_quote_row(row: ComparisonRow, quoted: list[list[QuoteVersion]]) -> ComparisonRow:
    """A pinned row whose passages all hold versions of one quote (one speaker) is a quote row."""
    for group in quoted:
        held = passage_wordings(group)
        if all(p in held for p in row.passages):
            return replace(
                row,
                kind="quote",
                quotes=tuple(held[p][0] for p in row.passages),
                wordings=tuple(held[p][1] for p in row.passages),
            )
    return row


def quotes_into_pins(pinned_rows, rows, by_passage, actor_names, quoted):
    """An automatic quote row (one speaker, versions of one quote) that shares a passage with a
    pinned quote row holds more versions of the same quote: they join the pinned row. Claim
    rows are never merged into pins, since joining through a shared passage can chain topics."""
    merged, remaining = [], list(rows)
    for pin in pinned_rows:
        same = [r for r in remaining if pin.kind == "quote" and r.kind == "quote" and same_quote(pin, r)]
        if same:
            pin = as_quote_row(_pin_taking_in(pin, same, by_passage, actor_names), quoted)
            remaining = [r for r in remaining if r not in same]
        merged.append(pin)
    return merged, remaining


def _pin_taking_in(pin: ComparisonRow, rows: list[ComparisonRow], by_passage, actor_names) -> ComparisonRow:
    """The pinned row with the passages of `rows` after its own, under the editors' label and note."""
    passages = list(dict.fromkeys([*pin.passages, *(p for r in rows for p in r.passages)]))
    return build_row(
        [by_passage[p] for p in passages], actor_names, label=pin.label, editorial="pinned", note=pin.note
    )


def widen_pins(pinned_rows, rows, by_passage, actor_names):
    """An automatic claim row holding every passage of a pinned claim row and more reports the
    same thing: its other passages join the pin, under the editors' label, rather than showing
    the claim twice. (Rows sharing only some passages stay apart: a sentence packing two claims
    would chain them.)"""
    pinned_sets = [set(pin.passages) for pin in pinned_rows]

    def holds_only(row: ComparisonRow, pinned: set[Passage]) -> bool:
        """The row holds this pin and more, and no other pin (it would merge two editors' rows)."""
        passages = set(row.passages)
        return pinned < passages and sum(other <= passages for other in pinned_sets) == 1

    widened = []
    for pin, pinned in zip(pinned_rows, pinned_sets, strict=False):
        holding = (
            [r for r in rows if r.kind != "quote" and holds_only(r, pinned)] if pin.kind != "quote" else []
        )
        if holding:
            row = _pin_taking_in(pin, holding, by_passage, actor_names)
            added = len(row.passages) - len(pin.passages)
            found = "1 more was" if added == 1 else f"{added} more were"
            note = f"{pin.note} (The editors pinned {len(pin.passages)} passages; {found} found with them automatically.)"
            pin = replace(row, kind=pin.kind, note=note.strip())
            rows = [r for r in rows if r not in holding]
        widened.append(pin)
    return widened, rows


def same_quote(a: ComparisonRow, b: ComparisonRow) -> bool:
    """Two quote rows holding a passage with the same quoted words: a sentence quoting two
    people ("A said '...', while B said '...'") can sit in the rows of both quotes, which are
    different quotes."""
    words_a = dict(zip(a.passages, a.quotes, strict=False))
    return any(
        words_a.get(p) == words for p, words in zip(b.passages, b.quotes, strict=False) if p in words_a
    )


def apply_vetoes(rows, vetoes: tuple[AlignmentChoice, ...], by_passage, actor_names, holding: Holding):
    """A veto lists passages that must not share a row: keep the first one, split the others off."""
    split_off: list[Passage] = []
    units = list(by_passage.values())
    for veto in vetoes:
        vetoed = [
            p for article, snippet in veto.passages for p in _find_passage(article, snippet, units, holding)
        ]
        kept_rows = []
        for row in rows:
            inside = [p for p in vetoed if p in row.passages]
            if len(inside) < 2:
                kept_rows.append(row)
                continue
            removed = set(inside[1:])
            remaining = [by_passage[p] for p in row.passages if p not in removed]
            split_off.extend(removed)
            if len({u.passage.article for u in remaining}) >= 2 and row.kind == "quote":
                kept = [i for i, p in enumerate(row.passages) if p not in removed]
                kept_rows.append(
                    replace(
                        row,
                        passages=tuple(row.passages[i] for i in kept),
                        quotes=tuple(row.quotes[i] for i in kept),
                        wordings=tuple(row.wordings[i] for i in kept) if row.wordings else (),
                    )
                )
            elif len({u.passage.article for u in remaining}) >= 2:
                kept_rows.append(build_row(remaining, actor_names))
            else:
                split_off.extend(u.passage for u in remaining)
        rows = kept_rows
    return rows, split_off


def apply_row_choices(topic: Topic, pinned_rows: list[ComparisonRow], rows: list[ComparisonRow]):
    """The pins and vetoes that name a row by its id, applied to the rows made with every other
    choice (so the ids are those `dossier compare` printed): a pinned row is kept and marked
    pinned, under the editors' label and note if they give one; a vetoed row is taken apart, its
    passages matched with no other. Returns (pinned rows, other rows, the passages of each vetoed
    row, the vetoes with the passages they split, problems)."""
    pinned_ids = [row_id(row) for row in pinned_rows]
    ids = [row_id(row) for row in rows]  # each row hashed once
    by_id = {**dict(zip(pinned_ids, pinned_rows, strict=True)), **dict(zip(ids, rows, strict=True))}
    problems: list[Problem] = []
    pinned = set(pinned_ids)
    promoted: dict[str, ComparisonRow] = {}
    for pin in (p for p in topic.pins if p.row):
        row = by_id.get(pin.row)
        if row is None:
            problems.append(_no_such_row(topic, pin, "pin"))
        elif pin.row not in pinned:
            label = pin.label or row.label
            promoted[pin.row] = replace(row, editorial="pinned", label=label, note=pin.note)
    vetoed_ids: set[str] = set()
    vetoed: list[AlignmentChoice] = []
    for veto in (v for v in topic.vetoes if v.row):
        row = by_id.get(veto.row)
        if row is None:
            problems.append(_no_such_row(topic, veto, "veto"))
        elif veto.row in pinned:
            message = (
                f"Expected a veto of a row no pin makes but received {veto.row}, the row a pin of "
                f"passages makes; remove the pin or the veto"
            )
            problems.append(Problem(veto.origin_of("row"), message))
        else:
            vetoed_ids.add(veto.row)
            vetoed.append(replace(veto, passages=tuple((p.article, p.text) for p in row.passages)))
    kept = [r for r, i in zip(rows, ids, strict=True) if i not in vetoed_ids and i not in promoted]
    split_off = [r.passages for r, i in zip(rows, ids, strict=True) if i in vetoed_ids]
    return [*pinned_rows, *promoted.values()], kept, split_off, vetoed, problems


def _no_such_row(topic: Topic, choice: AlignmentChoice, what: str) -> Problem:
    message = (
        f"Expected the id of a row of {topic.id}'s comparison (`dossier compare {topic.id}` lists "
        f"them) but received {choice.row}, which no row has: the rows changed since the {what} was "
        "written. Name the row's passages by their words instead, or the row's new id"
    )
    return Problem(choice.origin_of("row"), message)
