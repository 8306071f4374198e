"""Bad inputs end in exit 1 and a message naming file, line and key, never a traceback:
from `dossier check` and from `mkdocs build --strict` (what `make build` runs)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitebuild import build_site, copy_project, tree_digest

from .corpus import build_case, contains_line, expected_lines

# Cases chosen to cover each layer: YAML syntax, hostile YAML, schema, references, seeds.
CLI_CASES = [
    "yaml-syntax-error",
    "billion-laughs",
    "yaml-deep-nesting",
    "unknown-key-typo",
    "unknown-topic-id",
    "source-outside-seeds",
    "source-is-fifo",
    "seed-oversized",
    "alias-empty",
    "many-problems-at-once",
]
BUILD_CASES = [
    "yaml-syntax-error",
    "billion-laughs",
    "source-symlink-out",
    "many-problems-at-once",
    "yaml-alias-long-string",
    "cleaning-leaves-no-body",
    "template-undefined-field",
    "docs-page-collides",
]
# A check of a tiny dossier takes ~0.5 s, mostly Python start-up; the limit leaves room
# for a loaded CI machine while still catching a hang (a FIFO read, an alias explosion).
MAX_CHECK_SECONDS = 20


def _errors(name: str) -> list[str]:
    return [line.removeprefix("error: ") for line in expected_lines(name) if line.startswith("error: ")]


def _with_site_files(root: Path) -> Path:
    """The case's dossier plus the project's mkdocs.yml, docs/ and templates/ (beside a case's own
    page in docs/ or template in templates/, which stay)."""
    own = {name: root / name for name in ("docs", "templates") if (root / name).is_dir()}
    for name, folder in own.items():
        folder.rename(root.parent / f"own-{name}")
    copy_project(root, ("mkdocs.yml", "docs", "templates"))
    for name, folder in own.items():
        shutil.copytree(root.parent / f"own-{name}", folder, dirs_exist_ok=True)
    return root


def _check(root: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "newsdossier.cli.main", "--root", str(root), "check"]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=root.parent)


@pytest.mark.parametrize("name", CLI_CASES)
def test_dossier_check_exits_1_with_every_error_and_no_traceback(name, tmp_path):
    root = build_case(name, tmp_path)
    started = time.perf_counter()
    result = _check(root)
    assert time.perf_counter() - started < MAX_CHECK_SECONDS
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for line in _errors(name):
        assert contains_line(result.stderr, line)


def test_dossier_check_passes_on_the_valid_fixture(tmp_path):
    root = _with_site_files(build_case("seed-unused", tmp_path))  # a valid dossier plus one unused seed
    result = _check(root)
    assert result.returncode == 0, result.stderr
    assert "warning: seeds/gamma.txt: Expected every seed to be used" in result.stderr
    assert "The dossier is valid: 2 articles" in result.stdout


@pytest.mark.parametrize("name", BUILD_CASES)
def test_mkdocs_build_fails_with_the_messages_and_keeps_the_last_site(name, tmp_path):
    root = _with_site_files(build_case(name, tmp_path))
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>the last good site</p>\n")
    before = tree_digest(site)
    result = build_site(root, site)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for line in _errors(name):
        assert contains_line(output, line)
    assert tree_digest(site) == before


def test_plain_mkdocs_build_keeps_the_last_site_when_a_page_collides(tmp_path):
    """`mkdocs build` without make, --strict or --site-dir: the collision of a hand-written page
    with a generated one is found in on_config, before MkDocs empties site/."""
    root = _with_site_files(build_case("docs-page-collides", tmp_path))
    site = root / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>the last good site</p>\n")
    before = tree_digest(site)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=root, capture_output=True, text=True, timeout=300
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for line in _errors("docs-page-collides"):
        assert contains_line(output, line)
    assert tree_digest(site) == before


def test_a_broken_theme_override_fails_check_and_build_alike_and_keeps_the_last_site(tmp_path):
    """A Jinja syntax error in mkdocs.yml's custom_dir (the editor's MkDocs theme overrides) used
    to surface as a traceback after MkDocs had emptied site_dir."""
    root = _with_site_files(build_case("seed-unused", tmp_path))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("theme:\n", "theme:\n  custom_dir: templates/theme\n", 1))
    (root / "templates" / "theme").mkdir(parents=True)
    (root / "templates" / "theme" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}{% if %}{% endblock %}\n'
    )
    expected = "templates/theme/main.html:2: Expected a valid Jinja template but received a syntax error"
    checked = _check(root)
    assert checked.returncode == 1 and expected in checked.stderr, checked.stderr
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>the last good site</p>\n")
    before = tree_digest(site)
    built = build_site(root, site)
    output = built.stdout + built.stderr
    assert built.returncode == 1 and expected in output, output
    assert "Traceback" not in output + checked.stderr
    assert tree_digest(site) == before
