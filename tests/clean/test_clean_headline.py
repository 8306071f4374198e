"""Headline, standfirst and the second look at short lines, on tiny made-up texts."""

from __future__ import annotations

import pytest
from made_up_pages import MENU, page

from newsdossier.clean import clean_text

BODY = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
    "The mayor said a report on the repairs would be published before the end of the month, and that buses would run.",
]


@pytest.mark.parametrize(
    "headline",
    [
        "Council closes old bridge after engineers find cracks.",  # a final full stop
        "Council Closes Old Bridge. Repairs Could Take Months.",  # two short sentences, Title Case
        "Dr. Jones: The Bridge Must Close Today.",  # an abbreviation is not a sentence end
        "Will the old bridge ever reopen?",
        "Council closes old bridge",
    ],
)
def test_a_text_that_opens_with_its_headline_gives_it_as_metadata(headline: str):
    result = clean_text(page(headline, BODY))
    assert result.metadata.headline == headline
    assert [p.text for p in result.paragraphs] == BODY
    assert any(s.reason == "headline" and s.text == headline for s in result.removed)


def test_a_lede_sentence_is_not_taken_for_a_headline():
    lede = "The council said on Tuesday that the old bridge would close to traffic while its engineers work."
    result = clean_text(page(lede, BODY))
    assert result.metadata.headline is None
    assert [p.text for p in result.paragraphs] == [lede, *BODY]


def test_a_standfirst_under_the_headline_is_not_the_headline():
    headline = "Old bridge closes for repairs"
    standfirst = "Engineers found cracks in the supports and the council says the work could take months"
    result = clean_text(page(MENU, headline, standfirst, "By Jane Reporter", BODY))
    assert result.metadata.headline == headline
    assert result.metadata.standfirst == standfirst
    assert [p.text for p in result.paragraphs] == BODY


def test_short_sentences_and_quote_lead_ins_between_paragraphs_are_kept():
    text = page("Old bridge closes for repairs", BODY[:2], "He was not alone.", "The mayor added:", BODY[2:])
    paragraphs = [p.text for p in clean_text(text).paragraphs]
    assert "He was not alone." in paragraphs and "The mayor added:" in paragraphs


def test_a_short_last_paragraph_ending_the_page_is_kept():
    text = page("Old bridge closes for repairs", BODY, "Nobody was hurt.")
    assert [p.text for p in clean_text(text).paragraphs][-1] == "Nobody was hurt."


def test_short_lines_after_the_article_with_a_footer_are_still_removed():
    footer = ["Nobody was hurt.", "Terms of use", "Privacy", "About us", "© 2024 The Daily Example"]
    text = page(MENU, "Old bridge closes for repairs", BODY, footer)
    assert [p.text for p in clean_text(text).paragraphs] == BODY


def test_subheads_with_a_stray_full_stop_are_kept():
    text = page("Old bridge closes for repairs", BODY[:2], "– Repairs Ahead –.", BODY[2:])
    assert ("subhead", "Repairs Ahead") in [(p.kind, p.text) for p in clean_text(text).paragraphs]
    text = page("Old bridge closes for repairs", BODY[:2], "Two Bridges Closed.", BODY[2:])
    assert "Two Bridges Closed." in [p.text for p in clean_text(text).paragraphs]
