"""Compare how outlets told the same story: aligned rows, facts, contradictions, editor choices.

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

import itertools
import re
from collections import defaultdict
from dataclasses import replace
from typing import Literal

from ..records import (
    AlignmentChoice,
    Analysis,
    CleanArticle,
    Comparison,
    ComparisonRow,
    Dossier,
    Passage,
    Topic,
)
from .align import Unit, build_units, cluster_units, similarity
from .contradictions import find_contradictions
from .diff import word_diff
from .facts import fact_rows
from .features import NUMBER_WORDS, AliasIndex, cosine, idf_table, passage_terms, weigh
from .options import DEFAULT_ALIGNMENT, AlignmentOptions
from .passages import topic_passages
from .quotes import QuoteVersion, quote_groups, quote_label

__all__ = ["AlignmentOptions", "compare", "word_diff"]

# A passage only one outlet reports is listed under "only" when it carries something a reader
# can check: a number, date or weekday, or a quote of at least MIN_QUOTE_WORDS words; and has at
# least MIN_ONLY_WORDS words. Calibrated by reading the lists made from the seeds: it keeps the
# sentences with figures and full quotes and drops short connective sentences; adding "two named
# actors" as a criterion listed two thirds of all sentences, too many to read.
MIN_ONLY_WORDS = 10
MIN_QUOTE_WORDS = 6
# A row's score is the mean similarity of the pairs among its first ROW_SCORE_SAMPLE passages:
# rows of hundreds of syndicated copies would otherwise cost the square of their size.
ROW_SCORE_SAMPLE = 12
# Label length, in characters, before it is cut at a word boundary.
LABEL_CHARS = 90
# A claim row is labelled by the shortest of its LABEL_CANDIDATES most central sentences: on the
# seeds the most central sentence is often a long lede; among the top 3 a short report is plainer.
LABEL_CANDIDATES = 3
# Words of a fact row's label: the figure and what it counts ("killed 40 people in the capital").
FACT_LABEL_WORDS = 8


def compare(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    options: AlignmentOptions = DEFAULT_ALIGNMENT,
) -> dict[str, Comparison]:
    aliases = AliasIndex.from_actors(dossier.actors)
    actor_names = {actor.id: actor.name for actor in dossier.actors}
    cache: dict[tuple[str, ...], tuple[list[Unit], list[list[int]], list[list[QuoteVersion]]]] = {}
    result: dict[str, Comparison] = {}
    for topic in dossier.topics:
        article_ids = tuple(a.id for a in dossier.articles if topic.id in a.topics and a.id in cleaned)
        if article_ids not in cache:
            cache[article_ids] = _align(article_ids, cleaned, analysis, aliases, options)
        units, clusters, quoted = cache[article_ids]
        result[topic.id] = _comparison(
            topic, dossier, article_ids, units, clusters, quoted, analysis, aliases, actor_names
        )
    return result


def _align(article_ids, cleaned, analysis, aliases, options: AlignmentOptions):
    passages = topic_passages(analysis, article_ids)
    actors_of, speaker_of, quote_of = _analysis_lookups(passages, analysis)
    units = build_units(
        passages, aliases, actors_of, speaker_of, quote_of, _statements(passages, analysis), options
    )
    return (
        units,
        cluster_units(units, aliases, options=options),
        quote_groups(analysis.quote_groups, passages),
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


def _analysis_lookups(passages: list[Passage], analysis: Analysis):
    """From the analysis: the actors each passage names, who speaks it, and the quotation it carries."""
    spans = {s.id: (s.start, s.end) for s in analysis.sentences}
    # Who speaks a sentence: the speaker of a quotation it carries, else whom it reports.
    speakers: dict[str, str] = {}
    quoted: dict[str, str] = {}  # sentence id -> the longest quotation it carries
    for quote in analysis.quotes:
        for sentence in quote.sentences:
            if quote.speaker:
                speakers.setdefault(sentence, quote.speaker)
            if len(quote.text) > len(quoted.get(sentence, "")):
                quoted[sentence] = quote.text
    for reported in analysis.sentences:
        if reported.reported_by:
            speakers.setdefault(reported.id, reported.reported_by)
    actors_of: dict[Passage, tuple[str, ...]] = {}
    speaker_of: dict[Passage, str] = {}
    quote_of: dict[Passage, str] = {}
    for passage in passages:
        start, end = spans[passage.sentence]
        mentions = analysis.mentions_in(passage.article, passage.paragraph)
        found = tuple(dict.fromkeys(m.actor for m in mentions if start <= m.start < end))
        if found:
            actors_of[passage] = found
        if passage.sentence in speakers:
            speaker_of[passage] = speakers[passage.sentence]
        if passage.sentence in quoted:
            quote_of[passage] = quoted[passage.sentence]
    return actors_of, speaker_of, quote_of


def _quote_row(group: list[QuoteVersion], actor_names: dict[str, str], units_of) -> ComparisonRow:
    """One row per quote: the sentences holding its versions, and the quoted words of each."""
    words: dict[Passage, list[str]] = defaultdict(list)
    for version in group:
        words[version.passage].append(version.quote.text)
    passages = tuple(words)
    first = group[0].quote
    sample = [units_of[p] for p in passages[:ROW_SCORE_SAMPLE]]
    sims = [
        similarity(a, b)
        for a, b in itertools.combinations(sample, 2)
        if a.passage.article != b.passage.article
    ]
    return ComparisonRow(
        label=quote_label(actor_names.get(first.speaker or "", ""), first.text),
        kind="quote",
        passages=passages,
        score=round(sum(sims) / len(sims), 3) if sims else 0.0,
        quotes=tuple(" … ".join(words[p]) for p in passages),
    )


def _comparison(
    topic, dossier, article_ids, units, clusters, quoted, analysis, aliases, actor_names
) -> Comparison:
    by_passage = {unit.passage: unit for unit in units}
    belongs = _topic_filter(topic, dossier, article_ids, aliases, units)
    pinned_rows, _ = _pins(topic, units, by_passage, actor_names)
    pinned_rows = [_as_quote_row(row, quoted) for row in pinned_rows]
    # Passages an editor pinned in a sibling topic are placed there; automatic rows here skip them.
    # Passages pinned in this topic stay available to automatic rows too.
    pinned_anywhere = {
        p
        for sibling in _sibling_topics(topic, dossier, article_ids)
        if sibling.id != topic.id
        for p in _pins(sibling, units, by_passage, actor_names)[1]
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
        quote_rows.append(_quote_row([v for v in group if v.passage in passages], actor_names, by_passage))
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
            rows.append(_row(chosen, actor_names, avoid=frozenset(r.label for r in rows)))
        else:
            singles.extend(u.passage for u in chosen)
    rows, split_off = _apply_vetoes(quote_rows + rows, topic.vetoes, by_passage, actor_names)
    singles.extend(split_off)
    # A pin adds what the method missed and takes nothing away; an automatic row it already
    # holds entirely is not shown twice, and the versions of a pinned quote join its row.
    pinned_rows, rows = _quotes_into_pins(pinned_rows, rows, by_passage, actor_names, quoted)
    pinned_sets = [set(pin.passages) for pin in pinned_rows]
    rows = [r for r in rows if not any(set(r.passages) <= pinned for pinned in pinned_sets)]
    # A sentence packing two claims can sit in a row and, through its other clause, alone.
    in_rows = {p for row in rows for p in row.passages}
    singles = list(dict.fromkeys(p for p in singles if p not in in_rows))
    all_rows = tuple(pinned_rows) + tuple(sorted(rows, key=_row_order))
    contradictions = tuple(
        c
        for c in find_contradictions(all_rows, units, aliases)
        if _contradiction_here(c, all_rows, elsewhere, belongs, by_passage)
    )
    # A claim the outlets contradict is one thing they all report on: its passages form a row
    # (unless a row already holds them all), so that a reader sees the versions side by side.
    row_sets = [frozenset(row.passages) for row in all_rows]
    disputed = [
        _disputed_row(c, by_passage, actor_names)
        for c in contradictions
        if not any(set(c.passages) <= passages for passages in row_sets)
    ]
    # A row holding a whole pinned claim and more widens the pin rather than repeat the claim.
    pinned_rows, rows = _widen_pins(pinned_rows, rows + disputed, by_passage, actor_names)
    all_rows = tuple(pinned_rows) + tuple(sorted(rows, key=_row_order))
    in_rows = {p for row in all_rows for p in row.passages}
    singles = [p for p in singles if p not in in_rows]
    only = tuple(
        p
        for p in singles
        if _informative(by_passage[p], aliases) and (p in split_off or belongs([by_passage[p].vector]))
    )
    order = {p: i for i, p in enumerate(u.passage for u in units)}
    only = tuple(sorted(only, key=lambda p: order.get(p, 0)))
    return Comparison(
        topic=topic.id,
        articles=article_ids,
        rows=all_rows,
        only=only,
        facts=fact_rows(
            all_rows, analysis.facts, only, [u.passage for u in units if u.passage not in elsewhere], aliases
        ),
        contradictions=contradictions,
        vetoed=tuple(topic.vetoes),
    )


def _quotes_into_pins(pinned_rows, rows, by_passage, actor_names, quoted):
    """An automatic quote row (one speaker, versions of one quote) that shares a passage with a
    pinned quote row holds more versions of the same quote: they join the pinned row. Claim
    rows are never merged into pins, since joining through a shared passage can chain topics."""
    merged, remaining = [], list(rows)
    for pin in pinned_rows:
        same = [r for r in remaining if pin.kind == "quote" and r.kind == "quote" and _same_quote(pin, r)]
        if same:
            pin = _as_quote_row(_pin_taking_in(pin, same, by_passage, actor_names), quoted)
            remaining = [r for r in remaining if r not in same]
        merged.append(pin)
    return merged, remaining


def _pin_taking_in(pin: ComparisonRow, rows: list[ComparisonRow], by_passage, actor_names) -> ComparisonRow:
    """The pinned row with the passages of `rows` after its own, under the editors' label and note."""
    passages = list(dict.fromkeys([*pin.passages, *(p for r in rows for p in r.passages)]))
    return _row(
        [by_passage[p] for p in passages], actor_names, label=pin.label, editorial="pinned", note=pin.note
    )


