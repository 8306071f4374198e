from newsdossier.compare import word_diff


def test_word_diff_rebuilds_both_versions():
    a = "the fate of the president of Syria must stay in the hands of the Syrian people"
    b = "the Syrian president\u2019s fate should be entirely in the hands of the Syrian people."
    ops = word_diff(a, b)
    assert {op for op, _ in ops} == {"equal", "insert", "delete"}
    assert "".join(t for op, t in ops if op != "insert").split() != b.split()
    assert "".join(t for op, t in ops if op != "delete").split() == b.split()
    assert " ".join("".join(t for op, t in ops if op != "insert").split()[:-1]) == " ".join(a.split()[:-1])
    assert ("equal", "fate ") in ops


def test_word_diff_ignores_case_and_typographic_quotes():
    assert word_diff("Strike only \u201cterrorists\u201d", 'strike only "terrorists"') == [
        ("equal", 'strike only "terrorists"')
    ]
    assert word_diff("", "new words") == [("insert", "new words")]
    assert word_diff("old words", "") == [("delete", "old words")]
