"""The `dossier` command, run as an editor runs it: messages, exit codes, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from sitebuild import PROJECT, copy_project, run_dossier

dossier = run_dossier


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path, ("dossier", "seeds", "templates", "docs"))


def test_check_passes_on_the_real_dossier():
    result = dossier("check")
    assert result.returncode == 0, result.stderr
    assert "5 articles, 3 topics" in result.stdout


def test_check_accepts_root_before_or_after_the_subcommand(project: Path):
    assert dossier("--root", str(project), "check", cwd=Path("/")).returncode == 0
    assert dossier("check", "--root", str(project), cwd=Path("/")).returncode == 0


def test_add_drafts_an_article_from_a_seed_and_never_overwrites(project: Path):
    seed = project / "seeds" / "new-story.txt"
    shutil.copy(PROJECT / "seeds" / "004_f52bfe66f0f2701d.txt", seed)
    first = dossier("--root", str(project), "add", str(seed), "--id", "new-story", cwd=project)
    assert first.returncode == 0, first.stderr
    draft = project / "dossier" / "articles" / "new-story.yml"
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert data["source"] == "seeds/new-story.txt"
    assert data["title"].startswith("Putin, Hollande agree")
    assert data["outlet"] is None and data["published"]["status"] == "unknown"  # nothing invented
    draft.write_text(draft.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    edited = draft.read_text(encoding="utf-8")

    again = dossier("--root", str(project), "add", str(seed), "--id", "new-story", cwd=project)

    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
    assert draft.read_text(encoding="utf-8") == edited


def test_add_refuses_a_file_outside_seeds(project: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(
        "A headline\n\nSome text of an article that is long enough to be kept.\n", encoding="utf-8"
    )
    result = dossier("--root", str(project), "add", str(outside), cwd=project)
    assert result.returncode == 1 and "seeds" in result.stderr and "Traceback" not in result.stderr


def test_export_writes_the_generated_pages_and_data(tmp_path: Path):
    result = dossier("export", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "articles" / "russia-france-up-battle.md").is_file()
    assert (tmp_path / "out" / "dossier.json").is_file()


def test_clean_prints_the_body_and_explains_removals():
    seed = PROJECT / "seeds" / "003_bba586f07c384d09.txt"
    plain = dossier("clean", str(seed))
    assert plain.returncode == 0
    assert "Leave a Reply" not in plain.stdout and "\n\n" in plain.stdout
    explained = dossier("clean", "--explain", str(seed))
    assert "Leave a Reply" in explained.stdout and "comment" in explained.stdout.lower()


def test_a_missing_file_is_a_message_not_a_traceback():
    result = dossier("clean", "no/such/file.txt")
    assert result.returncode == 1 and "Traceback" not in result.stderr and "no/such/file.txt" in result.stderr


def test_check_of_an_unchanged_project_gives_the_verdict_kept_and_never_a_stale_one(
    project: Path, capsys, monkeypatch
):
    from newsdossier import pipeline
    from newsdossier.cli.main import main

    assert main(["--root", str(project), "check"]) == 0
    first = capsys.readouterr()

    def no_build(*args, **kwargs):
        raise AssertionError("an unchanged project was checked again")

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "check_project", no_build)
        assert main(["--root", str(project), "check"]) == 0
        assert capsys.readouterr() == first
    # An edit that breaks the dossier is seen at once.
    article = sorted((project / "dossier" / "articles").glob("*.yml"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text.replace("source:", "source: seeds/no-such-seed.txt\nformer_source:", 1), encoding="utf-8"
    )
    assert main(["--root", str(project), "check"]) == 1
    assert "no-such-seed.txt" in capsys.readouterr().err
    article.write_text(text, encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 0
    assert capsys.readouterr() == first