def _widen_pins(pinned_rows, rows, by_passage, actor_names):
    """An automatic claim row holding every passage of a pinned claim row and more reports the
    same thing: its other passages join the pin, under the editors' label, rather than showing
    the claim twice. (Rows sharing only some passages stay apart: a sentence packing two claims
    would chain them.)"""
    pinned_sets = [set(pin.passages) for pin in pinned_rows]

    def holds_only(row: ComparisonRow, pinned: set[Passage]) -> bool:
        """The row holds this pin and more, and no other pin (it would merge two editors' rows)."""
        passages = set(row.passages)
        return pinned < passages and sum(other <= passages for other in pinned_sets) == 1

    widened = []
    for pin, pinned in zip(pinned_rows, pinned_sets, strict=False):
        holding = (
            [r for r in rows if r.kind != "quote" and holds_only(r, pinned)] if pin.kind != "quote" else []
        )
        if holding:
            row = _pin_taking_in(pin, holding, by_passage, actor_names)
            added = len(row.passages) - len(pin.passages)
            found = "1 more was" if added == 1 else f"{added} more were"
            note = f"{pin.note} (The editors pinned {len(pin.passages)} passages; {found} found with them automatically.)"
            pin = replace(row, kind=pin.kind, note=note.strip())
            rows = [r for r in rows if r not in holding]
        widened.append(pin)
    return widened, rows


