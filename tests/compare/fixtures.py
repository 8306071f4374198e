"""A hand-built Dossier for the comparison tests: the five seed articles, three topics, key actors."""

from __future__ import annotations

from pathlib import Path

from newsdossier.records import Actor, Article, DateInfo, Dossier, DossierInfo, Topic

from .seedtext import TOPIC_ARTICLES, all_seed_articles

ACTORS = (
    Actor("vladimir-putin", "Vladimir Putin", "person", aliases=("Putin",)),
    Actor(
        "francois-hollande",
        "François Hollande",
        "person",
        aliases=("Hollande", "Francois Hollande", "Francois Holland"),
    ),
    Actor("bashar-al-assad", "Bashar al-Assad", "person", aliases=("Assad", "Bashar Assad", "Bashar")),
    Actor("sergei-lavrov", "Sergei Lavrov", "person", aliases=("Lavrov", "Sergey Lavrov")),
    Actor("barack-obama", "Barack Obama", "person", aliases=("Obama",)),
    Actor("angela-merkel", "Angela Merkel", "person", aliases=("Merkel",)),
    Actor(
        "islamic-state",
        "Islamic State",
        "group",
        aliases=("IS", "ISIS", "ISIL", "Daesh", "Islamic State group"),
    ),
    Actor("russia", "Russia", "state", aliases=("Moscow", "Kremlin", "Russian")),
    Actor("france", "France", "state", aliases=("French",)),
    Actor("united-states", "United States", "state", aliases=("U.S.", "US", "Washington")),
    Actor("turkey", "Turkey", "state", aliases=("Ankara", "Turkish")),
    Actor("syria", "Syria", "state", aliases=("Syrian", "Damascus")),
    Actor("germany", "Germany", "state", aliases=("German", "Berlin")),
    Actor(
        "us-led-coalition", "US-led coalition", "organisation", aliases=("U.S.-led coalition", "US coalition")
    ),
    Actor("nusra-front", "Nusra Front", "group", aliases=("Al-Nusra Front", "al-Nusra")),
)

TOPICS = (
    Topic(
        "paris-summit",
        "Hollande and Putin meet at the Paris summit",
        DateInfo(None),
        summary="On October 2, 2015, at a summit on Ukraine in Paris, Hollande told Putin that Russian "
        "air strikes in Syria must target Islamic State only.",
        key_questions=("What did Hollande ask of Putin?", "What did Russia's strikes hit?"),
    ),
    Topic(
        "moscow-pact",
        "France and Russia agree to coordinate strikes in Syria",
        DateInfo(None),
        summary="On November 26, 2015, Hollande and Putin met in Moscow and agreed to exchange intelligence "
        "and coordinate strikes against Islamic State, but stayed divided over Assad.",
        key_questions=(
            "What did France and Russia agree?",
            "Will Russia cooperate with the US-led coalition?",
        ),
    ),
    Topic(
        "turkey-shootdown",
        "Turkey shoots down a Russian jet",
        DateInfo(None),
        summary="On November 24, 2015, Turkey shot down a Russian warplane near the Syrian border; Moscow "
        "called it a provocation and relations between Russia and Turkey deteriorated.",
        key_questions=("Who is to blame for the downing of the jet?", "Was the jet warned?"),
    ),
)


def article_topics(article_id: str) -> tuple[str, ...]:
    return tuple(topic for topic, ids in TOPIC_ARTICLES.items() if article_id in ids)


def make_dossier(topics: tuple[Topic, ...] = TOPICS) -> Dossier:
    cleaned = all_seed_articles()
    articles = tuple(
        Article(
            id=article_id,
            source=f"seeds/{article_id}.txt",
            title=article_id,
            outlet=None,
            topics=article_topics(article_id),
        )
        for article_id in cleaned
    )
    return Dossier(
        root=Path("."),
        info=DossierInfo(title="test"),
        articles=articles,
        topics=topics,
        actors=ACTORS,
        outlets=(),
        events=(),
    )


