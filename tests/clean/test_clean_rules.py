"""The general cleaning rules, one behaviour per test, on tiny made-up pages."""

from __future__ import annotations

from made_up_pages import MENU, page

from newsdossier.clean import clean_text

BODY = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
    "The mayor said a report on the repairs would be published before the end of the month, and that buses would run.",
    "Engineers expect the study to take at least six weeks, according to a statement from the city's works department.",
]


def texts(result):
    return [p.text for p in result.paragraphs]


def reasons(result):
    return {s.reason for s in result.removed}


def test_menu_before_the_article_is_navigation():
    result = clean_text(page(MENU, BODY))
    assert texts(result) == BODY
    assert "navigation" in reasons(result)


def test_skip_link_is_navigation():
    result = clean_text(page("Skip to main content", BODY))
    assert texts(result) == BODY
    assert any(s.reason == "navigation" and s.text == "Skip to main content" for s in result.removed)


def test_headline_goes_to_metadata_not_paragraphs():
    result = clean_text(page("Council closes old bridge after cracks are found", BODY))
    assert result.metadata.headline == "Council closes old bridge after cracks are found"
    assert texts(result) == BODY


def test_repeated_headline_is_removed_twice_and_kept_once_as_metadata():
    title = "Council closes old bridge after cracks are found"
    result = clean_text(page(title, "27/11/2015", title, BODY))
    assert texts(result) == BODY
    assert result.metadata.headline == title
    assert result.metadata.date == "27/11/2015"
    assert [s.reason for s in result.removed].count("headline") == 2


def test_by_line_goes_to_metadata():
    result = clean_text(page("Council closes old bridge", "By Jane Doe and John Roe", BODY))
    assert result.metadata.byline == "Jane Doe and John Roe"
    assert texts(result) == BODY


def test_written_out_date_goes_to_metadata():
    result = clean_text(page(BODY, "Friday, November 27th 2015"))
    assert result.metadata.date == "Friday, November 27th 2015"
    assert texts(result) == BODY


def test_dateline_and_byline_fused_into_the_first_paragraph_are_separated():
    first = "LYON, FRANCE, Jane Doe and John Roe- " + BODY[0]
    result = clean_text(page("Council closes old bridge", first, BODY[1:]))
    assert texts(result) == BODY
    assert result.metadata.dateline == "LYON, FRANCE"
    assert result.metadata.byline == "Jane Doe and John Roe"
    assert any(s.reason == "dateline and byline" for s in result.removed)


def test_sentence_starting_in_capitals_is_not_a_dateline():
    first = "NASA said on Monday that the launch would be delayed by a week because of the weather."
    result = clean_text(page(first, BODY))
    assert texts(result)[0] == first
    assert result.metadata.dateline is None


def test_duplicated_lede_is_kept_once_without_its_dateline():
    result = clean_text(page("Council closes old bridge", BODY[0], "LYON — " + BODY[0], BODY[1:]))
    assert texts(result) == BODY
    assert result.metadata.dateline == "LYON"
    assert [s.reason for s in result.removed].count("duplicate lede") == 1


def test_short_title_between_paragraphs_is_a_subhead():
    result = clean_text(page(BODY[:2], "Repairs and costs", BODY[2:]))
    assert [p.kind for p in result.paragraphs] == ["body", "body", "subhead", "body", "body"]
    assert result.paragraphs[2].text == "Repairs and costs"


def test_decorated_wire_subhead_loses_its_dashes():
    result = clean_text(page(BODY[:2], "- Repairs and costs -", BODY[2:]))
    assert result.paragraphs[2].kind == "subhead"
    assert result.paragraphs[2].text == "Repairs and costs"


def test_paragraph_cut_before_its_last_link_is_kept():
    cut = "said Jane Doe, a structural engineer and director of"
    result = clean_text(page(BODY[:2], "“The cracks are not new,” " + cut, BODY[2:]))
    assert len(result.paragraphs) == 5


