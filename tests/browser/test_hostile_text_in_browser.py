"""Hostile text in a real browser: seed and YAML text is data, never markup.

A tiny dossier (the example's mkdocs.yml and docs/, the package's templates, with a dossier/ and seeds/
written here) whose seeds and YAML are full of HTML, JavaScript, Markdown, Jinja, admonition
and front-matter syntax is built with `mkdocs build --strict` and opened in chromium: no script
runs (no dialog on any page, nor from search), no element is injected, and the characters are
shown as text.
"""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from sitebuild import search_fragments

from .browserkit import PROJECT, SUB_PATH, WIDE, build_site, goto, serve, site_pages

# Every way a scraped text could try to become markup. Each is placed inside ordinary news prose
# (so the cleaner keeps it as body text) or at the start of a paragraph (where Markdown and
# Material read block syntax).
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
IFRAME = '<iframe src="javascript:alert(1)"></iframe>'
MD_LINK = "[link](javascript:alert(1))"
MD_IMAGE = "![img](x)"
JINJA_EXPR = "{{ 7*7 }}"
JINJA_TAG = "{% raw %}"
ADMONITION = '!!! note "Injected admonition"'
HTML_LINK = '<a href="javascript:alert(1)">a link</a>'
FRONT_MATTER = "---\ntitle: x\n---"

SEED_A = f"""\
{FRONT_MATTER}
Officials say {SCRIPT} was found in a message to the ministry

PARIS — Officials said on Friday that a message containing {SCRIPT} had been sent to the ministry of the interior, and that investigators were studying it closely.

The message also carried {IMG} and an {IFRAME} element, according to a statement released by the ministry on Friday afternoon.

"We will not let {MD_LINK} or {MD_IMAGE} frighten anyone in this country," said Jean Dupont, the interior minister, at a news conference in Paris on Friday.

Investigators noted that the markers {JINJA_EXPR} and {JINJA_TAG} and {{% endraw %}} appeared in the text, which they said had been written to test how the ministry's website handles unusual input.

{ADMONITION} was the first line of a second message, which investigators said was meant to trick the website into showing a warning box to its readers.

The minister added that the <b>bold</b> tags and {HTML_LINK} in the message were harmless, and that the ministry's website had not been affected in any way by the attempt.
"""

SEED_B = f"""\
Minister says {SCRIPT} message will not frighten the country

PARIS (Reuters) - The French interior ministry said on Friday that it had received a message containing {SCRIPT} and {IMG}, and that its website had not been affected.

"We will not let {MD_LINK} or {MD_IMAGE} frighten anyone in this country," Jean Dupont, the interior minister, told reporters in Paris on Friday afternoon.

Officials said the message also contained the markers {JINJA_EXPR} and {JINJA_TAG}, which are used by some website templates, and an {IFRAME} element.
"""

# Must be shown as text wherever they appear (article bodies keep every one of them).
VISIBLE = (SCRIPT, IMG, IFRAME, MD_LINK, MD_IMAGE, JINJA_EXPR, JINJA_TAG, ADMONITION, HTML_LINK)


