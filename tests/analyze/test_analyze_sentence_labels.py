"""A sentence as a row label uses it (analyze/sentence_labels.py): shortened, and its figures' phrases."""

from newsdossier.analyze.sentence_labels import LABEL_CHARS, figure_phrase, sentence_label


def test_a_figure_phrase_never_ends_inside_a_word():
    # 40 characters after the figure end inside "underneath" and "stabilising".
    for text in (
        "Engineers found 12 extraordinarily corroded suspension cables underneath the deck.",
        "Inspectors listed 12 badly corroded suspension cables underneath and stabilising bars.",
    ):
        phrase = figure_phrase(text, "12")
        assert phrase.startswith("12 ")
        assert all(word in text.replace(".", " ").split() for word in phrase.split()), phrase


def test_a_figure_is_found_written_as_digits_with_commas_or_as_a_word():
    assert (
        figure_phrase("Police said 2,500 officers were deployed.", "2500") == "2,500 officers were deployed"
    )
    assert figure_phrase("The blast killed forty people in the capital.", "40") == (
        "killed forty people in the capital"
    )
    assert figure_phrase("No figure here.", "40") == ""


def test_label_forms():
    label = sentence_label("PARIS \u2014 But the talks went on late into the night.", ())
    assert label.text == "The talks went on late into the night."
    assert not label.opens_quote and not label.names_no_one
    quoted = sentence_label("\u201cWe will not give in,\u201d the mayor said.", ())
    assert quoted.opens_quote and quoted.text.startswith("\u201c")
    assert sentence_label("He insisted the talks would go on.", ()).names_no_one
    long = sentence_label("The council met " + "again and " * 20 + "agreed.", (("#40", 1),))
    assert len(long.text) <= LABEL_CHARS + 1 and long.text.endswith("\u2026")
    assert long.figures == ()  # the sentence does not write out 40
    counted = sentence_label("The blast killed 40 people on Monday.", (("#40", 1), ("#3:relat", 1)))
    assert counted.figures == (("40", "Killed 40 people on Monday", 5),)