def test_teaser_list_after_the_article_is_removed():
    teasers = [
        "Just In",
        "Storm closes schools across the region",
        "Forecasters expect snow to continue until the weekend",
        "Local team wins the cup final",
        "LONDON — The home side scored twice in the last ten… Continue reading",
    ]
    result = clean_text(page(BODY, teasers))
    assert texts(result) == BODY
    assert "teaser list" in reasons(result)


def test_comment_form_ends_the_article():
    form = [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "This site uses a filter to reduce spam. Learn how your comment data is processed.",
    ]
    result = clean_text(page(BODY, form))
    assert texts(result) == BODY
    assert "comment form" in reasons(result)


def test_comments_after_a_comment_marker_are_not_the_article():
    comments = ["12 comments"] + [
        f"I think the council should have acted years ago, everyone in town knew about the cracks, number {i}."
        for i in range(8)
    ]
    result = clean_text(page(BODY, comments))
    assert texts(result) == BODY


def test_error_page_text_is_removed():
    error = [
        "This page is not available",
        "The page no longer exists or did not exist at all. Please check the address or use the links below.",
    ]
    result = clean_text(page(BODY, error))
    assert texts(result) == BODY
    assert "error page" in reasons(result)


def test_credit_and_caption_line_goes_to_metadata():
    caption = "Jane Doe, AFP | The mayor (pictured left) visits the old bridge on Monday, November 2, 2015"
    result = clean_text(page("Council closes old bridge", caption, BODY))
    assert texts(result) == BODY
    assert result.metadata.credit == "Jane Doe, AFP"
    assert result.metadata.caption.startswith("The mayor (pictured left)")


def test_one_line_menu_and_share_prompts_are_removed():
    result = clean_text(page(BODY, "Share this article", "News | Politics | Features | Arts | Sport"))
    assert texts(result) == BODY
    assert {"share buttons", "navigation"} <= reasons(result)


def test_copyright_footer_and_cookie_notice_are_removed():
    footer = [
        "Copyright © 2019 The Daily Example. All rights reserved.",
        "This website uses cookies to improve your experience while you navigate through the website.",
    ]
    result = clean_text(page(BODY, footer))
    assert texts(result) == BODY
    assert {"copyright footer", "cookie notice"} <= reasons(result)


def test_paragraphs_on_single_lines_are_separate_paragraphs():
    result = clean_text("Council closes old bridge\n\n" + "\n".join(BODY))
    assert texts(result) == BODY


def test_hard_wrapped_paragraph_is_joined():
    wrapped = "The council voted on Tuesday to close the old bridge to traffic while\nengineers study the cracks found last week."
    result = clean_text(page(wrapped, BODY[1:]))
    assert texts(result)[0] == BODY[0]


def test_every_removed_span_has_a_reason_and_a_rule():
    result = clean_text(
        page("Skip to main content", MENU, "Council closes old bridge", BODY, "Leave a Reply")
    )
    assert result.removed
    assert all(s.reason and s.rule for s in result.removed)


def test_empty_and_prose_free_input_give_no_paragraphs():
    assert clean_text("").paragraphs == ()
    result = clean_text(page(MENU))
    assert result.paragraphs == ()
    assert result.removed


def test_markup_in_the_text_stays_text():
    hostile = "The council said <script>alert(1)</script> and {{ config }} and **bold** were in the letter it received."
    result = clean_text(page(BODY[:2], hostile, BODY[2:]))
    assert hostile in texts(result)


def test_label_in_capitals_is_not_taken_for_a_dateline():
    first = "BREAKING: " + BODY[0]
    result = clean_text(page(first, BODY[1:]))
    assert texts(result)[0] == first
    assert result.metadata.dateline is None


def test_subhead_followed_by_a_short_quote_is_kept():
    result = clean_text(page(BODY[:2], "What happens next", "“We will see,” she said.", BODY[2:]))
    assert ("subhead", "What happens next") in [(p.kind, p.text) for p in result.paragraphs]
    assert "“We will see,” she said." in texts(result)


