"""Read a sentence into terms that survive paraphrase and translation (compare weighs them).

Two outlets rarely use the same words for the same claim ("share intelligence" /
"trade data", "downed" / "shot down", "fate" / "future"). A passage becomes a bag of
terms: actor ids (from the dossier's aliases and the analysis' mentions), numbers and
dates, word stems mapped through a small lexicon of news paraphrases, and pairs of
neighbouring terms. Terms are weighted by how rare they are in the topic (IDF), so a
shared number or a rare word counts for more than the country every passage names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import snowballstemmer

from ..lexicon import HOLIDAYS, MONTHS, NUMBER_WORDS, SURNAME_PARTICLES
from ..records import Actor
from .mentions import AliasMatcher, MentionHistory, resolve_hits
from .vocabulary import (
    CAPITALS,
    DEMONYMS,
    METONYM_BEFORE,
    PARAPHRASES,
    STOPWORDS,
    UNPAIRED,
    WEEKDAYS,
)

_STEMMER = snowballstemmer.stemmer("english")


_CONCEPT = {word: name for name, words in PARAPHRASES.items() for word in words}

_TOKEN = re.compile(
    r"\$?\d[\d,.]*(?:-(?:million|billion))?|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*"
)


@dataclass(frozen=True)
class AliasIndex:
    """The actors as the term reader sees them: their names found by the dossier's one alias
    matcher (mentions.AliasMatcher, the rules mentions use), and the sides and kinds of actors."""

    matcher: AliasMatcher | None
    actor_of: dict[str, str] = field(default_factory=dict)  # a name or alias, lower case -> actor
    # An organisation speaks for the state it belongs to (a defence ministry ~ its country).
    affiliation_of: dict[str, str] = field(default_factory=dict)
    # Every actor's side, people included (a minister ~ her country): who a sentence is about.
    side_of: dict[str, str] = field(default_factory=dict)
    # States: the only actors a sentence can name as a place ("in Syldavia").
    states: frozenset[str] = frozenset()
    # People: an actor more specific than a country or a group that every sentence names.
    persons: frozenset[str] = frozenset()
    # Demonyms and capitals -> the actor of the country they name (DEMONYMS, CAPITALS).
    demonym_of: dict[str, str] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_actors(
        cls, actors: tuple[Actor, ...] | list[Actor], matcher: AliasMatcher | None = None
    ) -> AliasIndex:
        """The index of these actors; `matcher` is their AliasMatcher when the caller has it compiled."""
        actor_of: dict[str, str] = {}
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                name = name.strip()
                if len(name) >= 2:
                    actor_of.setdefault(name.lower(), actor.id)
        if not actor_of:
            return cls(None, {})
        ids = {actor.id for actor in actors}
        affiliation_of = {
            actor.id: actor.affiliation
            for actor in actors
            if actor.kind != "person" and actor.affiliation in ids and actor.affiliation != actor.id
        }
        side_of = {actor.id: actor.affiliation for actor in actors if actor.affiliation in ids}
        states = frozenset(actor.id for actor in actors if actor.kind == "state")
        persons = frozenset(actor.id for actor in actors if actor.kind == "person")
        # A demonym whose country the dossier does not list still names one thing ("@kurds").
        demonym_of = {
            word: actor_of.get(country, country.replace(" ", "-")) for word, country in DEMONYMS.items()
        }
        capital_of = {
            city: actor_of[country]
            for city, country in CAPITALS.items()
            if actor_of.get(country) in states and city not in actor_of
        }
        return cls(
            matcher or AliasMatcher(actors),
            actor_of,
            affiliation_of,
            side_of,
            states,
            persons,
            demonym_of,
            capital_of,
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, actor) of every name in the text, by the rules of mentions: a form several
        actors share goes to the one the editors wrote it for, else to nobody (a sentence read
        alone has no earlier full name to settle it; its mentions add the actors its article settled)."""
        if self.matcher is None:
            return []
        hits = resolve_hits(self.matcher.find(text), MentionHistory())
        return [(hit.start, hit.end, hit.actor) for hit in hits]


def _is_acronym(name: str) -> bool:
    return name.isupper() and len(name.replace(".", "")) <= 5


def _number_value(token: str) -> str | None:
    digits = token.lstrip("$").split("-")[0].replace(",", "").rstrip(".")
    try:
        value = float(digits)
    except ValueError:
        return None
    if token.endswith("million"):
        value *= 1_000_000
    elif token.endswith("billion"):
        value *= 1_000_000_000
    return str(int(value)) if value == int(value) else str(value)


