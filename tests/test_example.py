"""The example dossier at the top of the repository and its copy in tests/example/.

The content tests read the copy, so that an editor who replaces dossier/ and seeds/ with a
dossier of their own keeps a green `make test`. While the top-level dossier *is* the example
(same dossier.yml), the two must not drift apart: a change made to one only is caught here.
"""

from __future__ import annotations

import pytest

from sitebuild import EXAMPLE, REPO, tree_digest

SYNCED = ("dossier", "seeds", "docs")


def top_level_is_the_example() -> bool:
    top = REPO / "dossier" / "dossier.yml"
    return top.is_file() and top.read_bytes() == (EXAMPLE / "dossier" / "dossier.yml").read_bytes()


def test_the_example_copy_is_a_whole_project():
    for name in ("mkdocs.yml", "dossier/dossier.yml", "dossier/topics.yml", "seeds", "docs"):
        assert (EXAMPLE / name).exists(), name


@pytest.mark.parametrize("folder", SYNCED)
def test_the_top_level_example_and_its_copy_are_the_same(folder: str):
    if not top_level_is_the_example():
        pytest.skip("the top-level dossier is not the example (an editor's own): nothing to keep in step")
    assert tree_digest(REPO / folder) == tree_digest(EXAMPLE / folder), (
        f"{folder}/ differs from tests/example/{folder}/: change both, or copy one over the other"
    )
