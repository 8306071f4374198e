"""Quote rows: the versions of one speaker's quote told by different outlets.

The analysis stage finds direct quotes and names their speakers (records.Quote). Two
quotes of the same speaker in different articles whose words match are versions of one
quote, whatever the sentences around them say; translations differ ("no role in the
coming era of the country" / "does not have a role in the country's coming era"), so words are matched
both as text (rapidfuzz) and as paraphrase-normalised terms (features.passage_terms).
A quote row never mixes speakers: only quotes with the same (known) speaker are compared.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..disjoint import DisjointSets
from ..records import Passage, Quote
from .features import AliasIndex, passage_terms

# Two versions match when their normalised texts reach TEXT_MATCH (rapidfuzz token_set_ratio,
# 0-100), or when they share at least MIN_SHARED_TERMS paraphrase-normalised terms making up
# TERM_MATCH of the shorter version's terms. Calibrated on the seeds' same-speaker pairs of
# different articles: true versions score 73.7-80 (token_set) and 0.8-1.0 (terms); the highest
# false pairs score 73.3 (a 2-term
# fragment sharing a word with a long quote) and 70.4 (token_set), 0.33 (terms). TEXT_MATCH 78 keeps the two longest versions;
# the term rule catches the translations ("fate" ~ "future", "place" ~ "role").
TEXT_MATCH = 78
TERM_MATCH = 0.6
MIN_SHARED_TERMS = 3
# Quotes shorter than this many words are scare quotes ("natural ally", "proxy war"): two
# outlets quoting the same two words say little, and short texts match by chance.
MIN_QUOTE_WORDS = 4
# Words of the quote shown in a row label before it is cut.
LABEL_WORDS = 10


@dataclass(frozen=True)
class QuoteVersion:
    """A quote of the analysis with the sentence that holds it."""

    quote: Quote
    passage: Passage


def normalise(text: str) -> str:
    """Lower-case words without punctuation or typographic apostrophes."""
    return " ".join(re.findall(r"[\w']+", text.lower().replace("\u2019", "'")))


def versions_match(a: str, b: str, terms_a: frozenset[str], terms_b: frozenset[str]) -> bool:
    """Two normalised quote texts (and their terms) are versions of one quote."""
    if fuzz.token_set_ratio(a, b) >= TEXT_MATCH:
        return True
    return _terms_match(len(terms_a & terms_b), min(len(terms_a), len(terms_b)))


def _terms_match(shared: int, shorter: int) -> bool:
    """The term rule: enough shared terms, and most of the shorter version's."""
    return shared >= MIN_SHARED_TERMS and shared >= TERM_MATCH * shorter


def _matching_pairs(texts: list[str], terms: list[frozenset[str]]):
    """Index pairs (i < j) for which versions_match holds, without a Python loop over all pairs:
    the text rule runs in rapidfuzz's C loop (process.extract with a cut-off), and the term rule
    only looks at pairs that share a term (an inverted index)."""
    for i, text in enumerate(texts[:-1]):
        rest = texts[i + 1 :]
        for _, _, offset in process.extract(
            text, rest, scorer=fuzz.token_set_ratio, score_cutoff=TEXT_MATCH, limit=None
        ):
            yield i, i + 1 + offset
    postings: dict[str, list[int]] = defaultdict(list)
    for index, found in enumerate(terms):
        for term in found:
            postings[term].append(index)
    for i, found in enumerate(terms):
        shared: Counter[int] = Counter()
        for term in found:
            later = postings[term]  # ascending: the versions after i start past bisect_right
            shared.update(later[bisect.bisect_right(later, i) :])
        for j, count in shared.items():
            if _terms_match(count, min(len(found), len(terms[j]))):
                yield i, j


def quote_groups(
    quotes: list[Quote], passages: list[Passage], aliases: AliasIndex
) -> list[list[QuoteVersion]]:
    """Groups of matching quotes of one speaker from at least two articles, in reading order.

    Quotes are compared only within a speaker, so the cost grows with the square of one
    speaker's quotes in a topic, never with all quotes.
    """
    by_speaker: dict[str, list[QuoteVersion]] = defaultdict(list)
    by_sentence = {passage.sentence: passage for passage in passages}
    for quote in quotes:
        if not quote.speaker or len(quote.text.split()) < MIN_QUOTE_WORDS:
            continue
        holder = by_sentence.get(quote.sentences[0]) if quote.sentences else None
        if holder is not None:
            by_speaker[quote.speaker].append(QuoteVersion(quote, holder))
    groups: list[list[QuoteVersion]] = []
    for speaker in sorted(by_speaker):
        versions = by_speaker[speaker]
        sets = DisjointSets(len(versions))
        # Syndicated copies quote the same words: each distinct text is matched once. Copies of
        # one text are one group; two texts that match join when their copies span two articles
        # (quotes of one article are never matched with each other).
        copies: dict[str, list[int]] = defaultdict(list)
        for index, version in enumerate(versions):
            copies[version.quote.text].append(index)
        distinct = list(copies)
        for indexes in copies.values():
            for other in indexes[1:]:
                sets.union(indexes[0], other)
        articles = [{versions[i].quote.article for i in copies[text]} for text in distinct]
        texts = [normalise(text) for text in distinct]
        terms = [frozenset(t for t in passage_terms(text, aliases) if t[0] != "+") for text in distinct]
        for i, j in _matching_pairs(texts, terms):
            if len(articles[i] | articles[j]) >= 2:
                sets.union(copies[distinct[i]][0], copies[distinct[j]][0])
        for indexes in sets.groups():
            group = [versions[i] for i in indexes]
            if len({v.quote.article for v in group}) >= 2:
                groups.append(group)
    return groups


def quote_label(speaker_name: str, text: str) -> str:
    """'Speaker: “first words of the quote…”'."""
    words = text.split()
    head = " ".join(words[:LABEL_WORDS]).rstrip(",;:.")
    if len(words) > LABEL_WORDS:
        head += "\u2026"
    return f"{speaker_name}: \u201c{head}\u201d" if speaker_name else f"\u201c{head}\u201d"
