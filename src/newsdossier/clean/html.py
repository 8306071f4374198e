"""Seeds saved as web pages (.html, .htm): trafilatura finds the article in the HTML.

trafilatura reads the page's structure (it scores 0.95 on the development set where a text-only
cleaner cannot see tags), so HTML seeds use it rather than the text rules. Its result is turned
into the same Line decisions as plain text, so overrides, corrections and the "removed because"
list work the same way: visible text that trafilatura left out is recorded as removed. Where
the structure did not set the article apart, the text rules read trafilatura's paragraphs again
(second_reading).
"""

from __future__ import annotations

import re
from typing import Any

from . import rules
from .lede import split_lead
from .lines import Line, measure
from .options import DEFAULT_CLEANING, CleaningOptions
from .text import analyse, analyse_lines


def _normalise(text: str) -> str:
    return " ".join(rules.WORD.findall(text.lower()))


def _body_paragraphs(body) -> list[tuple[str, str]]:  # noqa: ANN001 - an lxml element
    """(kind, text) for the block elements of trafilatura's XML body."""
    found: list[tuple[str, str]] = []
    for element in body:
        if element.tag == "list":
            items = [" ".join("".join(item.itertext()).split()) for item in element.iter("item")]
            found.extend(("body", text) for text in items if text)
            continue
        text = " ".join("".join(element.itertext()).split())
        if text:
            found.append(("subhead" if element.tag == "head" else "body", text))
    return found


BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)


#: Control characters (other than tab and line ends), which lxml refuses in a text node.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element (what a reader would copy)."""
    import lxml.html

    html = CONTROL_CHARACTERS.sub("", html)
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for element in root.xpath("//script|//style|//noscript|//template|//head"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return [" ".join(line.split()) for line in root.text_content().split("\n") if line.strip()]


def analyse_html(html: str, options: CleaningOptions = DEFAULT_CLEANING) -> list[Line]:
    """Every visible line of the page with its decision, as text.analyse does for plain text."""
    import trafilatura  # imported here: loading lxml and trafilatura costs time text seeds need not pay

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True
    )
    document = None if isinstance(extracted, dict) else extracted  # a dict only when as_dict=True
    paragraphs = _body_paragraphs(document.body) if document is not None and document.body is not None else []
    if document is None or not paragraphs:
        # trafilatura keeps nothing on very short or unusual pages: read the visible text instead.
        return analyse("\n\n".join(visible_lines(html)), options)
    title = (document.title or "").strip()
    body_lines: list[Line] = []
    for kind, text in paragraphs:
        line = Line(0, text, 0, kind=kind)
        if title and text == title:
            line.drop("headline", "page title")
        body_lines.append(line)
    second_reading(body_lines, options)
    before, after = _outside_lines(html, paragraphs)
    kept = [line for line in body_lines if line.kind != "removed"]
    lines = before + body_lines + after
    for i, line in enumerate(lines):
        line.index = i
    measure(lines, options)
    for line in before:
        if title and line.text == title:
            line.drop("headline", "page title")
    first = before[0] if before else (kept[0] if kept else None)
    if first is not None:
        first.meta = {**_page_metadata(document, title, html), **first.meta}
    split_lead(lines, options)
    return lines


#: The text rules' second reading replaces trafilatura's when they find at least this share of the
#: words trafilatura kept to be page furniture: then the page's structure did not set the article
#: apart. Calibrated on two sides: the cleanbench-dev pages as plain-paragraph HTML (share removed:
#: median 0.44, 10th percentile 0.11) and the clean quotebench-dev texts as well-structured pages
#: (median 0.016, 90th percentile 0.05), where a second reading would only lose paragraphs.
SECOND_READING_MIN_SHARE = 0.1


def second_reading(body_lines: list[Line], options: CleaningOptions) -> None:
    """The text rules read trafilatura's paragraphs again and remove what they find to be page
    furniture there (menus, bylines, captions, teasers), with their reasons, when that is a
    large share of them.

    trafilatura finds the article by the page's structure; where the structure does not set the
    article apart (a page of plain paragraphs) it keeps nearly everything. On the cleanbench-dev
    pages given as plain-paragraph HTML, trafilatura alone scores F1 0.708 and the HTML path with
    this second reading about 0.93 (benchmarks/html_vs_trafilatura.py). On a page whose structure
    did its work, the text rules find little to remove and trafilatura's reading stands.
    """
    judged = analyse_lines("\n\n".join(line.text for line in body_lines), options)
    if len(judged) != len(body_lines) or not any(j.kind == "body" for j in judged):
        return
    words = sum(j.words for j in judged)
    furniture = sum(
        j.words for j, line in zip(judged, body_lines, strict=True) if j.kind == "removed" != line.kind
    )
    if not words or furniture < SECOND_READING_MIN_SHARE * words:
        return
    for line, verdict in zip(body_lines, judged, strict=True):
        if line.kind != "removed" and verdict.kind == "removed":
            line.drop(verdict.reason, f"{verdict.rule} (text rules on trafilatura's paragraphs)")
            line.meta = dict(verdict.meta)


def _outside_lines(html: str, paragraphs: list[tuple[str, str]]) -> tuple[list[Line], list[Line]]:
    """The page's visible lines outside the article, before and after it, each marked removed."""
    kept_text = f" {_normalise(' '.join(text for _, text in paragraphs))} "
    kept_paragraphs = {_normalise(text) for _, text in paragraphs}
    before: list[Line] = []
    after: list[Line] = []
    seen_article = False
    for text in visible_lines(html):
        words = _normalise(text)
        # A visible line belongs to the article when it is one of its paragraphs, or a long
        # enough piece of one (a short "Home" could match any article that says "home").
        if words and (words in kept_paragraphs or (len(words.split()) >= 4 and f" {words} " in kept_text)):
            seen_article = True
            continue
        line = Line(0, text, 0)
        line.drop("outside the main content", "trafilatura (HTML structure)")
        (after if seen_article else before).append(line)
    return before, after


def _page_metadata(document: Any, title: str, html: str) -> dict[str, str]:
    meta = {}
    if title:
        meta["headline"] = title
    if document.author:
        meta["byline"] = document.author
    if document.date and document.date in html:
        # Only a date the page states (e.g. in its published-time meta tag); trafilatura
        # may otherwise guess one from a copyright year, and nothing is invented here.
        meta["date"] = document.date
    return meta


def looks_like_html(name: str) -> bool:
    return bool(re.search(r"\.html?$", name, re.IGNORECASE))
