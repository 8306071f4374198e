"""The general rules of the recall pass (compare/align.py, analyze/terms.py and sentence_clauses.py), on invented actors."""

from newsdossier.analyze.mentions import AliasMatcher
from newsdossier.analyze.reported import reported_speaker
from newsdossier.analyze.sentence_clauses import places_named, split_clauses
from newsdossier.analyze.terms import AliasIndex, passage_terms
from newsdossier.compare.align import _nodes, cluster_units
from newsdossier.compare.anchors import different_agents as _different_agents
from newsdossier.compare.anchors import same_organisation as _same_organisation
from newsdossier.compare.anchors import strongly_anchored as _strongly_anchored
from newsdossier.compare.joining import continuations as _continuations
from newsdossier.compare.joining import restatements as _restatements
from newsdossier.compare.options import AlignmentOptions
from newsdossier.records import Actor, Mention, Passage, Sentence

from .fixtures import read_terms, units_of

ACTORS = (
    Actor("ruritania", "Ruritania", "state", aliases=("Ruritanian",)),
    Actor("syldavia", "Syldavia", "state"),
    Actor("alliance", "Northern Alliance", "organisation", affiliation="syldavia"),
    Actor("navy", "Ruritanian Navy", "organisation", aliases=("the navy",), affiliation="ruritania"),
    Actor("smugglers", "Black Hand", "group"),
    Actor("king", "King Rudolf", "person", aliases=("Rudolf",), affiliation="ruritania"),
    Actor("regent", "Regent Ottokar", "person", aliases=("Ottokar",), affiliation="syldavia"),
)
ALIASES = AliasIndex.from_actors(ACTORS)


def _speakers(passages):
    """Who speaks each passage, as the analysis reads it (analyze/reported.py)."""
    matcher = AliasMatcher(ACTORS)
    speakers = {}
    for p in passages:
        mentions = tuple(Mention(h.actor, p.article, 0, h.start, h.end, h.text) for h in matcher.find(p.text))
        speaker = reported_speaker(p.text, Sentence("s", p.article, 0, 0, 0, len(p.text), p.text), mentions)
        if speaker:
            speakers[p] = speaker
    return speakers


def _whole_nodes(*texts):
    passages = [Passage(chr(ord("a") + i), 0, text) for i, text in enumerate(texts)]
    units = units_of(passages, ALIASES, speaker_of=_speakers(passages))
    return [node for node in _nodes(units, ALIASES) if node.whole]


def test_actor_names_with_a_suffix_still_name_the_actor():
    found = [
        actor for _, _, actor in ALIASES.find("Ruritania-backed gangs crossed into Black Hand-held valleys")
    ]
    assert found == ["ruritania", "smugglers"]
    assert ALIASES.find("the Ruritania-Syldavia border talks") == []


def test_a_possessive_after_over_is_not_a_place():
    assert places_named("Syldavia voiced anxiety over Ruritania's raids", ALIASES) == frozenset()
    assert places_named("Syldavia voiced anxiety over raids in Ruritania", ALIASES) == frozenset(
        {"ruritania"}
    )


def test_weekday_makes_no_pairs():
    terms = passage_terms("Rudolf agreed on Monday to help Syldavia", ALIASES)
    assert "~monday" in terms
    assert not [t for t in terms if t.startswith("+") and "~monday" in t]


def test_different_sides_doing_the_same_thing_are_two_claims():
    coalition, ruritania, again = _whole_nodes(
        "The Northern Alliance has been bombing the Black Hand for a year.",
        "Ruritania was bombing the same Black Hand camps as the Northern Alliance.",
        "Ruritania has been bombing Black Hand camps since Monday.",
    )
    assert _different_agents(coalition, ruritania)
    assert not _different_agents(ruritania, again)


def test_same_speaker_with_two_other_actors_is_a_strong_anchor():
    told, said, other = _whole_nodes(
        "Rudolf told Ottokar that the Northern Alliance raids must be limited to the Black Hand.",
        "Rudolf said the Northern Alliance strikes should hit the Black Hand alone.",
        "Ottokar said the Northern Alliance raids hit the Black Hand.",
    )
    assert told.speaker == said.speaker == "king"
    assert _strongly_anchored(told, said)
    assert not _strongly_anchored(told, other)  # another speaker


