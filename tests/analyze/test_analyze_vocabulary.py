"""The words the term reader treats apart (analyze/vocabulary.py): stop words, classes of news
paraphrases, nationality adjectives and capitals. Checked as tables (each word has one meaning)
and through the term reader that uses them (analyze/terms.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsdossier import lexicon
from newsdossier.analyze.terms import AliasIndex, passage_terms
from newsdossier.analyze.vocabulary import (
    ACTOR_SUFFIXES,
    CAPITALS,
    DEMONYMS,
    KEPT_FUNCTION_WORDS,
    METONYM_BEFORE,
    PARAPHRASES,
    STOPWORDS,
    UNPAIRED,
    WEEKDAYS,
)
from newsdossier.records import Actor

NO_ACTORS = AliasIndex.from_actors(())
ITALY = Actor("republic-of-italy", "Italy", "state")


def terms(text: str, aliases: AliasIndex = NO_ACTORS) -> Counter[str]:
    return passage_terms(text, aliases)


def test_every_paraphrase_is_one_lower_case_word_of_one_class():
    seen = Counter(word for words in PARAPHRASES.values() for word in words)
    assert [word for word, count in seen.items() if count > 1] == []
    assert all(word == word.lower() and " " not in word for word in seen)


def test_no_paraphrase_is_a_stop_word_that_would_hide_it():
    """The term reader drops stop words before it looks for classes: a word in both is lost."""
    assert sorted(word for words in PARAPHRASES.values() for word in words if word in STOPWORDS) == []


def test_the_function_words_kept_as_terms_are_stop_words_everywhere_else():
    assert KEPT_FUNCTION_WORDS <= lexicon.STOP_WORDS
    assert not KEPT_FUNCTION_WORDS & STOPWORDS
    assert terms("Talks never resumed")["never"] == 1
    assert "the" not in terms("The talks resumed") and "said" not in terms("He said talks resumed")


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [
        ("The jet was downed", "They shot the plane", {"=aircraft", "=downing"}),
        ("The accord holds", "The pact holds", {"=agree"}),
        ("They will share data", "They will swap intelligence", {"=exchange", "=information"}),
        ("The fate of the region", "The future of the region", {"=future", "region"}),
    ],
)
def test_two_wordings_of_one_claim_share_their_classes(one: str, other: str, shared: set[str]):
    assert shared <= set(terms(one)) & set(terms(other))


def test_a_nationality_names_the_country_s_actor_whatever_its_id():
    italy = AliasIndex.from_actors((ITALY,))
    assert terms("Italian troops", italy)["@republic-of-italy"] == 1
    # A country a dossier does not list still gets one name.
    ruritania = AliasIndex.from_actors((Actor("ruritania", "Ruritania", "state"),))
    assert terms("Italian troops", ruritania)["@italy"] == 1
    assert terms("Kurdish fighters", ruritania)["@kurds"] == 1
    assert all(country == country.lower() for country in DEMONYMS.values())


def test_a_capital_names_its_government_only_as_a_party():
    italy = AliasIndex.from_actors((ITALY,))
    assert terms("talks with Rome", italy)["@republic-of-italy"] == 1
    assert terms("a front against Rome", italy)["@republic-of-italy"] == 1
    assert "@republic-of-italy" not in terms("the attacks in Rome", italy)
    assert METONYM_BEFORE.search("ready to unite with ") and not METONYM_BEFORE.search("flew to ")
    # A capital the editors made an actor's alias is that actor's, by the alias.
    rome = Actor("rome-council", "Rome", "organisation")
    assert "rome" not in AliasIndex.from_actors((ITALY, rome)).capital_of
    assert not set(CAPITALS) & set(DEMONYMS)


def test_a_weekday_is_a_term_that_makes_no_pairs():
    found = terms("The ministers agreed on Monday")
    assert f"{UNPAIRED}monday" in found
    assert not any(term.startswith("+") and "monday" in term for term in found)
    assert WEEKDAYS == tuple(day.lower() for day in lexicon.WEEKDAYS) and len(WEEKDAYS) == 7


def test_an_actor_name_before_a_suffix_of_backing_still_names_the_actor():
    italy = AliasIndex.from_actors((ITALY,))
    assert terms("Italy-backed fighters", italy)["@republic-of-italy"] == 1
    assert "@republic-of-italy" not in terms("Italy-Austria border", italy)
    assert "backed" in ACTOR_SUFFIXES and "border" not in ACTOR_SUFFIXES