def _same_quote(a: ComparisonRow, b: ComparisonRow) -> bool:
    """Two quote rows holding a passage with the same quoted words: a sentence quoting two
    people ("A said '...', while B said '...'") can sit in the rows of both quotes, which are
    different quotes."""
    words_a = dict(zip(a.passages, a.quotes, strict=False))
    return any(
        words_a.get(p) == words for p, words in zip(b.passages, b.quotes, strict=False) if p in words_a
    )


def _disputed_row(contradiction, by_passage, actor_names) -> ComparisonRow:
    """The passages of a contradiction as a claim row, labelled with the claim in dispute."""
    label = contradiction.label.replace("Contradicted:", "Outlets disagree:", 1)
    row = _row([by_passage[p] for p in contradiction.passages], actor_names, label=label)
    return replace(row, note=contradiction.note)


def _contradiction_here(contradiction, rows, elsewhere, belongs, by_passage) -> bool:
    """A contradiction goes where the denying passage's row goes (or, unaligned, where the passage does)."""
    denying = contradiction.passages[0]
    if any(denying in row.passages for row in rows):
        return True
    return denying not in elsewhere and belongs([by_passage[denying].vector])


def _row_order(row: ComparisonRow):
    return (-len({p.article for p in row.passages}), -row.score, row.label)


