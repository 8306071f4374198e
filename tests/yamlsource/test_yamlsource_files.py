"""Files of dossier/ read safely (yamlsource/files.py): inside the project, bounded in size, never
blocking on a pipe, UTF-8 only; every problem an error at the file (and line) where it is."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from newsdossier.records import Origin
from newsdossier.yamlsource import (
    MAX_YAML_BYTES,
    decode_text,
    outside_message,
    plain,
    read_bounded,
    read_yaml_file,
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_a_file_is_read_into_a_tree_with_no_problem(tmp_path: Path):
    path = write(tmp_path / "dossier" / "topics.yml", "- id: bridge\n  title: The bridge\n")
    tree, problems = read_yaml_file(path, "dossier/topics.yml", tmp_path)
    assert problems == [] and plain(tree) == [{"id": "bridge", "title": "The bridge"}]
    assert tree is not None and tree.line == 1


def test_a_todo_left_in_a_file_is_a_warning_at_its_line(tmp_path: Path):
    path = write(tmp_path / "a.yml", "title: Bridge\noutlet: null  # TODO: the outlet\n")
    tree, problems = read_yaml_file(path, "dossier/articles/a.yml")
    assert tree is not None
    assert [(p.origin, p.severity) for p in problems] == [(Origin("dossier/articles/a.yml", 2), "warning")]
    assert "TODO: the outlet" in problems[0].message


def test_bad_yaml_is_an_error_at_its_line_and_todos_are_still_reported(tmp_path: Path):
    path = write(tmp_path / "a.yml", "# TODO check\ntitle: [unclosed\nother: 1\n")
    tree, problems = read_yaml_file(path, "dossier/articles/a.yml")
    assert tree is None
    assert [p.severity for p in problems] == ["error", "warning"]
    assert problems[0].origin.file == "dossier/articles/a.yml" and problems[0].origin.line in (2, 3, 4)


def test_a_link_leading_outside_the_project_is_refused_before_it_is_opened(tmp_path: Path):
    secret = write(tmp_path / "elsewhere" / "secret.yml", "password: hunter2\n")
    link = tmp_path / "project" / "dossier" / "actors.yml"
    link.parent.mkdir(parents=True)
    link.symlink_to(secret)
    tree, problems = read_yaml_file(link, "dossier/actors.yml", tmp_path / "project")
    assert tree is None and len(problems) == 1
    assert "leads outside" in problems[0].message and "hunter2" not in problems[0].message
    assert outside_message(link, tmp_path / "project", "the project").endswith("outside it")
    assert outside_message(secret, tmp_path, "the project") == ""


def test_a_missing_file_a_folder_and_a_pipe_are_errors_that_never_block(tmp_path: Path):
    assert read_bounded(tmp_path / "none.yml", 100, "a YAML file") == (
        b"",
        "Expected a YAML file but there is no such file",
    )
    assert read_bounded(tmp_path, 100, "a YAML file")[1].endswith("but received a directory")
    pipe = tmp_path / "pipe.yml"
    os.mkfifo(pipe)
    # In a thread of its own, so that a read that blocks fails the test instead of hanging it.
    found: list[tuple[bytes, str]] = []
    reader = threading.Thread(
        target=lambda: found.append(read_bounded(pipe, 100, "a YAML file")), daemon=True
    )
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a pipe blocked"
    data, message = found[0]
    assert data == b"" and "a pipe or a device" in message


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path: Path):
    path = write(tmp_path / "big.yml", b"x" * 2001)
    assert read_bounded(path, 2000, "a YAML file") == (
        b"",
        "Expected a YAML file of at most 2,000 bytes but received 2,001 bytes",
    )
    assert read_bounded(path, 2001, "a YAML file") == (b"x" * 2001, "")
    huge = write(tmp_path / "huge.yml", b"a: 1\n" * (MAX_YAML_BYTES // 5 + 1))
    tree, problems = read_yaml_file(huge, "dossier/huge.yml")
    assert tree is None and "2.0 MB" in problems[0].message


@pytest.mark.parametrize(
    ("data", "line", "says"),
    [
        (b"\xff\xfeu\x00", 1, "UTF-16"),
        (b"title: ok\nbody: a\x00b\n", 2, "a NUL byte at line 2, column 8"),
        (b"title: ok\n\nname: caf\xe9\n", 3, "the byte 0xe9 at line 3, column 10"),
    ],
)
def test_text_that_is_not_utf8_is_refused_at_its_line(tmp_path: Path, data: bytes, line: int, says: str):
    text, message, found_line = decode_text(data, "dossier/a.yml")
    assert text == "" and found_line == line and says in message and "in dossier/a.yml" in message
    _, problems = read_yaml_file(write(tmp_path / "a.yml", data), "dossier/a.yml")
    assert problems[0].origin == Origin("dossier/a.yml", line)


def test_a_byte_order_mark_is_dropped():
    assert decode_text("\ufefftitle: Café".encode()) == ("title: Café", "", None)
