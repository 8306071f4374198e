from dataclasses import replace

from newsdossier.analyze import analyze
from newsdossier.analyze.terms import AliasIndex
from newsdossier.analyze.wording import wording
from newsdossier.compare import compare
from newsdossier.compare.contradictions import find_contradictions
from newsdossier.compare.units import similarity
from newsdossier.records import Actor, AlignmentChoice, Analysis, ComparisonRow, Fact, Passage

from .evaluate import evaluate, overall, pipeline_inputs
from .fixtures import make_dossier, placed_facts, read_terms, reading, units_of
from .seedtext import all_seed_articles

EMPTY = Analysis((), (), ())


def _run(dossier=None, analysis=EMPTY):
    cleaned = all_seed_articles()
    dossier = dossier or make_dossier()
    return compare(dossier, cleaned, reading(cleaned, analysis, dossier))


def _row_with(comparison, *snippets):
    for row in comparison.rows:
        if all(any(s in p.text for p in row.passages) for s in snippets):
            return row
    return None


def test_rows_join_paraphrases_across_outlets():
    result = _run()
    pact = result["moscow-pact"]
    assert _row_with(
        pact, "exchange intelligence on Islamic State", "would swap data to help identify IS targets"
    )
    assert _row_with(pact, "must stay in the hands of the Syrian people", "should be entirely in the hands")
    lavrov = _row_with(
        result["paris-summit"], "targeting the same militant groups", "targeting the same terror groups"
    )
    assert lavrov and lavrov.label.startswith("Foreign Minister Sergei Lavrov")  # not "He insisted..."


def test_rows_hold_two_articles_sorted_widely_reported_first():
    for comparison in _run().values():
        counts = [len({p.article for p in row.passages}) for row in comparison.rows]
        assert all(c >= 2 for c in counts)
        assert counts == sorted(counts, reverse=True)
        for row in comparison.rows:
            assert row.label and row.kind in {"quote", "fact", "claim"}
        aligned = {p for row in comparison.rows for p in row.passages}
        assert not aligned & set(comparison.only)


def test_gold_set_precision_and_recall_floor():
    """Regression guard on the hand-made gold set, seeds cut by hand, no analysis (measured
    0.891 / 0.698 since the analysis reads the terms and a paraphrase class ('=strike') is no longer
    the same term as the stem of the same spelling ('strike' of "striking"): one more wrong pair and
    two more right ones in paris-summit; 0.904 / 0.667 since the opening-phrase and copula clause
    breaks and attached clauses, 0.917 / 0.619 since "terrorism" joined the militant class, 0.913 /
    0.587 since the continuation rule and the relative-"that" clause break, 0.929 / 0.540 before them, 0.939 / 0.444 before the
    recall pass: with no analysis there are no quote rows and no speakers of direct quotes)."""
    precision, recall = overall(evaluate())
    assert precision >= 0.88
    assert recall >= 0.68


def test_pipeline_precision_and_recall_floor():
    """Regression guard on the gold set through the project's own load, clean and analyze
    stages, editors' pins and vetoes left out (measured 1.000 / 0.921; shootdown recall 0.833;
    1.000 / 0.873 before the opening-phrase and copula clause breaks and attached clauses;
    1.000 / 0.857 before "terrorism" joined the militant class;
    1.000 / 0.746 before the continuation and restatement rules, the relative-"that" break and
    the drive and destroy classes).
    Links need a shared anchor since the reviewer's precision pass (was 0.854 / 0.635), and the
    recall pass (runner-up links, same-speaker and same-body anchors, different agents) raised
    0.951 / 0.603 to 1.000 / 0.746."""
    dossier, cleaned, analysis = pipeline_inputs()
    scores = evaluate(compare(dossier, cleaned, analysis), cleaned)
    precision, recall = overall(scores)
    assert precision >= 0.95
    assert recall >= 0.9
    assert scores["turkey-shootdown"][1] >= 0.8  # the downing, told in side clauses, is aligned


def test_contradiction_on_coalition_pledge_is_flagged_by_rule():
    pact = _run()["moscow-pact"]
    flagged = [
        c for c in pact.contradictions if any("failed to gain any pledge" in p.text for p in c.passages)
    ]
    assert flagged
    others = {p.article for p in flagged[0].passages[1:]}
    assert "france-russia-team-on-syrian-fight" in others
    assert "pledge from Putin over helping the US-led coalition" in flagged[0].label
    # The versions of the disputed claim also sit side by side in one row.
    assert any(set(flagged[0].passages) <= set(row.passages) for row in pact.rows)
    assert not _run()["paris-summit"].contradictions


