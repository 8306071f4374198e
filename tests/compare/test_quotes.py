"""Quote rows' versions (compare/quotes.py): placed in their sentences, joined per passage, labelled."""

from __future__ import annotations

from newsdossier.analyze.wording import wording
from newsdossier.compare.quotes import LABEL_WORDS, QuoteVersion, passage_wordings, quote_label
from newsdossier.records import Passage, Quote


def version(quote_id: str, passage: Passage, text: str) -> QuoteVersion:
    quote = Quote(quote_id, passage.article, passage.paragraph, text, "mayor", wording=wording(text))
    return QuoteVersion(quote, passage)


def test_a_label_names_the_speaker_and_cuts_the_quote_at_label_words():
    long = tuple(f"w{i}" for i in range(LABEL_WORDS + 3))
    assert quote_label("Ana Lopez", long) == f"Ana Lopez: \u201c{' '.join(long[:LABEL_WORDS])}\u2026\u201d"
    assert quote_label("", ("We", "will", "rebuild,")) == "\u201cWe will rebuild\u201d"


def test_versions_in_one_passage_are_joined_in_order_by_an_ellipsis():
    a, b = Passage("a", 0, "", "a-p0-s0"), Passage("b", 2, "", "b-p2-s0")
    held = passage_wordings(
        [
            version("a-q1", a, "We will rebuild"),
            version("b-q1", b, "We shall rebuild it"),
            version("a-q2", a, "every house"),
        ]
    )
    assert list(held) == [a, b]
    text, words = held[a]
    assert text == "We will rebuild \u2026 every house"
    assert words.words == ("We", "will", "rebuild", "\u2026", "every", "house")
    assert held[b] == ("We shall rebuild it", wording("We shall rebuild it"))
