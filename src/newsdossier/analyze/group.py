"""Grouping for actor pages: one entry per quote however many outlets carry it,
and the actors most often named alongside each actor.

Two quotes are the same quote when their normalised words match closely
(rapidfuzz), when one is a span of the other (an outlet quoting part of a
sentence), or, for the same named speaker, when the words overlap as much as
two translations of one sentence do.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from rapidfuzz import fuzz, process

from ..disjoint import DisjointSets
from ..records import CleanArticle, CoMention, Mention, Quote, QuoteGroup
from .text import fold

# fuzz.ratio (0-100) from which two wordings are one quote whoever they are given to.
# Calibrated on the seeds: wordings of one quote by different outlets score 90+,
# different sentences of the same speaker below 60.
SAME_WORDING_RATIO = 90
# fuzz.partial_ratio from which the shorter wording is a span of the longer one.
SUBSPAN_RATIO = 95
# A span must be this long to be matched inside a longer quote (shorter ones are
# common phrases: "the local people").
SUBSPAN_MIN_WORDS = 4
# fuzz.token_sort_ratio from which two quotes of the same speaker are two translations
# of one statement. Calibrated on the seeds: the three statements two outlets translate
# differently (a "has no role in the coming era of X" / "does not have a role in
# X's coming era" pair) score 71-75; different statements of one speaker score 32-57.
SAME_SPEAKER_RATIO = 65
# A word triple shared by more wordings than this is a common phrase ("in the hands"),
# not evidence that two quotes are one; such triples do not propose candidates.
RARE_TRIPLE_MAX = 50


def normalise(text: str) -> str:
    """Lowercase words without accents, punctuation or editors' brackets."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", fold(text).lower())
    return " ".join(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text))


def same_quote(a: Quote, b: Quote) -> bool:
    """THE rule for "the same quote", wherever two quotes are compared (the analysis' quote
    groups, and any stage that reads them): no two known speakers differ, and the wordings match
    closely, one is a span of the other, or, for one named speaker, they are two translations of
    one statement. Fragments are the same only when their words and speaker are identical."""
    return _same(a, b, normalise(a.text), normalise(b.text))


def _same(a: Quote, b: Quote, na: str, nb: str) -> bool:
    """same_quote() on wordings already normalised."""
    # Each score is asked for with its threshold as score_cutoff: rapidfuzz then stops as soon as
    # the threshold cannot be reached (the same answer, about ten times faster on long quotes).
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    if a.fragment or b.fragment:
        return na == nb and a.speaker == b.speaker
    if fuzz.ratio(na, nb, score_cutoff=SAME_WORDING_RATIO):
        return True
    short = na if len(na) <= len(nb) else nb
    if len(short.split()) >= SUBSPAN_MIN_WORDS and fuzz.partial_ratio(na, nb, score_cutoff=SUBSPAN_RATIO):
        return True
    return bool(
        a.speaker
        and a.speaker == b.speaker
        and fuzz.token_sort_ratio(na, nb, score_cutoff=SAME_SPEAKER_RATIO)
    )


def group_quotes(quotes, cleaned: dict[str, CleanArticle]) -> list[QuoteGroup]:
    """Merge the quotes that several articles carry; every quote ends up in one group.

    Only quotes of articles in `cleaned` are grouped, in the order given. Identical
    wordings are merged by hashing; distinct wordings are compared as wholes within
    one speaker (rapidfuzz's process.extract, in C), and for spans against those
    sharing a rare word triple, so the work grows with the distinct wordings per
    speaker, not with the square of all quotes.
    """
    quotes = [q for q in quotes if q.article in cleaned]
    sets = DisjointSets(len(quotes))
    norms = _merge_identical(quotes, sets)
    distinct = sorted(norms)
    _merge_close_wholes(quotes, distinct, norms, sets)
    _merge_fragments(quotes, distinct, norms, sets)
    _merge_spans(quotes, distinct, norms, sets)
    return [_quote_group([quotes[i] for i in indexes]) for indexes in sets.groups()]