def test_pins_and_vetoes_are_editorial_choices():
    dossier = make_dossier()
    pin = AlignmentChoice(
        passages=(
            ("russia-france-up-battle", "killed 130 people"),
            ("france-russia-team-on-syrian-fight", "killed 130 people"),
        ),
        label="130 dead in the Paris attacks",
        note="same toll",
    )
    veto = AlignmentChoice(
        passages=(
            ("russia-france-up-battle", "exchange intelligence on Islamic State"),
            ("putin-hollande-agree-to-coordinate", "would swap data"),
        ),
        note="not the same speaker",
    )
    topics = tuple(
        replace(t, pins=(pin,), vetoes=(veto,)) if t.id == "moscow-pact" else t for t in dossier.topics
    )
    pact = _run(replace(dossier, topics=topics))["moscow-pact"]
    first = pact.rows[0]
    assert first.editorial == "pinned" and first.label == "130 dead in the Paris attacks"
    # The two pinned passages first, then the third article's, which the method aligned with them.
    assert [p.article for p in first.passages] == [
        "russia-france-up-battle",
        "france-russia-team-on-syrian-fight",
        "putin-hollande-agree-to-coordinate",
    ]
    assert all("killed 130 people" in p.text for p in first.passages[:2])
    assert (
        first.note == "same toll (The editors pinned 2 passages; 1 more was found with them automatically.)"
    )
    assert not any(set(first.passages[:2]) <= set(row.passages) for row in pact.rows[1:])  # not shown twice
    assert pact.vetoed == (veto,)
    for row in pact.rows:
        texts = " ".join(p.text for p in row.passages)
        assert not ("exchange intelligence on Islamic State" in texts and "would swap data" in texts)


def test_facts_from_analysis_agree_and_disagree():
    cleaned = all_seed_articles()

    def fact(article, snippet, value, kind="casualties"):
        index = next(i for i, p in enumerate(cleaned[article].paragraphs) if snippet in p.text)
        return Fact(article, index, kind, value, snippet, subject="killed")

    analysis = Analysis(
        (),
        (),
        (
            fact("russia-france-up-battle", "130 people", "130"),
            fact("france-russia-team-on-syrian-fight", "130 people", "130"),
            fact("russia-france-up-battle", "224 people", "224"),
            fact("france-russia-team-on-syrian-fight", "killed 224", "225"),  # a made-up disagreement
        ),
    )
    dossier = make_dossier()
    pin = AlignmentChoice(
        passages=(
            ("russia-france-up-battle", "224 people"),
            ("france-russia-team-on-syrian-fight", "killed 224"),
        ),
        label="Sinai",
    )
    pin2 = AlignmentChoice(
        passages=(
            ("russia-france-up-battle", "killed 130 people"),
            ("france-russia-team-on-syrian-fight", "killed 130"),
        ),
        label="Paris",
    )
    topics = tuple(replace(t, pins=(pin, pin2)) if t.id == "moscow-pact" else t for t in dossier.topics)
    facts = _run(replace(dossier, topics=topics), analysis)["moscow-pact"].facts
    paris = [f for f in facts if f.kind == "casualties" and {c.value for c in f.cells} == {"130"}]
    assert paris and paris[0].agreement == "agree" and "people" in paris[0].label
    # The made-up 225 shares its sentence with the Paris toll: it could belong to either
    # event, so it never makes a disagreement (the reviewer's "Nov. 13" in the Sinai row).
    assert not [f for f in facts if f.agreement == "disagree"]
    alone = Analysis((), (), analysis.facts[2:])  # the Sinai tolls only: one value per sentence
    facts = _run(replace(dossier, topics=topics), alone)["moscow-pact"].facts
    sinai = [f for f in facts if f.kind == "casualties" and {c.value for c in f.cells} == {"224", "225"}]
    assert sinai and sinai[0].agreement == "disagree"
    # Rows two outlets carry come before what one outlet says.
    kinds = [f.agreement for f in facts]
    assert (
        kinds.index("single") > max(i for i, k in enumerate(kinds) if k != "single")
        if "single" in kinds
        else True
    )


