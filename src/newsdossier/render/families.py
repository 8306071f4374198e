"""Page families: one function per kind of page, and the registry that gives each its path
pattern, navigation section and template.

A page function takes the site's data (site.py) and returns the pages of its family, each
with the context its template gets and where it sits in the navigation. Adding a kind of
page is one function here and one entry in REGISTRY; render_pages and the navigation
(navigation.py) read the registry, so nothing else changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import urls
from .claims import claims_context
from .markup import theme_text
from .paragraphs import annotated_paragraphs
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
# Search boost (Material): profiles and topics rank above passing mentions in articles.
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


@dataclass(frozen=True)
class Page:
    """One page to write, and its place in the navigation."""

    path: str  # relative to docs/, e.g. "articles/ap-paris-summit.md"
    meta: dict  # front matter: title, tags, search boost, hidden parts
    context: dict = field(default_factory=dict)  # what the template gets besides the common names
    nav_title: str | None = None  # None: listed bare, as the section's index page
    nav_group: str | None = None  # a heading inside the section ("People")
    nav_parent: str | None = None  # the path of the page it nests under (a topic's comparison)
    nav_key: tuple = ()  # order inside its section or group


@dataclass(frozen=True)
class PageFamily:
    name: str
    path: str  # the path pattern of its pages
    section: str  # the navigation section its pages are listed in
    template: str  # in templates/
    pages: Callable[[SiteData], list[Page]]


def home_page(site: SiteData) -> list[Page]:
    dossier = site.dossier
    return [
        Page(
            "index.md",
            {"title": dossier.info.title, "hide": ["navigation"]},
            {"key_actors": key_actors(dossier, site.mentions, KEY_ACTORS_ON_HOME), "together": site.together},
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
        }
        meta = {"title": topic.title, "tags": [topic.title], "search": {"boost": SEARCH_BOOST_TOPIC}}
        pages.append(Page(urls.topic_page(topic.id), meta, context, nav_title=theme_text(topic.title)))
    return pages


def comparison_pages(site: SiteData) -> list[Page]:
    pages = []
    for topic in site.dossier.topics:
        comparison = site.comparisons.get(topic.id)
        if comparison is None:
            continue
        meta = {"title": f"Comparison: {topic.title}", "tags": [topic.title], "hide": ["navigation", "toc"]}
        context = {
            "topic": topic,
            "comparison": comparison,
            "columns": comparison_columns(site.dossier, comparison),
            "concordance": concordance(comparison),
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
    pages = []
    for article in site.dossier.articles:
        view = site.views[article.id]
        path = urls.article_page(article.id)
        named = [actor_by_id[a] for a, _ in ranked(view.mention_counts)]
        named = [a for a in named if a.kind == "person"] + [a for a in named if a.kind != "person"]
        speakers = sorted({q.speaker for q in view.quotes if q.speaker and not q.fragment})
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
                {"title": article.title, "tags": tags},
                context,
                nav_title=theme_text(article.title),
                nav_key=(article.title.lower(),),
            )
        )
    return pages


def actor_pages(site: SiteData) -> list[Page]:
    kinds = [kind for kind, _ in ACTOR_GROUPS]
    group_of = dict(ACTOR_GROUPS)
    pages = []
    for actor in site.dossier.actors:
        path = urls.actor_page(actor.id)
        article_counts = site.mentions.get(actor.id, Counter())
        context: dict[str, Any] = {
            "actor": actor,
            "groups_by_topic": site.by_topic(
                [g for g in site.groups_by_speaker.get(actor.id, []) if not g.fragment]
            ),
            "fragments": [q for q in site.quotes_by_speaker.get(actor.id, []) if q.fragment],
            "mention_bars": [
                (site.views[a].article.title, count, urls.href(path, urls.article_page(a)))
                for a, count in ranked(article_counts)
            ],
            "article_counts": article_counts,
            "neighbours": ranked(site.together.get(actor.id, Counter()), NEIGHBOURS_ON_ACTOR_PAGE),
            "events": [e for e in site.dossier.events if actor.id in e.actors],
        }
        meta = {"title": actor.name, "tags": [actor.name], "search": {"boost": SEARCH_BOOST_ACTOR}}
        pages.append(
            Page(
                path,
                meta,
                context,
                nav_title=theme_text(actor.name),
                nav_group=group_of.get(actor.kind),
                nav_key=(kinds.index(actor.kind) if actor.kind in kinds else len(kinds), *sort_name(actor)),
            )
        )
    return pages


def quotes_page(site: SiteData) -> list[Page]:
    actor_by_id = {a.id: a for a in site.dossier.actors}
    speakers = []
    for speaker_id in sorted(
        site.groups_by_speaker, key=lambda s: (s is None, sort_name(actor_by_id[s]) if s else ("", ""))
    ):
        by_topic = site.by_topic([g for g in site.groups_by_speaker[speaker_id] if not g.fragment])
        if by_topic:
            name = actor_by_id[speaker_id].name if speaker_id else "Joint statements and unattributed quotes"
            speakers.append(
                {"name": name, "anchor": f"speaker-{speaker_id or 'unnamed'}", "by_topic": by_topic}
            )
    return [Page("quotes.md", {"title": "Quotes"}, {"speakers": speakers}, nav_title="Quotes")]


def timeline_page(site: SiteData) -> list[Page]:
    context = {"timeline": timeline_items(site.dossier)}
    return [Page("timeline.md", {"title": "Timeline"}, context, nav_title="Timeline")]


def outlet_pages(site: SiteData) -> list[Page]:
    """One page per outlet: its articles, newest last, and the speakers it quotes most."""
    pages = []
    for outlet in site.dossier.outlets:
        articles = [a for a in articles_by_date(site.dossier) if a.outlet == outlet.id]
        quoted = Counter(
            q.speaker for a in articles for q in site.views[a.id].quotes if q.speaker and not q.fragment
        )
        context = {"outlet": outlet, "articles": articles, "quoted": ranked(quoted, QUOTED_ON_OUTLET_PAGE)}
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
        index_page("articles/index.md", "Articles"),
    ),
    PageFamily("article", urls.ARTICLE_PATH, "Articles", "article.md.j2", article_pages),
    PageFamily(
        "actors", "actors/index.md", "Actors", "actors_index.md.j2", index_page("actors/index.md", "Actors")
    ),
    PageFamily("actor", urls.ACTOR_PATH, "Actors", "actor.md.j2", actor_pages),
    PageFamily("quotes", "quotes.md", "Quotes", "quotes.md.j2", quotes_page),
    PageFamily("timeline", "timeline.md", "Timeline", "timeline.md.j2", timeline_page),
    PageFamily("outlets", "outlets.md", "About", "outlets.md.j2", single_page("outlets.md", "Outlets")),
    PageFamily("outlet", urls.OUTLET_PATH, "About", "outlet.md.j2", outlet_pages),
    PageFamily("data", "data.md", "About", "data.md.j2", single_page("data.md", "Data")),
    PageFamily("tags", "tags.md", "About", "tags.md.j2", single_page("tags.md", "Tags")),
    # From dossier.yml; a hand-written docs/methodology.md or docs/about.md replaces them.
    PageFamily(
        "methodology",
        "methodology.md",
        "About",
        "methodology.md.j2",
        single_page("methodology.md", "Methodology", listed_as=None),
    ),
    PageFamily("about", "about.md", "About", "about.md.j2", single_page("about.md", "About", listed_as=None)),
)

#: The navigation's sections, in order.
SECTIONS = ("Home", "Topics", "Articles", "Actors", "Quotes", "Timeline", "About")
