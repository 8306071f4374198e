"""The render stage's record (records/render.py): a file the build adds, as text or as bytes."""

from __future__ import annotations

import dataclasses

import pytest

from newsdossier.records import GeneratedFile


def test_a_generated_file_holds_text_or_bytes_under_its_path():
    page = GeneratedFile("articles/a.md", "# A\n")
    figure = GeneratedFile("assets/a.svg", b"<svg/>")
    assert (page.path, page.content) == ("articles/a.md", "# A\n")
    assert isinstance(figure.content, bytes)


def test_files_are_equal_by_path_and_content_and_cannot_be_changed():
    assert GeneratedFile("a.md", "x") == GeneratedFile("a.md", "x")
    assert GeneratedFile("a.md", "x") != GeneratedFile("b.md", "x")
    assert GeneratedFile("a.md", "x") != GeneratedFile("a.md", b"x")
    assert len({GeneratedFile("a.md", "x"), GeneratedFile("a.md", "x")}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        GeneratedFile("a.md", "x").content = "y"  # type: ignore[misc]
