"""The shared template pieces (templates/_macros.md.j2) that keep large pages bounded."""

from __future__ import annotations

from types import SimpleNamespace

from newsdossier.render.pages import make_environment


def _group_block(tmp_path, sources: int, shown: int | None) -> str:
    env = make_environment(tmp_path)
    template = env.from_string(
        '{% import "_macros.md.j2" as m with context %}{{ m.group_block(group, sources_shown=shown) }}'
    )
    quotes = [SimpleNamespace(article=f"a{n}", text="We will stay.") for n in range(sources)]
    return template.render(
        group=SimpleNamespace(text="We will stay.", speaker=None, quotes=quotes),
        shown=shown,
        page_path="actors/x.md",
        quote_link=lambda page, quote: f"../../articles/{quote.article}/",
        views={
            q.article: SimpleNamespace(outlet_name=f"Outlet {q.article}", date_label="1 May 2016")
            for q in quotes
        },
    )


def test_a_quote_lists_its_first_sources_and_counts_the_rest(tmp_path):
    page = _group_block(tmp_path, 9, 6)
    assert page.count('<li><a href="../../articles/') == 6
    assert "and 3 more articles" in page and "Outlet a5" in page and "Outlet a6" not in page


def test_the_quotes_pages_list_every_source(tmp_path):
    page = _group_block(tmp_path, 9, None)
    assert page.count('<li><a href="../../articles/') == 9 and "more article" not in page
    assert "more article" not in _group_block(tmp_path, 6, 6)
