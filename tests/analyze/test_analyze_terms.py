"""Comparison terms find actors with the mentions' one alias matcher, by the same rules."""

from __future__ import annotations

from analyze_support import run

from newsdossier.analyze.mentions import AliasMatcher
from newsdossier.analyze.terms import AliasIndex, passage_terms
from newsdossier.records import Actor

ACTORS = (
    Actor("jose-ramos", "José Ramos", "person", aliases=("Ramos",)),
    Actor("islamic-state", "Islamic State", "organisation", aliases=("IS",)),
    Actor("syldavia", "Syldavia", "state"),
)

TEXTS = (
    "Jose Ramos met José Ramos.",  # accents folded both ways
    "It is what IS wants, the group said.",  # an acronym only as written
    "Syldavia-backed fighters and Syldavia-born officers.",  # a name before an actor suffix only
    "Ramos's aides and Mr. Ramos spoke.",  # possessives and a title with the surname
)


def test_terms_find_the_actors_mentions_find():
    aliases = AliasIndex.from_actors(ACTORS)
    for text in TEXTS:
        mentioned = [(m.start, m.end, m.actor) for m in run(text, actors=ACTORS).mentions]
        assert aliases.find(text) == mentioned, text


def test_the_rules_decided_once():
    aliases = AliasIndex.from_actors(ACTORS, AliasMatcher(ACTORS))
    assert [actor for _, _, actor in aliases.find(TEXTS[0])] == ["jose-ramos", "jose-ramos"]
    assert [actor for _, _, actor in aliases.find(TEXTS[1])] == ["islamic-state"]
    assert [actor for _, _, actor in aliases.find(TEXTS[2])] == ["syldavia"]
    terms = passage_terms("Jose Ramos said the Syldavia-backed fighters left.", aliases)
    assert terms["@jose-ramos"] == 1 and terms["@syldavia"] == 1


def test_a_form_two_actors_share_goes_to_the_one_the_editors_gave_it():
    actors = (
        Actor("anna-weber", "Anna Weber", "person", aliases=("Weber",)),
        Actor("max-weber", "Max Weber", "person"),
    )
    aliases = AliasIndex.from_actors(actors)
    assert [actor for _, _, actor in aliases.find("Weber said so.")] == ["anna-weber"]


def test_the_words_of_names_no_actor_holds_are_marked():
    """`names` gets the terms of words written with a capital or a surname particle: compare counts
    the pairs of one name as one phrase (compare/anchors.py)."""
    aliases = AliasIndex.from_actors(ACTORS)
    names: set[str] = set()
    terms = passage_terms(
        "Ramos dined at Le Petit Moulin with Karim al-Haddad on Monday.", aliases, names=names
    )
    assert "@jose-ramos" in terms and "@jose-ramos" not in names  # actors are actors, not names
    assert {"le", "petit", "moulin", "karim", "al", "haddad"} <= names
    assert not names & {"dine", "monday", "~monday"}
    assert passage_terms("Ramos dined at Le Petit Moulin.", aliases) == passage_terms(
        "Ramos dined at Le Petit Moulin.", aliases, names=set()
    )
