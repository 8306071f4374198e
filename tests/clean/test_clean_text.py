"""Finding the article in a page's plain text (clean/text.py): every line decided, the article's
lines kept, the rest removed in spans with their reasons, metadata read from the lines around."""

from __future__ import annotations

from made_up_pages import MENU, page

from newsdossier.clean.embedded import REASON as EMBEDDED
from newsdossier.clean.lines import Line
from newsdossier.clean.options import DEFAULT_CLEANING
from newsdossier.clean.text import analyse, analyse_lines, to_result
from newsdossier.records import Paragraph, RemovedSpan

BODY = [
    "The council voted on Monday to rebuild the old bridge before the winter storms arrive in the valley.",
    "Engineers said the work would take two years and cost far more than the town had hoped for at first.",
    "The mayor said that the vote was the hardest one of her time in office, and that she would not run again.",
]
TEASERS = ["Related stories", "Flood Warning Lifted In Lower Town", "Mill Reopens After Fire"]


def test_a_page_gives_its_article_its_metadata_and_every_removal_in_page_order():
    raw = page(
        MENU, "Council Votes To Rebuild Old Bridge", "By Ana Ruiz", "Monday, March 4th 2019", BODY, TEASERS
    )
    result = to_result(analyse(raw))
    assert result.paragraphs == tuple(Paragraph("body", text) for text in BODY)
    assert result.metadata.headline == "Council Votes To Rebuild Old Bridge"
    assert (result.metadata.byline, result.metadata.date) == ("Ana Ruiz", "Monday, March 4th 2019")
    reasons = [span.reason for span in result.removed]
    assert reasons[0] == "navigation" and reasons[-1] == "teaser list"
    # The menu's lines, removed one after the other for one reason, are one span.
    assert result.removed[0] == RemovedSpan("\n".join(MENU), "navigation", result.removed[0].rule)
    assert result.removed[-2:] == (
        RemovedSpan(TEASERS[0], "teaser list", "section heading"),
        RemovedSpan("\n".join(TEASERS[1:]), "teaser list", "after the article"),
    )


def test_every_line_is_either_kept_or_removed_with_a_reason():
    raw = page(MENU, "Council Votes To Rebuild Old Bridge", BODY, TEASERS)
    lines = analyse(raw)
    assert [line.text for line in lines] == [*MENU, "Council Votes To Rebuild Old Bridge", *BODY, *TEASERS]
    assert all(line.kind in ("body", "subhead") or line.reason for line in lines)
    assert [line.kind for line in lines].count("body") == len(BODY)


def test_a_page_without_prose_has_no_article_text():
    lines = analyse(page(MENU, TEASERS))
    assert {(line.kind, line.reason) for line in lines} == {("removed", "no article text")}
    result = to_result(lines)
    assert result.paragraphs == () and len(result.removed) == 1
    assert analyse("") == [] and to_result([]).paragraphs == ()


def test_prose_without_english_stop_words_is_judged_by_length_and_sentence_ends():
    foreign = [
        "Kunta hyväksyi maanantaina vanhan sillan uudelleenrakentamisen ennen talven myrskyjä laaksossa.",
        "Insinöörit arvioivat työn kestävän kaksi vuotta maksaen huomattavasti enemmän kuin kunta toivoi.",
    ]
    result = to_result(analyse(page(MENU, "Kunta Päätti Sillasta", foreign)))
    assert [p.text for p in result.paragraphs] == foreign
    assert result.metadata.headline == "Kunta Päätti Sillasta"