def test_same_body_of_a_state_on_the_same_event_links_however_different_the_details():
    depot = (
        "The Ruritanian Navy released footage showing that its gunboats hit a Black Hand depot "
        "near the old lighthouse of the southern harbour town on Friday."
    )
    targets = (
        "The navy said it had struck five Black Hand targets, including a training camp, "
        "a fuel dump and a radio mast in the northern hills."
    )
    bridge = "Rudolf said his gunboats hit the harbour."
    navy_a, navy_b, king = _whole_nodes(depot, targets, bridge)
    assert _same_organisation(navy_a, navy_b)
    assert not _same_organisation(navy_a, king)
    passages = [
        Passage("a", 0, depot),
        Passage("b", 0, targets),
        Passage("c", 0, "Ottokar opened a new bridge over the river."),
    ]
    clusters = cluster_units(units_of(passages, ALIASES), ALIASES)
    assert [0, 1] in clusters  # a cosine of about 0.09: only the shared body of a state links them


def test_a_high_score_is_an_anchor_of_its_own_where_unanchored_link_is_set():
    """Two sentences sharing six words, in another order, and no number, actor pair, event pair or
    word pair: no anchor, so no row, unless their score reaches unanchored_link (a wide topic's)."""
    passages = [
        Passage(
            "a", 0, "Mourners left candles, flowers and handwritten notes outside the shuttered theatre."
        ),
        Passage("a", 1, "Ottokar opened a new bridge over the river."),
        Passage("b", 0, "Flowers lay outside the theatre, shuttered since Friday, with candles and notes."),
        Passage("b", 1, "The harvest festival will open on Monday."),
    ]
    units = units_of(passages, ALIASES)
    assert [0] in cluster_units(units, ALIASES)  # a cosine of about 0.33, no anchor
    assert [0, 2] in cluster_units(units, ALIASES, AlignmentOptions(unanchored_link=0.3))
    assert [0] in cluster_units(units, ALIASES, AlignmentOptions(unanchored_link=0.35))


def test_a_question_the_writer_asks_and_a_bracketed_aside_align_with_nothing():
    """ "But who ordered the raids on the Black Hand?" shares its words with the answer, and two
    articles can carry one bracketed link to another story: neither reports anything."""
    claim = "Rudolf ordered the naval raids on the Black Hand depots in the harbour, officials said."
    passages = [
        Passage("a", 0, claim),
        Passage("b", 0, "But who ordered the naval raids on the Black Hand depots in the harbour?"),
        Passage("b", 1, "[Read more: the naval raids on the Black Hand depots in the harbour]"),
        Passage("c", 0, "[Read more: the naval raids on the Black Hand depots in the harbour]"),
        Passage("c", 1, claim),
    ]
    clusters = cluster_units(units_of(passages, ALIASES), ALIASES)
    assert [0, 4] in clusters and [1] in clusters and [2] in clusters and [3] in clusters
    # Without the analysis' word that they report nothing, they would join rows.
    units = units_of(passages, ALIASES)
    for unit in units:
        unit.reports = True
    assert [1] not in cluster_units(units, ALIASES) and [2] not in cluster_units(units, ALIASES)


def test_a_question_the_writer_asks_is_not_listed_as_not_matched():
    from newsdossier.compare.topic import _informative

    passages = [
        Passage("a", 0, "But why did 40 officers of the harbour guard stay at home on Monday?"),
        Passage("a", 1, "Forty officers of the harbour guard stayed at home on Monday, the navy said."),
    ]
    read = read_terms(passages, ALIASES)
    question, statement = units_of(passages, ALIASES)
    assert not _informative(question, read[passages[0]], None)
    assert _informative(statement, read[passages[1]], None)


def test_a_sentence_attributed_back_goes_on_with_the_claim_before_it():
    passages = [
        Passage("a", 0, "Rudolf said the navy raids should hit the Black Hand alone."),
        Passage(
            "a",
            1,
            'He said it was vital that "the raids, whoever makes them, hit the smugglers alone and no one else".',
        ),
        Passage(
            "a", 2, "He said the harvest festival would open on Monday."
        ),  # attributed back, shares nothing
        Passage("b", 0, "Rudolf told Ottokar that the navy raids must be limited to the Black Hand."),
        Passage("b", 1, 'The king added: "The raids will go on."'),  # names its speaker: not a back-reference
    ]
    units = units_of(passages, ALIASES)
    assert _continuations(units) == {1: 0}
    clusters = cluster_units(units, ALIASES)
    assert [0, 1, 3] in clusters  # the quote joins the row of the sentence it goes on with
    assert [2] in clusters


