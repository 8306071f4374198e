"""Fixtures of the browser tests: the built site served under /repo/, and Debian's chromium.

See browserkit.py for how the site is served and how pages are watched for console errors,
dialogs and requests to other hosts.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .browserkit import CHROMIUM, CHROMIUM_ARGS, SUB_PATH, Server, open_context, serve


@pytest.fixture(scope="session")
def site_root(request, tmp_path_factory) -> Path:
    """A directory holding the built site at SUB_PATH/: $SITE_DIR if set, else the session's
    strict build of the project (tests/conftest.py's `built_site`, shared with the other tests).
    """
    given = os.environ.get("SITE_DIR")
    root = tmp_path_factory.mktemp("served")
    if given:
        shutil.copytree(given, root / SUB_PATH)
    else:
        site = Path(request.getfixturevalue("built_site"))
        (root / SUB_PATH).symlink_to(site, target_is_directory=True)
    return root


@pytest.fixture(scope="session")
def server(site_root) -> Iterator[Server]:
    srv = serve(site_root)
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"The browser tests need Debian's chromium at {CHROMIUM}: run `make "
            "browser-deps` (or apt-get install -y chromium), or set CHROMIUM_PATH.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser) -> Iterator[Callable]:
    """Factory: new_page(viewport=WIDE, color_scheme='light') -> (page, watch); each call gets
    a fresh browser context (empty localStorage), closed after the test."""
    contexts = []

    def make(viewport: dict | None = None, color_scheme: str = "light"):
        context, page, watch = open_context(browser, viewport, color_scheme)
        contexts.append(context)
        return page, watch

    yield make
    for context in contexts:
        context.close()