def test_long_paragraphs_in_another_language_are_the_article_even_without_a_full_stop():
    """No English stop words and no sentence end: no line reads as prose until the stop-word
    test is set aside, and then the long lines do."""
    run_on = (
        "Kunta hyväksyi maanantaina vanhan sillan uudelleenrakentamisen ennen talven myrskyjä laaksossa "
        "ja insinöörit arvioivat työn kestävän kaksi vuotta maksaen huomattavasti enemmän kuin kunta "
        "alun perin toivoi mutta valtuusto halusi silti edetä nopeasti koska silta on kylän ainoa yhteys"
    )
    assert len(run_on.split()) >= DEFAULT_CLEANING.long_line_words
    second = (
        "Pormestari kertoi toimittajille tiistaina että päätös oli hänen virkakautensa vaikein ja että hän "
        "ei aio asettua ehdolle seuraavissa vaaleissa vaikka moni kyläläinen on pyytänyt häntä jatkamaan "
        "tehtävässään vielä yhden kauden ajan"
    )
    result = to_result(analyse(page(MENU, run_on, second)))
    assert [p.text for p in result.paragraphs] == [run_on, second]


def test_markup_left_around_an_embed_is_removed_after_the_page_lines_and_its_words_stay():
    embed = '<tweet id="12" author="@valley">\nThe bridge vote is in: rebuild it.\n</tweet>'
    lines = analyse(page(BODY[:2], embed, BODY[2:]))
    tags = [line for line in lines if line.reason == EMBEDDED]
    assert tags and lines[-len(tags) :] == tags  # after the page's own lines
    assert all(line.block == -1 and line.text.startswith("<") for line in tags)
    assert not any("<" in p.text for p in to_result(lines).paragraphs)


def test_a_date_far_above_the_article_belongs_to_another_story():
    far = ["Monday, March 4th 2019", *[f"Section {n}" for n in range(DEFAULT_CLEANING.header_window + 2)]]
    near = page(MENU, "Monday, March 4th 2019", BODY)
    assert to_result(analyse(page(far, BODY))).metadata.date is None
    assert to_result(analyse(near)).metadata.date == "Monday, March 4th 2019"


def test_analyse_lines_takes_the_text_as_it_is():
    embed = '<img src="bridge.jpg" alt="the bridge">'
    lines = analyse_lines(page(BODY, embed), DEFAULT_CLEANING)
    assert lines[-1].text == embed and lines[-1].kind == "removed" and lines[-1].reason != EMBEDDED


def _kept(index: int, text: str, **meta: str) -> Line:
    line = Line(index, text, index)
    line.keep("body")
    line.meta = dict(meta)
    return line


def _dropped(index: int, text: str, reason: str, rule: str = "rule") -> Line:
    line = Line(index, text, index)
    line.drop(reason, rule)
    return line


def test_removed_lines_join_only_when_next_to_each_other_with_the_same_reason_and_rule():
    lines = [
        _dropped(0, "Home", "navigation"),
        _dropped(1, "News", "navigation"),
        _dropped(2, "Share", "share prompt"),
        _dropped(3, "Sport", "navigation"),
        _dropped(4, "Weather", "navigation", "other rule"),
        _kept(5, BODY[0]),
        _dropped(7, "Contact", "navigation", "other rule"),
    ]
    assert [(s.text, s.reason, s.rule) for s in to_result(lines).removed] == [
        ("Home\nNews", "navigation", "rule"),
        ("Share", "share prompt", "rule"),
        ("Sport", "navigation", "rule"),
        ("Weather", "navigation", "other rule"),
        ("Contact", "navigation", "other rule"),
    ]


def test_the_first_line_giving_a_field_gives_it_and_a_fused_dateline_is_a_removal():
    lines = [
        _dropped(0, "By Ana Ruiz", "byline", "byline line"),
        _kept(1, BODY[0], removed="VALLEY TOWN -", dateline="VALLEY TOWN"),
        _kept(2, BODY[1], dateline="ELSEWHERE", headline="Bridge Vote"),
    ]
    lines[0].meta = {"byline": "Ana Ruiz"}
    result = to_result(lines)
    assert result.metadata.dateline == "VALLEY TOWN" and result.metadata.headline == "Bridge Vote"
    assert result.metadata.byline == "Ana Ruiz"
    assert result.removed[-1] == RemovedSpan("VALLEY TOWN -", "dateline", "fused into the first paragraph")
    assert [p.kind for p in result.paragraphs] == ["body", "body"]
