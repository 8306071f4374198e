"""The quotes pages' families (render/quote_families.py): every speaker's quotes by topic, on one
page in a small dossier, else an index and a page per topic in parts."""

from __future__ import annotations

import dataclasses

from small_dossier import small_site

from newsdossier.records import QuoteGroup
from newsdossier.render import paging
from newsdossier.render.quote_families import quote_speakers, quotes_page, topic_quote_pages
from newsdossier.render.site import SiteData, site_data

DOSSIER, CLEANED, ANALYSIS, COMPARISONS = small_site()
QUOTE = ANALYSIS.quotes_of("wire-bridge")[0]


def group(group_id: str, speaker: str | None, fragment: bool = False, sources: int = 1) -> QuoteGroup:
    quotes = tuple(dataclasses.replace(QUOTE, id=f"{group_id}-{n}", speaker=speaker) for n in range(sources))
    return QuoteGroup(group_id, speaker, QUOTE.text, quotes, fragment)


def site_with(*groups: QuoteGroup) -> SiteData:
    return site_data(DOSSIER, CLEANED, dataclasses.replace(ANALYSIS, quote_groups=groups), COMPARISONS)


def test_speakers_are_listed_by_surname_with_unattributed_quotes_last():
    site = site_with(group("g-none", None), group("g-ruiz", "ana-ruiz"), group("g-ode", "ben-ode"))
    speakers = quote_speakers(site)
    assert [s["name"] for s in speakers] == [
        "Ben Ode",
        "Ana Ruiz",
        "Joint statements and unattributed quotes",
    ]
    assert [s["anchor"] for s in speakers] == ["speaker-ben-ode", "speaker-ana-ruiz", "speaker-unnamed"]
    topic = DOSSIER.topic("bridge")
    assert speakers[1]["by_topic"] == [(topic, [site.groups_by_speaker["ana-ruiz"][0]])]


def test_a_speaker_with_fragments_only_is_left_out():
    site = site_with(group("g-frag", "ben-ode", fragment=True), group("g-ruiz", "ana-ruiz"))
    assert [s["name"] for s in quote_speakers(site)] == ["Ana Ruiz"]
    assert quote_speakers(site_with()) == []


def test_a_small_dossier_has_every_quote_on_one_page_and_no_topic_pages():
    site = site_with(group("g-ruiz", "ana-ruiz"))
    pages = quotes_page(site)
    assert [(p.path, p.meta, p.nav_title) for p in pages] == [
        ("quotes.md", {"title": "Quotes", "search": {"exclude": True}}, "Quotes")
    ]
    assert pages[0].context == {"speakers": quote_speakers(site)}
    assert topic_quote_pages(site) == []


def test_a_large_dossier_has_an_index_and_a_page_per_topic_in_parts():
    many = [group(f"g{n:03d}", "ana-ruiz") for n in range(2 * paging.QUOTE_GROUPS_PER_PAGE + 1)]
    site = site_with(*many)
    index = quotes_page(site)
    assert len(index) == 1 and index[0].nav_title is None  # listed bare, as the section's index
    parts = topic_quote_pages(site)
    assert [p.path for p in parts] == ["quotes/bridge.md", "quotes/bridge/2.md", "quotes/bridge/3.md"]
    assert parts[0].meta == {"title": "Quotes: The bridge (1 of 3)", "search": {"exclude": True}}
    assert (parts[0].nav_group, parts[0].nav_parent) == ("By topic", None)
    assert all(p.nav_parent == parts[0].path and p.nav_group is None for p in parts[1:])
    assert [p.nav_title for p in parts[1:]] == ["Part 2", "Part 3"]
    assert sum(len(groups) for p in parts for _speaker, groups in p.context["part"]) == len(many)
    (topic, count, path), *_ = index[0].context["topic_pages"]
    assert (topic.id, count, path) == ("bridge", 3, parts[0].path)


def test_many_sources_split_the_quotes_as_many_groups_do():
    heavy = [group(f"g{n}", "ana-ruiz", sources=60) for n in range(9)]
    assert sum(len(g.quotes) for g in heavy) > 2 * paging.QUOTE_SOURCES_PER_PAGE
    assert len(topic_quote_pages(site_with(*heavy))) > 1
