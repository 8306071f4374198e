"""What becomes of each line: inside the article region prose, subheads and short sentences are
kept and page furniture dropped; outside it everything is removed, each removal with a named
reason. Date, byline, caption and credit lines leave their text as metadata."""

from __future__ import annotations

import re

from . import rules
from .lines import Line
from .options import CleaningOptions


def title_shaped(line: Line, options: CleaningOptions) -> bool:
    """A headline or subhead: a few words, capitalised, not ending like a sentence (a full stop
    after words all capitalised, "Declared Presidential Candidates.", is a subhead's slip)."""
    text = line.text.lstrip("'\"‘“")
    ending = text.rstrip("'\"’”")
    stopped = ending.endswith(".") and not ending.endswith("..") and all_capitalised(text)
    return (
        2 <= line.words <= options.subhead_max_words
        and bool(text)
        and (text[0].isupper() or text[0].isdigit())
        and (stopped or not ending.endswith((".", ",", ";", ":")))
        and not line.pattern
    )


def all_capitalised(text: str) -> bool:
    words = [w for w in rules.WORD.findall(text) if w[0].isalpha() and len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def metadata_shape(line: Line) -> tuple[str, str, dict[str, str]] | None:
    """Date, byline, caption or credit lines: (reason, rule, metadata fields) or None."""
    text = line.text
    if line.menu:
        return None
    if line.date:
        return "date", "date line", {"date": text.strip(" •·|-–—")}
    match = rules.BYLINE.match(text) or rules.BARE_BYLINE.match(text)
    if match and line.words <= 16:
        return "byline", "byline line", {"byline": match.group("names").strip(" ,&")}
    match = rules.CREDIT_CAPTION.match(text)
    if match and len(rules.WORD.findall(match.group("credit"))) <= 6 and not line.ends_sentence:
        return (
            "photo caption",
            "credit | caption line",
            {
                "credit": match.group("credit").strip(),
                "caption": match.group("caption").strip(),
            },
        )
    if rules.CAPTION_WORDS.search(text) and not line.ends_sentence:
        return "photo caption", "caption wording", {"caption": text}
    if line.pattern == "photo caption":
        field_name = "credit" if re.search(r"copyright|credit", text, re.I) else "caption"
        return "photo caption", "caption wording", {field_name: text}
    return None


def decide_region(lines: list[Line], start: int, end: int, options: CleaningOptions) -> None:
    """Inside the article: keep prose, subheads and short sentences; drop page furniture."""
    in_box = False  # inside a "Related" box: the links under its heading, up to the next prose
    for i in range(start, end):
        line = lines[i]
        if line.heading or (in_box and not line.prose):
            in_box = True
            line.drop("teaser list", "links box inside the article")
            continue
        in_box = False
        shape = metadata_shape(line)
        if shape and not line.prose:
            line.drop(shape[0], shape[1])
            line.meta = shape[2]
            continue
        if line.pattern:
            line.drop(line.pattern, f"{line.pattern} wording")
            continue
        decorated = rules.DECORATED_SUBHEAD.match(line.text)
        if decorated and not line.menu:
            line.keep("subhead", decorated.group("text"))
            continue
        if line.prose:
            line.keep("body")
            continue
        if line.menu:
            line.drop("navigation", "menu on one line")
        elif line.ends_sentence and line.words >= options.short_sentence_min_words and not line.truncated:
            line.keep("body")
        elif title_shaped(line, options) and is_between_body(lines, i, start, end, options):
            line.keep("subhead")
        elif (
            line.words >= options.fragment_keep_words
            and line.stop_ratio >= options.prose_min_stop_ratio
            and not line.truncated
            and capitalised_share(line.text) <= options.fragment_max_capitalised
        ):
            line.keep("body")
        elif line.truncated:
            line.drop("teaser list", "truncated teaser")
        else:
            line.drop("short fragment", "short line inside the article")


def capitalised_share(text: str) -> float:
    tokens = rules.WORD.findall(text)
    return sum(t[0].isupper() for t in tokens) / len(tokens) if tokens else 0.0


def is_between_body(lines: list[Line], i: int, start: int, end: int, options: CleaningOptions) -> bool:
    """A subhead has text after it (prose or a sentence), inside the article."""
    if not start < i < end - 1:
        return False
    following = lines[i + 1]
    return following.prose or (
        following.ends_sentence and following.words >= options.short_sentence_min_words
    )


def decide_outside(lines: list[Line], start: int, end: int, options: CleaningOptions) -> None:
    """Everything outside the article is removed; name why from its shape or section."""
    section = ""
    for i, line in enumerate(lines):
        if start <= i < end:
            section = "teaser list"  # what follows the article is other stories by default
            continue
        if i < start:
            section = ""  # before the article, each line is named by its own shape
        shape = metadata_shape(line)
        if line.heading:
            section = "teaser list" if not re.search(r"comment", line.text, re.I) else "comment form"
            line.drop(section, "section heading")
        elif line.pattern:
            line.drop(line.pattern, f"{line.pattern} wording")
            if line.pattern in rules.BOUNDARY_REASONS:
                section = line.pattern
        elif shape:
            line.drop(shape[0], shape[1])
            line.meta = shape[2]
        elif line.menu:
            line.drop("navigation", "menu on one line")
        elif section:
            line.drop(section, "after the article")
        elif line.prose:
            line.drop("outside the article", "prose away from the main text")
        elif line.truncated or (line.repeated and line.words >= options.repeated_line_min_words):
            line.drop("teaser list", "teaser shape")
        else:
            line.drop("navigation", "short line before the article")
