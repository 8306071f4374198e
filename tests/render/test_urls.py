"""Relative links between pages, so the site works under any sub-path."""

import pytest

from newsdossier.render.urls import href, site_url


@pytest.mark.parametrize(
    "src,url",
    [
        ("index.md", ""),
        ("articles/a.md", "articles/a/"),
        ("topics/index.md", "topics/"),
        ("dossier.json", "dossier.json"),
    ],
)
def test_site_url_uses_directory_urls(src, url):
    assert site_url(src) == url


@pytest.mark.parametrize(
    "src,dst,anchor,expected",
    [
        ("articles/a.md", "actors/b.md", "p-x", "../../actors/b/#p-x"),
        ("index.md", "actors/b.md", None, "actors/b/"),
        ("articles/a.md", "index.md", None, "../../"),
        ("data.md", "dossier.json", None, "../dossier.json"),
        ("articles/a.md", "articles/c.md", None, "../c/"),
        ("index.md", "index.md", "top", "./#top"),
        ("topics/index.md", "topics/t.md", None, "t/"),
    ],
)
def test_href_is_relative_to_the_page(src, dst, anchor, expected):
    assert href(src, dst, anchor) == expected
