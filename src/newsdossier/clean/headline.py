"""The article's headline and standfirst, by the shape and place of lines.

A page puts its headline just above the article: after the menus, before the standfirst, the
byline, the date and the photo. Measured per corpus by benchmarks/headlines.py (see there).

- Before the body: the title-shaped lines of the header window are the candidates. A headline
  stands over its byline or date (with a standfirst between them at most): the candidate
  nearest the body with such a line under it is the headline, a prose line between them its
  standfirst (teaser titles and menus above or below it have no byline under them). Else a line
  repeated on the page (the <title> and the <h1>) is the headline. Otherwise the candidate
  with most words is taken (menus and credits are shorter), unless it reads as a standfirst
  (longer than a candidate just above it, and written as prose): then that one above is the
  headline and this is the standfirst.
- No candidate before the body (a text that starts with its headline, as clean article files
  and many saved pages do): the first line of the article is the headline when it is shaped
  as one, a single short sentence above a longer paragraph. A headline may end with a full
  stop, as some outlets write them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import ABBREVIATIONS, MONTH_PATTERN
from . import rules
from .options import CleaningOptions

if TYPE_CHECKING:
    from .lines import Line

#: A headline has at most this many words (the longest headlines of the development corpora
#: have 25; a lede sentence usually has more).
HEADLINE_MAX_WORDS = 30
#: A headline ending with a full stop, or opening the article text, is at most this long: past
#: it, a line ending with a full stop is a sentence of the article.
STOPPED_HEADLINE_MAX_WORDS = 22
#: A first line is the headline with at most this many words and sentences ("Obama Nominated A
#: Judge. That's A First."), over a longer paragraph in the next two.
FIRST_LINE_MAX_WORDS = 22
FIRST_LINE_MAX_SENTENCES = 2
#: A first line ending with a full stop in sentence case (few capitalised words) is a headline
#: only up to this many words; longer, it is the lede. On quotebench-dev such headlines have at
#: most 13 words; ledes of wire copy 20 or more.
STOPPED_SENTENCE_CASE_MAX_WORDS = 15
#: A standfirst sits right under its headline: at most this many lines apart (a date or byline
#: line may stand between them).
STANDFIRST_GAP = 3
#: A headline has at least this many words: a shorter line above a longer one is a section label.
HEADLINE_MIN_WORDS = 5
#: A standfirst written in headline style (few function words) is this much longer than the headline.
STANDFIRST_LONGER = 1.2
#: A line with this share of capitalised words is in Title Case: a headline, not a standfirst.
TITLE_CASE_SHARE = 0.6
#: A headline ending with a full stop before the body is telegraphic: fewer function words than
#: this share (quotebench headlines 0.1-0.3; a sentence of a notice or caption 0.4 and more).
STOPPED_HEADLINE_MAX_STOP_RATIO = 0.4
#: A line of this many capitalised words and no function word is a menu, not a headline.
MENU_MIN_WORDS = 8
#: A sentence end inside a line: a full stop, then a space and a capital ("Dr. Ben" and "U.S.
#: officials" are told apart by the word before the stop).
INNER_SENTENCE = re.compile(r"([\w.’']+)[.!?]['\"”’]?\s+[\"“‘']?[A-Z]")
#: A byline or date stands at most this many lines under its headline: right under it, or under
#: a standfirst and one more line (a section label, an agency name). On cleanbench-dev pages the
#: byline or date is 1 to 3 lines under the headline.
ANCHOR_GAP = 3
#: How many lines before the body are searched for a headline over a byline or date: more than
#: the header window, since a photo gallery may stand between them (17 lines on one dev page).
ANCHOR_WINDOW = 20
#: A byline or date line under a headline is short: longer, it is a sentence that names a date.
ANCHOR_MAX_WORDS = 20
#: "By", "By Jane Doe", "Written by Jane Doe on November 14, 2019": a byline, loosely (the byline
#: rules of rules.py want the names alone; here only the line's place is at stake).
LOOSE_BYLINE = re.compile(
    r"^\W*(?i:(?:written|posted|published|reported|words|story|text)\s+)?(?i:by)\b(?:\s*:?\s*[A-Z]|\W*$)"
)
#: A writer's name alone ("Jane Doe") has at most this many words; a longer line of capitalised
#: words is a byline only when it ends with a role ("Jane Doe, AP Sports Writer").
NAME_ANCHOR_MAX_WORDS = 0
BYLINE_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist)s?\W*$", re.IGNORECASE
)
#: A date anywhere in a short line: "Published 11:11 PM EST Nov 19, 2019", "21/06/2014 Tony Carter".
LOOSE_DATE = re.compile(
    rf"\b(?:{MONTH_PATTERN}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


def sentences_in(text: str) -> int:
    ends = [m for m in INNER_SENTENCE.finditer(text) if not abbreviation(m.group(1))]
    return 1 + len(ends)


def abbreviation(word: str) -> bool:
    word = word.lower().rstrip(".")
    return word in ABBREVIATIONS or len(word) == 1 or (len(word) <= 4 and "." in word)


def capitals(text: str) -> float:
    """The share of words that start with a capital (Title Case headlines: most)."""
    words = [w for w in rules.WORD.findall(text) if w[0].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def one_sentence(text: str) -> bool:
    return sentences_in(text) == 1


def title_shaped_headline(
    line: Line, options: CleaningOptions, stopped_max: int = STOPPED_HEADLINE_MAX_WORDS, one: bool = True
) -> bool:
    """A page title: 3 to 30 mostly alphabetic words, capitalised, not a colon's or comma's lead;
    a final full stop only on one short sentence."""
    text = line.text
    if not 3 <= line.words <= HEADLINE_MAX_WORDS or line.pattern:
        return False
    tokens = rules.WORD.findall(text)
    if sum(t.isalpha() for t in tokens) < options.headline_min_alpha * len(tokens):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "'\"‘“"):
        return False
    if text.rstrip("'\"’”").endswith((":", ",")) or text.endswith(("...", "…")):
        return False
    if text.rstrip("'\"’”").endswith(".") and (line.words > stopped_max or (one and not one_sentence(text))):
        return False
    return not line.heading and not line.menu and not menu_of_names(line)


def reads_as_standfirst(line: Line, above: Line, options: CleaningOptions) -> bool:
    """A standfirst under the headline: longer than a headline-sized line above it, and written
    as a sentence or clearly longer (a section label above a headline is shorter than a headline)."""
    if joined_to_deck(above, options) and not line.text.endswith(";"):
        return True
    if line.words <= above.words or above.words < HEADLINE_MIN_WORDS:
        return False
    if capitals(line.text) >= TITLE_CASE_SHARE or sentence_in_header(above) or "@" in above.text:
        return False  # a Title Case line is the headline itself; a sentence or address above is not
    return line.stop_ratio >= options.prose_min_stop_ratio or line.words >= STANDFIRST_LONGER * above.words


def joined_to_deck(line: Line, options: CleaningOptions) -> bool:
    """ "Old bridge closes;": a headline ending with a semicolon, its deck on the next line, as
    archive records of newspapers join them."""
    return line.text.endswith(";") and title_shaped_headline(line, options)


def menu_of_names(line: Line) -> bool:
    """ "Companies Markets Global Economy Lex Comment": many capitalised words, no function word."""
    return (
        line.words >= MENU_MIN_WORDS
        and line.stop_ratio == 0
        and not line.ends_sentence
        and capitals(line.text) == 1
    )


def sentence_in_header(line: Line) -> bool:
    """A sentence ending with a full stop above the body (a notice, a caption), not a headline;
    the page's first line is its headline all the same (a text that opens with its headline)."""
    stopped = line.text.rstrip("'\"’”").endswith(".")
    return line.index > 0 and stopped and line.stop_ratio >= STOPPED_HEADLINE_MAX_STOP_RATIO


