"""The MkDocs plugin: errors stop the build cleanly and leave the last site in place."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from sitebuild import REPO, build_site, copy_project, tree_digest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the real project, safe to break."""
    return copy_project(tmp_path)


def test_a_dossier_error_fails_the_strict_build_without_traceback_and_keeps_the_last_site(project: Path):
    site = project / "site"
    assert build_site(project, site).returncode == 0
    before = tree_digest(site)
    article = project / "dossier" / "articles" / "russia-france-up-battle.yml"
    article.write_text(
        article.read_text(encoding="utf-8").replace("topics:", "topics: [no-such-topic]\nold_topics:", 1),
        encoding="utf-8",
    )

    result = build_site(project, site)

    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert "dossier/articles/russia-france-up-battle.yml" in output
    assert tree_digest(site) == before


def test_a_hand_written_page_at_a_generated_path_is_an_error_not_an_overwrite(project: Path):
    clash = project / "docs" / "timeline.md"
    clash.write_text("# My own timeline\n", encoding="utf-8")
    result = build_site(project, project / "site")
    assert result.returncode == 1
    assert "docs/timeline.md" in result.stdout + result.stderr
    assert clash.read_text(encoding="utf-8") == "# My own timeline\n"


def test_make_build_keeps_the_previous_site_when_the_build_fails(project: Path):
    """`make build` builds into site.tmp and swaps only on success (strict warnings included)."""
    shutil.copy2(REPO / "Makefile", project / "Makefile")
    venv = REPO / ".venv"
    (project / ".venv").symlink_to(venv)
    stamp = ["-o", ".venv/.installed"]  # the project's venv is set up already: don't reinstall
    ok = subprocess.run(
        ["make", "-s", "build", *stamp], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert ok.returncode == 0, ok.stderr
    before = tree_digest(project / "site")
    # A link to a page that does not exist: only MkDocs' strict mode catches it, after writing pages.
    (project / "docs" / "about.md").write_text("# About\n\n[broken](nowhere.md)\n", encoding="utf-8")
    failed = subprocess.run(
        ["make", "-s", "build", *stamp], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert failed.returncode != 0
    assert "nowhere.md" in failed.stdout + failed.stderr
    assert tree_digest(project / "site") == before


def test_layout_space_is_cut_outside_pre_and_textarea():
    from newsdossier.plugin.plugin import strip_layout_space

    html = "<ul>\n      \n    <li>a  b</li>\n\n  </ul><pre>  x\n\n    y</pre>\n  <textarea>\n  t\n</textarea>"
    assert (
        strip_layout_space(html)
        == "<ul>\n<li>a  b</li>\n</ul><pre>  x\n\n    y</pre>\n<textarea>\n  t\n</textarea>"
    )