def test_a_relative_that_opens_a_side_clause_a_content_that_does_not():
    assert split_clauses(
        "Rudolf is on a diplomatic offensive against the Black Hand that has claimed the harbour attack of last week."
    ) == [
        "Rudolf is on a diplomatic offensive against the Black Hand",
        "that has claimed the harbour attack of last week.",
    ]
    assert (
        len(
            split_clauses(
                "Syldavia voiced serious concerns that the Ruritanian raids would strengthen the Black Hand."
            )
        )
        == 1
    )


def test_a_figure_told_twice_in_one_article_joins_the_row_of_either():
    passages = [
        Passage(
            "a",
            0,
            "Rudolf meets Ottokar a day after Ruritania launched raids, saying it had hit seven Black Hand targets.",
        ),
        Passage(
            "a", 1, "The fair opened with seven stalls and a parade of boats."
        ),  # the number, no event class
        Passage(
            "a",
            2,
            "The Ruritanian Navy said it had hit seven Black Hand targets, including a depot and a radio mast.",
        ),
        Passage("b", 0, "The navy released images showing that its gunboats hit a Black Hand depot."),
    ]
    units = units_of(passages, ALIASES)
    assert _restatements(units) == {0: {2}, 2: {0}}
    clusters = cluster_units(units, ALIASES)
    assert [0, 2, 3] in clusters


# Real-world country names: capitals and demonyms are general knowledge, resolved through the
# dossier's own names and aliases (here "Britain" is an alias of an actor whose id differs).
COUNTRIES = AliasIndex.from_actors(
    (
        Actor("italy", "Italy", "state"),
        Actor("egypt", "Egypt", "state", aliases=("Cairo",)),
        Actor("uk", "United Kingdom", "state", aliases=("Britain",)),
    )
)


def test_a_capital_named_as_a_party_is_its_country():
    assert "@italy" in passage_terms(
        "The king said he was ready to unite with Rome against the smugglers", COUNTRIES
    )
    assert "@italy" in passage_terms("a common front against Rome", COUNTRIES)


def test_a_capital_named_as_a_place_is_not_its_country():
    assert "@italy" not in passage_terms("the attacks in Rome killed 40 people", COUNTRIES)
    assert "@italy" not in passage_terms("the king flew to Rome on Monday", COUNTRIES)
    # A capital the dossier lists as an alias is matched as the alias, wherever it stands.
    assert "@egypt" in passage_terms("talks were held in Cairo", COUNTRIES)


def test_a_capital_of_a_country_the_dossier_does_not_list_stays_a_word():
    assert not [t for t in passage_terms("ready to unite with Tokyo", COUNTRIES) if t.startswith("@")]


def test_demonyms_resolve_through_the_dossier_aliases():
    assert "@uk" in passage_terms("British jets flew over the port", COUNTRIES)
    assert "@italy" in passage_terms("Italian troops", COUNTRIES)


def test_terrorism_is_in_the_militant_class():
    assert "=militant" in passage_terms("allies in the fight against terrorism", ALIASES)


def test_an_opening_participle_phrase_is_a_clause_of_its_own():
    clauses = split_clauses(
        "Speaking after a long dinner at the palace, Rudolf said they had agreed to hit only the Black Hand."
    )
    assert clauses == [
        "Speaking after a long dinner at the palace",
        "Rudolf said they had agreed to hit only the Black Hand.",
    ]


def test_a_long_subject_before_was_the_is_a_clause_of_its_own():
    clauses = split_clauses(
        "The deal to hit only Black Hand targets was the main gain of the king's long tour of the northern capitals."
    )
    assert clauses[0] == "The deal to hit only Black Hand targets"
    assert split_clauses("The deal was a gain.") == ["The deal was a gain."]


def _join_three(clause: dict[str, float]) -> list[list[int]]:
    """Passages a and b report one claim; c is a clause that links to b only."""
    from newsdossier.compare.joining import join_links as _join
    from newsdossier.compare.options import DEFAULT_ALIGNMENT
    from newsdossier.compare.units import Node as _Node
    from newsdossier.compare.units import Unit

    vectors = [
        {"=agree": 0.5, "=strike": 0.5, "@king": 0.5, "palace": 0.5},
        {"=agree": 0.5, "=target": 0.5, "=only": 0.5, "@king": 0.5},
        clause,
    ]
    units = [
        Unit(Passage(article, 0, article), vector, (), "")
        for article, vector in zip("abc", vectors, strict=False)
    ]
    nodes = [
        _Node(i, article, vector, whole=i < 2)
        for i, (article, vector) in enumerate(zip("abc", vectors, strict=False))
    ]
    links = [(False, 0.5, 0, 1), (False, 0.15, 1, 2)]
    return sorted(sorted(group) for group in _join(links, nodes, units, DEFAULT_ALIGNMENT.merge_threshold))


