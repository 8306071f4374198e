"""An article file (load/articles.py): its seed, outlet, date and topics, and what the editors
change or decide about its text, each slip an error (or a warning) at its key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdossier.load.articles import read_article
from newsdossier.load.fields import FileContext
from newsdossier.load.sections import Collected
from newsdossier.records import Article, Correction, DateInfo, Origin, SpeakerDecision
from newsdossier.yamlsource import parse_yaml

SEED = "The council voted on Monday to rebuild the old bridge.\n"
GOOD = """source: ./seeds//bridge.txt
title: Council votes on the bridge
outlet: wire
published: {date: 2001-11-14, status: stated, note: "the text says so"}
byline: [Ana Ruiz]
topics: [bridge]
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bridge.txt").write_text(SEED, encoding="utf-8")
    return tmp_path


def read(root: Path, text: str, stem: str = "wire-bridge") -> tuple[Article | None, FileContext, Collected]:
    ctx, out = FileContext(f"dossier/articles/{stem}.yml"), Collected()
    return read_article(ctx, parse_yaml(text), stem, root, out), ctx, out


def problems(ctx: FileContext) -> list[tuple[str | None, str]]:
    return [(p.origin.key, p.severity) for p in ctx.problems]


def test_an_article_is_read_with_its_seed_and_recorded_for_the_checks_across_files(root: Path):
    article, ctx, out = read(root, GOOD)
    assert ctx.problems == [] and article is not None
    assert (article.id, article.source, article.raw, article.title) == (
        "wire-bridge",
        "seeds/bridge.txt",
        SEED,
        "Council votes on the bridge",
    )
    assert (article.outlet, article.outlet_status, article.byline, article.topics) == (
        "wire",
        "stated",
        ("Ana Ruiz",),
        ("bridge",),
    )
    assert article.published == DateInfo(dt.date(2001, 11, 14), "stated", "the text says so")
    assert article.origin == Origin("dossier/articles/wire-bridge.yml", 1, "source")
    assert out.ids == [("article", "wire-bridge", Origin("dossier/articles/wire-bridge.yml"))]
    assert [(r.kind, r.value) for r in out.refs] == [("outlet", "wire"), ("topic", "bridge")]
    assert [(a, s) for a, s, _ in out.sources] == [("wire-bridge", "seeds/bridge.txt")]


def test_the_id_is_the_file_s_name(root: Path):
    _, ctx, _ = read(root, GOOD + "id: other\n")
    assert problems(ctx) == [("id", "error")]
    _, ctx, _ = read(root, GOOD, stem="Wire Bridge")
    assert len(ctx.problems) == 1 and ctx.problems[0].origin == Origin("dossier/articles/Wire Bridge.yml")


def test_an_unknown_outlet_needs_a_note_and_an_unknown_status(root: Path):
    unknown = GOOD.replace("outlet: wire", "outlet: null")
    _, ctx, _ = read(root, unknown)
    assert problems(ctx) == [("outlet_note", "warning")]
    article, ctx, _ = read(root, unknown + "outlet_note: no name on the page\noutlet_status: inferred\n")
    assert problems(ctx) == [("outlet_status", "error")] and article is not None
    assert article.outlet_status == "unknown"
    _, ctx, _ = read(root, GOOD + "outlet_status: unknown\n")
    assert problems(ctx) == [("outlet_status", "error")]


@pytest.mark.parametrize(
    ("published", "key"),
    [
        ("{date: null, status: stated}", "published.date"),
        ("{status: stated}", "published.date"),
        ("{date: 2001-11-14, status: unknown}", "published.date"),
        ("{date: 2001-11-14, status: inferred}", "published.note"),
        ("{date: 2001-11-14, status: recorded, note: '  '}", "published.note"),
        ("{date: 2001-11-14}", "published.status"),
        ("null", "published"),
    ],
)
def test_a_date_s_status_must_agree_with_it_and_be_explained(root: Path, published: str, key: str):
    text = GOOD.replace('{date: 2001-11-14, status: stated, note: "the text says so"}', published)
    _, ctx, _ = read(root, text)
    assert problems(ctx) == [(key, "error")]


