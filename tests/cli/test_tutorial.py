"""The README's "Your first dossier", followed step by step: its shell blocks are run as written,
in an empty folder, with the `dossier` command of this installation. The site it builds names
the new dossier and nothing of the example."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from sitebuild import EXAMPLE, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def tutorial_steps() -> list[str]:
    section = README.split("## Your first dossier", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, re.DOTALL)


def test_the_tutorial_builds_a_site_with_nothing_of_the_example(tmp_path: Path):
    steps = tutorial_steps()
    assert len(steps) == 3 and "dossier new" in steps[0] and "dossier import" in steps[1]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    script = "set -e\n" + "\n".join(steps)
    result = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    project = tmp_path / "my-dossier"
    site = project / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Floods in the river valley</title>" in home
    # Three articles, with the headline from the text and the outlet and date from the CSV.
    articles = sorted((project / "dossier" / "articles").glob("*.yml"))
    assert len(articles) == 3
    river = yaml.safe_load(
        (project / "dossier" / "articles" / "river-bursts-its-banks-after-a-week.yml").read_text()
    )
    assert river["title"] == "River bursts its banks after a week of rain"
    assert river["outlet"] == "valley-post" and river["outlet_status"] == "recorded"
    assert river["published"]["status"] == "recorded" and "articles.csv, line 2" in river["published"]["note"]
    page = (site / "articles" / "river-bursts-its-banks-after-a-week" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "The river burst its banks on Monday night" in page and "recorded" in page
    # Nothing of the example: none of its actors, outlets or article titles on any page.
    example = yaml.safe_load((EXAMPLE / "dossier" / "dossier.yml").read_text(encoding="utf-8"))
    words = [example["title"], "Hollande", "Putin", "Syria"]
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert not any(w in text for w in words), html
    assert "The dossier is valid: 3 articles, 1 topics" in result.stdout
