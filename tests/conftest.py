"""Shared fixtures: the project root and one strict build of the real site per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sitebuild import PROJECT, build_site  # noqa: E402


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real dossier built once with --strict; tests only read it."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = build_site(PROJECT, site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return site
