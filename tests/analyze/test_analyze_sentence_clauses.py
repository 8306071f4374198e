"""What analyze reads of a sentence's clauses for comparison (analyze/sentence_clauses.py)."""

from __future__ import annotations

from newsdossier.analyze.sentence_clauses import reports


def test_a_question_the_writer_asks_or_a_bracketed_aside_reports_nothing():
    assert not reports("But who was behind the raids?")
    assert not reports("Why now? ")
    assert not reports("[Read more: a town counts its losses]")
    assert reports("\u201cWhy us?\u201d the mayor asked.")  # a question someone is quoted asking
    assert reports("\u201cWhy us?\u201d")  # the question is the quoted person's words
    assert reports("The mayor [of the town] asked for help.")
    assert reports("The raids began on Monday.")
