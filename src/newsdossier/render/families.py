"""Page families: one function per kind of page, and the registry that gives each its path
pattern, navigation section and template.

A page function takes the site's data (site.py) and returns the pages of its family, each
with the context its template gets and where it sits in the navigation. Adding a kind of
page is one function here and one entry in REGISTRY; render_pages and the navigation
(navigation.py) read the registry, so nothing else changes. A Page and a PageFamily are defined
in page.py; the quotes pages' functions are in quote_families.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from ..compare.measured import MEASURED
from . import paging, urls
from .claims import CONCORDANCE_ROWS, VERSIONS_SHOWN, claims_context
from .indexpages import QuotePages
from .markup import theme_text
from .page import Page, PageFamily
from .paragraphs import annotated_paragraphs
from .quote_families import quote_speakers, quotes_page, topic_quote_pages
from .site import SiteData
from .views import (
    articles_by_date,
    comparison_columns,
    concordance,
    key_actors,
    ranked,
    sort_name,
    timeline_items,
    topic_articles,
)

# How many actors the home page lists as key actors, and an actor page as "named alongside".
KEY_ACTORS_ON_HOME = 12
NEIGHBOURS_ON_ACTOR_PAGE = 8
# How many quotes a topic page shows (most widely carried first); the quotes page has them all.
KEY_QUOTES_ON_TOPIC = 8
# How many speakers an outlet's page lists as the ones it quotes most.
QUOTED_ON_OUTLET_PAGE = 10
# Search boost: profiles and topics rank above passing mentions in articles (the theme gives a
# boosted page's names, an actor's aliases included, as search metadata ranked first: main.html).
SEARCH_BOOST_ACTOR = 5
SEARCH_BOOST_TOPIC = 3
SEARCH_BOOST_INDEX = 2
# Actor kinds as navigation groups, in this order.
ACTOR_GROUPS = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("state", "States"),
    ("group", "Groups"),
)


def home_page(site: SiteData) -> list[Page]:
    dossier = site.dossier
    return [
        Page(
            "index.md",
            {"title": dossier.info.title, "hide": ["navigation"]},
            {
                "key_actors": key_actors(dossier, site.mentions, KEY_ACTORS_ON_HOME),
                "together": site.together,
                "month_bars": paging.month_bars(months, "index.md")
                if (months := site_months(site))
                else None,
            },
            nav_title="Home",
        )
    ]


def index_page(path: str, title: str) -> Callable[[SiteData], list[Page]]:
    """A section's index page: the list of its pages, written by its template."""

    def pages(site: SiteData) -> list[Page]:
        return [Page(path, {"title": title, "search": {"boost": SEARCH_BOOST_INDEX}})]

    return pages


def topic_pages(site: SiteData) -> list[Page]:
    pages = []
    for topic in site.dossier.topics:
        groups = sorted(
            (g for g in site.analysis.quote_groups if not g.fragment and topic.id in site.group_topics[g.id]),
            key=lambda g: (-len({q.article for q in g.quotes}), g.id),
        )
        context = {
            "topic": topic,
            "articles": topic_articles(site.dossier, topic.id),
            "events": [e for e in site.dossier.events if topic.id in e.topics],
            "actor_counts": ranked(site.topic_actor_counts(topic.id)),
            "quote_groups": groups[:KEY_QUOTES_ON_TOPIC],
            "more_quotes": max(0, len(groups) - KEY_QUOTES_ON_TOPIC),
            "sources_shown": paging.SOURCES_SHOWN,
            "rows_shown": paging.ROWS_ON_ONE_PAGE,
        }
        meta = {"title": topic.title, "tags": [topic.title], "search": {"boost": SEARCH_BOOST_TOPIC}}
        pages.append(Page(urls.topic_page(topic.id), meta, context, nav_title=theme_text(topic.title)))
    return pages


