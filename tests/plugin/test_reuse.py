"""Rebuilds under `mkdocs serve` keep the pages whose inputs did not change, and never show a
stale one: after each edit, the served site is byte for byte the site a fresh build writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from newsdossier.plugin.plugin import DossierPlugin
from newsdossier.render.pages import PACKAGE_TEMPLATES
from sitebuild import copy_project, tree_digest

SERVE_URL = "http://127.0.0.1:8000/newsdossier/"


def _build(project: Path, site: Path, command: str, alive: list | None = None) -> DossierPlugin:
    """One build as `mkdocs serve` (command "serve": the plugin outlives it) or `mkdocs build`
    runs it; its config is added to `alive`, if given, which keeps it (and its plugins) alive."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    if alive is not None:
        alive.append(config)
    config.plugins.on_startup(command=command, dirty=False)
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL)
    plugin = config.plugins["dossier"]
    assert isinstance(plugin, DossierPlugin)
    return plugin


def _pages(site: Path) -> dict[str, str]:
    return tree_digest(site, (".html",))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    # Pagefind's index is the same either way; leaving it out keeps the test short.
    config.write_text(config.read_text().replace("  - dossier\n", "  - dossier:\n      search: false\n"))
    return root


def _same_as_fresh_build(project: Path, served: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    _build(project, fresh, "build")
    assert _pages(served) == _pages(fresh)


def test_a_title_edit_rebuilds_what_shows_it_and_keeps_the_rest(project: Path, tmp_path: Path):
    served = tmp_path / "served"
    _build(project, served, "serve")
    article = sorted((project / "dossier" / "articles").glob("*.yml"))[2]
    page = served / "articles" / article.stem / "index.html"
    text = article.read_text(encoding="utf-8")
    article.write_text(re.sub(r"^title: .*$", "title: A title no build showed", text, count=1, flags=re.M))
    plugin = _build(project, served, "serve")
    assert plugin.keeper is not None
    assert "A title no build showed" in page.read_text(encoding="utf-8")
    # Pages whose Markdown and navigation are unchanged were written as before, not rendered.
    assert plugin.keeper.reused_html and plugin.keeper.reused_content
    assert f"articles/{article.stem}.md" not in plugin.keeper.reused_html
    _same_as_fresh_build(project, served, tmp_path)


def test_an_actor_list_edit_rebuilds_every_page_that_depends_on_it(project: Path, tmp_path: Path):
    served = tmp_path / "served"
    _build(project, served, "serve")
    before = _pages(served)
    path = project / "dossier" / "actors.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    actor = data["actors"][0]
    actor["name"] = "Francis Holland-Renamed"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    plugin = _build(project, served, "serve")
    after = _pages(served)
    changed = {name for name in after if before.get(name) != after[name]}
    assert any(name.startswith("actors/") for name in changed)
    assert any(name.startswith("articles/") for name in changed)
    assert "Francis Holland-Renamed" in (served / "actors" / f"{actor['id']}" / "index.html").read_text()
    assert plugin.keeper is not None and plugin.keeper.reused_content
    _same_as_fresh_build(project, served, tmp_path)


def test_an_unchanged_rebuild_renders_no_generated_page_again(project: Path, tmp_path: Path):
    served = tmp_path / "served"
    first = _pages(served) if _build(project, served, "serve") else {}
    plugin = _build(project, served, "serve")
    assert plugin.keeper is not None
    listings = {uri for uri, _ in plugin.keeper.listings}  # Material's tags pages, always rendered
    assert plugin.keeper.reused_html == plugin.keeper.generated_pages() - listings
    assert _pages(served) == first


def test_under_serve_the_search_index_follows_the_pages(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    served = tmp_path / "served"
    plugin = _build(root, served, "serve")
    assert plugin.indexing is not None  # Pagefind runs while the pages are served
    plugin.indexing.join()
    assert (served / "pagefind" / "pagefind.js").is_file()
    _build(root, served, "serve")  # the next build waits for it before site_dir is cleaned
    assert plugin.indexing is not None
    plugin.indexing.join()
    assert (served / "pagefind" / "pagefind.js").is_file()


def test_a_plugin_made_anew_at_each_rebuild_leaves_pages_kept(project: Path, tmp_path: Path):
    # MkDocs keeps a plugin from one rebuild to the next only when it has on_startup or
    # on_shutdown; Material's meta plugin has neither, so each rebuild makes another, at another
    # address while the configs are alive (as under `mkdocs serve`, where the old one may linger).
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - dossier:\n", "  - meta\n  - dossier:\n"))
    served = tmp_path / "served"
    alive = []
    first = _build(project, served, "serve", alive)
    before = _pages(served)
    plugin = _build(project, served, "serve", alive)
    assert plugin is first  # ours is kept ...
    assert alive[0].plugins["material/meta"] is not alive[1].plugins["material/meta"]  # ... meta is not
    assert plugin.keeper is not None
    listings = {uri for uri, _ in plugin.keeper.listings}
    assert plugin.keeper.reused_html == plugin.keeper.generated_pages() - listings
    assert _pages(served) == before


def test_a_plugin_setting_edit_is_not_hidden_by_kept_pages(project: Path, tmp_path: Path):
    # Another setting of a plugin MkDocs makes anew: the key changes with it (the reverse of the test above).
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - tags\n", "  - tags:\n      tags: true\n"))
    served = tmp_path / "served"
    alive = []
    _build(project, served, "serve", alive)
    config.write_text(config.read_text().replace("      tags: true\n", "      tags: false\n"))
    plugin = _build(project, served, "serve", alive)
    assert plugin.keeper is not None and not plugin.keeper.reused_html
    _same_as_fresh_build(project, served, tmp_path)


def test_a_template_edit_shows_on_every_page_made_from_it(project: Path, tmp_path: Path):
    served = tmp_path / "served"
    _build(project, served, "serve")
    package_template = PACKAGE_TEMPLATES / "article.md.j2"
    override = project / "templates" / "article.md.j2"
    override.parent.mkdir(exist_ok=True)
    override.write_text(package_template.read_text(encoding="utf-8") + "\nFirst override mark\n")
    _build(project, served, "serve")
    articles = sorted((served / "articles").glob("*/index.html"))
    assert articles and all("First override mark" in p.read_text(encoding="utf-8") for p in articles)
    # An edit of the override (Jinja compiles it again) and of the theme's overrides (custom_dir).
    override.write_text(package_template.read_text(encoding="utf-8") + "\nSecond override mark\n")
    theme = project / "templates" / "theme"
    theme.mkdir()
    (theme / "main.html").write_text(
        (PACKAGE_TEMPLATES / "theme" / "main.html").read_text(encoding="utf-8")
        + "{% block announce %}Theme override mark{% endblock %}\n"
    )
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  name: material\n", "  name: material\n  custom_dir: templates/theme\n")
    )
    plugin = _build(project, served, "serve")
    for page in articles:
        html = page.read_text(encoding="utf-8")
        assert "Second override mark" in html and "First override mark" not in html
    assert all("Theme override mark" in p.read_text(encoding="utf-8") for p in served.rglob("index.html"))
    assert plugin.keeper is not None and not plugin.keeper.reused_html
    _same_as_fresh_build(project, served, tmp_path)


def test_a_hand_written_page_edit_does_not_run_the_pipeline_again(project: Path, tmp_path: Path, monkeypatch):
    served = tmp_path / "served"
    _build(project, served, "serve")
    from newsdossier.plugin import plugin as plugin_module

    def no_pipeline(*args, **kwargs):
        raise AssertionError("the pipeline ran again")

    about = project / "docs" / "about.md"
    with monkeypatch.context() as patched:
        patched.setattr(plugin_module, "check_project", no_pipeline)
        about.write_text("# About\n\nWords an editor wrote after the first build.\n", encoding="utf-8")
        plugin = _build(project, served, "serve")
        assert "Words an editor wrote after the first build." in (served / "about" / "index.html").read_text()
        assert plugin.keeper is not None and plugin.keeper.reused_html
        # Any edit of what the pipeline reads runs it again.
        article = sorted((project / "dossier" / "articles").glob("*.yml"))[0]
        article.write_text(article.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        with pytest.raises(AssertionError, match="the pipeline ran again"):
            _build(project, served, "serve")
    _build(project, served, "serve")
    _same_as_fresh_build(project, served, tmp_path)
