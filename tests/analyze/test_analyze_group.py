"""Grouping one statement carried by several articles, and who is named with whom."""

from __future__ import annotations

from analyze_support import run_many

from newsdossier.analyze import group_quotes


def groups_of(articles):
    analysis, cleaned = run_many(articles)
    return analysis, group_quotes(analysis.quotes, cleaned)


def test_same_quote_in_three_articles_is_one_group_with_every_wording():
    analysis, groups = groups_of(
        {
            "wire": ["“We will reopen the border crossing on Monday,” Becker said."],
            "paper": ["“We will re-open the border crossing on Monday,” Tom Becker said."],
            "site": ["Becker said: “We will reopen the border crossing on Monday.”"],
        }
    )
    (group,) = groups
    assert group.articles == ("wire", "paper", "site")
    assert group.speaker == "tom-becker"
    assert len(group.wordings) == 3
    assert group.id == "wire-q1"
    assert not group.fragment


def test_a_span_of_a_longer_quote_joins_it():
    _, groups = groups_of(
        {
            "long": [
                "“The convoy reached the city at noon and the food is being handed out now,” Lopez said."
            ],
            "short": ["Lopez said the food “is being handed out now”."],
        }
    )
    assert len(groups) == 1
    assert groups[0].text.startswith("The convoy reached")


def test_two_translations_by_the_same_speaker_join():
    _, groups = groups_of(
        {
            "a": ["Becker said the general “has no place in the future of the country”."],
            "b": ["Becker said the general “does not have his place in the country’s future”."],
        }
    )
    assert len(groups) == 1


def test_different_speakers_or_statements_stay_apart():
    _, groups = groups_of(
        {
            "a": ["“We will reopen the border crossing on Monday,” Becker said."],
            "b": [
                "“We will reopen the border crossing on Monday,” Schmidt said.",
                "“The harvest was poor this year and prices rose,” Becker said.",
            ],
        }
    )
    assert len(groups) == 3


def test_fragments_join_only_when_identical_and_same_speaker():
    _, groups = groups_of(
        {
            "a": ["Becker called it “rubbish”.", "Schmidt called it “rubbish”."],
            "b": ["Becker dismissed it as “rubbish”.", "Becker called it “nonsense”."],
        }
    )
    by_text = sorted((g.text, g.speaker, len(g.quotes)) for g in groups)
    assert by_text == [
        ("nonsense", "tom-becker", 1),
        ("rubbish", "anna-schmidt", 1),
        ("rubbish", "tom-becker", 2),
    ]
    assert all(g.fragment for g in groups)


def test_quote_without_speaker_joins_the_attributed_one():
    _, groups = groups_of(
        {
            "a": ["“The border crossing stays closed until further notice,” Becker said."],
            "b": ["Officials repeated that “the border crossing stays closed until further notice.”"],
        }
    )
    (group,) = groups
    assert group.speaker == "tom-becker"


def test_only_articles_given_are_grouped():
    analysis, cleaned = run_many(
        {"a": ["“One two three four,” Becker said."], "b": ["“Five six seven eight,” Becker said."]}
    )
    groups = group_quotes(analysis.quotes, {"a": cleaned["a"]})
    assert [g.articles for g in groups] == [("a",)]


def test_co_mentions_count_shared_paragraphs():
    analysis, _ = run_many(
        {
            "a": ["Becker met Lopez.", "Becker met Lopez and Schmidt.", "Schmidt alone."],
            "b": ["Lopez and Becker."],
        }
    )
    together = analysis.together()
    assert together["tom-becker"]["maria-lopez"] == 3
    assert together["tom-becker"]["anna-schmidt"] == 1
    assert together["anna-schmidt"] == {"tom-becker": 1, "maria-lopez": 1}


def test_groups_are_the_connected_pairs_of_the_one_same_quote_rule():
    """Two quotes share a group exactly when a chain of same_quote pairs joins them."""
    from itertools import combinations

    from newsdossier.analyze.group import same_quote

    analysis, groups = groups_of(
        {
            "a": ["“We will reopen the border crossing on Monday,” Becker said."],
            "b": [
                "“We will re-open the border crossing on Monday,” Tom Becker said.",
                "“The harvest was poor this year and prices rose,” Becker said.",
            ],
            "c": ["Becker said the crossing “will reopen on Monday”, and Schmidt said “it will not”."],
        }
    )
    group_of = {q.id: g.id for g in groups for q in g.quotes}
    for a, b in combinations(analysis.quotes, 2):
        if same_quote(a, b):
            assert group_of[a.id] == group_of[b.id], (a.text, b.text)
    assert same_quote(analysis.quotes[0], analysis.quotes[1])
    assert not same_quote(analysis.quotes[0], analysis.quotes[2])
