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


TEASERS = ["Ferry service to resume after winter break", "New library opens its doors to readers"]


@pytest.mark.parametrize(
    "under",
    [
        ["By", "Jane Reporter"],  # "By" on a line of its own
        ["Published 11:11 PM EST Nov 19, 2019"],  # a date inside a longer line
        ["Jane Reporter, Staff Writer"],  # a byline with a role and no "By"
        ["Written by Jane Reporter on November 14, 2019"],
    ],
)
def test_the_headline_is_the_title_over_the_byline_or_date_not_a_longer_teaser(under: list[str]):
    headline = "Old bridge closes for repairs"
    long_teaser = "Ten things to do in the city this weekend, from markets to concerts and walks"
    text = page(MENU, long_teaser, headline, under, TEASERS, BODY)
    result = clean_text(text)
    assert result.metadata.headline == headline
    assert [p.text for p in result.paragraphs] == BODY


def test_a_standfirst_between_the_headline_and_its_byline_is_the_standfirst():
    headline = "Old bridge closes for repairs"
    standfirst = "Engineers found cracks in the supports, and the work could take the whole of the winter"
    result = clean_text(
        page(MENU, "The city's own news site since 1998", headline, standfirst, "By Jane Reporter", BODY)
    )
    assert (result.metadata.headline, result.metadata.standfirst) == (headline, standfirst)


def test_a_standfirst_with_no_full_stop_over_the_byline_is_not_taken_for_the_headline():
    headline = "Old bridge closes for repairs"
    standfirst = "Engineers found cracks in the supports and say the work could take months"
    result = clean_text(page(MENU, headline, standfirst, "By Jane Reporter", "Nov 19, 2019", BODY))
    assert (result.metadata.headline, result.metadata.standfirst) == (headline, standfirst)


def test_a_photo_gallery_between_the_byline_and_the_body_does_not_hide_the_headline():
    headline = "Old bridge closes for repairs"
    gallery = ["Image 1 of 9", "Caption", "Close", "Back to Gallery"] * 4
    result = clean_text(page(MENU, headline, "By Jane Reporter", gallery, BODY))
    assert result.metadata.headline == headline


def test_a_headline_ending_with_a_semicolon_is_followed_by_its_deck():
    headline = "Old bridge closes;"
    deck = "Engineers find cracks, repairs could take months."
    result = clean_text(page(headline, deck, "March 4, 2019", BODY))
    assert (result.metadata.headline, result.metadata.standfirst) == (headline, deck)
    assert [p.text for p in result.paragraphs] == BODY
