"""Actor mentions: aliases, derived forms, and the hits that must not count."""

from __future__ import annotations

from analyze_support import PEOPLE, run

from newsdossier.analyze.mentions import AliasMatcher, person_forms
from newsdossier.records import Actor


def mentions(*paragraphs, actors=PEOPLE):
    return [(m.actor, m.text) for m in run(*paragraphs, actors=actors).mentions]


def test_full_name_surname_title_and_possessives():
    found = mentions(
        "Tom Becker arrived. Becker’s plan and Becker's aides met Mr. Becker and Minister Becker."
    )
    assert found == [
        ("tom-becker", "Tom Becker"),
        ("tom-becker", "Becker’s"),
        ("tom-becker", "Becker's"),
        ("tom-becker", "Mr. Becker"),
        ("tom-becker", "Minister Becker"),
    ]


def test_accents_are_folded_both_ways():
    actors = (Actor("francois-hollande", "François Hollande", "person", aliases=("Francois Holland",)),)
    found = mentions(
        "Francois Hollande and François Hollande met. Hollande spoke. Francois Holland too.", actors=actors
    )
    assert found == [
        ("francois-hollande", "Francois Hollande"),
        ("francois-hollande", "François Hollande"),
        ("francois-hollande", "Hollande"),
        ("francois-hollande", "Francois Holland"),
    ]
    assert mentions("María López and Maria Lopez and Lopez") == [
        ("maria-lopez", "María López"),
        ("maria-lopez", "Maria Lopez"),
        ("maria-lopez", "Lopez"),
    ]


def test_longest_match_without_overlap():
    found = mentions("Klaus von der Brandt, Von der Brandt and von der Brandt’s office.")
    assert found == [
        ("klaus-von-der-brandt", "Klaus von der Brandt"),
        ("klaus-von-der-brandt", "Von der Brandt"),
        ("klaus-von-der-brandt", "von der Brandt’s"),
    ]


def test_word_boundaries():
    assert mentions("The Beckerian school and Schmidtville and anti-Becker slogans.") == []


def test_surname_as_a_place_does_not_count():
    found = mentions(
        "Hans Holland visited. Farmers in Holland and traders across Holland were angry. Holland said no."
    )
    assert found == [("hans-holland", "Hans Holland"), ("hans-holland", "Holland")]


def test_surname_after_a_preposition_can_still_be_the_person():
    found = mentions("No pledge from Becker. It featured in Becker’s press conference.")
    assert found == [("tom-becker", "Becker"), ("tom-becker", "Becker’s")]


def test_same_surname_for_another_person_does_not_count():
    found = mentions("Tom Becker spoke, then Boris Becker and Lisa Schmidt. Anna Schmidt agreed with Becker.")
    assert found == [("tom-becker", "Tom Becker"), ("anna-schmidt", "Anna Schmidt"), ("tom-becker", "Becker")]


def test_a_longer_name_is_not_the_actor():
    assert mentions("The Becker Foundation gave money.") == []


def test_state_alias_and_organisation():
    found = mentions("Strelsau and Ruritania’s allies in the Eastern League.")
    assert found == [
        ("ruritania", "Strelsau"),
        ("ruritania", "Ruritania’s"),
        ("eastern-league", "Eastern League"),
    ]


def test_shared_surname_goes_to_the_person_named_last():
    actors = (Actor("anna-weber", "Anna Weber", "person"), Actor("max-weber", "Max Weber", "person"))
    assert mentions("Weber spoke.", actors=actors) == []  # nobody named yet: ambiguous
    found = mentions(
        "Anna Weber met Max Weber. Later Weber left.", "Anna Weber spoke again. Weber smiled.", actors=actors
    )
    assert found[2] == ("max-weber", "Weber")
    assert found[-1] == ("anna-weber", "Weber")


def test_offsets_point_at_the_paragraph_text():
    analysis = run("Yesterday Tom Becker and Schmidt spoke.")
    text = "Yesterday Tom Becker and Schmidt spoke."
    assert [text[m.start : m.end] for m in analysis.mentions] == ["Tom Becker", "Schmidt"]
    assert all(m.paragraph == 0 and m.article == "a" for m in analysis.mentions)


def test_person_forms():
    assert {"al-Assad", "Assad", "Mr. al-Assad"} <= person_forms("Bashar al-Assad")
    assert "von der Leyen" in person_forms("Ursula von der Leyen")
    assert "Brynen" in person_forms("Rex J. Brynen")


def test_one_pattern_for_many_actors_is_fast_enough():
    actors = [Actor(f"p{i}", f"Given{i} Family{i}", "person") for i in range(2000)]
    matcher = AliasMatcher(actors)
    hits = matcher.find("Given7 Family7 met Family1999 and Mr. Family42.")
    assert [h.actor for h in hits] == ["p7", "p1999", "p42"]


def test_surname_after_a_sentence_ending_in_a_name_counts():
    found = mentions("Becker met Lopez in Geneva. Becker said no. Then Gen. Becker left.")
    assert found == [
        ("tom-becker", "Becker"),
        ("maria-lopez", "Lopez"),
        ("tom-becker", "Becker"),
        ("tom-becker", "Gen. Becker"),
    ]


def test_a_shared_surname_goes_to_the_person_the_dossier_names_far_more_often():
    from analyze_support import run_many

    actors = (
        Actor("jane-roe", "Jane Roe", "person", aliases=("Roe",), bio="She is a senator."),
        Actor("bill-roe", "Bill Roe", "person", aliases=("Roe",), bio="He is her brother."),
    )
    analysis, _ = run_many(
        {
            "profile": ["Jane Roe spoke first. Later Jane Roe voted, and Jane Roe left early."],
            "report": ['"We will win this seat," Roe said on Friday.'],
        },
        actors=actors,
    )
    (quote,) = [q for q in analysis.quotes if q.article == "report"]
    assert quote.speaker == "jane-roe"
    # Named in full in the article itself, the other owner of the surname wins there.
    analysis, _ = run_many(
        {
            "profile": ["Jane Roe spoke first. Later Jane Roe voted, and Jane Roe left early."],
            "report": ['Bill Roe came too. "We will win this seat," Roe said on Friday.'],
        },
        actors=actors,
    )
    (quote,) = [q for q in analysis.quotes if q.article == "report"]
    assert quote.speaker == "bill-roe"


def test_a_title_and_a_surname_that_open_a_longer_name_are_not_that_person():
    # "Sen. Rita" is a form of Ola Rita, but in "Sen. Rita Holm" Rita is Rita Holm's first name.
    matcher = AliasMatcher(
        [Actor("ola-rita", "Ola Rita", "person"), Actor("rita-holm", "Rita Holm", "person")]
    )
    found = [
        (h.actor, h.text) for h in matcher.find("Said Sen. Rita Holm on Monday, and then Sen. Rita spoke.")
    ]
    assert found == [("rita-holm", "Rita Holm"), ("ola-rita", "Sen. Rita")]
