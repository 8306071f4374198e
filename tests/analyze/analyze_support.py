"""Builders for the analyze tests: actors written by hand, seeds cut into paragraphs,
small dossiers from text.

The seed helper does what the cleaner will do, by simple rules and the hand-made
cut points in fixtures/seed_bodies.yml, so these tests do not depend on the cleaner.
(A module with its own name rather than a conftest.py, so that it never shadows the
project's tests/conftest.py that other test folders import.)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from newsdossier.analyze import analyze
from newsdossier.records import (
    Actor,
    Article,
    CleanArticle,
    DateInfo,
    Dossier,
    DossierInfo,
    Paragraph,
    TextMetadata,
)

HERE = Path(__file__).parent
PROJECT = HERE.parent / "example"
SEEDS = PROJECT / "seeds"


def fixture_actors() -> tuple[Actor, ...]:
    entries = yaml.safe_load((HERE / "fixtures" / "actors.yml").read_text(encoding="utf-8"))
    return tuple(
        Actor(id=e["id"], name=e["name"], kind=e["kind"], aliases=tuple(e.get("aliases", ())))
        for e in entries
    )


def make_dossier(actors, articles=()) -> Dossier:
    return Dossier(
        root=PROJECT,
        info=DossierInfo(title="test"),
        articles=tuple(articles),
        topics=(),
        actors=tuple(actors),
        outlets=(),
        events=(),
    )


def make_article(article_id: str, paragraphs: list[str], published: str | None = None, subheads=()):
    """An Article and its CleanArticle from paragraph texts (subheads by text)."""
    date = DateInfo(dt.date.fromisoformat(published), "stated") if published else DateInfo(None)
    article = Article(
        id=article_id, source=f"seeds/{article_id}.txt", title=article_id, outlet=None, published=date
    )
    cleaned = CleanArticle(
        article_id=article_id,
        paragraphs=tuple(Paragraph("subhead" if p in subheads else "body", p) for p in paragraphs),
        metadata=TextMetadata(),
        removed=(),
    )
    return article, cleaned


def seed_paragraphs(file_name: str) -> tuple[list[str], dict]:
    spec = yaml.safe_load((HERE / "fixtures" / "seed_bodies.yml").read_text(encoding="utf-8"))[file_name]
    lines = [line.strip() for line in (SEEDS / file_name).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    start = next(i for i, line in enumerate(lines) if line.startswith(spec["start"]))
    end = len(lines)
    if spec["end"]:
        end = next(i for i, line in enumerate(lines) if i > start and line.startswith(spec["end"]))
    return lines[start:end], spec


def seed_article_id(file_name: str) -> str:
    return "seed-" + file_name[:3]


def seed_corpus_data():
    """(dossier, cleaned) for the five seeds with the fixture actors."""
    articles, cleaned = [], {}
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs, spec = seed_paragraphs(path.name)
        article, clean = make_article(
            seed_article_id(path.name), paragraphs, spec["published"], spec["subheads"]
        )
        article = Article(**{**article.__dict__, "source": f"seeds/{path.name}"})
        articles.append(article)
        cleaned[article.id] = clean
    return make_dossier(fixture_actors(), articles), cleaned


PEOPLE = (
    Actor("maria-lopez", "María López", "person", aliases=("Maria Lopes",)),
    Actor("tom-becker", "Tom Becker", "person"),
    Actor("anna-schmidt", "Anna Schmidt", "person"),
    Actor("omar-al-rashid", "Omar al-Rashid", "person"),
    Actor("klaus-von-der-brandt", "Klaus von der Brandt", "person"),
    Actor("hans-holland", "Hans Holland", "person", aliases=("Hans Hollandt",)),
    Actor("ruritania", "Ruritania", "state", aliases=("Strelsau",)),
    Actor("eastern-league", "Eastern League", "organisation"),
)


def run(
    *paragraphs: str,
    actors=PEOPLE,
    article_id: str = "a",
    published: str | None = None,
    subheads=(),
    options=None,
):
    """Analyze one article made of these paragraphs (attribution settings: `options`, else the defaults)."""
    article, cleaned = make_article(article_id, list(paragraphs), published, subheads)
    return analyze(make_dossier(actors, [article]), {article_id: cleaned}, options)


def run_many(articles: dict[str, list[str]], actors=PEOPLE):
    built = [make_article(article_id, paragraphs) for article_id, paragraphs in articles.items()]
    dossier = make_dossier(actors, [a for a, _ in built])
    return analyze(dossier, {a.id: c for a, c in built}), {a.id: c for a, c in built}


def speakers(analysis) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analysis.quotes]
