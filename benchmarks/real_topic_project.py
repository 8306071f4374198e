"""Write a project of N distinct real articles in one topic, to look at the comparison page at scale.

    .venv/bin/python benchmarks/real_topic_project.py /tmp/big 200
    cd /tmp/big && ../path/to/.venv/bin/mkdocs build -d site   # then open site/comparisons/campaign/

The articles are the quote bench's (../shared/quotebench-dev, read where it lies; the texts are
copied into the target folder only, never into the repository), in order of date, with their
publisher as the outlet and their date as stated by the corpus.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.compare.corpora import QUOTEBENCH, REPO, missing_reason  # noqa: E402


def _dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def main() -> None:
    root, count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200
    if missing_reason(QUOTEBENCH):
        sys.exit(missing_reason(QUOTEBENCH))
    meta = json.loads((QUOTEBENCH / "meta.json").read_text(encoding="utf-8"))
    names = sorted(meta, key=lambda k: (meta[k]["date"], k))[:count]
    (root / "dossier" / "articles").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    (root / "docs").mkdir(exist_ok=True)
    shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
    _dump(root / "dossier" / "dossier.yml", {"title": f"{count} articles of one campaign", "language": "en"})
    topic = {"id": "campaign", "title": "The campaign", "date": meta[names[0]]["date"]}
    _dump(root / "dossier" / "topics.yml", {"topics": [topic]})
    publishers = sorted({meta[k]["publisher"] for k in names})
    outlets = [{"id": p, "name": p.replace("-", " ").title(), "kind": "newspaper"} for p in publishers]
    _dump(root / "dossier" / "outlets.yml", {"outlets": outlets})
    for n, name in enumerate(names):
        shutil.copyfile(QUOTEBENCH / "texts" / f"{name}.txt", root / "seeds" / f"a{n:03d}.txt")
        article = {
            "source": f"seeds/a{n:03d}.txt",
            "title": meta[name]["title"],
            "outlet": meta[name]["publisher"],
            "outlet_status": "stated",
            "published": {"date": meta[name]["date"], "status": "stated"},
            "topics": ["campaign"],
        }
        _dump(root / "dossier" / "articles" / f"a{n:03d}.yml", article)


if __name__ == "__main__":
    main()
