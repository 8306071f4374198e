"""The editors' pin and veto snippets are found in the analysis' sentences (analyze/snippets.py)."""

from __future__ import annotations

from dataclasses import replace

from analyze_support import make_article, make_dossier

from newsdossier.analyze import analyze
from newsdossier.records import AlignmentChoice, DateInfo, Topic

FIRST = "The council met on Monday to count the damage after the storm."
SECOND = "Its members agreed that the repairs would take at least a month."


def _analysis(pins=(), vetoes=()):
    article, clean = make_article("wire", [f"{FIRST} {SECOND}"])
    topic = Topic(id="storm", title="Storm", date=DateInfo(None), pins=tuple(pins), vetoes=tuple(vetoes))
    dossier = replace(make_dossier((), [article]), topics=(topic,))
    return analyze(dossier, {"wire": clean})


def test_a_snippet_is_found_in_its_sentence_whatever_its_spacing_or_case():
    pin = AlignmentChoice(passages=(("wire", "the  REPAIRS would\ntake"),), label="Repairs")
    analysis = _analysis(pins=[pin])
    ids = [s.id for s in analysis.sentences]
    assert len(ids) == 2
    assert analysis.holding("wire", "the  REPAIRS would\ntake") == (ids[1],)


def test_a_snippet_over_two_sentences_finds_both_and_a_missing_one_nothing():
    both = f"{FIRST} {SECOND}"
    veto = AlignmentChoice(passages=(("wire", both), ("wire", "no such words"), ("other", "storm")))
    analysis = _analysis(vetoes=[veto])
    assert analysis.holding("wire", both) == tuple(s.id for s in analysis.sentences)
    assert analysis.holding("wire", "no such words") == ()
    assert analysis.holding("other", "storm") == ()
