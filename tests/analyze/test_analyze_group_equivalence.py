"""group_quotes gives the groups its rule defines, on generated quotes of every kind.

group_quotes avoids comparing every pair of quotes (a 2,000-article dossier has 20,000). This
test states, pair by pair and the slow way, which pairs the rule is asked about and joins those
same_quote() accepts; the groups must be the same, member for member and in the same order:

- identical wordings of one speaker (fragment or not);
- two whole quotes of one named speaker: close as wholes (fuzz.ratio, or token_sort_ratio as
  two translations of one statement), whatever words they share;
- any other pair that shares a word triple found in at most RARE_TRIPLE_MAX distinct wordings
  (a span of four words or more shares one; a common phrase proposes nothing).

The quotes are made from a small vocabulary so that many pairs are near each other: copies
with a letter changed, words dropped or swapped, spans, fragments, quotes without a speaker or
of another speaker, and one phrase put in more quotes than RARE_TRIPLE_MAX.
"""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from newsdossier.analyze import group_quotes
from newsdossier.analyze.group import (
    RARE_TRIPLE_MAX,
    SAME_SPEAKER_RATIO,
    SAME_WORDING_RATIO,
    normalise,
    same_quote,
)
from newsdossier.disjoint import DisjointSets
from newsdossier.records import Quote

WORDS = (
    "border crossing reopen monday convoy city noon food handed out harvest poor prices rose "
    "general future country role coming era talks ceasefire troops withdraw winter aid "
    "minister said plan vote council week election budget deal"
).split()
COMMON = "in the hands of the people"  # put in more quotes than RARE_TRIPLE_MAX
SPEAKERS = ("tom-becker", "anna-schmidt", "maria-lopez", None)


def _variant(words: list[str], rng: random.Random) -> tuple[list[str], bool]:
    """Another outlet's version of a statement, and whether it is a fragment."""
    kind = rng.choice(("copy", "letter", "drop", "swap", "span", "fragment", "new word"))
    words = list(words)
    if kind == "letter":
        k = rng.randrange(len(words))
        word = words[k]
        at = rng.randrange(len(word) + 1)
        words[k] = word[:at] + rng.choice("aeiours") + word[at:]
    elif kind == "drop" and len(words) > 3:
        del words[rng.randrange(len(words))]
    elif kind == "swap" and len(words) > 2:
        k = rng.randrange(len(words) - 1)
        words[k], words[k + 1] = words[k + 1], words[k]
    elif kind == "span" and len(words) > 5:
        start = rng.randrange(len(words) - 4)
        words = words[start : start + rng.randint(3, 6)]
    elif kind == "fragment":
        return words[: rng.randint(1, 2)], True  # the first words: often the same fragment
    elif kind == "new word":
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return words, False


def generated_quotes(count: int, seed: int) -> list[Quote]:
    rng = random.Random(seed)
    statements: list[list[str]] = []
    quotes: list[Quote] = []
    while len(quotes) < count:
        if not statements or rng.random() < 0.3:
            words = [rng.choice(WORDS) for _ in range(rng.randint(3, 14))]
            if rng.random() < 0.4:
                at = rng.randrange(len(words) + 1)
                words[at:at] = COMMON.split()
            statements.append(words)
            fragment = len(words) <= 2
        else:
            words, fragment = _variant(rng.choice(statements), rng)
        speaker = rng.choice(SPEAKERS)
        text = " ".join(words).capitalize() + ("" if fragment else ".")
        article = f"a{len(quotes) // 3}"
        quotes.append(
            Quote(f"{article}-q{len(quotes) % 3 + 1}", article, 0, text, speaker, fragment=fragment)
        )
    return quotes


def _triples(norm: str) -> set[str]:
    words = norm.split()
    return {" ".join(words[k : k + 3]) for k in range(max(1, len(words) - 2))}


def groups_by_the_rule(quotes: list[Quote]) -> list[list[str]]:
    """Every pair compared, the slow way: the ids of each group, groups in order of first quote."""
    norms = [normalise(q.text) for q in quotes]
    keys = [(q.speaker, n, q.fragment) for q, n in zip(quotes, norms, strict=True)]
    counts: dict[str, int] = {}
    for triple in (t for key in dict.fromkeys(keys) for t in _triples(key[1])):
        counts[triple] = counts.get(triple, 0) + 1
    rare = [{t for t in _triples(n) if counts[t] <= RARE_TRIPLE_MAX} for n in norms]
    sets = DisjointSets(len(quotes))
    for i, a in enumerate(quotes):
        for j in range(i + 1, len(quotes)):
            b = quotes[j]
            if keys[i] == keys[j]:
                joined = True
            elif rare[i] & rare[j] or (a.fragment and b.fragment):
                joined = same_quote(a, b)
            elif a.speaker and a.speaker == b.speaker and not (a.fragment or b.fragment):
                joined = bool(
                    fuzz.ratio(norms[i], norms[j]) >= SAME_WORDING_RATIO
                    or fuzz.token_sort_ratio(norms[i], norms[j]) >= SAME_SPEAKER_RATIO
                )
            else:
                joined = False
            if joined:
                sets.union(i, j)
    return [[quotes[k].id for k in members] for members in sets.groups()]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_group_quotes_gives_the_groups_of_the_rule(seed: int):
    quotes = generated_quotes(360, seed)
    cleaned = {q.article: None for q in quotes}
    groups = group_quotes(quotes, cleaned)  # type: ignore[arg-type]  # only the ids are read
    expected = groups_by_the_rule(quotes)
    assert [[q.id for q in g.quotes] for g in groups] == expected
    # The data exercise the rule: groups of several quotes, spans and fragments joined, and a
    # phrase too common to propose candidates.
    assert sum(1 for g in expected if len(g) > 1) > 20
    assert any(g.fragment and len(g.quotes) > 1 for g in groups)
    assert sum(COMMON in q.text.lower() for q in quotes) > RARE_TRIPLE_MAX
