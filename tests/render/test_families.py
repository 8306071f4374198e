"""The page registry: every family has a template, and the navigation lists every page it plans."""

from __future__ import annotations

from newsdossier.pipeline import build_dossier
from newsdossier.render.families import REGISTRY, SECTIONS, Page, PageFamily
from newsdossier.render.navigation import site_nav
from newsdossier.render.pages import PACKAGE_TEMPLATES
from sitebuild import PROJECT


def _paths(nav) -> list[str]:
    found: list[str] = []
    for entry in nav:
        if isinstance(entry, str):
            found.append(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                found += [value] if isinstance(value, str) else _paths(value)
    return found


def test_every_family_has_a_template_a_section_and_a_unique_name():
    assert len({f.name for f in REGISTRY}) == len(REGISTRY)
    for family in REGISTRY:
        assert (PACKAGE_TEMPLATES / family.template).is_file(), family.template
        assert family.section in SECTIONS


def test_the_navigation_lists_every_generated_page_once():
    build = build_dossier(PROJECT)
    pages = [f.path for f in build.files if f.path.endswith(".md")]
    listed = _paths(build.nav)
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
