"""The quotes pages' families: every quote by speaker and topic on one page, or in a large dossier
an index (quotes.md) and a page per topic in parts (indexpages.QuotePages lays them out).
Registered in families.py's REGISTRY like every other family.
"""

from __future__ import annotations

from . import urls
from .indexpages import QuotePages
from .markup import theme_text
from .page import Page
from .site import SiteData
from .views import sort_name


def unsearched(title: str) -> dict:
    """The quotes pages' front matter: left out of the search index (plugin/search.py). Their
    quotes are the articles' own words, found there (and a named speaker's on the actor's page);
    indexed again they made a tenth of Pagefind's index and of its peak memory (500 articles)."""
    return {"title": title, "search": {"exclude": True}}


def quote_speakers(site: SiteData) -> list[dict]:
    """Every speaker with quotes (fragments aside), by name, unattributed quotes last."""
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
    return speakers


def quotes_page(site: SiteData) -> list[Page]:
    """The quotes page: all quotes, or (when split, see indexpages.QuotePages) an index of the
    topics' quote pages and of each speaker's quotes by topic."""
    layout = QuotePages(site.dossier.topics, quote_speakers(site))
    if not layout.split:
        return [Page("quotes.md", unsearched("Quotes"), {"speakers": layout.speakers}, nav_title="Quotes")]
    index = {
        "speakers": layout.speakers,
        "topic_pages": [(t, len(layout.parts[t.id]), urls.quotes_page(t.id)) for t in layout.topics],
        "page_of": layout.page_of,
    }
    return [Page("quotes.md", unsearched("Quotes"), index)]


def topic_quote_pages(site: SiteData) -> list[Page]:
    """A large dossier's quotes, a page per topic in parts; later parts nest under the first."""
    layout = QuotePages(site.dossier.topics, quote_speakers(site))
    pages = []
    for order, topic in enumerate(layout.topics if layout.split else []):
        parts = layout.parts[topic.id]
        paths = [urls.quotes_page(topic.id, n) for n in range(1, len(parts) + 1)]
        for number, part in enumerate(parts, start=1):
            suffix = f" ({number} of {len(parts)})" if len(parts) > 1 else ""
            context = {"topic": topic, "part": part, "number": number, "pages": paths}
            pages.append(
                Page(
                    paths[number - 1],
                    unsearched(f"Quotes: {topic.title}{suffix}"),
                    context,
                    nav_title=theme_text(topic.title) if number == 1 else f"Part {number}",
                    # Inside a group, so a page's sidebar opens only its own topic's parts
                    # (a section's direct entries are always open: 134 links at 2,000 articles).
                    nav_group="By topic" if number == 1 else None,
                    nav_parent=None if number == 1 else paths[0],
                    nav_key=(order, number),
                )
            )
    return pages
