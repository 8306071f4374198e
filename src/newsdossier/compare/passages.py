"""Cut cleaned articles into passages: sentences, never whole articles.

Rows compare sentences because a news paragraph often packs two claims (a quote
and its paraphrase, a casualty figure and a date); aligning whole paragraphs
would glue unrelated claims together.
"""

from __future__ import annotations

import re

from ..lexicon import ABBREVIATIONS
from ..records import CleanArticle, Passage

# Sentences shorter than this many words ("He agreed.") are joined to the
# sentence before them: on their own they align with nothing. Calibrated by
# reading the splits of the five seeds: no informative sentence is shorter.
MIN_SENTENCE_WORDS = 4

# A sentence ends at . ! or ? (optionally followed by closing quotes or
# brackets), then whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de])""")
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?][\"'\u201d\u2019)\]]*\s+$")
_WORD = re.compile(r"\w+")


def _is_abbreviation(text_before: str) -> bool:
    """True when the full stop just before the boundary belongs to an abbreviation."""
    if re.search(r"(\.\.\.|\u2026)[\"'\u201d\u2019)\]]*\s+$", text_before):
        return True  # an ellipsis inside a quotation does not end the sentence
    match = _WORD_BEFORE.search(text_before)
    if not match:
        return False
    word = match.group(1).lower().split("-")[-1]
    if word in ABBREVIATIONS:
        return True
    # Initials such as "J." or "U.S.-led"-style dotted acronyms.
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def _inside_quotation(text_before: str) -> bool:
    """True when a quotation opened before the boundary is still open there.

    A quote of two sentences stays one passage: cut after its first sentence, the second
    would start mid-quote ("We will share the lists ... now," the minister told...) and
    lose its speaker. Curly marks are counted open against close; straight double marks
    by parity (a paragraph that opens a quote it never closes stays whole).
    """
    curly = text_before.count("\u201c") - text_before.count("\u201d")
    if curly > 0:
        return True
    return text_before.count('"') % 2 == 1


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations, initials and quotations intact."""
    text = " ".join(text.split())
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if _is_abbreviation(text[start:end]) or _inside_quotation(text[start:end]):
            continue
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    sentences: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if sentences and len(_WORD.findall(piece)) < MIN_SENTENCE_WORDS:
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    if len(sentences) > 1 and len(_WORD.findall(sentences[0])) < MIN_SENTENCE_WORDS:
        sentences[1] = f"{sentences[0]} {sentences[1]}"
        del sentences[0]
    return sentences


def article_passages(article: CleanArticle) -> list[Passage]:
    """Every sentence of an article's body paragraphs, with its paragraph index."""
    passages: list[Passage] = []
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind != "body":
            continue
        for sentence in split_sentences(paragraph.text):
            passages.append(Passage(article=article.article_id, paragraph=index, text=sentence))
    return passages
