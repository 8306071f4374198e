"""The render stage's Jinja environment is made once per templates folder, and still sees edits."""

from __future__ import annotations

import os
from pathlib import Path

from newsdossier.render.pages import make_environment


def test_an_edited_or_added_template_is_used_by_the_next_render(tmp_path: Path):
    folder = tmp_path / "templates"
    folder.mkdir()
    page = folder / "page.md.j2"
    page.write_text("first {{ word }}", encoding="utf-8")
    env = make_environment(folder)
    assert env.get_template("page.md.j2").render(word="x") == "first x"
    assert make_environment(folder) is env  # compiled templates kept for the next build
    page.write_text("second {{ word }}", encoding="utf-8")
    later = page.stat().st_mtime + 5
    os.utime(page, (later, later))
    assert make_environment(folder).get_template("page.md.j2").render(word="x") == "second x"
    (folder / "other.md.j2").write_text("added", encoding="utf-8")
    assert make_environment(folder) is not env  # another set of files: another environment
    assert make_environment(folder).get_template("other.md.j2").render() == "added"
