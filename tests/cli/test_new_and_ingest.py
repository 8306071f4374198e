"""`dossier new`, `dossier add FILE... --outlet ...` and `dossier import LIST.csv`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sitebuild import run_dossier

SEED = """{headline}

The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.

Residents who use the bridge every day said they had not been told how long the closure would last, and asked for a ferry.
"""


dossier = run_dossier


@pytest.fixture
def project(tmp_path: Path) -> Path:
    result = dossier("new", "mine", "--title", "The bridge", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "mine"


def test_new_writes_a_project_of_the_editors_files_only(project: Path):
    names = {p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file()}
    assert {"mkdocs.yml", "Makefile", "README.md", "dossier/dossier.yml", "dossier/topics.yml"} <= names
    assert not any(n.endswith(".j2") for n in names)  # templates come from the package
    assert yaml.safe_load((project / "dossier" / "dossier.yml").read_text())["title"] == "The bridge"
    assert "# The bridge" in (project / "README.md").read_text()


def test_new_never_writes_into_a_folder_that_holds_files(project: Path):
    again = dossier("new", str(project), cwd=project.parent)
    assert again.returncode == 1 and "empty folder" in again.stderr and "Traceback" not in again.stderr


def test_add_several_files_with_recorded_metadata(project: Path):
    (project / "seeds" / "a.txt").write_text(
        SEED.format(headline="Council closes old bridge."), encoding="utf-8"
    )
    (project / "seeds" / "b.txt").write_text(
        SEED.format(headline="Ferry asked for as bridge shuts"), encoding="utf-8"
    )
    result = dossier(
        "add", "seeds/a.txt", "seeds/b.txt", "--outlet", "Town Times", "--date", "2024-05-01",
        "--byline", "Ann Writer", "--topic", "Bridge", "--record", "the town library's archive",
        cwd=project,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    a = yaml.safe_load((project / "dossier" / "articles" / "council-closes-old-bridge.yml").read_text())
    assert a["title"] == "Council closes old bridge"  # whole, without the headline's full stop
    assert a["outlet"] == "town-times" and a["outlet_status"] == "recorded"
    assert a["published"] == {
        "date": __import__("datetime").date(2024, 5, 1),
        "status": "recorded",
        "note": "Recorded: from the town library's archive.",
    }
    assert a["byline"] == ["Ann Writer"] and a["topics"] == ["bridge"]
    outlets = yaml.safe_load((project / "dossier" / "outlets.yml").read_text())["outlets"]
    assert outlets == [{"id": "town-times", "name": "Town Times"}]
    topics = yaml.safe_load((project / "dossier" / "topics.yml").read_text())["topics"]
    assert [t["id"] for t in topics] == ["bridge"]
    check = dossier("check", cwd=project)
    assert check.returncode == 0, check.stderr


def test_import_checks_every_row_before_writing_anything(project: Path):
    (project / "seeds" / "a.txt").write_text(
        SEED.format(headline="Council closes old bridge"), encoding="utf-8"
    )
    (project / "list.csv").write_text(
        "file,title,outlet,date,byline,url,topics\n"
        "a.txt,,Town Times,2024-05-01,,,bridge\n"
        "missing.txt,,Town Times,2024-05-02,,,bridge\n"
        "a.txt,Another title,Town Times,1 May,,,bridge\n",
        encoding="utf-8",
    )
    result = dossier("import", "list.csv", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "list.csv:3" in result.stderr and "does not exist" in result.stderr
    assert "list.csv:4: date: Expected a date YYYY-MM-DD but received: '1 May'" in result.stderr
    assert not list((project / "dossier" / "articles").glob("*.yml"))  # nothing written


def test_import_rejects_an_unknown_column_naming_it(project: Path):
    (project / "list.csv").write_text("file,titel\na.txt,x\n", encoding="utf-8")
    result = dossier("import", "list.csv", cwd=project)
    assert result.returncode == 1 and "list.csv:1: titel: Expected one of the columns" in result.stderr
