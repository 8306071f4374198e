"""The outlets, actors and events files (load/entities.py): each entry read into its record, its
id and references recorded for the checks across files, every slip an error at its key."""

from __future__ import annotations

import datetime as dt

from newsdossier.load.entities import read_actors, read_events, read_outlets
from newsdossier.load.fields import FileContext
from newsdossier.load.sections import Collected
from newsdossier.records import Actor, Origin, Outlet
from newsdossier.yamlsource import parse_yaml


def read(reader, file: str, text: str):
    ctx, out = FileContext(file), Collected()
    return reader(ctx, parse_yaml(text), out), ctx, out


def test_outlets_are_read_with_their_kind_defaulting_to_unknown():
    text = (
        "outlets:\n"
        "  - {id: wire, name: The Wire, kind: wire, url: 'https://wire.example', country: Ruritania}\n"
        "  - {id: gazette, name: The Gazette}\n"
    )
    outlets, ctx, out = read(read_outlets, "dossier/outlets.yml", text)
    assert ctx.problems == []
    assert outlets == [
        Outlet("wire", "The Wire", "wire", "Ruritania", "https://wire.example", "", outlets[0].origin),
        Outlet("gazette", "The Gazette", "unknown", origin=outlets[1].origin),
    ]
    assert outlets[1].origin == Origin("dossier/outlets.yml", 3, "outlets[1]")
    assert [(kind, value) for kind, value, _ in out.ids] == [("outlet", "wire"), ("outlet", "gazette")]


def test_an_outlet_with_a_bad_id_kind_or_url_is_reported_at_each_key():
    text = "outlets:\n  - {id: The Wire, name: Wire, kind: agency, url: 'ftp://x'}\n  - {name: No id}\n"
    outlets, ctx, _ = read(read_outlets, "dossier/outlets.yml", text)
    assert [p.origin.key for p in ctx.problems] == [
        "outlets[0].id",
        "outlets[0].kind",
        "outlets[0].url",
        "outlets[1].id",
    ]
    # An entry whose id is wrong but present is still read, to find more problems downstream.
    assert [o.id for o in outlets] == ["The Wire"] and outlets[0].kind == "unknown" and outlets[0].url is None


def test_actors_are_read_with_their_names_and_aliases_recorded_for_the_shared_name_check():
    text = (
        "actors:\n"
        "  - id: ana-ruiz\n"
        "    name: Ana Ruiz\n"
        "    kind: person\n"
        "    aliases: [Ruiz, ' A. Ruiz ']\n"
        "    affiliation: ruritania\n"
        "  - {id: ruritania, name: Ruritania, kind: state}\n"
    )
    actors, ctx, out = read(read_actors, "dossier/actors.yml", text)
    assert ctx.problems == []
    assert actors[0] == Actor(
        "ana-ruiz",
        "Ana Ruiz",
        "person",
        affiliation="ruritania",
        aliases=("Ruiz", "A. Ruiz"),
        origin=actors[0].origin,
    )
    assert [(actor, name) for actor, name, _ in out.names] == [
        ("ana-ruiz", "Ana Ruiz"),
        ("ana-ruiz", "Ruiz"),
        ("ana-ruiz", "A. Ruiz"),
        ("ruritania", "Ruritania"),
    ]
    assert [(actor, value) for actor, value, _ in out.affiliations] == [("ana-ruiz", "ruritania")]


def test_an_actor_needs_a_kind_and_aliases_long_enough_to_match_text():
    text = "actors:\n  - {id: ana-ruiz, name: Ana Ruiz, aliases: [R, '', Ruiz]}\n"
    actors, ctx, _ = read(read_actors, "dossier/actors.yml", text)
    assert [(p.origin.key, p.message.split(" but ")[0]) for p in ctx.problems] == [
        ("actors[0].kind", "Expected the required key 'kind' (one of person, organisation, state, group)"),
        ("actors[0].aliases[0]", "Expected an alias of at least 2 characters"),
        ("actors[0].aliases[1]", "Expected a non-empty alias"),
    ]
    assert actors[0].aliases == ("Ruiz",)


def test_an_event_s_id_is_made_from_its_date_and_title_and_its_references_recorded():
    text = (
        "events:\n"
        "  - date: 2001-11-13\n"
        "    title: The council votes\n"
        "    topics: [bridge]\n"
        "    articles: [wire-a, wire-a]\n"
        "    actors: [ana-ruiz]\n"
        "  - {id: opening, date: 2002-05-01, title: The bridge opens}\n"
    )
    events, ctx, out = read(read_events, "dossier/events.yml", text)
    assert [e.id for e in events] == ["2001-11-13-the-council-votes", "opening"]
    assert events[0].date == dt.date(2001, 11, 13) and events[0].articles == ("wire-a",)
    assert [(p.origin.key, "again" in p.message) for p in ctx.problems] == [("events[0].articles[1]", True)]
    assert [(r.kind, r.value) for r in out.refs] == [
        ("topic", "bridge"),
        ("article", "wire-a"),
        ("actor", "ana-ruiz"),
    ]
    assert out.default_ids == {Origin("dossier/events.yml", 2, "events[0].id")}


def test_an_event_without_a_date_is_reported_and_left_out():
    text = "events:\n  - {title: Undated}\n  - {id: named, title: Undated too}\n"
    events, ctx, _ = read(read_events, "dossier/events.yml", text)
    assert events == [] and [p.origin.key for p in ctx.problems] == ["events[0].date", "events[1].date"]


def test_a_file_of_the_wrong_shape_is_one_error_and_marked_broken():
    actors, ctx, out = read(
        read_actors, "dossier/actors.yml", "- {id: ana-ruiz, name: Ana Ruiz, kind: person}\n"
    )
    assert actors == [] and len(ctx.problems) == 1 and out.broken == {"actors"}
    assert "a mapping with the single key 'actors'" in ctx.problems[0].message
    empty, ctx, out = read(read_outlets, "dossier/outlets.yml", "")
    assert empty == [] and ctx.problems == [] and out.broken == set()
