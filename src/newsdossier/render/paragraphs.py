"""An article's paragraphs as safe HTML: actors linked, quotes marked with their speaker."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from ..records import Quote
from . import urls
from .markup import Span, annotate, esc
from .views import ArticleView


def _quote_spans(quotes: list[Quote], paragraph: int, speaker_name: Callable[[Quote], str]) -> list[Span]:
    """The parts of the quotes that stand in this paragraph, where the analysis found them (quote
    marks included), as spans; the quote's id goes on its first part."""
    spans: list[Span] = []
    for quote in quotes:
        kind = "nd-quote nd-fragment" if quote.fragment else "nd-quote"
        title = f' title="{esc("Quote: " + speaker_name(quote))}"'
        for number, (where, start, end) in enumerate(quote.spans):
            if where != paragraph:
                continue
            anchor = f' id="{esc(quote.id)}"' if number == 0 else ""
            spans.append(Span(start, end, f'<span class="{kind}"{anchor}{title}>', "</span>", priority=1))
    return spans


def annotated_paragraphs(
    view: ArticleView, analysis_by_paragraph: dict, page: str, actors: dict
) -> list[Markup]:
    """Each paragraph as safe HTML: the first mention of each actor linked to their page (more
    links would make the text tiring to read), quotes marked with their speaker."""

    def speaker_name(quote: Quote) -> str:
        named = [actors[a].name for a in quote.speakers or (quote.speaker,) if a in actors]
        name = " and ".join(named) or quote.speaker_text or "speaker not named"
        if quote.decision == "set":
            return f"{name} (speaker set by the editors)"
        if quote.decision == "withheld":
            return "speaker withheld by the editors"
        return name

    out = []
    for index, paragraph in enumerate(view.clean.paragraphs):
        spans = []
        linked: set[str] = set()
        for mention in sorted(analysis_by_paragraph.get((view.article.id, index), ()), key=lambda m: m.start):
            if mention.actor in linked:
                continue
            linked.add(mention.actor)
            link = urls.href(page, urls.actor_page(mention.actor))
            spans.append(Span(mention.start, mention.end, f'<a class="nd-actor" href="{esc(link)}">', "</a>"))
        spans += _quote_spans(view.quotes, index, speaker_name)
        out.append(annotate(paragraph.text, spans))
    return out
