"""YAML read into located nodes, with limits that stop hostile documents at once."""

from __future__ import annotations

import time

import pytest

from newsdossier.yamlsource import MAX_YAML_DEPTH, MAX_YAML_VALUES, YAMLSourceError, decode_text, parse_yaml


def _mapping(node):
    return {key: value for key, _line, value in node.value}


def test_nodes_keep_lines_and_written_text():
    root = parse_yaml("title: Hello\nlist:\n  - 1\n  - NO\ndate: 2015-10-02\nempty:\n")
    values = _mapping(root)
    assert root.kind == "mapping" and root.line == 1
    assert values["title"].value == "Hello" and values["title"].line == 1
    assert [(n.value, n.type, n.line) for n in values["list"].value] == [("1", "int", 3), ("NO", "bool", 4)]
    assert values["date"].type == "timestamp" and values["date"].value == "2015-10-02"
    assert values["empty"].is_null


def test_quoted_scalars_are_strings():
    values = _mapping(parse_yaml("a: '12'\nb: \"no\"\nc: !!str 2015-01-01\n"))
    assert [values[k].type for k in "abc"] == ["str", "str", "str"]


def test_empty_document_is_none():
    assert parse_yaml("") is None
    assert parse_yaml("# only a comment\n") is None


def test_key_lines_are_recorded():
    root = parse_yaml("a: 1\n\nb: 2\n")
    assert [(key, line) for key, line, _value in root.value] == [("a", 1), ("b", 3)]


@pytest.mark.parametrize(
    "text, line, fragment",
    [
        ("a: b: c\n", 1, "mapping values are not allowed"),
        ("a: 1\na: 2\n", 2, "Expected each key once but received 'a' again (first on line 1)"),
        ("a: 1\n---\nb: 2\n", 2, "second one"),
        ("a: !!python/object/apply:os.system ['ls']\n", 1, "'!!python/object/apply:os.system'"),
        ("a: !custom x\n", 1, "'!custom'"),
        ("a: *missing\n", 1, "defined anchor"),
        ("a: &x [1, *x]\n", 1, "inside &x"),
        ("<<: {a: 1}\n", 1, "merge key"),
        ("[1]: a\n", 1, "plain key"),
        ("a: 'open\n", 2, "unexpected end of stream"),
    ],
)
def test_bad_yaml_is_reported_with_its_line(text, line, fragment):
    with pytest.raises(YAMLSourceError) as raised:
        parse_yaml(text)
    assert raised.value.line == line
    assert fragment in raised.value.message


def test_billion_laughs_is_stopped_fast():
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    started = time.perf_counter()
    with pytest.raises(YAMLSourceError) as raised:
        parse_yaml("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 1.0
    assert f"{MAX_YAML_VALUES:,} values" in raised.value.message


def test_aliases_below_the_limit_are_fine():
    root = parse_yaml("a: &a [x, y]\nb: *a\nc: *a\n")
    values = _mapping(root)
    assert values["b"] is values["a"]
    assert [n.value for n in values["c"].value] == ["x", "y"]


def test_deep_nesting_is_stopped_fast():
    """PyYAML's C composer segfaults and its parser takes minutes on input like this."""
    started = time.perf_counter()
    with pytest.raises(YAMLSourceError) as raised:
        parse_yaml("a: " + "[" * 200_000 + "]" * 200_000)
    # libyaml stops at its own depth and the pure-Python parser then words the error; its scanner
    # looks 1,024 characters ahead, which costs ~1 s whatever the length (measured 1.0 s at 1,000
    # and at 200,000 brackets): the bound catches a hang, not noise.
    assert time.perf_counter() - started < 3.0
    assert f"at most {MAX_YAML_DEPTH} levels" in raised.value.message


def test_nesting_below_the_limit_is_fine():
    depth = MAX_YAML_DEPTH - 1
    node = parse_yaml("[" * depth + "]" * depth)
    for _ in range(depth - 1):
        node = node.value[0]
    assert node.value == []


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"plain text\n", ("plain text\n", "", None)),
        (b"\xef\xbb\xbfwith bom", ("with bom", "", None)),
        (
            "\ufeffHello".encode("utf-16"),
            ("", "Expected UTF-8 text but received UTF-16 (save the file as UTF-8)", 1),
        ),
        (b"one\ntwo\x00", ("", "Expected text but received binary data (a NUL byte at line 2, column 4)", 2)),
        (
            b"ok\ncaf\xe9\n",
            (
                "",
                "Expected UTF-8 text but received the byte 0xe9 at line 2, column 4, "
                "which is not UTF-8 (save the file as UTF-8)",
                2,
            ),
        ),
    ],
)
def test_decode_text(data, expected):
    assert decode_text(data) == expected


@pytest.mark.parametrize(
    "text, key",
    [
        ("items:\n  - name: a\n  - name: 'open\n", "items[1].name"),
        ("a:\n  b: 1\n  b: 2\n", "a.b"),
        ("list:\n  - x\n  - !!python/name:os.system y\n", "list[1]"),
        ("deep: " + "[" * 50 + "]" * 50, "deep[0][0][0][0][0][0][0]..."),
    ],
)
def test_yaml_errors_name_the_key_being_read(text, key):
    with pytest.raises(YAMLSourceError) as raised:
        parse_yaml(text)
    assert raised.value.key == key


@pytest.mark.parametrize("escape", ["\\0", "\\e", "\\x07", "\\x7f"])
def test_control_characters_from_escapes_are_refused(escape):
    with pytest.raises(YAMLSourceError) as raised:
        parse_yaml(f'title: "a{escape}b"\n')
    assert raised.value.message.startswith("Expected text without control characters")


def test_tabs_and_line_breaks_in_strings_are_text():
    node = parse_yaml('a: "one\\ttwo\\nthree"\n')
    assert node.value[0][2].value == "one\ttwo\nthree"