def test_analysis_mentions_anchor_alignment_without_aliases():
    a = Passage("a", 0, "The Kremlin leader vowed to swap intelligence with Paris on militant targets.")
    b = Passage(
        "b", 0, "The Russian head of state promised to share data with France about jihadist targets."
    )
    no_aliases = AliasIndex.from_actors(())
    plain = units_of([a, b], no_aliases)
    anchored = units_of([a, b], no_aliases, actors_of={a: ("vladimir-putin",), b: ("vladimir-putin",)})
    assert similarity(*anchored) > similarity(*plain) > 0


def test_multi_topic_articles_rows_go_to_closest_topic():
    """A row goes to one topic; a sentence packing a pact claim and a shootdown claim may sit
    in a row of each (through its clauses)."""
    result = _run()
    pact_rows = {frozenset(row.passages) for row in result["moscow-pact"].rows}
    turkey_rows = {frozenset(row.passages) for row in result["turkey-shootdown"].rows}
    assert turkey_rows and not pact_rows & turkey_rows
    downing = [
        row for row in result["turkey-shootdown"].rows if any("Turkey downed" in p.text for p in row.passages)
    ]
    assert downing and len({p.article for p in downing[0].passages}) == 3


def test_contradiction_rule_is_general():
    actors = (
        Actor("ruritania", "Ruritania", "state"),
        Actor("alliance", "Northern Alliance", "organisation"),
        Actor("king", "King Rudolf", "person", aliases=("Rudolf",)),
    )
    aliases = AliasIndex.from_actors(actors)
    denied = Passage(
        "a", 0, "But the envoy failed to win any promise from Rudolf over helping the Northern Alliance."
    )
    affirmed = Passage("b", 3, "Rudolf said Ruritania stands ready to cooperate with the Northern Alliance.")
    unrelated = Passage("c", 1, "Rudolf opened a bridge over the river on Monday.")
    criticism = Passage(
        "d", 2, "Rudolf blamed the Northern Alliance for failing to cooperate with the envoy."
    )
    units = units_of([denied, affirmed, unrelated, criticism], aliases)
    row = ComparisonRow("help for the alliance", "claim", (denied, affirmed, unrelated))
    found = find_contradictions(
        (row,), units, read_terms([denied, affirmed, unrelated, criticism], aliases).__getitem__
    )
    assert len(found) == 1
    assert found[0].passages == (denied, affirmed)
    assert "failed to win any promise from Rudolf over helping the Northern Alliance" in found[0].label
    assert found[0].note.startswith('a says "failed')
    # "blamed X for failing to" criticises; it is not a denial of what others report.
    row2 = ComparisonRow("blame", "claim", (criticism, affirmed))
    read = read_terms([criticism, affirmed], aliases)
    assert not find_contradictions((row2,), units_of([criticism, affirmed], aliases), read.__getitem__)


def test_unaligned_contradictions_are_sought_among_passages_as_close_as_the_options_ask():
    """A denial outside any row is checked against passages of other articles from
    contradiction_similarity on: found at the default, not when the options ask for closer ones."""
    from newsdossier.compare.options import AlignmentOptions
    from newsdossier.compare.vectors import cosine, single_terms

    actors = (
        Actor("alliance", "Northern Alliance", "organisation"),
        Actor("king", "King Rudolf", "person", aliases=("Rudolf",)),
    )
    aliases = AliasIndex.from_actors(actors)
    denied = Passage(
        "a", 0, "The envoy failed to win any promise from Rudolf over helping the Northern Alliance."
    )
    affirmed = Passage("b", 3, "Rudolf promised the envoy he would help the Northern Alliance.")
    units = units_of([denied, affirmed], aliases)
    read = read_terms([denied, affirmed], aliases).__getitem__
    similarity = cosine(single_terms(units[0].vector), single_terms(units[1].vector))
    found = find_contradictions((), units, read, AlignmentOptions(contradiction_similarity=similarity))
    assert [c.passages for c in found] == [(denied, affirmed)]
    closer = AlignmentOptions(contradiction_similarity=similarity + 0.01)
    assert find_contradictions((), units, read, closer) == ()


