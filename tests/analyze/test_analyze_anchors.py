"""Paragraph anchors: made from a paragraph's first words, unique in the article (analyze/anchors.py)."""

from __future__ import annotations

from analyze_support import make_article, make_dossier

from newsdossier.analyze import analyze, sentences_only
from newsdossier.analyze.anchors import ANCHOR_WORDS, paragraph_anchors


def anchors(*paragraphs: str, subheads=()) -> tuple[str, ...]:
    _article, clean = make_article("a", list(paragraphs), subheads=subheads)
    found = paragraph_anchors(clean)
    assert found.article == "a"
    return found.anchors


def test_an_anchor_is_a_slug_of_the_first_words():
    text = "The Council's vote, on Monday: 12 for, 3 against and two abstentions."
    assert anchors(text) == ("p-the-council-s-vote-on-monday",)
    assert len(anchors(text)[0].removeprefix("p-").split("-")) == ANCHOR_WORDS


def test_paragraphs_opening_alike_are_numbered_and_wordless_ones_still_get_one():
    found = anchors(
        "He said so.", "He said so again.", "He said so.", "\u2014", "Results", subheads=("Results",)
    )
    assert found == ("p-he-said-so", "p-he-said-so-again", "p-he-said-so-2", "p-paragraph", "p-results")
    assert len(set(found)) == len(found)


def test_an_anchor_does_not_move_when_another_paragraph_is_dropped():
    kept = "The storm reached the coast at dawn."
    before = anchors("An opening line the cleaner may drop.", kept)
    after = anchors(kept)
    assert before[1] == after[0]


def test_the_analysis_carries_the_anchors_of_every_article_it_read():
    first, first_clean = make_article("a", ["One paragraph.", "Another one."])
    second, second_clean = make_article("b", ["Only this."])
    cleaned = {"a": first_clean, "b": second_clean}
    analysis = analyze(make_dossier((), [first, second]), cleaned)
    assert analysis.anchors_of("a") == ("p-one-paragraph", "p-another-one")
    assert analysis.anchors_of("b") == ("p-only-this",)
    assert analysis.anchors_of("unknown") == ()
    assert sentences_only(cleaned).anchors_of("a") == analysis.anchors_of("a")
