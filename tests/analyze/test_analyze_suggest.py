"""`dossier check` suggestions: people named often who have no actor entry."""

from __future__ import annotations

from analyze_support import run_many


def messages(articles):
    analysis, _ = run_many(articles)
    assert all(
        p.severity == "suggestion" and p.origin.file == "dossier/actors.yml" for p in analysis.suggestions
    )
    return [p.message for p in analysis.suggestions]


def test_a_person_named_three_times_in_two_articles():
    found = messages(
        {
            "a": ["Alexander Varga met Becker. Later Varga left."],
            "b": ["Analyst Alexander Varga disagreed."],
        }
    )
    assert found == ["'Alexander Varga' is named 3 times in 2 articles but has no actor entry"]


def test_a_quoted_person_is_suggested_even_once():
    found = messages({"a": ["“It will take years,” said Jana Novak, an analyst."]})
    assert found == ["'Jana Novak' is named 1 time in 1 article and quoted but has no actor entry"]


def test_actors_places_and_bodies_are_not_suggested():
    found = messages(
        {
            "a": [
                "Tom Becker met Maria Lopez in Saint Denis. The Security Council and the Islamic State met.",
                "Tom Becker and the Security Council, the Islamic State, in Saint Denis again.",
                "On Monday Foreign Minister Becker said so. Prime Minister Lopez agreed.",
            ]
        }
    )
    assert found == []


def test_only_people_are_suggested():
    found = messages(
        {
            "a": [
                "Voters Flock To Polls On Election Day",  # a headline in Title Case
                "On Election Day the Information Act was cited again. Election Day came early.",
                "The Information Act and North Korea were debated by Marta Kovacs and Ivo Brandt Jr.",
                "Marta Kovacs spoke first; Ivo Brandt Jr. answered.",
            ],
        }
    )
    assert found == [
        "'Ivo Brandt' is named 2 times in 1 article but has no actor entry",
        "'Marta Kovacs' is named 2 times in 1 article but has no actor entry",
    ]


def test_a_run_ending_on_a_lowercase_plural_is_a_group():
    found = messages(
        {"a": ["Harbour Pilots struck again. The harbour pilots want pay. Harbour Pilots met Tom Becker."]}
    )
    assert not any("Harbour Pilots" in m for m in found)


def test_a_run_opening_on_let_is_a_phrase():
    found = messages({"a": ["Let Ruthie speak, they chanted. Let Ruthie win, they sang."]})
    assert not any("Let Ruthie" in m for m in found)


def test_a_leading_role_noun_is_stripped():
    found = messages({"a": ["“We march,” said Organizer Jana Novak. The organizer spoke for hours."]})
    assert any("'Jana Novak'" in m for m in found)
    assert not any("Organizer" in m for m in found)


def test_a_name_mostly_after_the_is_a_title():
    found = messages({"a": ["The report ran in the Valley Sentinel. Later the Valley Sentinel ran more."]})
    assert not any("Sentinel" in m for m in found)


def test_runs_are_counted_as_a_count_of_every_run_of_one_to_three_words_would():
    import random
    from collections import Counter

    from newsdossier.analyze.suggest import _WORD, _runs_counted

    rng = random.Random(3)
    vocabulary = ["Doe", "Jane", "Roe", "said", "the", "of", "Van", "Dam"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(300)) for _ in range(3)]
    wanted = {"Doe", "Jane Doe", "Van Dam", "Jane Van Dam", "the", "Roe said", "Nobody", "said the of"}
    every: Counter[str] = Counter()
    for text in texts:
        words = _WORD.findall(text)
        for size in (1, 2, 3):
            every.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    assert _runs_counted(texts, wanted) == Counter({run: every[run] for run in wanted if every[run]})
