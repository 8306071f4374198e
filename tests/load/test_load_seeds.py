"""Reading the raw seed an article points at (load/seeds.py): only text files inside seeds/, each
refusal an error at the article's `source` key saying what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.load.encoding import DecodedSeed
from newsdossier.load.fields import FileContext
from newsdossier.load.seeds import MAX_SEED_BYTES, normal_source, read_seed, seed_files
from newsdossier.records import Origin

TEXT = "The council voted on Monday to rebuild the old bridge.\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "roads.txt").write_text(TEXT, encoding="utf-8")
    (seeds / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "folder").mkdir()
    return tmp_path


def read(root: Path, source: str) -> tuple[DecodedSeed | None, list[str]]:
    ctx = FileContext("dossier/articles/a.yml")
    decoded = read_seed(root, source, ctx, 3, "source")
    assert all(p.origin == Origin("dossier/articles/a.yml", 3, "source") for p in ctx.problems)
    return decoded, [p.message for p in ctx.problems]


def test_the_seeds_are_the_visible_files_of_seeds_sorted(root: Path, tmp_path_factory):
    assert seed_files(root) == ["seeds/bridge.txt", "seeds/roads.txt"]
    assert seed_files(tmp_path_factory.mktemp("empty")) == []


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("./seeds//a.txt ", "seeds/a.txt"),
        ("seeds/a.txt", "seeds/a.txt"),
        ("/etc/passwd", "/etc/passwd"),
        ("seeds/../a.txt", "seeds/../a.txt"),
        ("seeds\\a.txt", "seeds\\a.txt"),
        ("other/a.txt", "other/a.txt"),
        ("seeds", "seeds"),
    ],
)
def test_a_source_is_spelt_one_way_and_anything_odd_is_left_for_read_seed_to_report(
    written: str, normal: str
):
    assert normal_source(written) == normal


def test_a_seed_is_read_with_how_it_was_decoded(root: Path):
    decoded, problems = read(root, "seeds/bridge.txt")
    assert problems == [] and decoded is not None
    assert decoded.text == TEXT and decoded.encoding == "utf-8"
    (root / "seeds" / "latin.txt").write_bytes("Caf\u00e9 talks resumed.\n".encode("cp1252"))
    latin, problems = read(root, "seeds/latin.txt")
    assert problems == [] and latin is not None and latin.text == "Caf\u00e9 talks resumed.\n"
    assert latin.notes


@pytest.mark.parametrize(
    ("source", "says"),
    [
        ("/etc/passwd", "an absolute path"),
        ("C:\\seeds\\a.txt", "an absolute path"),
        ("seeds/../secret.txt", "a path inside seeds/"),
        ("docs/a.txt", "a path inside seeds/"),
        ("seeds", "a path inside seeds/"),
        ("seeds/brigde.txt", "(no such file); did you mean 'seeds/bridge.txt'"),
        ("seeds/folder", "a directory"),
    ],
)
def test_a_source_that_is_no_text_file_in_seeds_is_an_error(root: Path, source: str, says: str):
    decoded, problems = read(root, source)
    assert decoded is None and len(problems) == 1 and says in problems[0], problems


def test_a_link_out_of_seeds_is_refused(root: Path):
    (root / "secret.txt").write_text("hunter2", encoding="utf-8")
    (root / "seeds" / "link.txt").symlink_to(root / "secret.txt")
    decoded, problems = read(root, "seeds/link.txt")
    assert decoded is None and "leads outside" in problems[0] and "hunter2" not in problems[0]


def test_an_empty_blank_huge_or_binary_seed_is_an_error(root: Path):
    seeds = root / "seeds"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b" \n\t\n")
    (seeds / "image.txt").write_bytes(b"GIF89a\x00\x00")
    with open(seeds / "huge.txt", "wb") as handle:
        handle.truncate(MAX_SEED_BYTES + 1)
    assert "an empty file" in read(root, "seeds/empty.txt")[1][0]
    assert "only whitespace" in read(root, "seeds/blank.txt")[1][0]
    assert "binary" in read(root, "seeds/image.txt")[1][0]
    assert "at most 5.0 MB" in read(root, "seeds/huge.txt")[1][0]
