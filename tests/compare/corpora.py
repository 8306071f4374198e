"""The development corpora of ../shared as in-memory dossiers, for tests that run the pipeline on
text the project was not written for. Nothing from them is copied into the repository: the
texts are read where they lie, at test time, and tests skip with a reason where they are absent.

The dev dossier's texts are Windows-1252 (see its README). These in-memory dossiers skip the
loader (tests/compare/devdossier/project.py goes through it), so they are decoded here as
Windows-1252, which reads the plain-ASCII files too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, cast

from newsdossier.records import Actor, Article, DateInfo, Dossier, DossierInfo, Topic

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
PARIS = SHARED / "dossiers-dev" / "paris-attacks-2015"
QUOTEBENCH = SHARED / "quotebench-dev"
CLEANBENCH = SHARED / "cleanbench-dev"

# Articles a topic: enough for figures, dates and quotes to recur across articles.
TOPIC_SIZE = 25


def missing_reason(folder: Path) -> str | None:
    """Why a test on `folder` cannot run, or None when it can."""
    if not folder.is_dir():
        return f"{folder} is absent: the shared development corpora sit beside the repository clone"
    return None


def read_windows_1252(path: Path) -> str:
    return path.read_bytes().decode("cp1252").replace("\r\n", "\n")


def paris_texts() -> dict[str, str]:
    return {f"paris-{p.stem[-2:]}": read_windows_1252(p) for p in sorted(PARIS.glob("paris-attacks-*.txt"))}


def cleanbench_texts() -> dict[str, str]:
    return {
        f"page-{p.stem}": p.read_text(encoding="utf-8") for p in sorted((CLEANBENCH / "pages").glob("*.txt"))
    }


def quotebench_texts() -> dict[str, str]:
    """In order of date, so that a topic holds articles of the same weeks."""
    meta = json.loads((QUOTEBENCH / "meta.json").read_text(encoding="utf-8"))
    names = sorted(meta, key=lambda name: (meta[name]["date"], name))
    return {
        f"text-{n:04d}": (QUOTEBENCH / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        for n, name in enumerate(names)
    }


# The speakers quoted this often: the campaign's main figures, as an editor would list them (all
# 1,642 named speakers make the actor-name pattern, and so the test, five times slower).
MIN_QUOTES = 10


def quotebench_actors() -> tuple[Actor, ...]:
    """The often-quoted speakers of the quote bench as actors, so that the quote and speaker paths run."""
    speakers = json.loads((QUOTEBENCH / "speakers.json").read_text(encoding="utf-8"))
    speakers = {name: info for name, info in speakers.items() if info.get("quotes", 0) >= MIN_QUOTES}
    kinds = {"person", "organisation", "state", "group"}
    actors = []
    for n, (name, info) in enumerate(sorted(speakers.items())):
        kind = info.get("kind") if info.get("kind") in kinds else "person"
        aliases = tuple(v for v in info.get("variants", ()) if v != name)
        actors.append(
            Actor(
                f"actor-{n}",
                name,
                cast(Literal["person", "organisation", "state", "group"], kind),
                aliases=aliases,
            )
        )
    return tuple(actors)


def chunks(ids: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def corpus_dossier(texts: dict[str, str], actors: tuple[Actor, ...] = (), size: int = TOPIC_SIZE) -> Dossier:
    """One topic for every `size` articles, no outlets or dates (unknown, as the corpora give none)."""
    topics = []
    articles = []
    for n, chunk in enumerate(chunks(list(texts), size)):
        topic = f"topic-{n:02d}"
        topics.append(Topic(topic, f"Topic {n}", DateInfo(None)))
        articles += [
            Article(id=a, source=f"seeds/{a}.txt", title=a, outlet=None, topics=(topic,), raw=texts[a])
            for a in chunk
        ]
    return Dossier(
        root=Path("."),
        info=DossierInfo(title="corpus"),
        articles=tuple(articles),
        topics=tuple(topics),
        actors=actors,
        outlets=(),
        events=(),
    )
