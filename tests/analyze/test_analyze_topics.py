"""Which topic a quote belongs to is read by analyze (analyze/topics.py), from the actors and
words of the quote's paragraph, not by render from the comparisons."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from analyze_support import make_article, make_dossier

from newsdossier.analyze import analyze
from newsdossier.records import Actor, DateInfo, Topic
from newsdossier.render.site import site_data

ACTORS = (
    Actor("nadia-keller", "Nadia Keller", "person"),
    Actor("borland", "Borland", "state"),
    Actor("vestria", "Vestria", "state"),
)
TOPICS = (
    Topic("talks", "Nadia Keller opens the harbour talks", DateInfo(dt.date(2020, 3, 1), "stated")),
    Topic("blockade", "Borland closes the strait to Vestria", DateInfo(dt.date(2020, 3, 2), "stated")),
)


def analysed(topics_of_article: tuple[str, ...], paragraphs: list[str]):
    article, cleaned = make_article("wire", paragraphs)
    article = replace(article, topics=topics_of_article)
    dossier = replace(make_dossier(ACTORS, [article]), topics=TOPICS)
    return dossier, {"wire": cleaned}, analyze(dossier, {"wire": cleaned})


TWO_TOPICS_TEXT = [
    "“We will sign the harbour accord next week,” Nadia Keller said.",
    "Of the strait, an official in Vestria said Borland had made “a grave mistake”.",
]


def test_an_article_in_one_topic_gives_every_quote_that_topic():
    _, _, analysis = analysed(("talks",), TWO_TOPICS_TEXT)
    assert [q.topics for q in analysis.quotes] == [("talks",), ("talks",)]


def test_a_quote_naming_an_actor_only_another_topic_names_goes_there():
    _, _, analysis = analysed(("talks", "blockade"), TWO_TOPICS_TEXT)
    # Borland is named by the second topic's title alone: the paragraph naming it gives its
    # quote to that topic; the other quote stays with the primary (first-listed) topic.
    assert [q.topics for q in analysis.quotes] == [("talks",), ("blockade",)]


def test_the_primary_topic_is_the_first_listed():
    _, _, analysis = analysed(("blockade", "talks"), TWO_TOPICS_TEXT)
    # Now the blockade is primary: the quote naming Keller, whom only the talks' title names,
    # goes to the talks, and the other stays with the blockade.
    assert [q.topics for q in analysis.quotes] == [("talks",), ("blockade",)]


def test_a_word_only_another_topic_s_title_has_is_enough():
    _, _, analysis = analysed(
        ("talks", "blockade"), ["“Nobody will cross the strait tonight,” a guard said."]
    )
    assert [q.topics for q in analysis.quotes] == [("blockade",)]


def test_render_files_quote_groups_under_the_analysis_topics_without_comparisons():
    dossier, cleaned, analysis = analysed(("talks", "blockade"), TWO_TOPICS_TEXT)
    site = site_data(dossier, cleaned, analysis, comparisons={})
    assert sorted(site.group_topics.values(), key=sorted) == [{"blockade"}, {"talks"}]