def test_a_clause_refused_by_the_merge_check_joins_as_a_leaf_when_it_shares_two_event_classes():
    # c resembles b but not a, so the merge check refuses to join {a, b} and {c}.
    assert _join_three({"=target": 0.6, "=only": 0.6, "tour": 0.5}) == [[0, 1, 2]]
    assert _join_three({"=target": 0.6, "tour": 0.6, "gain": 0.5}) == [[0, 1], [2]]  # one class: alone


def test_main_clauses_ending_in_ing_are_not_opening_phrases():
    from newsdossier.analyze.sentence_clauses import _OPENING_PHRASE

    assert _OPENING_PHRASE.match("Speaking to reporters at the palace, Rudolf said the port was shut.")
    assert _OPENING_PHRASE.match("Writing in the court gazette, the regent called for calm.")
    for main_clause in (
        "Beijing has rejected the plan for the northern port, saying it was unfair.",
        "King Rudolf told reporters at the palace, before the talks, that the port was shut.",
        "Nothing in the agreement on the port, the regent said, was new.",
    ):
        assert not _OPENING_PHRASE.match(main_clause), main_clause


def test_no_copula_break_after_a_speech_verb():
    """The reported claim keeps its speaker: no clause starts at "was the work of"."""
    text = "Officials said on Monday that the attack on the convoy near the dam was the work of the Black Hand in the hills."
    assert not any(clause.startswith("was the work") for clause in split_clauses(text))


def test_a_clause_joins_one_row_only():
    """A clause linking to two rows whose merges are both refused joins the one it links to best."""
    from newsdossier.compare.joining import join_links as _join
    from newsdossier.compare.options import DEFAULT_ALIGNMENT
    from newsdossier.compare.units import Node as _Node
    from newsdossier.compare.units import Unit

    vectors = [
        {"=agree": 0.5, "=strike": 0.5, "@king": 0.5, "palace": 0.5},
        {"=agree": 0.5, "=target": 0.5, "=only": 0.5, "@king": 0.5},
        {"=target": 0.5, "=only": 0.5, "=exchange": 0.5, "=information": 0.5},
        {"=exchange": 0.5, "=information": 0.5, "@regent": 0.5, "port": 0.5},
        {"=kill": 0.5, "dam": 0.5, "@regent": 0.5, "port": 0.5},
    ]
    units = [
        Unit(Passage(article, 0, article), vector, (), "")
        for article, vector in zip("abcde", vectors, strict=False)
    ]
    nodes = [
        _Node(i, article, vector, whole=i != 2)
        for i, (article, vector) in enumerate(zip("abcde", vectors, strict=False))
    ]
    links = [(False, 0.5, 0, 1), (False, 0.5, 3, 4), (False, 0.2, 1, 2), (False, 0.15, 2, 3)]
    groups = sorted(sorted(group) for group in _join(links, nodes, units, DEFAULT_ALIGNMENT.merge_threshold))
    assert groups == [[0, 1, 2], [3, 4]]


def test_what_most_articles_of_a_topic_say_weighs_less():
    from collections import Counter

    from newsdossier.compare.vectors import topic_discount

    documents = [Counter({"flight": 1, f"word{n}": 1}) for n in range(6)] + [Counter({"rare": 1})] * 2
    articles = ["a", "b", "c", "d", "e", "f", "a", "b"]
    discount = topic_discount(documents, articles)
    assert discount["flight"] == 0.0  # in every article: the topic itself
    assert "rare" not in discount and "word1" not in discount
    assert topic_discount(documents[:3], articles[:3]) == {}  # too few articles to tell


def test_ages_and_small_counts_anchor_only_with_what_they_count():

    aliases = AliasIndex.from_actors(())
    age = passage_terms("The 26-year-old was arrested in the capital.", aliases)
    assert not any(t.startswith("#") for t in age) and "~age26" in age
    counts = passage_terms("Three of his relatives were arrested, and three bombers died.", aliases)
    typed = {t for t in counts if t.startswith("#")}
    assert len(typed) == 2 and "#3:relat" in typed and all(t.startswith("#3:") for t in typed)
    assert "#130" in passage_terms("At least 130 people were killed.", aliases)
