"""An article's paragraphs as HTML (render/paragraphs.py): quotes marked where analyze found them."""

from __future__ import annotations

from newsdossier.records import Article, CleanArticle, DateInfo, Paragraph, Quote, TextMetadata
from newsdossier.render.paragraphs import annotated_paragraphs
from newsdossier.render.views import ArticleView

TEXTS = ('The mayor spoke. "We will rebuild it," she said.', '"All of it." The work starts soon.')


def _view(quote: Quote) -> ArticleView:
    article = Article(id="a", source="seeds/a.txt", title="A", outlet=None, published=DateInfo(None))
    clean = CleanArticle("a", tuple(Paragraph("body", t) for t in TEXTS), TextMetadata(), ())
    return ArticleView(article, clean, ("p-1", "p-2"), "Outlet", "date unknown", quotes=[quote])


def test_each_part_of_a_quote_is_marked_at_its_span_the_id_on_the_first():
    first = TEXTS[0].index('"We')
    quote = Quote(
        id="a-q1",
        article="a",
        paragraph=0,
        text="words render never looks for",  # render marks the spans, whatever the words
        speaker=None,
        speaker_text="the mayor",
        paragraphs=(0, 1),
        spans=((0, first, first + len('"We will rebuild it,"')), (1, 0, len('"All of it."'))),
    )
    html = [str(p) for p in annotated_paragraphs(_view(quote), {}, "articles/a.md", {})]
    assert '<span class="nd-quote" id="a-q1" title="Quote: the mayor">"We will rebuild it,"</span>' in html[0]
    assert '<span class="nd-quote" title="Quote: the mayor">"All of it."</span>' in html[1]
