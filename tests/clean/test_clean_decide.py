"""What becomes of each line (clean/decide.py): inside the article prose, subheads and short
sentences are kept and furniture dropped; outside it everything goes, each line with its reason;
date, byline and caption lines leave their text as metadata."""

from __future__ import annotations

import pytest

from newsdossier.clean.decide import (
    all_capitalised,
    capitalised_share,
    decide_outside,
    decide_region,
    is_between_body,
    metadata_shape,
    title_shaped,
)
from newsdossier.clean.lines import Line, measure, split_lines
from newsdossier.clean.options import DEFAULT_CLEANING, CleaningOptions

PROSE = "The council voted on Monday to rebuild the old bridge before the winter storms arrive."
MORE = "Engineers said the work would take two years and cost far more than the town had hoped."


def lines_of(*texts: str) -> list[Line]:
    found = split_lines("\n\n".join(texts), DEFAULT_CLEANING)
    measure(found, DEFAULT_CLEANING)
    return found


def line(text: str) -> Line:
    return lines_of(text)[0]


def decided(*texts: str) -> list[tuple[str, str]]:
    """(kind, reason) of each line when every line is inside the article."""
    found = lines_of(*texts)
    decide_region(found, 0, len(found), DEFAULT_CLEANING)
    return [(item.kind, item.reason) for item in found]


@pytest.mark.parametrize(
    "text",
    [
        "Bridge Talks Resume After The Storm",
        "Why the vote matters",
        "2021 in review",
        "Declared Presidential Candidates.",
    ],
)
def test_a_few_capitalised_words_not_ending_a_sentence_are_title_shaped(text: str):
    assert title_shaped(line(text), DEFAULT_CLEANING)


@pytest.mark.parametrize(
    "text",
    [
        "Bridge",  # one word
        "the vote matters",  # lower case
        "The vote was close.",  # a sentence: a full stop after words not all capitalised
        "Why the vote matters,",
        "A Headline Far Too Long To Be Any Subhead Of Any Article We Have Ever Seen",
    ],
)
def test_sentences_single_words_and_long_lines_are_not_title_shaped(text: str):
    assert not title_shaped(line(text), DEFAULT_CLEANING)


def test_how_long_a_title_may_be_is_an_option():
    long_title = line("Bridge Talks Resume After The Storm")
    assert not title_shaped(long_title, CleaningOptions(subhead_max_words=5))


def test_capitalised_means_every_word_longer_than_three_letters():
    assert all_capitalised("Talks Resume in the City")
    assert not all_capitalised("Talks resume in the City")
    assert not all_capitalised("in a day")  # no word long enough to say
    assert capitalised_share("Ana met Ben") == pytest.approx(2 / 3)
    assert capitalised_share("") == 0.0


def test_a_date_line_is_metadata():
    assert metadata_shape(line("Monday, March 4th 2019")) == (
        "date",
        "date line",
        {"date": "Monday, March 4th 2019"},
    )


def test_a_byline_gives_the_names_without_the_outlet():
    reason, rule, fields = metadata_shape(line("By Ana Ruiz and Ben Ode, The Wire")) or ("", "", {})
    assert (reason, rule, fields) == ("byline", "byline line", {"byline": "Ana Ruiz and Ben Ode"})
    assert metadata_shape(line("Ana Ruiz and Ben Ode -")) == (
        "byline",
        "byline line",
        {"byline": "Ana Ruiz and Ben Ode"},
    )


def test_a_credit_before_a_caption_gives_both():
    found = metadata_shape(line("Ana Ruiz, Wire Photos | The mayor greets visitors at the harbour"))
    assert found == (
        "photo caption",
        "credit | caption line",
        {"credit": "Ana Ruiz, Wire Photos", "caption": "The mayor greets visitors at the harbour"},
    )
    caption = "The mayor (pictured left) with visitors at the harbour"
    assert metadata_shape(line(caption)) == ("photo caption", "caption wording", {"caption": caption})


@pytest.mark.parametrize("text", [PROSE, "Home | News | Sport | Weather", "Bridge Talks Resume"])
def test_prose_menus_and_titles_are_no_metadata(text: str):
    assert metadata_shape(line(text)) is None


