"""View models: the facts each page shows, gathered from the records before any page is written.

Templates receive these plain objects and never reach back into the pipeline, so a template
edit cannot change what the dossier says, only how it is shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..compare.diff import word_diff
from ..lexicon import MONTH_NAMES
from ..records import (
    Actor,
    Analysis,
    Article,
    CleanArticle,
    Comparison,
    ComparisonRow,
    Dossier,
    Event,
    Outlet,
    Quote,
)


@dataclass
class ArticleView:
    article: Article
    clean: CleanArticle
    anchors: tuple[str, ...]
    outlet_name: str
    date_label: str
    quotes: list[Quote] = field(default_factory=list)
    mention_counts: Counter = field(default_factory=Counter)
    outlet: Outlet | None = None


def date_label(article: Article) -> str:
    info = article.published
    if info.value is None:
        return "date unknown"
    text = long_date(info.value)
    return f"{text} (inferred)" if info.status == "inferred" else text  # recorded: a record says so


def outlet_label(dossier: Dossier, article: Article) -> str:
    """The outlet's name wherever an article is listed, marked when the editors inferred it."""
    outlet = dossier.outlet(article.outlet)
    if outlet is None:
        return "Outlet unknown"
    return f"{outlet.name} (inferred)" if article.outlet_status == "inferred" else outlet.name


def article_views(
    dossier: Dossier, cleaned: dict[str, CleanArticle], analysis: Analysis
) -> dict[str, ArticleView]:
    views: dict[str, ArticleView] = {}
    for article in dossier.articles:
        clean = cleaned[article.id]
        views[article.id] = ArticleView(
            article=article,
            clean=clean,
            anchors=analysis.anchors_of(article.id),
            outlet_name=outlet_label(dossier, article),
            outlet=dossier.outlet(article.outlet),
            date_label=date_label(article),
        )
    for quote in analysis.quotes:
        views[quote.article].quotes.append(quote)
    for mention in analysis.mentions:
        views[mention.article].mention_counts[mention.actor] += 1
    return views


def articles_by_date(dossier: Dossier) -> list[Article]:
    """Dated articles first, oldest first, then undated ones; ties by id for stable output."""
    return sorted(
        dossier.articles,
        key=lambda a: (a.published.value is None, a.published.value or 0, a.id),
    )


def topic_articles(dossier: Dossier, topic_id: str) -> list[Article]:
    return [a for a in articles_by_date(dossier) if topic_id in a.topics]


def actor_mentions(analysis: Analysis) -> dict[str, Counter]:
    """actor id -> Counter of article id -> number of mentions."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for mention in analysis.mentions:
        counts[mention.actor][mention.article] += 1
    return counts


def sort_name(actor: Actor) -> tuple[str, str]:
    """People sort by surname (the last word of the name), everything else by name."""
    name = actor.name.casefold()
    if actor.kind != "person":
        return (name, name)
    surname = re.sub(r"^(?:al|el|ad|ar|as|at)-", "", name.split()[-1])  # "al-Moallem" under M
    return (surname, name)


def ranked(counts: Counter, limit: int | None = None) -> list[tuple[str, int]]:
    """Most common first, ties by key: Counter.most_common keeps insertion order on ties,
    which would make the output depend on set iteration order."""
    items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return items[:limit] if limit is not None else items


def key_actors(dossier: Dossier, mentions: dict[str, Counter], limit: int) -> list[Actor]:
    """The actors named most often across the dossier (ties broken by name), from actor_mentions."""
    totals = {actor_id: sum(c.values()) for actor_id, c in mentions.items()}
    actors = [a for a in dossier.actors if totals.get(a.id)]
    # People first: a reader looks for who acted and spoke, then for the states and groups.
    return sorted(actors, key=lambda a: (a.kind != "person", -totals[a.id], a.name))[:limit]


def concordance(
    comparison: Comparison, most_rows: int | None = None, versions: int | None = None
) -> list[tuple[ComparisonRow, list[str], list]]:
    """The (first `most_rows`) quote rows of a comparison, each with its (first 1 + `versions`)
    versions' words and each version's word differences from the first (word_diff of the
    analysis' wordings), for the quote concordance. A row without the quoted words of each
    passage (one made by hand) has nothing to line up and is left out."""
    rows = []
    quote_rows = [r for r in comparison.rows if r.kind == "quote"]
    for row in quote_rows[:most_rows]:
        if not len(row.quotes) == len(row.wordings) == len(row.passages):
            continue
        shown = slice(None if versions is None else versions + 1)
        wordings = row.wordings[shown]
        rows.append((row, list(row.quotes[shown]), [word_diff(wordings[0], w) for w in wordings]))
    return rows


def long_date(value: dt.date | None) -> str:
    """ "13 November 2015": the one way pages write a date (the `date` filter of templates)."""
    if value is None:
        return "date unknown"
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def comparison_columns(dossier: Dossier, comparison: Comparison) -> list[Article]:
    return [dossier.article(article_id) for article_id in comparison.articles]


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date
    event: Event | None = None
    article: Article | None = None
    topics: tuple = ()
    sources: tuple = ()


def timeline_items(dossier: Dossier) -> list[TimelineItem]:
    """Events and dated articles in date order; an event sorts before articles of its day."""
    items = [TimelineItem(e.date, event=e, topics=e.topics, sources=e.articles) for e in dossier.events]
    items += [
        TimelineItem(a.published.value, article=a, topics=a.topics, sources=(a.id,))
        for a in dossier.articles
        if a.published.value is not None
    ]
    return sorted(items, key=lambda i: (i.date, i.article is not None, _item_id(i)))


def _item_id(item: TimelineItem) -> str:
    return item.event.id if item.event is not None else item.article.id if item.article is not None else ""
