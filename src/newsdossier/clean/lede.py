"""The first paragraph: a dateline and byline fused into it become metadata ("BERLIN — Text"),
and a lede the page repeats (the first paragraph, then the wire's copy with its dateline) is
kept once."""

from __future__ import annotations

from difflib import SequenceMatcher

from . import rules
from .lines import Line
from .options import CleaningOptions


def normalise_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in rules.WORD.findall(text)]


def same_paragraph(a: str, b: str, options: CleaningOptions) -> bool:
    if min(len(a), len(b)) < options.duplicate_similarity * max(len(a), len(b)) - options.dateline_max_chars:
        return False  # lengths alone tell them apart
    wa, wb = normalise_words(a), normalise_words(b)
    if not wa or not wb or min(len(wa), len(wb)) < options.duplicate_similarity * max(len(wa), len(wb)):
        return False
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    # quick_ratio is a cheap upper bound of ratio: most pairs are told apart without aligning.
    return (
        matcher.quick_ratio() >= options.duplicate_similarity
        and matcher.ratio() >= options.duplicate_similarity
    )


def split_lead(lines: list[Line], options: CleaningOptions) -> None:
    """Separate a dateline and byline fused into the first paragraph; keep a repeated lede once."""
    body = [line for line in lines if line.kind == "body"]
    if not body:
        return
    first = body[0]
    fused = split_dateline(first)
    # The duplicated lede: the first paragraph, then the same text again with a dateline.
    for other in body[1 : 1 + options.duplicate_lede_window]:
        if other.index - first.index > options.duplicate_lede_window:
            break
        if same_paragraph(first.text, other.text, options) or (
            not fused
            and split_dateline(other, apply=False)
            and same_paragraph(first.text, strip_dateline(other.text), options)
        ):
            # Keep the wire's own version (with its dateline, which becomes metadata) once.
            kept, dropped = (
                (other, first) if rules.DATELINE_LEAD.match(other.text) and not fused else (first, other)
            )
            dropped.drop("duplicate lede", "first paragraph repeated")
            if kept is other:
                split_dateline(other)
            break


def strip_dateline(text: str) -> str:
    match = rules.DATELINE_LEAD.match(text)
    return match.group("body") if match else text


def split_dateline(line: Line, apply: bool = True) -> bool:
    """'BERLIN — Text' or 'LYON, FRANCE, Jane Doe- Text': dateline (and byline) to metadata."""
    if not line.text[:2].isupper():
        return False  # a dateline opens with a place in capitals
    match = rules.DATELINE_LEAD.match(line.text)
    if not match:
        return False
    dateline = match.group("dateline").strip(" ,")
    body = match.group("body")
    if dateline.split(",")[0].strip().upper() in rules.NOT_DATELINES:
        return False
    # A dateline is a place in capitals, not the first words of a sentence.
    if len(dateline) < 3 or dateline.split(",")[0].strip().upper() != dateline.split(",")[0].strip():
        return False
    if not body[:1].isupper() and body[:1] not in "\"“'‘(":
        return False
    if apply:
        line.meta = {**line.meta, "dateline": dateline}
        if match.group("byline"):
            line.meta["byline"] = match.group("byline").strip()
        line.meta["removed"] = line.text[: match.start("body")].strip()
        line.text = body
    return True
