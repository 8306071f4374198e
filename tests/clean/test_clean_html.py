"""Seeds saved as HTML go through trafilatura, with the same provenance model as text."""

from __future__ import annotations

import pytest

from newsdossier.clean import clean_article, clean_html
from newsdossier.records import Article, CleaningOverrides

PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
    "The mayor said a report on the repairs would be published before the end of the month, and that buses would run.",
    "Engineers expect the study to take at least six weeks, according to a statement from the city's works department.",
]
HTML = f"""<!doctype html><html><head><title>Council closes old bridge</title>
<meta name="author" content="Jane Doe"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council closes old bridge</h1>
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>
<h2>Repairs and costs</h2>
<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></article>
<footer><p>Copyright 2019 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def test_html_page_gives_body_subheads_and_metadata():
    result = clean_html(HTML)
    kinds_texts = [(p.kind, p.text) for p in result.paragraphs]
    for text in PARAGRAPHS:
        assert ("body", text) in kinds_texts
    assert ("subhead", "Repairs and costs") in kinds_texts
    assert result.metadata.headline == "Council closes old bridge"
    assert result.metadata.byline == "Jane Doe"
    assert not any("Copyright" in p.text or p.text == "Home" for p in result.paragraphs)


def test_html_removed_text_is_recorded():
    result = clean_html(HTML)
    removed = "\n".join(s.text for s in result.removed)
    assert "Copyright 2019" in removed
    assert all(s.reason for s in result.removed)


def test_html_article_is_chosen_by_source_suffix_and_takes_overrides():
    article = Article(
        id="bridge",
        source="seeds/bridge.html",
        title="Bridge",
        outlet=None,
        raw=HTML,
        overrides=CleaningOverrides(cut_after="how long the closure"),
    )
    cleaned = clean_article(article)
    assert [p.text for p in cleaned.paragraphs] == PARAGRAPHS[:2]
    assert any(s.reason == "editor override: cut after marker" for s in cleaned.removed)


def test_page_too_short_for_trafilatura_falls_back_to_the_text_rules():
    html = (
        "<html><body><ul><li>Home</li><li>News</li></ul>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
        + "</body></html>"
    )
    result = clean_html(html)
    assert [p.text for p in result.paragraphs] == PARAGRAPHS[:2]
    assert "Home" in "\n".join(s.text for s in result.removed)


def test_empty_or_broken_html_gives_no_paragraphs_and_no_error():
    for html in ("", "<html></html>", "\x00\x01<<>>"):
        assert clean_html(html).paragraphs == ()


def test_a_page_of_plain_paragraphs_gets_the_text_rules_after_trafilatura():
    # No structure sets the article apart: trafilatura keeps the menu, the byline and the teasers.
    furniture_before = ["Home", "News", "Sport", "Business", "Weather", "Contact us", "By Jane Doe", "Share"]
    teasers = [
        "Related",
        "Ferry service to resume after winter break",
        "New library opens its doors to readers",
    ]
    footer = ["Terms of use", "Privacy policy", "About us", "Careers", "Advertise with us"]
    blocks = [*furniture_before, *PARAGRAPHS, *teasers, *footer]
    html = "<html><body>" + "".join(f"<p>{b}</p>" for b in blocks) + "</body></html>"
    result = clean_html(html)
    assert [p.text for p in result.paragraphs] == PARAGRAPHS
    assert any("text rules on trafilatura" in s.rule for s in result.removed)


def test_a_structured_article_keeps_its_short_last_paragraph():
    # The structure did its work: the text rules' second reading does not apply.
    last = "Nobody was hurt."
    html = HTML.replace(f"<p>{PARAGRAPHS[3]}</p>", f"<p>{PARAGRAPHS[3]}</p><p>{last}</p>")
    assert [p.text for p in clean_html(html).paragraphs if p.kind == "body"] == [*PARAGRAPHS, last]


def test_control_characters_in_a_page_are_no_error():
    html = HTML.replace(PARAGRAPHS[1], PARAGRAPHS[1] + "\x0b\x1f")
    result = clean_html(html)
    assert PARAGRAPHS[0] in [p.text for p in result.paragraphs]


@pytest.mark.parametrize(
    "head",
    [
        "<title>Council closes old bridge | The Daily Example</title>",
        "<title>Council closes old bridge - The Daily Example</title>",
        '<title>The Daily Example</title><meta property="og:title" content="Council closes old bridge">',
    ],
)
def test_the_headline_of_an_html_page_leaves_the_site_name_out(head: str):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = clean_html(f"<html><head>{head}</head><body><article>{body}</article></body></html>")
    assert result.metadata.headline == "Council closes old bridge"
    assert [p.text for p in result.paragraphs] == PARAGRAPHS
