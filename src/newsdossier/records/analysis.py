"""The analyze stage's records: the one reading of the text (sentences, mentions, quotes, facts)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from .load import Problem


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
class Wording:
    """A text's words as two versions of it are compared word by word (analyze/wording.py)."""

    words: tuple[str, ...] = ()  # as written, split at white space, punctuation kept
    keys: tuple[str, ...] = ()  # each word as compared: no case, punctuation or typographic quotes


@dataclass(frozen=True)
class ParagraphAnchors:
    """The anchor of each paragraph of an article, for links to it (analyze/anchors.py)."""

    article: str
    anchors: tuple[str, ...]  # one per CleanArticle.paragraphs, in order, unique in the article


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
    # The topics of its article it belongs to (analyze/topics.py): render files it under these.
    topics: tuple[str, ...] = ()
    # Where its words stand: (paragraph, start, end) of each part, quote marks included, as analyze
    # found them; render marks these spans and never looks for the words itself.
    spans: tuple[tuple[int, int, int], ...] = ()
    # Its words (len(wording.words) is how many), as comparison counts and diffs them.
    wording: Wording = Wording()


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
    # The value as its phrase gives it, for a reader (analyze/fact_shown.py): qualifier kept ("more
    # than 1,200"), a date's year left out when the phrase states none ("13 November"); "" = value.
    shown: str = ""
    year_stated: bool = False  # the phrase writes a year ("13 November 2015"), for a date
    # Its subject does not say what it counts ("three days", "two men", no subject at all): the
    # facts table lists such a count only beside another outlet's (analyze/facts.py).
    vague: bool = False


@dataclass(frozen=True)
class Denial:
    """A failure or denial cue of a sentence ("refused to", "denied") and what it governs."""

    cue: str  # "refused"
    scope: str  # the words after the cue, in its clause
    terms: frozenset[str]  # the scope's terms
    about: frozenset[str]  # '@actor' terms of what the denied claim is about, with their sides
    # The cue and the words it governs as a contradiction states them, spacing mended and the end
    # punctuation left out ("refused to back the alliance"), and that claim cut for a label.
    claim: str = ""
    short: str = ""


@dataclass(frozen=True)
class SentenceLabel:
    """A sentence as a comparison row's label can use it (analyze/sentence_labels.py)."""

    text: str = ""  # shortened at a word boundary, without a dateline or connective opening
    opens_quote: bool = False  # it opens a quotation: its label keeps it as written, marks included
    names_no_one: bool = False  # it opens on a pronoun ("He insisted..."): it does not say who
    # (number value, the words from that figure on as a label: "Killed 40 people in the capital",
    # how many words they are), for every number of its terms that it writes out
    figures: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class SentenceTerms:
    """What comparison reads of a sentence, read once by analyze (analyze/terms.py, sentence_clauses.py).

    Terms are strings marked by kind: '@actor' (an actor id), '#number' ('#3:relat' a small count
    with what it counts), '%date', '~unanchored' (a weekday, an age, a count of nothing said),
    '=class' (a class of news paraphrases: '=kill' for killed, dead, toll), '^ACRONYM', '+a>b' (two
    terms next to each other), and word stems."""

    sentence: str  # Sentence.id
    terms: tuple[tuple[str, int], ...]  # (term, count), in reading order of first use
    clauses: tuple[tuple[tuple[str, int], ...], ...] = ()  # the terms of each clause, when several
    places: frozenset[str] = frozenset()  # actors it names only as places ("bombing in Syldavia")
    refers_back: bool = False  # it goes on with the sentence before ("he said", "she added")
    # It reports something: not a question the writer asks ("But who was behind it?") nor a bracketed
    # aside ("[Read more: ...]"), which two articles can carry without reporting one thing.
    reports: bool = True
    words: int = 0  # how many words it has
    denials: tuple[Denial, ...] = ()  # its failure and denial cues (analyze/denials.py)
    affirmed: frozenset[str] = frozenset()  # the terms of its clauses that carry no negation
    label: SentenceLabel = SentenceLabel()  # how a row label can use it (analyze/sentence_labels.py)
    # The terms it read from words written with a capital or a surname particle: the parts of names
    # no actor holds ("Le Petit Moulin"), which two reports of different things both mention.
    names: frozenset[str] = frozenset()


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
class SnippetPlace:
    """The sentences of an article that hold the words an editor quoted in a pin or veto."""

    article: str
    snippet: str
    sentences: tuple[str, ...]  # Sentence ids in reading order; () when no sentence holds it


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
    snippets: tuple[SnippetPlace, ...] = ()  # where the editors' pin and veto snippets are
    anchors: tuple[ParagraphAnchors, ...] = ()  # each article's paragraph anchors

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

    def holding(self, article: str, snippet: str) -> tuple[str, ...]:
        """The ids of the sentences of an article that hold an editor's snippet (analyze/snippets.py)."""
        return self._snippet_places.get((article, snippet), ())

    def anchors_of(self, article: str) -> tuple[str, ...]:
        """The anchors of one article's paragraphs, by paragraph index; () when it was not read."""
        return self._anchors_by_article.get(article, ())

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
    def _snippet_places(self) -> dict[tuple[str, str], tuple[str, ...]]:
        return {(place.article, place.snippet): place.sentences for place in self.snippets}

    @cached_property
    def _anchors_by_article(self) -> dict[str, tuple[str, ...]]:
        return {found.article: found.anchors for found in self.anchors}

    @cached_property
    def _mentions_by_paragraph(self) -> dict[tuple[str, int], tuple[Mention, ...]]:
        return _index(self.mentions, lambda m: (m.article, m.paragraph))


def _index(items, key) -> dict:
    grouped: dict = {}
    for item in items:
        grouped.setdefault(key(item), []).append(item)
    return {k: tuple(v) for k, v in grouped.items()}
