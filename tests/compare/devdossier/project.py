"""Assemble the dev dossier as a project in a temporary folder: the YAML kept in project/, the
headline of each article read from its text, the texts copied from ../shared into seeds/.

The texts are Windows-1252 with CRLF line ends (their README): they are copied byte for byte,
and the loader reads their encoding as it would for a new user's seeds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from ..corpora import PARIS, REPO

SPEC = Path(__file__).with_name("project")
UNKNOWN_DATE = "The text gives no date and the data set it comes from gives none."


def article_id(file: str) -> str:
    return f"paris-{file}"


def seed_name(file: str) -> str:
    return f"paris-attacks-{file}.txt"


def assemble(target: Path, with_site: bool = False) -> Path:
    """Write the project under `target` and return its root; `with_site` adds the repository's
    mkdocs.yml and an empty docs/, for a build."""
    root = Path(target)
    dossier = root / "dossier"
    (dossier / "articles").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    for name in ("dossier.yml", "topics.yml", "outlets.yml", "actors.yml"):
        shutil.copyfile(SPEC / name, dossier / name)
    spec = yaml.safe_load((SPEC / "articles.yml").read_text(encoding="utf-8"))
    for entry in spec["articles"]:
        raw = (PARIS / seed_name(entry["file"])).read_bytes()
        (root / "seeds" / seed_name(entry["file"])).write_bytes(raw)
        text = raw.decode("cp1252")  # only for the headline of the YAML
        article = {
            "source": f"seeds/{seed_name(entry['file'])}",
            "title": text.splitlines()[0].strip(),
            "outlet": entry.get("outlet"),
            "outlet_status": "inferred" if entry.get("outlet") else "unknown",
            "outlet_note": entry["outlet_note"],
            "published": {"date": None, "status": "unknown", "note": UNKNOWN_DATE},
            "byline": [],
            "topics": entry["topics"],
        }
        path = dossier / "articles" / f"{article_id(entry['file'])}.yml"
        path.write_text(yaml.safe_dump(article, sort_keys=False, allow_unicode=True), encoding="utf-8")
    if with_site:  # the pages and theme come from the package; docs/ is the example's own
        shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
        (root / "docs").mkdir(exist_ok=True)
    return root
