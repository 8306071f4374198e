"""Checks across the files of a dossier (load/references.py): ids unique and distinct once
slugified, references to known ids, copied snippets present in their seed, names on one actor,
seeds used once, topics with articles."""

from __future__ import annotations

from newsdossier.load.references import (
    affiliations,
    duplicate_ids,
    empty_topics,
    missing_snippets,
    seed_usage,
    shared_names,
    unknown_refs,
)
from newsdossier.load.sections import Ref, Snippet
from newsdossier.records import Article, DateInfo, Origin, Topic


def at(line: int, file: str = "dossier/actors.yml", key: str | None = None) -> Origin:
    return Origin(file, line, key)


def test_an_id_defined_twice_is_an_error_at_the_second_naming_the_first():
    problems = duplicate_ids(
        [("actor", "ana-ruiz", at(1)), ("actor", "ana-ruiz", at(9)), ("topic", "ana-ruiz", at(2))]
    )
    assert len(problems) == 1 and problems[0].origin == at(9) and problems[0].severity == "error"
    assert "unique actor id" in problems[0].message and "first at dossier/actors.yml:1" in problems[0].message


def test_ids_that_collide_once_slugified_are_an_error_saying_what_they_become():
    (problem,) = duplicate_ids([("topic", "bridge-vote", at(1)), ("topic", "Bridge Vote", at(4))])
    assert problem.origin == at(4) and "'bridge-vote'" in problem.message and "collides" in problem.message


def test_an_id_made_from_other_fields_asks_for_an_id():
    made = at(7, "dossier/events.yml")
    ids = [("event", "2001-11-13-vote", at(3, "dossier/events.yml")), ("event", "2001-11-13-vote", made)]
    assert "give an id" in duplicate_ids(ids, {made})[0].message
    assert "give an id" not in duplicate_ids(ids)[0].message


def test_a_reference_to_an_unknown_id_says_where_ids_are_and_suggests_the_closest():
    ref = Ref("actor", "ana-ruis", at(4, "dossier/events.yml", "events[0].actors[0]"))
    (problem,) = unknown_refs([ref], {"actor": {"ana-ruiz", "ben-ode"}}, {})
    assert problem.origin == ref.origin
    assert (
        "dossier/actors.yml" in problem.message
        and "'ana-ruis'" in problem.message
        and "ana-ruiz" in problem.message
    )
    assert unknown_refs([Ref("actor", "ben-ode", ref.origin)], {"actor": {"ben-ode"}}, {}) == []


def test_a_pinned_passage_must_come_from_an_article_of_its_topic():
    pinned = Ref("article", "wire-a", at(5, "dossier/topics.yml"), topic="bridge")
    known = {"article": {"wire-a"}}
    (problem,) = unknown_refs([pinned], known, {"wire-a": ("roads",)})
    assert "not in that topic" in problem.message
    assert unknown_refs([pinned], known, {"wire-a": ("roads", "bridge")}) == []


def test_copied_text_not_in_the_seed_is_a_warning_whatever_the_spacing():
    present = Snippet("a", "rebuild  the\nbridge", at(3, "dossier/articles/a.yml"), "the cut_after marker")
    typo = Snippet("a", "rebiuld the bridge", at(4, "dossier/articles/a.yml"), "the drop text")
    unread = Snippet("b", "anything", at(5, "dossier/articles/b.yml"), "the drop text")
    raw = {"a": "They will rebuild the\n  bridge soon.", "b": ""}
    (problem,) = missing_snippets([present, typo, unread], raw)
    assert problem.origin == typo.origin and problem.severity == "warning"
    assert problem.message.startswith("Expected the drop text to be text from the article's seed")


def test_a_name_on_two_actors_is_a_warning_whatever_its_case_and_spacing():
    names = [("ana-ruiz", "Ana Ruiz", at(1)), ("ana-ruiz", "Ruiz", at(2)), ("ben-ruiz", " ruiz ", at(8))]
    (problem,) = shared_names(names)
    assert problem.origin == at(8) and "'ana-ruiz'" in problem.message and problem.severity == "warning"


def test_an_affiliation_close_to_an_actor_id_is_a_likely_typo():
    ids = {"ruritania", "ana-ruiz"}
    given = [
        ("ana-ruiz", "ruritania", at(1)),  # an id
        ("ana-ruiz", "The Ruritanian government", at(2)),  # free text
        ("ana-ruiz", "Ruritanya", at(5)),  # free text too: only slug-shaped values are ids
        ("ana-ruiz", "ruritanya", at(3)),  # a near miss
        ("ana-ruiz", "zzz-unrelated", at(4)),  # a slug close to nothing
    ]
    (problem,) = affiliations(given, ids)
    assert problem.origin == at(3) and "'ruritania'" in problem.message


def test_a_seed_used_twice_or_never_is_a_warning():
    sources = [
        ("a", "seeds/a.txt", at(1, "dossier/articles/a.yml")),
        ("b", "seeds/a.txt", at(1, "dossier/articles/b.yml")),
    ]
    problems = seed_usage(sources, ["seeds/a.txt", "seeds/forgotten.txt"])
    assert [(p.origin.file, p.severity) for p in problems] == [
        ("dossier/articles/b.yml", "warning"),
        ("seeds/forgotten.txt", "warning"),
    ]
    assert "also the source of 'a'" in problems[0].message


def test_a_topic_no_article_belongs_to_is_a_warning():
    topics = [
        Topic("bridge", "Bridge", DateInfo(None), origin=at(1, "dossier/topics.yml")),
        Topic("roads", "Roads", DateInfo(None)),
    ]
    articles = [Article("a", "seeds/a.txt", "A", None, topics=("bridge",))]
    (problem,) = empty_topics(topics, articles)
    assert problem.origin == Origin("") and "'roads'" in problem.message
