"""The first paragraph (clean/lede.py): a fused dateline and byline become metadata, and a lede the
page repeats is kept once."""

from __future__ import annotations

from newsdossier.clean.lede import same_paragraph, split_dateline, split_lead
from newsdossier.clean.lines import Line
from newsdossier.clean.options import DEFAULT_CLEANING

LEDE = "The council voted on Monday to rebuild the old bridge before the winter storms arrive in the valley."


def body(index: int, text: str) -> Line:
    line = Line(index, text, block=index)
    line.keep("body")
    return line


def test_a_dateline_in_capitals_becomes_metadata_and_leaves_the_text():
    line = body(0, f"LYON, France \u2014 {LEDE}")
    assert split_dateline(line)
    assert line.text == LEDE and line.meta["dateline"] == "LYON, France"
    assert line.meta["removed"] == "LYON, France \u2014"


def test_words_in_capitals_that_are_no_place_are_no_dateline():
    for text in (f"BREAKING \u2014 {LEDE}", f"The council \u2014 {LEDE}", f"UN \u2014 {LEDE}"):
        line = body(0, text)
        assert not split_dateline(line) and line.text == text and not line.meta
    line = body(0, f"LYON \u2014 {LEDE}")
    assert split_dateline(line, apply=False) and line.text.startswith("LYON")  # only asked


def test_a_repeated_lede_is_kept_once_in_the_wire_s_version_with_its_dateline():
    lines = [body(0, LEDE), body(1, f"LYON \u2014 {LEDE}"), body(2, "The vote was close.")]
    split_lead(lines, DEFAULT_CLEANING)
    assert [(line.kind, line.reason) for line in lines] == [
        ("removed", "duplicate lede"),
        ("body", ""),
        ("body", ""),
    ]
    assert lines[1].text == LEDE and lines[1].meta["dateline"] == "LYON"


def test_paragraphs_are_the_same_when_nearly_all_their_words_are():
    assert same_paragraph(LEDE, LEDE.replace("Monday", "monday"), DEFAULT_CLEANING)
    assert same_paragraph(LEDE, LEDE.replace("\u2019", "'"), DEFAULT_CLEANING)
    assert not same_paragraph(LEDE, "The vote was close.", DEFAULT_CLEANING)
    assert not same_paragraph(LEDE, " ".join(reversed(LEDE.split())), DEFAULT_CLEANING)
