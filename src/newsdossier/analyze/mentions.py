"""Actor mentions: every name, alias, surname and possessive of an actor in the text.

One regular expression per dossier (built from a trie of all alias forms, so
that a paragraph is scanned once whatever the number of actors), matched on an
accent-folded copy of the text: "Jose" finds "José". At each position
the longest form wins and matches never overlap. A form that is a bare surname
is then checked against its neighbours, so that "in Jordan" (a place, for a
person surnamed Jordan) or "Max Weber" (another person named Weber) is not counted.

It is the dossier's one alias matcher: the comparison terms (terms.py) find actors with it too,
so a name is found by the same rules wherever the text is read. The rules, decided once: forms
are matched accent-folded, as written or with a capital first letter (an acronym such as "IS"
only as written, never "is"); a name joined by a hyphen to another word is part of that word
("Smith-Jones", "Paris-born"), except before the words of ACTOR_SUFFIXES ("Syldavia-backed" names
Syldavia).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import GENDERED_TITLES, HONORIFICS, SPEECH_VERBS, SURNAME_PARTICLES, SURNAME_TITLES
from ..records import Actor
from .text import FUNCTION_WORDS, MONTHS, TITLE_WORDS, WEEKDAYS, fold, is_nationality
from .vocabulary import ACTOR_SUFFIXES

# Prepositions that put a bare word in a place ("in Jordan", "across Chad"). "from"
# and "to" are left out: "a call from Weber", "a letter to Weber" name people.
PLACE_PREPOSITIONS = frozenset("in into across throughout near within around via toward towards".split())

_POSSESSIVE = r"(?:'s|')?"


@dataclass(frozen=True)
class AliasHit:
    actor: str
    start: int
    end: int
    text: str
    bare: bool  # a single-word form of a person (surname alone): needs a context check
    explicit: bool = False  # the form is the actor's name or an alias the editor wrote
    own_name: bool = False  # the form is the actor's name itself, not an alias
    # "Mr. Doe" for a Doe of unknown gender while another Doe is known to be a he: theirs only
    # when the article has named them in full (resolve_hits).
    unsure: bool = False


@dataclass
class _Form:
    actors: set[str] = field(default_factory=set)
    bare_for: set[str] = field(default_factory=set)  # actors for whom this is a bare surname


def _surname(tokens: list[str]) -> list[str]:
    """The surname of a tokenised person name: from the first particle on, else the last word."""
    for index, token in enumerate(tokens[1:], start=1):
        if token.lower() in SURNAME_PARTICLES:
            return tokens[index:]
    return tokens[-1:]


def person_forms(name: str) -> set[str]:
    """Derived forms of a person's name: surname alone, particle-less surname, title + surname."""
    tokens = name.split()
    forms: set[str] = set()
    if len(tokens) < 2:
        return forms
    surname = " ".join(_surname(tokens))
    forms.add(surname)
    # "al-Rashid" is also written "Rashid"; "von der Brandt" as "Von der Brandt" at a sentence start.
    particle = re.match(r"(?:al|el|ad|as|ash)-(?=[A-Z])", surname)
    if particle:
        forms.add(surname[particle.end() :])
    for title in SURNAME_TITLES:
        forms.add(f"{title} {surname}")
    return forms


def bio_pronoun(bio: str) -> str | None:
    """ "f" or "m" when an actor's bio clearly uses she/her or he/his for them, else None."""
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", bio, re.I))
    he = len(re.findall(r"\b(?:he|his|him|himself)\b", bio, re.I))
    if she > 2 * he:
        return "f"
    if he > 2 * she:
        return "m"
    return None


def title_gender(text: str) -> str | None:
    """ "m" for "Mr. Doe", "f" for "Mrs. Doe" or "Ms Doe", else None."""
    first = text.split(maxsplit=1)[0].lower().rstrip(".") if text.strip() else ""
    return GENDERED_TITLES.get(first)


def _capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


