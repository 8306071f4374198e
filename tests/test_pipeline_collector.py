"""A build spares the records it keeps from Python's cycle collector (gc.freeze) and gives them
back when it ends, whether it succeeds or fails; outside a build nothing is frozen."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from newsdossier import pipeline
from newsdossier.cache import ResultCache
from newsdossier.errors import DossierError
from newsdossier.pipeline import build_dossier
from sitebuild import copy_project


@pytest.fixture(autouse=True)
def _nothing_frozen_before():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_records_are_spared_during_a_build_and_given_back_after(tmp_path: Path, monkeypatch):
    root = copy_project(tmp_path / "project")
    frozen_while_building: list[int] = []
    real_analyze = pipeline.analyze_all

    def analyze_and_look(*args, **kwargs):
        frozen_while_building.append(gc.get_freeze_count())  # the cleaned articles are spared
        return real_analyze(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_all", analyze_and_look)
    build = build_dossier(root, cache=ResultCache.at(root), render=False)
    assert build.cleaned
    assert frozen_while_building and frozen_while_building[0] > 0
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_failed_build_gives_them_back_too(tmp_path: Path, monkeypatch):
    root = copy_project(tmp_path / "project")

    def fail(*args, **kwargs):
        assert gc.get_freeze_count() > 0  # articles cleaned and read: spared
        raise DossierError([])

    monkeypatch.setattr(pipeline, "compare_all", fail)
    with pytest.raises(DossierError):
        build_dossier(root)
    assert gc.get_freeze_count() == 0


def test_outside_a_build_nothing_is_frozen_and_nested_builds_thaw_once():
    pipeline._kept_for_the_build()
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]  # noqa: F841 - live objects to be frozen
    with pipeline._records_spared():
        with pipeline._records_spared():
            pipeline._kept_for_the_build()
        assert gc.get_freeze_count() > 0  # the inner build ended: the outer one still keeps them
    assert gc.get_freeze_count() == 0