def reading(cleaned, analysis=None, dossier=None):
    """An Analysis built from fixtures as compare() needs it: the given mentions, quotes and facts
    (none by default) with the sentences of the cleaned articles (and their paragraph anchors),
    each quote placed in the sentences that carry it and given its wording, the quotes grouped
    into statements, each fact placed in its sentence, and the terms of every sentence and topic
    read with `dossier`'s actors (the fixture dossier's by default), as analyze() does."""
    from dataclasses import replace

    from newsdossier.analyze import group_quotes, sentences_only
    from newsdossier.analyze.comparison_terms import sentence_terms, topic_terms
    from newsdossier.analyze.fact_context import placed
    from newsdossier.analyze.sentences import quote_sentences
    from newsdossier.analyze.snippets import snippet_places
    from newsdossier.analyze.terms import AliasIndex
    from newsdossier.analyze.wording import wording
    from newsdossier.records import Analysis

    analysis = analysis or Analysis((), (), ())
    dossier = dossier or make_dossier()
    aliases = AliasIndex.from_actors(dossier.actors)
    read = sentences_only(cleaned)
    sentences = read.sentences
    quotes = tuple(
        replace(
            q,
            sentences=q.sentences or quote_sentences(q, sentences),
            wording=q.wording if q.wording.words else wording(q.text),
        )
        for q in analysis.quotes
    )
    groups = analysis.quote_groups or tuple(group_quotes(quotes, cleaned))
    unplaced = [f for f in analysis.facts if not f.sentence]
    facts = tuple(f for f in analysis.facts if f.sentence) + tuple(placed(unplaced, list(sentences), aliases))
    return replace(
        analysis,
        facts=facts,
        sentences=sentences,
        quotes=quotes,
        quote_groups=groups,
        terms=analysis.terms or sentence_terms(list(sentences), list(analysis.mentions), aliases),
        topic_terms=analysis.topic_terms or topic_terms(dossier.topics, aliases),
        snippets=analysis.snippets or snippet_places(dossier.topics, _by_article(sentences)),
        anchors=analysis.anchors or read.anchors,
    )


def _by_article(sentences):
    grouped = {}
    for sentence in sentences:
        grouped.setdefault(sentence.article, []).append(sentence)
    return grouped


def read_terms(passages, aliases, actors_of=None):
    """{passage: what analyze reads of it for comparison (records.SentenceTerms)}, for passages
    made up in a test: the analysis' own term reader, with `actors_of` as the passage's mentions."""
    from newsdossier.analyze.comparison_terms import sentence_terms
    from newsdossier.records import Mention, Sentence

    actors_of = actors_of or {}
    sentences, mentions = [], []
    for number, passage in enumerate(passages):
        sentence_id = passage.sentence or f"{passage.article}-p{passage.paragraph}-n{number}"
        sentences.append(
            Sentence(sentence_id, passage.article, -1 - number, 0, 0, len(passage.text), passage.text)
        )
        mentions += [
            Mention(actor, passage.article, -1 - number, 0, 0, actor) for actor in actors_of.get(passage, ())
        ]
    records = sentence_terms(sentences, mentions, aliases)
    return dict(zip(passages, records, strict=True))


def units_of(passages, aliases, actors_of=None, speaker_of=None, quote_of=None, options=None):
    """compare's units of made-up passages, their terms read as analyze reads them."""
    from newsdossier.compare.align import build_units
    from newsdossier.compare.options import DEFAULT_ALIGNMENT

    read = read_terms(passages, aliases, actors_of)
    terms = [read[p] for p in passages]
    return build_units(passages, terms, speaker_of, quote_of, None, options or DEFAULT_ALIGNMENT)


def placed_facts(passages, aliases=None):
    """The analysis' facts of made-up passages, each placed in its passage (Fact.sentence is the
    passage's sentence id), as analyze places them."""
    from newsdossier.analyze.fact_context import placed
    from newsdossier.analyze.facts import paragraph_facts
    from newsdossier.analyze.terms import AliasIndex
    from newsdossier.records import Sentence

    aliases = aliases or AliasIndex.from_actors(())
    found = []
    for p in passages:
        facts = paragraph_facts(p.article, p.paragraph, p.text, None)
        found += placed(
            facts, [Sentence(p.sentence, p.article, p.paragraph, 0, 0, len(p.text), p.text)], aliases
        )
    return tuple(found)
