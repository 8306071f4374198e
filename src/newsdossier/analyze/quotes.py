"""Direct quotations and who said them, for one article.

Three passes over an article, paragraph by paragraph, all linear in its length:
quotation marks are paired into quotations (marks.py); every speech verb gets a
subject and every quotation its speaker (attribution.py, verb_subjects.py, subjects.py,
people.py, cues.py); the quotations become Quote records here.
"""

from __future__ import annotations

import re

from ..records import Actor, CleanArticle, Quote
from .attribution import attribute
from .marks import Quotation, find_quotations
from .mentions import AliasHit
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .text import word_count
from .wording import wording

__all__ = ["FRAGMENT_MAX_WORDS", "article_quotes", "find_quotations", "is_fragment"]

# A fragment has at most this many words (AttributionOptions.fragment_max_words says why).
FRAGMENT_MAX_WORDS = DEFAULT_ATTRIBUTION.fragment_max_words


def is_fragment(text: str, stands_alone: bool = False, max_words: int = FRAGMENT_MAX_WORDS) -> bool:
    """A scare quote or a borrowed phrase rather than a quoted statement.

    Short, and without the shape of a sentence: "Why now?" or a capitalised
    quotation that opens its sentence ("“It’s over,” she said") is a statement.
    """
    if word_count(text) > max_words:
        return False
    capitalised = text[:1].isupper()
    return not (capitalised and (stands_alone or text.rstrip().endswith((".", "!", "?"))))


def _clean_text(texts: list[str]) -> str:
    text = " ".join(" ".join(part.split()) for part in texts if part.strip())
    return text.strip().rstrip(",").strip()


# A heading quotation stands alone: at most a dash or a colon and spaces around it.
HEADING_MARGIN = 8


def _is_heading(quote: Quotation, paragraphs: list[tuple[str, str]]) -> bool:
    """A paragraph that is only a quoted phrase with no sentence ('Information warfare')."""
    if len(quote.parts) != 1:
        return False
    index, start, end = quote.parts[0]
    text = paragraphs[index][1]
    if start > HEADING_MARGIN or len(text) - end > HEADING_MARGIN:
        return False  # words around the quotation: a sentence (and no copy of a long paragraph)
    rest = (text[:start] + text[end:]).strip(" -\u2014\u2013:")
    return not rest and not re.search(r"[.!?]$", quote.texts[0].strip())


def article_quotes(
    article_id: str,
    cleaned: CleanArticle,
    hits_by_paragraph: dict[int, list[AliasHit]],
    actors: dict[str, Actor],
    options: AttributionOptions = DEFAULT_ATTRIBUTION,
) -> list[Quote]:
    """Every direct quotation in an article, in text order, with its speaker."""
    found = article_quotations(article_id, cleaned, hits_by_paragraph, actors, options)
    return [quote for quote, _ in found]


QuoteSpans = tuple[tuple[int, int, int], ...]  # (paragraph, start, end) of each part, marks included


def article_quotations(
    article_id: str,
    cleaned: CleanArticle,
    hits_by_paragraph: dict[int, list[AliasHit]],
    actors: dict[str, Actor],
    options: AttributionOptions = DEFAULT_ATTRIBUTION,
) -> list[tuple[Quote, QuoteSpans]]:
    """Every direct quotation in an article with where it stands (to find its sentences)."""
    paragraphs: list[tuple[str, str]] = [(p.kind, p.text) for p in cleaned.paragraphs]
    found = find_quotations(paragraphs, options)
    # A quotation has words: at least two letters ("x" in code or a lone "5" is no quote).
    found = [q for q in found if sum(c.isalpha() for c in _clean_text(q.texts)) >= 2]
    found = [q for q in found if not _is_heading(q, paragraphs)]
    attribute(found, paragraphs, hits_by_paragraph, actors, options)
    quotes: list[tuple[Quote, QuoteSpans]] = []
    for number, quote in enumerate(found, start=1):
        text = _clean_text(quote.texts)
        speaker = quote.speaker
        record = Quote(
            id=f"{article_id}-q{number}",
            article=article_id,
            paragraph=quote.parts[0][0],
            text=text,
            speaker=speaker.actor,
            speaker_text=speaker.text,
            speakers=tuple(dict.fromkeys(a for a in (speaker.actor, *speaker.others) if a)),
            cue=quote.cue,
            fragment=is_fragment(text, quote.stands_alone, options.fragment_max_words),
            paragraphs=tuple(dict.fromkeys(p for p, _, _ in quote.parts)),
            wording=wording(text),
        )
        quotes.append((record, tuple(quote.parts)))
    return quotes
