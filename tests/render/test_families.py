"""The page registry: every family has a template, and the navigation lists every page it plans."""

from __future__ import annotations

from newsdossier.pipeline import build_dossier
from newsdossier.render.families import REGISTRY, SECTIONS, Page, PageFamily
from newsdossier.render.navigation import site_nav
from newsdossier.render.pages import PACKAGE_TEMPLATES
from sitebuild import PROJECT, nav_paths


def test_every_family_has_a_template_a_section_and_a_unique_name():
    assert len({f.name for f in REGISTRY}) == len(REGISTRY)
    for family in REGISTRY:
        assert (PACKAGE_TEMPLATES / family.template).is_file(), family.template
        assert family.section in SECTIONS


def test_the_navigation_lists_every_generated_page_once():
    build = build_dossier(PROJECT)
    pages = [f.path for f in build.files if f.path.endswith(".md")]
    listed = nav_paths(build.nav)
    assert sorted(listed) == sorted(pages)


def test_a_new_family_is_listed_where_its_entry_says():
    """One function plus one registry entry: the page appears, nested under its parent."""
    topic = PageFamily("topic", "topics/{id}.md", "Topics", "topic.md.j2", lambda site: [])
    extra = PageFamily("extra", "extra/{id}.md", "Extras", "extra.md.j2", lambda site: [])
    planned = [
        (topic, Page("topics/a.md", {}, nav_title="A")),
        (extra, Page("extra/x.md", {}, nav_title="X", nav_parent="topics/a.md")),
        (extra, Page("extra/y.md", {}, nav_title="Y", nav_group="Why")),
    ]
    assert site_nav(planned) == [
        {"Topics": [{"A": ["topics/a.md", {"X": "extra/x.md"}]}]},
        {"Extras": [{"Why": [{"Y": "extra/y.md"}]}]},
    ]


def test_each_outlet_has_a_page_with_its_articles_and_whom_it_quotes_most():
    build = build_dossier(PROJECT)
    files = {f.path: f.content for f in build.files}
    for outlet in build.dossier.outlets:
        page = files[f"outlets/{outlet.id}.md"]
        own = [a for a in build.dossier.articles if a.outlet == outlet.id]
        others = [a for a in build.dossier.articles if a.outlet != outlet.id]
        assert all(f"articles/{a.id}/" in page for a in own)
        assert not any(f"articles/{a.id}/" in page for a in others)
        ids = {a.id for a in own}
        speakers = {
            q.speaker for q in build.analysis.quotes if q.article in ids and q.speaker and not q.fragment
        }
        assert speakers and all(f"actors/{s}/" in page for s in speakers)
