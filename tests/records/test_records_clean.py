"""The clean stage's records (records/clean.py): frozen values, equal when their contents are, so
that the same raw text always gives equal records and the pipeline's cache can compare them."""

from __future__ import annotations

import dataclasses

import pytest

from newsdossier.clean import clean_text
from newsdossier.records import (
    AppliedCorrection,
    CleanArticle,
    CleanResult,
    Paragraph,
    RemovedSpan,
    TextMetadata,
)

PROSE = "The council voted on Monday to rebuild the old bridge before the winter storms arrive."


def test_metadata_found_in_no_text_is_none_throughout():
    assert all(value is None for value in dataclasses.astuple(TextMetadata()))


def test_an_article_starts_with_no_corrections_and_no_overrides():
    article = CleanArticle("a", (Paragraph("body", PROSE),), TextMetadata(), ())
    assert article.corrections == () and article.overrides_applied == ()


def test_records_cannot_be_changed_once_made():
    paragraph = Paragraph("body", PROSE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        paragraph.text = "other"  # type: ignore[misc]
    result = CleanResult((paragraph,), TextMetadata(headline="H"), ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.metadata = TextMetadata()  # type: ignore[misc]


def test_records_with_equal_contents_are_equal_and_hash_alike():
    def make() -> CleanArticle:
        return CleanArticle(
            "a",
            (Paragraph("subhead", "Talks"), Paragraph("body", PROSE)),
            TextMetadata(byline="Ana Ruiz", date="3 May 2001"),
            (RemovedSpan("Home | News", "navigation", "menu on one line"),),
            (AppliedCorrection("bridge", "bridges", "a typo", (1,)),),
            ("cut after a marker",),
        )

    assert make() == make() and hash(make()) == hash(make())
    assert make() != dataclasses.replace(make(), paragraphs=(Paragraph("body", PROSE),))
    assert RemovedSpan("x", "caption") != RemovedSpan("x", "caption", "caption wording")


def test_the_cleaner_gives_the_same_records_for_the_same_text():
    raw = "\n\n".join(["Home | News | Sport", PROSE, PROSE.replace("Monday", "Friday")])
    first, second = clean_text(raw), clean_text(raw)
    assert isinstance(first, CleanResult) and first == second and hash(first) == hash(second)
    assert all(isinstance(p, Paragraph) for p in first.paragraphs)
    assert all(isinstance(r, RemovedSpan) and r.reason for r in first.removed)