def _row(
    chosen: list[Unit],
    actor_names: dict[str, str],
    label: str = "",
    editorial: Literal["pinned", ""] = "",
    note: str = "",
    avoid: frozenset[str] = frozenset(),
) -> ComparisonRow:
    sample = chosen[:ROW_SCORE_SAMPLE]
    sims = [
        similarity(a, b)
        for a, b in itertools.combinations(sample, 2)
        if a.passage.article != b.passage.article
    ]
    score = round(sum(sims) / len(sims), 3) if sims else 0.0
    # Rows of kind "quote" come from the analysis' quotes with one speaker (quotes.py), never
    # from clustering, which may join a quote with another speaker's words.
    has_number = [u for u in chosen if any(t[0] in "#%" for t in u.vector)]
    shared_fact = len({u.passage.article for u in has_number}) >= 2 and _shared_anchor(has_number)
    kind: Literal["fact", "claim"] = "fact" if shared_fact else "claim"
    if not label:
        label = _label(chosen, kind, actor_names, avoid)
    passages = tuple(u.passage for u in chosen)
    return ComparisonRow(
        label=label, kind=kind, passages=passages, editorial=editorial, note=note, score=score
    )


def _shared_anchor(units: list[Unit]) -> bool:
    anchors = [{t for t in u.vector if t[0] in "#%"} for u in units]
    return any(a & b for a, b in itertools.combinations(anchors, 2))


def _label(
    chosen: list[Unit], kind: str, actor_names: dict[str, str], avoid: frozenset[str] = frozenset()
) -> str:
    """What the row is about: its most central passage (or quote, with the speaker), shortened."""
    centroid: dict[str, float] = defaultdict(float)
    for unit in chosen:
        for term, weight in unit.vector.items():
            centroid[term] += weight

    def centrality(unit: Unit) -> float:
        """Similarity to the other members: the dot product with the centroid, less itself."""
        return cosine(unit.vector, centroid) - 1.0

    if kind == "fact":
        label = _fact_label(chosen)
        if label and label not in avoid:
            return label
    # A sentence that opens on a pronoun ("He insisted...") does not say who, and one that opens a
    # quotation reads as that speaker's words: prefer a sentence that names and reports.
    ranked = sorted(
        chosen,
        key=lambda u: (
            not _DEPENDENT_OPENING.match(u.passage.text),
            not _opens_quote(u.passage.text),
            centrality(u),
        ),
        reverse=True,
    )

    # The shortest of the most central sentences says it most plainly.
    def plain(unit: Unit) -> tuple[bool, bool]:
        return (not _DEPENDENT_OPENING.match(unit.passage.text), not _opens_quote(unit.passage.text))

    best = [u for u in ranked[:LABEL_CANDIDATES] if plain(u) == plain(ranked[0])]
    ranked = sorted(best, key=lambda u: len(u.passage.text)) + [u for u in ranked if u not in best]
    # A sentence packing two claims sits in two rows: the second row takes another label.
    central = next(
        (u for u in ranked if _shorten(u.passage.text, verbatim=_opens_quote(u.passage.text)) not in avoid),
        ranked[0],
    )
    # A sentence that opens a quotation stays as written, its own quote marks included.
    return _shorten(central.passage.text, verbatim=_opens_quote(central.passage.text))


