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
from bisect import bisect_left, bisect_right

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
_CLOSERS = "\"'\u201d\u2019)]"
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)[\"'\u201d\u2019)\]]*$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_WORD = re.compile(r"\w+")


def _false_end(text_before: str) -> bool:
    """The full stop ending `text_before` belongs to an abbreviation, initials or an ellipsis:
    "Mr.", "Sept.", "Gen.-Maj.", "J.", "U.S.", "in ... Hama"."""
    if _ELLIPSIS.search(text_before):
        return True
    word = _word_before(text_before)
    if not word:
        return False
    token = word.rstrip(".").lower().split("-")[-1]
    return token in ABBREVIATIONS or bool(_INITIALS.fullmatch(token))


def _word_before(text: str) -> str:
    r"""The word before the stops and closing marks ending a text, read from the end ("" when
    none). Same as the group of `([\w.\-]+)[.!?]*["'”’)\]]*$` with its trailing dots
    stripped, but that regex, searched from the left, tries every position of the text (it was
    the splitter's costliest step). Where it finds only a run of dots, the word is "" as well."""
    core = text.rstrip(_CLOSERS).rstrip(".!?")
    start = len(core)
    while start and (core[start - 1].isalnum() or core[start - 1] in "_.-"):
        start -= 1
    return core[start:]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of a paragraph as (start, end), abbreviations and initials kept whole."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # The word before the stop is short: a bounded look-back keeps a long sentence linear.
        if match.group().startswith(".") and _false_end(text[max(start, match.end() - 80) : match.end()]):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def reading_spans(text: str) -> list[tuple[int, int]]:
    """The sentences a reader sees: quotations whole, very short sentences joined to a neighbour."""
    spans: list[tuple[int, int]] = []
    # Quote marks counted in the last span so far, piece by piece as it grows (counting the whole
    # span again at each sentence would cost n² on a paragraph with a quotation never closed).
    opened = straight = 0
    counted_to = 0
    for start, end in sentence_spans(text):
        inside = False
        if spans:
            piece = text[counted_to:start]
            opened += piece.count("\u201c") - piece.count("\u201d")
            straight += piece.count('"')
            counted_to = start
            inside = opened > 0 or straight % 2 == 1
        if spans and (inside or _words(text[start:end]) < MIN_SENTENCE_WORDS):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
            opened = straight = 0
            counted_to = start
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


class SentenceFinder:
    """An article's sentences found by position: the ones a quotation's parts overlap, and their
    neighbours (a long paragraph has thousands: comparing every quote with every sentence of
    it would cost n²)."""

    def __init__(self, sentences: list[Sentence]):
        self.by_paragraph: dict[int, list[Sentence]] = {}
        for sentence in sentences:
            self.by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
        self.starts = {p: [s.start for s in listed] for p, listed in self.by_paragraph.items()}

    def around(self, spans: tuple[tuple[int, int, int], ...]) -> list[Sentence]:
        found: list[Sentence] = []
        for paragraph, start, end in spans:
            listed = self.by_paragraph.get(paragraph, [])
            first = max(0, bisect_right(self.starts.get(paragraph, []), start) - 2)
            last = bisect_left(self.starts.get(paragraph, []), end) + 1
            found.extend(s for s in listed[first:last] if s not in found)
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