def comparison_pages(site: SiteData) -> list[Page]:
    """A comparison page per topic: claims as rows, outlets as columns, so its weight follows the
    claims and outlets rather than the articles (one page at 200 articles stays near 320 kB)."""
    pages = []
    for topic in site.dossier.topics:
        comparison = site.comparisons.get(topic.id)
        if comparison is None:
            continue
        meta = {
            "title": f"Comparison: {topic.title}",
            "tags": [topic.title],
            "hide": ["navigation", "toc"],
            # Its passages are the articles' own text, indexed on the article pages: indexed
            # again they made half of the search index (measured at 1,000 articles).
            "search": {"exclude": True},
        }
        context = {
            "topic": topic,
            "comparison": comparison,
            "columns": comparison_columns(site.dossier, comparison),
            "concordance": concordance(comparison, CONCORDANCE_ROWS, VERSIONS_SHOWN),
            # What was measured of the method, on other data: said on the page, never as this topic's.
            "measured": [m for m in MEASURED if m.whole_pipeline],
            **claims_context(site.dossier, comparison),
        }
        pages.append(
            Page(
                urls.comparison_page(topic.id),
                meta,
                context,
                nav_title="Comparison",
                nav_parent=urls.topic_page(topic.id),
            )
        )
    return pages


def article_pages(site: SiteData) -> list[Page]:
    actor_by_id = {a.id: a for a in site.dossier.actors}
    topic_by_id = {t.id: t for t in site.dossier.topics}
    by_date = articles_by_date(site.dossier)
    nav_groups = paging.article_nav_groups(by_date)
    date_order = {a.id: n for n, a in enumerate(by_date)}
    small = len(site.dossier.articles) <= paging.ROWS_ON_ONE_PAGE
    pages = []
    for article in site.dossier.articles:
        view = site.views[article.id]
        path = urls.article_page(article.id)
        named = [actor_by_id[a] for a, _ in ranked(view.mention_counts)]
        named = [a for a in named if a.kind == "person"] + [a for a in named if a.kind != "person"]
        speakers = sorted({q.speaker for q in view.quotes if q.speaker and not q.fragment})
        # A large dossier's tags page would list every article again, by topic and by speaker
        # (461 kB at 2,000 articles); there its topic pages and month pages list them.
        tags = [topic_by_id[t].title for t in article.topics] + [actor_by_id[a].name for a in speakers]
        context = {
            "article": article,
            "view": view,
            "paragraphs": annotated_paragraphs(view, site.mentions_by_paragraph, path, actor_by_id),
            "named": named,
        }
        pages.append(
            Page(
                path,
                {"title": article.title, "tags": tags if small else []},
                context,
                nav_title=theme_text(article.title),
                nav_group=nav_groups.get(article.id),
                nav_key=(date_order[article.id],) if nav_groups else (article.title.lower(),),
            )
        )
    return pages


