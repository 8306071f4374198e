"""What every page family reads (render/site.py): the records and the view models gathered from
them once, before any page is planned."""

from __future__ import annotations

import dataclasses
from collections import Counter

from small_dossier import small_site

from newsdossier.records import Quote, QuoteGroup, Topic
from newsdossier.render.site import site_data

DOSSIER, CLEANED, ANALYSIS, COMPARISONS = small_site()
SITE = site_data(DOSSIER, CLEANED, ANALYSIS, COMPARISONS)


def test_the_site_keeps_the_records_it_was_given_and_a_view_of_every_article():
    assert (SITE.dossier, SITE.cleaned, SITE.analysis, SITE.comparisons) == (
        DOSSIER,
        CLEANED,
        ANALYSIS,
        COMPARISONS,
    )
    assert set(SITE.views) == {a.id for a in DOSSIER.articles}
    view = SITE.views["wire-bridge"]
    assert len(view.anchors) == len(CLEANED["wire-bridge"].paragraphs)
    assert view.anchors == ANALYSIS.anchors_of("wire-bridge")


def test_mentions_are_counted_by_actor_and_article_and_listed_by_paragraph():
    for actor in ("ana-ruiz", "ben-ode", "ruritania"):
        expected = Counter(m.article for m in ANALYSIS.mentions if m.actor == actor)
        assert SITE.mentions[actor] == expected
    assert SITE.mentions["ana-ruiz"]["gazette-bridge"] == 1
    for (article, paragraph), found in SITE.mentions_by_paragraph.items():
        assert found == list(ANALYSIS.mentions_in(article, paragraph))
    assert sum(len(found) for found in SITE.mentions_by_paragraph.values()) == len(ANALYSIS.mentions)


def test_actors_named_together_come_from_the_analysis_as_counters():
    assert SITE.together["ana-ruiz"]["ben-ode"] == ANALYSIS.together()["ana-ruiz"]["ben-ode"] >= 1
    assert all(isinstance(others, Counter) for others in SITE.together.values())


def test_every_named_speaker_has_a_quote_and_quotes_without_one_are_under_none():
    both = Quote("wire-bridge-q9", "wire-bridge", 1, "We go on", "ana-ruiz", speakers=("ana-ruiz", "ben-ode"))
    nobody = Quote("gazette-bridge-q9", "gazette-bridge", 0, "Build it", None)
    site = site_data(
        DOSSIER, CLEANED, dataclasses.replace(ANALYSIS, quotes=(*ANALYSIS.quotes, both, nobody)), {}
    )
    assert both in site.quotes_by_speaker["ana-ruiz"] and both in site.quotes_by_speaker["ben-ode"]
    assert site.quotes_by_speaker[None] == [nobody]
    assert [q.id for q in SITE.quotes_by_speaker["ana-ruiz"]] == [q.id for q in ANALYSIS.quotes]


def test_quote_groups_are_listed_by_speaker_and_filed_under_their_quotes_topics():
    group = ANALYSIS.quote_groups[0]
    assert SITE.groups_by_speaker["ana-ruiz"] == [group]
    assert SITE.group_topics == {group.id: {"bridge"}}
    assert SITE.by_topic([group]) == [(DOSSIER.topic("bridge"), [group])]
    assert SITE.by_topic([]) == []


def test_topics_are_listed_in_dossier_order_each_with_only_its_own_groups():
    first, second = (
        Topic("first", "First", DOSSIER.topics[0].date),
        Topic("second", "Second", DOSSIER.topics[0].date),
    )
    dossier = dataclasses.replace(DOSSIER, topics=(second, first))
    quote = ANALYSIS.quotes[0]
    in_first = QuoteGroup("g1", "ana-ruiz", "x", (dataclasses.replace(quote, topics=("first",)),), False)
    in_both = QuoteGroup(
        "g2", "ana-ruiz", "y", (dataclasses.replace(quote, topics=("first", "second")),), False
    )
    site = site_data(dossier, CLEANED, dataclasses.replace(ANALYSIS, quote_groups=(in_first, in_both)), {})
    assert site.by_topic([in_first, in_both]) == [(second, [in_both]), (first, [in_first, in_both])]


def test_a_quote_links_to_its_paragraph_from_any_page():
    quote = ANALYSIS.quotes_of("gazette-bridge")[0]
    anchor = SITE.views["gazette-bridge"].anchors[quote.paragraph]
    assert SITE.quote_link("index.md", quote) == f"articles/gazette-bridge/#{anchor}"
    assert SITE.quote_link("actors/ana-ruiz.md", quote) == f"../../articles/gazette-bridge/#{anchor}"
    assert SITE.quote_link("articles/gazette-bridge.md", quote) == f"./#{anchor}"


def test_a_topic_counts_the_mentions_of_its_articles():
    counts = SITE.topic_actor_counts("bridge")
    assert counts == Counter(m.actor for m in ANALYSIS.mentions)
    assert SITE.topic_actor_counts("no-such-topic") == Counter()


def test_the_site_url_ends_with_one_slash_and_is_none_when_not_given():
    assert SITE.site_url is None
    for given in ("https://example.org/repo", "https://example.org/repo/", "https://example.org/repo//"):
        assert (
            site_data(DOSSIER, CLEANED, ANALYSIS, COMPARISONS, given).site_url == "https://example.org/repo/"
        )
    assert site_data(DOSSIER, CLEANED, ANALYSIS, COMPARISONS, "").site_url is None
