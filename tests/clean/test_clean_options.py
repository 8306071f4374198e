"""CleaningOptions: one frozen record of the cleaner's settings, passed in, never patched."""

from __future__ import annotations

import dataclasses

import pytest

from newsdossier.clean import DEFAULT_CLEANING, CleaningOptions, clean_text, rules

BODY = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
    "The mayor said a report on the repairs would be published before the end of the month, and that buses would run.",
]
# Inside the article: an unpunctuated line of six words with the prose stop-word share, kept as
# body text by default (a paragraph whose last words were a link the scraper lost).
FRAGMENT = "the work on the bridge and the road"


def test_the_options_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_CLEANING.prose_min_words = 3  # type: ignore[misc]


def test_the_default_is_the_record_with_no_arguments():
    assert DEFAULT_CLEANING == CleaningOptions()
    assert clean_text("\n\n".join(BODY)) == clean_text("\n\n".join(BODY), CleaningOptions())


def test_the_tuned_numbers_live_in_the_options_not_in_rules():
    """rules.py keeps the text patterns; a tuned number left there would be a second knob."""
    for field in dataclasses.fields(CleaningOptions):
        assert not hasattr(rules, field.name.upper()), field.name


def test_other_options_change_what_is_kept():
    page = "\n\n".join([BODY[0], FRAGMENT, *BODY[1:]])
    kept = [p.text for p in clean_text(page).paragraphs]
    assert FRAGMENT in kept
    stricter = CleaningOptions(fragment_keep_words=20)
    assert FRAGMENT not in [p.text for p in clean_text(page, stricter).paragraphs]


def test_options_reach_the_headline_window():
    headline = "Council closes the old bridge after engineers find cracks"
    page = "\n\n".join([headline, "Home", "News", "Sport", "Weather", *BODY])
    assert clean_text(page).metadata.headline == headline
    assert clean_text(page, CleaningOptions(header_window=2)).metadata.headline is None
