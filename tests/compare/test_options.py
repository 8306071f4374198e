"""Alignment settings are one frozen record passed to compare(), not module globals to patch."""

from __future__ import annotations

import dataclasses

import pytest

from newsdossier.compare import align, compare, vectors
from newsdossier.compare.options import DEFAULT_ALIGNMENT, AlignmentOptions

from .fixtures import make_dossier, reading
from .seedtext import all_seed_articles


def test_options_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_ALIGNMENT.link_threshold = 0.5  # type: ignore[misc]


def test_no_tunable_is_left_as_a_module_global():
    """Every field of AlignmentOptions was once a constant of align.py or features.py (now vectors.py): none is left."""
    for field in dataclasses.fields(AlignmentOptions):
        for module in (align, vectors):
            assert not hasattr(module, field.name.upper()), f"{module.__name__}.{field.name.upper()}"


def test_options_passed_in_change_the_rows():
    """A setting passed to compare() is used: links no pair can reach leave fewer rows."""
    dossier, cleaned = make_dossier(), all_seed_articles()
    empty = reading(cleaned)
    usual = compare(dossier, cleaned, empty)
    strict = compare(
        dossier,
        cleaned,
        empty,
        AlignmentOptions(
            link_threshold=2.0,
            best_threshold=2.0,
            runner_up_threshold=2.0,
            strong_threshold=2.0,
            strong_anchor_threshold=2.0,
            organisation_threshold=2.0,
        ),
    )

    def rows(comparisons) -> int:
        return sum(len(c.rows) for c in comparisons.values())

    assert rows(strict) < rows(usual)
