"""continuation.py: verbs in clauses of when or why, and `he added` going on from the speaker before."""

from __future__ import annotations

from newsdossier.analyze.continuation import adds_to, subordinate
from newsdossier.analyze.cues import Cue, Subject


def _cue(text: str, verb: str, subject: Subject | None = None) -> Cue:
    start = text.index(verb)
    cue = Cue(start, start + len(verb), verb, verb)
    cue.subject = subject
    return cue


def test_a_verb_after_when_and_its_subject_is_subordinate():
    text = "Mark Doe looked tired when Tim Vale asked about it."
    assert subordinate(text, 0, _cue(text, "asked"))


def test_a_main_verb_is_not_subordinate():
    text = "Mark Doe asked about the budget after the vote."
    assert not subordinate(text, 0, _cue(text, "asked"))


def test_he_added_goes_on_from_the_speaker_before_when_the_pronoun_may_name_him():
    he = Subject("tim-vale", "he", person=True)
    doe = Subject("mark-doe", "Mark Doe", person=True)
    cue = _cue('"...," he added.', "added", he)
    assert adds_to(doe, 1, cue, {"mark-doe": "m"})
    assert adds_to(doe, 0, cue, {})
    assert not adds_to(doe, 1, cue, {"mark-doe": "f"})  # known to take another pronoun
    assert not adds_to(doe, 2, cue, {})  # two paragraphs away
    assert not adds_to(doe, 0, _cue('"...," he said.', "said", he), {})  # not a verb that goes on
    assert not adds_to(Subject("acme", "Acme"), 0, cue, {})  # a body, not a person
