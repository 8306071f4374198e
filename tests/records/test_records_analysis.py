"""The Analysis record's indexes (records/analysis.py): by article, paragraph and sentence."""

from __future__ import annotations

from newsdossier.records import (
    Analysis,
    CoMention,
    Mention,
    ParagraphAnchors,
    Quote,
    Sentence,
    SentenceTerms,
    SnippetPlace,
)


def sentence(article: str, paragraph: int, index: int) -> Sentence:
    return Sentence(f"{article}-p{paragraph}-s{index}", article, paragraph, index, 0, 1, "x")


ANALYSIS = Analysis(
    mentions=(
        Mention("ana", "a", 0, 0, 3, "Ana"),
        Mention("ben", "a", 1, 0, 3, "Ben"),
        Mention("ana", "a", 1, 9, 12, "Ana"),
    ),
    quotes=(Quote("a-q1", "a", 0, "We stay", "ana"), Quote("b-q1", "b", 2, "We go", None)),
    facts=(),
    sentences=(sentence("a", 0, 0), sentence("b", 0, 0), sentence("a", 1, 0)),
    co_mentions=(CoMention("ana", "ben", 1),),
    terms=(SentenceTerms("a-p0-s0", (("stay", 1),)),),
    snippets=(SnippetPlace("a", "we stay", ("a-p0-s0",)),),
    anchors=(ParagraphAnchors("a", ("p-one", "p-two")),),
)


def test_records_are_found_by_article_paragraph_and_sentence_in_reading_order():
    assert [s.id for s in ANALYSIS.sentences_of("a")] == ["a-p0-s0", "a-p1-s0"]
    assert [m.actor for m in ANALYSIS.mentions_in("a", 1)] == ["ben", "ana"]
    assert ANALYSIS.mentions_in("a", 5) == () and ANALYSIS.sentences_of("z") == ()
    assert [q.id for q in ANALYSIS.quotes_of("b")] == ["b-q1"]
    assert ANALYSIS.terms_of("a-p0-s0") == ANALYSIS.terms[0] and ANALYSIS.terms_of("b-p0-s0") is None
    assert ANALYSIS.holding("a", "we stay") == ("a-p0-s0",) and ANALYSIS.holding("b", "we stay") == ()
    assert ANALYSIS.anchors_of("a") == ("p-one", "p-two") and ANALYSIS.anchors_of("b") == ()


def test_actors_named_together_are_tabled_as_the_analysis_pairs_them():
    assert ANALYSIS.together() == {"ana": {"ben": 1}}
    both = Analysis((), (), (), co_mentions=(CoMention("ana", "ben", 2), CoMention("ben", "ana", 2)))
    assert both.together() == {"ana": {"ben": 2}, "ben": {"ana": 2}}
