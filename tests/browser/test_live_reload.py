"""`dossier serve` (mkdocs serve with live reload) in chromium, on a project made by `dossier new`.

mkdocs serve's live-reload script keeps a request open for as long as the page is shown, so the
page never reaches "load" nor "network idle": the test waits for DOMContentLoaded, as an editor's
browser shows the page. An edit of dossier.yml is then seen in the open page without touching it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitebuild import REPO

SEED = """Old bridge closes after engineers find cracks

The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.

Residents who use the bridge every day said they had not been told how long the closure would last, and asked for a ferry.
"""
#: mkdocs serve builds the whole site before it answers; a first build of a small dossier takes
#: a few seconds, far more on a loaded machine.
SERVE_TIMEOUT = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def dossier(*args: str, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsdossier.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def served(tmp_path: Path):
    dossier("new", "bridge", "--title", "The bridge dossier", cwd=tmp_path)
    project = tmp_path / "bridge"
    (project / "seeds" / "bridge.txt").write_text(SEED, encoding="utf-8")
    dossier(
        "add",
        "seeds/bridge.txt",
        "--outlet",
        "Town Times",
        "--date",
        "2024-05-01",
        "--topic",
        "Bridge",
        cwd=project,
    )
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdossier.cli.main", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # `dossier serve` runs `mkdocs serve` as a child: ended together
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + SERVE_TIMEOUT
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            time.sleep(0.5)
    yield project, url
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    log.close()


def test_the_served_site_loads_and_reloads_on_an_edit(served, new_page):
    project, url = served
    page, watch = new_page()
    response = page.goto(url, wait_until="domcontentloaded", timeout=SERVE_TIMEOUT * 1000)
    assert response is not None and response.status == 200
    assert page.title() == "The bridge dossier"
    assert "Old bridge closes after engineers find cracks" in page.content()
    screenshots = REPO / "tests" / "output" / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshots / "live-reload-before.png"))
    # The search index is written under `mkdocs serve` too (after each build).
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("cracks", delay=20)
    result = page.locator(".md-search-result__link").first
    result.wait_for(state="attached", timeout=SERVE_TIMEOUT * 1000)
    assert "Old bridge closes" in result.inner_text()
    page.keyboard.press("Escape")
    info = project / "dossier" / "dossier.yml"
    info.write_text(info.read_text(encoding="utf-8").replace("The bridge dossier", "The bridge, edited"))
    page.wait_for_function("document.title === 'The bridge, edited'", timeout=SERVE_TIMEOUT * 1000)
    page.screenshot(path=str(screenshots / "live-reload-after.png"))