def test_inside_the_article_prose_and_short_sentences_stay_and_furniture_goes():
    assert decided(PROSE, "Home | News | Sport", "The rain stopped.", MORE) == [
        ("body", ""),
        ("removed", "navigation"),
        ("body", ""),  # a short sentence between paragraphs is part of the text
        ("body", ""),
    ]


def test_a_title_between_paragraphs_is_a_subhead_but_not_at_the_end():
    assert decided(PROSE, "What Comes Next", MORE)[1] == ("subhead", "")
    assert decided(PROSE, MORE, "What Comes Next")[2] == ("removed", "short fragment")


def test_a_decorated_subhead_is_kept_without_its_dashes():
    found = lines_of(PROSE, "- Talks stall -", MORE)
    decide_region(found, 0, len(found), DEFAULT_CLEANING)
    assert (found[1].kind, found[1].text) == ("subhead", "Talks stall")


def test_a_related_box_inside_the_article_is_dropped_up_to_the_next_paragraph():
    assert [kind for kind, _ in decided(PROSE, "Related", "Bridge Closed Again", "Mayor Speaks", MORE)] == [
        "body",
        "removed",
        "removed",
        "removed",
        "body",
    ]
    assert decided(PROSE, "Related", "Bridge Closed Again")[2] == ("removed", "teaser list")


def test_a_date_or_byline_inside_the_article_is_dropped_and_its_text_kept_as_metadata():
    found = lines_of(PROSE, "By Ana Ruiz", MORE)
    decide_region(found, 0, len(found), DEFAULT_CLEANING)
    assert (found[1].kind, found[1].reason, found[1].meta) == ("removed", "byline", {"byline": "Ana Ruiz"})


def test_a_subhead_needs_text_after_it_inside_the_article():
    found = lines_of(PROSE, "What Comes Next", MORE, "Home | News | Sport")
    assert is_between_body(found, 1, 0, 3, DEFAULT_CLEANING)
    assert not is_between_body(found, 2, 0, 3, DEFAULT_CLEANING)  # the last line of the region
    assert not is_between_body(found, 0, 0, 3, DEFAULT_CLEANING)  # the first
    assert not is_between_body(found, 2, 0, 4, DEFAULT_CLEANING)  # only a menu follows


def test_outside_the_article_every_line_is_removed_with_a_reason_from_its_shape_or_section():
    found = lines_of(
        "Home | News | Sport",
        "Weather",
        "Monday, March 4th 2019",
        PROSE,
        MORE,
        "More from the valley",
        "Flood warning lifted for the lower town as rivers fall",
        PROSE.replace("bridge", "road"),
    )
    decide_outside(found, 3, 5, DEFAULT_CLEANING)
    assert [(item.kind, item.reason) for item in found] == [
        ("removed", "navigation"),  # a menu
        ("removed", "navigation"),  # a short line before the article
        ("removed", "date"),
        ("removed", ""),  # the article's lines are left to decide_region
        ("removed", ""),
        ("removed", "teaser list"),  # the heading of a list of other stories
        ("removed", "teaser list"),  # what follows it
        ("removed", "teaser list"),  # prose after the article is other stories too
    ]
    assert found[2].meta == {"date": "Monday, March 4th 2019"}


def test_prose_before_the_article_is_named_as_prose_away_from_it():
    found = lines_of(MORE, "Home | News | Sport", PROSE)
    decide_outside(found, 2, 3, DEFAULT_CLEANING)
    assert (found[0].reason, found[0].rule) == ("outside the article", "prose away from the main text")


def test_a_two_word_sentence_or_a_truncated_teaser_inside_the_article_is_dropped():
    assert decided(PROSE, "It rained.", MORE)[1] == ("removed", "short fragment")
    assert decided(PROSE, "Town rebuilds its old mill...", MORE)[1] == ("removed", "teaser list")
    # A teaser long enough to read as prose is judged as prose: the region's score weighs it.
    assert decided(
        PROSE, "Read how the town rebuilt its old mill after the flood of the last century...", MORE
    )[1] == ("body", "")
