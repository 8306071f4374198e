"""Golden pages: the rendered Markdown of real pages, diffed against files kept in the repo.

A change in any stage that alters what a reader sees shows up here as a diff to review. After
checking the diff, refresh the files with:

    NEWSDOSSIER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/render/test_golden.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from newsdossier.pipeline import build_dossier
from sitebuild import PROJECT

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    "articles/putin-hollande-agree-to-coordinate.md",
    "articles/ap-france-tells-putin.md",
    "comparisons/moscow-pact.md",
]


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return {f.path: f.content for f in build_dossier(PROJECT).files}


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_its_golden_file(generated, page):
    golden = GOLDEN / page.replace("/", "__")
    if os.environ.get("NEWSDOSSIER_UPDATE_GOLDEN"):
        golden.write_text(generated[page], encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(expected.splitlines(True), generated[page].splitlines(True), "golden", "now")
    )
    assert generated[page] == expected, diff[:5000]