def test_an_unknown_date_is_fine_and_known_without_a_date(root: Path):
    text = GOOD.replace('{date: 2001-11-14, status: stated, note: "the text says so"}', "{status: unknown}")
    article, ctx, _ = read(root, text)
    assert ctx.problems == [] and article is not None and article.published == DateInfo(None, "unknown")


def test_an_article_needs_at_least_one_topic(root: Path):
    for topics, message in (
        ("topics: []", "an empty list"),
        ("topics: null", "nothing (null)"),
        ("", "missing"),
    ):
        _, ctx, _ = read(root, GOOD.replace("topics: [bridge]", topics))
        assert [p.origin.key for p in ctx.problems] == ["topics"] and message in ctx.problems[0].message


def test_cleaning_overrides_are_read_exactly_with_where_each_text_is_written(root: Path):
    text = GOOD + (
        "cleaning:\n"
        "  cut_after: 'Share this '\n"
        "  drop: [' Advert']\n"
        "  note: menus left in\n"
        "corrections:\n"
        "  - {find: brigde, replace: bridge, note: a typo}\n"
        "quote_speakers:\n"
        "  - {quote: rebuild the bridge, speaker: ana-ruiz, note: the video shows her}\n"
        "  - {quote: we stay, speaker: ~, note: not her words}\n"
    )
    article, ctx, out = read(root, text)
    assert ctx.problems == [] and article is not None
    overrides = article.overrides
    assert (overrides.cut_after, overrides.drop, overrides.note) == (
        "Share this ",
        (" Advert",),
        "menus left in",
    )
    assert overrides.origin_of("drop", " Advert") == Origin(
        "dossier/articles/wire-bridge.yml", 9, "cleaning.drop[0]"
    )
    assert overrides.origin_of("cut_after", "Share this ") == Origin(
        "dossier/articles/wire-bridge.yml", 8, "cleaning.cut_after"
    )
    assert article.corrections == (
        Correction(
            "brigde",
            "bridge",
            "a typo",
            Origin("dossier/articles/wire-bridge.yml", 12, "corrections[0].find"),
        ),
    )
    assert [(d.quote, d.speaker) for d in article.quote_speakers] == [
        ("rebuild the bridge", "ana-ruiz"),
        ("we stay", None),
    ]
    assert isinstance(article.quote_speakers[0], SpeakerDecision)
    assert ("actor", "ana-ruiz") in [(r.kind, r.value) for r in out.refs]


def test_slips_in_what_the_editors_change_are_errors_at_their_keys(root: Path):
    text = GOOD + (
        "cleaning: {cut_after: '  ', drop: ['']}\n"
        "corrections:\n"
        "  - {find: bridge, replace: bridge, note: none}\n"
        "  - {find: brigde, note: no replacement}\n"
        "quote_speakers:\n"
        "  - {quote: we stay, note: who?}\n"
        "  - {quote: we go, speaker: ana-ruiz}\n"
    )
    article, ctx, _ = read(root, text)
    assert article is not None
    assert problems(ctx) == [
        ("cleaning.cut_after", "error"),
        ("cleaning.drop[0]", "error"),
        ("corrections[0].replace", "error"),
        ("corrections[1].replace", "error"),
        ("quote_speakers[0].speaker", "error"),
        ("quote_speakers[1].note", "error"),
    ]
    assert (article.overrides.cut_after, article.overrides.drop) == (None, ())
    # Reported, so the build stops; only the correction without a replacement is left out.
    assert [c.find for c in article.corrections] == ["bridge"]
    assert [d.quote for d in article.quote_speakers] == ["we stay"]


def test_a_missing_seed_leaves_the_article_without_text(root: Path):
    article, ctx, out = read(root, GOOD.replace("bridge.txt", "brigde.txt"))
    assert article is not None and article.raw == "" and out.sources == []
    assert [p.origin.key for p in ctx.problems] == ["source"]
