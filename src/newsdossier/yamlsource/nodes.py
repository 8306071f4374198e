"""Located YAML values (YNode), the error a file that cannot be read raises, and the size
limits every reader of dossier/ keeps to; values are quoted in messages through shown()."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..records import Problem

# A per-article file is about 2 KB and a 1,000-actor actors.yml about 300 KB; 2 MB
# leaves room for large dossiers while libyaml still parses it in about 0.2 s.
MAX_YAML_BYTES = 2_000_000
# The schema nests at most 6 levels (topics > comparison > pins > passages > item);
# a limit of 40 accepts any sane file and stops pathological "[[[[..." input at once
# (libyaml's parser takes minutes on 200,000 levels, PyYAML's composer crashes).
MAX_YAML_DEPTH = 40
# Values counted with every alias expanded. The largest realistic file holds ~50,000
# values; a billion-laughs document reaches this limit after a few aliases.
MAX_YAML_VALUES = 200_000
# Characters of text (scalars, keys included) counted with every alias expanded: what the
# later stages may copy into pages. A file is at most 2 MB as written; twice that leaves room
# for honest anchors while one long string aliased thousands of times (which passes the value
# limit) is stopped before rendering tries to build gigabytes of pages.
MAX_YAML_EXPANDED_CHARS = 2 * MAX_YAML_BYTES

# Values quoted in messages are cut after this many characters (two thirds of a terminal line).
MAX_SHOWN_CHARS = 60

# Dotted keys in messages stop after this many levels (the schema nests at most 6).
_MAX_KEY_DEPTH = 8

ScalarType = Literal["null", "bool", "int", "float", "timestamp", "str", "other"]


class YAMLSourceError(Exception):
    """A file that cannot be read as YAML; carries the line (1-based) and a message."""

    def __init__(self, line: int | None, message: str, key: str | None = None, from_parser: bool = False):
        super().__init__(message)
        self.line = line
        self.message = message
        self.key = key  # the dotted key being read when it happened, if known
        self.from_parser = from_parser  # worded by PyYAML/libyaml rather than by the project's limits


@dataclass
class YNode:
    """A YAML value with its 1-based line.

    `value` is the scalar's text exactly as written (for scalars), a list of
    (key text, key line, value node) triples (mappings, in file order) or a list of
    nodes (sequences). `type` is the YAML 1.1 type a scalar resolves to; loaders use
    the text, so `country: NO` stays "NO" where a string is expected.
    """

    kind: Literal["scalar", "mapping", "sequence"]
    line: int
    value: object
    type: ScalarType = "str"
    size: int = 1  # values in this subtree, aliases expanded
    chars: int = 0  # characters of text in this subtree, aliases expanded

    @property
    def is_null(self) -> bool:
        return self.kind == "scalar" and self.type == "null"

    def describe(self) -> str:
        """What a reader should be told they gave, e.g. "a list" or "a number: 12"."""
        if self.kind == "mapping":
            return "a mapping"
        if self.kind == "sequence":
            return "a list"
        words = {
            "null": "nothing (null)",
            "bool": "a boolean",
            "int": "a number",
            "float": "a number",
            "timestamp": "a date",
        }
        if self.type == "null":
            return words["null"]
        if self.type in words:
            return f"{words[self.type]}: {self.value}"
        return f"a string: {shown(self.value)}"


def shown(value: object) -> str:
    """A value quoted for a message, cut short so that a pasted megabyte cannot flood the report."""
    text = str(value)
    if len(text) > MAX_SHOWN_CHARS:
        text = text[:MAX_SHOWN_CHARS] + "..."
    return repr(text)


def join_key(path: str, key: str | int) -> str:
    """Dotted key paths as messages show them: `topics[1].comparison.pins[0]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def plain(node: YNode | None) -> object:
    """The Python value of a located tree (scalars as their text): for code that only needs the
    data of a file read safely. Depth is bounded by the parser's limit; aliases stay shared."""
    if node is None:
        return None
    if node.kind == "mapping":
        return {key: plain(value) for key, _line, value in node.value}  # type: ignore[attr-defined]
    if node.kind == "sequence":
        return [plain(item) for item in node.value]  # type: ignore[attr-defined]
    return None if node.is_null else node.value


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