def _merge_identical(quotes: list[Quote], sets: DisjointSets) -> dict[int, str]:
    """One representative per (speaker, wording, fragment): syndicated copies merge here.
    Returns the normalised wording of each representative, by index."""
    representative: dict[tuple, int] = {}
    norms: dict[int, str] = {}
    for i, quote in enumerate(quotes):
        key = (quote.speaker, normalise(quote.text), quote.fragment)
        if key in representative:
            sets.union(representative[key], i)
        else:
            representative[key] = i
            norms[i] = key[1]
    return norms


def _merge_close_wholes(
    quotes: list[Quote], distinct: list[int], norms: dict[int, str], sets: DisjointSets
) -> None:
    """Whole quotes of one speaker that are close: _same holds for every such pair by construction."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i in distinct:
        speaker = quotes[i].speaker
        if speaker and not quotes[i].fragment:
            by_speaker[speaker].append(i)
    for members in by_speaker.values():
        if len(members) < 2:
            continue
        for x, y in _close_pairs([norms[i] for i in members]):
            sets.union(members[x], members[y])


def _merge_fragments(
    quotes: list[Quote], distinct: list[int], norms: dict[int, str], sets: DisjointSets
) -> None:
    """Fragments are one quote when their words and speaker are identical."""
    fragments: dict[tuple[str | None, str], int] = {}
    for i in distinct:
        if quotes[i].fragment:
            fragment_key = (quotes[i].speaker, norms[i])
            if fragment_key in fragments:
                sets.union(fragments[fragment_key], i)
            else:
                fragments[fragment_key] = i


def _merge_spans(quotes: list[Quote], distinct: list[int], norms: dict[int, str], sets: DisjointSets) -> None:
    """Spans of longer quotes, and wordings without a speaker: compared with the wordings
    that share a rare word triple (a span of four words or more shares one).

    _same is decided here pair by pair as it would be, with the cheap parts first: pairs of one
    speaker were already scored as wholes (_merge_close_wholes), so only the span test is left
    for them; a whole score is asked for only when the lengths allow it; and the span scores of
    one wording are asked for in one call (process.extract, in C)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in distinct:
        for triple in _triples(norms[i]):
            postings[triple].append(i)
    words = {i: len(norms[i].split()) for i in distinct}
    for i in distinct:
        if quotes[i].fragment:
            continue
        candidates: set[int] = set()
        for triple in _triples(norms[i]):
            if len(postings[triple]) <= RARE_TRIPLE_MAX:
                candidates.update(postings[triple])
        spans = _merge_wholes(i, sorted(candidates), quotes, norms, words, sets)
        if spans:
            for _, _, offset in process.extract(
                norms[i],
                [norms[j] for j in spans],
                scorer=fuzz.partial_ratio,
                score_cutoff=SUBSPAN_RATIO,
                limit=None,
            ):
                sets.union(i, spans[offset])


def _merge_wholes(
    i: int,
    candidates: list[int],
    quotes: list[Quote],
    norms: dict[int, str],
    words: dict[int, int],
    sets: DisjointSets,
) -> list[int]:
    """_same of the whole quote i and each candidate but the span test: the pairs it joins are
    joined; returns the candidates left for the span test (the shorter has enough words)."""
    quote, norm, root = quotes[i], norms[i], sets.find(i)
    spans: list[int] = []
    # _same is symmetric: a pair is compared once, from its first member, or from the
    # whole quote when the other is a fragment (fragments are not compared from).
    for j in candidates:
        other = quotes[j]
        if not (j > i or other.fragment) or sets.find(j) == root:
            continue
        if quote.speaker and other.speaker and quote.speaker != other.speaker:
            continue
        if other.fragment:
            if norm == norms[j] and quote.speaker == other.speaker:
                sets.union(i, j)
                root = sets.find(i)
            continue
        same_speaker = bool(quote.speaker) and quote.speaker == other.speaker  # scored as wholes
        if (
            not same_speaker
            and _may_reach(len(norm), len(norms[j]), SAME_WORDING_RATIO)
            and fuzz.ratio(norm, norms[j], score_cutoff=SAME_WORDING_RATIO)
        ):
            sets.union(i, j)
            root = sets.find(i)
        elif words[i if len(norm) <= len(norms[j]) else j] >= SUBSPAN_MIN_WORDS:
            spans.append(j)
    return spans


