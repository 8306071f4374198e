"""Find the article in the plain text of a scraped page.

The page is cut into lines; each line gets shape features (words, stop-word share, sentence
end, boilerplate wording). The article is the run of lines with the highest score, prose lines
counting their words and other lines a penalty (the body-text-extraction idea of Finn et al.,
2001, on lines instead of HTML tags). Inside that run, short lines are kept as subheads or
sentences; outside it everything is removed, each removal with a named reason. Metadata (headline,
byline, dateline, date, caption) is read from the lines around the article.

jusText's paragraph classifier was measured as an extra signal on the development pages and
left out: as a bonus/penalty on these scores it lowered F1 from 0.943 to 0.922, used alone for
the region it gave 0.886, and it triples the cleaning time (lxml parse per page).
"""

from __future__ import annotations

from ..records import CleanResult, Paragraph, RemovedSpan, TextMetadata
from .decide import decide_outside, decide_region
from .embedded import REASON as EMBED_REASON
from .embedded import strip_embedded_markup
from .headline import find_headline
from .keep import second_look
from .lede import split_lead
from .lines import Line, best_region, is_prose, measure, split_lines
from .options import DEFAULT_CLEANING, CleaningOptions


def analyse(raw: str, options: CleaningOptions = DEFAULT_CLEANING) -> list[Line]:
    """Every line of the page with its decision (kept as body/subhead, or removed and why)."""
    raw, markup = strip_embedded_markup(raw)
    lines = analyse_lines(raw, options)
    for tag in markup:  # after the page's lines, so that the spans keep the page's order
        line = Line(len(lines), tag, -1)
        line.drop(EMBED_REASON, "tag around an embed")
        lines.append(line)
    return lines


def analyse_lines(raw: str, options: CleaningOptions) -> list[Line]:
    lines = split_lines(raw, options)
    measure(lines, options)
    if not lines:
        return lines
    start, end = best_region(lines, options)
    if end <= start:
        # No line reads as English prose: the page is in another language, where the stop-word
        # test means nothing. Judge lines by length and sentence ends alone.
        for line in lines:
            line.stop_ratio = 1.0
            line.prose = is_prose(line, options)
        start, end = best_region(lines, options)
    if end <= start:
        for line in lines:
            line.drop("no article text", "no prose found")
        return lines
    decide_region(lines, start, end, options)
    decide_outside(lines, start, end, options)
    find_headline(lines, start, end, options)
    second_look(lines, start, end)
    split_lead(lines, options)
    for i, line in enumerate(lines):
        if i < start - options.header_window or i >= end + options.trailer_window:
            # A date or byline far from the article belongs to another story; the headline and
            # standfirst were chosen for this article (headline.py looks further up for them).
            line.meta = {k: v for k, v in line.meta.items() if k in ("headline", "standfirst")}
    return lines


def to_result(lines: list[Line]) -> CleanResult:
    """The decisions as the contract's record: paragraphs, metadata and removed spans."""
    paragraphs = tuple(
        Paragraph("subhead" if line.kind == "subhead" else "body", line.text)
        for line in lines
        if line.kind != "removed"
    )
    found: dict[str, str] = {}
    spans: list[tuple[str, str, list[str]]] = []  # (reason, rule, texts), joined at the end
    last_index = -2
    for line in lines:
        for key, value in line.meta.items():
            if key != "removed":
                found.setdefault(key, value)
        if "removed" in line.meta and line.kind != "removed":
            what = "dateline and byline" if "byline" in line.meta else "dateline"
            spans.append((what, "fused into the first paragraph", [line.meta["removed"]]))
            last_index = -2
        if line.kind != "removed":
            continue
        if (
            spans
            and spans[-1][0] == line.reason
            and spans[-1][1] == line.rule
            and line.index == last_index + 1
        ):
            spans[-1][2].append(line.text)  # consecutive lines removed for the same reason: one span
        else:
            spans.append((line.reason, line.rule, [line.text]))
        last_index = line.index
    removed = [RemovedSpan("\n".join(texts), reason, rule) for reason, rule, texts in spans]
    metadata = TextMetadata(
        headline=found.get("headline"),
        byline=found.get("byline"),
        dateline=found.get("dateline"),
        date=found.get("date"),
        caption=found.get("caption"),
        credit=found.get("credit"),
        standfirst=found.get("standfirst"),
    )
    return CleanResult(paragraphs, metadata, tuple(removed))
