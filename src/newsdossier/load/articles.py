"""The article files (dossier/articles/*.yml): an article's source, outlet, date and topics, and what
the editors change or decide about its text (cleaning overrides, corrections, speaker decisions).
The keys and shared helpers are in sections.py; the seed is read by seeds.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

from ..records import (
    Article,
    CleaningOverrides,
    Correction,
    DateInfo,
    Origin,
    SpeakerDecision,
)
from ..yamlsource import YNode, shown
from .encoding import decode_seed
from .fields import Fields, FileContext, Invalid, id_problem
from .sections import (
    ARTICLE_ELSEWHERE,
    ARTICLE_KEYS,
    CLEANING_KEYS,
    CORRECTION_KEYS,
    DATE_STATUSES,
    KNOWN_STATUSES,
    PUBLISHED_KEYS,
    SPEAKER_DECISION_KEYS,
    Collected,
    Provenance,
    Ref,
    _mapping,
    _ok,
    _refs,
)
from .seeds import Decoder, normal_source, read_seed


def read_article(
    ctx: FileContext, node: YNode | None, stem: str, root: Path, out: Collected, decode: Decoder = decode_seed
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
    decoded = (
        read_seed(root, source, ctx, f.at("source"), "source", decode) if isinstance(source, str) else None
    )
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
