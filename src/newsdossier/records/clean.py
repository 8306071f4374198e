"""The clean stage's records: an article's cleaned paragraphs, with every removal and correction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RemovalReason = str  # "navigation", "link list", "caption", "comment form", "duplicate lede", ...


@dataclass(frozen=True)
class Paragraph:
    kind: Literal["body", "subhead"]
    text: str


@dataclass(frozen=True)
class RemovedSpan:
    text: str
    reason: RemovalReason
    rule: str = ""  # the named rule or override that removed it


@dataclass(frozen=True)
class AppliedCorrection:
    find: str
    replace: str
    note: str
    paragraphs: tuple[int, ...]  # indexes of the paragraphs it changed


@dataclass(frozen=True)
class TextMetadata:
    """Metadata found in the page text itself (not in the YAML)."""

    headline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    date: str | None = None  # as written in the text, e.g. "Friday, November 27th 2015"
    caption: str | None = None
    credit: str | None = None
    standfirst: str | None = None  # the summary under the headline, when the page has one


@dataclass(frozen=True)
class CleanResult:
    """What the general cleaner makes of a page's text, before any per-article override."""

    paragraphs: tuple[Paragraph, ...]
    metadata: TextMetadata
    removed: tuple[RemovedSpan, ...]


@dataclass(frozen=True)
class CleanArticle:
    """An article's cleaned text, with every decision recorded."""

    article_id: str
    paragraphs: tuple[Paragraph, ...]
    metadata: TextMetadata
    removed: tuple[RemovedSpan, ...]
    corrections: tuple[AppliedCorrection, ...] = ()
    overrides_applied: tuple[str, ...] = ()  # human-readable descriptions of overrides used
