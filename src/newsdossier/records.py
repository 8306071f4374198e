"""Typed records passed between the pipeline stages.

Every stage is a pure function from these records to these records:

    load     dossier/*.yml + seeds/*              -> Dossier
    clean    Article (raw text + overrides)        -> CleanArticle
    analyze  Dossier + {article id: CleanArticle}  -> Analysis
    compare  Dossier + cleaned + Analysis          -> {topic id: Comparison}
    render   all of the above + templates/         -> [GeneratedFile]

Records are frozen dataclasses holding tuples, so a stage cannot change what an
earlier stage produced, and the same input always gives equal records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

# --------------------------------------------------------------------------- load


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
    """An editor's decision on the comparison: passages (article id, text snippet) pinned or split."""

    passages: tuple[tuple[str, str], ...]  # (article id, a snippet of the paragraph text)
    label: str = ""
    note: str = ""
    origin: Origin | None = None


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


# -------------------------------------------------------------------------- clean

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


# ------------------------------------------------------------------------ analyze


@dataclass(frozen=True)
class Sentence:
    """A sentence of a body paragraph, as readers and comparisons see it (analyze/sentences.py)."""

    id: str  # stable: "<article id>-p<paragraph>-s<index>"
    article: str
    paragraph: int  # index into CleanArticle.paragraphs
    index: int  # position in the paragraph, from 0
    start: int  # character offsets in the paragraph text
    end: int
    text: str  # the words of the sentence, runs of white space made one space
    reported_by: str | None = None  # the actor whose words or views it reports ("the minister said")


@dataclass(frozen=True)
class Mention:
    actor: str  # actor id
    article: str  # article id
    paragraph: int  # index into CleanArticle.paragraphs
    start: int  # character offsets in the paragraph text
    end: int
    text: str  # the words as they appear ("Merkel's", a misspelt name as printed)


@dataclass(frozen=True)
class Quote:
    id: str  # stable: "<article id>-q<n>"
    article: str
    paragraph: int  # index of the paragraph where the quote starts
    text: str  # the quoted words without quote marks
    speaker: str | None  # actor id, None when no actor can be named
    speaker_text: str | None = None  # the words naming the speaker in the source
    cue: str | None = None  # "said", "told reporters", "added" ...
    fragment: bool = False  # a short scare quote or partial quote, not a full sentence
    paragraphs: tuple[int, ...] = ()  # all paragraphs the quote spans
    speakers: tuple[str, ...] = ()  # every named speaker's actor id ("Senators Roe and Doe wrote")
    decision: Literal["", "set", "withheld"] = ""  # the editors set or withheld the speaker
    decision_note: str = ""  # why, as the editors wrote it
    # Ids of the sentences that carry the quote's words, the one holding its first words first.
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    article: str
    paragraph: int
    # "casualties", "count" (of what: subject), "percent", "money", "duration", "date", "weekday",
    # "number" (a figure that says nothing of what it counts)
    kind: str
    value: str  # normalised value ("130", "2015-11-13", "Thursday", "USD 2000000", "4")
    text: str  # the words in the source, the phrase ("more than 130 people")
    subject: str = ""  # what the number counts, as words near it ("killed", "people on board")
    unit: str = ""  # "%", a currency ("USD"), a span of time ("year", "day"); "" for counts
    qualifier: str = ""  # words that qualify the value ("more than", "nearly")
    # Where comparison finds it (analyze/fact_context.py): the sentence holding the phrase, the
    # terms of the words around it (to tell two facts of one kind apart), and a label of those
    # words with the value left out ("attacks in the capital that killed … people").
    sentence: str = ""
    context: frozenset[str] = frozenset()
    label: str = ""


@dataclass(frozen=True)
class Denial:
    """A failure or denial cue of a sentence ("refused to", "denied") and what it governs."""

    cue: str  # "refused"
    scope: str  # the words after the cue, in its clause
    terms: frozenset[str]  # the scope's terms
    about: frozenset[str]  # '@actor' terms of what the denied claim is about, with their sides


@dataclass(frozen=True)
class SentenceTerms:
    """What comparison reads of a sentence, read once by analyze (analyze/terms.py, clauses.py).

    Terms are strings marked by kind: '@actor' (an actor id), '#number' ('#3:relat' a small count
    with what it counts), '%date', '~unanchored' (a weekday, an age, a count of nothing said),
    '=class' (a class of news paraphrases: '=kill' for killed, dead, toll), '^ACRONYM', '+a>b' (two
    terms next to each other), and word stems."""

    sentence: str  # Sentence.id
    terms: tuple[tuple[str, int], ...]  # (term, count), in reading order of first use
    clauses: tuple[tuple[tuple[str, int], ...], ...] = ()  # the terms of each clause, when several
    places: frozenset[str] = frozenset()  # actors it names only as places ("bombing in Syldavia")
    refers_back: bool = False  # it goes on with the sentence before ("he said", "she added")
    words: int = 0  # how many words it has
    denials: tuple[Denial, ...] = ()  # its failure and denial cues (analyze/denials.py)
    affirmed: frozenset[str] = frozenset()  # the terms of its clauses that carry no negation


