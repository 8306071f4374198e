"""The tunable settings of the cleaner, one frozen record passed in and never patched.

Every number was calibrated on the development pages (tests/clean/cleanbench/: 54 news pages,
scored as the ScrapingHub article-extraction benchmark does) and on the five seeds, by sweeping
one setting at a time with the others fixed; the note on each field gives the dev F1 it was chosen
from. Values were taken from the middle of flat stretches rather than from single best points, to
generalise. A caller that wants other settings builds its own record:
`clean_text(raw, CleaningOptions(prose_min_words=6))`. The text patterns stay in rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleaningOptions:
    """How the lines of a page are scored and which of them are kept (text.py, headline.py, keep.py)."""

    # A "prose" line has at least this many words: 8 keeps short article sentences ("The suspect
    # said he needed to get dressed.") scoring positive while menu entries (1-4 words) do not.
    # Dev F1 is flat from 5 to 10 (0.942) and drops at 12; 8 sits in the middle of the plateau.
    prose_min_words: int = 8

    # ...and at least this share of stop words. On the dev pages (lines of 3+ words), article
    # lines have a median share of 0.39 and the other lines 0.23; at 0.25, 21% of article lines fall
    # below and 49% of the others reach it (the rest of the work is done by position). Dev F1:
    # 0.20 -> 0.935, 0.25 -> 0.942, 0.30 -> 0.927 (and one seed loses a paragraph).
    prose_min_stop_ratio: float = 0.25

    # A line this long counts as prose even without sentence punctuation at its end (long
    # paragraphs cut by the scraper). Dev F1: 20 -> 0.940, 30 -> 0.942, 40 -> 0.942; 15 and below
    # made long unpunctuated headlines prose and broke a seed.
    long_line_words: int = 30

    # Region score of a line that is not prose: a page's article is the run of lines with the
    # highest total (prose lines count their words). With -4, eight menu or teaser lines cancel a
    # 32-word paragraph, while articles split by a few photo captions or "Read more" lines stay
    # whole. Dev F1: 2 -> 0.936, 3 -> 0.937, 4 -> 0.942, 6 -> 0.942, 8 -> 0.942.
    non_prose_penalty: int = 4

    # Region score of a line matched by a boilerplate pattern (share prompt, newsletter...).
    # Dev F1: 4 -> 0.941, 12 -> 0.942, 20 -> 0.942, 40 -> 0.935 (in-article share bars split it).
    boilerplate_penalty: int = 12

    # Region score of a standalone heading that opens a list of other stories ("Related",
    # "Most read"): such boxes also sit inside articles, so the heading is a deep dip, not a wall
    # (a wall cut a dev article in two). Dev F1: 4 or 12 -> 0.938, 30 or 60 -> 0.942.
    section_heading_penalty: int = 30

    # Region score of a date line: an article's date stands above or below its text, rarely inside
    # it, while lists of other stories repeat one date per story. Deep enough that a teaser
    # (title, author, date, summary) adds nothing to the region; a wall lost the dev page whose
    # video captions carry a date ("(Published Monday, Nov. 18, 2019)"). Dev F1: 20 -> 0.937,
    # 40 or 80 -> 0.942.
    date_line_penalty: int = 40

    # A short line ending like a sentence (not prose by the stop-word test: "Wichita West senior
    # David Garcia finished second in the 50 yard freestyle.") scores this instead of the penalty,
    # when it has at least SHORT_SENTENCE_SCORE_WORDS words. Dev F1: -4 -> 0.935, 0 -> 0.936,
    # 1 or 2 -> 0.942, 4 -> 0.941.
    short_sentence_score: int = 1
    short_sentence_score_words: int = 5

    # Words of a prose line counted toward the region score at most, so that one very long
    # block (a cookie notice, a long comment) cannot pull the region away from the article.
    # No dev page needs it (F1 equal from 40 to 200); it is a guard for unseen pages.
    prose_word_cap: int = 80

    # Weight of a prose line cut short by an ellipsis: usually a teaser of another story, but
    # also the last visible paragraph of a paywalled article, so it counts, only less.
    # Dev F1: 0 -> 0.937, 0.5 -> 0.942, 1 -> 0.941.
    truncated_weight: float = 0.5

    # Runs of prose after a comment-section marker ("12 comments", "Leave a reply") weigh this
    # much: comments are prose too, and on one dev page outweigh the article (F1 0.924 without the
    # discount, 0.942 with any value from 0.1 to 0.6).
    comment_discount: float = 0.3

    # A run scoring this much is an article, so a comment marker after it opens the comments
    # (about three sentences; dev F1 is the same from 20 to 150).
    min_article_score: int = 60

    # Inside the article region, a short line is kept as a sentence if it ends like one and has at
    # least this many words ("Webb emerged, naked." has 3); shorter lines ("Report", "Video")
    # are page furniture. Dev F1: 2 -> 0.943, 3 -> 0.943, 5 -> 0.942; 3 keeps "Sign in." out.
    short_sentence_min_words: int = 3

    # Inside the region, an unpunctuated line with at least this many words and the prose stop-word
    # ratio is kept as body text (a paragraph whose end was a link the scraper lost, as in one
    # seed). Dev F1: 4 or 6 -> 0.943, 10 -> 0.943, never -> 0.942.
    fragment_keep_words: int = 6

    # A subhead is a short title-like line between body paragraphs: at most this many words.
    subhead_max_words: int = 12

    # How many lines before the article are searched for the headline, byline, date and caption.
    header_window: int = 14

    # An unpunctuated line inside the article is a paragraph cut short only if most of its words
    # are not capitalised ("said Jane Doe, a structural engineer and director of"); a line of
    # capitalised words is a menu or a title ("Apps Newsletters Advertise with Us").
    fragment_max_capitalised: float = 0.5

    # A headline is made of words: at least this share of its tokens are alphabetic (an image
    # label such as "Town - 02-03-19 - 4" is not a headline).
    headline_min_alpha: float = 0.6

    # How many lines after the article are searched for its date and byline (one seed puts
    # them just below the text); further down they belong to teasers of other stories.
    trailer_window: int = 6

    # The duplicated lede: the first body paragraph repeated within this many lines.
    duplicate_lede_window: int = 3

    # Two texts are "the same paragraph" when their word sequences agree this much (quote marks,
    # apostrophes and a dateline may differ). A seed's two versions agree fully once quote
    # marks are normalised; 0.9 leaves room for one changed word in twenty.
    duplicate_similarity: float = 0.9

    # Longest dateline (with agency and byline) expected before a duplicated lede, in characters.
    dateline_max_chars: int = 80

    # A line repeated on the page and at least this long is a teaser (the article's own
    # paragraphs are not repeated; teaser blocks and menus often are, top and bottom).
    # Dev F1: 6 or 12 -> 0.943, 20 -> 0.942, rule off -> 0.937.
    repeated_line_min_words: int = 12

    # Boilerplate wording is looked for in the first and last characters of a long line only
    # (it opens or closes notices: "This website uses cookies...", "...comment data is
    # processed."). Dev F1 is the same for every head from 60 to all and tail from 40 to all;
    # 100/80 covers the longest generic notices in the patterns (about 80 characters) and makes the
    # scan cheap on long paragraphs.
    probe_head: int = 100
    probe_tail: int = 80

    # A line continues the previous one (a paragraph hard-wrapped at a fixed width) when it starts
    # in lower case, the previous line does not end a sentence and is longer than this. No dev
    # page or seed is wrapped; 40 characters keeps short labels ("Posted by") from swallowing text.
    wrapped_line_min_chars: int = 40


#: The settings the cleaner uses unless given others.
DEFAULT_CLEANING = CleaningOptions()
