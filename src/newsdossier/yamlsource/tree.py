"""YAML text to located nodes, built from the parser's event stream.

PyYAML's composer is recursive (the C one segfaults on deeply nested input) and shares aliased
nodes, so a "billion laughs" document looks small until someone walks it. The tree is built
here instead, with limits on nesting depth, on the number of values and on the characters of
text once aliases are expanded, failing fast with a message instead of a crash or a hang.
"""

from __future__ import annotations

import re

import yaml
from yaml.resolver import Resolver

from .nodes import (
    _MAX_KEY_DEPTH,
    MAX_YAML_DEPTH,
    MAX_YAML_EXPANDED_CHARS,
    MAX_YAML_VALUES,
    ScalarType,
    YAMLSourceError,
    YNode,
    join_key,
    shown,
)

# C0 controls other than tab and line ends, and DEL: YAML escapes such as "\0" or "\e"
# can put them in a string, and they have no business in titles or notes.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = Resolver()

_TAG_TYPES: dict[str, ScalarType] = {
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:timestamp": "timestamp",
    "tag:yaml.org,2002:str": "str",
}
_ALLOWED_EXPLICIT_TAGS = {"!", *_TAG_TYPES}  # the standard scalar tags; never python/* or !custom


def parse_yaml(text: str) -> YNode | None:
    """Parse one YAML document into located nodes; None for an empty document.

    Raises YAMLSourceError with the line of the first problem.
    """
    try:
        return _build_tree(text, _Loader)
    except YAMLSourceError as exc:
        if _Loader is yaml.SafeLoader or not exc.from_parser:
            raise  # the project's own limits say the same whichever parser found them
    # libyaml's own limits and wording change between releases (it stops deep nesting before our
    # depth check sees it): the pure-Python parser finds the same problem in the project's words.
    return _build_tree(text, yaml.SafeLoader)


def _build_tree(text: str, loader: type) -> YNode | None:
    builder = _TreeBuilder()
    try:
        for event in yaml.parse(text, Loader=loader):
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        raise YAMLSourceError(*_describe_yaml_error(exc), builder.current_key(), from_parser=True) from None
    except yaml.YAMLError as exc:  # reader errors without a mark
        message = f"Expected valid YAML but received an error: {exc}"
        raise YAMLSourceError(None, message, from_parser=True) from None
    except YAMLSourceError as exc:
        exc.key = exc.key or builder.current_key()
        raise
    return builder.root