def byline_or_date(line: Line) -> bool:
    """A line that gives an article's byline or date (as found by decide.py, or loosely)."""
    if "byline" in line.meta or "date" in line.meta:
        return True
    if line.prose or line.words > ANCHOR_MAX_WORDS:
        return False
    if LOOSE_BYLINE.match(line.text) or LOOSE_DATE.search(line.text):
        return True
    if not rules.NAMES_ONLY.match(line.text):
        return False
    return line.words <= NAME_ANCHOR_MAX_WORDS or BYLINE_ROLE.search(line.text) is not None


def headline_over_byline(line: Line, options: CleaningOptions) -> bool:
    """A line that may be the headline over a byline or date: title-shaped, one or two sentences."""
    if line.words < HEADLINE_MIN_WORDS or line.meta or byline_or_date(line):
        return False
    if not title_shaped_headline(line, options, FIRST_LINE_MAX_WORDS, one=False):
        return False
    return sentences_in(line.text) <= FIRST_LINE_MAX_SENTENCES and not sentence_in_header(line)


def anchored(
    lines: list[Line], window: list[Line], options: CleaningOptions
) -> tuple[Line, Line | None] | None:
    """(headline, standfirst or None) over the byline or date nearest the body, or None.

    The candidates are the window's title-shaped lines with that byline or date a few lines under
    them; the nearest to it is the headline, unless it reads as the standfirst of a line just
    above it (a teaser or a site's motto above a headline is shorter than the line under it).
    """
    groups: dict[int, list[Line]] = {}  # byline or date line -> the candidates over it
    for line in window:
        if not headline_over_byline(line, options):
            continue
        under = lines[line.index + 1 : line.index + 1 + ANCHOR_GAP]
        anchor = next((u.index for u in under if byline_or_date(u)), None)
        if anchor is not None:
            groups.setdefault(anchor, []).append(line)
    if not groups:
        return None
    group = groups[max(groups)]
    texts = [c.text for c in group]
    repeated = [c for c in group if texts.count(c.text) > 1]  # the <title> and the <h1>
    found = repeated[-1] if repeated else group[-1]
    above = lines[found.index - 1] if found.index else None
    if (
        not repeated
        and above is not None
        and (headline_over_byline(above, options) or joined_to_deck(above, options))
        and reads_as_standfirst(found, above, options)
    ):
        return above, found
    below = lines[found.index + 1]
    standfirst = below if (below.prose or below in group) and not byline_or_date(below) else None
    return found, standfirst