_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def _fact_label(chosen: list[Unit]) -> str:
    """'<number> <what it counts>' for a row joined by a shared figure: "killed 40 people in the capital"."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for unit in chosen:
        for term in unit.vector:
            if term[0] == "#":
                articles_of[term[1:].split(":")[0]].add(unit.passage.article)
    shared = [value for value, articles in articles_of.items() if len(articles) >= 2]
    for value in sorted(shared, key=lambda v: -len(articles_of[v])):
        words = [w for w, n in NUMBER_WORDS.items() if str(n) == value]
        number = "|".join([*(re.escape(form) for form in _written_forms(value)), *words])
        pattern = re.compile(
            rf"(?:\b(?:killed|killing|leaving|left)\s+)?(?:all\s+)?\b(?:{number})\b[^,.;:\u2014]{{0,40}}",
            re.IGNORECASE,
        )
        phrases = [
            " ".join(m.group(0).split()[:FACT_LABEL_WORDS])
            for u in chosen
            for m in [pattern.search(u.passage.text)]
            if m
        ]
        if phrases:
            phrase = max(phrases, key=lambda p: (len(p.split()), -len(p)))
            return phrase[:1].upper() + phrase[1:]
    return ""


def _written_forms(value: str) -> list[str]:
    """How a number term's value may be written: "2500" -> "2,500" and "2500"; "0.4" -> "0.4"."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", value):
        return [value]
    whole, point, fraction = value.partition(".")
    return [f"{int(whole):,}{point}{fraction}", value]


def _opens_quote(text: str) -> bool:
    """A sentence that opens a quotation stays as written, its own quote marks included."""
    return text.lstrip()[:1] in '"\u201c'


_DEPENDENT_OPENING = re.compile(
    r"[\"'\u201c\u2018]?(?:he|she|it|they|his|her|its|their|this|that|these|those)\b", re.IGNORECASE
)
# Openings a label can do without: a dateline ("CITY \u2014 ") and a connective ("But ", "However, ").
_LABEL_OPENING = re.compile(r"^(?:[A-Z][A-Z .,'-]+ [\u2014\u2013-]+ )?(?:(?i:but|and|however|yet|so),? )?")


def _shorten(text: str, verbatim: bool = False) -> str:
    """Cut a label at a word boundary; unless `verbatim` (a quote), drop a dateline or connective opening."""
    text = " ".join(text.split())
    if not verbatim:
        text = text.strip(" \"'\u201c\u201d")
        text = _LABEL_OPENING.sub("", text, count=1)
        text = text[:1].upper() + text[1:]
    if len(text) <= LABEL_CHARS:
        return text
    cut = text[:LABEL_CHARS].rsplit(" ", 1)[0].rstrip(",;:\u2014-")
    return cut + "\u2026"


def _find_passage(article_id: str, snippet: str, units: list[Unit]) -> list[Passage]:
    """The sentences of an article that contain a snippet (or that the snippet spans)."""
    norm = " ".join(snippet.split()).lower()
    hits = [u.passage for u in units if u.passage.article == article_id and norm in u.passage.text.lower()]
    if hits:
        return hits[:1]
    # The snippet spans several sentences: take every sentence that holds a part of it.
    return [
        u.passage
        for u in units
        if u.passage.article == article_id
        and len(u.passage.text) > 20
        and u.passage.text.lower()[:60] in norm
    ]


def _as_quote_row(row: ComparisonRow, quoted: list[list[QuoteVersion]]) -> ComparisonRow:
    """A pinned row whose passages all hold versions of one quote (one speaker) is a quote row."""
    for group in quoted:
        words: dict[Passage, list[str]] = defaultdict(list)
        for version in group:
            words[version.passage].append(version.quote.text)
        if all(p in words for p in row.passages):
            return replace(row, kind="quote", quotes=tuple(" \u2026 ".join(words[p]) for p in row.passages))
    return row


def _pins(topic: Topic, units, by_passage, actor_names):
    rows, taken = [], set()
    for choice in topic.pins:
        found = [p for article, snippet in choice.passages for p in _find_passage(article, snippet, units)]
        found = list(dict.fromkeys(found))
        if len({p.article for p in found}) < 2:  # a row compares at least two articles
            continue
        rows.append(
            _row(
                [by_passage[p] for p in found],
                actor_names,
                label=choice.label,
                editorial="pinned",
                note=choice.note,
            )
        )
        taken.update(found)
    return rows, taken


