"""View models (render/views.py): what pages show, gathered from the records."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from newsdossier.analyze.wording import wording
from newsdossier.records import (
    Actor,
    Analysis,
    Article,
    Comparison,
    ComparisonRow,
    DateInfo,
    Dossier,
    DossierInfo,
    Event,
    Mention,
    ParagraphAnchors,
    Passage,
)
from newsdossier.render.views import (
    actor_mentions,
    articles_by_date,
    concordance,
    date_label,
    key_actors,
    long_date,
    ranked,
    sort_name,
    timeline_items,
)


def article(article_id: str, day: int | None, status: str = "stated") -> Article:
    published = DateInfo(dt.date(2015, 11, day), status) if day else DateInfo(None)  # type: ignore[arg-type]
    return Article(
        id=article_id, source=f"seeds/{article_id}.txt", title=article_id, outlet=None, published=published
    )


def dossier(articles=(), actors=(), events=()) -> Dossier:
    return Dossier(Path("."), DossierInfo("t"), tuple(articles), (), tuple(actors), (), tuple(events))


def test_dates_are_written_one_way_and_inferred_ones_say_so():
    assert long_date(dt.date(2015, 11, 3)) == "3 November 2015"
    assert long_date(None) == "date unknown"
    assert date_label(article("a", 13)) == "13 November 2015"
    assert date_label(article("a", 13, "inferred")) == "13 November 2015 (inferred)"
    assert date_label(article("a", None)) == "date unknown"


def test_articles_are_listed_oldest_first_undated_last_ties_by_id():
    listed = articles_by_date(
        dossier([article("c", None), article("b", 14), article("z", 2), article("a", 14)])
    )
    assert [a.id for a in listed] == ["z", "a", "b", "c"]


def test_timeline_puts_an_event_before_the_articles_of_its_day():
    event = Event("summit", dt.date(2015, 11, 14), "Summit", articles=("b",))
    items = timeline_items(dossier([article("b", 14), article("a", 2), article("u", None)], events=[event]))
    assert [(i.date.day, i.event.id if i.event else i.article.id) for i in items] == [  # type: ignore[union-attr]
        (2, "a"),
        (14, "summit"),
        (14, "b"),
    ]
    assert items[1].sources == ("b",)


def test_people_sort_by_surname_without_an_arabic_article_others_by_name():
    people = [
        Actor("m", "Walid al-Moallem", "person"),
        Actor("l", "Ana Lopez", "person"),
        Actor("n", "NATO", "organisation"),
        Actor("b", "Ben Adams", "person"),
    ]
    assert [a.id for a in sorted(people, key=sort_name)] == ["b", "l", "m", "n"]


def test_rankings_break_ties_by_key_and_key_actors_put_people_first():
    assert ranked(Counter({"b": 2, "a": 2, "c": 5})) == [("c", 5), ("a", 2), ("b", 2)]
    assert ranked(Counter({"b": 2, "a": 2}), limit=1) == [("a", 2)]
    actors = [
        Actor("ru", "Russia", "state"),
        Actor("lo", "Ana Lopez", "person"),
        Actor("no", "Nobody", "person"),
    ]
    mentions = (
        [Mention("ru", "a", 0, 0, 1, "R")] * 5
        + [Mention("lo", "a", 0, 0, 1, "L")]
        + [Mention("lo", "b", 0, 0, 1, "L")]
    )
    counts = actor_mentions(Analysis(tuple(mentions), (), ()))
    assert counts["lo"] == Counter({"a": 1, "b": 1})
    assert [a.id for a in key_actors(dossier(actors=actors), counts, limit=5)] == ["lo", "ru"]
    assert [a.id for a in key_actors(dossier(actors=actors), counts, limit=1)] == ["lo"]


def test_the_concordance_diffs_each_version_against_the_first_from_the_analysis_wordings():
    texts = ("We will rebuild every house", "We shall rebuild every house", "We will rebuild")
    passages = tuple(Passage(a, 0, "", f"{a}-p0-s0") for a in "abc")
    row = ComparisonRow("q", "quote", passages, quotes=texts, wordings=tuple(wording(t) for t in texts))
    by_hand = ComparisonRow("pinned", "quote", passages[:2])  # no quoted words: nothing to line up
    comparison = Comparison("t", ("a", "b", "c"), (row, by_hand, ComparisonRow("c", "claim", passages)))
    [(found, words, diffs)] = concordance(comparison)
    assert found is row and words == list(texts)
    assert diffs[0] == [("equal", texts[0])]
    assert diffs[1] == [
        ("equal", "We "),
        ("delete", "will "),
        ("insert", "shall "),
        ("equal", "rebuild every house"),
    ]
    assert diffs[2] == [("equal", "We will rebuild "), ("delete", "every house")]
    [(_row, words, diffs)] = concordance(comparison, most_rows=1, versions=1)
    assert len(words) == len(diffs) == 2


def test_article_views_take_their_paragraph_anchors_from_the_analysis():
    from newsdossier.records import CleanArticle, Paragraph, TextMetadata
    from newsdossier.render.views import article_views

    clean = CleanArticle("a", (Paragraph("body", "Words the view never reads."),), TextMetadata(), ())
    analysis = Analysis((), (), (), anchors=(ParagraphAnchors("a", ("p-set-by-analyze",)),))
    views = article_views(dossier([article("a", 3)]), {"a": clean}, analysis)
    assert views["a"].anchors == ("p-set-by-analyze",)
    assert views["a"].outlet_name == "Outlet unknown" and views["a"].date_label == "3 November 2015"
