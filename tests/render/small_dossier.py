"""A made-up dossier of two articles, three actors and one topic, read and compared for real: what
the render tests of pages.py and site.py build on (small enough to render in about a second)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsdossier.analyze import analyze
from newsdossier.compare import compare
from newsdossier.records import (
    Actor,
    Analysis,
    Article,
    CleanArticle,
    Comparison,
    DateInfo,
    Dossier,
    DossierInfo,
    Event,
    Outlet,
    Paragraph,
    TextMetadata,
    Topic,
)

PLEDGE = "We will rebuild the bridge before winter comes"
TEXTS = {
    "wire-bridge": (
        f'Ana Ruiz met Ben Ode in Ruritania on 13 November. "{PLEDGE}," Ruiz said.',
        "Ode said the talks would go on. Ana Ruiz and Ben Ode left together.",
    ),
    "gazette-bridge": (f'"{PLEDGE}," Ana Ruiz told reporters on Friday.',),
}
ACTORS = (
    Actor("ana-ruiz", "Ana Ruiz", "person", aliases=("Ruiz",)),
    Actor("ben-ode", "Ben Ode", "person"),
    Actor("ruritania", "Ruritania", "state"),
)


def small_dossier() -> Dossier:
    def article(article_id: str, outlet: str, day: int) -> Article:
        published = DateInfo(dt.date(2001, 11, day), "stated")
        return Article(
            article_id,
            f"seeds/{article_id}.txt",
            article_id.replace("-", " ").title(),
            outlet,
            published=published,
            topics=("bridge",),
        )

    return Dossier(
        root=Path("."),
        info=DossierInfo("The bridge dossier"),
        articles=(article("wire-bridge", "wire", 14), article("gazette-bridge", "gazette", 15)),
        topics=(Topic("bridge", "The bridge", DateInfo(dt.date(2001, 11, 13), "stated")),),
        actors=ACTORS,
        outlets=(Outlet("wire", "The Wire", "wire"), Outlet("gazette", "The Gazette", "newspaper")),
        events=(
            Event("vote", dt.date(2001, 11, 13), "The vote", topics=("bridge",), articles=("wire-bridge",)),
        ),
    )


def small_site() -> tuple[Dossier, dict[str, CleanArticle], Analysis, dict[str, Comparison]]:
    dossier = small_dossier()
    cleaned = {
        article_id: CleanArticle(article_id, tuple(Paragraph("body", p) for p in texts), TextMetadata(), ())
        for article_id, texts in TEXTS.items()
    }
    analysis = analyze(dossier, cleaned)
    return dossier, cleaned, analysis, compare(dossier, cleaned, analysis)