def yaml_str(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def write_hostile_project(root: Path) -> None:
    shutil.copytree(PROJECT / "docs", root / "docs")  # templates: the package's
    shutil.copy2(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "seeds").mkdir()
    (root / "seeds" / "hostile-a.txt").write_text(SEED_A, encoding="utf-8")
    (root / "seeds" / "hostile-b.txt").write_text(SEED_B, encoding="utf-8")
    dossier = root / "dossier"
    (dossier / "articles").mkdir(parents=True)
    files = {
        "dossier.yml": f"""\
            title: {yaml_str("Hostile dossier " + SCRIPT)}
            subtitle: {yaml_str("Subtitle " + JINJA_EXPR + " " + MD_LINK)}
            description: {yaml_str("A test dossier. " + IMG + " " + ADMONITION)}
            language: en
            editors: [{yaml_str("Editor " + HTML_LINK)}]
            licence: {yaml_str("Licence " + JINJA_TAG)}
            methodology: {yaml_str("Method " + MD_IMAGE)}
            """,
        "topics.yml": f"""\
            topics:
              - id: hostile-topic
                title: {yaml_str("Topic " + SCRIPT)}
                date: 2015-11-27
                summary: {yaml_str("Summary with " + IMG + " and " + JINJA_EXPR)}
                key_questions:
                  - {yaml_str("Question " + MD_LINK + "?")}
            """,
        "outlets.yml": f"""\
            outlets:
              - id: hostile-outlet
                name: {yaml_str("Outlet " + SCRIPT)}
                kind: wire
                country: {yaml_str("Country " + IMG)}
                note: {yaml_str("Note " + ADMONITION)}
            """,
        "actors.yml": f"""\
            actors:
              - id: jean-dupont
                name: Jean Dupont
                kind: person
                role: {yaml_str("Minister " + SCRIPT)}
                aliases: [Jean Dupont, Dupont]
                bio: {yaml_str("Bio with " + IMG + " and " + JINJA_TAG + " and " + MD_LINK)}
            """,
        "events.yml": f"""\
            events:
              - id: hostile-event
                date: 2015-11-27
                title: {yaml_str("Event " + SCRIPT)}
                description: {yaml_str("Event text " + IFRAME + " " + JINJA_EXPR)}
                topics: [hostile-topic]
                articles: [hostile-a]
                actors: [jean-dupont]
            """,
        "articles/hostile-a.yml": f"""\
            source: seeds/hostile-a.txt
            title: {yaml_str("Officials say " + SCRIPT + " was found " + JINJA_EXPR)}
            outlet: hostile-outlet
            outlet_note: {yaml_str("Named in the seed " + IMG)}
            published:
              date: 2015-11-27
              status: stated
              note: {yaml_str("Stated " + MD_LINK)}
            byline: [{yaml_str("Reporter " + SCRIPT)}]
            dateline: PARIS
            topics: [hostile-topic]
            corrections:
              - find: interior minister, at a news conference
                replace: interior minister, at a press conference
                note: {yaml_str("Correction note " + SCRIPT + " " + JINJA_EXPR)}
            notes: {yaml_str("Notes " + IFRAME + " " + ADMONITION)}
            """,
        "articles/hostile-b.yml": f"""\
            source: seeds/hostile-b.txt
            title: {yaml_str("Minister says " + IMG + " message " + MD_IMAGE)}
            outlet: null
            outlet_note: {yaml_str("Unknown " + JINJA_TAG)}
            published:
              date: null
              status: unknown
              note: {yaml_str("No date " + SCRIPT)}
            topics: [hostile-topic]
            """,
    }
    for name, text in files.items():
        (dossier / name).write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    project = tmp_path_factory.mktemp("hostile-project")
    write_hostile_project(project)
    served = tmp_path_factory.mktemp("hostile-site")
    build_site(project / "mkdocs.yml", served / SUB_PATH)
    srv = serve(served)
    srv.project = project
    yield srv
    srv.close()


INJECTED = """() => {
    const found = [];
    for (const el of document.querySelectorAll('.md-content *, .md-search-result *')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag))
            found.push(tag + ': ' + el.outerHTML.slice(0, 120));
        if (tag === 'img' && el.getAttribute('src') === 'x')
            found.push('img src=x: ' + el.outerHTML.slice(0, 120));
        for (const attr of el.getAttributeNames())
            if (attr.startsWith('on')) found.push(`${tag} ${attr}: ` + el.outerHTML.slice(0, 120));
        const href = (el.getAttribute('href') || el.getAttribute('src') || '').trim().toLowerCase();
        if (href.startsWith('javascript:')) found.push(`${tag} javascript: ` + el.outerHTML.slice(0, 120));
        if (el.classList.contains('admonition-title') && el.textContent.includes('Injected admonition'))
            found.push('admonition: ' + el.outerHTML.slice(0, 120));
    }
    return found;
}"""


def test_hostile_site_builds_and_runs_no_script_on_any_page(hostile_server, new_page):
    pages = site_pages(hostile_server.site)
    assert any(p.startswith("articles/") for p in pages), pages
    page, watch = new_page(WIDE)
    injected: dict[str, list[str]] = {}
    for path in pages:
        if path == "404.html":
            continue
        goto(page, hostile_server, path)
        found = page.evaluate(INJECTED)
        if found:
            injected[path] = found
    assert not watch.dialogs, f"a script ran: {watch.dialogs}"
    assert not injected, json.dumps(injected, indent=1)
    assert not watch.problems(), watch.problems()


@pytest.mark.parametrize("article_id", ["hostile-a", "hostile-b"])
def test_hostile_article_shows_every_character_as_text(hostile_server, new_page, article_id):
    page, watch = new_page(WIDE)
    goto(page, hostile_server, f"articles/{article_id}/")
    text = page.locator(".md-content").inner_text()
    seed = SEED_A if article_id == "hostile-a" else SEED_B
    for needle in VISIBLE:
        if needle in seed:
            assert needle in text, f"{needle!r} is not shown as text on articles/{article_id}/"
    assert "49" not in text  # {{ 7*7 }} was not evaluated
    # The seed's front-matter-like block did not become the page's metadata; where the page
    # lists what cleaning removed, it is listed as text.
    assert page.title().split(" - ")[0].strip() != "x"
    if seed.startswith(FRONT_MATTER):
        assert "title: x" in page.locator(".md-content").text_content()
    assert page.evaluate(INJECTED) == []
    assert not watch.problems(), watch.problems()


def test_hostile_yaml_text_is_shown_as_text(hostile_server, new_page):
    page, watch = new_page(WIDE)
    goto(page, hostile_server, "actors/jean-dupont/")
    text = page.locator(".md-content").inner_text()
    assert "Bio with " + IMG + " and " + JINJA_TAG + " and " + MD_LINK in text
    goto(page, hostile_server, "topics/hostile-topic/")
    text = page.locator(".md-content").inner_text()
    assert "Summary with " + IMG + " and " + JINJA_EXPR in text
    assert not watch.problems(), watch.problems()


def test_searching_hostile_words_runs_nothing(hostile_server, new_page):
    page, watch = new_page(WIDE)
    goto(page, hostile_server, "")
    box = page.locator("input.md-search__input")
    box.click()
    # "onerror" is a word of the hostile text, so results show excerpts holding it.
    box.press_sequentially("onerror", delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="attached", timeout=15_000)
    page.wait_for_timeout(300)  # let every result render
    listing = page.locator(".md-search-result").inner_text()
    assert "onerror=alert(1)" in listing, listing
    assert page.evaluate(INJECTED) == []
    assert not watch.dialogs and not watch.problems(), watch.problems()
    # The index holds the hostile text as text (Pagefind indexes what a page shows), so the
    # guard above was tested with it: the search box keeps only text and <mark> of excerpts.
    content = " ".join(page["content"] for page in search_fragments(hostile_server.site))
    for raw in (SCRIPT, IMG):
        assert raw in content, raw


def test_cleaner_keeps_hostile_text_as_body_text(hostile_server):
    """The guard above only means something if the hostile text reaches the pages."""
    html = (hostile_server.site / "articles" / "hostile-a" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r"<script>\s*alert", html) is None