def passage_terms(
    text: str,
    aliases: AliasIndex,
    extra_actors: tuple[str, ...] = (),
    pairs: bool = True,
    names: set[str] | None = None,
) -> Counter[str]:
    """The terms of one passage: '@actor', '#number', '%date', '~weekday', '=class' of
    paraphrases, word stems, and '+a>b' for two terms next to each other (after stopwords), which
    keep a little of who does what to whom: "Ruritania targets the groups the coalition targets"
    and "the coalition targets IS" share their words, not their pairs. `names`, when given, gets
    the terms of words written with a capital or a surname particle ("Le", "al"): the parts of the
    names no actor holds."""
    sequence: list[tuple[int, str]] = []  # (offset, term) in reading order
    spans = aliases.find(text)
    affiliated: list[str] = []
    for start, _, actor in spans:
        sequence.append((start, "@" + actor))
        if actor in aliases.affiliation_of:
            affiliated.append("@" + aliases.affiliation_of[actor])
    # Blank out actor names so their words are not counted twice.
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = " " * (end - start)
    previous = ""
    for match in _TOKEN.finditer("".join(chars)):
        token, offset = match.group(0), match.start()
        lower = token.lower().replace("\u2019", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if token[0].isdigit() or token[0] == "$":
            term = _number_term(token, previous)
            if term:
                sequence.append((offset, term))
                previous = lower
            continue
        previous = lower.rstrip(".")
        term = _marked_word(token, lower)
        if term:
            sequence.append((offset, term))
            continue
        found = _word_terms(lower, text, offset, aliases)
        sequence += [(offset, t) for t in found]
        if names is not None and _in_name(token):
            names.update(t for t in found if t[0] != "@")
    sequence.sort(key=lambda item: item[0])
    return _counted(_typed_numbers(sequence), affiliated, extra_actors, pairs)


def _counted(
    sequence: list[tuple[int, str]], affiliated: list[str], extra_actors: tuple[str, ...], pairs: bool
) -> Counter[str]:
    """The terms in reading order, counted; the states organisations belong to; the actors the
    analysis found that the alias index did not; the pairs of neighbouring terms."""
    terms: Counter[str] = Counter(term for _, term in sequence)
    terms.update(affiliated)
    for actor in extra_actors:
        if "@" + actor not in terms:
            terms["@" + actor] += 1
    if pairs:
        ordered = [term for _, term in sequence]
        for first, second in zip(ordered, ordered[1:], strict=False):
            if first != second and not (first[0] in UNPAIRED or second[0] in UNPAIRED):
                terms[f"+{first}>{second}"] += 1
    return terms


def _in_name(token: str) -> bool:
    """A word of a name: written with a capital ("Varga", "al-Haddad") or a surname particle ("le")."""
    return any(part[:1].isupper() or part.lower() in SURNAME_PARTICLES for part in token.split("-"))


def _number_term(token: str, previous: str) -> str:
    """'%mm-dd' for a day after a month ("May 13"), '%yyyy' for a year, else '#value' ("" if none)."""
    value = _number_value(token)
    if value is None:
        return ""
    if previous in MONTHS and value.isdigit() and 1 <= int(value) <= 31:
        return f"%{MONTHS[previous]:02d}-{int(value):02d}"
    if not (len(value) == 4 and value.startswith(("19", "20"))):
        return "#" + value
    return "%" + value


def _marked_word(token: str, lower: str) -> str:
    """A holiday's date, '~weekday', a number word's '#value' or '^ACRONYM'; "" for other words."""
    if lower in HOLIDAYS:
        month, day = HOLIDAYS[lower]
        return f"%{month:02d}-{day:02d}"
    if lower in WEEKDAYS:
        return "~" + lower
    if lower in NUMBER_WORDS:
        return f"#{NUMBER_WORDS[lower]}"
    if _is_acronym(token) and len(token) >= 2:
        return "^" + token  # an acronym no actor claims
    return ""


def _word_terms(lower: str, text: str, offset: int, aliases: AliasIndex) -> list[str]:
    """The terms of a word (of each part of a compound): the actor a demonym names, the actor a
    capital names as a party ("talks with Cairo"), a paraphrase class, or its stem."""
    terms = []
    for word in _split_word(lower):
        if word in STOPWORDS or len(word) < 2 or word in MONTHS:
            continue
        if word in aliases.demonym_of:
            terms.append("@" + aliases.demonym_of[word])
        elif word in aliases.capital_of and METONYM_BEFORE.search(text[max(0, offset - 12) : offset]):
            terms.append("@" + aliases.capital_of[word])
        else:
            concept = _CONCEPT.get(word)
            terms.append("=" + concept if concept else _stem(word))
    return terms


# A count this small ("three", "5") says little until we know of what: it anchors a match only
# with the same count of the same thing ("three relatives" ~ "three of his relatives", not "three
# bombers"). Larger figures are specific by themselves. On the dev dossier's gold (P / R): typed
# 0.361 / 0.250, untyped 0.357 / 0.260 (with the topic discount); the seeds are unchanged.
SMALL_COUNT = 13


def _typed_numbers(sequence: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbers typed by what follows them: an age ("a 26-year-old", "26 years old") is a trait of a
    person, not a fact two reports share, and becomes an unanchored term; a small count takes the
    word it counts ("#3:relat"), or stays unanchored when no word follows."""
    typed = []
    for position, (offset, term) in enumerate(sequence):
        if term[0] != "#":
            typed.append((offset, term))
            continue
        following = [t for _, t in sequence[position + 1 : position + 3]]
        if following[:1] == [_stem("old")] or following[:2] == [_stem("year"), _stem("old")]:
            typed.append((offset, "~age" + term[1:]))  # "year" is a stopword: "old" follows the number
            continue
        value = term[1:]
        if value.isdigit() and int(value) < SMALL_COUNT:
            noun = next((t for t in following if t[0].isalpha() or t[0] == "="), None)
            typed.append((offset, f"#{value}:{noun}" if noun else "~" + value))
            continue
        typed.append((offset, term))
    return typed


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Snowball stems, cached: a topic repeats the same few thousand words."""
    return _STEMMER.stemWord(word)


def _split_word(word: str) -> list[str]:
    """Hyphenated and compound words: 'co-operating' -> 'cooperating', 'bombmaking' -> 'bomb making'."""
    word = word.strip("'-")
    if word.startswith(("co-", "re-", "pre-", "anti-", "non-")) and word.count("-") == 1:
        prefix, rest = word.split("-")
        if prefix == "co":
            return ["co" + rest]
        return [prefix, rest]
    if word.endswith("making") and len(word) > len("making") + 2:
        return [word[: -len("making")], "making"]
    return [part for part in word.split("-") if part]
