"""Lines of a page and their shape (clean/lines.py): wrapped paragraphs joined, prose told from
menus and credits, the best region found."""

from __future__ import annotations

from newsdossier.clean.lines import Line, best_region, line_score, measure, split_lines
from newsdossier.clean.options import DEFAULT_CLEANING

PROSE = "The council voted on Monday to rebuild the old bridge before the winter storms arrive in the valley."


def lines_of(raw: str) -> list[Line]:
    found = split_lines(raw, DEFAULT_CLEANING)
    measure(found, DEFAULT_CLEANING)
    return found


def test_a_paragraph_wrapped_at_a_fixed_width_is_joined_and_blank_lines_make_blocks():
    wrapped = "The council voted on Monday to rebuild the old bridge before the\nwinter storms arrive."
    found = split_lines(f"Home | News\n\n{wrapped}\r\n\r\nNext   story", DEFAULT_CLEANING)
    assert [(line.index, line.block, line.text) for line in found] == [
        (0, 0, "Home | News"),
        (1, 1, wrapped.replace("\n", " ")),
        (2, 2, "Next story"),
    ]
    # A line that ends a sentence, or a capitalised next line, starts a new paragraph.
    assert len(split_lines("It ended.\nthen more", DEFAULT_CLEANING)) == 2
    assert len(split_lines(f"{PROSE[:-1]}\nAnother line", DEFAULT_CLEANING)) == 2


def test_prose_scores_by_its_words_and_menus_repeated_lines_and_boilerplate_take_away():
    prose, menu, repeated_a, repeated_b = lines_of(f"{PROSE}\nHome | World | Sports\n{PROSE}x\n{PROSE}x")
    assert prose.prose and prose.ends_sentence and line_score(prose, DEFAULT_CLEANING) == prose.words
    assert not menu.prose and line_score(menu, DEFAULT_CLEANING) < 0
    assert repeated_a.repeated and repeated_b.repeated and not prose.repeated


def test_the_best_region_is_the_run_of_lines_scoring_most():
    raw = "\n".join(
        ["Home | World | Sports", PROSE, PROSE.replace("Monday", "Tuesday"), "Share this | Tweet"]
    )
    found = lines_of(raw)
    assert best_region(found, DEFAULT_CLEANING) == (1, 3)
    assert best_region(lines_of("Home | World\nSports | Weather"), DEFAULT_CLEANING) == (0, 0)
