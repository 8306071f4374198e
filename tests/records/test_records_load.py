"""The load stage's records (records/load.py): where values come from, dates as the sources give
them, editors' choices that point at their own keys, and the dossier's lookups by id."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from newsdossier.records import (
    Actor,
    AlignmentChoice,
    Article,
    CleaningOverrides,
    DateInfo,
    Dossier,
    DossierInfo,
    Origin,
    Outlet,
    Problem,
    Topic,
)


def test_an_origin_reads_file_line_and_key_leaving_out_what_it_lacks():
    assert str(Origin("dossier/articles/a.yml", 3, "topics[1]")) == "dossier/articles/a.yml:3: topics[1]"
    assert str(Origin("dossier/articles/a.yml", 3)) == "dossier/articles/a.yml:3"
    assert str(Origin("dossier/articles/a.yml", key="outlet")) == "dossier/articles/a.yml: outlet"
    assert str(Origin("seeds/a.txt")) == "seeds/a.txt"
    # Line 0 does not exist in a 1-based file, but it is still a line, not a missing one.
    assert str(Origin("x.yml", 0)) == "x.yml:0"


def test_a_problem_reads_as_its_origin_and_its_message_and_is_an_error_by_default():
    problem = Problem(Origin("dossier/topics.yml", 7, "topics[2].date"), "Expected a date")
    assert str(problem) == "dossier/topics.yml:7: topics[2].date: Expected a date"
    assert problem.severity == "error"


def test_a_date_gives_its_iso_form_only_when_known():
    assert DateInfo(dt.date(2001, 2, 3), "stated").iso == "2001-02-03"
    unknown = DateInfo(None)
    assert unknown.iso is None and unknown.status == "unknown" and unknown.note == ""


def test_an_override_finds_where_each_of_its_texts_is_written():
    cut = Origin("dossier/articles/a.yml", 9, "overrides.cut_after")
    drop = Origin("dossier/articles/a.yml", 11, "overrides.drop[0]")
    overrides = CleaningOverrides(
        cut_after="Share this",
        drop=("Advert",),
        origins=(("cut_after", "Share this", cut), ("drop", "Advert", drop)),
    )
    assert overrides.origin_of("cut_after", "Share this") == cut
    assert overrides.origin_of("drop", "Advert") == drop
    # Name and text must both match: the same text under another key is another entry.
    assert overrides.origin_of("drop", "Share this") is None
    assert CleaningOverrides().origin_of("drop", "Advert") is None


def test_a_choice_points_at_one_of_its_own_keys_under_its_origin():
    choice = AlignmentChoice((("a", "words"),), origin=Origin("dossier/topics.yml", 12, "topics[0].pins[1]"))
    assert choice.origin_of("row") == Origin("dossier/topics.yml", 12, "topics[0].pins[1].row")
    keyless = AlignmentChoice((), origin=Origin("dossier/topics.yml", 5))
    assert keyless.origin_of("passages") == Origin("dossier/topics.yml", 5, "passages")
    assert AlignmentChoice(()).origin_of("row") == Origin("", None, "row")


def _dossier() -> Dossier:
    return Dossier(
        root=Path("."),
        info=DossierInfo(title="A test dossier"),
        articles=(
            Article("first", "seeds/first.txt", "First", "wire"),
            Article("second", "seeds/s.txt", "S", None),
        ),
        topics=(Topic("summit", "The summit", DateInfo(None)),),
        actors=(Actor("ana-ruiz", "Ana Ruiz", "person"), Actor("ruritania", "Ruritania", "state")),
        outlets=(Outlet("wire", "The Wire", "wire"),),
        events=(),
    )


def test_the_dossier_finds_its_records_by_id():
    dossier = _dossier()
    assert dossier.article("second").source == "seeds/s.txt"
    assert dossier.topic("summit").title == "The summit"
    assert dossier.actor("ruritania").kind == "state"
    assert dossier.outlet("wire") == Outlet("wire", "The Wire", "wire")


def test_an_unknown_outlet_is_none_and_other_unknown_ids_are_an_error():
    dossier = _dossier()
    assert dossier.outlet(None) is None and dossier.outlet("gazette") is None
    for lookup in (dossier.article, dossier.topic, dossier.actor):
        with pytest.raises(StopIteration):
            lookup("nobody")


def test_records_are_frozen_and_an_article_knows_nothing_it_was_not_told():
    first, second = Article("a", "seeds/a.txt", "A", None), Article("b", "seeds/b.txt", "B", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "changed"  # type: ignore[misc]
    assert first.published == DateInfo(None) and first.overrides == CleaningOverrides()
    assert second.topics == () and second.corrections == () and second.quote_speakers == ()
    assert hash(Origin("a.yml", 1, "k")) == hash(Origin("a.yml", 1, "k"))
