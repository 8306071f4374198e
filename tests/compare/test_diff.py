"""Word-level differences between versions of a quote, from the words the analysis gives them."""

from newsdossier.analyze.wording import wording
from newsdossier.compare import word_diff
from newsdossier.compare.diff import joined


def diff(a: str, b: str):
    return word_diff(wording(a), wording(b))


def test_word_diff_rebuilds_both_versions():
    a = "the fate of the president of Syria must stay in the hands of the Syrian people"
    b = "the Syrian president\u2019s fate should be entirely in the hands of the Syrian people."
    ops = diff(a, b)
    assert {op for op, _ in ops} == {"equal", "insert", "delete"}
    assert "".join(t for op, t in ops if op != "insert").split() != b.split()
    assert "".join(t for op, t in ops if op != "delete").split() == b.split()
    assert " ".join("".join(t for op, t in ops if op != "insert").split()[:-1]) == " ".join(a.split()[:-1])
    assert ("equal", "fate ") in ops


def test_word_diff_ignores_case_and_typographic_quotes():
    assert diff("Strike only \u201cterrorists\u201d", 'strike only "terrorists"') == [
        ("equal", 'strike only "terrorists"')
    ]
    assert diff("", "new words") == [("insert", "new words")]
    assert diff("old words", "") == [("delete", "old words")]
    # White space is the analysis' split: runs of it and line breaks are one space.
    assert diff("one  two\nthree", "one two three") == [("equal", "one two three")]


def test_parts_of_a_version_are_joined_by_an_ellipsis_that_is_not_compared_as_a_word():
    parts = joined([wording("we will stay"), wording("until the end")])
    assert parts.words == ("we", "will", "stay", "\u2026", "until", "the", "end")
    assert len(parts.keys) == len(parts.words) and parts.keys[3] == ""
    assert joined([wording("alone")]) == wording("alone")
    assert word_diff(wording("we will stay until the end"), parts) == [
        ("equal", "we will stay "),
        ("insert", "\u2026 "),
        ("equal", "until the end"),
    ]
