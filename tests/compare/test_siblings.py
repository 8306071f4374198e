"""Topics sharing articles (compare/siblings.py): a row goes to a sibling only when it names what that
sibling's title alone names and its words are closer to it."""

from __future__ import annotations

from pathlib import Path

from newsdossier.compare.siblings import sibling_topics, topic_filter
from newsdossier.compare.units import Unit
from newsdossier.records import Analysis, Article, DateInfo, Dossier, DossierInfo, Passage, Topic, TopicTerms

SUMMIT = Topic("summit", "Leaders meet at the summit", DateInfo(None))
SHOOTDOWN = Topic("shootdown", "Ruritania shoots down a jet", DateInfo(None))
TOPIC_TERMS = (
    TopicTerms("summit", (("leader", 1), ("meet", 1), ("summit", 1))),
    TopicTerms("shootdown", (("@ruritania", 1), ("shoot", 1), ("jet", 1)), frozenset({"ruritania"})),
)


def dossier(*articles: Article) -> Dossier:
    return Dossier(Path("."), DossierInfo("t"), articles, (SUMMIT, SHOOTDOWN), (), (), ())


def unit(vector: dict[str, float]) -> Unit:
    return Unit(Passage("a", 0, ""), vector, (), "")


def test_siblings_are_the_topics_of_the_articles_primary_first():
    both = dossier(
        Article("a", "", "a", None, topics=("summit", "shootdown")),
        Article("b", "", "b", None, topics=("summit",)),
    )
    assert [t.id for t in sibling_topics(SHOOTDOWN, both, ("a", "b"))] == ["summit", "shootdown"]
    assert [t.id for t in sibling_topics(SUMMIT, both, ("b",))] == ["summit"]


def test_a_row_goes_to_a_sibling_only_when_it_names_its_title_actor_and_is_closer_to_it():
    shared = dossier(Article("a", "", "a", None, topics=("summit", "shootdown")))
    analysis = Analysis((), (), (), topic_terms=TOPIC_TERMS)
    units = [unit({"leader": 1.0}), unit({"@ruritania": 0.6, "jet": 0.8})]
    in_summit = topic_filter(SUMMIT, shared, ("a",), analysis, units)
    in_shootdown = topic_filter(SHOOTDOWN, shared, ("a",), analysis, units)
    jet = [{"@ruritania": 0.6, "jet": 0.8}]
    assert in_shootdown(jet) and not in_summit(jet)
    # Close to the shootdown in words, but without the actor only its title names: primary topic.
    words_only = [{"jet": 1.0}]
    assert in_summit(words_only) and not in_shootdown(words_only)
    # Names the actor, but its words are the summit's.
    summit_words = [{"@ruritania": 0.3, "leader": 0.7, "meet": 0.648}]
    assert in_summit(summit_words)


def test_a_topic_whose_articles_belong_to_no_other_takes_every_row():
    alone = dossier(Article("a", "", "a", None, topics=("summit",)))
    keeps = topic_filter(SUMMIT, alone, ("a",), Analysis((), (), ()), [])
    assert keeps([{"@ruritania": 1.0}])
