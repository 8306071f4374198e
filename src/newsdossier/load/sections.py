"""Readers for each dossier file (see SCHEMA.md): YAML nodes in, records out.

Each reader reports what is wrong in its own file and records the ids it defines and
the ids it refers to; cross-file checks (unknown ids, duplicates) run once all files
are read, in references.py. This module holds the keys of every section, what the readers
collect and their shared helpers, and reads dossier.yml; articles.py reads the articles, topics.py
the topics (and comparison choices), entities.py the outlets, actors and events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..records import (
    DossierInfo,
    Origin,
)
from ..yamlsource import YNode, shown
from .fields import INVALID, Fields, FileContext, Invalid, a, id_problem, item_text

# Aliases are matched as words in article text; a one-letter alias ("A", "I") would
# match nearly every paragraph, so two characters is the floor ("UN", "EU", "IS").
MIN_ALIAS_LENGTH = 2
# A pin aligns passages and a veto splits them: either needs two passages at least.
MIN_ALIGNED_PASSAGES = 2

INFO_KEYS = ("title", "subtitle", "description", "language", "editors", "licence", "methodology")
TOPIC_KEYS = ("id", "title", "date", "summary", "key_questions", "comparison")
COMPARISON_KEYS = ("pins", "vetoes")
PIN_KEYS = ("label", "note", "row", "passages")
VETO_KEYS = ("note", "row", "passages")
# A comparison row's id as `dossier compare TOPIC` prints it (compare/rows.py makes it).
ROW_ID = re.compile(r"r-[0-9a-f]{8}")
PASSAGE_KEYS = ("article", "text")
OUTLET_KEYS = ("id", "name", "kind", "country", "url", "note")
OUTLET_KINDS = ("wire", "newspaper", "broadcaster", "magazine", "website", "unknown")
ACTOR_KEYS = ("id", "name", "kind", "role", "affiliation", "aliases", "bio")
ACTOR_KINDS = ("person", "organisation", "state", "group")
EVENT_KEYS = ("id", "date", "title", "description", "topics", "articles", "actors")
ARTICLE_KEYS = (
    "id", "source", "title", "outlet", "outlet_status", "outlet_note", "via", "published", "byline",
    "dateline", "url", "topics", "cleaning", "corrections", "quote_speakers", "notes",
)  # fmt: skip
PUBLISHED_KEYS = ("date", "status", "note")
# stated: the article says it; inferred: the editors reasoned it out (note: how); recorded: from
# an archive's or a collection's record, not the text (note: which record); unknown.
DATE_STATUSES = ("stated", "inferred", "recorded", "unknown")
KNOWN_STATUSES = ("stated", "inferred", "recorded")
Provenance = Literal["stated", "inferred", "recorded", "unknown"]
CLEANING_KEYS = ("cut_after", "cut_before", "drop", "keep", "subheads", "note")
CORRECTION_KEYS = ("find", "replace", "note")
SPEAKER_DECISION_KEYS = ("quote", "speaker", "note")
# Keys written one level too high, and the mapping they belong in.
ARTICLE_ELSEWHERE = {
    "date": "published", "status": "published",
    "cut_after": "cleaning", "cut_before": "cleaning", "drop": "cleaning", "keep": "cleaning", "subheads": "cleaning",
    "find": "corrections", "replace": "corrections",
}  # fmt: skip
TOPIC_ELSEWHERE = {"pins": "comparison", "vetoes": "comparison"}
_LANGUAGE_CODE = r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"


@dataclass(frozen=True)
class Ref:
    """A reference to an id defined elsewhere, checked once everything is read."""

    kind: str  # "topic", "article", "actor", "outlet"
    value: str
    origin: Origin
    topic: str | None = None  # for comparison passages: the article must belong to this topic


@dataclass(frozen=True)
class Snippet:
    """Text an editor copied from a seed (a marker, a correction, a pinned passage)."""

    article: str
    text: str
    origin: Origin
    what: str  # "the cut_after marker", ...


@dataclass
class Collected:
    """Ids defined and referred to across all files."""

    ids: list[tuple[str, str, Origin]] = field(default_factory=list)  # (kind, id, origin)
    default_ids: set[Origin] = field(default_factory=set)  # ids made from other fields (events)
    broken: set[str] = field(default_factory=set)  # files whose top level has the wrong shape
    refs: list[Ref] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)
    affiliations: list[tuple[str, str, Origin]] = field(default_factory=list)  # (actor id, value, origin)
    names: list[tuple[str, str, Origin]] = field(default_factory=list)  # (actor id, name or alias, origin)
    sources: list[tuple[str, str, Origin]] = field(
        default_factory=list
    )  # (article id, readable seed, origin)


def _mapping(noun: str, *keys: str) -> str:
    return f"{noun} (a mapping with keys such as " + " and ".join(repr(k) for k in keys) + ")"


def _ok(value, default=None):
    return default if value is None or isinstance(value, Invalid) else value


def _refs(f: Fields, name: str, kind: str, out: Collected, what: str) -> tuple[str, ...]:
    """A list of ids of `kind`; each is recorded for the cross-file check."""
    entries = f.items(name, what=f"a list of {what}")
    if isinstance(entries, Invalid):
        return ()
    ids: list[str] = []
    for node, key in entries:
        value = item_text(f.ctx, node, key, a(f"{kind} id"))
        if isinstance(value, str) and value in ids:
            f.ctx.error(
                node, key, f"Expected each {kind} id once in the list but received {shown(value)} again"
            )
        elif isinstance(value, str):
            ids.append(value)
            out.refs.append(Ref(kind, value, f.ctx.origin(node, key)))
    return tuple(ids)


def _id(f: Fields, kind: str, out: Collected, default: str | None = None) -> str | None:
    """The entry's id (required unless a default is given), checked to be a slug."""
    value = f.text("id", required=default is None, what=f"{a(kind)} id (a slug)")
    origin = f.ctx.origin(f.at("id"), f.key("id"))
    if value is None:
        value = default
        out.default_ids.add(origin)
    if not isinstance(value, str):
        return None
    problem = id_problem(value)
    if problem:
        f.ctx.error(f.at("id"), f.key("id"), problem)
    out.ids.append((kind, value, origin))
    return value


