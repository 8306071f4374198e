"""Read one YAML mapping against its schema, collecting problems instead of raising.

Like MkDocs' config options: each reader says what it expected and what it received,
and points at the file, line and dotted key, so one run reports every problem.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import cast

import yaml
from rapidfuzz import fuzz, process
from slugify import slugify

from ..records import Origin, Problem
from ..yamlsource import YNode, join_key, shown

# Close-match cutoff (normalised edit similarity, as difflib's ratio): 0.6 catches one- or two-letter typos in
# keys (`publised`, `titel`) and ids (`paris-sumit`) without suggesting unrelated words.
SUGGESTION_CUTOFF = 0.6
# Longest value a "write it as [...]" hint repeats.
MAX_HINT_CHARS = 60
# How many valid ids a message lists when none is close to what was given.
MAX_LISTED_IDS = 8

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# http(s) only, and none of the characters that end an HTML attribute or a Markdown link.
_URL_RE = re.compile(r"https?://[^\s/<>\"'`()\[\]]+[^\s<>\"'`]*", re.IGNORECASE)
# Ids become page file names ("articles/<id>.md") and URLs; file names are limited to
# 255 bytes, and no real id needs more than a headline's first words.
MAX_ID_LENGTH = 100
# Ids that would replace a generated section page such as articles/index.md.
RESERVED_IDS = ("index",)


class Invalid:
    """Marks a value that was wrong (and already reported), as opposed to absent."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID = Invalid()


@dataclass
class FileContext:
    """The file being read and the problems found so far (shared by all its readers)."""

    file: str  # relative to the project root
    problems: list[Problem] = field(default_factory=list)

    def origin(self, at: YNode | int | None, key: str | None) -> Origin:
        """Where `at` (a node, or a line number) is; key is the dotted key path."""
        line = at if isinstance(at, int) or at is None else at.line
        return Origin(self.file, line, key or None)

    def error(self, at: YNode | int | None, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.origin(at, key), message))

    def warning(self, at: YNode | int | None, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.origin(at, key), message, "warning"))


join = join_key


def closest(value: str, candidates: list[str] | set[str] | tuple[str, ...], n: int = 3) -> list[str]:
    """The valid names most like `value`, best first (rapidfuzz: fast even for 10,000 ids)."""
    matches = process.extract(
        value, sorted(candidates), scorer=fuzz.ratio, limit=n, score_cutoff=SUGGESTION_CUTOFF * 100
    )
    return [name for name, _score, _index in matches]


def suggest_ids(value: str, known: list[str] | set[str], what: str) -> str:
    """The end of an unknown-id message: the closest valid ids, or all of them."""
    if not known:
        return f"no {what} is defined"
    near = closest(value, known)
    if near:
        return "did you mean " + " or ".join(repr(k) for k in near) + "?"
    listed = sorted(known)[:MAX_LISTED_IDS]
    more = ", ..." if len(known) > MAX_LISTED_IDS else ""
    return f"valid {what} ids: " + ", ".join(listed) + more


