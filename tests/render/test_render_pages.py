"""Rendering every page from the templates (render/pages.py): an escaping, strict Jinja
environment, a project's templates overriding the package's file by file, each page with its
front matter and links relative to itself, and a navigation listing every page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import jinja2
import pytest
from small_dossier import small_site

from newsdossier.render.pages import PACKAGE_TEMPLATES, PageWriter, make_environment, render_pages
from sitebuild import nav_paths

DOSSIER, CLEANED, ANALYSIS, COMPARISONS = small_site()
NO_PROJECT_TEMPLATES = Path("/nonexistent-templates")


def test_the_environment_escapes_values_and_refuses_undefined_names(tmp_path: Path):
    env = make_environment(tmp_path)
    assert env.from_string("{{ text }}").render(text="<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()
    assert {"md", "http_url", "lines", "date"} <= set(env.filters)
    assert env.from_string("{{ 'b' is contains('b') }}|{{ ['a'] is contains('b') }}").render() == "True|False"


def test_one_environment_serves_a_folder_until_its_files_change(tmp_path: Path):
    first = make_environment(tmp_path)
    assert make_environment(tmp_path) is first
    (tmp_path / "about.md.j2").write_text("mine", encoding="utf-8")
    second = make_environment(tmp_path)
    assert second is not first and second.get_template("about.md.j2").render() == "mine"
    # Without a project folder only the package's templates are found.
    packaged = make_environment(NO_PROJECT_TEMPLATES)
    assert packaged.get_template("about.md.j2").filename == str(PACKAGE_TEMPLATES / "about.md.j2")


def _writer(tmp_path: Path, template: str) -> PageWriter:
    (tmp_path / "probe.md.j2").write_text(template, encoding="utf-8")
    common = {
        "article_by_id": {a.id: a for a in DOSSIER.articles},
        "actor_by_id": {a.id: a for a in DOSSIER.actors},
        "topic_by_id": {t.id: t for t in DOSSIER.topics},
    }
    return PageWriter(make_environment(tmp_path), common)


def test_a_page_gets_its_front_matter_and_urls_relative_to_itself(tmp_path: Path):
    writer = _writer(tmp_path, "{{ page_path }} {{ url('actors/ana-ruiz.md', 'bio') }} {{ word }}\n\n\n")
    page = writer.render("probe.md.j2", "topics/bridge.md", {"title": "The <bridge>"}, word="ok")
    assert page.path == "topics/bridge.md"
    assert (
        page.content
        == "---\ntitle: The &lt;bridge&gt;\n---\n\ntopics/bridge.md ../../actors/ana-ruiz/#bio ok\n"
    )


def test_a_page_links_to_every_page_of_a_kind(tmp_path: Path):
    writer = _writer(tmp_path, "{% for id, link in links(kind) | dictsort %}{{ id }}={{ link }};{% endfor %}")
    actors = writer.render("probe.md.j2", "index.md", {"title": "Home"}, kind="actors").content
    assert (
        actors
        == "---\ntitle: Home\n---\n\nana-ruiz=actors/ana-ruiz/;ben-ode=actors/ben-ode/;ruritania=actors/ruritania/;\n"
    )
    comparisons = writer.render("probe.md.j2", "topics/bridge.md", {}, kind="comparisons").content
    assert isinstance(comparisons, str) and comparisons.endswith("bridge=../../comparisons/bridge/;\n")


def test_every_page_of_the_site_is_rendered_once_with_front_matter_and_listed_in_the_navigation():
    files, nav = render_pages(DOSSIER, CLEANED, ANALYSIS, COMPARISONS, NO_PROJECT_TEMPLATES)
    paths = [f.path for f in files]
    assert len(paths) == len(set(paths))
    pages = [f for f in files if f.path.endswith(".md")]
    assert all(isinstance(f.content, str) and f.content.startswith("---\n") for f in pages)
    assert sorted(nav_paths(nav)) == sorted(f.path for f in pages)
    for article in DOSSIER.articles:
        assert f"articles/{article.id}.md" in paths
    for actor in DOSSIER.actors:
        assert f"actors/{actor.id}.md" in paths
    assert "topics/bridge.md" in paths and "comparisons/bridge.md" in paths and "index.md" in paths


def test_the_same_records_render_the_same_bytes():
    first = render_pages(DOSSIER, CLEANED, ANALYSIS, COMPARISONS, NO_PROJECT_TEMPLATES)
    assert render_pages(DOSSIER, CLEANED, ANALYSIS, COMPARISONS, NO_PROJECT_TEMPLATES) == first


def test_a_project_template_overrides_the_package_s_for_its_page_only(tmp_path: Path):
    (tmp_path / "about.md.j2").write_text("About {{ info.title }} at {{ site_url }}", encoding="utf-8")
    dossier = dataclasses.replace(DOSSIER, info=dataclasses.replace(DOSSIER.info, title="<b>Bridges</b>"))
    files, _ = render_pages(
        dossier, CLEANED, ANALYSIS, COMPARISONS, tmp_path, site_url="https://example.org/r"
    )
    by_path = {f.path: str(f.content) for f in files}
    assert by_path["about.md"].endswith("\nAbout &lt;b&gt;Bridges&lt;/b&gt; at https://example.org/r/\n")
    packaged = dict(
        (f.path, f.content)
        for f in render_pages(
            dossier, CLEANED, ANALYSIS, COMPARISONS, NO_PROJECT_TEMPLATES, "https://example.org/r"
        )[0]
    )
    assert by_path["about.md"] != packaged["about.md"]
    assert by_path["articles/wire-bridge.md"] == packaged["articles/wire-bridge.md"]
