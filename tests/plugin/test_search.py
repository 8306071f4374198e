"""The site's search index (plugin/search.py): Pagefind run after the build, on what the theme
marks as each page's content. How the search behaves in a browser: tests/browser/."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from newsdossier.plugin import search
from sitebuild import build_site, copy_project, search_fragments


def test_the_index_holds_the_pages_content_and_leaves_out_what_repeats_it(built_site: Path):
    pages = {page["url"]: page for page in search_fragments(built_site)}
    sections = {url.strip("/").split("/")[0] for url in pages}
    assert {"actors", "articles", "topics"} <= sections, sections
    # Comparison pages and the quotes pages repeat the articles' text: only the comparisons'
    # index page is searchable.
    assert [url for url in pages if url.startswith("/comparisons/")] in ([], ["/comparisons/"])
    assert not [url for url in pages if url.startswith("/quotes/")], sorted(pages)
    assert (built_site / "quotes" / "index.html").is_file()
    compared = sorted(p for p in (built_site / "comparisons").iterdir() if p.is_dir())
    assert compared, "the example has comparison pages"
    # The header, navigation and footer are not a page's content: no page holds the footer's line.
    assert not [
        url for url, page in pages.items() if "Article texts belong to their publishers" in page["content"]
    ]
    # Nor the cleaning notes of articles (data-pagefind-ignore).
    article = next(
        page for url, page in pages.items() if url.startswith("/articles/") and url != "/articles/"
    )
    assert "What was removed from the raw file" not in article["content"]
    # Nor the article's list of its quotes (its own words, indexed in its text) or how to cite it.
    assert "To cite a single paragraph" not in article["content"]
    quoted = next(page for url, page in pages.items() if "Quotes in this article" in page["content"])
    html = (built_site / quoted["url"].strip("/") / "index.html").read_text(encoding="utf-8")
    listed = html[html.index('id="quotes-in-this-article"') : html.index('id="how-to-cite"')]
    assert "nd-quote" in listed and "data-pagefind-ignore" in listed
    assert article["meta"]["title"] and "¶" not in article["content"][:200]


def test_actor_pages_carry_their_names_and_aliases_for_ranking(built_site: Path):
    pages = search_fragments(built_site)
    actors = [page for page in pages if page["url"].startswith("/actors/") and page["url"] != "/actors/"]
    assert actors and all(page["meta"].get("names") for page in actors)
    misspelt = [page for page in actors if "Konashenov" in page["meta"]["names"]]
    assert len(misspelt) == 1, [page["meta"] for page in actors][:5]
    # Articles are not boosted: no names of their own (the index of articles is).
    articles = [
        page for page in pages if page["url"].startswith("/articles/") and page["url"] != "/articles/"
    ]
    assert articles and not [page for page in articles if "names" in page["meta"]]


def test_the_index_is_rebuilt_not_added_to(tmp_path: Path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text(
        '<html lang="en"><body><main data-pagefind-body><h1>First page</h1><p>Words.</p></main></body></html>',
        encoding="utf-8",
    )
    search.index_site(site)
    stale = site / "pagefind" / "fragment" / "en_stale.pf_fragment"
    stale.write_bytes(b"left over from an older build")
    search.index_site(site)
    assert not stale.exists()
    assert len(search_fragments(site)) == 1
    # Pagefind's ready-made interfaces are not shipped: the site has its own search box.
    assert not list((site / "pagefind").glob("pagefind-ui.*"))


def _pages(site: Path, count: int) -> None:
    for number in range(count):
        (site / f"p{number}").mkdir(parents=True)
        (site / f"p{number}" / "index.html").write_text(
            f'<html lang="en"><body><main data-pagefind-body><h1>Page {number}</h1><p>Words {number}.</p>'
            "</main></body></html>",
            encoding="utf-8",
        )


def test_a_background_index_is_written_or_stopped_quietly(tmp_path: Path, caplog):
    # Under `mkdocs serve`: the next build stops Pagefind instead of waiting for an index of
    # pages it is about to replace, and says nothing of the index it stopped.
    site = tmp_path / "site"
    _pages(site, 200)
    log = logging.getLogger("test.search")
    done = search.BackgroundIndex(site, log)
    done.join()
    assert (site / "pagefind" / "pagefind.js").is_file()
    stopped = search.BackgroundIndex(site, log)
    stopped.stop()
    assert not stopped.thread.is_alive()
    assert stopped.process is None or stopped.process.poll() is not None  # never left running
    assert not [r for r in caplog.records if r.name == "test.search"]
    # A failure of an index not stopped is said.
    failing = search.BackgroundIndex(tmp_path / "empty", log)
    failing.join()
    assert any("Pagefind could not index" in r.message for r in caplog.records if r.name == "test.search")


def test_a_failed_indexing_is_a_clear_error(tmp_path: Path):
    with pytest.raises(PluginError, match="Pagefind could not index the site"):
        search.index_site(tmp_path)  # no page at all


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def test_materials_search_plugin_alongside_is_a_warning_that_fails_strict(project: Path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - tags\n", "  - search\n  - tags\n", 1))
    result = build_site(project, project / "site")
    assert result.returncode != 0
    assert "remove `- search`" in result.stdout + result.stderr


def test_search_can_be_turned_off(project: Path):
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - dossier\n", "  - dossier:\n      search: false\n")
    )
    site = project / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    assert not (site / "pagefind").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "md-search" not in home and "dossier-search.js" not in home