def _may_reach(length_a: int, length_b: int, cutoff: float) -> bool:
    """Can fuzz.ratio of two texts of these lengths reach `cutoff`? Its score is at most
    200 * shorter / (sum of lengths): the longer text's extra characters are all edits."""
    return 200 * min(length_a, length_b) >= cutoff * (length_a + length_b) - 1e-6 * (length_a + length_b)


def _quote_group(quoted: list[Quote]) -> QuoteGroup:
    """One group: the first quote's id, the speaker most often named, the longest wording."""
    speakers = Counter(q.speaker for q in quoted if q.speaker)
    return QuoteGroup(
        id=quoted[0].id,
        speaker=speakers.most_common(1)[0][0] if speakers else None,
        text=max((q.text for q in quoted), key=len),
        quotes=tuple(quoted),
        fragment=all(q.fragment for q in quoted),
    )


def _triples(text: str) -> set[str]:
    words = text.split()
    return {" ".join(words[k : k + 3]) for k in range(max(1, len(words) - 2))}


def _close_pairs(texts: list[str]) -> list[tuple[int, int]]:
    """Index pairs (x < y) of one speaker's wordings that are close as wholes (spans are
    found through shared word triples instead: partial_ratio on every pair costs most).
    token_sort_ratio is fuzz.ratio of the words sorted: they are sorted once per wording."""
    pairs: set[tuple[int, int]] = set()
    _band_pairs(texts, SAME_WORDING_RATIO, pairs)
    _band_pairs([" ".join(sorted(text.split())) for text in texts], SAME_SPEAKER_RATIO, pairs)
    return sorted(pairs)


def _band_pairs(texts: list[str], cutoff: float, pairs: set[tuple[int, int]]) -> None:
    """Add the pairs whose fuzz.ratio reaches `cutoff`, each text scored (in C) against the texts
    as long or longer whose length lets the score reach it (_may_reach), not against all."""
    order = sorted(range(len(texts)), key=lambda k: (len(texts[k]), k))
    lengths = [len(texts[k]) for k in order]
    for position, x in enumerate(order[:-1]):
        # The longest length that can still reach the cutoff, one character to spare.
        longest = lengths[position] * (200 - cutoff) / cutoff + 1
        later = order[position + 1 : bisect_right(lengths, longest, lo=position + 1)]
        if not later:
            continue
        for _, _, offset in process.extract(
            texts[x], [texts[y] for y in later], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            y = later[offset]
            pairs.add((min(x, y), max(x, y)))


def co_mentions(mentions: tuple[Mention, ...] | list[Mention]) -> tuple[CoMention, ...]:
    """For each pair of actors, how many paragraphs name both (both directions, sorted)."""
    present: dict[tuple[str, int], set[str]] = defaultdict(set)
    for mention in mentions:
        present[(mention.article, mention.paragraph)].add(mention.actor)
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for key in sorted(present):  # sorted: the same input gives the same order, build after build
        actors = sorted(present[key])
        for actor in actors:
            together[actor].update(other for other in actors if other != actor)
    return tuple(
        CoMention(actor, other, count)
        for actor in sorted(together)
        for other, count in together[actor].most_common()
    )


__all__ = ["QuoteGroup", "co_mentions", "group_quotes", "normalise", "same_quote"]
