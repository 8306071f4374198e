"""The second look at short lines (keep.py): clean article text loses nothing, page furniture stays out."""

from __future__ import annotations

import pytest
from made_up_pages import MENU, page

from newsdossier.clean import clean_text

HEADLINE = "Old bridge closes for repairs"
BODY = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
    "The mayor said a report on the repairs would be published before the end of the month, and that buses would run.",
]


def texts(raw: str) -> list[str]:
    return [p.text for p in clean_text(raw).paragraphs]


@pytest.mark.parametrize("word", ["Why?", "Sorry!", "Literally.", '"Finally!"'])
def test_a_one_word_sentence_between_paragraphs_is_kept(word: str):
    assert texts(page(HEADLINE, BODY[:2], word, BODY[2:])) == [*BODY[:2], word, *BODY[2:]]


@pytest.mark.parametrize("label", ["Getty.", "Twitter.", "ABSTRACT.", "3.", "X."])
def test_a_one_word_credit_label_or_number_between_paragraphs_is_removed(label: str):
    assert texts(page(HEADLINE, BODY[:2], label, BODY[2:])) == BODY


def test_many_short_lines_ending_the_page_are_its_last_lines():
    # Letters to the editor end with their writers' names, handles and towns: all short
    # sentences, and nothing after them.
    ending = ["Jane Roe.", "Springfield, Ill.", "John Doe.", "- Ann Smith.", "Ann Smith reported from Ohio."]
    assert texts(page(HEADLINE, BODY, "* * *", ending)) == [*BODY, *ending]


def test_short_sentences_before_a_footer_are_not_taken_for_the_end_of_the_article():
    footer = ["Thanks for reading.", "We read every letter.", "Terms of use", "Privacy", "About us"]
    assert texts(page(MENU, HEADLINE, BODY, footer)) == BODY


def test_digest_items_citing_their_source_in_brackets_end_the_page():
    items = [
        "-The ferry will run again from Monday, its owners say. [Harbour News]",
        "-A new library opens its doors to readers. [City Post]",
        "-Bus fares will not rise this year. [Transit Weekly]",
        "-The market moves to the square for the summer. [City Post]",
    ]
    assert texts(page(HEADLINE, BODY, items)) == [*BODY, *items]
