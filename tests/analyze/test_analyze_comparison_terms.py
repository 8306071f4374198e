"""The comparison terms of sentences: a sentence syndicated word for word is read once."""

from __future__ import annotations

from analyze_support import make_article, make_dossier

from newsdossier.analyze import analyze, prepare_reading, read_article
from newsdossier.records import Actor

ACTORS = (Actor("syldavia", "Syldavia", "state"),)
SHARED = "Syldavia said 40 people were hurt in the blast on Monday."


def _two_copies():
    first, first_clean = make_article(
        "wire", [SHARED + " Officials of the city council met in the evening to count the damage."]
    )
    second, second_clean = make_article(
        "paper", ["The police closed the road to the station for the whole afternoon. " + SHARED]
    )
    return make_dossier(ACTORS, [first, second]), {"wire": first_clean, "paper": second_clean}


def test_a_sentence_two_articles_carry_is_read_once():
    dossier, cleaned = _two_copies()
    analysis = analyze(dossier, cleaned)
    copies = [s for s in analysis.sentences if s.text == SHARED]
    assert [s.article for s in copies] == ["wire", "paper"]
    first, second = (analysis.terms_of(s.id) for s in copies)
    assert first is not None and second is not None
    assert (first.sentence, second.sentence) == (copies[0].id, copies[1].id)
    assert first.terms is second.terms  # one reading, shared by both records
    assert ("@syldavia", 1) in first.terms


def test_an_article_read_alone_gets_the_same_terms():
    """The pipeline's cache reads an article in a context that read no other article."""
    dossier, cleaned = _two_copies()
    together = analyze(dossier, cleaned)
    context, raw = prepare_reading(dossier, {"paper": cleaned["paper"]})
    alone = read_article(cleaned["paper"], dossier.articles[1], context, raw["paper"])
    assert alone.terms == tuple(t for t in together.terms if t.sentence.startswith("paper-"))