class AliasMatcher:
    """Finds actor names in text with one compiled pattern for the whole dossier."""

    def __init__(self, actors: tuple[Actor, ...] | list[Actor]):
        self.actors = {actor.id: actor for actor in actors}
        self.forms: dict[str, _Form] = {}
        self.first_names: dict[str, set[str]] = {}
        self.explicit: dict[str, set[str]] = {}  # forms an editor wrote as a name or alias
        self.names: dict[str, set[str]] = {}  # forms that are an actor's name
        for actor in actors:
            names = [actor.name, *actor.aliases]
            firsts: set[str] = set()
            self.names.setdefault(" ".join(fold(actor.name).split()), set()).add(actor.id)
            for name in names:
                self._add(name, actor.id, bare=False)
                self.explicit.setdefault(" ".join(fold(name).split()), set()).add(actor.id)
                if actor.kind == "person":
                    tokens = fold(name).split()
                    firsts.update(t for t in tokens[:-1] if t.lower() not in SURNAME_PARTICLES)
                    for form in person_forms(name):
                        self._add(form, actor.id, bare=" " not in form)
            self.first_names[actor.id] = firsts
        # A single-word alias of a person ("Weber" given as alias) is also a bare form, and when
        # it is the surname, the editor who wrote it meant "Mr. Weber" or "Dr. Weber" too.
        for actor in actors:
            if actor.kind == "person":
                for alias in actor.aliases:
                    if " " not in alias.strip():
                        self.forms[fold(alias.strip())].bare_for.add(actor.id)
                        if fold(alias.strip()) != fold(actor.name).split()[-1]:
                            continue  # "Omar" for Omar al-Rashid: "Dr. Omar" is no form of his
                        for title in HONORIFICS:
                            titled = " ".join(fold(f"{title} {alias}").split())
                            self._add(titled, actor.id, bare=False)
                            self.explicit.setdefault(titled, set()).add(actor.id)
        self.pattern = self._compile()
        self._agreeing_cache: dict[str, list[tuple[str, bool]]] = {}
        self.genders = {a.id: bio_pronoun(a.bio) for a in actors if a.kind == "person"}

    def _add(self, form: str, actor_id: str, bare: bool) -> None:
        form = " ".join(fold(form).split())
        if not form:
            return
        for variant in {form, _capitalised(form)}:
            entry = self.forms.setdefault(variant, _Form())
            entry.actors.add(actor_id)
            if bare:
                entry.bare_for.add(actor_id)

    def _compile(self) -> re.Pattern[str] | None:
        if not self.forms:
            return None
        body = trie_regex(self.forms)
        # No look-behind in front: a pattern that opens with the forms' first letters
        # scans twice as fast; find() checks the boundary before each match instead.
        return re.compile(rf"(?:{body}){_POSSESSIVE}(?!\w)(?!-(?!{ACTOR_SUFFIXES}\b))")

    def find(self, text: str, folded: str | None = None) -> list[AliasHit]:
        """All alias hits in a text, longest first and without overlaps, context-checked."""
        if self.pattern is None:
            return []
        folded = fold(text) if folded is None else folded
        hits: list[AliasHit] = []
        position = 0
        while (match := self.pattern.search(folded, position)) is not None:
            start, end = match.span()
            position = end
            if start and (folded[start - 1].isalnum() or folded[start - 1] in "_'-"):
                continue  # inside a longer word
            form = match.group()
            core = _POSSESSIVE_END.sub("", form)
            if core not in self.forms:  # the possessive belonged to the name ("Jones'")
                core = form
                if core not in self.forms:
                    continue
            if _title_cut_short(core, folded, end):
                position = start + 1  # "Sen. Susan Collins": not "Sen. Susan", a Susan's form
                continue
            entry = self.forms[core]
            agreeing = self._agreeing_cache.get(core)
            if agreeing is None:  # the same for every hit of a form: worked out once
                agreeing = self._agreeing_cache[core] = self._agreeing(core, entry.actors)
            for actor_id, unsure in agreeing:
                bare = actor_id in entry.bare_for
                if bare and not self._bare_ok(folded, start, end, actor_id):
                    continue
                explicit = actor_id in self.explicit.get(core, ())
                own = actor_id in self.names.get(core, ())
                hits.append(AliasHit(actor_id, start, end, text[start:end], bare, explicit, own, unsure))
        return hits

    def _agreeing(self, form: str, actors: set[str]) -> list[tuple[str, bool]]:
        """The owners of a form that agree with its title, each with whether it is unsure: "Mrs.
        Doe" is not the Bill Doe named before her, and "Mr. Doe" is the Doe known to be a he
        rather than one of unknown gender, unless the article has named the latter in full."""
        wanted = title_gender(form)
        if not wanted or len(actors) < 2:
            return [(a, False) for a in sorted(actors)]
        known = [a for a in sorted(actors) if self.genders.get(a) == wanted]
        unknown = [a for a in sorted(actors) if self.genders.get(a) is None]
        if not known:
            return [(a, False) for a in unknown]
        return [(a, False) for a in known] + [(a, True) for a in unknown]

    def _bare_ok(self, folded: str, start: int, end: int, actor_id: str) -> bool:
        """Is a bare surname here really this person? Looks at the words around it."""
        before = re.search(r"([A-Za-z][\w.'-]*)\s+$", folded[max(0, start - 40) : start])
        if before:
            word = before.group(1)
            lower = word.lower().rstrip(".")
            if lower in PLACE_PREPOSITIONS and not folded[start:end].endswith(("'s", "'")):
                return False  # "in Jordan": a place ("in Jordan's speech" is a person's)
            sentence_end = word.endswith(".") and len(lower) > 1 and lower not in TITLE_WORDS
            if lower in SPEECH_VERBS:
                return True  # "Said Doe:", an inverted verb opening the sentence
            if (
                not sentence_end  # "... in Geneva. Weber said": a new sentence, not a first name
                and word[:1].isupper()
                and lower not in FUNCTION_WORDS
                and lower not in TITLE_WORDS
                and lower[:-1] not in TITLE_WORDS  # "Senators Roe and Doe"
                and word not in WEEKDAYS
                and lower not in MONTHS
                and not is_nationality(word)
                and not word.endswith(("'s", "'"))
                and word not in self.first_names.get(actor_id, set())
            ):
                return False  # "Max Weber" for Anna Weber: another first name, another person
        after = re.match(r"\s+([A-Z][a-z]+)", folded[end : end + 40])
        if after and after.group(1) not in WEEKDAYS and after.group(1).lower() not in MONTHS:
            if after.group(1).lower() not in FUNCTION_WORDS:
                return False  # "Jordan Valley": part of a longer name
        return True


