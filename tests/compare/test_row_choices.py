"""Row ids and the editors' choices that name a row: a pin keeps the row and marks it pinned, a
veto takes it apart, an id no row has is an error naming file, line and key."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from newsdossier.analyze import analyze
from newsdossier.compare import compare
from newsdossier.compare.rows import row_id
from newsdossier.load.sections import ROW_ID
from newsdossier.records import AlignmentChoice, ComparisonRow, Origin, Paragraph, Passage

from .evaluate import pipeline_inputs

TOPIC = "moscow-pact"


@pytest.fixture(scope="module")
def inputs():
    return pipeline_inputs()  # the example's dossier, cleaner and analysis, the editors' choices left out


def _with_choices(dossier, pins=(), vetoes=()):
    topics = tuple(
        replace(t, pins=tuple(pins), vetoes=tuple(vetoes)) if t.id == TOPIC else t for t in dossier.topics
    )
    return replace(dossier, topics=topics)


def _origin(n: int) -> Origin:
    return Origin("dossier/topics.yml", 40 + n, f"topics[1].comparison.pins[{n}]")


def test_a_row_id_is_made_of_its_passages_whatever_their_order_kind_or_label():
    a, b = Passage("x", 0, "One thing happened."), Passage("y", 2, "One thing did happen.")
    row = ComparisonRow("One thing", "claim", (a, b))
    assert ROW_ID.fullmatch(row_id(row))
    assert row_id(row) == row_id(ComparisonRow("Another label", "fact", (b, a), editorial="pinned"))
    assert row_id(row) != row_id(ComparisonRow("One thing", "claim", (a, replace(b, text="Something else."))))
    assert row_id(row) != row_id(ComparisonRow("One thing", "claim", (a, replace(b, article="z"))))


def test_row_ids_survive_an_edit_above_the_rows_passages(inputs):
    """A paragraph added at the top of an article shifts its sentences' ids (paragraph and index):
    the rows, made of the same words, keep theirs."""
    dossier, cleaned, _ = inputs
    before = {row_id(r) for r in compare(dossier, cleaned, analyze(dossier, cleaned))[TOPIC].rows}
    article = "putin-hollande-agree-to-coordinate"
    clean = cleaned[article]
    added = Paragraph("body", "Readers may write to the letters desk at any hour.")
    edited = {**cleaned, article: replace(clean, paragraphs=(added, *clean.paragraphs))}
    after_rows = compare(dossier, edited, analyze(dossier, edited))[TOPIC].rows
    assert {row_id(r) for r in after_rows} == before
    assert any(p.article == article and p.paragraph > 0 for r in after_rows for p in r.passages)


def test_a_pin_naming_a_row_keeps_it_pinned_and_a_veto_takes_its_row_apart(inputs):
    dossier, cleaned, analysis = inputs
    rows = compare(dossier, cleaned, analysis)[TOPIC].rows
    kept, vetoed = rows[0], rows[1]
    pin = AlignmentChoice((), label="The editors' label", note="checked", origin=_origin(0), row=row_id(kept))
    veto = AlignmentChoice((), note="not one claim", origin=_origin(1), row=row_id(vetoed))
    chosen = _with_choices(dossier, [pin], [veto])
    comparison = compare(chosen, cleaned, analyze(chosen, cleaned))[TOPIC]
    assert not comparison.problems
    ids = [row_id(r) for r in comparison.rows]
    pinned = comparison.rows[ids.index(row_id(kept))]
    assert (pinned.editorial, pinned.label, pinned.note) == ("pinned", "The editors' label", "checked")
    assert row_id(vetoed) not in ids
    assert set(ids) == {row_id(r) for r in rows} - {row_id(vetoed)}  # nothing else changed
    assert [v.row for v in comparison.vetoed] == [row_id(vetoed)]
    assert comparison.vetoed[0].passages == tuple((p.article, p.text) for p in vetoed.passages)
    in_rows = {p for r in comparison.rows for p in r.passages}
    assert not set(comparison.only) & in_rows


def test_a_passage_of_two_vetoed_rows_is_listed_once_as_not_matched(inputs):
    """A sentence packing two claims sits in two rows; vetoing both splits it off twice, and a
    disputed row's passages may be unmatched already: "not matched" lists each passage once."""
    dossier, cleaned, analysis = inputs
    rows = compare(dossier, cleaned, analysis)[TOPIC].rows
    held = Counter(p for row in rows for p in row.passages)
    assert any(n > 1 for n in held.values())  # the example has such sentences: the case is real
    vetoes = [
        AlignmentChoice((), note="apart", origin=_origin(n), row=row_id(row)) for n, row in enumerate(rows)
    ]
    chosen = _with_choices(dossier, vetoes=vetoes)
    comparison = compare(chosen, cleaned, analysis)[TOPIC]
    assert not comparison.problems and not comparison.rows
    assert len(comparison.only) == len(set(comparison.only))
    assert {p for p, n in held.items() if n > 1} & set(comparison.only)  # listed, once


def test_a_row_id_no_row_has_is_an_error_naming_file_line_and_key(inputs):
    dossier, cleaned, analysis = inputs
    pin = AlignmentChoice((), origin=_origin(0), row="r-00000000")
    veto = AlignmentChoice((), origin=_origin(3), row="r-0000000f")
    chosen = _with_choices(dossier, [pin], [veto])
    problems = compare(chosen, cleaned, analyze(chosen, cleaned))[TOPIC].problems
    assert [(p.origin.file, p.origin.line, p.origin.key, p.severity) for p in problems] == [
        ("dossier/topics.yml", 40, "topics[1].comparison.pins[0].row", "error"),
        ("dossier/topics.yml", 43, "topics[1].comparison.pins[3].row", "error"),
    ]
    assert "r-00000000" in problems[0].message and f"dossier compare {TOPIC}" in problems[0].message


def test_a_pin_or_veto_snippet_no_sentence_holds_is_an_error_of_the_analysis(inputs):
    dossier, cleaned, _ = inputs
    where = Origin("dossier/topics.yml", 51, "topics[1].comparison.vetoes[0].passages[1].text")
    veto = AlignmentChoice(
        (
            ("russia-france-up-battle", "killed 130 people"),
            ("france-russia-team-on-syrian-fight", "no such words here"),
        ),
        passage_origins=(replace(where, line=50), where),
    )
    chosen = _with_choices(dossier, vetoes=[veto])
    problems = analyze(chosen, cleaned).problems
    assert [(p.origin, p.severity) for p in problems] == [(where, "error")]
    assert "no such words here" in problems[0].message
