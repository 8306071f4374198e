"""Sentences: the one sentence splitter of the project, and the sentence records of an article.

Two readings of a paragraph use it:

- `sentence_spans(text)` cuts at every sentence end. The quote finder runs it on a
  masked paragraph where each quotation is one placeholder character, so a full stop
  inside a quotation never splits the sentence that carries it.
- `reading_spans(text)` is what readers and comparisons see as sentences: a quotation of
  two sentences stays whole (cut after its first sentence, the second would start
  mid-quote and lose its speaker), and a very short sentence ("He agreed.") joins its
  neighbour, since on its own it says nothing that can be compared.

Offsets always point into the paragraph as the cleaner left it.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..lexicon import ABBREVIATIONS
from ..records import CleanArticle, Quote, Sentence

# Sentences shorter than this many words ("He agreed.") are joined to the sentence before them
# (the first sentence of a paragraph, to the one after): on their own they align with nothing.
# Calibrated by reading the splits of the five seeds: no informative sentence is shorter.
MIN_SENTENCE_WORDS = 4

# A sentence ends at . ! or ? (several: "?!"), optionally followed by closing quotes or
# brackets, before whitespace and something that can start a sentence: a capital, a digit, an
# opening quote or bracket, or the placeholder of a masked quotation (\ue000).
_SENTENCE_END = re.compile(
    r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de\ue000])"
)
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?]*[\"'\u201d\u2019)\]]*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)[\"'\u201d\u2019)\]]*$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_WORD = re.compile(r"\w+")


def _false_end(text_before: str) -> bool:
    """The full stop ending `text_before` belongs to an abbreviation, initials or an ellipsis:
    "Mr.", "Sept.", "Gen.-Maj.", "J.", "U.S.", "in ... Hama"."""
    if _ELLIPSIS.search(text_before):
        return True
    word = _WORD_BEFORE.search(text_before)
    if not word:
        return False
    token = word.group(1).rstrip(".").lower().split("-")[-1]
    return token in ABBREVIATIONS or bool(_INITIALS.fullmatch(token))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of a paragraph as (start, end), abbreviations and initials kept whole."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith(".") and _false_end(text[start : match.end()]):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _inside_quotation(text_before: str) -> bool:
    """A quotation opened before this point is still open: curly marks are counted open against
    close; straight double marks by parity (a paragraph that opens a quote it never closes
    stays whole)."""
    if text_before.count("\u201c") - text_before.count("\u201d") > 0:
        return True
    return text_before.count('"') % 2 == 1


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def reading_spans(text: str) -> list[tuple[int, int]]:
    """The sentences a reader sees: quotations whole, very short sentences joined to a neighbour."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        if spans and _inside_quotation(text[spans[-1][0] : start]):
            spans[-1] = (spans[-1][0], end)
        elif spans and _words(text[start:end]) < MIN_SENTENCE_WORDS:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if len(spans) > 1 and _words(text[spans[0][0] : spans[0][1]]) < MIN_SENTENCE_WORDS:
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


def article_sentences(clean: CleanArticle) -> list[Sentence]:
    """The sentences of an article's body paragraphs, with stable ids and character spans."""
    found: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(clean.paragraphs):
        if paragraph.kind != "body":
            continue
        for index, (start, end) in enumerate(reading_spans(paragraph.text)):
            found.append(
                Sentence(
                    id=f"{clean.article_id}-p{paragraph_index}-s{index}",
                    article=clean.article_id,
                    paragraph=paragraph_index,
                    index=index,
                    start=start,
                    end=end,
                    text=" ".join(paragraph.text[start:end].split()),
                )
            )
    return found


# A quote whose first words no sentence holds verbatim (an ellipsis, a bracket) is placed in the
# sentence it overlaps best, from this rapidfuzz partial_ratio (0-100) on.
QUOTE_PLACE_MATCH = 78


def _plain_words(text: str) -> list[str]:
    """Lower-case words without punctuation or typographic apostrophes."""
    return re.findall(r"[\w']+", text.lower().replace("\u2019", "'"))


def quote_sentences(quote: Quote, sentences: tuple[Sentence, ...] | list[Sentence]) -> tuple[str, ...]:
    """Ids of the sentences of the quote's paragraphs that carry its words: the one holding its
    first words first, then every other sharing four words in a row with it."""
    paragraphs = set(quote.paragraphs or (quote.paragraph,))
    candidates = [s for s in sentences if s.article == quote.article and s.paragraph in paragraphs]
    words = _plain_words(quote.text)
    head = " ".join(words[:4])
    holding = next((s for s in candidates if head and head in " ".join(_plain_words(s.text))), None)
    if holding is None:
        scored = [
            (fuzz.partial_ratio(" ".join(words), " ".join(_plain_words(s.text))), s) for s in candidates
        ]
        scored = [item for item in scored if item[0] >= QUOTE_PLACE_MATCH]
        holding = max(scored, key=lambda item: item[0])[1] if scored else None
    raw = quote.text.split()
    windows = [" ".join(raw[i : i + 4]) for i in range(0, max(1, len(raw) - 3), 2)]
    sharing = [s.id for s in candidates if any(window in s.text for window in windows)]
    first = [holding.id] if holding is not None else []
    return tuple(dict.fromkeys(first + sharing))
