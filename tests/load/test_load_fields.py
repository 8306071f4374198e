"""A mapping of a dossier file read against its keys (load/fields.py): each value checked for what
it must be, every problem an error at its file, line and dotted key saying what was expected,
unknown keys with the key most likely meant."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdossier.load.fields import (
    INVALID,
    MAX_ID_LENGTH,
    Fields,
    FileContext,
    a,
    closest,
    id_problem,
    is_slug,
    suggest_ids,
)
from newsdossier.records import Origin
from newsdossier.yamlsource import parse_yaml

KEYS = ("id", "title", "date", "kind", "url", "aliases", "comparison")


def fields(text: str, keys: tuple[str, ...] = KEYS, **kwargs) -> tuple[Fields, FileContext]:
    ctx = FileContext("dossier/topics.yml")
    found = Fields.of(ctx, parse_yaml(text), "topics[0]", keys, "a topic", **kwargs)
    assert found is not None
    return found, ctx


def test_values_are_read_as_written_and_stripped():
    f, ctx = fields("id: bridge\ntitle: '  The bridge  '\ndate: 2001-11-13\nkind: NO\n")
    assert f.text("title") == "The bridge" and f.text("title", exact=True) == "  The bridge  "
    assert f.text("kind") == "NO"  # text as written, not YAML's boolean
    assert f.date("date") == dt.date(2001, 11, 13)
    assert (f.has("id"), f.has("url"), f.text("url"), f.items("aliases")) == (True, False, None, [])
    assert ctx.problems == []


def test_an_unknown_key_is_reported_at_its_line_with_the_key_meant():
    f, ctx = fields("id: bridge\ntitel: The bridge\n")
    assert [(p.origin, p.message) for p in ctx.problems] == [
        (Origin("dossier/topics.yml", 2, "topics[0].titel"), "Unknown key 'titel'; did you mean 'title'?")
    ]
    # The key meant is not also reported as missing.
    assert f.text("title", required=True) is INVALID and len(ctx.problems) == 1


def test_a_key_written_above_its_mapping_says_where_it_belongs():
    _, ctx = fields("id: bridge\npins: []\n", elsewhere={"pins": "comparison"})
    assert ctx.problems[0].message == "Unknown key 'pins'; it belongs under 'comparison'"
    _, ctx = fields("id: bridge\nzzzzzz: 1\n")
    assert ctx.problems[0].message.startswith("Unknown key 'zzzzzz'; expected one of: id, title")


def test_a_required_value_missing_null_or_blank_is_an_error_saying_what_was_expected():
    f, ctx = fields("id: bridge\ntitle: ''\ndate: null\n")
    assert f.text("title", required=True) is INVALID
    assert f.date("date", required=True) is INVALID
    assert f.text("kind", required=True, what="a kind") is INVALID
    assert [(p.origin.line, p.origin.key, p.message) for p in ctx.problems] == [
        (2, "topics[0].title", "Expected a string but received an empty string"),
        (3, "topics[0].date", "Expected a date YYYY-MM-DD but received nothing (null)"),
        (1, "topics[0].kind", "Expected the required key 'kind' (a kind) but it is missing"),
    ]


def test_a_value_of_the_wrong_shape_is_an_error_naming_what_was_given():
    f, ctx = fields("title: [a, b]\ndate: 2001-02-30\nkind: persn\nurl: javascript:alert(1)\naliases: Ruiz\n")
    assert f.text("title") is INVALID
    assert f.date("date") is INVALID
    assert f.choice("kind", ("person", "state")) is INVALID
    assert f.url("url") is INVALID
    assert f.texts("aliases") is INVALID
    messages = [p.message for p in ctx.problems]
    assert messages[0] == "Expected a string but received a list"
    assert messages[1] == "Expected a date YYYY-MM-DD but received: '2001-02-30'"
    assert messages[2] == "Expected one of person, state but received: 'persn'; did you mean 'person'?"
    assert messages[3].startswith("Expected an http:// or https:// URL")
    assert messages[4] == "Expected a list of strings but received a string: 'Ruiz' (write it as [Ruiz])"


def test_lists_give_their_items_with_their_keys_and_refuse_blank_items():
    f, ctx = fields("aliases:\n  - ' Ruiz '\n  - A. Ruiz\n")
    assert f.texts("aliases") == ("Ruiz", "A. Ruiz")
    items = f.items("aliases")
    assert isinstance(items, list)
    assert [key for _node, key in items] == ["topics[0].aliases[0]", "topics[0].aliases[1]"]
    f, ctx = fields("aliases:\n  - Ruiz\n  - '  '\n  - null\n")
    assert f.texts("aliases") is INVALID
    assert [(p.origin.key, p.message) for p in ctx.problems] == [
        ("topics[0].aliases[1]", "Expected a non-empty string but received a blank string: '  '"),
        ("topics[0].aliases[2]", "Expected a non-empty string but received nothing (null)"),
    ]


def test_a_choice_or_url_left_out_takes_its_default():
    f, ctx = fields("id: bridge\nurl: null\n")
    assert f.choice("kind", ("person", "state"), default="person") == "person"
    assert f.url("url") is None and f.url("title") is None
    assert fields("url: ' https://example.org/a '\n")[0].url("url") == "https://example.org/a"
    assert ctx.problems == []


def test_a_nested_mapping_is_read_with_its_own_keys_and_path():
    f, ctx = fields("comparison:\n  pins: []\n  vetos: []\n")
    nested = f.mapping("comparison", ("pins", "vetoes"), "a comparison")
    assert nested is not None and nested.items("pins") == []
    assert [(p.origin.key, p.message) for p in ctx.problems] == [
        ("topics[0].comparison.vetos", "Unknown key 'vetos'; did you mean 'vetoes'?")
    ]
    assert f.mapping("title", ("x",), "a mapping") is None


def test_a_node_that_is_no_mapping_is_reported_once():
    ctx = FileContext("dossier/topics.yml")
    assert Fields.of(ctx, parse_yaml("- a\n"), "topics[0]", KEYS, "a topic") is None
    assert Fields.of(ctx, None, "topics[1]", KEYS, "a topic") is None
    assert [p.message for p in ctx.problems] == [
        "Expected a topic but received a list",
        "Expected a topic but received nothing",
    ]


def test_unknown_ids_get_the_closest_known_ones_or_a_short_list():
    assert closest("ana-ruis", ["ben-ode", "ana-ruiz"]) == ["ana-ruiz"]
    assert closest("zzz", ["ben-ode", "ana-ruiz"]) == []
    assert suggest_ids("ana-ruis", {"ana-ruiz"}, "actor") == "did you mean 'ana-ruiz'?"
    assert suggest_ids("x", set(), "actor") == "no actor is defined"
    many = {f"topic-{n:02d}" for n in range(12)}
    listed = suggest_ids("zzzzzzzzzzzz", many, "topic")
    assert listed.startswith("valid topic ids: topic-00, topic-01") and listed.endswith(", ...")


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("Bridge Vote", "such as 'bridge-vote'"),
        ("", "that is a slug"),
        ("a" * (MAX_ID_LENGTH + 1), f"at most {MAX_ID_LENGTH} characters"),
        ("index", "names a section's index page"),
    ],
)
def test_an_id_must_be_a_short_slug_naming_no_index_page(value: str, says: str):
    problem = id_problem(value)
    assert problem is not None and says in problem
    assert not is_slug("Bridge") and is_slug("bridge-2")


def test_a_good_id_has_no_problem_and_nouns_take_their_article():
    assert id_problem("bridge-vote") is None
    assert (a("article"), a("topic"), a("event"), a("outlet")) == (
        "an article",
        "a topic",
        "an event",
        "an outlet",
    )
