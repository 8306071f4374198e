"""What one topic's comparison reads (compare/scope.py): its articles' records only, cut once."""

from __future__ import annotations

from pathlib import Path

from newsdossier.compare.scope import topic_scopes
from newsdossier.records import (
    Analysis,
    Article,
    CleanArticle,
    DateInfo,
    Dossier,
    DossierInfo,
    Fact,
    Quote,
    QuoteGroup,
    Sentence,
    TextMetadata,
    Topic,
)


def article(article_id: str, *topics: str) -> Article:
    return Article(id=article_id, source="", title=article_id, outlet=None, topics=topics)


def test_each_topic_gets_its_articles_records_and_topics_with_the_same_articles_share_a_cut():
    topics = tuple(Topic(t, t.title(), DateInfo(None)) for t in ("summit", "pact", "twin", "empty"))
    articles = (article("a", "summit", "twin"), article("b", "summit", "pact", "twin"), article("c", "pact"))
    articles += (article("uncleaned", "summit"),)
    dossier = Dossier(Path("."), DossierInfo("t"), articles, topics, (), (), ())
    cleaned = {a: CleanArticle(a, (), TextMetadata(), ()) for a in "abc"}
    quotes = {a: Quote(f"{a}-q1", a, 0, "We will stay", "mayor") for a in "abc"}
    analysis = Analysis(
        (),
        tuple(quotes.values()),
        tuple(Fact(a, 0, "number", "4", "four") for a in "abc"),
        sentences=tuple(Sentence(f"{a}-p0-s0", a, 0, 0, 0, 4, "Text") for a in "abc"),
        quote_groups=(QuoteGroup("a-q1", "mayor", "We will stay", tuple(quotes.values()), False),),
    )
    scopes = {s.topic.id: s for s in topic_scopes(dossier, cleaned, analysis)}
    assert list(scopes) == ["summit", "pact", "twin", "empty"]
    summit = scopes["summit"]
    assert summit.article_ids == ("a", "b")  # the uncleaned article is left out
    assert [t.id for t in summit.siblings] == ["summit", "twin", "pact"]
    assert {q.article for q in summit.analysis.quotes} == {"a", "b"}
    assert {f.article for f in summit.analysis.facts} == {"a", "b"}
    assert [s.article for s in summit.analysis.sentences] == ["a", "b"]
    # A quote group is cut to the topic's quotes.
    [group] = summit.analysis.quote_groups
    assert [q.article for q in group.quotes] == ["a", "b"]
    assert scopes["pact"].article_ids == ("b", "c")
    assert scopes["twin"].analysis is summit.analysis  # same articles: one cut
    assert scopes["empty"].article_ids == () and scopes["empty"].analysis.quotes == ()
