"""Comparison rows (compare/rows.py): their kind, quoted words, score and order."""

from __future__ import annotations

from newsdossier.analyze.wording import wording
from newsdossier.compare.quotes import QuoteVersion
from newsdossier.compare.rows import build_row, quote_row, row_order
from newsdossier.compare.units import Unit
from newsdossier.records import ComparisonRow, Passage, Quote, SentenceLabel


def unit(article: str, vector: dict[str, float], label: str = "") -> Unit:
    passage = Passage(article, 0, label, f"{article}-p0-s0")
    return Unit(passage, vector, (), "", label=SentenceLabel(text=label))


def test_a_row_is_a_fact_when_two_articles_share_a_figure_else_a_claim():
    toll = {"#130": 0.8, "kill": 0.6}
    fact = build_row([unit("a", toll, "130 were killed"), unit("b", toll, "130 died")], {})
    assert fact.kind == "fact" and fact.score == 1.0
    claim = build_row([unit("a", {"kill": 1.0}, "many died"), unit("b", {"#130": 1.0}, "130 died")], {})
    assert claim.kind == "claim" and claim.score == 0.0
    # Passages of one article are not scored against each other.
    assert build_row([unit("a", toll), unit("a", toll)], {}, label="given").score == 0.0


def test_a_quote_row_carries_each_passage_s_quoted_words_and_the_speaker_s_name():
    text_a, text_b = "We will rebuild every house", "We will rebuild all the houses"
    versions = []
    for article, text in (("a", text_a), ("b", text_b)):
        passage = Passage(article, 0, f"\u201c{text},\u201d she said.", f"{article}-p0-s0")
        quote = Quote(f"{article}-q1", article, 0, text, "ana-lopez", wording=wording(text))
        versions.append(QuoteVersion(quote, passage))
    units_of = {v.passage: unit(v.passage.article, {"rebuild": 1.0}) for v in versions}
    row = quote_row(versions, {"ana-lopez": "Ana Lopez"}, units_of)
    assert row.kind == "quote" and row.label == f"Ana Lopez: \u201c{text_a}\u201d"
    assert row.passages == tuple(v.passage for v in versions)
    assert row.quotes == (text_a, text_b)
    assert row.wordings == (wording(text_a), wording(text_b))
    assert row.score == 1.0


def test_rows_carried_by_more_articles_come_first_then_by_score_then_label():
    def row(label: str, articles: str, score: float) -> ComparisonRow:
        return ComparisonRow(label, "claim", tuple(Passage(a, 0, "") for a in articles), score=score)

    rows = [row("b", "xy", 0.9), row("a", "xy", 0.9), row("c", "xyz", 0.1), row("d", "xyy", 0.95)]
    assert [r.label for r in sorted(rows, key=row_order)] == ["c", "d", "a", "b"]