def actor_pages(site: SiteData) -> list[Page]:
    """A page per actor: quotes by topic (the first ACTOR_QUOTES_PER_TOPIC, linking to the rest),
    mention bars for the articles naming them most, the rest summarised."""
    kinds = [kind for kind, _ in ACTOR_GROUPS]
    group_of = _actor_nav_groups(site)
    quote_pages = QuotePages(site.dossier.topics, quote_speakers(site))
    pages = []
    for actor in site.dossier.actors:
        path = urls.actor_page(actor.id)
        article_counts = site.mentions.get(actor.id, Counter())
        by_count = ranked(article_counts)
        rest = by_count[paging.MENTION_BARS_SHOWN :]
        by_topic = site.by_topic([g for g in site.groups_by_speaker.get(actor.id, []) if not g.fragment])
        shown = max(1, min(paging.ACTOR_QUOTES_PER_TOPIC, paging.ACTOR_QUOTES_SHOWN // max(1, len(by_topic))))
        fragments = [q for q in site.quotes_by_speaker.get(actor.id, []) if q.fragment]
        context: dict[str, Any] = {
            "actor": actor,
            "groups_by_topic": [(t, groups[:shown]) for t, groups in by_topic],
            "more_quotes": {
                t.id: (len(groups) - shown, quote_pages.link(path, t.id, actor.id))
                for t, groups in by_topic
                if len(groups) > shown
            },
            "fragments": fragments[: paging.FRAGMENTS_SHOWN],
            "more_fragments": max(0, len(fragments) - paging.FRAGMENTS_SHOWN),
            "sources_shown": paging.SOURCES_SHOWN,
            "mention_bars": [
                (site.views[a].article.title, count, urls.href(path, urls.article_page(a)))
                for a, count in by_count[: paging.MENTION_BARS_SHOWN]
            ],
            "more_mentions": (len(rest), sum(count for _a, count in rest)),
            "article_counts": article_counts,
            "neighbours": ranked(site.together.get(actor.id, Counter()), NEIGHBOURS_ON_ACTOR_PAGE),
            "events": [e for e in site.dossier.events if actor.id in e.actors],
        }
        other_names = [alias for alias in actor.aliases if alias != actor.name]
        search = {"boost": SEARCH_BOOST_ACTOR, "names": other_names}
        meta = {"title": actor.name, "tags": [actor.name], "search": search}
        pages.append(
            Page(
                path,
                meta,
                context,
                nav_title=theme_text(actor.name),
                nav_group=group_of.get(actor.id),
                nav_key=(kinds.index(actor.kind) if actor.kind in kinds else len(kinds), *sort_name(actor)),
            )
        )
    return pages


def _actor_nav_groups(site: SiteData) -> dict[str, str | tuple[str, ...]]:
    """Actor id -> its kind's heading, or (heading, range of initials) in a large kind."""
    out: dict[str, str | tuple[str, ...]] = {}
    for kind, heading in ACTOR_GROUPS:
        members = sorted((a for a in site.dossier.actors if a.kind == kind), key=sort_name)
        for initials, run in paging.actor_nav_groups(members):
            out.update({a.id: (heading, initials) if initials else heading for a in run})
    return out


def site_months(site: SiteData) -> list[paging.Month] | None:
    """The timeline's months when it is too long for one page, else None."""
    items = timeline_items(site.dossier)
    return paging.months_of(items) if len(items) > paging.ROWS_ON_ONE_PAGE else None


def timeline_page(site: SiteData) -> list[Page]:
    """One timeline page, or a summary with a bar per month (month_pages has the rest)."""
    months = site_months(site)
    if not months:
        context = {"timeline": timeline_items(site.dossier)}
        return [Page("timeline.md", {"title": "Timeline"}, context, nav_title="Timeline")]
    summary = {"timeline": None, "months": months, "month_bars": paging.month_bars(months, "timeline.md")}
    return [Page("timeline.md", {"title": "Timeline"}, summary)]


def month_pages(site: SiteData) -> list[Page]:
    """A large dossier's timeline, a page per month, grouped by year in the navigation."""
    return [
        Page(
            urls.month_page(month.key),
            {"title": f"Timeline: {month.label}"},
            {"month": month, "timeline": list(month.items)},
            nav_title=month.label,
            nav_group=month.key[:4],
            nav_key=(order,),
        )
        for order, month in enumerate(site_months(site) or [])
    ]


def articles_index_page(site: SiteData) -> list[Page]:
    meta = {"title": "Articles", "search": {"boost": SEARCH_BOOST_INDEX}}
    return [Page("articles/index.md", meta, {"months": site_months(site)})]


def outlets_page(site: SiteData) -> list[Page]:
    context = {"shown_per_outlet": paging.ARTICLES_PER_OUTLET}
    return [Page("outlets.md", {"title": "Outlets"}, context, nav_title="Outlets")]


def outlet_pages(site: SiteData) -> list[Page]:
    """One page per outlet: its articles, newest last, and the speakers it quotes most."""
    pages = []
    for outlet in site.dossier.outlets:
        articles = [a for a in articles_by_date(site.dossier) if a.outlet == outlet.id]
        quoted = Counter(
            q.speaker for a in articles for q in site.views[a.id].quotes if q.speaker and not q.fragment
        )
        context = {
            "outlet": outlet,
            "articles": articles,
            "quoted": ranked(quoted, QUOTED_ON_OUTLET_PAGE),
            "rows_shown": paging.ROWS_ON_ONE_PAGE,
        }
        meta = {"title": outlet.name, "tags": [outlet.name]}
        pages.append(
            Page(
                urls.outlet_page(outlet.id),
                meta,
                context,
                nav_title=theme_text(outlet.name),
                nav_parent="outlets.md",
            )
        )
    return pages


def methodology_page(site: SiteData) -> list[Page]:
    """How the pages are made, and what was measured of the comparison on which data."""
    return [Page("methodology.md", {"title": "Methodology"}, {"measured": list(MEASURED)})]


def single_page(path: str, title: str, listed_as: str | None = "") -> Callable[[SiteData], list[Page]]:
    """A page whose template needs only the common names (the dossier, its views, the figures),
    listed under its title (or `listed_as`; None: bare, under the title its page gives)."""

    def pages(site: SiteData) -> list[Page]:
        return [Page(path, {"title": title}, nav_title=title if listed_as == "" else listed_as)]

    return pages


#: Every kind of page the site has, in the order pages are written and listed.
REGISTRY: tuple[PageFamily, ...] = (
    PageFamily("home", "index.md", "Home", "home.md.j2", home_page),
    PageFamily(
        "topics", "topics/index.md", "Topics", "topics_index.md.j2", index_page("topics/index.md", "Topics")
    ),
    PageFamily("topic", urls.TOPIC_PATH, "Topics", "topic.md.j2", topic_pages),
    PageFamily("comparison", urls.COMPARISON_PATH, "Topics", "comparison.md.j2", comparison_pages),
    PageFamily(
        "articles",
        "articles/index.md",
        "Articles",
        "articles_index.md.j2",
        articles_index_page,
    ),
    PageFamily("article", urls.ARTICLE_PATH, "Articles", "article.md.j2", article_pages),
    PageFamily(
        "actors", "actors/index.md", "Actors", "actors_index.md.j2", index_page("actors/index.md", "Actors")
    ),
    PageFamily("actor", urls.ACTOR_PATH, "Actors", "actor.md.j2", actor_pages),
    PageFamily("quotes", "quotes.md", "Quotes", "quotes.md.j2", quotes_page),
    PageFamily("topic-quotes", "quotes/{id}.md", "Quotes", "quotes_topic.md.j2", topic_quote_pages),
    PageFamily("timeline", "timeline.md", "Timeline", "timeline.md.j2", timeline_page),
    PageFamily("month", "timeline/{month}.md", "Timeline", "timeline_month.md.j2", month_pages),
    PageFamily("outlets", "outlets.md", "About", "outlets.md.j2", outlets_page),
    PageFamily("outlet", urls.OUTLET_PATH, "About", "outlet.md.j2", outlet_pages),
    PageFamily("data", "data.md", "About", "data.md.j2", single_page("data.md", "Data")),
    PageFamily("tags", "tags.md", "About", "tags.md.j2", single_page("tags.md", "Tags")),
    # From dossier.yml; a hand-written docs/methodology.md or docs/about.md replaces them.
    PageFamily(
        "methodology",
        "methodology.md",
        "About",
        "methodology.md.j2",
        methodology_page,
    ),
    PageFamily("about", "about.md", "About", "about.md.j2", single_page("about.md", "About", listed_as=None)),
)

#: The navigation's sections, in order.
SECTIONS = ("Home", "Topics", "Articles", "Actors", "Quotes", "Timeline", "About")