class Fields:
    """A mapping read against a fixed set of keys; unknown keys are reported with a suggestion."""

    def __init__(
        self,
        ctx: FileContext,
        node: YNode,
        path: str,
        keys: tuple[str, ...],
        elsewhere: dict[str, str] | None = None,
    ):
        self.ctx, self.node, self.path, self.keys = ctx, node, path, keys
        self.elsewhere = elsewhere or {}  # keys that belong in a nested mapping: key -> its parent
        self.values: dict[str, YNode] = {}
        self.lines: dict[str, int] = {}
        self.suggested: set[str] = set()  # keys offered for a typo: not also reported as missing
        self.misplaced: dict[
            str, str
        ] = {}  # keys found one level too high: key -> the mapping they belong in
        for key, line, value in cast("list[tuple[str, int, YNode]]", node.value):
            if key in keys:
                self.values[key] = value
                self.lines[key] = line
            else:
                self._unknown(key, line)

    @classmethod
    def of(
        cls, ctx: FileContext, node: YNode | None, path: str, keys: tuple[str, ...], what: str,
        elsewhere: dict[str, str] | None = None,
    ) -> Fields | None:  # fmt: skip
        """Fields of `node` if it is a mapping; otherwise report it and return None."""
        if node is None or node.kind != "mapping":
            received = "nothing" if node is None else node.describe()
            ctx.error(node, path, f"Expected {what} but received {received}")
            return None
        return cls(ctx, node, path, keys, elsewhere)

    def _unknown(self, key: str, line: int) -> None:
        origin = Origin(self.ctx.file, line, join(self.path, key))
        near = closest(key, self.keys, n=1)
        if key in self.elsewhere:
            hint = f"it belongs under {shown(self.elsewhere[key])}"
            self.misplaced[key] = self.elsewhere[key]
        elif near:
            hint = f"did you mean {shown(near[0])}?"
            self.suggested.add(near[0])
        else:
            hint = "expected one of: " + ", ".join(self.keys)
        self.ctx.problems.append(Problem(origin, f"Unknown key {shown(key)}; {hint}"))

    def key(self, name: str) -> str:
        return join(self.path, name)

    def at(self, name: str) -> int:
        """The line to point at for `name`: its key's, or the mapping's when it is missing."""
        return self.lines.get(name, self.node.line)

    def has(self, name: str) -> bool:
        return name in self.values

    def missing(self, name: str, what: str) -> None:
        if name in self.suggested:
            return  # the typo's message already says which key was meant
        self.ctx.error(
            self.node, self.key(name), f"Expected the required key {shown(name)} ({what}) but it is missing"
        )

    # -- scalars ------------------------------------------------------------------------

    def text(
        self,
        name: str,
        *,
        required: bool = False,
        nullable: bool = False,
        what: str = "a string",
        exact: bool = False,
    ) -> str | None | Invalid:
        """A string: any scalar's text as written, stripped unless `exact` (text to find in a
        seed). Required strings must not be blank."""
        node = self.values.get(name)
        if node is None:
            if required:
                self.missing(name, what)
                return INVALID
            return None
        if node.is_null:
            if nullable:
                return None
            if required:
                self.ctx.error(self.at(name), self.key(name), f"Expected {what} but received nothing (null)")
                return INVALID
            return None
        if node.kind != "scalar":
            self.ctx.error(self.at(name), self.key(name), f"Expected {what} but received {node.describe()}")
            return INVALID
        value = str(node.value)
        if required and not value.strip():
            self.ctx.error(self.at(name), self.key(name), f"Expected {what} but received {blank(value)}")
            return INVALID
        return value if exact else value.strip()

    def nonempty_text(self, name: str, what: str = "a non-empty string") -> str | None | Invalid:
        """An optional exact string that, when given, must not be blank (a marker that would match everything)."""
        value = self.text(name, what=what, exact=True)
        if isinstance(value, str) and not value.strip():
            self.ctx.error(self.at(name), self.key(name), f"Expected {what} but received {blank(value)}")
            return INVALID
        return value

    def choice(
        self, name: str, choices: tuple[str, ...], *, required: bool = False, default: str | None = None
    ) -> str | None | Invalid:
        what = "one of " + ", ".join(choices)
        value = self.text(name, required=required, what=what)
        if value is None:
            return default
        if isinstance(value, str) and value not in choices:
            near = closest(value, choices, n=1)
            hint = f"; did you mean {shown(near[0])}?" if near else ""
            self.ctx.error(
                self.at(name), self.key(name), f"Expected {what} but received: {shown(value)}{hint}"
            )
            return INVALID
        return value

    def date(self, name: str, *, required: bool = False, nullable: bool = False) -> dt.date | None | Invalid:
        what = "a date YYYY-MM-DD"
        value = self.text(name, required=required, nullable=nullable, what=what)
        if not isinstance(value, str):
            return value
        return parse_date(self.ctx, self.at(name), self.key(name), value)

    def url(self, name: str) -> str | None | Invalid:
        """An http(s) URL or null: other schemes (javascript:, data:) must never become links."""
        what = "an http:// or https:// URL without spaces, quotes or angle brackets"
        value = self.text(name, nullable=True, what=what)
        if isinstance(value, str) and not _URL_RE.fullmatch(value.strip()):
            self.ctx.error(self.at(name), self.key(name), f"Expected {what} but received: {shown(value)}")
            return INVALID
        return value.strip() if isinstance(value, str) else value

    # -- collections --------------------------------------------------------------------

    def items(
        self, name: str, *, required: bool = False, what: str = "a list"
    ) -> list[tuple[YNode, str]] | Invalid:
        """The items of a list with their keys; null or missing is an empty list."""
        node = self.values.get(name)
        if node is None:
            if required:
                self.missing(name, what)
                return INVALID
            return []
        if node.is_null:
            return []
        if node.kind != "sequence":
            hint = _as_list_hint(node)
            self.ctx.error(
                self.at(name), self.key(name), f"Expected {what} but received {node.describe()}{hint}"
            )
            return INVALID
        items = cast("list[YNode]", node.value)
        return [(item, join(self.key(name), i)) for i, item in enumerate(items)]

    def texts(
        self, name: str, *, what: str = "a list of strings", item: str = "a non-empty string"
    ) -> tuple[str, ...] | Invalid:
        """A list of non-blank strings, stripped (bylines, questions...)."""
        entries = self.text_items(name, what=what, item=item)
        return INVALID if isinstance(entries, Invalid) else tuple(value for value, _node, _key in entries)

    def text_items(
        self, name: str, *, what: str, item: str, exact: bool = False
    ) -> list[tuple[str, YNode, str]] | Invalid:
        """A list of non-blank strings with their nodes and keys; INVALID if any is wrong."""
        entries = self.items(name, what=what)
        if isinstance(entries, Invalid):
            return INVALID
        values = [(item_text(self.ctx, node, key, item, exact), node, key) for node, key in entries]
        if any(isinstance(value, Invalid) for value, _node, _key in values):
            return INVALID
        return values  # type: ignore[return-value]

    def mapping(self, name: str, keys: tuple[str, ...], what: str) -> Fields | None:
        node = self.values.get(name)
        if node is None or node.is_null:
            return None
        fields = Fields.of(self.ctx, node, self.key(name), keys, what)
        if fields is not None:  # a key written above its mapping is reported once, not also as missing
            fields.suggested |= {key for key, parent in self.misplaced.items() if parent == name}
        return fields


