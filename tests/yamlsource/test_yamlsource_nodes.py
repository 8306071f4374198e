"""Located YAML values (yamlsource/nodes.py): what a reader is told they gave, values quoted short,
dotted key paths, plain data from a located tree."""

from __future__ import annotations

import pytest

from newsdossier.records import Origin, Problem
from newsdossier.yamlsource import (
    MAX_SHOWN_CHARS,
    YAMLSourceError,
    YNode,
    has_errors,
    join_key,
    parse_yaml,
    plain,
    shown,
)


def scalar(text: str, kind: str = "str") -> YNode:
    return YNode("scalar", 1, text, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("node", "told"),
    [
        (YNode("mapping", 1, []), "a mapping"),
        (YNode("sequence", 1, []), "a list"),
        (scalar("~", "null"), "nothing (null)"),
        (scalar("NO", "bool"), "a boolean: NO"),
        (scalar("12", "int"), "a number: 12"),
        (scalar("1.5", "float"), "a number: 1.5"),
        (scalar("2015-10-02", "timestamp"), "a date: 2015-10-02"),
        (scalar("soon"), "a string: 'soon'"),
        (scalar("!!binary x", "other"), "a string: '!!binary x'"),
    ],
)
def test_a_node_says_what_kind_of_value_a_reader_gave(node: YNode, told: str):
    assert node.describe() == told


def test_only_a_null_scalar_is_null():
    assert scalar("", "null").is_null
    assert not scalar("null").is_null  # a string that reads "null" (it was quoted)
    assert not YNode("sequence", 1, []).is_null


def test_a_long_value_is_quoted_cut_short():
    assert shown("soon") == "'soon'"
    long_value = "x" * (MAX_SHOWN_CHARS * 100)
    assert shown(long_value) == repr("x" * MAX_SHOWN_CHARS + "...")
    assert shown("x" * MAX_SHOWN_CHARS) == repr("x" * MAX_SHOWN_CHARS)
    assert shown(12) == "'12'" and shown("it's") == '"it\'s"'


def test_keys_are_joined_as_messages_show_them():
    assert join_key("", "topics") == "topics"
    assert join_key("topics", 1) == "topics[1]"
    assert join_key("topics[1]", "comparison") == "topics[1].comparison"
    assert join_key("", 0) == "[0]"


def test_plain_gives_the_data_of_a_tree_with_scalars_as_written():
    tree = parse_yaml("title: Hello\ncountry: NO\nlist:\n  - 1\n  - ~\nwhen: 2015-10-02\nempty:\n")
    assert plain(tree) == {
        "title": "Hello",
        "country": "NO",
        "list": ["1", None],
        "when": "2015-10-02",
        "empty": None,
    }
    assert plain(None) is None
    assert plain(parse_yaml("- a\n- [b, c]\n")) == ["a", ["b", "c"]]


def test_only_errors_count_as_errors():
    warning = Problem(Origin("a.yml"), "TODO left", "warning")
    assert not has_errors([]) and not has_errors([warning])
    assert has_errors([warning, Problem(Origin("a.yml"), "bad")])


def test_a_source_error_carries_its_line_key_and_message():
    error = YAMLSourceError(3, "Expected a mapping", key="topics[0]")
    assert (error.line, error.message, error.key, error.from_parser, str(error)) == (
        3,
        "Expected a mapping",
        "topics[0]",
        False,
        "Expected a mapping",
    )
