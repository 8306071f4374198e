"""Text from seeds and YAML is data: no page of the built site lets it become markup."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitebuild import build_site, copy_project, search_fragments

FIXTURE = Path(__file__).parent / "fixtures" / "hostile"


class _Elements(HTMLParser):
    """Collects what a browser would create: elements, their attributes, and the visible text."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("hostile")
    copy_project(project, ("mkdocs.yml", "docs", "templates"))
    for name in ("dossier", "seeds"):
        shutil.copytree(FIXTURE / name, project / name)
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def _pages(site: Path) -> dict[Path, _Elements]:
    parsed = {}
    for page in site.rglob("*.html"):
        parser = _Elements()
        parser.feed(page.read_text(encoding="utf-8"))
        parsed[page] = parser
    return parsed


def test_no_page_gets_an_element_or_attribute_from_data(hostile_site: Path):
    problems = []
    for page, parsed in _pages(hostile_site).items():
        for tag, attrs in parsed.elements:
            where = page.relative_to(hostile_site)
            if tag == "script" and attrs.get("src") is None and "id" not in attrs:
                # Material's own inline scripts carry no data; data would show up as a bare script.
                continue
            if tag == "script" and attrs.get("src", "").startswith(("http:", "https:", "//")):
                problems.append(f"{where}: external script {attrs}")
            if tag in ("iframe", "b") or (tag == "img" and "onerror" in attrs):
                problems.append(f"{where}: injected <{tag}> {attrs}")
            if any(k.startswith("on") for k in attrs):
                problems.append(f"{where}: event handler on <{tag}> {attrs}")
            for key in ("href", "src"):
                value = attrs.get(key, "").strip().lower()
                if value.startswith("javascript:") and value != "javascript:void(0)":  # Material's own
                    problems.append(f"{where}: javascript: link on <{tag}>")
    assert not problems, "\n".join(problems[:20])


def test_inline_scripts_hold_no_data(hostile_site: Path):
    for page, parsed in _pages(hostile_site).items():
        assert not any("alert(" in script for script in parsed.scripts), page


def test_the_reader_sees_every_hostile_character_as_text(hostile_site: Path):
    article = _pages(hostile_site)[hostile_site / "articles" / "hostile-one" / "index.html"]
    visible = "".join(article.text)
    for literal in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "{{ 7*7 }}",
        "{% raw %}",
        "[click me](javascript:alert(3))",
        "!!! danger",
        "**bold**",
        "_italic_",
    ]:
        assert literal in visible, literal


def test_the_search_index_holds_the_text_as_text(hostile_site: Path):
    """Pagefind indexes what a page shows as text (never the inside of a <script>): the hostile
    strings are in the index verbatim only because the pages show them as text. The search box
    (assets/dossier-search.js) sets titles as text and keeps only text and <mark> of excerpts."""
    pages = search_fragments(hostile_site)
    assert any("<script>alert(1)</script>" in page["content"] for page in pages), "not indexed as text"
    assert any("<script>" in page["meta"]["title"] for page in pages), "no hostile title indexed"
    # Permalink signs are not text of the page: left out of the index (titles are headings).
    assert not any("¶" in page["meta"]["title"] for page in pages)


def test_the_page_title_is_text(hostile_site: Path):
    html = (hostile_site / "articles" / "hostile-one" / "index.html").read_text(encoding="utf-8")
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title and "&lt;script&gt;" in title