def test_facts_come_from_the_analysis_only():
    """compare never reads numbers from the text: without analysis facts there is no facts table;
    with the analysis' facts, the Paris toll two outlets give agrees."""
    assert all(not c.facts for c in _run().values())
    dossier, cleaned = make_dossier(), all_seed_articles()
    pact = compare(dossier, cleaned, reading(cleaned, analyze(dossier, cleaned)))["moscow-pact"]
    agreed = [f for f in pact.facts if f.agreement == "agree" and any(c.value == "130" for c in f.cells)]
    assert agreed
    assert {c.article for c in agreed[0].cells} >= {
        "russia-france-up-battle",
        "france-russia-team-on-syrian-fight",
    }
    singles = [f for f in pact.facts if f.agreement == "single"]
    assert singles and all(len(f.cells) == 1 and f.label for f in singles)


def test_quote_rows_name_the_speaker_from_the_analysis():
    from newsdossier.records import Quote

    cleaned = all_seed_articles()

    def quote(article, snippet):
        index = next(i for i, p in enumerate(cleaned[article].paragraphs) if snippet in p.text)
        return Quote(
            id=f"{article}-q{index}",
            article=article,
            paragraph=index,
            text=snippet,
            speaker="vladimir-putin",
            wording=wording(snippet),  # the words analyze gives a quote: compare counts and diffs them
        )

    analysis = Analysis(
        (),
        (
            quote(
                "russia-france-up-battle",
                "the fate of the president of Syria must stay in the hands of the Syrian people",
            ),
            quote(
                "france-russia-team-on-syrian-fight",
                "the Syrian president\u2019s fate should be entirely in the hands of the Syrian people",
            ),
        ),
        (),
    )
    pact = _run(analysis=analysis)["moscow-pact"]
    rows = [r for r in pact.rows if r.kind == "quote"]
    assert len(rows) == 1
    row = rows[0]
    assert row.label.startswith("Vladimir Putin: \u201c")
    assert any("must stay in the hands" in p.text for p in row.passages)
    assert any("should be entirely in the hands" in p.text for p in row.passages)
    # The quoted words of each passage, in the passages' order, for the word-level diff.
    assert len(row.quotes) == len(row.passages)
    assert all(q in " ".join(p.text.split()) for q, p in zip(row.quotes, row.passages, strict=False))
    # Without a speaker from the analysis, rows are never of kind "quote".
    assert not [r for r in _run()["moscow-pact"].rows if r.kind == "quote"]


def test_topic_without_articles_gives_an_empty_comparison():
    from newsdossier.records import DateInfo, Topic

    dossier = make_dossier()
    lonely = Topic("empty-topic", "Nothing yet", DateInfo(None))
    cleaned = all_seed_articles()
    result = compare(replace(dossier, topics=dossier.topics + (lonely,)), cleaned, reading(cleaned))
    assert result["empty-topic"].rows == () and result["empty-topic"].articles == ()


# A made-up world, so that the general rules are tested away from the seeds' words.
WORLD_ACTORS = (
    Actor("ruritania", "Ruritania", "state", aliases=("Ruritanian",)),
    Actor("borduria", "Borduria", "state", aliases=("Bordurian",)),
    Actor("bordurian-forces", "Bordurian forces", "organisation", affiliation="borduria"),
    Actor("syldavia", "Syldavia", "state", aliases=("Syldavian",)),
    Actor("rebels", "the Northern rebels", "group", aliases=("Northern rebels",)),
)


def _world(*articles: list[str]):
    """A dossier of one topic whose articles are the given lists of paragraphs."""
    from pathlib import Path

    from newsdossier.records import (
        Article,
        CleanArticle,
        DateInfo,
        Dossier,
        DossierInfo,
        Paragraph,
        TextMetadata,
        Topic,
    )

    cleaned = {
        f"article-{i}": CleanArticle(
            f"article-{i}", tuple(Paragraph("body", p) for p in paragraphs), TextMetadata(), ()
        )
        for i, paragraphs in enumerate(articles)
    }
    dossier = Dossier(
        Path("."),
        DossierInfo("world"),
        tuple(
            Article(id=a, source=f"seeds/{a}.txt", title=a, outlet=None, topics=("crisis",)) for a in cleaned
        ),
        (Topic("crisis", "The border crisis", DateInfo(None)),),
        WORLD_ACTORS,
        (),
        (),
    )
    return compare(dossier, cleaned, reading(cleaned, dossier=dossier))["crisis"]


