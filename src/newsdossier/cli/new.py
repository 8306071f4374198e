"""`dossier new DIR [--title]`: a working project for a dossier of one's own.

The project holds only what is the editor's: the YAML, the seeds folder, an empty docs/, the
site settings, a README and a Makefile. Templates, theme overrides and the stylesheet come from
the package (a file in the project's templates/ or docs/ overrides them), so nothing of the
example dossier is copied into a new one. An existing non-empty folder is never written into.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from ..errors import DossierError
from ..records import Origin, Problem

SCAFFOLD = Path(__file__).resolve().parents[1] / "scaffold"

#: Scaffold file -> where it goes in the new project.
SCAFFOLD_FILES = {
    "mkdocs.yml": "mkdocs.yml",
    "Makefile": "Makefile",
    "gitignore": ".gitignore",
    "templates-README.md": "templates/README.md",
}
EMPTY_FOLDERS = ("seeds", "docs", "dossier/articles")


def dossier_yml(title: str) -> str:
    info = {
        "title": title,
        "subtitle": "",
        "description": f"A dossier of news coverage: {title}. Say here what it covers and why.",
        "language": "en",
        "editors": ["The editors"],
        "licence": "The article texts belong to their publishers and reproduced for comparison and study.",
        "methodology": "Say here how the articles were chosen and how their metadata was recorded.",
    }
    header = "# The dossier: the site's name is its title, and its About page is made from these keys.\n"
    return header + yaml.safe_dump(info, allow_unicode=True, sort_keys=False, width=100)


STARTER_YAML = {
    "topics.yml": "# One entry per topic: id, title, date, summary, key_questions.\ntopics: []\n",
    "outlets.yml": "# News organisations: id, name, kind, country, url.\noutlets: []\n",
    "actors.yml": "# People, organisations, states and groups, with every alias used.\nactors: []\n",
    "events.yml": "# Dated events: date, title, topics, articles, actors.\nevents: []\n",
}


def new_project(target: Path, title: str) -> list[Path]:
    """Write the project into `target` (absent or empty); the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DossierError(
            [Problem(Origin(str(target)), "Expected a new or empty folder; nothing was written into it.")]
        )
    if not title.strip():
        raise DossierError([Problem(Origin("--title"), "Expected a title with some text in it.")])
    written: list[Path] = []
    for folder in EMPTY_FOLDERS:
        (target / folder).mkdir(parents=True, exist_ok=True)
        keep = target / folder / ".gitkeep"
        keep.touch()
        written.append(keep)
    for source, name in SCAFFOLD_FILES.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SCAFFOLD / source, path)
        written.append(path)
    readme = (SCAFFOLD / "README.md").read_text(encoding="utf-8").replace("{title}", " ".join(title.split()))
    (target / "README.md").write_text(readme, encoding="utf-8")
    written.append(target / "README.md")
    (target / "dossier" / "dossier.yml").write_text(dossier_yml(" ".join(title.split())), encoding="utf-8")
    written.append(target / "dossier" / "dossier.yml")
    for name, text in STARTER_YAML.items():
        (target / "dossier" / name).write_text(text, encoding="utf-8")
        written.append(target / "dossier" / name)
    return written


def cmd_new(target: Path, title: str | None) -> int:
    title = title or target.resolve().name.replace("-", " ").replace("_", " ").strip().capitalize()
    written = new_project(target, title)
    print(f"Wrote a new dossier, {title!r}, in {target} ({len(written)} files).")
    print("Next: put raw articles in seeds/, then `dossier add seeds/FILE` or `dossier import LIST.csv`,")
    print(f"add a topic to dossier/topics.yml, and run `dossier serve` in {target}.")
    return 0


def add_new_parser(sub, common) -> None:
    new = sub.add_parser("new", parents=[common], help="start a new dossier project in DIR")
    new.add_argument("dir", type=Path, metavar="DIR")
    new.add_argument("--title", help="the dossier's title (default: from the folder's name)")
    new.set_defaults(run=lambda root, args: cmd_new(args.dir, args.title))