def _entries(
    ctx: FileContext, node: YNode | None, name: str, what: str, out: Collected
) -> list[tuple[YNode, str]]:
    """The list under the file's single top-level key (`topics:`, `actors:`...).

    A file of the wrong shape is marked broken, so that references to its ids are not
    all reported as unknown on top of its own error.
    """
    if node is None:
        return []
    f = Fields.of(ctx, node, "", (name,), f"a mapping with the single key {shown(name)}")
    entries = f.items(name, what=f"a list of {what}") if f is not None else INVALID
    if f is None or isinstance(entries, Invalid):
        out.broken.add(name)
        return []
    return entries


# ----------------------------------------------------------------------------- files


def read_info(ctx: FileContext, node: YNode | None) -> DossierInfo:
    f = Fields.of(ctx, node, "", INFO_KEYS, _mapping("the dossier's description", "title"))
    if f is None:
        return DossierInfo(title="")
    language = f.text("language", what="a language code such as 'en'")
    if isinstance(language, str) and not re.fullmatch(_LANGUAGE_CODE, language):
        ctx.error(
            f.at("language"),
            f.key("language"),
            f"Expected a language code such as 'en' but received: {shown(language)}",
        )
    return DossierInfo(
        title=_ok(f.text("title", required=True, what="the dossier's title"), ""),
        subtitle=_ok(f.text("subtitle"), ""),
        description=_ok(f.text("description"), ""),
        language=_ok(language, "en"),
        editors=_ok(f.texts("editors", what="a list of editors' names"), ()),
        licence=_ok(f.text("licence"), ""),
        methodology=_ok(f.text("methodology"), ""),
    )
