"""Editors' pins and vetoes (compare/editors.py), found through the analysis' snippet places."""

from __future__ import annotations

from newsdossier.analyze.wording import wording
from newsdossier.compare.editors import apply_vetoes, pins_as_rows, same_quote, widen_pins
from newsdossier.compare.rows import build_row
from newsdossier.compare.units import Unit
from newsdossier.records import AlignmentChoice, ComparisonRow, DateInfo, Passage, Topic

PASSAGES = {a: Passage(a, 0, f"What {a} reports.", f"{a}-p0-s0") for a in "abcd"}
UNITS = {p: Unit(p, {"storm": 1.0}, (), "") for p in PASSAGES.values()}
# The analysis' snippet places: the snippet "reports" is in every article's first sentence.
SNIPPETS = {(a, "reports"): (f"{a}-p0-s0",) for a in "abcd"}


def holding(article: str, snippet: str) -> tuple[str, ...]:
    return SNIPPETS.get((article, snippet), ())


def choice(*articles: str, label: str = "", note: str = "", snippet: str = "reports") -> AlignmentChoice:
    return AlignmentChoice(tuple((a, snippet) for a in articles), label=label, note=note)


def quote_row(*articles: str, words: str = "We will rebuild") -> ComparisonRow:
    passages = tuple(PASSAGES[a] for a in articles)
    return ComparisonRow(
        "quote",
        "quote",
        passages,
        quotes=(words,) * len(passages),
        wordings=(wording(words),) * len(passages),
    )


def test_a_pin_becomes_a_row_when_its_snippets_are_found_in_two_articles():
    topic = Topic(
        "t", "T", DateInfo(None), pins=(choice("a", "b", label="Both"), choice("c", "d", snippet="x"))
    )
    rows, taken = pins_as_rows(topic, list(UNITS.values()), UNITS, {}, holding)
    assert [(r.label, r.editorial, [p.article for p in r.passages]) for r in rows] == [
        ("Both", "pinned", ["a", "b"])
    ]
    assert taken == {PASSAGES["a"], PASSAGES["b"]}


def test_a_veto_splits_off_all_but_the_first_vetoed_passage_and_keeps_quoted_words_in_step():
    rows, split_off = apply_vetoes([quote_row("a", "b", "c")], (choice("a", "b"),), UNITS, {}, holding)
    assert [[p.article for p in r.passages] for r in rows] == [["a", "c"]]
    assert len(rows[0].quotes) == len(rows[0].wordings) == 2
    assert split_off == [PASSAGES["b"]]
    # A row left with one article is no row: all its passages are split off.
    claim = build_row([UNITS[PASSAGES["a"]], UNITS[PASSAGES["b"]]], {})
    rows, split_off = apply_vetoes([claim], (choice("a", "b"),), UNITS, {}, holding)
    assert rows == [] and set(split_off) == {PASSAGES["a"], PASSAGES["b"]}


def test_two_quote_rows_are_the_same_quote_when_a_shared_passage_quotes_the_same_words():
    assert same_quote(quote_row("a", "b"), quote_row("b", "c"))
    assert not same_quote(quote_row("a", "b"), quote_row("b", "c", words="Another statement"))
    assert not same_quote(quote_row("a", "b"), quote_row("c", "d"))


def test_a_claim_row_holding_a_whole_pin_and_more_widens_the_pin():
    pin = build_row([UNITS[PASSAGES["a"]], UNITS[PASSAGES["b"]]], {}, label="Pinned", editorial="pinned")
    wider = build_row([UNITS[p] for p in PASSAGES.values()], {})
    apart = build_row([UNITS[PASSAGES["c"]], UNITS[PASSAGES["d"]]], {})
    widened, rows = widen_pins([pin], [wider], UNITS, {})
    assert rows == [] and widened[0].label == "Pinned" and widened[0].editorial == "pinned"
    assert [p.article for p in widened[0].passages] == ["a", "b", "c", "d"]
    assert "2 more were found" in widened[0].note
    assert widen_pins([pin], [apart], UNITS, {}) == ([pin], [apart])
