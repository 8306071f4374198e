"""The site navigation: tabs for the dossier's sections, nested so navigation.prune keeps
large dossiers fast (each page then renders only its own section's links)."""

from __future__ import annotations

from pathlib import Path

from ..pipeline import DossierBuild
from ..render import urls
from ..render.markup import theme_text
from ..render.views import sort_name

# Pages shown under "About", in this order: generated from dossier.yml, or hand-written in docs/.
ABOUT_PAGES = ("methodology.md", "about.md")


def dossier_nav(build: DossierBuild, docs_dir: Path) -> list:
    dossier = build.dossier
    topics: list = ["topics/index.md"]
    for topic in dossier.topics:
        topics.append(
            {
                theme_text(topic.title): [
                    urls.topic_page(topic.id),
                    {"Comparison": urls.comparison_page(topic.id)},
                ]
            }
        )
    articles = ["articles/index.md"] + [
        {theme_text(a.title): urls.article_page(a.id)}
        for a in sorted(dossier.articles, key=lambda a: a.title.lower())
    ]
    actors: list = ["actors/index.md"]
    for kind, label in (
        ("person", "People"),
        ("organisation", "Organisations"),
        ("state", "States"),
        ("group", "Groups"),
    ):
        members = sorted((a for a in dossier.actors if a.kind == kind), key=sort_name)
        if members:
            actors.append({label: [{theme_text(a.name): urls.actor_page(a.id)} for a in members]})
    about: list = [{"Outlets": "outlets.md"}, {"Data": "data.md"}, {"Tags": "tags.md"}]
    generated = {f.path for f in build.files}
    for name in ABOUT_PAGES:
        if name in generated or (docs_dir / name).exists():
            about.append(name)
    return [
        {"Home": "index.md"},
        {"Topics": topics},
        {"Articles": articles},
        {"Actors": actors},
        {"Quotes": "quotes.md"},
        {"Timeline": "timeline.md"},
        {"About": about},
    ]
