"""The load stage's records: what an editor wrote in dossier/ and the raw seeds, validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Origin:
    """Where a value came from, so that errors and pages can point at it."""

    file: str  # path relative to the project root, e.g. "dossier/articles/ap.yml"
    line: int | None = None  # 1-based
    key: str | None = None  # dotted key path, e.g. "articles.ap.topics[1]"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.key:
            where += f": {self.key}"
        return where


@dataclass(frozen=True)
class DateInfo:
    """A date as the sources give it: stated, inferred (with the reasoning), recorded (from an
    archive's record, with its source) or unknown."""

    value: dt.date | None
    status: Literal["stated", "inferred", "recorded", "unknown"] = "unknown"
    note: str = ""  # the quote from the source, or how it was inferred

    @property
    def iso(self) -> str | None:
        return self.value.isoformat() if self.value else None


@dataclass(frozen=True)
class Correction:
    """An editorial correction applied to the cleaned text, always shown to readers."""

    find: str
    replace: str
    note: str
    origin: Origin | None = None


@dataclass(frozen=True)
class SpeakerDecision:
    """An editor's decision on who said a quote (named by a snippet of its words), shown to
    readers as an editorial decision."""

    quote: str  # words of the quote, as written in the article
    speaker: str | None  # actor id; None withholds the speaker the analysis found
    note: str
    origin: Origin | None = None


@dataclass(frozen=True)
class CleaningOverrides:
    """What no general rule can know about one article, set in its YAML."""

    cut_after: str | None = None  # drop everything after the paragraph containing this marker
    cut_before: str | None = None  # drop everything before the paragraph containing this marker
    drop: tuple[str, ...] = ()  # drop paragraphs that start with (or equal) one of these texts
    keep: tuple[str, ...] = ()  # keep paragraphs that start with one of these, whatever the rules say
    subheads: tuple[str, ...] = ()  # force these paragraphs to be subheads
    note: str = ""  # why the overrides are needed, shown to readers
    # (name, text, where it is written) of every marker and text above, so that one matching
    # nothing is reported at its own line and key.
    origins: tuple[tuple[str, str, Origin], ...] = ()

    def origin_of(self, name: str, text: str) -> Origin | None:
        return next((origin for n, t, origin in self.origins if (n, t) == (name, text)), None)


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    kind: str  # wire, newspaper, broadcaster, magazine, website, unknown
    country: str | None = None
    url: str | None = None
    note: str = ""
    origin: Origin | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: Literal["person", "organisation", "state", "group"]
    role: str = ""
    affiliation: str | None = None  # an actor id (state or organisation) or free text
    aliases: tuple[str, ...] = ()  # other names seen in sources, misspellings included
    bio: str = ""
    origin: Origin | None = None


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    date: DateInfo
    summary: str = ""
    key_questions: tuple[str, ...] = ()
    pins: tuple[AlignmentChoice, ...] = ()  # editor-pinned comparison rows
    vetoes: tuple[AlignmentChoice, ...] = ()  # editor-vetoed alignments
    origin: Origin | None = None


@dataclass(frozen=True)
class AlignmentChoice:
    """An editor's decision on the comparison: passages (article id, text snippet) pinned or
    split, or one row named by the id `dossier compare TOPIC` prints (compare/rows.py)."""

    passages: tuple[tuple[str, str], ...]  # (article id, a snippet of the paragraph text)
    label: str = ""
    note: str = ""
    origin: Origin | None = None
    row: str = ""  # a row id ("r-" and 8 hex digits) instead of passages
    # Where each passage's snippet is written (its `text` key), in the order of `passages`.
    passage_origins: tuple[Origin, ...] = ()

    def origin_of(self, key: str) -> Origin:
        """Where one of the choice's keys (`row`, `passages`) is written, for a message."""
        origin = self.origin or Origin("")
        return Origin(origin.file, origin.line, f"{origin.key}.{key}" if origin.key else key)


@dataclass(frozen=True)
class Event:
    id: str
    date: dt.date
    title: str
    description: str = ""
    topics: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    origin: Origin | None = None


@dataclass(frozen=True)
class Article:
    id: str
    source: str  # "seeds/<file name>", relative to the project root
    title: str
    outlet: str | None  # outlet id, None when unknown
    outlet_note: str = ""  # how the outlet is known (or why it is unknown)
    outlet_status: Literal["stated", "inferred", "recorded", "unknown"] = "unknown"  # as for dates
    via: str | None = None  # the syndicating site the seed was scraped from, if known
    published: DateInfo = field(default_factory=lambda: DateInfo(None))
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    url: str | None = None
    topics: tuple[str, ...] = ()
    overrides: CleaningOverrides = field(default_factory=CleaningOverrides)
    corrections: tuple[Correction, ...] = ()
    quote_speakers: tuple[SpeakerDecision, ...] = ()  # the editors' decisions on speakers
    notes: str = ""
    raw: str = ""  # the seed's text as decoded (load/encoding.py), mojibake repaired
    decoding: tuple[str, ...] = ()  # how it was decoded or repaired, when not plain UTF-8
    origin: Origin | None = None


@dataclass(frozen=True)
class DossierInfo:
    title: str
    subtitle: str = ""
    description: str = ""
    language: str = "en"
    editors: tuple[str, ...] = ()
    licence: str = ""
    methodology: str = ""


@dataclass(frozen=True)
class Dossier:
    """Everything an editor wrote plus the raw seeds, validated."""

    root: Path
    info: DossierInfo
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    actors: tuple[Actor, ...]
    outlets: tuple[Outlet, ...]
    events: tuple[Event, ...]

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)

    def outlet(self, outlet_id: str | None) -> Outlet | None:
        return next((o for o in self.outlets if o.id == outlet_id), None)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input; `dossier check` reports all of them at once."""

    origin: Origin
    message: str  # says what was expected and what was received
    severity: Literal["error", "warning", "suggestion"] = "error"

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
