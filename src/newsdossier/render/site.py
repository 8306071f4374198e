"""What every page family reads: the records, and the view models gathered from them once.

`site_data` runs before any page is planned, like MkDocs reading every page before writing
any: page functions (families.py) only select and arrange what is here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..records import Analysis, CleanArticle, Comparison, Dossier, Mention, Quote, QuoteGroup
from . import urls
from .views import ArticleView, actor_mentions, article_views, topic_articles


@dataclass(frozen=True)
class SiteData:
    dossier: Dossier
    cleaned: dict[str, CleanArticle]
    analysis: Analysis
    comparisons: dict[str, Comparison]
    views: dict[str, ArticleView]
    mentions: dict[str, Counter]  # actor id -> article id -> mentions
    together: dict[str, Counter]  # actor id -> other actor id -> paragraphs naming both
    mentions_by_paragraph: dict[tuple[str, int], list[Mention]]
    quotes_by_speaker: dict[str | None, list[Quote]]
    groups_by_speaker: dict[str | None, list[QuoteGroup]]
    group_topics: dict[str, set[str]]  # quote group id -> the topics its quotes belong to (analyze)
    site_url: str | None = None

    def quote_link(self, page: str, quote: Quote) -> str:
        """A link from `page` to the paragraph of an article where a quote starts."""
        view = self.views[quote.article]
        return urls.href(page, urls.article_page(quote.article), view.anchors[quote.paragraph])

    def by_topic(self, groups: list[QuoteGroup]) -> list:
        """(topic, groups) in dossier order, each group under the topics its quotes belong to."""
        return [
            (t, [g for g in groups if t.id in self.group_topics[g.id]])
            for t in self.dossier.topics
            if any(t.id in self.group_topics[g.id] for g in groups)
        ]

    def topic_actor_counts(self, topic_id: str) -> Counter:
        counts: Counter = Counter()
        for article in topic_articles(self.dossier, topic_id):
            counts.update(self.views[article.id].mention_counts)
        return counts


def site_data(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    comparisons: dict[str, Comparison],
    site_url: str | None = None,
) -> SiteData:
    views = article_views(dossier, cleaned, analysis)
    by_paragraph: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for mention in analysis.mentions:
        by_paragraph[(mention.article, mention.paragraph)].append(mention)
    quotes_by_speaker: dict[str | None, list[Quote]] = defaultdict(list)
    for quote in analysis.quotes:
        for speaker in quote.speakers or (quote.speaker,):  # every named speaker's page has it
            quotes_by_speaker[speaker].append(quote)
    groups_by_speaker: dict[str | None, list[QuoteGroup]] = defaultdict(list)
    for group in analysis.quote_groups:
        groups_by_speaker[group.speaker].append(group)
    return SiteData(
        dossier=dossier,
        cleaned=cleaned,
        analysis=analysis,
        comparisons=comparisons,
        views=views,
        mentions=actor_mentions(analysis),
        together={actor: Counter(others) for actor, others in analysis.together().items()},
        mentions_by_paragraph=by_paragraph,
        quotes_by_speaker=quotes_by_speaker,
        groups_by_speaker=groups_by_speaker,
        group_topics={g.id: {t for q in g.quotes for t in q.topics} for g in analysis.quote_groups},
        site_url=(site_url.rstrip("/") + "/") if site_url else None,
    )
