"""Quotation marks paired into quotations (analyze/marks.py)."""

from __future__ import annotations

from newsdossier.analyze.marks import find_quotations


def quoted(*paragraphs: str, kinds: tuple[str, ...] = ()) -> list[list[str]]:
    """The words of each quotation found, part by part (marks included)."""
    kinds = kinds or ("body",) * len(paragraphs)
    texts = list(paragraphs)
    return [
        [texts[p][start:end] for p, start, end in q.parts]
        for q in find_quotations(list(zip(kinds, texts, strict=True)))
    ]


def test_curly_straight_and_doubled_apostrophe_marks_make_quotations():
    assert quoted("\u201cWe will rebuild,\u201d she said.") == [["\u201cWe will rebuild,\u201d"]]
    assert quoted('She said: "We will rebuild." Then she left.') == [['"We will rebuild."']]
    assert quoted("''Yes,'' he said.") == [["''Yes,''"]]


def test_two_quotations_in_one_paragraph_are_two():
    found = quoted('"First," she said, "and second."')
    assert found == [['"First,"'], ['"and second."']]


def test_a_quotation_runs_on_into_a_paragraph_that_opens_with_a_mark():
    found = quoted('"We will rebuild the bridge.', '"And the school too," she said.')
    assert found == [['"We will rebuild the bridge.', '"And the school too,"']]


def test_subheads_and_unpaired_marks_make_no_quotation():
    assert quoted('"A heading in quotes"', kinds=("subhead",)) == []
    assert quoted("No quotation here, only a 5\u2033 screen.") == []


def test_apostrophes_in_words_are_not_single_quotes():
    assert quoted("The mayor's plan and the council's vote were praised.") == []