def test_page_in_another_language_still_yields_its_paragraphs():
    german = [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für den Verkehr zu sperren, bis Gutachter die Risse prüfen.",
        "Anwohner, die die Brücke täglich nutzen, sagten, niemand habe ihnen gesagt, wie lange die Sperrung dauern werde.",
        "Die Bürgermeisterin kündigte einen Bericht über die Reparaturen bis Ende des Monats an, Busse sollen fahren.",
    ]
    result = clean_text(page(MENU, german, "Impressum", "Datenschutz"))
    assert texts(result) == german


def test_article_split_by_a_related_box_stays_whole():
    related = ["Related", "Storm closes schools across the region", "Local team wins the cup final"]
    result = clean_text(page(BODY[:2], related, BODY[2:]))
    assert texts(result) == BODY
    assert "teaser list" in reasons(result)


def test_wire_credits_end_the_article_and_footer_prose_stays_out():
    tail = [
        "Reporting by Jane Doe; Editing by John Roe",
        "Our Standards: The Trust Principles.",
        "Apps Newsletters Advertise with Us Advertising Guidelines Cookies Terms of Use Privacy",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
    ]
    result = clean_text(page(BODY, tail))
    assert texts(result) == BODY
    assert "reporting credits" in reasons(result)


def test_agency_dateline_and_names_only_byline():
    first = "LYON (Reuters) - " + BODY[0]
    result = clean_text(
        page(
            "Council closes old bridge after cracks are found",
            "Jane Doe, John Roe",
            "3 Min Read",
            first,
            BODY[1:],
        )
    )
    assert texts(result) == BODY
    assert result.metadata.dateline == "LYON"
    assert result.metadata.byline == "Jane Doe, John Roe"


def test_date_with_time_and_age_is_a_date_line():
    result = clean_text(page("November 26, 2015 / 6:12 PM / 4 years ago", "Council closes old bridge", BODY))
    assert result.metadata.date == "November 26, 2015 / 6:12 PM / 4 years ago"


def test_an_embedded_post_ending_with_a_newsletter_leftover_is_text_but_a_prompt_is_not():
    post = (
        "The bridge will stay closed until the engineers say it is safe, and not one day sooner than "
        "that, whatever the traders on the old high street may want. SIGN UP FOR OUR NEWSLETTER "
        "— Jane Mayor (@janemayor) March 4, 2019."
    )
    prompt = (
        "Sign up for our newsletter to get the latest news from the council delivered to your inbox "
        "every morning of the week, free."
    )
    result = clean_text(page("Old bridge closes for repairs", BODY[:2], post, BODY[2:], prompt))
    assert post in texts(result)
    assert prompt not in texts(result) and "newsletter prompt" in reasons(result)


def test_calls_to_follow_a_writer_or_subscribe_are_boilerplate_but_prose_about_social_media_is_text():
    calls = [
        "Follow Jane Roe on Twitter @janeroe_news.",
        "Twitter: @janeroe.",
        "Bluesky: @janeroe.",
        "Sign up to get an email from reporter Jane Roe when she publishes a new story.",
        "Want to receive this in your inbox? Sign up by entering your email below.",
        "(Subscribe to the Council Hour podcast on your phone.)",
        "Questions? Tips? Email the desk, and follow @janeroe for updates through the week.",
    ]
    prose = [
        "The mayor said on Twitter that the bridge would reopen once the engineers had finished their study.",
        "Traders who follow the council on Facebook learned of the closure a day before the residents did.",
        "Follow-up talks on Twitter's role in spreading the rumours were held by the council on Friday.",
    ]
    result = clean_text(page("Old bridge closes for repairs", BODY[:2], prose, BODY[2:], calls))
    assert texts(result) == [*BODY[:2], *prose, *BODY[2:]]
    assert {"share buttons", "newsletter prompt"} <= reasons(result)
