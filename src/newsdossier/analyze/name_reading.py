"""Names as a sentence gives them: the person or body a run of capitalised words names, and the
subject a sentence opens with. The base of the Attributor (analyze/subjects.py), which adds the
subjects of speech verbs.
"""

from __future__ import annotations

import re

from ..records import Actor
from .clauses import ROLE_BEFORE_NAME, Hits, after_introduction, after_lead, is_role
from .cues import (
    DETERMINERS,
    NAME_RUN_END,
    NAME_RUN_START,
    NOBODY,
    PERSON_PRONOUNS,
    TAIL_CHARS,
    VERBISH,
    Subject,
    plain_token,
)
from .mentions import AliasHit, title_gender
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .people import POSSESSED, PeopleMemory
from .text import (
    FUNCTION_WORDS,
    MONTHS,
    PERSON_NAME,
    TITLE_WORDS,
    WEEKDAYS,
    fold,
    is_nationality,
    looks_like_person,
)

# A determiner, a few lowercase words of description, and a comma: "The other man, ...",
# "the other candidate on the stage, ...".
_DESCRIPTION_THEN_NAME = re.compile(r"(\w+)(?:\s+[a-z][\w'-]*){1,6},\s+")


class NameReader(PeopleMemory):
    """Reads the names of an article's paragraphs, remembering the surnames of people named in full."""

    def __init__(self, actors: dict[str, Actor], options: AttributionOptions = DEFAULT_ATTRIBUTION):
        super().__init__(actors, options)
        self.source = ""  # the paragraph as written (the masked copy is accent-folded)
        # Surnames of people named in full so far without an actor entry, so that a
        # later "Doe said" is known to be a person (and a pronoun may refer to them).
        self.known_surnames: set[str] = set()

    def learn_names(self, masked: str) -> None:
        for match in PERSON_NAME.finditer(masked):
            tokens = match.group().split()
            while tokens and tokens[0].lower().rstrip(".") in TITLE_WORDS:
                tokens.pop(0)
            if len(tokens) >= 2 and looks_like_person(" ".join(tokens)):
                self.known_surnames.add(tokens[-1])

    # -- names at the edges of a text

    def _mention_ending(self, hits: Hits, end: int) -> AliasHit | None:
        for hit in hits.within(max(0, end - TAIL_CHARS), end + 1):
            # "James Doe Jr." ends one character later than a subject cut before its full stop.
            if (hit.end == end or (hit.end == end + 1 and hit.text.endswith("."))) and not hit.text.endswith(
                POSSESSED
            ):
                return hit
        return None

    def _subject_from_name_run(self, run: str) -> Subject | None:
        """A name from a run of capitalised words, without the titles and words before it."""
        tokens = run.split()
        if len(tokens) > 1 and tokens[0].endswith("ing"):
            tokens.pop(0)  # "Hosting Jane Doe ...": a gerund opening the sentence
        # "InfoNation President Jane Doe", "Acme's Jane Doe": the name follows the last
        # title or possessive.
        cut = 0
        for position, token in enumerate(tokens[:-1]):
            if plain_token(token) in TITLE_WORDS or token.endswith(("'s", "\u2019s")):
                cut = position + 1
        tokens = tokens[cut:]
        while tokens and (
            plain_token(tokens[0]) in FUNCTION_WORDS | VERBISH
            or plain_token(tokens[0]) in TITLE_WORDS
            or tokens[0] in WEEKDAYS
            or plain_token(tokens[0]) in MONTHS
            or (len(tokens) > 1 and is_nationality(tokens[0]) and plain_token(tokens[1]) in TITLE_WORDS)
        ):
            tokens.pop(0)
        if not tokens:
            return None
        text = " ".join(tokens)
        capitals = [t for t in tokens if t[:1].isupper()]
        known = len(tokens) == 1 and fold(tokens[0]).rstrip(".") in self.known_surnames
        # "Boca West", "Acme University": capitalised words that name a place or a body.
        return Subject(None, text, person=(len(capitals) >= 2 and looks_like_person(text)) or known)

    def _people(self, hits: list[AliasHit]) -> list[AliasHit]:
        """The hits that name a person as the subject ("Doe", not "Doe's")."""
        return [h for h in hits if self.actors[h.actor].kind == "person" and not h.text.endswith(POSSESSED)]

    def _actor_subject(self, hit: AliasHit, text: str) -> Subject:
        actor = self.actors[self._namesake(hit.actor, text)]
        if actor.kind == "person" and self.genders.get(actor.id) is None:
            self.genders[actor.id] = title_gender(text)  # "Mrs. Doe" is a she
        return Subject(actor.id, text, person=actor.kind == "person")

    def sentence_subject(self, masked: str, start: int, end: int, hits: Hits) -> Subject:
        """The subject at the start of a sentence, after an introductory phrase; when there is
        none there ("And then Doe went on the attack, saying ..."), at the very start."""
        text = masked[start:end]
        offset = after_introduction(text, self.options.intro_max_words)
        subject = self._subject_at(text, start, offset, end, hits)
        plain = after_lead(text, 0)
        if subject is NOBODY and offset > plain:
            subject = self._subject_at(text, start, plain, end, hits)
        return subject

    def _subject_at(self, text: str, start: int, offset: int, end: int, hits: Hits) -> Subject:
        """The subject that opens text[offset:] (text starts at `start` in the paragraph)."""
        rest = text[offset:]
        word = re.match(r"([\w'-]+)", rest)
        if not word:
            return NOBODY
        if plain_token(word.group(1)) in PERSON_PRONOUNS:  # "She", "He's"
            return self.resolve_pronoun(plain_token(word.group(1))) or NOBODY
        role = ROLE_BEFORE_NAME.match(rest)
        if role and is_role(role.group(1)):
            # "Republican nominee Jane Doe ...", "the Courier columnist Ann Lee ...".
            named = self._name_at(start + offset + role.end(), end, hits)
            if named is not None:
                return named
        if word.group(1).lower() in ("the", "a", "an"):
            # "The Trade Commission said ...": the body or person named right after "the".
            after = start + offset + word.end() + 1
            body = [h for h in hits.within(after, end) if h.start == after]
            if body and not body[0].text.endswith(POSSESSED):
                return self._actor_subject(body[0], self.source[body[0].start : body[0].end])
        if word.group(1)[:1].islower() or word.group(1).lower() in DETERMINERS:
            hit_here = [h for h in hits.within(start + offset, end) if h.start == start + offset]
            if not hit_here:
                named = self._described_name(rest, start + offset, end, hits)
                return named or self._body_phrase(rest, start + offset, word.group(1))
        return self._named_subject(rest, start + offset, hits, word.group(1))

    def _described_name(self, rest: str, base: int, end: int, hits: Hits) -> Subject | None:
        """ "The other man, his cousin Tim Vale, 40, cited ...": a description opened by a
        determiner, then between commas the person it describes, named last."""
        opening = _DESCRIPTION_THEN_NAME.match(rest)
        if opening is None or plain_token(opening.group(1)) not in DETERMINERS:
            return None
        inside = rest[opening.end() : opening.end() + 80]
        stop = re.search(r"\s*(?:,|\(|--|\u2014|\u2013)", inside)
        if stop is None or stop.start() == 0:
            return None
        name_end = base + opening.end() + stop.start()
        people = self._people(hits.within(base + opening.end(), name_end))
        if people and people[-1].end == name_end:
            return self._actor_subject(people[-1], self.source[people[-1].start : people[-1].end])
        run = NAME_RUN_END.search(self.source[base + opening.end() : name_end])
        if run is None or run.end() != stop.start() or not run.group()[:1].isupper():
            return None
        subject = self._subject_from_name_run(run.group())
        return subject if subject is not None and subject.person and (subject.text or "").count(" ") else None

    def _body_phrase(self, rest: str, base: int, first: str) -> Subject:
        """ "A joint statement ...": the determiner and the nouns after it; "there is": nobody."""
        if first.lower() not in DETERMINERS:
            return NOBODY
        words = list(re.finditer(r"[^\s,;:]+", rest))[:4]
        end_word = words[0]
        for candidate in words[1:]:
            noun = candidate.group()
            if not noun[:1].islower() or noun.endswith(("ed", "ly")) or noun in FUNCTION_WORDS | VERBISH:
                break
            end_word = candidate
        if end_word is words[0]:
            return NOBODY  # a determiner alone names nobody
        return Subject(None, self.source[base + words[0].start() : base + end_word.end()], person=False)

    def _named_subject(self, rest: str, base: int, hits: Hits, first: str) -> Subject:
        """The actor or the name a sentence opens with ("Jane Doe said ...", "Acme's chief ...")."""
        run = NAME_RUN_START.match(rest)
        inside = hits.within(base, base + (run.end() if run else len(first)))
        if inside:
            people = [h for h in inside if self.actors[h.actor].kind == "person"]
            chosen = people[-1] if people else inside[-1]
            if chosen.text.endswith(("'s", "\u2019s", "s'", "s\u2019")):
                return NOBODY  # "Weber's plan ...": the plan is the subject, not Weber
            return self._actor_subject(chosen, self.source[chosen.start : chosen.end])
        if run:
            subject = self._subject_from_name_run(self.source[base : base + run.end()])
            possessive = run.group().endswith(("'s", "\u2019s")) or re.match(
                r"\s*(?:'s|\u2019s)", rest[run.end() :]
            )
            # One unknown capitalised word opening a sentence ("Football ...") is no name.
            if subject and not possessive and (subject.person or " " in (subject.text or "")):
                return subject
        return NOBODY

    def _name_at(self, position: int, end: int, hits: Hits) -> Subject | None:
        """A person named right at a position: an actor, or a full name without one."""
        for hit in hits.within(position, end):
            if hit.start == position and self._people([hit]):
                return self._actor_subject(hit, self.source[hit.start : hit.end])
            break
        run = NAME_RUN_START.match(self.source, position, end)
        if run is None or run.group().endswith(("'s", "\u2019s")):
            return None
        people = self._people(hits.within(position, run.end()))  # "Chairman Jane Doe": the actor
        if people:
            return self._actor_subject(people[-1], self.source[people[-1].start : people[-1].end])
        subject = self._subject_from_name_run(run.group())
        return subject if subject is not None and subject.person else None
