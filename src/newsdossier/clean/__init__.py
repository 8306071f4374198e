"""The clean stage: raw page text -> article paragraphs, metadata and removed spans.

    clean_text(raw)              general rules only (CleanResult)
    clean_article(article)       general rules (or trafilatura for .html/.htm seeds), then the
                                 article's YAML overrides, then its corrections (CleanArticle)
    cleaning_problems(article)   overrides and corrections that matched nothing, an empty body or
                                 an oversized paragraph: errors and warnings for check and build

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

from ..records import Article, CleanArticle, CleanResult, Origin, Paragraph, Problem
from ..yamlsource import shown
from .html import analyse_html, looks_like_html
from .lines import Line
from .options import DEFAULT_CLEANING, CleaningOptions
from .overrides import apply_corrections, apply_overrides
from .text import analyse, to_result


def clean_text(raw: str, options: CleaningOptions = DEFAULT_CLEANING) -> CleanResult:
    """Clean the plain text of a scraped page with the general rules."""
    return to_result(analyse(raw, options))


def clean_html(html: str, options: CleaningOptions = DEFAULT_CLEANING) -> CleanResult:
    """Clean a saved web page: trafilatura finds the article, decisions recorded as for text."""
    return to_result(analyse_html(html, options))


def _analyse_article(article: Article, options: CleaningOptions) -> list[Line]:
    if looks_like_html(article.source):
        return analyse_html(article.raw, options)
    return analyse(article.raw, options)


# A paragraph of news prose is under 3,000 characters (the longest in the 1,000 dev pages
# is 2,573); 50,000 leaves room for transcripts and lists while keeping one pasted dump (a
# 2 MB one-line seed) out of the analysis, whose cost grows with paragraph length.
MAX_PARAGRAPH_CHARS = 50_000

# Which overrides matching nothing are warnings: a `drop` or `subheads` that matches nothing
# changes nothing a reader sees (the rules may already have removed that paragraph). A marker,
# a `keep` or a correction that matches nothing leaves text uncut, lost or uncorrected: an error.
_WARNING_ONLY = ("drop", "subheads")
_WHAT = {
    "keep": "the keep text to start a paragraph",
    "drop": "the drop text to start a paragraph",
    "subheads": "the subheads text to start a paragraph",
    "cut_before": "the cut_before marker to be text",
    "cut_after": "the cut_after marker to be text",
}


def _clean(article: Article, options: CleaningOptions) -> tuple[CleanArticle, list[Problem]]:
    lines = _analyse_article(article, options)
    applied, unmatched_overrides = apply_overrides(lines, article.overrides)
    if applied and article.overrides.note:
        applied.append(f"why: {article.overrides.note}")
    result = to_result(lines)
    paragraphs, corrections, missing = apply_corrections(result.paragraphs, article.corrections)
    default = article.origin or Origin(article.source)
    seed = _squash(article.raw)
    problems = []
    for name, text in unmatched_overrides:
        if _squash(text) in seed:
            received = "text that matches no paragraph as cleaned"
            message = f"Expected {_WHAT[name]} of the cleaned article but received {received}"
        else:
            message = f"Expected {_WHAT[name]} from the article's seed but received text not found in it"
        problems.append(
            Problem(
                article.overrides.origin_of(name, text) or default,
                f"{message}: {shown(text)}",
                "warning" if name in _WARNING_ONLY else "error",
            )
        )
    for c in missing:
        received = "not in the cleaned text" if _squash(c.find) in seed else "not found in the article's seed"
        problems.append(
            Problem(
                c.origin or default,
                f"Expected the text to correct but received text {received}: {shown(c.find)}",
            )
        )
    problems += _text_problems(article, paragraphs, default)
    cleaned = CleanArticle(
        article_id=article.id,
        paragraphs=paragraphs,
        metadata=result.metadata,
        removed=result.removed,
        corrections=corrections,
        overrides_applied=tuple(applied),
    )
    return cleaned, problems


def _text_problems(article: Article, paragraphs: tuple[Paragraph, ...], origin: Origin) -> list[Problem]:
    """An article published empty, or with a paragraph too long to analyse, is an error: both
    used to pass silently."""
    if not any(p.kind == "body" and p.text.strip() for p in paragraphs):
        message = (
            "Expected a seed whose cleaned text keeps some body text but cleaning left none "
            f"(`dossier clean --explain {article.source}` shows what was removed and why)"
        )
        return [Problem(origin, message)]
    for paragraph in paragraphs:
        if len(paragraph.text) > MAX_PARAGRAPH_CHARS:
            message = (
                f"Expected paragraphs of at most {MAX_PARAGRAPH_CHARS:,} characters but received one of "
                f"{len(paragraph.text):,} once cleaned in {shown(article.source)}, starting "
                f"{shown(paragraph.text)} (separate its paragraphs with blank lines)"
            )
            return [Problem(origin, message)]
    return []


def _squash(text: str) -> str:
    return " ".join(text.split())


def clean_article(article: Article, options: CleaningOptions = DEFAULT_CLEANING) -> CleanArticle:
    """Clean one article: general rules, then its overrides, then its corrections.

    Overrides or corrections that match nothing change nothing and are not recorded here;
    cleaning_problems(article) lists them so that the caller can report them.
    """
    return _clean(article, options)[0]


def clean_article_checked(
    article: Article, options: CleaningOptions = DEFAULT_CLEANING
) -> tuple[CleanArticle, list[Problem]]:
    """Clean one article, with every problem its cleaning shows (one pass): overrides and
    corrections that match nothing, each at its own line, an empty body, an oversized paragraph."""
    return _clean(article, options)


def cleaning_problems(article: Article, options: CleaningOptions = DEFAULT_CLEANING) -> list[Problem]:
    """Overrides and corrections of the article that match nothing in its cleaned text."""
    return clean_article_checked(article, options)[1]


__all__ = [
    "CleaningOptions",
    "DEFAULT_CLEANING",
    "clean_text",
    "clean_html",
    "clean_article",
    "clean_article_checked",
    "cleaning_problems",
]