def _short(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def _describe_yaml_error(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    parts = [exc.problem or "invalid YAML"]
    if mark is not None:
        parts[0] += f" (column {mark.column + 1})"
    if exc.context:
        context = exc.context
        if exc.context_mark is not None and exc.context_mark.line + 1 != line:
            context += f" started on line {exc.context_mark.line + 1}"
        parts.append(context)
    return line, "Expected valid YAML but received a syntax error: " + "; ".join(parts)


class _TreeBuilder:
    """Turns parser events into YNodes, enforcing the depth and size limits."""

    def __init__(self) -> None:
        self.root: YNode | None = None
        self.documents = 0
        self.stack: list[tuple[YNode, list]] = []  # open collections and their pending items
        self.anchors: dict[str, YNode] = {}
        self.open_anchors: set[str] = set()
        self.anchor_of: dict[int, str] = {}
        self.total = 0
        self.chars = 0

    def feed(self, event: yaml.Event) -> None:
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YAMLSourceError(
                    line, "Expected a single YAML document but received a second one ('---')"
                )
        elif isinstance(event, yaml.ScalarEvent):
            self._add(self._scalar(event, line), event.anchor)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event.anchor or "", line)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._open(event, line)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self._close()

    def _scalar(self, event: yaml.ScalarEvent, line: int) -> YNode:
        tag = event.tag
        if tag is not None and tag not in _ALLOWED_EXPLICIT_TAGS:
            raise YAMLSourceError(
                line, f"Expected plain YAML values but received the tag {shown(_short(tag))}"
            )
        if tag is not None:  # "!" (a string) or a standard tag such as !!str
            resolved = "tag:yaml.org,2002:str" if tag == "!" else tag
        else:
            resolved = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        control = _CONTROL.search(event.value)
        if control:
            raise YAMLSourceError(
                line,
                f"Expected text without control characters but received {control.group()!r} in {shown(event.value)}",
            )
        return YNode("scalar", line, event.value, _TAG_TYPES.get(resolved, "other"), chars=len(event.value))

    def _open(self, event: yaml.CollectionStartEvent, line: int) -> None:
        if event.tag is not None and event.tag not in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "!"):
            raise YAMLSourceError(
                line, f"Expected plain YAML values but received the tag {shown(_short(event.tag))}"
            )
        if len(self.stack) >= MAX_YAML_DEPTH:
            raise YAMLSourceError(
                line, f"Expected at most {MAX_YAML_DEPTH} levels of nesting but received more"
            )
        node = YNode("mapping" if isinstance(event, yaml.MappingStartEvent) else "sequence", line, [])
        if event.anchor:
            self._register_anchor(event.anchor, node, line)
            self.open_anchors.add(event.anchor)
        self.stack.append((node, []))

    def current_key(self) -> str | None:
        """The dotted key of the value being parsed, from the open collections."""
        path = ""
        for depth, (node, items) in enumerate(self.stack):
            if depth == _MAX_KEY_DEPTH:
                return path + "..."
            if node.kind == "sequence":
                path = join_key(path, len(items))
            elif len(items) % 2 == 1 and items[-1].kind == "scalar":
                path = join_key(path, str(items[-1].value))
            else:
                break
        return path or None

    def _close(self) -> None:
        path = self.current_key() or ""
        node, items = self.stack.pop()
        anchor = self.anchor_of.get(id(node))
        if anchor:
            self.open_anchors.discard(anchor)
        if node.kind == "sequence":
            node.value = items
        else:
            node.value = self._pairs(items, path)
        node.size = 1 + sum(child.size for child in items)
        node.chars = sum(child.chars for child in items)
        self._attach(node)

    def _pairs(self, items: list[YNode], path: str) -> list[tuple[str, int, YNode]]:
        pairs: list[tuple[str, int, YNode]] = []
        seen: dict[str, int] = {}
        for key, value in zip(items[::2], items[1::2], strict=True):
            if key.kind != "scalar":
                raise YAMLSourceError(
                    key.line, f"Expected a plain key but received {key.describe()} as a key"
                )
            if key.value == "<<" and key.type == "other":
                raise YAMLSourceError(
                    key.line, "Expected plain keys but received a merge key '<<' (not supported)"
                )
            text = str(key.value)
            if text in seen:
                raise YAMLSourceError(
                    key.line,
                    f"Expected each key once but received {shown(text)} again (first on line {seen[text]})",
                    join_key(path, text),
                )
            seen[text] = key.line
            pairs.append((text, key.line, value))
        return pairs

    def _add(self, node: YNode, anchor: str | None) -> None:
        if anchor:
            self._register_anchor(anchor, node, node.line)
        self._attach(node)

    def _alias(self, anchor: str, line: int) -> None:
        if anchor in self.open_anchors:
            raise YAMLSourceError(
                line, f"Expected an alias to a finished value but received *{anchor} inside &{anchor}"
            )
        target = self.anchors.get(anchor)
        if target is None:
            raise YAMLSourceError(line, f"Expected an alias to a defined anchor but received *{anchor}")
        self._attach(target, line)

    def _register_anchor(self, anchor: str, node: YNode, line: int) -> None:
        self.anchors[anchor] = node
        self.anchor_of[id(node)] = anchor

    def _attach(self, node: YNode, line: int | None = None) -> None:
        if node.kind == "scalar" or line is not None:
            self.total += node.size
            self.chars += node.chars
            if self.total > MAX_YAML_VALUES:
                raise YAMLSourceError(
                    line or node.line,
                    f"Expected at most {MAX_YAML_VALUES:,} values once aliases are expanded but received more "
                    "(aliases that multiply, as in a 'billion laughs' document)",
                )
            if self.chars > MAX_YAML_EXPANDED_CHARS:
                raise YAMLSourceError(
                    line or node.line,
                    f"Expected at most {MAX_YAML_EXPANDED_CHARS:,} characters of text once aliases are "
                    "expanded but received more (a long value repeated through aliases)",
                )
        if self.stack:
            self.stack[-1][1].append(node)
        else:
            self.root = node
