"""The key of everything a project's verdict reads: another key for any change the verdict could
see (bytes, names, links, kinds), the same key otherwise, and never a hang on a special file."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from newsdossier.inputs import HASHED_BYTES, PACKAGE_TEMPLATES, inputs_key
from newsdossier.load import MAX_SEED_BYTES, MAX_YAML_BYTES
from newsdossier.render import pages
from sitebuild import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def _key(root: Path, theme: Path | None = None, site_url: str | None = None) -> str:
    return inputs_key(root, root / "templates", root / "docs", theme, site_url)


def test_every_file_the_loader_may_read_is_hashed_whole():
    assert HASHED_BYTES >= max(MAX_SEED_BYTES, MAX_YAML_BYTES)


def test_the_package_templates_are_among_the_inputs():
    assert PACKAGE_TEMPLATES == pages.PACKAGE_TEMPLATES and (PACKAGE_TEMPLATES / "article.md.j2").is_file()


def test_the_key_is_the_same_for_the_same_inputs(project: Path, tmp_path: Path):
    first = _key(project)
    assert _key(project) == first
    (project / "docs" / "about.md").write_text("Hand-written words only build reads.\n", encoding="utf-8")
    assert _key(project) == first  # the verdict reads docs/ paths, not their words
    os.utime(project / "dossier" / "topics.yml", (1, 1))  # a time alone is no change
    assert _key(project) == first


def _edits(project: Path):
    """Each a change the verdict can see, in the order they are made."""
    article = sorted((project / "dossier" / "articles").glob("*.yml"))[0]
    seed = sorted((project / "seeds").iterdir())[0]
    yield (
        "a byte of an article file",
        lambda: article.write_bytes(article.read_bytes().replace(b"title:", b"title: ", 1)),
    )
    yield "a byte of a seed", lambda: seed.write_bytes(seed.read_bytes() + b" ")
    yield "a renamed seed", lambda: seed.rename(seed.with_name("renamed-" + seed.name))
    yield "a stray file in dossier/", lambda: (project / "dossier" / "actor.yml").write_text("actors: []\n")
    yield "a link in seeds/", lambda: (project / "seeds" / "link.txt").symlink_to(article)
    yield (
        "the link's target",
        lambda: (
            (project / "seeds" / "link.txt").unlink(),
            (project / "seeds" / "link.txt").symlink_to(seed.with_name("renamed-" + seed.name)),
        ),
    )
    yield (
        "a template override",
        lambda: (
            (project / "templates").mkdir(exist_ok=True)
            or (project / "templates" / "article.md.j2").write_text("{{ x }}\n")
        ),
    )
    yield (
        "a hand-written page where a generated one goes",
        lambda: (project / "docs" / "outlets.md").write_text("# Outlets\n"),
    )
    yield "the permissions of an article file", lambda: article.chmod(0o600)


def test_any_change_the_verdict_can_see_gives_another_key(project: Path):
    seen = {_key(project)}
    for what, edit in _edits(project):
        edit()
        key = _key(project)
        assert key not in seen, what
        seen.add(key)
    assert _key(project, site_url="https://example.org/other/") not in seen
    theme = project / "templates" / "theme"
    theme.mkdir(parents=True)
    with_theme = _key(project, theme)
    (theme / "main.html").write_text("{% extends 'base.html' %}\n", encoding="utf-8")
    assert _key(project, theme) != with_theme


def test_a_pipe_in_seeds_is_named_not_read(project: Path):
    os.mkfifo(project / "seeds" / "pipe.txt")
    keys: list[str] = []
    reader = threading.Thread(target=lambda: keys.append(_key(project)), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert keys, "the key waited on a pipe"
