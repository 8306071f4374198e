"""The bad-input corpus: each case is the valid fixture dossier plus a mutation.

A case folder under bad_inputs/ holds
    overlay/      files copied over the valid dossier (same relative paths)
    remove.txt    paths to delete from it, one a line (optional)
    expected.txt  every problem check_dossier reports, as "<severity>: <file>:<line>: <key>: <message>"
    README        what the case is about (optional)
Files that cannot sensibly live in git (20 MB, binary, symlinks, FIFOs) are made by
the MAKERS below, keyed by case name.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

HERE = Path(__file__).parent
VALID = HERE / "fixtures" / "valid"
CASES = HERE / "bad_inputs"


def _write(path: Path, data: bytes) -> None:
    path.unlink(missing_ok=True)
    path.write_bytes(data)


def _replace_seed(root: Path, data: bytes) -> None:
    _write(root / "seeds" / "beta.txt", data)


def _symlink_out(root: Path) -> None:
    outside = root.parent / "outside.txt"
    outside.write_text("A secret outside the project.\n")
    seed = root / "seeds" / "beta.txt"
    seed.unlink()
    seed.symlink_to(outside)


def _directory(root: Path) -> None:
    seed = root / "seeds" / "beta.txt"
    seed.unlink()
    seed.mkdir()


def _fifo(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path)


MAKERS = {
    "yaml-deep-nesting": lambda root: _write(
        root / "dossier/events.yml", b"events: " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    ),
    "yaml-oversized": lambda root: _write(
        root / "dossier/topics.yml",
        b"topics:\n" + b"  - id: t\n    title: padding padding padding padding\n" * 60_000,
    ),
    "yaml-not-utf8": lambda root: _write(
        root / "dossier/articles/beta.yml",
        (VALID / "dossier/articles/beta.yml")
        .read_text()
        .replace("Harbour handshake", "Poignée de main")
        .encode("latin-1"),
    ),
    "yaml-binary": lambda root: _write(root / "dossier/outlets.yml", b"outlets:\n\x00\x01\x02\xff\xfe"),
    "source-symlink-out": _symlink_out,
    "source-is-directory": _directory,
    "source-is-fifo": lambda root: _fifo(root / "seeds/beta.txt"),
    "yaml-special-file": lambda root: _fifo(root / "dossier/events.yml"),
    "yaml-device-file": lambda root: (root / "dossier/articles/zero.yml").symlink_to("/dev/zero"),
    "seed-empty": lambda root: _replace_seed(root, b""),
    "seed-whitespace-only": lambda root: _replace_seed(root, b"\n  \n\t\n"),
    "seed-binary": lambda root: _replace_seed(root, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "seed-oversized": lambda root: _replace_seed(root, b"All work and no play. " * 1_000_000),
}


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir())


def build_case(name: str, workdir: Path) -> Path:
    """The case's dossier as a project folder under `workdir`; returns its root."""
    case = CASES / name
    root = workdir / "project"
    shutil.copytree(VALID, root)
    remove = case / "remove.txt"
    for line in remove.read_text().splitlines() if remove.exists() else []:
        target = root / line.strip()
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    overlay = case / "overlay"
    if overlay.is_dir():
        shutil.copytree(overlay, root, dirs_exist_ok=True)
    if name in MAKERS:
        MAKERS[name](root)
    return root


def expected_lines(name: str) -> list[str]:
    text = (CASES / name / "expected.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def problem_lines(problems) -> list[str]:
    return [f"{p.severity}: {p}" for p in problems]


WILDCARD = "…"


def line_pattern(expected: str) -> re.Pattern[str]:
    """An expected line as a pattern: "…" stands for words that are not the project's own.

    The YAML parser's description of a syntax error belongs to PyYAML/libyaml and changes between
    their releases; the file, line, key and the project's own wording are what the tests pin.
    """
    return re.compile(".*?".join(re.escape(part) for part in expected.split(WILDCARD)))


def lines_match(actual: list[str], expected: list[str]) -> bool:
    return len(actual) == len(expected) and all(
        line_pattern(want).fullmatch(got) for got, want in zip(actual, expected, strict=True)
    )


def contains_line(output: str, expected: str) -> bool:
    return line_pattern(expected).search(output) is not None
