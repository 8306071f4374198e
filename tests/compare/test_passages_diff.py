from newsdossier.compare import split_sentences, word_diff
from newsdossier.compare.passages import article_passages

from .seedtext import all_seed_articles


def test_split_keeps_abbreviations_initials_and_ellipses():
    text = (
        "Allies in a U.S.-led coalition met Mr. Putin. Gen.-Maj. Igor Petrov said a post in ... "
        "Hama province was hit. Rex J. Brynen agreed with the view."
    )
    assert split_sentences(text) == [
        "Allies in a U.S.-led coalition met Mr. Putin.",
        "Gen.-Maj. Igor Petrov said a post in ... Hama province was hit.",
        "Rex J. Brynen agreed with the view.",
    ]


def test_split_never_inside_a_quotation_and_short_tails_join():
    """A quote of two sentences stays one passage, so no passage starts mid-quote."""
    text = '"We agreed to strike only terrorists. We will exchange information," he said. That\'s clear.'
    assert split_sentences(text) == [
        '"We agreed to strike only terrorists. We will exchange information," he said. That\'s clear.',
    ]
    text = (
        "\u201cWe agreed. We will exchange the lists,\u201d the minister said. Then the king left the palace."
    )
    assert split_sentences(text) == [
        "\u201cWe agreed. We will exchange the lists,\u201d the minister said.",
        "Then the king left the palace.",
    ]


def test_passages_are_sentences_never_whole_articles():
    for article in all_seed_articles().values():
        passages = article_passages(article)
        assert len(passages) > len(article.paragraphs) / 2
        for passage in passages:
            assert passage.text in " ".join(article.paragraphs[passage.paragraph].text.split())
            assert article.paragraphs[passage.paragraph].kind == "body"


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
