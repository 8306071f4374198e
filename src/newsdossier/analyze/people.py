"""Who the people of an article are, as it is read: who spoke or acted last, who was named
lately, which pronoun each takes, and which of several people sharing a surname it names. The
Attributor (subjects.py) builds on this memory to give speech verbs their subjects.
"""

from __future__ import annotations

from ..records import Actor
from .cues import Subject, plain_token
from .mentions import AliasHit, bio_pronoun, title_gender
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .text import TITLE_WORDS, fold

# A name ending so is the possessor of what follows ("Doe's plan"), not a subject.
POSSESSED = ("'s", "\u2019s", "'", "\u2019")


class PeopleMemory:
    """The people an article has named, spoken through or referred to so far."""

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
        self.last_body: str | None = None  # the named body (not a person) that spoke or acted last
        # The last subject that spoke or acted with a name, a body or a person: "they" goes on
        # with it when it is a body (`Acme said they would ...`), not when it is one person.
        self.last_named_subject: Subject | None = None
        # Sentences read so far, and in which one each person was last a speaker or subject
        # (`recent`) or last named not as a possessor (`mentioned`): a speaker the text has moved
        # away from yields to a person of that pronoun named since.
        self.sentence = 0
        self.noted_at: dict[str, int] = {}
        self.named_at: dict[str, int] = {}
        # People who share a surname: "Doe said" after "Bill Doe ... his wife Ann Doe" is the Doe
        # who is speaking or acting, not the one named last in passing.
        owners: dict[str, list[str]] = {}
        for actor in actors.values():
            if actor.kind == "person" and len(actor.name.split()) >= 2:
                owners.setdefault(fold(actor.name.split()[-1]).lower(), []).append(actor.id)
        self.namesakes = {surname: ids for surname, ids in owners.items() if len(ids) > 1}

    def _namesake(self, actor_id: str, text: str) -> str:
        """The actor a surname alone or after a title of address ("Doe", "Mrs. Doe") names: of
        the people sharing it, the actor the mentions gave it to (the one named in full last) if
        among the last speakers and subjects, else the one of them that agrees with the title,
        else still the mentions' actor."""
        words = [w for w in text.split() if plain_token(w) not in TITLE_WORDS]
        if len(words) != 1:
            return actor_id
        owners = self.namesakes.get(fold(words[0]).lower().rstrip("."))
        if not owners or actor_id not in owners:
            return actor_id
        wanted = title_gender(text)
        if any(r.actor == actor_id for r in self.recent):
            return actor_id  # the one the mentions chose is speaking or acting lately too
        for recent in self.recent:
            if recent.actor in owners and (
                wanted is None or self.genders.get(recent.actor) in (None, wanted)
            ):
                return recent.actor
        return actor_id

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
        if chosen is not None:
            chosen = self._moved_on(chosen, wanted)
        if chosen is None:
            return Subject(None, None)
        self.genders[chosen.actor or chosen.text or ""] = wanted  # later pronouns must agree
        return (
            Subject(chosen.actor, word, person=True)
            if chosen.actor
            else Subject(None, chosen.text, person=True)
        )

    def _moved_on(self, chosen: Subject, wanted: str) -> Subject:
        """The person a pronoun refers to when the text has moved on from the speaker `chosen`:
        after `pronoun_lapse` sentences or more that neither quote nor name them as a subject (nor
        name them at all in the last one), a person known to take that pronoun and named (not as a possessor) in the sentence
        before ("Lee said so. Prices rose. The vote went to Roe. ... she said" is Roe's)."""
        key = chosen.actor or chosen.text or ""
        since = self.noted_at.get(key, self.sentence)
        if (
            self.sentence - since < self.options.pronoun_lapse
            or self.named_at.get(key, -1) >= self.sentence - 1
        ):
            return chosen  # spoken lately, or named in the sentence before: still the one
        # A speaker who is no actor and whose pronoun nothing has shown yields to an actor whose
        # pronoun is not known either; one known to take another pronoun never wins.
        accepted = (wanted, None) if chosen.actor is None and self.genders.get(key) is None else (wanted,)
        for m in reversed(self.mentioned):
            at = self.named_at.get(m.actor or "", -1)
            if at < self.sentence - 1:
                continue
            if m.actor != chosen.actor and at > since and self.genders.get(m.actor or "") in accepted:
                return m
        return chosen

    def mention(self, hits: list[AliasHit]) -> None:
        """People named in a sentence, in order: a pronoun with no speaker of its gender may
        refer to them. Called once per sentence, after its verbs are resolved."""
        for hit in hits:
            if self.actors[hit.actor].kind == "person":
                self.mentioned = [m for m in self.mentioned if m.actor != hit.actor]
                self.mentioned.append(Subject(hit.actor, hit.text, person=True))
                if not hit.text.endswith(POSSESSED):
                    self.named_at[hit.actor] = self.sentence
        del self.mentioned[: -self.options.mention_memory]
        self.sentence += 1

    def note(self, subject: Subject | None) -> None:
        if subject is not None and subject.actor is not None and not subject.person:
            self.last_body = subject.actor
        if subject is not None and subject.actor is not None:
            self.last_named_subject = subject
        if subject is not None and subject.person:
            if subject.actor is not None or subject.text:
                latest = Subject(subject.actor, subject.text, True)
                self.noted_at[subject.actor or subject.text or ""] = self.sentence
                self.recent = [latest] + [
                    r for r in self.recent if (r.actor, r.text) != (latest.actor, latest.text)
                ]
                del self.recent[self.options.pronoun_lookback :]

    def resolve_they(self, word: str) -> Subject | None:
        """ "they": the body that spoke or acted last with a name, unless a person did since."""
        last = self.last_named_subject
        if last is None or last.person:
            return None
        return Subject(last.actor, word, last.person, last.others)
