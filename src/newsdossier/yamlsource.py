"""Read YAML into located nodes: every value keeps its line, so errors can point at it.

PyYAML's composer is recursive (the C one segfaults on deeply nested input) and
shares aliased nodes, so a "billion laughs" document looks small until someone walks
it. We therefore build the tree ourselves from the parser's event stream, with
limits on nesting depth and on the number of values once aliases are expanded, and
fail fast with a message instead of a crash or a hang.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from yaml.resolver import Resolver

from .records import Origin, Problem

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

# C0 controls other than tab and line ends, and DEL: YAML escapes such as "\0" or "\e"
# can put them in a string, and they have no business in titles or notes.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = Resolver()

ScalarType = Literal["null", "bool", "int", "float", "timestamp", "str", "other"]
_TAG_TYPES: dict[str, ScalarType] = {
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:timestamp": "timestamp",
    "tag:yaml.org,2002:str": "str",
}
_ALLOWED_EXPLICIT_TAGS = {"!", *_TAG_TYPES}  # the standard scalar tags; never python/* or !custom


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


def join_key(path: str, key: str | int) -> str:
    """Dotted key paths as messages show them: `topics[1].comparison.pins[0]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def read_yaml_file(path: Path, rel: str, root: Path | None = None) -> tuple[YNode | None, list[Problem]]:
    """Read a YAML file safely: a file outside `root` (through a symlink), size, encoding and
    syntax problems become errors; a TODO an editor left (`dossier add` drafts hold some) a warning.
    This is the one way any part of the project reads a file of dossier/."""
    if root is not None:
        message = outside_message(path, root, "the project")
        if message:
            return None, [Problem(Origin(rel), message)]
    data, message = read_bounded(path, MAX_YAML_BYTES, "a YAML file")
    if message:
        return None, [Problem(Origin(rel), message)]
    text, message, line = decode_text(data)
    if message:
        return None, [Problem(Origin(rel, line), message)]
    todos = [
        Problem(
            Origin(rel, number),
            f"Expected no TODO left in the dossier but received: {shown(text.strip())}",
            "warning",
        )
        for number, text in enumerate(text.splitlines(), 1)
        if "TODO" in text
    ]
    try:
        return parse_yaml(text), todos
    except YAMLSourceError as exc:
        return None, [Problem(Origin(rel, exc.line, exc.key), exc.message), *todos]


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


def outside_message(path: Path, folder: Path, name: str) -> str:
    """Why `path` may not be read (a link leading outside `folder`), or "" when it stays inside.

    Resolved before anything is opened, so that no byte of a file elsewhere (a key, a password
    file) can ever be quoted in a message."""
    try:
        resolved = Path(os.path.realpath(path))
        inside = resolved.is_relative_to(Path(os.path.realpath(folder)))
    except (OSError, ValueError):
        inside = False
    if inside:
        return ""
    return f"Expected a file inside {name} but received a link that leads outside it"


def read_bounded(path: Path, limit: int, what: str) -> tuple[bytes, str]:
    """The bytes of a regular file of at most `limit` bytes, or a message saying why not.

    Opened without blocking and checked on the open descriptor, so a FIFO, a device
    (/dev/zero) or a file swapped in between check and read can never hang the build.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return b"", f"Expected {what} but there is no such file"
    except OSError as exc:
        return b"", f"Expected {what} that can be read but received an error: {exc.strerror}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a special file (a pipe or a device)"
            return b"", f"Expected {what} (a regular file) but received {kind}"
        if info.st_size > limit:
            return b"", f"Expected {what} of at most {_size(limit)} but received {_size(info.st_size)}"
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        return b"", f"Expected {what} that can be read but received an error: {exc.strerror}"
    finally:
        os.close(fd)
    if total > limit:  # grew since fstat
        return b"", f"Expected {what} of at most {_size(limit)} but received more"
    return b"".join(chunks), ""


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"


def decode_text(data: bytes, what: str = "") -> tuple[str, str, int | None]:
    """Decode UTF-8 text (a leading BOM is dropped): (text, "", None), or ("", message, line)
    for binary data or bytes that are not UTF-8. `what` names the file in the message."""
    where = f" in {what}" if what else ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", f"Expected UTF-8 text{where} but received UTF-16 (save the file as UTF-8)", 1
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _line_col(data, nul)
        return (
            "",
            f"Expected text{where} but received binary data (a NUL byte at line {line}, column {column})",
            line,
        )
    try:
        return data.decode("utf-8-sig"), "", None
    except UnicodeDecodeError as exc:
        line, column = _line_col(data, exc.start)
        return (
            "",
            (
                f"Expected UTF-8 text{where} but received the byte 0x{data[exc.start]:02x} at line {line}, "
                f"column {column}, which is not UTF-8 (save the file as UTF-8)"
            ),
            line,
        )


def _short(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


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
