"""Text helpers of the analyzers (analyze/text.py): folding keeps offsets, names look like names."""

from __future__ import annotations

import random

from newsdossier.analyze.text import (
    LONG_TEXT,
    SpanSet,
    filled,
    fold,
    is_headline,
    is_nationality,
    looks_like_person,
    word_count,
)


def test_folding_strips_accents_and_unifies_apostrophes_one_character_for_one():
    assert fold("Jos\u00e9 Do\u00f1a\u2019s") == "Jose Dona's"
    assert fold("Stra\u00dfe") == "Stra\u00dfe"  # no single-letter base: kept, so offsets hold
    text = "\u00c9lys\u00e9e \u2032quoted\u00b4 na\u00efve"
    assert len(fold(text)) == len(text)


def test_a_long_text_is_folded_like_its_pieces_and_again_the_same():
    from newsdossier.analyze.text import LONG_TEXT

    piece = "Jos\u00e9 Do\u00f1a\u2019s \u00c9lys\u00e9e. "
    text = piece * (LONG_TEXT // len(piece) + 1)
    assert len(text) >= LONG_TEXT
    assert fold(text) == fold(piece) * (LONG_TEXT // len(piece) + 1)
    assert fold(text) == fold(text)  # kept for the next reader: the same answer
    other = text[:-1] + "\u00e8"  # another long text of the same length: its own folding
    assert fold(other).endswith("e") and fold(text).endswith(" ")


def test_word_count_counts_hyphenated_and_apostrophe_words_once():
    assert word_count("The well-known mayor\u2019s plan, 2 votes \u2014 done.") == 7
    assert word_count("") == word_count(" -- ") == 0


def test_person_names_are_told_from_titles_places_and_bodies():
    assert looks_like_person("Ana Lopez")
    assert looks_like_person("Walid al-Moallem")
    assert not looks_like_person("Security Council")  # a body
    assert not looks_like_person("President Lopez")  # a title
    assert not looks_like_person("German Chancellor")
    assert not looks_like_person("Monday Lopez")
    assert is_nationality("French") and is_nationality("US") and not is_nationality("Lopez")


def test_headlines_are_title_case_without_a_closing_full_stop():
    assert is_headline("Senator Slams Board Over Budget Cuts")
    assert not is_headline("Senator Slams Board Over Budget Cuts.")
    assert not is_headline("The senator said the board would cut the budget")
    assert not is_headline("Board Cuts")  # too few words to tell


def test_a_long_paragraph_is_a_headline_by_the_same_rule_and_asked_again_the_same():
    title = "Senator Slams Board Over Budget Cuts "
    text = title * (LONG_TEXT // len(title) + 1)
    assert is_headline(text) and is_headline(text)
    prose = text + "the senator said the board would cut the budget " * (LONG_TEXT // 10)
    assert not is_headline(prose) and not is_headline(prose)


def test_filling_spans_is_writing_the_character_over_each_of_their_characters():
    rng = random.Random(11)
    text = "".join(rng.choice("ab c.") for _ in range(500))
    for _ in range(50):
        spans = [(start, start + rng.randrange(0, 30)) for start in rng.sample(range(480), 8)]
        chars = list(text)
        for start, end in spans:
            chars[start:end] = "#" * (end - start)
        assert filled(text, spans, "#") == "".join(chars)
    assert filled(text, [], "#") == text


def test_a_span_set_answers_overlaps_as_a_scan_of_every_span_would():
    rng = random.Random(7)
    spans = []
    found = SpanSet()
    for _ in range(300):
        start = rng.randrange(0, 2000)
        end = start + rng.randrange(1, 40)
        spans.append((start, end))
        found.add(start, end)
    for _ in range(500):
        start = rng.randrange(0, 2050)
        end = start + rng.randrange(1, 30)
        expected = any(s < end and start < e for s, e in spans)
        assert found.overlaps(start, end) is expected
    assert SpanSet([(5, 10)]).covers(9) and not SpanSet([(5, 10)]).covers(10)