@dataclass(frozen=True)
class TopicTerms:
    """The terms of a topic's title, summary and questions, and the actors its title names."""

    topic: str
    terms: tuple[tuple[str, int], ...]
    title_actors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class QuoteGroup:
    """One statement and every article that carries it, with each article's wording."""

    id: str  # the id of its first quote, stable across builds
    speaker: str | None  # actor id, None when no carrying article names an actor
    text: str  # the longest wording
    quotes: tuple[Quote, ...]  # every carrying quote, in dossier order
    fragment: bool  # every wording is a fragment

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.article for q in self.quotes))

    @property
    def wordings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.text for q in self.quotes))


@dataclass(frozen=True)
class CoMention:
    """Two actors named in the same paragraphs: how many paragraphs name both."""

    actor: str
    other: str
    paragraphs: int


@dataclass(frozen=True)
class Analysis:
    """The one reading of the text: what compare and render know of the articles' words."""

    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    facts: tuple[Fact, ...]
    suggestions: tuple[Problem, ...] = ()  # people named often without an actor entry
    problems: tuple[Problem, ...] = ()  # editors' speaker decisions that match no quote
    sentences: tuple[Sentence, ...] = ()  # every body sentence, in dossier and reading order
    quote_groups: tuple[QuoteGroup, ...] = ()  # one per statement, however many articles carry it
    co_mentions: tuple[CoMention, ...] = ()  # pairs of actors named in the same paragraphs
    terms: tuple[SentenceTerms, ...] = ()  # what comparison reads of each sentence
    topic_terms: tuple[TopicTerms, ...] = ()  # what comparison reads of each topic's own words

    def sentences_of(self, article: str) -> tuple[Sentence, ...]:
        """The sentences of one article, in reading order."""
        return self._sentences_by_article.get(article, ())

    def mentions_in(self, article: str, paragraph: int) -> tuple[Mention, ...]:
        """The mentions of one paragraph, in reading order."""
        return self._mentions_by_paragraph.get((article, paragraph), ())

    def terms_of(self, sentence: str) -> SentenceTerms | None:
        """The terms of one sentence (by Sentence.id), None when it was not read for comparison."""
        return self._terms_by_sentence.get(sentence)

    def quotes_of(self, article: str) -> tuple[Quote, ...]:
        """The quotes of one article, in reading order."""
        return self._quotes_by_article.get(article, ())

    def together(self) -> dict[str, dict[str, int]]:
        """actor -> {other actor: paragraphs naming both}, both directions, in a fixed order."""
        table: dict[str, dict[str, int]] = {}
        for pair in self.co_mentions:
            table.setdefault(pair.actor, {})[pair.other] = pair.paragraphs
        return table

    # Indexes, built on first use (a frozen record's cached_property is stored beside its fields).
    @cached_property
    def _sentences_by_article(self) -> dict[str, tuple[Sentence, ...]]:
        return _index(self.sentences, lambda s: s.article)

    @cached_property
    def _quotes_by_article(self) -> dict[str, tuple[Quote, ...]]:
        return _index(self.quotes, lambda q: q.article)

    @cached_property
    def _terms_by_sentence(self) -> dict[str, SentenceTerms]:
        return {t.sentence: t for t in self.terms}

    @cached_property
    def _mentions_by_paragraph(self) -> dict[tuple[str, int], tuple[Mention, ...]]:
        return _index(self.mentions, lambda m: (m.article, m.paragraph))


def _index(items, key) -> dict:
    grouped: dict = {}
    for item in items:
        grouped.setdefault(key(item), []).append(item)
    return {k: tuple(v) for k, v in grouped.items()}


# ------------------------------------------------------------------------ compare


@dataclass(frozen=True)
class Passage:
    article: str
    paragraph: int
    text: str  # a sentence or a paragraph, never a whole article
    sentence: str = ""  # the id of the analysis' Sentence it is


@dataclass(frozen=True)
class ComparisonRow:
    label: str  # what the row is about
    kind: Literal["quote", "fact", "claim"]
    passages: tuple[Passage, ...]  # at most... one or more per article
    editorial: Literal["pinned", ""] = ""
    note: str = ""
    score: float = 0.0
    # Quote rows: the quoted words (without marks) of each passage, in the order of `passages`,
    # so that versions of a quote can be diffed word by word; () for other rows.
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactCell:
    article: str
    value: str
    text: str
    paragraph: int


@dataclass(frozen=True)
class FactRow:
    label: str  # "killed in the Paris attacks"
    kind: str
    cells: tuple[FactCell, ...]
    agreement: Literal["agree", "disagree", "single"]


@dataclass(frozen=True)
class Contradiction:
    label: str
    passages: tuple[Passage, ...]
    note: str = ""


@dataclass(frozen=True)
class Comparison:
    topic: str
    articles: tuple[str, ...]  # article ids, the columns
    rows: tuple[ComparisonRow, ...]  # widely reported first
    only: tuple[Passage, ...] = ()  # what only one outlet reports
    facts: tuple[FactRow, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    vetoed: tuple[AlignmentChoice, ...] = ()


# ------------------------------------------------------------------------- render


@dataclass(frozen=True)
class GeneratedFile:
    """A file the build adds to the site: a Markdown page or an asset (SVG, JSON, CSV)."""

    path: str  # relative to docs/ as MkDocs sees it, e.g. "articles/ap-paris-summit.md"
    content: str | bytes
