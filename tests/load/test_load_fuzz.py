"""Random edits of the valid dossier never crash the loader: every outcome is a list of
problems (or a Dossier), each naming its file and saying what was expected."""

from __future__ import annotations

import random
import shutil

import pytest

from newsdossier.errors import DossierError
from newsdossier.load import check_dossier, load_dossier

from .corpus import VALID

# Fragments an editor (or a bad paste) might leave in a YAML file.
FRAGMENTS = [
    "", "null", "~", "[]", "{}", "- x", "&a x", "*a", "!!binary aGk=", "'", '"', ":", "- - -", "? x", "|", ">",
    "2015-13-45", "yes", "0x1F", ".inf", "{a: [b, {c: d}]}", "\t", "\\", "%YAML 1.1", "---", "...", "@", "`", "#",
    "[[[[", "]]", "<<: *a", "&a [*a]", "!!python/none", "\u2028", "é", "\ufeff", "seeds/../x", "/etc/passwd",
]  # fmt: skip
MUTATIONS = 150


def _mutate(lines: list[str], rng: random.Random) -> None:
    j = rng.randrange(len(lines))
    op = rng.randrange(4)
    if op == 0:
        del lines[j]
    elif op == 1:
        lines.insert(j, rng.choice(FRAGMENTS))
    elif op == 2:
        k = rng.randrange(len(lines[j]) + 1)
        lines[j] = lines[j][:k] + rng.choice(FRAGMENTS) + lines[j][k:]
    elif ":" in lines[j]:
        lines[j] = lines[j].partition(":")[0] + ": " + rng.choice(FRAGMENTS)


@pytest.mark.parametrize("seed", range(MUTATIONS))
def test_random_edits_end_in_problems_not_crashes(seed, tmp_path):
    rng = random.Random(seed)
    root = tmp_path / "project"
    shutil.copytree(VALID, root)
    files = sorted(root.rglob("*.yml"))
    for _ in range(rng.randint(1, 4)):
        path = rng.choice(files)
        lines = path.read_text(encoding="utf-8").split("\n")
        _mutate(lines, rng)
        path.write_text("\n".join(lines), encoding="utf-8")
    problems = check_dossier(root)
    for problem in problems:
        assert problem.origin.file.startswith(("dossier/", "seeds/")), problem
        assert problem.message.startswith(("Expected", "Unknown")), problem
    try:
        load_dossier(root)
    except DossierError as error:
        assert error.problems and any(p.severity == "error" for p in error.problems)
