"""Readers for each dossier file (see SCHEMA.md): YAML nodes in, records out.

Each reader reports what is wrong in its own file and records the ids it defines and
the ids it refers to; cross-file checks (unknown ids, duplicates) run once all files
are read, in references.py. This module holds the keys of every section, what the readers
collect and their shared helpers, and reads dossier.yml and the articles; topics.py reads the
topics (and comparison choices), entities.py the outlets, actors and events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from ..records import (
    Article,
    CleaningOverrides,
    Correction,
    DateInfo,
    DossierInfo,
    Origin,
    SpeakerDecision,
)
from ..yamlsource import YNode, shown
from .fields import INVALID, Fields, FileContext, Invalid, a, id_problem, item_text
from .seeds import normal_source, read_seed

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
# A comparison row's id as `dossier compare TOPIC` prints it (compare/rowids.py makes it).
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


def read_article(
    ctx: FileContext, node: YNode | None, stem: str, root: Path, out: Collected
) -> Article | None:
    f = Fields.of(ctx, node, "", ARTICLE_KEYS, _mapping("an article", "source", "title"), ARTICLE_ELSEWHERE)
    if f is None:
        return None
    given = f.text("id", what="the article id (its file name without .yml)")
    if isinstance(given, str) and given != stem:
        ctx.error(
            f.at("id"),
            "id",
            f"Expected the file's name {shown(stem)} as the article id (or no id) but received: {shown(given)}",
        )
    article_id = stem
    stem_problem = id_problem(stem, "a file name (the article id, without .yml)")
    if stem_problem:
        ctx.error(None, None, stem_problem)
    out.ids.append(("article", article_id, Origin(ctx.file)))
    source = f.text("source", required=True, what=f"the seed file, such as 'seeds/{stem}.txt'")
    if isinstance(source, str):
        source = normal_source(source)
    decoded = read_seed(root, source, ctx, f.at("source"), "source") if isinstance(source, str) else None
    raw = decoded.text if decoded else None
    if raw is not None and isinstance(source, str):
        out.sources.append((article_id, source, ctx.origin(f.at("source"), "source")))
    title = f.text("title", required=True, what="the headline as the source gives it")
    outlet = f.text("outlet", nullable=True, what="an outlet id or null")
    outlet_note = f.text("outlet_note")
    if isinstance(outlet, str):
        out.refs.append(Ref("outlet", outlet, ctx.origin(f.at("outlet"), "outlet")))
    elif outlet is None and not outlet_note:  # unknown, and readers are not told why
        ctx.warning(
            f.at("outlet"),
            "outlet_note",
            "Expected an outlet_note saying why the outlet is unknown but received none",
        )
    outlet_status = _outlet_status(f, outlet)
    published = _published(f)
    topics = _article_topics(f, out)
    overrides = _cleaning(f)
    corrections = _corrections(f)
    quote_speakers = _quote_speakers(f, out)
    return Article(
        id=article_id,
        source=source if isinstance(source, str) else "",
        title=_ok(title, ""),
        outlet=_ok(outlet),
        outlet_note=_ok(outlet_note, ""),
        outlet_status=outlet_status,
        via=_ok(f.text("via", nullable=True)),
        published=published,
        byline=_ok(f.texts("byline", what="a list of names"), ()),
        dateline=_ok(f.text("dateline", nullable=True)),
        url=_ok(f.url("url")),
        topics=topics,
        overrides=overrides,
        corrections=corrections,
        quote_speakers=quote_speakers,
        notes=_ok(f.text("notes"), ""),
        raw=raw or "",
        decoding=decoded.notes if decoded else (),
        origin=ctx.origin(f.at("source"), "source"),  # where problems with the seed's text point
    )


def _article_topics(f: Fields, out: Collected) -> tuple[str, ...]:
    """An article belongs to at least one topic, or no page would list it."""
    if not f.has("topics"):
        f.missing("topics", "a list of topic ids, at least one")
        return ()
    node = f.values["topics"]
    if node.is_null or (node.kind == "sequence" and not node.value):
        f.ctx.error(
            node,
            "topics",
            f"Expected at least one topic id but received {'nothing (null)' if node.is_null else 'an empty list'}",
        )
        return ()
    return _refs(f, "topics", "topic", out, "topic ids")


def _outlet_status(f, outlet) -> Provenance:
    """Whether the source names its outlet (stated), the editors inferred it, or it is unknown.
    Default: stated when an outlet is given, unknown when it is null."""
    default: Provenance = "stated" if isinstance(outlet, str) else "unknown"
    status = f.choice("outlet_status", DATE_STATUSES, default=default)
    if not isinstance(status, str):
        return default
    if outlet is None and status != "unknown":
        f.ctx.error(
            f.at("outlet_status"),
            f.key("outlet_status"),
            f"Expected status unknown for an outlet that is null but received: {shown(status)}",
        )
        return "unknown"
    if isinstance(outlet, str) and status == "unknown":
        f.ctx.error(
            f.at("outlet_status"),
            f.key("outlet_status"),
            f"Expected status stated, inferred or recorded for the outlet {shown(outlet)} "
            "but received: 'unknown'; "
            "use outlet: null for an unknown outlet",
        )
        return default
    return cast(Provenance, status)


def _published(f: Fields) -> DateInfo:
    """The publication date with its status; a stated or inferred date must be given, and an inference explained."""
    p = f.mapping("published", PUBLISHED_KEYS, "the publication date (a mapping with date, status and note)")
    if p is None:
        if not f.has("published"):
            f.missing("published", "a mapping with date, status and note")
        else:
            f.ctx.error(
                f.at("published"),
                "published",
                "Expected a mapping with date, status and note but received nothing (null)",
            )
        return DateInfo(None)
    date = p.date("date", nullable=True)
    status = p.choice("status", DATE_STATUSES, required=True)
    note = p.text("note")
    if status in KNOWN_STATUSES and p.has("date") and date is None:
        p.ctx.error(
            p.at("date"),
            p.key("date"),
            f"Expected a date YYYY-MM-DD for status {shown(status)} but received nothing (null); use status: unknown",
        )
    elif status in KNOWN_STATUSES and not p.has("date"):
        p.missing("date", f"a date YYYY-MM-DD, since the status is {shown(status)}")
    if status == "unknown" and isinstance(date, dt.date):
        p.ctx.error(
            p.at("date"),
            p.key("date"),
            f"Expected no date (null) for status 'unknown' but received: '{date.isoformat()}'",
        )
    if status in ("inferred", "recorded") and not (isinstance(note, str) and note.strip()):
        how = "how the date was inferred" if status == "inferred" else "which record the date comes from"
        p.ctx.error(p.at("note"), p.key("note"), f"Expected a note saying {how} but received nothing")
    if isinstance(status, Invalid) or isinstance(date, Invalid):
        return DateInfo(None)
    return DateInfo(_ok(date), cast(Provenance, status or "unknown"), _ok(note, ""))


def _cleaning(f: Fields) -> CleaningOverrides:
    c = f.mapping("cleaning", CLEANING_KEYS, _mapping("cleaning overrides", "cut_after", "drop"))
    if c is None:
        return CleaningOverrides()
    cut_after = c.nonempty_text("cut_after", "a non-empty marker text")
    cut_before = c.nonempty_text("cut_before", "a non-empty marker text")
    lists = {}
    origins: list[tuple[str, str, Origin]] = []
    for name in ("drop", "keep", "subheads"):
        entries = _ok(
            c.text_items(
                name,
                what="a list of paragraph beginnings",
                item="a non-empty paragraph beginning",
                exact=True,
            ),
            [],
        )
        lists[name] = tuple(value for value, _node, _key in entries)
        origins += [(name, value, c.ctx.origin(node, key)) for value, node, key in entries]
    for name, value in (("cut_after", cut_after), ("cut_before", cut_before)):
        if isinstance(value, str):
            origins.append((name, value, c.ctx.origin(c.at(name), c.key(name))))
    # Whether each text is in the seed, and in the cleaned text, is checked by the clean stage,
    # which reports each one once, at its line.
    return CleaningOverrides(
        cut_after=_ok(cut_after),
        cut_before=_ok(cut_before),
        drop=lists["drop"],
        keep=lists["keep"],
        subheads=lists["subheads"],
        note=_ok(c.text("note"), ""),
        origins=tuple(origins),
    )


def _quote_speakers(f: Fields, out: Collected) -> tuple[SpeakerDecision, ...]:
    """The editors' decisions on who said a quote: `speaker: <actor id>` sets it, `speaker: ~`
    withholds the one the analysis found. The snippet is checked against the quotes later."""
    entries = f.items("quote_speakers", what="a list of speaker decisions (quote, speaker, note)")
    if isinstance(entries, Invalid):
        return ()
    decisions = []
    for item, key in entries:
        c = Fields.of(
            f.ctx,
            item,
            key,
            SPEAKER_DECISION_KEYS,
            "a speaker decision (a mapping with quote, speaker and note)",
        )
        if c is None:
            continue
        quote = c.text("quote", required=True, what="words of the quote, as written in the article")
        if not c.has("speaker"):
            c.missing("speaker", "an actor id, or ~ to withhold the speaker found")
        speaker = c.text("speaker", nullable=True, what="an actor id, or ~ to withhold the speaker found")
        note = c.text("note", required=True, what="a note saying why the editors decided")
        if isinstance(speaker, str):
            out.refs.append(Ref("actor", speaker, c.ctx.origin(c.at("speaker"), c.key("speaker"))))
        if isinstance(quote, str) and not isinstance(speaker, Invalid) and isinstance(note, str):
            origin = c.ctx.origin(c.at("quote"), c.key("quote"))
            decisions.append(SpeakerDecision(quote, speaker, note, origin))
    return tuple(decisions)


def _corrections(f: Fields) -> tuple[Correction, ...]:
    entries = f.items("corrections", what="a list of corrections (find, replace, note)")
    if isinstance(entries, Invalid):
        return ()
    corrections = []
    for item, key in entries:
        c = Fields.of(
            f.ctx, item, key, CORRECTION_KEYS, "a correction (a mapping with find, replace and note)"
        )
        if c is None:
            continue
        find = c.text("find", required=True, what="the exact text to correct", exact=True)
        replace = c.text("replace", what="the corrected text", exact=True)
        if not c.has("replace"):
            c.missing("replace", "the corrected text, may be empty")
        note = c.text("note", required=True, what="a note saying why the text is corrected")
        if isinstance(find, str) and isinstance(replace, str) and find == replace:
            c.ctx.error(
                c.at("replace"),
                c.key("replace"),
                f"Expected a replacement that differs from the text found but received the same: {shown(find)}",
            )
        if isinstance(find, str) and isinstance(replace, str) and isinstance(note, str):
            corrections.append(Correction(find, replace, note, c.ctx.origin(c.at("find"), c.key("find"))))
    return tuple(corrections)
