"""The topics file: each topic with its dates and questions, and the editors' comparison choices
(pins that put passages side by side, vetoes that keep them apart), each naming at least two
passages, a pin's from different articles."""

from __future__ import annotations

import datetime as dt

from ..records import (
    AlignmentChoice,
    DateInfo,
    Origin,
    Problem,
    Topic,
)
from ..yamlsource import YNode, shown
from .fields import Fields, FileContext, Invalid
from .sections import (
    COMPARISON_KEYS,
    MIN_ALIGNED_PASSAGES,
    PASSAGE_KEYS,
    PIN_KEYS,
    ROW_ID,
    TOPIC_ELSEWHERE,
    TOPIC_KEYS,
    VETO_KEYS,
    Collected,
    Ref,
    _entries,
    _id,
    _mapping,
    _ok,
)


def read_topics(ctx: FileContext, node: YNode | None, out: Collected) -> list[Topic]:
    topics = []
    for item, key in _entries(ctx, node, "topics", "topics", out):
        f = Fields.of(ctx, item, key, TOPIC_KEYS, _mapping("a topic", "id", "title"), TOPIC_ELSEWHERE)
        if f is None:
            continue
        topic_id = _id(f, "topic", out)
        title = f.text("title", required=True, what="the topic's title")
        date = f.date("date", required=True)
        pins, vetoes = _comparison(f, topic_id, out)
        if topic_id is None:
            continue
        topics.append(
            Topic(
                id=topic_id,
                title=_ok(title, ""),
                date=DateInfo(_ok(date), "stated" if isinstance(date, dt.date) else "unknown"),
                summary=_ok(f.text("summary"), ""),
                key_questions=_ok(f.texts("key_questions", what="a list of questions"), ()),
                pins=pins,
                vetoes=vetoes,
                origin=ctx.origin(item, key),
            )
        )
    return topics


def _comparison(
    f: Fields, topic_id: str | None, out: Collected
) -> tuple[tuple[AlignmentChoice, ...], tuple[AlignmentChoice, ...]]:
    c = f.mapping(
        "comparison", COMPARISON_KEYS, _mapping("the comparison's editor choices", "pins", "vetoes")
    )
    if c is None:
        return (), ()
    pins = _choices(c, "pins", PIN_KEYS, topic_id, out)
    vetoes = _choices(c, "vetoes", VETO_KEYS, topic_id, out)
    for pin in pins:
        articles = {article for article, _text in pin.passages}
        if len(pin.passages) >= MIN_ALIGNED_PASSAGES and len(articles) == 1:
            c.ctx.problems.append(
                Problem(
                    pin.origin_of("passages"),
                    f"Expected passages of at least {MIN_ALIGNED_PASSAGES} different articles (a pin aligns "
                    f"passages of different articles) but received passages of one article: {shown(articles.pop())}",
                )
            )
    for veto in vetoes:
        for pin in pins:
            if veto.row and veto.row == pin.row:
                c.ctx.problems.append(
                    Problem(
                        veto.origin_of("row"),
                        f"Expected a veto of a row no pin keeps but received {shown(veto.row)}, "
                        f"which {_where(pin)} pins; remove the pin or the veto",
                    )
                )
            shared = [p for p in veto.passages if any(_same_passage(p, q) for q in pin.passages)]
            if len(shared) >= MIN_ALIGNED_PASSAGES:
                pinned_at = _where(pin)
                c.ctx.problems.append(
                    Problem(
                        veto.origin_of("passages"),
                        f"Expected a veto that splits passages no pin aligns but received {len(shared)} "
                        f"passages that {pinned_at} aligns; remove the pin or the veto",
                    )
                )
    return pins, vetoes


def _where(choice: AlignmentChoice) -> str:
    return f"{choice.origin.key} (line {choice.origin.line})" if choice.origin else "a pin"


def _same_passage(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two snippets of one article that one contains the other point at the same paragraph."""
    first, second = " ".join(a[1].split()), " ".join(b[1].split())
    return a[0] == b[0] and (first in second or second in first)


def _choices(
    c: Fields, name: str, keys: tuple[str, ...], topic_id: str | None, out: Collected
) -> tuple[AlignmentChoice, ...]:
    entries = c.items(name, what=f"a list of {name}")
    if isinstance(entries, Invalid):
        return ()
    choices = []
    for item, key in entries:
        f = Fields.of(
            c.ctx, item, key, keys, _mapping("a pin" if name == "pins" else "a veto", "note", "passages")
        )
        if f is None:
            continue
        row = _row(f)
        passages, origins = _passages(c, f, name, topic_id, out, named_row=f.has("row"))
        label = f.text("label") if "label" in keys else None
        choices.append(
            AlignmentChoice(
                passages=tuple(passages),
                label=_ok(label, ""),
                note=_ok(f.text("note"), ""),
                origin=c.ctx.origin(item, key),
                row=row,
                passage_origins=tuple(origins),
            )
        )
    return tuple(choices)


def _row(f: Fields) -> str:
    """The row id a pin or veto names instead of passages ("" when it names none, or a wrong one)."""
    row = f.text("row", what="a row id as `dossier compare TOPIC` prints it")
    if not isinstance(row, str) or not row:
        return ""
    if not ROW_ID.fullmatch(row):
        f.ctx.error(
            f.at("row"),
            f.key("row"),
            f"Expected a row id as `dossier compare TOPIC` prints it (r- and 8 hex digits) but received {shown(row)}",
        )
        return ""
    if f.has("passages"):
        f.ctx.error(
            f.at("row"),
            f.key("row"),
            "Expected a row id or passages but received both; a pin or veto names one row, or its passages",
        )
    return row


def _passages(
    c: Fields, f: Fields, name: str, topic_id: str | None, out: Collected, named_row: bool
) -> tuple[list[tuple[str, str]], list[Origin]]:
    """The (article, snippet) passages of a pin or veto, and where each snippet is written."""
    passages: list[tuple[str, str]] = []
    origins: list[Origin] = []
    what = "a list of passages, each with article and text"
    entries = f.items("passages", required=not named_row, what=what + "; or a row id under `row`")
    if not isinstance(entries, Invalid) and not named_row and len(entries) < MIN_ALIGNED_PASSAGES:
        received = f"{len(entries)}" if entries else "none"
        why = "a pin aligns" if name == "pins" else "a veto splits"
        f.ctx.error(
            f.at("passages"),
            f.key("passages"),
            f"Expected at least {MIN_ALIGNED_PASSAGES} passages ({why} passages of different articles) "
            f"but received {received}",
        )
    for p_node, p_key in [] if isinstance(entries, Invalid) else entries:
        p = Fields.of(c.ctx, p_node, p_key, PASSAGE_KEYS, _mapping("a passage", "article", "text"))
        if p is None:
            continue
        article = p.text("article", required=True, what="an article id")
        text = p.text("text", required=True, what="a snippet of the paragraph's text", exact=True)
        if isinstance(article, str):
            out.refs.append(
                Ref("article", article, c.ctx.origin(p.at("article"), p.key("article")), topic_id)
            )
        if isinstance(article, str) and isinstance(text, str):
            passages.append((article, text))
            origin = c.ctx.origin(p.at("text"), p.key("text"))
            origins.append(origin)  # words no sentence holds are an error of analyze (snippets.py)
    return passages, origins
