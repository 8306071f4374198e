"""The outlets, actors and events files: who reports, who acts (with the aliases their names are
matched by) and what happened when, each entry checked and its ids recorded for references.py."""

from __future__ import annotations

import datetime as dt

from slugify import slugify

from ..records import (
    Actor,
    Event,
    Outlet,
)
from ..yamlsource import YNode, shown
from .fields import MAX_ID_LENGTH, Fields, FileContext, Invalid, item_text
from .sections import (
    ACTOR_KEYS,
    ACTOR_KINDS,
    EVENT_KEYS,
    MIN_ALIAS_LENGTH,
    OUTLET_KEYS,
    OUTLET_KINDS,
    Collected,
    _entries,
    _id,
    _mapping,
    _ok,
    _refs,
)


def read_outlets(ctx: FileContext, node: YNode | None, out: Collected) -> list[Outlet]:
    outlets = []
    for item, key in _entries(ctx, node, "outlets", "outlets", out):
        f = Fields.of(ctx, item, key, OUTLET_KEYS, _mapping("an outlet", "id", "name"))
        if f is None:
            continue
        outlet_id = _id(f, "outlet", out)
        name = f.text("name", required=True, what="the outlet's name")
        kind = f.choice("kind", OUTLET_KINDS, default="unknown")
        url = f.url("url")
        if outlet_id is None:
            continue
        outlets.append(
            Outlet(
                id=outlet_id,
                name=_ok(name, ""),
                kind=_ok(kind, "unknown"),
                country=_ok(f.text("country")),
                url=_ok(url),
                note=_ok(f.text("note"), ""),
                origin=ctx.origin(item, key),
            )
        )
    return outlets


def read_actors(ctx: FileContext, node: YNode | None, out: Collected) -> list[Actor]:
    actors = []
    for item, key in _entries(ctx, node, "actors", "actors", out):
        f = Fields.of(ctx, item, key, ACTOR_KEYS, _mapping("an actor", "id", "name"))
        if f is None:
            continue
        actor_id = _id(f, "actor", out)
        name = f.text("name", required=True, what="the actor's name")
        if isinstance(name, str) and actor_id is not None:
            out.names.append((actor_id, name, ctx.origin(f.at("name"), f.key("name"))))
        kind = f.choice("kind", ACTOR_KINDS, required=True)
        aliases = _aliases(f, actor_id, out)
        affiliation = f.text("affiliation", nullable=True, what="an actor id or a description")
        if actor_id is None:
            continue
        if isinstance(affiliation, str):
            out.affiliations.append(
                (actor_id, affiliation, ctx.origin(f.at("affiliation"), f.key("affiliation")))
            )
        actors.append(
            Actor(
                id=actor_id,
                name=_ok(name, ""),
                kind=_ok(kind, "person"),
                role=_ok(f.text("role"), ""),
                affiliation=_ok(affiliation),
                aliases=aliases,
                bio=_ok(f.text("bio"), ""),
                origin=ctx.origin(item, key),
            )
        )
    return actors


def _aliases(f: Fields, actor_id: str | None, out: Collected) -> tuple[str, ...]:
    """Aliases are matched in article text, so blank or one-letter ones would match everywhere."""
    entries = f.items("aliases", what="a list of aliases (names seen in the sources)")
    if isinstance(entries, Invalid):
        return ()
    aliases = []
    for node, key in entries:
        value = item_text(f.ctx, node, key, "a non-empty alias")
        if not isinstance(value, str):
            continue
        if len(value.strip()) < MIN_ALIAS_LENGTH:
            f.ctx.error(
                node,
                key,
                f"Expected an alias of at least {MIN_ALIAS_LENGTH} characters but received: {shown(value)}",
            )
            continue
        aliases.append(value)
        if actor_id is not None:
            out.names.append((actor_id, value, f.ctx.origin(node, key)))
    return tuple(aliases)


def read_events(ctx: FileContext, node: YNode | None, out: Collected) -> list[Event]:
    events = []
    for item, key in _entries(ctx, node, "events", "events", out):
        f = Fields.of(ctx, item, key, EVENT_KEYS, _mapping("an event", "date", "title"))
        if f is None:
            continue
        date = f.date("date", required=True)
        title = f.text("title", required=True, what="the event's title")
        if f.has("id"):
            event_id = _id(f, "event", out)
        elif isinstance(date, dt.date) and isinstance(title, str):
            event_id = _id(
                f,
                "event",
                out,
                default=slugify(f"{date.isoformat()} {title}", max_length=MAX_ID_LENGTH, word_boundary=True),
            )
        else:
            event_id = None  # no date or title to make the id from: already reported
        topics = _refs(f, "topics", "topic", out, "topic ids")
        articles = _refs(f, "articles", "article", out, "article ids")
        actors = _refs(f, "actors", "actor", out, "actor ids")
        if event_id is None or not isinstance(date, dt.date):
            continue
        events.append(
            Event(
                id=event_id,
                date=date,
                title=_ok(title, ""),
                description=_ok(f.text("description"), ""),
                topics=topics,
                articles=articles,
                actors=actors,
                origin=ctx.origin(item, key),
            )
        )
    return events
