"""The lines of a scraped page, their shape features, and the article region.

Each line gets shape features (words, stop-word share, sentence end, boilerplate wording) and a
score: prose lines count their words, other lines a penalty. The article is the run of lines
with the highest total, not crossing a comment form or an error page (the body-text-extraction
idea of Finn et al., 2001, on lines instead of HTML tags).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import rules
from .options import CleaningOptions


@dataclass
class Line:
    """One line of the page and what the cleaner decided about it."""

    index: int
    text: str
    block: int  # number of the blank-line-separated block the line is in
    words: int = 0
    stop_ratio: float = 0.0
    ends_sentence: bool = False
    pattern: str = ""  # boilerplate reason matched by wording, if any
    repeated: bool = False
    truncated: bool = False  # ends with an ellipsis
    teaser_link: bool = False  # ends with "Continue reading" and the like
    date: bool = False  # the line is a date
    heading: bool = False  # a heading that opens a list of other stories
    menu: bool = False  # a menu written on one line
    prose: bool = False
    # decision
    kind: str = "removed"  # "body", "subhead" or "removed"
    reason: str = ""
    rule: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # metadata fields found in this line

    def keep(self, kind: str, text: str | None = None) -> None:
        self.kind, self.reason, self.rule = kind, "", ""
        if text is not None:
            self.text = text

    def drop(self, reason: str, rule: str) -> None:
        self.kind, self.reason, self.rule = "removed", reason, rule


def split_lines(raw: str, options: CleaningOptions) -> list[Line]:
    """Non-empty lines with their block number; hard-wrapped lines of one paragraph are joined."""
    lines: list[Line] = []
    block = 0
    previous_blank = True
    for text in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text = " ".join(text.split())
        if not text:
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        if (
            lines
            and not previous_blank
            and text[0].islower()
            and not rules.SENTENCE_END.search(lines[-1].text[-rules.TAIL_CHARS :])
            and len(lines[-1].text) > options.wrapped_line_min_chars
        ):
            lines[-1].text += " " + text  # a paragraph wrapped at a fixed width
        else:
            lines.append(Line(len(lines), text, block))
        previous_blank = False
    for i, line in enumerate(lines):
        line.index = i
    return lines


def measure(lines: list[Line], options: CleaningOptions) -> None:
    """Shape features of every line, and boilerplate wording."""
    seen: dict[str, int] = {}
    lowered_lines = []
    for line in lines:
        lowered = line.text.lower()
        lowered_lines.append(lowered)
        tokens = rules.WORD.findall(lowered)
        line.words = len(tokens)
        if tokens:
            line.stop_ratio = sum(map(rules.STOP_WORDS.__contains__, tokens)) / len(tokens)
        tail = line.text[-rules.TAIL_CHARS :]
        line.ends_sentence = bool(rules.SENTENCE_END.search(tail))
        line.truncated = bool(rules.TRUNCATED_TEASER.search(tail))
        line.teaser_link = bool(rules.TEASER_LINK.search(tail))
        short = line.words <= options.subhead_max_words * 2
        line.date = short and bool(rules.DATE_LINE.match(line.text))
        line.heading = short and bool(rules.SECTION_HEADING.match(line.text))
        line.menu = short and bool(rules.INLINE_MENU.match(line.text))
        line.pattern = boilerplate_reason(line, lowered, options)
        seen[lowered] = seen.get(lowered, 0) + 1
    for line, lowered in zip(lines, lowered_lines, strict=False):
        line.repeated = seen[lowered] > 1
        line.prose = is_prose(line, options)


def boilerplate_reason(line: Line, lowered: str, options: CleaningOptions) -> str:
    """The boilerplate reason whose wording the line has, or "".

    Boilerplate wording opens or closes its line; a long paragraph is only read at its ends. A
    paragraph-long line is a newsletter prompt only when the prompt is in its first half: at its
    end, "sign up for our newsletter" is a scraper's leftover inside an embedded post (the post's
    words are text).
    """
    probe = line.text
    if len(probe) > options.probe_head + options.probe_tail:
        probe = probe[: options.probe_head] + " \n " + probe[-options.probe_tail :]
    candidates: set[str] = set()
    probe_lowered = lowered if probe is line.text else probe.lower()
    for keyword in rules.KEYWORD_SCAN.findall(probe_lowered):
        candidates |= rules.KEYWORD_REASONS[keyword]
    for reason, pattern in rules.BOILERPLATE:
        if reason not in candidates or not pattern.search(probe):
            continue
        if reason == "newsletter prompt" and line.words >= options.long_line_words:
            found = pattern.search(line.text)
            if found is None or found.start() > len(line.text) / 2:
                continue
        return reason
    return ""


def is_prose(line: Line, options: CleaningOptions) -> bool:
    """A sentence or paragraph a person wrote, as opposed to a menu entry, title or credit."""
    if line.words < options.prose_min_words or line.stop_ratio < options.prose_min_stop_ratio:
        return False
    if line.teaser_link:
        return False
    if line.repeated and line.words >= options.repeated_line_min_words:
        return False
    return line.ends_sentence or line.words >= options.long_line_words


def is_boundary(line: Line) -> bool:
    """A line the article cannot run across: comment forms and error pages."""
    return line.pattern in rules.BOUNDARY_REASONS


def line_score(line: Line, options: CleaningOptions) -> float:
    """What a line adds to (prose) or takes from (everything else) the article region."""
    if line.heading:
        return -options.section_heading_penalty
    if line.date:
        return -options.date_line_penalty
    if line.pattern:
        return -options.boilerplate_penalty
    if line.prose:
        words = min(line.words, options.prose_word_cap)
        if line.truncated:
            return words * options.truncated_weight
        return words
    if (
        line.ends_sentence
        and line.words >= options.short_sentence_score_words
        and not line.text.endswith(":")
    ):
        return options.short_sentence_score
    return -options.non_prose_penalty


def best_region(lines: list[Line], options: CleaningOptions) -> tuple[int, int]:
    """The run of lines [start, end) with the highest total score, not crossing a boundary.

    Runs that follow a comment-section marker are comments unless nothing before them looks
    like an article: their score is discounted.
    """
    candidates: list[tuple[float, int, int]] = []
    best_here = (0.0, 0, 0)
    total, start = 0.0, 0
    in_comments = False
    article_seen = False

    def close() -> None:
        nonlocal best_here, article_seen
        if best_here[0] > 0:
            score = best_here[0] * (options.comment_discount if in_comments else 1.0)
            candidates.append((score, best_here[1], best_here[2]))
            article_seen = article_seen or best_here[0] >= options.min_article_score
        best_here = (0.0, 0, 0)

    for i, line in enumerate(lines):
        if is_boundary(line):
            close()
            if line.pattern == "comment form" and article_seen:
                in_comments = True
            total, start = 0.0, i + 1
            continue
        total += line_score(line, options)
        if total <= 0:
            total, start = 0.0, i + 1
        elif total > best_here[0]:
            best_here = (total, start, i + 1)
    close()
    if not candidates:
        return 0, 0
    _, start, end = max(candidates, key=lambda c: c[0])
    return start, end
