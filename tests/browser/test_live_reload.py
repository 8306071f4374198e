"""`dossier serve` (mkdocs serve with live reload) in chromium, on a project made by `dossier new`.

mkdocs serve's live-reload script keeps a request open for as long as the page is shown, so the
page never reaches "load" nor "network idle": the test waits for DOMContentLoaded, as an editor's
browser shows the page. An edit of dossier.yml is then seen in the open page without touching it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitebuild import REPO, SERVE_TIMEOUT, run_dossier, served_dossier

SEED = """Old bridge closes after engineers find cracks

The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.

Residents who use the bridge every day said they had not been told how long the closure would last, and asked for a ferry.
"""


@pytest.fixture
def served(tmp_path: Path):
    made = run_dossier("new", "bridge", "--title", "The bridge dossier", cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    project = tmp_path / "bridge"
    (project / "seeds" / "bridge.txt").write_text(SEED, encoding="utf-8")
    added = run_dossier(
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
    assert added.returncode == 0, added.stdout + added.stderr
    with served_dossier(project, tmp_path / "serve.log") as (_, port):
        yield project, f"http://127.0.0.1:{port}/"


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
