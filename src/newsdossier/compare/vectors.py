"""Weighted term vectors: TF-IDF over a topic's passages, the topic's background discounted.

The terms come from the analysis (records.SentenceTerms, analyze/terms.py): compare never reads
the text. Terms are weighted by how rare they are in the topic (IDF), so a shared number or a rare
word counts for more than the country every passage names.
"""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict

from .options import DEFAULT_ALIGNMENT, AlignmentOptions


def term_kind_weight(term: str, options: AlignmentOptions = DEFAULT_ALIGNMENT) -> float:
    if term.startswith("@"):
        return options.actor_weight
    if term.startswith("#"):
        return options.number_weight
    if term.startswith("%"):
        return options.date_weight
    if term.startswith("+"):
        return options.pair_weight
    return 1.0


def idf_table(documents: list[Counter[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term over the topic's passages."""
    df: Counter[str] = Counter()
    for terms in documents:
        df.update(terms.keys())
    total = len(documents)
    return {term: math.log((1 + total) / (1 + count)) + 1.0 for term, count in df.items()}


def topic_discount(
    documents: list[Counter[str]], articles: list[str], options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> dict[str, float]:
    """Term -> a factor under 1 for the terms most of the topic's articles carry (options.topic_share;
    numbers and dates: options.number_topic_share)."""
    count = len(set(articles))
    if count < options.topic_min_articles:
        return {}
    carriers: dict[str, set[str]] = defaultdict(set)
    for terms, article in zip(documents, articles, strict=True):
        for term in terms:
            carriers[term].add(article)
    discount = {}
    for term, found_in in carriers.items():
        share = len(found_in) / count
        limit = options.number_topic_share if term[0] in "#%" else options.topic_share
        if share > limit:
            discount[term] = (1.0 - share) / (1.0 - limit)
    return discount


def weigh(
    terms: Counter[str], idf: dict[str, float], options: AlignmentOptions = DEFAULT_ALIGNMENT
) -> dict[str, float]:
    """An L2-normalised TF-IDF vector (sub-linear term frequency)."""
    vector = {
        term: (1.0 + math.log(count)) * idf.get(term, 1.0) * term_kind_weight(term, options)
        for term, count in terms.items()
    }
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {term: v / norm for term, v in vector.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    # The key intersection runs in C (two passages share few of their terms); its order follows
    # string hashes, so the products are summed with fsum, which is exact whatever the order:
    # a build must not depend on PYTHONHASHSEED.
    shared = a.keys() & b.keys()  # iterated twice in the same order: the products pair up
    return math.fsum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def single_terms(vector: dict[str, float]) -> dict[str, float]:
    """The vector without its pair terms, normalised again: what two passages share in words,
    whatever their order (the contradiction rule compares denials with affirmations, whose
    word order differs by nature)."""
    single = {term: value for term, value in vector.items() if term[0] != "+"}
    norm = math.sqrt(sum(v * v for v in single.values())) or 1.0
    return {term: v / norm for term, v in single.items()}
