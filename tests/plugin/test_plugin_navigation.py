"""The site navigation (plugin/navigation.py): the render stage's, with the hand-written pages of
docs/ at the end of "About" unless the build generated them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsdossier.plugin.navigation import dossier_nav
from newsdossier.records import GeneratedFile


def build(nav: list, *paths: str) -> tuple[list, tuple[GeneratedFile, ...]]:
    """The navigation and files of a build that generated `paths`."""
    return nav, tuple(GeneratedFile(path, "") for path in paths)


def docs(tmp_path: Path, *names: str) -> Path:
    for name in names:
        (tmp_path / name).write_text("# Hand-written\n", encoding="utf-8")
    return tmp_path


def test_hand_written_pages_join_the_about_section_in_order(tmp_path: Path):
    nav: list[Any] = [{"Home": "index.md"}, {"About": [{"Data": "data.md"}]}]
    found = dossier_nav(*build(nav, "index.md", "data.md"), docs(tmp_path, "about.md", "methodology.md"))
    assert found == [{"Home": "index.md"}, {"About": [{"Data": "data.md"}, "methodology.md", "about.md"]}]
    assert nav == [{"Home": "index.md"}, {"About": [{"Data": "data.md"}]}]  # the build's is left alone


def test_a_page_the_build_generated_is_not_listed_twice(tmp_path: Path):
    nav: list[Any] = [{"About": ["methodology.md"]}]
    found = dossier_nav(*build(nav, "methodology.md"), docs(tmp_path, "about.md", "methodology.md"))
    assert found == [{"About": ["methodology.md", "about.md"]}]


def test_without_an_about_section_one_is_added_only_for_pages_that_exist(tmp_path: Path):
    nav: list[Any] = [{"Home": "index.md"}]
    assert dossier_nav(*build(nav, "index.md"), docs(tmp_path)) == nav
    assert dossier_nav(*build(nav, "index.md"), docs(tmp_path, "about.md")) == [
        {"Home": "index.md"},
        {"About": ["about.md"]},
    ]