_POSSESSIVE_END = re.compile(r"(?:'s|')$")

# A capitalised word after a title and a surname that makes them the start of a longer name.
_NAME_GOES_ON = re.compile(r"\s+([A-Z][a-z][\w'-]*)")
_NOT_A_NAME = frozenset(("Jr", "Sr", *WEEKDAYS))


def _title_cut_short(form: str, folded: str, end: int) -> bool:
    """Is a title-and-surname form ("Sen. Susan") the start of a longer name ("Sen. Susan
    Collins"): a first name and a surname rather than someone's surname?"""
    words = form.split()
    if len(words) != 2 or words[0].lower().rstrip(".") not in TITLE_WORDS:
        return False
    following = _NAME_GOES_ON.match(folded, end)
    if following is None:
        return False
    word = following.group(1)
    return word not in _NOT_A_NAME and word.lower() not in FUNCTION_WORDS and word.lower() not in MONTHS


def trie_regex(words) -> str:
    """One regex alternative for many words, shared prefixes factored out: scanning
    costs about the same for ten words as for ten thousand."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    """A regex for the strings in a character trie; longer continuations are tried first."""
    branches = []
    for char in sorted(k for k in node if k):
        branches.append(re.escape(char) + _trie_regex(node[char]))
    terminal = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not terminal:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if terminal else body


class MentionHistory:
    """Who was named in full most recently in an article, to settle shared surnames; and, for
    an article that names none of them in full, how often each actor is named unambiguously in
    the whole dossier (`prior`): "Doe" alone in a dossier about Jane Doe is Jane Doe."""

    def __init__(self, prior: dict[str, int] | None = None) -> None:
        self.clock = 0
        self.last_named: dict[str, int] = {}
        self.prior = prior or {}

    def note(self, actor_id: str) -> None:
        self.clock += 1
        self.last_named[actor_id] = self.clock


def resolve_hits(hits: list[AliasHit], history: MentionHistory) -> list[AliasHit]:
    """Keep one actor per position; a form shared by several actors goes to the one
    named in full most recently in the article, or to nobody."""
    resolved: list[AliasHit] = []
    by_span: dict[tuple[int, int], list[AliasHit]] = {}
    for hit in hits:
        by_span.setdefault((hit.start, hit.end), []).append(hit)
    for span in sorted(by_span):
        # An unsure owner ("Mr. Doe" of unknown gender) counts only once named in full.
        group = [h for h in by_span[span] if not h.unsure or h.actor in history.last_named]
        if len(group) == 1:
            hit = group[0]
        else:
            named = [h for h in group if h.actor in history.last_named]
            written = [h for h in group if h.explicit]
            if not named and len(written) == 1:
                named = written  # nobody named yet: the one the editor gave this form to
            own = [h for h in group if h.own_name]
            if not named and len(own) == 1:
                named = own  # one's name and another's alias: the one whose name it is
            if not named:
                named = _clear_favourite(group, history.prior)
            if not named:
                continue  # ambiguous and nobody named before: better no mention than a wrong one
            # The editor's own alias wins over a form derived from another name ("Doe" listed
            # for Hillary Doe beats "Doe" of Bill Doe), once its owner is named in the article.
            written = [h for h in named if h.explicit]
            hit = max(written or named, key=lambda h: history.last_named.get(h.actor, 0))
        if not hit.bare and len(group) == 1 and " " in hit.text.strip():
            history.note(hit.actor)  # named in full, by a form of several words that is nobody else's
        resolved.append(hit)
    return resolved


# An actor named this many times more often than any other owner of a shared form, in the whole
# dossier, is who the form means in an article that names none of them in full.
FAVOURITE_RATIO = 3


def _clear_favourite(group: list[AliasHit], prior: dict[str, int]) -> list[AliasHit]:
    """The one owner of a shared form the dossier names far more often than the others."""
    ranked = sorted(group, key=lambda h: prior.get(h.actor, 0), reverse=True)
    first = prior.get(ranked[0].actor, 0)
    second = prior.get(ranked[1].actor, 0) if len(ranked) > 1 else 0
    return [ranked[0]] if first > 0 and first >= FAVOURITE_RATIO * max(second, 1) else []


def shared_form_prior(hits_by_paragraph: list[list[AliasHit]]) -> tuple[tuple[str, int], ...]:
    """MentionHistory's prior: how often the dossier names each actor by a form that is theirs
    alone, kept only for the actors found sharing a form with another somewhere. The prior
    settles nothing else, and a count that settles nothing must not change what the pipeline's
    cache keys every article's reading on."""
    counts: dict[str, int] = {}
    sharing: set[str] = set()
    for hits in hits_by_paragraph:
        spans: dict[tuple[int, int], list[str]] = {}
        for hit in hits:
            spans.setdefault((hit.start, hit.end), []).append(hit.actor)
        for owners in spans.values():
            if len(owners) == 1:
                counts[owners[0]] = counts.get(owners[0], 0) + 1
            else:
                sharing.update(owners)
    return tuple(sorted((actor, n) for actor, n in counts.items() if actor in sharing))