def test_split_clauses_keeps_phrases_and_cuts_side_clauses():
    from newsdossier.analyze.sentence_clauses import split_clauses

    clauses = split_clauses(
        "Relations between Ruritania and Borduria have deteriorated sharply since Bordurian forces downed "
        "a Ruritanian warplane on Tuesday and the capital has warned of serious consequences for trade."
    )
    assert clauses == [
        "Relations between Ruritania and Borduria have deteriorated sharply",
        "since Bordurian forces downed a Ruritanian warplane on Tuesday",
        "the capital has warned of serious consequences for trade.",
    ]
    assert split_clauses("Ruritania and Borduria met.") == ["Ruritania and Borduria met."]


def test_a_fact_told_in_side_clauses_is_aligned_and_unrelated_claims_are_not():
    comparison = _world(
        [
            "Relations between Ruritania and Syldavia, long strained by quarrels over fishing rights, river tolls "
            "and grain prices, have deteriorated sharply since Bordurian forces downed a Ruritanian warplane on "
            "Tuesday and the capital has warned of serious consequences for trade, tourism and banking.",
            "Ruritania will also increase its support to rebel groups battling the militants on the ground.",
        ],
        [
            "That conflict erupted last week when Borduria downed a Ruritanian plane that had been bombing villages "
            "near the frontier.",
            "Syldavia and the king have backed opposing forces in the long war, with Syldavia supporting rebel "
            "groups opposed to the king.",
        ],
        [
            "The minister's tour of the northern capitals, meant to rally allies behind a common plan for the "
            "fishing dispute, was thrown off track after Borduria shot down a Ruritanian jet on the frontier on "
            "Tuesday.",
            "Harvest festivals opened in the southern provinces with music and dancing.",
        ],
    )
    downing = [row for row in comparison.rows if any("downed" in p.text for p in row.passages)]
    assert len(downing) == 1
    assert {p.article for p in downing[0].passages} == {"article-0", "article-1", "article-2"}
    texts = " ".join(p.text for row in comparison.rows for p in row.passages)
    assert "Harvest festivals" not in texts


def test_claims_about_different_actors_are_not_aligned():
    """Two countries backing rebel groups share their words, not their subject."""
    from newsdossier.compare.align import cluster_units

    aliases = AliasIndex.from_actors(WORLD_ACTORS)
    own = Passage(
        "a",
        0,
        "Ruritania will also increase its support to rebel groups battling the militants on the ground.",
    )
    other = Passage(
        "b",
        0,
        "Syldavia and the king have backed opposing forces in the long war, with Syldavia "
        "supporting rebel groups opposed to the king.",
    )
    same = Passage(
        "b", 1, "Ruritania is to step up its support for the rebel groups fighting militants on the ground."
    )
    units = units_of([own, other], aliases)
    assert sorted(cluster_units(units, aliases)) == [[0], [1]]
    units = units_of([own, same], aliases)
    assert cluster_units(units, aliases) == [[0, 1]]


def test_word_pairs_keep_who_does_what():
    from newsdossier.analyze.terms import passage_terms
    from newsdossier.compare.vectors import single_terms

    aliases = AliasIndex.from_actors(WORLD_ACTORS)
    terms = passage_terms("Borduria targets the rebels.", aliases)
    assert "+@borduria>=target" in terms and "+=target>=rebel" in terms
    reverse = passage_terms("The rebels target Borduria.", aliases)
    assert "+@borduria>=target" not in reverse
    assert {t for t in terms if t[0] != "+"} == {t for t in reverse if t[0] != "+"}
    assert all(t[0] != "+" for t in single_terms({"a": 0.6, "+a>b": 0.8}))
    # An organisation also counts for the state it belongs to.
    assert "@borduria" in passage_terms("Bordurian forces fired.", aliases)


def test_a_link_needs_a_shared_anchor_and_one_side_speaking():
    """Alike words are not enough: "a source of one side said X" and "officials of the other
    side believe X" are two claims; two sentences sharing only a place and an event noun are
    not one claim; the same two actors and the same event class are."""
    from newsdossier.compare.align import cluster_units

    aliases = AliasIndex.from_actors(WORLD_ACTORS)
    own = Passage(
        "a",
        0,
        "A Ruritanian security source said the raids had targeted rebel fighters near the northern dam.",
    )
    other = Passage(
        "b", 0, "Syldavian officials believe the raids had targeted rebel fighters near the northern dam."
    )
    plain = Passage(
        "b", 1, "The raids had targeted rebel fighters near the northern dam, witnesses reported."
    )
    assert sorted(cluster_units(units_of([own, other], aliases), aliases)) == [[0], [1]]
    assert cluster_units(units_of([own, plain], aliases), aliases) == [[0, 1]]
    # Only a place and an event noun in common: no anchor.
    stepped = Passage(
        "a",
        1,
        "Both Ruritania and Borduria have stepped up their bombing campaigns in Syldavia since the floods.",
    )
    flying = Passage(
        "b", 2, "Borduria has been flying a bombing campaign in Syldavia since March at the king's request."
    )
    assert sorted(cluster_units(units_of([stepped, flying], aliases), aliases)) == [[0], [1]]