def _apply_vetoes(rows, vetoes: tuple[AlignmentChoice, ...], by_passage, actor_names):
    """A veto lists passages that must not share a row: keep the first one, split the others off."""
    split_off: list[Passage] = []
    units = list(by_passage.values())
    for veto in vetoes:
        vetoed = [p for article, snippet in veto.passages for p in _find_passage(article, snippet, units)]
        kept_rows = []
        for row in rows:
            inside = [p for p in vetoed if p in row.passages]
            if len(inside) < 2:
                kept_rows.append(row)
                continue
            removed = set(inside[1:])
            remaining = [by_passage[p] for p in row.passages if p not in removed]
            split_off.extend(removed)
            if len({u.passage.article for u in remaining}) >= 2 and row.kind == "quote":
                kept = [i for i, p in enumerate(row.passages) if p not in removed]
                kept_rows.append(
                    replace(
                        row,
                        passages=tuple(row.passages[i] for i in kept),
                        quotes=tuple(row.quotes[i] for i in kept),
                    )
                )
            elif len({u.passage.article for u in remaining}) >= 2:
                kept_rows.append(_row(remaining, actor_names))
            else:
                split_off.extend(u.passage for u in remaining)
        rows = kept_rows
    return rows, split_off


def _topic_vectors(
    topics: list[Topic], units: list[Unit], aliases: AliasIndex
) -> dict[str, dict[str, float]]:
    texts = {t.id: " ".join([t.title, t.summary, *t.key_questions]) for t in topics}
    terms = {tid: passage_terms(text, aliases) for tid, text in texts.items()}
    idf = idf_table([passage_terms(u.passage.text, aliases) for u in units[:2000]] + list(terms.values()))
    return {tid: weigh(t, idf) for tid, t in terms.items()}


def _sibling_topics(topic: Topic, dossier: Dossier, article_ids: tuple[str, ...]) -> list[Topic]:
    """The topics these articles also belong to, the article's first-listed (primary) topic first."""
    ids: list[str] = []
    for article in dossier.articles:
        if article.id in article_ids:
            ids.extend(t for t in article.topics if t not in ids)
    known = {t.id: t for t in dossier.topics}
    return [known[i] for i in ids if i in known]


def _topic_filter(
    topic: Topic, dossier: Dossier, article_ids: tuple[str, ...], aliases: AliasIndex, units: list[Unit]
):
    """A test telling whether passages (their vectors) belong to `topic` rather than a sibling topic.

    Sibling topics share articles (one report covers a summit and a shootdown). A row goes
    to a sibling other than the articles' primary (first-listed) topic only when it names an
    actor that sibling's title names and the others' titles do not (the country that
    shot a plane down, say), and its words are closer to that sibling than to any other.
    Title words as well as actors were tried: on the pipeline run the shootdown topic's
    recall rose 0.833 -> 1.0, but on the hand-cut seeds the pact topic's fell 0.561 -> 0.488.
    """
    siblings = _sibling_topics(topic, dossier, article_ids)
    if len(siblings) <= 1:
        return lambda vectors: True
    topic_vectors = _topic_vectors(siblings, units, aliases)
    # Titles say what a topic is about; summaries also name the background actors.
    actors = {
        t.id: {term for term in passage_terms(t.title, aliases) if term.startswith("@")} for t in siblings
    }
    distinctive = {
        t.id: actors[t.id] - set().union(*(actors[o.id] for o in siblings if o.id != t.id)) for t in siblings
    }
    primary = siblings[0].id

    def owner(vectors: list[dict[str, float]]) -> str:
        named = set().union(*(v.keys() for v in vectors))
        eligible = [t for t in siblings[1:] if distinctive[t.id] & named]
        if not eligible:
            return primary
        scores = {t.id: max(cosine(v, topic_vectors[t.id]) for v in vectors) for t in siblings}
        best = max(eligible, key=lambda t: scores[t.id])
        return best.id if scores[best.id] > scores[primary] else primary

    return lambda vectors: owner(vectors) == topic.id


def _informative(unit: Unit, aliases: AliasIndex) -> bool:
    words = len(re.findall(r"\w+", unit.passage.text))
    if words < MIN_ONLY_WORDS:
        return False
    if any(t[0] in "#%~" for t in unit.vector):
        return True
    return bool(unit.quote and len(unit.quote.split()) >= MIN_QUOTE_WORDS)
