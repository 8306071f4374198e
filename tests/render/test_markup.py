"""Data text is never markup: escaping for HTML and Markdown contexts, span nesting."""

import markdown
import pytest

from newsdossier.render.markup import Span, annotate, esc, front_matter, http_url, md_inline

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "{{ 7*7 }} {% raw %}",
    "!!! note",
    "# heading *em* _em_ `code`",
    'Tom & Jerry\'s "quote"',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_inline_survives_markdown_as_plain_text(text):
    html = markdown.markdown(f"## {md_inline(text)}", extensions=["attr_list", "admonition"])
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<em>" not in html
    # The reader sees exactly the original characters.
    import html as htmllib
    import re

    visible = htmllib.unescape(re.sub(r"<[^>]+>", "", html)).strip()
    assert visible == text


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_inside_a_raw_html_block_is_left_alone_by_markdown(text):
    source = f'<div class="x">\n<p>{esc(text)}</p>\n</div>\n'
    html = markdown.markdown(source, extensions=["attr_list", "admonition", "md_in_html"])
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert str(esc(text)) in html


def test_annotate_escapes_text_and_nests_spans():
    text = 'Putin said "<b>no</b>" today'
    spans = [Span(0, 5, '<a href="x">', "</a>"), Span(11, 22, "<q>", "</q>")]
    assert str(annotate(text, spans)) == '<a href="x">Putin</a> said <q>"&lt;b&gt;no&lt;/b&gt;"</q> today'


def test_annotate_drops_crossing_spans_and_keeps_nested_ones():
    text = "abcdefghij"
    spans = [Span(0, 6, "<q>", "</q>"), Span(2, 4, "<a>", "</a>"), Span(5, 9, "<b>", "</b>")]
    assert str(annotate(text, spans)) == "<q>ab<a>cd</a>ef</q>ghij"


def test_front_matter_escapes_titles_for_the_theme():
    out = front_matter({"title": "<script>x</script>", "tags": ["A & B"], "search": {"boost": 3}})
    assert "&lt;script&gt;" in out and "A &amp; B" in out and "boost: 3" in out
    assert out.startswith("---\n") and out.endswith("---\n")


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        ('https://x.com/"onmouseover=alert(1)', ""),
        (None, ""),
    ],
)
def test_http_url_only_lets_web_addresses_through(url, expected):
    assert http_url(url) == expected