def choose(candidates: list[Line], options: CleaningOptions) -> tuple[Line, Line | None]:
    """(headline, standfirst or None) among the header window's title-shaped lines."""
    texts = [c.text for c in candidates]
    repeated = [c for c in candidates if texts.count(c.text) > 1]
    if repeated:
        return repeated[0], None
    longest = max(candidates, key=lambda c: c.words)
    above = candidates[candidates.index(longest) - 1] if candidates.index(longest) else None
    if (
        above is not None
        and longest.index - above.index <= STANDFIRST_GAP
        and reads_as_standfirst(longest, above, options)
    ):
        return above, longest
    return longest, None


def first_line_headline(lines: list[Line], start: int, end: int, options: CleaningOptions) -> Line | None:
    """The first line of the article, when it is shaped as a headline over a longer paragraph."""
    kept = [line for line in lines[start:end] if line.kind != "removed"]
    if len(kept) < 2 or any(line.kind != "removed" for line in lines[:start]):
        return None
    first = kept[0]
    dateline = rules.DATELINE_LEAD.match(first.text)
    if (
        dateline
        and first.text[:2].isupper()
        and not first.text[dateline.end("dateline") :].lstrip().startswith(":")
    ):
        return None  # "BERLIN — A short lede." ("LABEL: Headline" is a headline's shape)
    if (
        not title_shaped_headline(first, options, FIRST_LINE_MAX_WORDS, one=False)
        or first.words > FIRST_LINE_MAX_WORDS
    ):
        return None
    if sentences_in(first.text) > FIRST_LINE_MAX_SENTENCES:
        return None
    if first.ends_sentence and first.words > STOPPED_SENTENCE_CASE_MAX_WORDS and capitals(first.text) < 0.5:
        return None  # a lede sentence, not a headline: long and in sentence case
    if not any(line.kind == "body" and line.words > first.words for line in kept[1:3]):
        return None
    return first


def find_headline(lines: list[Line], start: int, end: int, options: CleaningOptions) -> None:
    """Mark the headline (and standfirst) lines as removed, with their text as metadata."""
    window = [line for line in lines[max(0, start - options.header_window) : start] if not line.meta]
    candidates = [
        line for line in window if title_shaped_headline(line, options) and not sentence_in_header(line)
    ]
    pick = anchored(lines, lines[max(0, start - ANCHOR_WINDOW) : start], options)
    if pick is None and not candidates:
        headline = first_line_headline(lines, start, end, options)
        if headline is not None:
            headline.drop("headline", "first line, shaped as a title")
            headline.meta = {"headline": headline.text}
        return
    headline, standfirst = pick or choose(candidates, options)
    if standfirst is not None:
        standfirst.drop("standfirst", "summary under the headline")
        standfirst.meta = {"standfirst": standfirst.text}
    first_line = min(headline.index, window[0].index if window else start)
    header = [line for line in lines[first_line:start] if not line.meta or line is headline]
    label_lines_under(header[header.index(headline) + 1 :])
    for line in header:
        if line.text == headline.text:
            first = line is next(c for c in header if c.text == headline.text)
            line.drop("headline", "title before the body" if first else "repeated headline")
            if first:
                line.meta = {"headline": line.text}


def label_lines_under(between: list[Line]) -> None:
    """Names alone between the headline and the body are the byline; a label with digits or a
    file name is an image's title."""
    for line in between:
        if line.kind != "removed" or line.reason != "navigation" or line.words * line.stop_ratio:
            continue
        if (
            2 <= line.words <= 8
            and ("," in line.text or " and " in line.text)
            and rules.NAMES_ONLY.match(line.text)
        ):
            line.drop("byline", "names between headline and body")
            line.meta = {"byline": line.text}
        elif rules.IMAGE_LABEL.search(line.text):
            line.drop("image label", "label between headline and body")
            line.meta = {"caption": line.text}
