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


def test_a_wide_topic_raises_the_link_floors_and_a_narrow_one_keeps_them():
    """From topic_min_articles articles on, every link threshold is at least wide_topic_link, a link
    shares at least wide_topic_shared_terms terms, more terms block, no continuation joins a row, a
    high score is an anchor of its own and groups merge from a higher mean similarity; under it the
    record is the same."""
    options = AlignmentOptions(topic_min_articles=4, wide_topic_link=0.3, wide_topic_shared_terms=5)
    assert options.for_topic(3) is options
    wide = options.for_topic(4)
    for name in (
        "link_threshold",
        "best_threshold",
        "runner_up_threshold",
        "strong_anchor_threshold",
        "organisation_threshold",
    ):
        assert getattr(wide, name) == 0.3, name
    assert wide.min_shared_terms == 5
    assert wide.blocking_terms == max(options.blocking_terms, options.wide_topic_blocking_terms)
    assert wide.continuation_shared == 0 < options.continuation_shared
    assert wide.contradiction_similarity == options.wide_topic_contradiction_similarity
    assert wide.unanchored_link == options.wide_topic_unanchored_link > options.unanchored_link == 0.0
    assert wide.merge_threshold == options.wide_topic_merge_threshold > options.merge_threshold
    kept = AlignmentOptions(wide_topic_continuations=True).for_topic(4)
    assert kept.continuation_shared == options.continuation_shared
    assert wide.restatement_threshold == 0.0 < options.restatement_threshold
    restating = AlignmentOptions(wide_topic_restatements=True).for_topic(4)
    assert restating.restatement_threshold == options.restatement_threshold
    assert wide.strong_threshold == options.strong_threshold  # already above the floor
    assert wide.for_topic(12) == wide


def test_the_wide_topic_floor_drops_weak_links_in_a_topic_of_many_articles():
    """The seeds' topics have two or three articles: counted as a topic of four, their weak links
    (a best match under the floor) are no longer rows."""
    dossier, cleaned = make_dossier(), all_seed_articles()
    empty = reading(cleaned)
    usual = compare(dossier, cleaned, empty)
    # No background discount (no share exceeds 1), so that only the floors differ.
    wide = AlignmentOptions(topic_min_articles=2, topic_share=1.0, number_topic_share=1.0)
    no_floor = dataclasses.replace(
        wide,
        wide_topic_link=0.0,
        wide_topic_shared_terms=0,
        wide_topic_blocking_terms=0,
        wide_topic_continuations=True,
        wide_topic_restatements=True,
        wide_topic_contradiction_similarity=0.0,
        wide_topic_unanchored_link=0.0,
        wide_topic_merge_threshold=0.0,
    )

    def count(options: AlignmentOptions) -> int:
        return sum(len(c.rows) for c in compare(dossier, cleaned, empty, options).values())

    assert count(no_floor) == sum(len(c.rows) for c in usual.values())
    assert count(wide) < count(no_floor)
