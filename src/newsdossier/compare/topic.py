"""The recipe of compare, topic by topic: aligned rows, facts, contradictions, editor choices.

    compare(dossier, cleaned, analysis) -> {topic id: Comparison}

Per topic, the sentences of its articles are aligned (align.py); clusters that hold
passages of at least two articles become rows, widely reported first. A sentence packing
two claims can sit in two rows (its clauses matched different things); it is then never
listed as reported by one outlet only. When articles
belong to several topics (one report covering a summit and a shootdown), each row goes
to the topic its words are closest to. Editors' pins become rows marked "pinned";
vetoes split rows apart; both are shown as editorial choices.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from ..records import (
    Analysis,
    CleanArticle,
    Comparison,
    ComparisonRow,
    Dossier,
    Passage,
    Quote,
    SentenceTerms,
)
from .actors import ActorSides
from .align import build_units, cluster_units
from .contradictions import find_contradictions
from .editors import (
    apply_row_choices,
    apply_vetoes,
    as_quote_row,
    pins_as_rows,
    quotes_into_pins,
    widen_pins,
)
from .facts import fact_rows
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .passages import topic_passages
from .quotes import QuoteVersion, quote_groups
from .rows import build_row, disputed_row, quote_row, row_order
from .scope import TopicScope, topic_scopes
from .siblings import sibling_topics, topic_filter
from .units import Unit

# A passage only one outlet reports is listed under "only" when it carries something a reader
# can check: a number, date or weekday, or a quote of at least MIN_QUOTE_WORDS words; and has at
# least MIN_ONLY_WORDS words. Calibrated by reading the lists made from the seeds: it keeps the
# sentences with figures and full quotes and drops short connective sentences; adding "two named
# actors" as a criterion listed two thirds of all sentences, too many to read.
MIN_ONLY_WORDS = 10

MIN_QUOTE_WORDS = 6


def compare(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
    kept: Callable[[TopicScope, Callable[[TopicScope], Comparison]], Comparison] | None = None,
) -> dict[str, Comparison]:
    """Each topic's comparison, from its scope (scope.py). `kept(scope, compute)` may return a
    comparison kept from an earlier build of the same scope instead of calling compute(scope),
    and may complete the scope it computes from (the pipeline gives it its sentences' terms)."""
    sides = ActorSides.from_actors(dossier.actors)
    actor_names = {actor.id: actor.name for actor in dossier.actors}
    aligned: dict[tuple[str, ...], _Alignment] = {}

    def compute(scope: TopicScope) -> Comparison:
        if scope.article_ids not in aligned:  # topics with the same articles are aligned once
            aligned[scope.article_ids] = _align(scope.article_ids, scope.analysis, sides, options)
        units, clusters, quoted, longest = aligned[scope.article_ids]
        # The dossier as the topic's comparison sees it: its articles and the topics they share.
        seen = replace(dossier, articles=scope.articles, topics=scope.siblings)
        return _comparison(
            scope.topic,
            seen,
            scope.article_ids,
            units,
            clusters,
            quoted,
            longest,
            scope.analysis,
            actor_names,
            options,
        )

    result: dict[str, Comparison] = {}
    scopes = topic_scopes(dossier, cleaned, analysis)
    left = Counter(scope.article_ids for scope in scopes)  # the topics still to compare, by articles
    for scope in scopes:
        result[scope.topic.id] = kept(scope, compute) if kept else compute(scope)
        left[scope.article_ids] -= 1
        if not left[scope.article_ids]:  # no topic to come has these articles: their alignment goes
            aligned.pop(scope.article_ids, None)
    return result


# A topic's alignment: its units, the clusters of their indexes, the versions of each quote and the
# longest quotation of each sentence (longest_quotes), shared by the topics with the same articles.
_Alignment = tuple[list[Unit], list[list[int]], list[list[QuoteVersion]], dict[str, Quote]]


def _align(article_ids, analysis: Analysis, sides: ActorSides, options: AlignmentOptions) -> _Alignment:
    passages = topic_passages(analysis, article_ids)
    longest = longest_quotes(analysis)
    speaker_of, quote_of = _analysis_lookups(passages, analysis, longest)
    terms = [_terms(analysis, p) for p in passages]
    units = build_units(passages, terms, speaker_of, quote_of, _statements(passages, analysis), options)
    return (
        units,
        cluster_units(units, sides, options=options),
        quote_groups(analysis.quote_groups, passages),
        longest,
    )


def _statements(passages: list[Passage], analysis: Analysis) -> dict[Passage, frozenset[str]]:
    """The analysis' quote groups (statements) of the quotes each passage carries: two passages
    carrying one statement report the same quote, whatever the words around it."""
    group_of = {quote.id: group.id for group in analysis.quote_groups for quote in group.quotes}
    held: dict[str, set[str]] = defaultdict(set)
    for quote in analysis.quotes:
        if quote.id in group_of:
            for sentence in quote.sentences:
                held[sentence].add(group_of[quote.id])
    return {p: frozenset(held[p.sentence]) for p in passages if p.sentence in held}


def _analysis_lookups(passages: list[Passage], analysis: Analysis, quoted: dict[str, Quote]):
    """From the analysis: who speaks each passage, and the quotation it carries (`quoted`: the
    longest quotation of each sentence, longest_quotes)."""
    # Who speaks a sentence: the speaker of a quotation it carries, else whom it reports.
    speakers: dict[str, str] = {}
    for quote in analysis.quotes:
        for sentence in quote.sentences:
            if quote.speaker:
                speakers.setdefault(sentence, quote.speaker)
    for reported in analysis.sentences:
        if reported.reported_by:
            speakers.setdefault(reported.id, reported.reported_by)
    speaker_of: dict[Passage, str] = {}
    quote_of: dict[Passage, str] = {}
    for passage in passages:
        if passage.sentence in speakers:
            speaker_of[passage] = speakers[passage.sentence]
        if passage.sentence in quoted:
            quote_of[passage] = quoted[passage.sentence].text
    return speaker_of, quote_of


def longest_quotes(analysis: Analysis) -> dict[str, Quote]:
    """Sentence id -> the longest quotation it carries (the first of equal length)."""
    quoted: dict[str, Quote] = {}
    for quote in analysis.quotes:
        for sentence in quote.sentences:
            held = quoted.get(sentence)
            if len(quote.text) > (len(held.text) if held else 0):
                quoted[sentence] = quote
    return quoted


def _terms(analysis: Analysis, passage: Passage) -> SentenceTerms:
    """What the analysis read of a passage's sentence (nothing, for a sentence it did not read)."""
    return analysis.terms_of(passage.sentence) or SentenceTerms(passage.sentence, ())


def _comparison(
    topic, dossier, article_ids, units, clusters, quoted, longest, analysis, actor_names, options
) -> Comparison:
    by_passage = {unit.passage: unit for unit in units}
    belongs = topic_filter(topic, dossier, article_ids, analysis, units)
    pinned_rows, _ = pins_as_rows(topic, units, by_passage, actor_names, analysis.holding)
    pinned_rows = [as_quote_row(row, quoted) for row in pinned_rows]
    # Passages an editor pinned in a sibling topic are placed there; automatic rows here skip them.
    # Passages pinned in this topic stay available to automatic rows too.
    pinned_anywhere = {
        p
        for sibling in sibling_topics(topic, dossier, article_ids)
        if sibling.id != topic.id
        for p in pins_as_rows(sibling, units, by_passage, actor_names, analysis.holding)[1]
    }
    rows: list[ComparisonRow] = []
    singles: list[Passage] = []
    elsewhere: set[Passage] = set()  # passages of rows that belong to a sibling topic
    quote_rows: list[ComparisonRow] = []
    for group in quoted:
        passages = [v.passage for v in group if v.passage not in pinned_anywhere]
        if len({p.article for p in passages}) < 2:
            continue
        if not belongs([by_passage[p].vector for p in passages]):
            elsewhere.update(passages)
            continue
        quote_rows.append(quote_row([v for v in group if v.passage in passages], actor_names, by_passage))
    quoted_sets = [set(row.passages) for row in quote_rows]
    for members in clusters:
        members_units = [units[m] for m in members]
        # Which topic a row belongs to is decided on the whole cluster, so that sibling topics agree.
        if len({u.passage.article for u in members_units}) >= 2 and not belongs(
            [u.vector for u in members_units]
        ):
            elsewhere.update(u.passage for u in members_units)
            continue
        chosen = [u for u in members_units if u.passage not in pinned_anywhere]
        chosen_passages = {u.passage for u in chosen}
        if any(chosen_passages <= taken for taken in quoted_sets):
            continue  # the versions of a quote, already a quote row
        if len({u.passage.article for u in chosen}) >= 2:
            rows.append(build_row(chosen, actor_names, avoid=frozenset(r.label for r in rows)))
        else:
            singles.extend(u.passage for u in chosen)
    rows, split_off = apply_vetoes(quote_rows + rows, topic.vetoes, by_passage, actor_names, analysis.holding)
    singles.extend(split_off)
    # A pin adds what the method missed and takes nothing away; an automatic row it already
    # holds entirely is not shown twice, and the versions of a pinned quote join its row.
    pinned_rows, rows = quotes_into_pins(pinned_rows, rows, by_passage, actor_names, quoted)
    pinned_sets = [set(pin.passages) for pin in pinned_rows]
    rows = [r for r in rows if not any(set(r.passages) <= pinned for pinned in pinned_sets)]
    # A sentence packing two claims can sit in a row and, through its other clause, alone.
    in_rows = {p for row in rows for p in row.passages}
    singles = list(dict.fromkeys(p for p in singles if p not in in_rows))
    all_rows = tuple(pinned_rows) + tuple(sorted(rows, key=row_order))
    contradictions = tuple(
        c
        for c in find_contradictions(
            all_rows, units, lambda p: _terms(analysis, p), options.for_topic(len(article_ids))
        )
        if _contradiction_here(c, all_rows, elsewhere, belongs, by_passage)
    )
    # A claim the outlets contradict is one thing they all report on: its passages form a row
    # (unless a row already holds them all), so that a reader sees the versions side by side.
    row_sets = [frozenset(row.passages) for row in all_rows]
    disputed = [
        disputed_row(c, by_passage, actor_names)
        for c in contradictions
        if not any(set(c.passages) <= passages for passages in row_sets)
    ]
    # A row holding a whole pinned claim and more widens the pin rather than repeat the claim.
    pinned_rows, rows = widen_pins(pinned_rows, rows + disputed, by_passage, actor_names)
    # Choices naming a row by its id apply last, to the rows `dossier compare` prints.
    pinned_rows, rows, row_split, row_vetoes, problems = apply_row_choices(topic, pinned_rows, rows)
    vetoed_passages = [p for passages in row_split for p in passages]
    split_off.extend(vetoed_passages)
    # A contradiction between passages of a vetoed row was a disagreement about one claim: gone too.
    contradictions = tuple(
        c for c in contradictions if not any(set(c.passages) <= set(passages) for passages in row_split)
    )
    all_rows = tuple(pinned_rows) + tuple(sorted(rows, key=row_order))
    in_rows = {p for row in all_rows for p in row.passages}
    # A passage of two vetoed rows, or of a vetoed row and already unmatched, is listed once.
    singles = list(dict.fromkeys(p for p in [*singles, *vetoed_passages] if p not in in_rows))
    only = tuple(
        p
        for p in singles
        if _informative(by_passage[p], _terms(analysis, p), longest.get(p.sentence))
        and (p in split_off or belongs([by_passage[p].vector]))
    )
    order = {p: i for i, p in enumerate(u.passage for u in units)}
    only = tuple(sorted(only, key=lambda p: order.get(p, 0)))
    return Comparison(
        topic=topic.id,
        articles=article_ids,
        rows=all_rows,
        only=only,
        facts=fact_rows(
            all_rows, analysis.facts, only, [u.passage for u in units if u.passage not in elsewhere]
        ),
        contradictions=contradictions,
        vetoed=tuple(v for v in topic.vetoes if not v.row) + tuple(row_vetoes),
        problems=tuple(problems),
    )


def _contradiction_here(contradiction, rows, elsewhere, belongs, by_passage) -> bool:
    """A contradiction goes where the denying passage's row goes (or, unaligned, where the passage does)."""
    denying = contradiction.passages[0]
    if any(denying in row.passages for row in rows):
        return True
    return denying not in elsewhere and belongs([by_passage[denying].vector])


def _informative(unit: Unit, terms: SentenceTerms, quote: Quote | None) -> bool:
    """`quote`: the longest quotation the unit's sentence carries (unit.quote holds its words
    unless it is a scare quote). A question the writer asks or a bracketed aside claims nothing."""
    if terms.words < MIN_ONLY_WORDS or not unit.reports:
        return False
    if any(t[0] in "#%~" for t in unit.vector):
        return True
    return bool(unit.quote and quote is not None and len(quote.wording.words) >= MIN_QUOTE_WORDS)
