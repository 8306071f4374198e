"""The clean stage: raw page text -> article paragraphs, metadata and removed spans.

    clean_text(raw)              general rules only (CleanResult)
    clean_article(article)       general rules (or trafilatura for .html/.htm seeds), then the
                                 article's YAML overrides, then its corrections (CleanArticle)
    cleaning_problems(article)   overrides and corrections that matched nothing, for `dossier check`

Every decision is recorded: removed spans carry a reason and the rule that took it.
Reasons used by the general rules: navigation, headline, byline, date, dateline,
"dateline and byline", photo caption, image label, teaser list, comment form, error page, share buttons,
newsletter prompt, copyright footer, cookie notice, advertisement, read-more link,
reporting credits, duplicate lede, short fragment, outside the article, no article text
(and "outside the main content" for HTML). Overrides add "editor override: cut before
marker", "editor override: cut after marker" and "editor override: dropped paragraph".
Override markers are matched against the text before corrections, as the order says.
"""

from __future__ import annotations

from typing import Literal

from ..records import Article, CleanArticle, CleanResult, Origin, Problem
from .html import analyse_html, looks_like_html
from .overrides import apply_corrections, apply_overrides
from .text import Line, analyse, to_result


def clean_text(raw: str) -> CleanResult:
    """Clean the plain text of a scraped page with the general rules."""
    return to_result(analyse(raw))


def clean_html(html: str) -> CleanResult:
    """Clean a saved web page: trafilatura finds the article, decisions recorded as for text."""
    return to_result(analyse_html(html))


def _analyse_article(article: Article) -> list[Line]:
    return analyse_html(article.raw) if looks_like_html(article.source) else analyse(article.raw)


def _clean(article: Article) -> tuple[CleanArticle, list[tuple[str, Origin | None]]]:
    lines = _analyse_article(article)
    applied, unmatched_overrides = apply_overrides(lines, article.overrides)
    unmatched: list[tuple[str, Origin | None]] = [(message, None) for message in unmatched_overrides]
    if applied and article.overrides.note:
        applied.append(f"why: {article.overrides.note}")
    result = to_result(lines)
    paragraphs, corrections, missing = apply_corrections(result.paragraphs, article.corrections)
    unmatched += [
        (f'Expected text that occurs in the cleaned article but received: "{c.find}"', c.origin)
        for c in missing
    ]
    cleaned = CleanArticle(
        article_id=article.id,
        paragraphs=paragraphs,
        metadata=result.metadata,
        removed=result.removed,
        corrections=corrections,
        overrides_applied=tuple(applied),
    )
    return cleaned, unmatched


def clean_article(article: Article) -> CleanArticle:
    """Clean one article: general rules, then its overrides, then its corrections.

    Overrides or corrections that match nothing change nothing and are not recorded here;
    cleaning_problems(article) lists them so that the caller can report them.
    """
    return _clean(article)[0]


def clean_article_checked(article: Article) -> tuple[CleanArticle, list[Problem]]:
    """Clean one article and list its overrides and corrections that match nothing (one pass)."""
    cleaned, unmatched = _clean(article)
    default = article.origin or Origin(article.source)
    return cleaned, [Problem(origin or default, message, _severity(message)) for message, origin in unmatched]


def _severity(message: str) -> Literal["error", "warning"]:
    """A `drop` or `subheads` that matches nothing changes nothing a reader sees (the rules
    may already have removed that paragraph): a warning. A marker, a `keep` or a correction
    that matches nothing leaves text uncut, lost or uncorrected: an error."""
    return "warning" if message.startswith(("cleaning.drop", "cleaning.subheads")) else "error"


def cleaning_problems(article: Article) -> list[Problem]:
    """Overrides and corrections of the article that match nothing in its cleaned text."""
    return clean_article_checked(article)[1]


__all__ = ["clean_text", "clean_html", "clean_article", "clean_article_checked", "cleaning_problems"]
