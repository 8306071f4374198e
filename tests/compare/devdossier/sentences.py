"""Sentences of the dev dossier's raw texts, named without copying them: article id, paragraph and
sentence index (for people) and a hash of the normalised sentence (for the gold, which stays
valid if the numbering shifts). The split is the gold's own, independent of src/, so that a change
to the pipeline's sentence cutter cannot silently move the gold.

    .venv/bin/python -m tests.compare.devdossier.sentences 07        # every sentence of article 07
    .venv/bin/python -m tests.compare.devdossier.sentences --gold    # the gold, sentence by sentence
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass

from ..corpora import PARIS, missing_reason, read_windows_1252

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|St|Lt|Col|Sgt|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m)"
    r"|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$"
)


@dataclass(frozen=True)
class Sentence:
    article: str  # "07": the file paris-attacks-07.txt
    paragraph: int  # 0-based index among the non-empty paragraphs of the raw text
    index: int  # 0-based index within the paragraph
    text: str

    @property
    def key(self) -> str:
        return sentence_key(self.text)


def normalise(text: str) -> str:
    """Lowercase letters and digits only: quote marks, dashes and spacing do not change a key."""
    text = unicodedata.normalize("NFKD", text).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def sentence_key(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:10]


def split(paragraph: str) -> list[str]:
    pieces: list[str] = []
    for piece in _BOUNDARY.split(" ".join(paragraph.split())):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return [p for p in pieces if p.strip()]


def article_sentences(article: str) -> list[Sentence]:
    text = read_windows_1252(PARIS / f"paris-attacks-{article}.txt")
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    return [
        Sentence(article, n, i, sentence)
        for n, paragraph in enumerate(paragraphs)
        for i, sentence in enumerate(split(paragraph))
    ]


def find(article: str, key: str, where: str = "") -> Sentence:
    """The sentence of the article with this key; where a scraped page repeats a sentence word
    for word (22 repeats its opening paragraphs), `where` ("p10.1") names the copy."""
    hits = [s for s in article_sentences(article) if s.key == key]
    if len(hits) > 1 and where:
        hits = [s for s in hits if f"p{s.paragraph}.{s.index}" == where]
    if len(hits) != 1:
        raise LookupError(f"gold sentence {article}:{key} matches {len(hits)} sentences of the article")
    return hits[0]


def main(argv: list[str]) -> None:
    reason = missing_reason(PARIS)
    if reason:
        sys.exit(reason)
    if argv and argv[0] == "--gold":
        from .gold import load_gold

        for topic, groups in load_gold().items():
            for group in groups:
                print(f"\n[{topic}] {group.label}")
                for ref in group.sentences:
                    s = find(ref.article, ref.key, ref.where)
                    print(f"  {s.article} p{s.paragraph}.{s.index} {s.key}  {s.text}")
        return
    for article in argv:
        for s in article_sentences(article):
            print(f"{s.article} p{s.paragraph}.{s.index} {s.key}  {s.text}")


if __name__ == "__main__":
    main(sys.argv[1:])
