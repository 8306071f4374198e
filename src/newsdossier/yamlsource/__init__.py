"""Read YAML into located nodes: every value keeps its line, so errors can point at it.

nodes.py    the located values (YNode), the error, the size limits, shown() for messages
tree.py     YAML text to nodes from the parser's events, with the limits enforced
files.py    files read safely (inside the project, bounded, UTF-8) and read_yaml_file
"""

from __future__ import annotations

from .files import decode_text, outside_message, read_bounded, read_yaml_file
from .nodes import (
    MAX_SHOWN_CHARS,
    MAX_YAML_BYTES,
    MAX_YAML_DEPTH,
    MAX_YAML_EXPANDED_CHARS,
    MAX_YAML_VALUES,
    ScalarType,
    YAMLSourceError,
    YNode,
    has_errors,
    join_key,
    plain,
    shown,
)
from .tree import parse_yaml

__all__ = [
    "MAX_SHOWN_CHARS",
    "MAX_YAML_BYTES",
    "MAX_YAML_DEPTH",
    "MAX_YAML_EXPANDED_CHARS",
    "MAX_YAML_VALUES",
    "ScalarType",
    "YAMLSourceError",
    "YNode",
    "decode_text",
    "has_errors",
    "join_key",
    "outside_message",
    "parse_yaml",
    "plain",
    "read_bounded",
    "read_yaml_file",
    "shown",
]
