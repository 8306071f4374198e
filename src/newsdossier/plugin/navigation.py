"""The site navigation: the render stage's (built from its page registry), with the
hand-written pages of docs/ at the end of "About"."""

from __future__ import annotations

import copy
from pathlib import Path

from ..records import GeneratedFile

# Pages shown under "About", in this order: generated from dossier.yml, or hand-written in docs/.
ABOUT_PAGES = ("methodology.md", "about.md")


def dossier_nav(generated_nav: list, files: tuple[GeneratedFile, ...], docs_dir: Path) -> list:
    """The render stage's navigation of the generated `files`, with the hand-written pages."""
    nav = copy.deepcopy(generated_nav)
    listed = {f.path for f in files}
    about = [name for name in ABOUT_PAGES if name not in listed and (docs_dir / name).exists()]
    for entry in nav:
        if "About" in entry and isinstance(entry["About"], list):
            entry["About"].extend(about)
            return nav
    if about:
        nav.append({"About": about})
    return nav
