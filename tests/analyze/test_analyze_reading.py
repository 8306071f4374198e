"""The reading of the text (analyze/reading.py): every cleaned article read once, in the dossier's
order, into one Analysis; read article by article (what the pipeline caches) it is the same."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from newsdossier.analyze import (
    analyze,
    combine_readings,
    prepare_reading,
    read_article,
    reading_suggestions,
    sentences_only,
)
from newsdossier.analyze.options import DEFAULT_ATTRIBUTION
from newsdossier.analyze.reading import reading_order
from newsdossier.records import (
    Actor,
    Article,
    CleanArticle,
    DateInfo,
    Dossier,
    DossierInfo,
    Origin,
    Paragraph,
    Problem,
    SpeakerDecision,
    TextMetadata,
    Topic,
)

ACTORS = (
    Actor("ana-ruiz", "Ana Ruiz", "person", aliases=("Ruiz",)),
    Actor("ben-ode", "Ben Ode", "person"),
    Actor("ruritania", "Ruritania", "state"),
)
PLEDGE = "We will rebuild the bridge before winter comes"
FIRST = (
    f'Ana Ruiz met Ben Ode in Ruritania on 13 November. "{PLEDGE}," Ruiz said.',
    "Ode said the talks would go on. More than 40 people were killed on 12 November.",
)
SECOND = (f'"{PLEDGE}," Ana Ruiz told reporters on Friday.',)


def article(article_id: str, published: str | None = None, **fields) -> Article:
    date = DateInfo(dt.date.fromisoformat(published), "stated") if published else DateInfo(None)
    return Article(article_id, f"seeds/{article_id}.txt", article_id, None, published=date, **fields)


def cleaned(article_id: str, paragraphs: tuple[str, ...], date: str | None = None) -> CleanArticle:
    return CleanArticle(
        article_id, tuple(Paragraph("body", p) for p in paragraphs), TextMetadata(date=date), ()
    )


def dossier(*articles: Article) -> Dossier:
    topic = Topic("bridge", "The bridge", DateInfo(None))
    return Dossier(Path("."), DossierInfo("A test"), articles, (topic,), ACTORS, (), ())


DOSSIER = dossier(article("first", "2001-11-14", topics=("bridge",)), article("second", topics=("bridge",)))
CLEANED = {"second": cleaned("second", SECOND), "first": cleaned("first", FIRST)}


def test_articles_are_read_in_the_dossier_s_order_then_the_unlisted_by_id():
    texts = {"zed": cleaned("zed", SECOND), **CLEANED, "extra": cleaned("extra", SECOND)}
    assert reading_order(DOSSIER, texts) == ["first", "second", "extra", "zed"]
    analysis = analyze(DOSSIER, texts)
    assert [a.article for a in analysis.anchors] == ["first", "second", "extra", "zed"]
    assert [s.article for s in analysis.sentences][:3] == ["first"] * 3


def test_mentions_sentences_and_quotes_are_found_where_they_stand():
    analysis = analyze(DOSSIER, CLEANED)
    assert [
        (m.actor, m.paragraph, FIRST[m.paragraph][m.start : m.end]) for m in analysis.mentions_in("first", 0)
    ] == [
        ("ana-ruiz", 0, "Ana Ruiz"),
        ("ben-ode", 0, "Ben Ode"),
        ("ruritania", 0, "Ruritania"),
        ("ana-ruiz", 0, "Ruiz"),
    ]
    sentences = analysis.sentences_of("first")
    assert [s.id for s in sentences] == ["first-p0-s0", "first-p0-s1", "first-p1-s0", "first-p1-s1"]
    assert [s.reported_by for s in sentences] == [None, "ana-ruiz", "ben-ode", None]
    quote = analysis.quotes_of("first")[0]
    assert (quote.text, quote.speaker, quote.cue, quote.sentences) == (
        PLEDGE,
        "ana-ruiz",
        "said",
        ("first-p0-s1",),
    )
    paragraph, start, end = quote.spans[0]
    assert PLEDGE in FIRST[paragraph][start:end]


def test_what_spans_articles_is_worked_out_from_the_readings():
    analysis = analyze(DOSSIER, CLEANED)
    # The same words from the same speaker in two articles are one group.
    assert [sorted(q.article for q in g.quotes) for g in analysis.quote_groups] == [["first", "second"]]
    assert all(q.topics == ("bridge",) for q in analysis.quotes)
    assert analysis.together()["ana-ruiz"] == {"ben-ode": 1, "ruritania": 1}
    assert analysis.terms and {t.sentence for t in analysis.terms} == {s.id for s in analysis.sentences}


def test_a_date_without_a_year_takes_the_article_s_year_else_one_written_in_its_text():
    dated = analyze(DOSSIER, CLEANED)
    assert [(f.kind, f.value) for f in dated.facts if f.kind == "date"] == [
        ("date", "2001-11-13"),
        ("date", "2001-11-12"),
    ]
    undated = dossier(article("first"))
    from_text = analyze(undated, {"first": cleaned("first", FIRST, date="Friday, November 16th 2003")})
    assert {f.value for f in from_text.facts if f.kind == "date"} == {"2003-11-13", "2003-11-12"}
    no_year = analyze(undated, {"first": cleaned("first", FIRST, date="Friday, November 16th")})
    assert {f.value for f in no_year.facts if f.kind == "date"} == {"--11-13", "--11-12"}


def test_an_editor_s_decision_sets_a_quote_s_speaker_and_one_matching_no_quote_is_a_problem():
    origin = Origin("dossier/articles/first.yml", 9, "quote_speakers[1]")
    decisions = (
        SpeakerDecision("rebuild the bridge", "ben-ode", "Ode spoke first, says the video."),
        SpeakerDecision("words nobody quoted", None, "a slip", origin),
    )
    decided = dossier(article("first", "2001-11-14", quote_speakers=decisions))
    analysis = analyze(decided, {"first": CLEANED["first"]})
    quote = analysis.quotes[0]
    assert (quote.speaker, quote.decision, quote.decision_note) == ("ben-ode", "set", decisions[0].note)
    assert [p.origin for p in analysis.problems] == [origin]


def test_read_article_by_article_the_analysis_is_the_same():
    context, raw = prepare_reading(DOSSIER, CLEANED)
    assert list(raw) == ["first", "second"] and context.by_id["ben-ode"] == ACTORS[1]
    articles = {a.id: a for a in DOSSIER.articles}
    with_hits = [read_article(CLEANED[i], articles[i], context, raw[i]) for i in raw]
    # Without its raw hits an article finds them itself, and reads the same.
    without = [read_article(CLEANED[i], articles[i], context) for i in raw]
    assert [dataclasses.replace(r, hits_by_paragraph={}) for r in with_hits] == [
        dataclasses.replace(r, hits_by_paragraph={}) for r in without
    ]
    assert combine_readings(DOSSIER, CLEANED, with_hits, context) == analyze(DOSSIER, CLEANED)


def test_an_article_the_dossier_does_not_list_is_read_without_decisions():
    context, _ = prepare_reading(DOSSIER, CLEANED)
    reading = read_article(cleaned("loose", SECOND), None, context)
    assert reading.article_id == "loose" and reading.problems == ()
    assert [q.speaker for q in reading.quotes] == ["ana-ruiz"]
    assert {f.kind for f in reading.facts} == {"weekday"}


def test_without_pages_the_analysis_leaves_out_what_only_pages_need():
    context, raw = prepare_reading(DOSSIER, CLEANED)
    readings = [read_article(CLEANED[i], DOSSIER.article(i), context, raw[i]) for i in raw]
    given = (Problem(Origin("x"), "a suggestion", "suggestion"),)
    analysis = combine_readings(DOSSIER, CLEANED, readings, context, pages=False, suggestions=given)
    assert analysis.quote_groups == () and analysis.co_mentions == ()
    assert all(q.topics == () for q in analysis.quotes)
    assert analysis.suggestions == given
    assert len(analysis.quotes) == 2 and analysis.sentences == analyze(DOSSIER, CLEANED).sentences


def test_people_named_often_without_an_actor_entry_are_suggested():
    often = tuple(
        f"Carla Nemeth, a local engineer, said on day {n} that the bridge needed work, Nemeth said."
        for n in range(5)
    )
    texts = {"first": cleaned("first", often)}
    context, raw = prepare_reading(dossier(article("first")), texts)
    readings = [read_article(texts["first"], None, context, raw["first"])]
    suggestions = reading_suggestions(readings, texts)
    assert any("Carla Nemeth" in p.message for p in suggestions)
    assert reading_suggestions([], {}) == ()


def test_the_options_given_are_the_reading_s():
    assert prepare_reading(DOSSIER, CLEANED)[0].options == DEFAULT_ATTRIBUTION
    phrase = {"first": cleaned("first", ('Ben Ode called the plan "a bridge too far for us" on Monday.',))}
    assert [q.fragment for q in analyze(DOSSIER, phrase).quotes] == [False]
    longer = dataclasses.replace(DEFAULT_ATTRIBUTION, fragment_max_words=6)
    assert prepare_reading(DOSSIER, phrase, longer)[0].options is longer
    assert [q.fragment for q in analyze(DOSSIER, phrase, longer).quotes] == [True]


def test_sentences_only_reads_sentences_and_terms_without_actors():
    analysis = sentences_only(CLEANED)
    assert analysis.mentions == () and analysis.quotes == () and analysis.facts == ()
    assert [s.id for s in analysis.sentences] == [
        "second-p0-s0",
        "first-p0-s0",
        "first-p0-s1",
        "first-p1-s0",
        "first-p1-s1",
    ]
    assert all(s.reported_by is None for s in analysis.sentences)
    assert len(analysis.terms) == len(analysis.sentences)
    assert [a.article for a in analysis.anchors] == ["second", "first"]


def test_the_collector_is_paused_while_an_article_is_read_and_given_back_as_it_was():
    import gc

    import pytest

    from newsdossier.analyze import reading

    was = gc.isenabled()
    try:
        gc.enable()
        with reading._collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(ValueError), reading._collector_paused():
            raise ValueError("an article that fails to read")
        assert gc.isenabled()
        gc.disable()  # paused by the caller already: left paused
        with reading._collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