def test_quote_rows_take_the_analysis_groups_and_never_mix_speakers():
    """compare does not decide which quotes are one statement (analyze/group.py does): it places
    each version of a group in its sentence, keeps only the group's speaker's versions, and drops
    groups one article tells."""
    from newsdossier.compare.quotes import quote_groups
    from newsdossier.records import Quote, QuoteGroup

    passages = [
        Passage(
            "a", 0, "\u201cThe regent has no place in the future of Ruritania,\u201d Rudolf said.", "a-0"
        ),
        Passage(
            "b",
            0,
            "Rudolf said the regent \u201cdoes not have his place in Ruritania\u2019s future.\u201d",
            "b-0",
        ),
        Passage(
            "c", 0, "\u201cThe regent has no place in the future of Ruritania,\u201d the envoy said.", "c-0"
        ),
        Passage(
            "c", 1, "\u201cWe will open the bridge on Monday for all the carts,\u201d Rudolf said.", "c-1"
        ),
    ]

    def said(quote_id: str, paragraph: int, text: str, speaker: str) -> Quote:
        article = quote_id[0]
        sentence = f"{article}-{paragraph}"
        return Quote(
            quote_id, article, paragraph, text, speaker, sentences=(sentence,), wording=wording(text)
        )

    a = said("a-q1", 0, "The regent has no place in the future of Ruritania", "king")
    b = said("b-q1", 0, "does not have his place in Ruritania\u2019s future", "king")
    envoy = said("c-q1", 0, "The regent has no place in the future of Ruritania", "envoy")
    bridge = said("c-q2", 1, "We will open the bridge on Monday for all the carts", "king")
    scare = said("b-q2", 0, "no place", "king")  # fewer words than MIN_QUOTE_WORDS, by its wording
    groups = (
        QuoteGroup("a-q1", "king", a.text, (a, b, envoy, scare), fragment=False),
        QuoteGroup("c-q2", "king", bridge.text, (bridge,), fragment=False),
    )
    found = quote_groups(groups, passages)
    assert len(found) == 1
    # The envoy's identical words stay out, and so do the two words of the scare quote.
    assert {v.quote.id for v in found[0]} == {"a-q1", "b-q1"}
    assert {v.passage for v in found[0]} == set(passages[:2])
    # A version whose sentence is not among the topic's passages is left out, and then the group
    # spans one article: no row.
    assert quote_groups(groups, passages[1:]) == []


def test_facts_keep_qualifiers_calendar_dates_and_no_invented_year():
    from newsdossier.compare.facts import fact_rows

    a = Passage("a", 0, "The floods of Halloween left more than 1,200 people dead in the valley.", "a-0")
    b = Passage(
        "b", 0, "The floods of October 31 left 1,200 people dead in the valley, officials said.", "b-0"
    )
    row = ComparisonRow("floods", "fact", (a, b))
    facts = fact_rows((row,), placed_facts((a, b)), ())
    dates = [f for f in facts if f.kind == "date"]
    assert dates and dates[0].agreement == "agree" and {c.value for c in dates[0].cells} == {"31 October"}
    tolls = [f for f in facts if f.kind == "casualties"]
    assert tolls and tolls[0].agreement == "agree"
    assert {c.value for c in tolls[0].cells} == {"more than 1,200", "1,200"}  # as written
    assert "\u2026 people dead" in tolls[0].label


def test_cosine_does_not_depend_on_term_order():
    """Builds are byte-identical whatever PYTHONHASHSEED: the shared terms come out of a set in
    hash order, so the products are summed exactly (math.fsum), never in that order."""
    import math

    from newsdossier.compare.vectors import cosine

    terms = [f"t{i}" for i in range(40)]
    a = {t: 1 / (i + 3) for i, t in enumerate(terms)}
    b = {t: 1 / (i + 7) ** 0.5 for i, t in enumerate(terms)}
    products = [a[t] * b[t] for t in terms]
    # The data can tell: a plain sum in some order differs from the exact one.
    assert any(sum(products[k:] + products[:k]) != math.fsum(products) for k in range(len(products)))
    assert cosine(a, b) == math.fsum(products) == cosine(b, a)


