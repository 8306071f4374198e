"""The topics file (load/topics.py): each topic with its date and questions, and the editors'
comparison choices: pins and vetoes naming a row or at least two passages, a pin's from different
articles, no veto undoing a pin."""

from __future__ import annotations

import datetime as dt

from newsdossier.load.fields import FileContext
from newsdossier.load.sections import Collected
from newsdossier.load.topics import read_topics
from newsdossier.records import DateInfo, Origin
from newsdossier.yamlsource import parse_yaml

FILE = "dossier/topics.yml"


def read(text: str):
    ctx, out = FileContext(FILE), Collected()
    return read_topics(ctx, parse_yaml(text), out), ctx, out


def keys(ctx: FileContext) -> list[str | None]:
    return [p.origin.key for p in ctx.problems]


def test_a_topic_is_read_with_its_stated_date_and_questions():
    text = "topics:\n  - id: bridge\n    title: The bridge\n    date: 2001-11-13\n    key_questions: [Who pays?]\n"
    (topic,), ctx, out = read(text)
    assert ctx.problems == []
    assert (topic.id, topic.title, topic.date, topic.key_questions) == (
        "bridge",
        "The bridge",
        DateInfo(dt.date(2001, 11, 13), "stated"),
        ("Who pays?",),
    )
    assert topic.origin == Origin(FILE, 2, "topics[0]") and (topic.pins, topic.vetoes) == ((), ())
    assert [(kind, value) for kind, value, _ in out.ids] == [("topic", "bridge")]


def test_a_topic_without_a_date_is_an_error_and_its_date_unknown():
    (topic,), ctx, _ = read("topics:\n  - {id: bridge, title: The bridge}\n")
    assert keys(ctx) == ["topics[0].date"] and topic.date == DateInfo(None, "unknown")


PIN = """topics:
  - id: bridge
    title: The bridge
    date: 2001-11-13
    comparison:
      pins:
        - label: The pledge
          passages:
            - {article: wire-a, text: " rebuild the  bridge"}
            - {article: gazette-b, text: rebuild the bridge}
"""


def test_a_pin_keeps_its_passages_exactly_as_written_and_records_them_as_references():
    (topic,), ctx, out = read(PIN)
    assert ctx.problems == []
    (pin,) = topic.pins
    assert pin.label == "The pledge"
    assert pin.passages == (("wire-a", " rebuild the  bridge"), ("gazette-b", "rebuild the bridge"))
    assert [o.key for o in pin.passage_origins] == [
        "topics[0].comparison.pins[0].passages[0].text",
        "topics[0].comparison.pins[0].passages[1].text",
    ]
    assert [(r.kind, r.value, r.topic) for r in out.refs] == [
        ("article", "wire-a", "bridge"),
        ("article", "gazette-b", "bridge"),
    ]


def test_a_pin_needs_two_passages_of_different_articles():
    (topic,), ctx, _ = read(PIN.replace("gazette-b", "wire-a"))
    assert keys(ctx) == ["topics[0].comparison.pins[0].passages"]
    assert "passages of one article: 'wire-a'" in ctx.problems[0].message
    one = PIN.split("            - {article: gazette-b")[0]
    _, ctx, _ = read(one)
    assert keys(ctx) == ["topics[0].comparison.pins[0].passages"]
    assert "at least 2 passages" in ctx.problems[0].message and "received 1" in ctx.problems[0].message


def test_a_choice_may_name_a_row_instead_of_passages_but_not_both_nor_a_malformed_one():
    text = (
        "topics:\n  - id: bridge\n    title: B\n    date: 2001-11-13\n    comparison:\n      vetoes:\n"
        "        - {row: r-0a1b2c3d, note: two claims}\n"
        "        - {row: r-XYZ}\n"
        "        - {row: r-00000000, passages: [{article: a, text: x}, {article: b, text: y}]}\n"
    )
    (topic,), ctx, _ = read(text)
    assert [v.row for v in topic.vetoes] == ["r-0a1b2c3d", "", "r-00000000"]
    assert keys(ctx) == [
        "topics[0].comparison.vetoes[1].row",
        "topics[0].comparison.vetoes[2].row",
    ]
    assert "r- and 8 hex digits" in ctx.problems[0].message and "received both" in ctx.problems[1].message


def test_a_veto_may_not_undo_a_pin():
    text = PIN + (
        "      vetoes:\n"
        "        - passages:\n"
        "            - {article: wire-a, text: rebuild the bridge}\n"
        "            - {article: gazette-b, text: the bridge}\n"
    )
    _, ctx, _ = read(text)
    assert keys(ctx) == ["topics[0].comparison.vetoes[0].passages"]
    assert "2 passages that topics[0].comparison.pins[0] (line 7) aligns" in ctx.problems[0].message
    same_row = (
        "topics:\n  - id: bridge\n    title: B\n    date: 2001-11-13\n    comparison:\n"
        "      pins: [{row: r-0a1b2c3d}]\n      vetoes: [{row: r-0a1b2c3d}]\n"
    )
    _, ctx, _ = read(same_row)
    assert keys(ctx) == ["topics[0].comparison.vetoes[0].row"]


def test_pins_written_above_their_comparison_say_where_they_belong():
    _, ctx, _ = read("topics:\n  - {id: bridge, title: B, date: 2001-11-13, pins: []}\n")
    assert ctx.problems[0].message == "Unknown key 'pins'; it belongs under 'comparison'"
