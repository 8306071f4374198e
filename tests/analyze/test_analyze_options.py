"""AttributionOptions: one frozen record of attribution's tuned numbers, passed in, never patched."""

from __future__ import annotations

import dataclasses

import pytest
from analyze_support import run

from newsdossier.analyze import AttributionOptions
from newsdossier.analyze.options import DEFAULT_ATTRIBUTION
from newsdossier.records import Actor

DOE = Actor("mark-doe", "Mark Doe", "person", bio="He runs a campaign; his team is small.")


def test_options_are_frozen_and_the_defaults_are_used_when_none_are_given():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_ATTRIBUTION.clause_window = 10  # type: ignore[misc]
    text = '"It will pass next week," said Mark Doe of the Institute for Policy at the School of Law.'
    assert run(text, actors=(DOE,)).quotes[0].speaker == "mark-doe"


def test_options_passed_in_change_attribution():
    # An inverted subject of at most one word cannot be "Mark Doe".
    text = '"We will win this state," said Mark Doe.'
    assert run(text, actors=(DOE,)).quotes[0].speaker == "mark-doe"
    narrow = AttributionOptions(inverted_subject_max_words=1)
    assert run(text, actors=(DOE,), options=narrow).quotes[0].speaker is None


def test_fragment_length_comes_from_the_options():
    text = 'Doe called the plan "a costly mistake" on Friday.'
    assert run(text, actors=(DOE,)).quotes[0].fragment is True
    assert (
        run(text, actors=(DOE,), options=AttributionOptions(fragment_max_words=2)).quotes[0].fragment is False
    )
