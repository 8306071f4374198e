"""Reported speech: the actor named next to a reporting verb speaks the sentence."""

from analyze_support import run


def _reported(text: str) -> list[str | None]:
    analysis = run(text)
    return [s.reported_by for s in analysis.sentences]


def test_the_actor_before_or_right_after_a_reporting_verb_speaks():
    assert _reported("Tom Becker said the border would stay shut for the whole winter.") == ["tom-becker"]
    assert _reported("The border will stay shut for the whole winter, said Maria Lopez.") == ["maria-lopez"]


def test_an_actor_far_from_the_verb_does_not_speak():
    text = "Anna Schmidt arrived in the capital on a long visit, and the officials there said nothing."
    assert _reported(text) == [None]
    assert _reported("The talks in the capital dragged on until late at night.") == [None]
