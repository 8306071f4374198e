"""Who was named last in an article: the memory the attribution of speech verbs reads
(subjects.py's Attributor is a SubjectMemory). It keeps the people last named as a speaker or
subject, the people named lately, the body that spoke last and the pronoun of each person, so
that "he said" or "it added" finds whom it refers to.
"""

from __future__ import annotations

from ..records import Actor
from .cues import PERSON_PRONOUNS, Subject, plain_token
from .mentions import AliasHit, bio_pronoun, title_gender
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .text import PERSON_NAME, TITLE_WORDS, looks_like_person


class SubjectMemory:
    """The people and bodies an article has named so far, read in order."""

    def __init__(self, actors: dict[str, Actor], options: AttributionOptions = DEFAULT_ATTRIBUTION):
        self.options = options
        self.actors = actors
        self.recent: list[Subject] = []  # people last named as a speaker or subject, newest first
        self.mentioned: list[Subject] = []  # people named lately, speakers or not, oldest first
        # "m"/"f" for people whose pronoun is known: from their bio, a title ("Mrs."), or a
        # pronoun already resolved to them; keyed by actor id, or by name for people without one.
        self.genders: dict[str, str | None] = {
            actor.id: bio_pronoun(actor.bio) for actor in actors.values() if actor.kind == "person"
        }
        self.source = ""  # the paragraph as written (the masked copy is accent-folded)
        # Surnames of people named in full so far without an actor entry, so that a
        # later "Doe said" is known to be a person (and a pronoun may refer to them).
        self.known_surnames: set[str] = set()
        self.last_body: str | None = None  # the named body (not a person) that spoke or acted last

    def learn_names(self, masked: str) -> None:
        for match in PERSON_NAME.finditer(masked):
            tokens = match.group().split()
            while tokens and tokens[0].lower().rstrip(".") in TITLE_WORDS:
                tokens.pop(0)
            if len(tokens) >= 2 and looks_like_person(" ".join(tokens)):
                self.known_surnames.add(tokens[-1])

    def _actor_subject(self, hit: AliasHit, text: str) -> Subject:
        actor = self.actors[hit.actor]
        if actor.kind == "person" and self.genders.get(actor.id) is None:
            self.genders[actor.id] = title_gender(text)  # "Mrs. Doe" is a she
        return Subject(actor.id, text, person=actor.kind == "person")

    def _pronoun_subject(self, word: str) -> Subject | None:
        """ "he"/"she": a person; "it": the body that spoke or acted last; others: nobody."""
        if plain_token(word) in PERSON_PRONOUNS:  # "he", "He's"
            return self.resolve_pronoun(word)
        if word.lower() == "it" and self.last_body is not None:
            return Subject(self.last_body, word)  # "The agency said ... It added": the body
        return None

    def resolve_pronoun(self, word: str) -> Subject | None:
        """ "he"/"she": the person named last as a speaker or subject, skipping (among
        the last few) people whose pronoun, as their actor bio uses it, differs; else the
        person of that pronoun mentioned last ("Ann Lee spoke after Mark Doe. ... he said")."""
        wanted = "f" if word.lower() == "she" else "m"
        candidates = self.recent[: self.options.pronoun_lookback]
        chosen = next(
            (c for c in candidates if self.genders.get(c.actor or c.text or "") in (None, wanted)), None
        )
        if chosen is None:
            chosen = next(
                (m for m in reversed(self.mentioned) if self.genders.get(m.actor or "") == wanted), None
            )
        if chosen is None:
            return Subject(None, None)
        self.genders[chosen.actor or chosen.text or ""] = wanted  # later pronouns must agree
        return (
            Subject(chosen.actor, word, person=True)
            if chosen.actor
            else Subject(None, chosen.text, person=True)
        )

    def mention(self, hits: list[AliasHit]) -> None:
        """People named in a sentence, in order: a pronoun with no speaker of its gender may
        refer to them."""
        for hit in hits:
            if self.actors[hit.actor].kind == "person":
                self.mentioned = [m for m in self.mentioned if m.actor != hit.actor]
                self.mentioned.append(Subject(hit.actor, hit.text, person=True))
        del self.mentioned[: -self.options.mention_memory]

    def note(self, subject: Subject | None) -> None:
        if subject is not None and subject.actor is not None and not subject.person:
            self.last_body = subject.actor
        if subject is not None and subject.person:
            if subject.actor is not None or subject.text:
                latest = Subject(subject.actor, subject.text, True)
                self.recent = [latest] + [
                    r for r in self.recent if (r.actor, r.text) != (latest.actor, latest.text)
                ]
                del self.recent[self.options.pronoun_lookback :]
