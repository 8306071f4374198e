"""Dossier warnings in the build log: an instruction that did nothing fails --strict, the others
are shown and do not."""

from __future__ import annotations

from pathlib import Path

from sitebuild import build_site, copy_project


def test_an_unused_seed_is_shown_and_the_strict_build_passes(tmp_path: Path):
    project = copy_project(tmp_path)
    (project / "seeds" / "forgotten.txt").write_text("A forgotten article.\n", encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "Dossier warning: seeds/forgotten.txt: Expected every seed to be used" in result.stderr


def test_a_drop_that_matches_nothing_fails_the_strict_build(tmp_path: Path):
    project = copy_project(tmp_path)
    article = next(
        p
        for p in sorted((project / "dossier" / "articles").glob("*.yml"))
        if "cleaning:" not in p.read_text()
    )
    with article.open("a", encoding="utf-8") as handle:
        handle.write('cleaning:\n  drop: ["A paragraph that is in no article"]\n')
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "an instruction did nothing" in result.stderr and "cleaning.drop" in result.stderr