def _as_list_hint(node: YNode) -> str:
    """ " (write it as [x])" for a short one-line scalar given where a list is expected."""
    text = str(node.value)
    if node.kind != "scalar" or node.is_null or "\n" in text or len(text) > MAX_HINT_CHARS:
        return ""
    return f" (write it as {yaml.safe_dump([text], default_flow_style=True, width=1000).strip()})"


def item_text(
    ctx: FileContext, node: YNode, key: str, what: str = "a non-empty string", exact: bool = False
) -> str | Invalid:
    """A list item that must be non-blank text; stripped unless `exact`."""
    if node.kind != "scalar" or node.is_null:
        ctx.error(node, key, f"Expected {what} but received {node.describe()}")
        return INVALID
    value = str(node.value)
    if not value.strip():
        ctx.error(node, key, f"Expected {what} but received {blank(value)}")
        return INVALID
    return value if exact else value.strip()


def blank(value: str) -> str:
    return "an empty string" if not value else f"a blank string: {shown(value)}"


def a(noun: str) -> str:
    """The noun with its indefinite article: "an article", "a topic"."""
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def parse_date(ctx: FileContext, node: YNode | int, key: str, value: str) -> dt.date | Invalid:
    text = value.strip()
    if _DATE_RE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    ctx.error(node, key, f"Expected a date YYYY-MM-DD but received: {shown(value)}")
    return INVALID


def is_slug(value: str) -> bool:
    return bool(value) and slugify(value) == value


def id_problem(value: str, what: str = "an id") -> str | None:
    """What is wrong with an id, or None: it must be a short slug that names no section page."""
    if not is_slug(value):
        example = slugify(value, max_length=MAX_ID_LENGTH, word_boundary=True) or "paris-summit"
        return (
            f"Expected {what} that is a slug (lowercase letters, digits and hyphens) "
            f"such as {shown(example)} but received: {shown(value)}"
        )
    if len(value) > MAX_ID_LENGTH:
        return (
            f"Expected {what} of at most {MAX_ID_LENGTH} characters but received {len(value)}: {shown(value)}"
        )
    if value in RESERVED_IDS:
        return f"Expected {what} other than {shown(value)}, which names a section's index page"
    return None
