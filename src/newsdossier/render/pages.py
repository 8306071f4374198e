"""Render every page of the site from the Jinja2 templates in templates/.

The Jinja environment autoescapes: every value from a seed or from YAML is HTML-escaped unless
it was built as Markup by `markup.py`. Templates write Markdown pages whose data parts are raw
HTML blocks, which Markdown leaves alone, so seed text can never become markup.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..analyze.group import co_mentions
from ..compare.diff import word_diff
from ..records import Analysis, Article, CleanArticle, Comparison, Dossier, Event, GeneratedFile, Quote
from . import figures, urls
from .markup import Span, annotate, esc, front_matter, http_url, lines, md_inline
from .views import (
    ArticleView,
    actor_mentions,
    article_views,
    articles_by_date,
    comparison_columns,
    key_actors,
    ranked,
    sort_name,
    topic_articles,
)

# How many actors the home page lists as key actors, and an actor page as "named alongside".
KEY_ACTORS_ON_HOME = 12
NEIGHBOURS_ON_ACTOR_PAGE = 8
# How many quotes a topic page shows (most widely carried first); the quotes page has them all.
KEY_QUOTES_ON_TOPIC = 8
# Search boost (Material): profiles and topics rank above passing mentions in articles.
SEARCH_BOOST_ACTOR = 5
SEARCH_BOOST_TOPIC = 3
SEARCH_BOOST_INDEX = 2


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_inline
    env.filters["http_url"] = http_url
    env.filters["lines"] = lines
    env.tests["contains"] = lambda sequence, item: item in sequence
    return env


@dataclass
class PageWriter:
    """Renders one template for one page path, giving the template a `url()` relative to it."""

    env: jinja2.Environment
    common: dict

    def render(self, template: str, path: str, meta: dict, **context) -> GeneratedFile:
        def url(to: str, anchor: str | None = None) -> str:
            return urls.href(path, to, anchor)

        def links(kind: str) -> dict[str, str]:
            """id -> URL relative to this page, for every page of a kind (used by figures)."""
            page_of = {
                "articles": urls.article_page,
                "actors": urls.actor_page,
                "topics": urls.topic_page,
                "comparisons": urls.comparison_page,
            }[kind]
            ids = {
                "articles": self.common["article_by_id"],
                "actors": self.common["actor_by_id"],
                "topics": self.common["topic_by_id"],
                "comparisons": self.common["topic_by_id"],
            }[kind]
            return {item_id: url(page_of(item_id)) for item_id in ids}

        body = self.env.get_template(template).render(
            page_path=path, url=url, links=links, **self.common, **context
        )
        return GeneratedFile(path, front_matter(meta) + "\n" + body.rstrip() + "\n")


def _quote_spans(
    text: str, quotes: list[Quote], paragraph: int, speaker_name: Callable[[Quote], str]
) -> list[Span]:
    """Locate each quote of this paragraph in its text (with its quote marks) as a span."""
    spans: list[Span] = []
    for quote in quotes:
        if paragraph not in (quote.paragraphs or (quote.paragraph,)):
            continue
        needle = quote.text.strip()
        start = text.find(needle)
        end = start + len(needle)
        if start < 0:
            # A quote running over paragraphs: mark the part that is in this one.
            head = needle[: max(20, len(needle) // 3)]
            start = text.find(head)
            if start < 0:
                continue
            end = len(text)
        # Take in the quote marks around the words, when they are there.
        if start > 0 and text[start - 1] in "\"“‘'":
            start -= 1
        if end < len(text) and text[end] in "\"”’'":
            end += 1
        kind = "nd-quote nd-fragment" if quote.fragment else "nd-quote"
        title = f"Quote: {speaker_name(quote)}"
        spans.append(
            Span(
                start,
                end,
                f'<span class="{kind}" id="{esc(quote.id)}" title="{esc(title)}">',
                "</span>",
                priority=1,
            )
        )
    return spans


def annotated_paragraphs(
    view: ArticleView, analysis_by_paragraph: dict, page: str, actors: dict
) -> list[Markup]:
    """Each paragraph as safe HTML: the first mention of each actor linked to their page (more
    links would make the text tiring to read), quotes marked with their speaker."""

    def speaker_name(quote: Quote) -> str:
        named = [actors[a].name for a in quote.speakers or (quote.speaker,) if a in actors]
        name = " and ".join(named) or quote.speaker_text or "speaker not named"
        if quote.decision == "set":
            return f"{name} (speaker set by the editors)"
        if quote.decision == "withheld":
            return "speaker withheld by the editors"
        return name

    out = []
    for index, paragraph in enumerate(view.clean.paragraphs):
        spans = []
        linked: set[str] = set()
        for mention in sorted(analysis_by_paragraph.get((view.article.id, index), ()), key=lambda m: m.start):
            if mention.actor in linked:
                continue
            linked.add(mention.actor)
            link = urls.href(page, urls.actor_page(mention.actor))
            spans.append(Span(mention.start, mention.end, f'<a class="nd-actor" href="{esc(link)}">', "</a>"))
        spans += _quote_spans(paragraph.text, view.quotes, index, speaker_name)
        out.append(annotate(paragraph.text, spans))
    return out


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


def render_pages(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    comparisons: dict[str, Comparison],
    templates_dir: Path,
    quote_groups: list,
    site_url: str | None = None,
) -> list[GeneratedFile]:
    env = make_environment(templates_dir)
    views = article_views(dossier, cleaned, analysis)
    mentions = actor_mentions(analysis)
    together = co_mentions(analysis)
    by_paragraph: dict[tuple[str, int], list] = defaultdict(list)
    for mention in analysis.mentions:
        by_paragraph[(mention.article, mention.paragraph)].append(mention)
    quotes_by_speaker: dict[str | None, list[Quote]] = defaultdict(list)
    for quote in analysis.quotes:
        for speaker in quote.speakers or (quote.speaker,):  # every named speaker's page has it
            quotes_by_speaker[speaker].append(quote)
    groups_by_speaker: dict[str | None, list] = defaultdict(list)
    for group in quote_groups:
        groups_by_speaker[group.speaker].append(group)

    def quote_link(page: str, quote: Quote) -> str:
        view = views[quote.article]
        return urls.href(page, urls.article_page(quote.article), view.anchors[quote.paragraph])

    # Which topics a quote belongs to: an article in one topic gives it that topic; an article in
    # several gives it the topics whose comparison placed the quote's paragraph, else its first.
    placed_in: dict[tuple[str, int], set[str]] = defaultdict(set)
    for topic_id, compared in comparisons.items():
        passages = [p for row in compared.rows for p in row.passages] + list(compared.only)
        for passage in passages:
            placed_in[(passage.article, passage.paragraph)].add(topic_id)

    def quote_topics(quote: Quote) -> set[str]:
        article_topics = views[quote.article].article.topics
        if len(article_topics) == 1:
            return set(article_topics)
        paragraphs = quote.paragraphs or (quote.paragraph,)
        found = {t for p in paragraphs for t in placed_in.get((quote.article, p), ()) if t in article_topics}
        return found or {article_topics[0]}

    group_topics = {g.id: set().union(*(quote_topics(q) for q in g.quotes)) for g in quote_groups}

    def by_topic(groups: list) -> list:
        """(topic, groups) in dossier order, each group under the topics its quotes belong to."""
        return [
            (t, [g for g in groups if t.id in group_topics[g.id]])
            for t in dossier.topics
            if any(t.id in group_topics[g.id] for g in groups)
        ]

    # Each speaker's quotes by topic, fragments aside: for the actor pages and the quotes page.
    speaker_topics = {s: by_topic([g for g in gs if not g.fragment]) for s, gs in groups_by_speaker.items()}

    def topic_actor_counts(topic_id: str) -> Counter:
        counts: Counter = Counter()
        for article in topic_articles(dossier, topic_id):
            counts.update(views[article.id].mention_counts)
        return counts

    common: dict[str, Any] = dict(
        dossier=dossier,
        info=dossier.info,
        views=views,
        articles_by_date=articles_by_date(dossier),
        urls=urls,
        quote_link=quote_link,
        comparisons=comparisons,
        mentions=mentions,
        actor_by_id={a.id: a for a in dossier.actors},
        actors_sorted=sorted(dossier.actors, key=sort_name),
        topic_by_id={t.id: t for t in dossier.topics},
        article_by_id={a.id: a for a in dossier.articles},
        figures=figures,
        word_diff=word_diff,
        site_url=(site_url.rstrip("/") + "/") if site_url else None,
    )
    writer = PageWriter(env, common)
    files: list[GeneratedFile] = []

    files.append(
        writer.render(
            "home.md.j2",
            "index.md",
            {"title": dossier.info.title, "hide": ["navigation"]},
            key_actors=key_actors(dossier, mentions, KEY_ACTORS_ON_HOME),
            together=together,
        )
    )
    files.append(
        writer.render(
            "topics_index.md.j2",
            "topics/index.md",
            {"title": "Topics", "search": {"boost": SEARCH_BOOST_INDEX}},
        )
    )
    for topic in dossier.topics:
        path = urls.topic_page(topic.id)
        counts = topic_actor_counts(topic.id)
        topic_groups = sorted(
            (g for g in quote_groups if not g.fragment and topic.id in group_topics[g.id]),
            key=lambda g: (-len({q.article for q in g.quotes}), g.id),
        )
        files.append(
            writer.render(
                "topic.md.j2",
                path,
                {"title": topic.title, "tags": [topic.title], "search": {"boost": SEARCH_BOOST_TOPIC}},
                topic=topic,
                articles=topic_articles(dossier, topic.id),
                events=[e for e in dossier.events if topic.id in e.topics],
                actor_counts=ranked(counts),
                quote_groups=topic_groups[:KEY_QUOTES_ON_TOPIC],
                more_quotes=max(0, len(topic_groups) - KEY_QUOTES_ON_TOPIC),
            )
        )
        comparison = comparisons.get(topic.id)
        if comparison is not None:
            files.append(
                writer.render(
                    "comparison.md.j2",
                    urls.comparison_page(topic.id),
                    {
                        "title": f"Comparison: {topic.title}",
                        "tags": [topic.title],
                        "hide": ["navigation", "toc"],
                    },
                    topic=topic,
                    comparison=comparison,
                    columns=comparison_columns(dossier, comparison),
                )
            )
    files.append(
        writer.render(
            "articles_index.md.j2",
            "articles/index.md",
            {"title": "Articles", "search": {"boost": SEARCH_BOOST_INDEX}},
        )
    )
    for article in dossier.articles:
        view = views[article.id]
        path = urls.article_page(article.id)
        named = [common["actor_by_id"][a] for a, _ in ranked(view.mention_counts)]
        named = [a for a in named if a.kind == "person"] + [a for a in named if a.kind != "person"]
        article_speakers = sorted({q.speaker for q in view.quotes if q.speaker and not q.fragment})
        tags = [common["topic_by_id"][t].title for t in article.topics] + [
            common["actor_by_id"][a].name for a in article_speakers
        ]
        files.append(
            writer.render(
                "article.md.j2",
                path,
                {"title": article.title, "tags": tags},
                article=article,
                view=view,
                paragraphs=annotated_paragraphs(view, by_paragraph, path, common["actor_by_id"]),
                named=named,
            )
        )
    files.append(
        writer.render(
            "actors_index.md.j2",
            "actors/index.md",
            {"title": "Actors", "search": {"boost": SEARCH_BOOST_INDEX}},
        )
    )
    for actor in dossier.actors:
        path = urls.actor_page(actor.id)
        groups_by_topic = speaker_topics.get(actor.id, [])
        article_counts = mentions.get(actor.id, Counter())
        mention_bars = [
            (views[a].article.title, count, urls.href(path, urls.article_page(a)))
            for a, count in ranked(article_counts)
        ]
        files.append(
            writer.render(
                "actor.md.j2",
                path,
                {"title": actor.name, "tags": [actor.name], "search": {"boost": SEARCH_BOOST_ACTOR}},
                actor=actor,
                groups_by_topic=groups_by_topic,
                fragments=[q for q in quotes_by_speaker.get(actor.id, []) if q.fragment],
                mention_bars=mention_bars,
                article_counts=article_counts,
                neighbours=ranked(together.get(actor.id, Counter()), NEIGHBOURS_ON_ACTOR_PAGE),
                events=[e for e in dossier.events if actor.id in e.actors],
            )
        )
    speakers = []
    for speaker_id in sorted(
        groups_by_speaker, key=lambda s: (s is None, sort_name(common["actor_by_id"][s]) if s else ("", ""))
    ):
        if speaker_topics[speaker_id]:
            name = (
                common["actor_by_id"][speaker_id].name
                if speaker_id
                else "Joint statements and unattributed quotes"
            )
            speakers.append(
                {
                    "name": name,
                    "anchor": f"speaker-{speaker_id or 'unnamed'}",
                    "by_topic": speaker_topics[speaker_id],
                }
            )
    files.append(writer.render("quotes.md.j2", "quotes.md", {"title": "Quotes"}, speakers=speakers))
    files.append(
        writer.render(
            "timeline.md.j2", "timeline.md", {"title": "Timeline"}, timeline=timeline_items(dossier)
        )
    )
    files.append(writer.render("outlets.md.j2", "outlets.md", {"title": "Outlets"}))
    files.append(writer.render("data.md.j2", "data.md", {"title": "Data"}))
    files.append(writer.render("tags.md.j2", "tags.md", {"title": "Tags"}))
    return files
