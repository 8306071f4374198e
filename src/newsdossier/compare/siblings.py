"""Topics that share articles (one report covering a summit and a shootdown): which of them a row
belongs to."""

from __future__ import annotations

from collections import Counter

from ..records import Analysis, Dossier, Topic, TopicTerms
from .units import Unit
from .vectors import cosine, idf_table, weigh


def sibling_topics(topic: Topic, dossier: Dossier, article_ids: tuple[str, ...]) -> list[Topic]:
    """The topics these articles also belong to, the article's first-listed (primary) topic first."""
    ids: list[str] = []
    for article in dossier.articles:
        if article.id in article_ids:
            ids.extend(t for t in article.topics if t not in ids)
    known = {t.id: t for t in dossier.topics}
    return [known[i] for i in ids if i in known]


def _topic_vectors(
    topics: list[Topic], units: list[Unit], read: dict[str, TopicTerms]
) -> dict[str, dict[str, float]]:
    terms = {t.id: Counter(dict(read[t.id].terms)) if t.id in read else Counter() for t in topics}
    idf = idf_table([Counter(u.vector.keys()) for u in units[:2000]] + list(terms.values()))
    return {tid: weigh(t, idf) for tid, t in terms.items()}


def topic_filter(
    topic: Topic, dossier: Dossier, article_ids: tuple[str, ...], analysis: Analysis, units: list[Unit]
):
    """A test telling whether passages (their vectors) belong to `topic` rather than a sibling topic.

    Sibling topics share articles (one report covers a summit and a shootdown). A row goes
    to a sibling other than the articles' primary (first-listed) topic only when it names an
    actor that sibling's title names and the others' titles do not (the country that
    shot a plane down, say), and its words are closer to that sibling than to any other.
    Title words as well as actors were tried: on the pipeline run the shootdown topic's
    recall rose 0.833 -> 1.0, but on the hand-cut seeds the pact topic's fell 0.561 -> 0.488.
    """
    siblings = sibling_topics(topic, dossier, article_ids)
    if len(siblings) <= 1:
        return lambda vectors: True
    read = {t.topic: t for t in analysis.topic_terms}
    topic_vectors = _topic_vectors(siblings, units, read)
    # Titles say what a topic is about; summaries also name the background actors.
    actors = {
        t.id: {"@" + actor for actor in read[t.id].title_actors} if t.id in read else set() for t in siblings
    }
    distinctive = {
        t.id: actors[t.id] - set().union(*(actors[o.id] for o in siblings if o.id != t.id)) for t in siblings
    }
    primary = siblings[0].id

    def owner(vectors: list[dict[str, float]]) -> str:
        named = set().union(*(v.keys() for v in vectors))
        eligible = [t for t in siblings[1:] if distinctive[t.id] & named]
        if not eligible:
            return primary
        scores = {t.id: max(cosine(v, topic_vectors[t.id]) for v in vectors) for t in siblings}
        best = max(eligible, key=lambda t: scores[t.id])
        return best.id if scores[best.id] > scores[primary] else primary

    return lambda vectors: owner(vectors) == topic.id