def test_a_pinned_quote_takes_in_versions_of_its_own_quote_only():
    """A sentence quoting two people sits in the rows of both quotes; the versions of the other
    person's quote do not join a pin made for the first one."""
    from newsdossier.compare.editors import same_quote as _same_quote

    both = Passage("a", 0, 'The king said "the raids must stop now", while the regent said "we will go on".')
    king = Passage("b", 0, 'The king repeated that "the raids must stop now".')
    regent = Passage("c", 0, 'The regent insisted: "we will go on".')
    pin = ComparisonRow(
        "King: stop the raids", "quote", (both, king), quotes=("the raids must stop now",) * 2
    )
    other = ComparisonRow("Regent: go on", "quote", (both, regent), quotes=("we will go on",) * 2)
    again = ComparisonRow("King", "quote", (both, king), quotes=("the raids must stop now",) * 2)
    assert not _same_quote(pin, other)
    assert _same_quote(pin, again)


def test_published_pact_rows_keep_each_quote_apart():
    dossier, cleaned, analysis = pipeline_inputs(with_pins=True)
    pact = compare(dossier, cleaned, analysis)["moscow-pact"]
    fate = next(row for row in pact.rows if row.label.startswith("Putin: Assad's fate"))
    assert not any("has no place" in p.text and "Putin" not in p.text for p in fate.passages)


def test_an_automatic_row_holding_a_whole_pin_widens_it_instead_of_repeating_it():
    from newsdossier.compare.editors import widen_pins as _widen_pins

    a, b, c, d = (Passage(x, 0, f"The king said the raids on the port would stop ({x}).") for x in "abcd")
    units = units_of([a, b, c, d], AliasIndex.from_actors(()))
    by_passage = {u.passage: u for u in units}
    pin = ComparisonRow("The raids stop", "claim", (a, b), editorial="pinned", note="Two wordings.")
    holding = ComparisonRow("auto", "claim", (a, b, c))
    partial = ComparisonRow("other", "claim", (b, d))
    pins, rows = _widen_pins([pin], [holding, partial], by_passage, {})
    assert rows == [partial]  # shares a passage only: a sentence may pack two claims
    assert (
        pins[0].passages == (a, b, c) and pins[0].label == "The raids stop" and pins[0].editorial == "pinned"
    )
    assert (
        pins[0].note
        == "Two wordings. (The editors pinned 2 passages; 1 more was found with them automatically.)"
    )
    # A row holding two pins merges neither: two editors' rows stay two rows.
    other_pin = ComparisonRow("Port reopens", "claim", (c, d), editorial="pinned")
    both = ComparisonRow("auto", "claim", (a, b, c, d))
    pins, rows = _widen_pins([pin, other_pin], [both], by_passage, {})
    assert [p.passages for p in pins] == [(a, b), (c, d)] and rows == [both]


def test_rows_joined_by_decimals_percentages_money_and_ranges_get_a_label():
    """A decimal shared by two articles once crashed the build (`int('0.4')` in the fact label)."""
    comparison = _world(
        [
            "The central bank said growth slowed to 0.4 percent in the third quarter, down from 1.6 percent.",
            "The fund lent $2.5 billion over 10-12 years, its 3rd loan since 2014.",
        ],
        [
            "Growth slowed to 0.4 percent in the third quarter, the central bank said, after 1.6 percent.",
            "A loan of $2.5 billion over 10-12 years was the fund's 3rd since 2014.",
        ],
    )
    labels = {row.label for row in comparison.rows}
    assert any("0.4 percent" in label for label in labels), labels


def test_each_alignment_reads_the_longest_quotes_once(monkeypatch):
    """Topics with the same articles share one alignment; the longest quotation of each sentence is
    read once per alignment, for the units and for the "not matched" list alike."""
    import newsdossier.compare.topic as recipe

    calls = []
    counted = recipe.longest_quotes
    monkeypatch.setattr(recipe, "longest_quotes", lambda analysis: calls.append(1) or counted(analysis))
    dossier, cleaned, analysis = pipeline_inputs()
    comparisons = compare(dossier, cleaned, analysis)
    assert len(calls) == len({c.articles for c in comparisons.values()}) >= 2
