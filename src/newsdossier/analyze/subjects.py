"""Who does a speech verb: the subject before it, after it (inverted), of its sentence,
or the person a pronoun refers to. One Attributor reads an article in order and
remembers who was named last.
"""

from __future__ import annotations

import re

from .clauses import AFFILIATION_END, Hits
from .cues import (
    DETERMINERS,
    NAME_RUN,
    NAME_RUN_END,
    NAME_RUN_START,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    PLACEHOLDER,
    RELATIVES,
    TAIL_CHARS,
    UNCLOSED_DESCRIPTION,
    WEEKDAY_END,
    Subject,
    affiliation_start,
    is_adverb,
    is_description,
    is_name,
    last_word,
    object_of_preposition,
    phrase_until_stop,
    plain_token,
    subject_words,
    tail_start,
)
from .name_reading import NameReader
from .text import (
    TITLE_WORDS,
    WEEKDAYS,
    word_count,
)

# A short relative clause opened after a comma or a dash, running up to a verb: what lies between
# "who" and its verb (an auxiliary, adverbs, a short phrase of time); "who he said was" is
# the object of another subject.
_PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS  # built once, asked for every verb's subject
_RELATIVE_OPENING = re.compile(
    r"\s*(?:,|\s-|--|\u2014|\u2013)\s*who(?!\s+(?:he|she|they|we|i|you|it|the|a|an|his|her|their)\b)"
    r"(?:\s+[a-z][\w'-]*){1,5}$"
)


# A role before the comma after an inverted verb: a possessor's ("Roe's deputy spokesman") or one
# opened by a determiner ("the host", "his best friend at Lehigh").
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:'s|s')(?:\s+[a-z][\w-]*){1,4}\s*$"
    r"|^\s*(?:the|a|an|his|her|their|its|our|another|one)\s+[a-z][\w\s'\u2019.-]*$"
)


class Attributor(NameReader):
    """Resolves speech verbs to subjects across an article, remembering who spoke last."""

    def subject_before(self, masked: str, start: int, end: int, hits: Hits) -> Subject | None:
        """The subject that ends where a speech verb starts; None when there is none to find."""
        segment = self._subject_segment(masked[start:end], start, hits)
        if segment is None:
            return None
        affiliation = AFFILIATION_END.search(segment, tail_start(segment))
        named = last_word(segment[: affiliation.start(1)])[0] if affiliation else ""
        if affiliation and named[:1].isupper() and plain_token(named) not in TITLE_WORDS:
            # "Jane Doe of New York said", but not "Secretary of State Jane Doe said".
            segment = segment[: affiliation.start(1)]
        subject = self._subject_ending(masked, start, segment, hits)
        if subject is None or not subject.person:
            return self._before_unclosed_description(masked, start, segment, hits) or subject
        return subject

    def _before_unclosed_description(
        self, masked: str, start: int, segment: str, hits: Hits
    ) -> Subject | None:
        """The person named first in a clause whose description, opened by a comma, runs to the verb
        without its closing comma (`Jane Doe, the pollster who founded Acme said`, `Jane Doe, who
        is chairman of Acme said`): the description is hers, she speaks."""
        opened = UNCLOSED_DESCRIPTION.search(segment, max(0, len(segment) - TAIL_CHARS))
        if opened is None or word_count(opened.group(1)) > self.options.unclosed_description_max_words:
            return None
        if not re.search(r"\b(?:who|of|at|for)\b", opened.group(1)):
            return None  # `Doe, a top aide said, ...`: the aide speaks, of Doe
        head = segment[: opened.start()]
        clause = head[head.rfind(PLACEHOLDER) + 1 :]
        if re.search(r"[,;:.!?]", clause.strip()) or not clause.strip():
            return None  # the name must open its clause: `In Ohio, the governor said` is no case
        subject = self._subject_ending(masked, start, head, hits)
        if subject is None or not subject.person or not (subject.actor or subject.text):
            return None
        # The name opens its clause, after at most a title or role: `In Ohio, the governor said`
        # or `Discussing the plan of Jane Doe, the governor said` is no such case.
        if word_count(clause) - word_count(subject.text or "") > 3:
            return None
        return subject

    def _subject_segment(self, segment: str, start: int, hits: Hits) -> str | None:
        """The text before a verb without what stands between its subject and the verb:
        adverbs, a weekday, a relative pronoun, a description between commas or dashes."""
        for _ in range(6):
            stripped = segment.rstrip()
            word, word_start = last_word(stripped)
            if is_adverb(word):
                segment = stripped[:word_start]
            elif word in WEEKDAYS:
                weekday = WEEKDAY_END.search(stripped, tail_start(stripped))
                segment = stripped[: weekday.start() if weekday else word_start]
            elif word.lower() in RELATIVES:
                segment = stripped[:word_start].rstrip().rstrip(",-\u2014\u2013 ")
            elif (relative := _RELATIVE_OPENING.search(stripped, max(0, len(stripped) - 60))) is not None:
                # "Doe, who has in the past described ...", "Doe - who previously said ...": the
                # relative clause's subject is the name before it.
                segment = stripped[: relative.start()].rstrip()
            elif stripped.endswith(("--", "\u2014", "\u2013")):
                # "Jane Doe, the chief of Acme -- which owns the paper -- told me".
                dash = stripped.rstrip("-\u2014\u2013")
                opening = max(dash.rfind("--"), dash.rfind("\u2014"), dash.rfind("\u2013"))
                if opening < 0:
                    return None
                inside = dash[opening:].lstrip("-\u2014\u2013 ")
                name = NAME_RUN_START.match(inside)
                if name and is_name(name.group()):
                    # "A former candidate -- Jane Doe, who lost in 2008 -- said": the name inside.
                    return dash[: len(dash) - len(inside) + name.end()]
                # The dashes close a description opened by a comma, as a comma would.
                segment = dash[:opening].rstrip() + ("," if "," in dash[:opening] else "")
            elif stripped.endswith(","):
                peeled = self._without_insertion(stripped[:-1], start, hits)
                if peeled is None:
                    return None
                segment = peeled
            else:
                return stripped
        return segment

    def _without_insertion(self, inner: str, start: int, hits: Hits) -> str | None:
        """ "Jane Doe, 27, a nurse" -> "Jane Doe"; "the spokesman, Jane Doe" stays (the name
        between commas is the subject); None when no subject can be told apart."""
        comma = inner.rfind(",")
        insertion = inner[comma + 1 :].strip()
        first = insertion.split()[0] if insertion.split() else ""
        if comma >= 0 and first[:1].isupper() and first.lower() not in RELATIVES:
            offset = start + len(inner) - len(insertion)
            named = is_name(insertion) or any(
                h.start <= offset and h.end >= start + len(inner)
                for h in hits.within(offset - 1, start + len(inner) + 1)
            )
            if named and not is_description(insertion):
                return inner  # ", Jane Doe," names the subject
            if is_description(insertion):
                return inner[:comma]  # ", Acme's chief of staff," describes it
        # ", a fellow at the Institute in Turin, Piedmont, and co-author," or ", of Springfield,
        # Va.," describes the subject: it ends at the first comma followed by a description.
        cuts = [
            m.start()
            for m in re.finditer(",", inner)
            if not inner[m.end() : m.end() + 3].lstrip()[:1].isupper()
        ]
        # "At the club, where it costs $70,000 to join, Jane Doe, the club's president,": the
        # first such comma after a person who is an actor, else after a full name, else the first.
        for actor in (True, False):
            cut = next((c for c in cuts if self._ends_with_person(inner[:c], start, hits, actor)), None)
            if cut is not None:
                return inner[:cut]
        return inner[: cuts[0]] if cuts else None

    def _ends_with_person(self, text: str, start: int, hits: Hits, actor: bool) -> bool:
        """Does the text (from `start`) end with a person who is an actor (`actor`), or with a
        person's full name?"""
        hit = self._mention_ending(hits, start + len(text))
        if hit is not None or actor:
            return hit is not None and self.actors[hit.actor].kind == "person"
        run = NAME_RUN_END.search(text, tail_start(text))
        subject = run and self._subject_from_name_run(self.source[start + run.start() : start + run.end()])
        return bool(subject and subject.person)

    def _subject_ending(self, masked: str, start: int, segment: str, hits: Hits) -> Subject | None:
        """The pronoun, actor, name or body that `segment` (from `start`) ends with."""
        seg_end = start + len(segment)
        last, _ = last_word(segment)
        if not last:
            return None
        if plain_token(last) in _PRONOUNS or last.lower() in (
            "and",
            "but",
            "or",
            "then",
        ):
            return self._pronoun_subject(last)
        hit = self._mention_ending(hits, seg_end)
        if hit:
            before = masked[start : hit.start].rstrip()
            if re.search(r"(?:\band|&)$", before):
                rest = re.sub(r"\s*(?:and|&)$", "", before)
                other = self._mention_ending(hits, start + len(rest))
                run = NAME_RUN_END.search(rest, tail_start(rest))
                named = run and self._subject_from_name_run(
                    self.source[start + run.start() : start + run.end()]
                )
                if other or (named and named.person):
                    # "Weber and Doe said": every named speaker is kept, the first one first.
                    text = self.source[start + (run.start() if run else len(rest)) : hit.end]
                    if other is None:
                        return Subject(hit.actor, text.strip(), person=True)
                    return Subject(other.actor, text.strip(), person=True, others=(hit.actor,))
            return self._actor_subject(hit, self.source[hit.start : hit.end])
        run = NAME_RUN_END.search(segment, tail_start(segment))
        if run and last[:1].isupper():
            subject = self._subject_from_name_run(self.source[start + run.start() : start + run.end()])
            if subject:
                return subject
        # A body or a description: "the statement", "the army's press office"; it
        # opens with a determiner or a possessive within the clause, else nobody.
        clause_start = max(segment.rfind(","), segment.rfind(";"), segment.rfind(":")) + 1
        words = list(re.finditer(r"\S+", segment[clause_start:]))[-6:]
        for token in reversed(words):
            word = token.group()
            if word.lower() in DETERMINERS or word.endswith(("'s", "\u2019s")):
                phrase_start = start + clause_start + token.start()
                text = self.source[phrase_start:seg_end].strip(",;: ")
                return self._body_subject(hits, phrase_start, seg_end) or Subject(None, text or None)
        return None

    def _pronoun_subject(self, word: str) -> Subject | None:
        """ "he"/"she": a person; "it": the body that spoke or acted last; others: nobody."""
        if plain_token(word) in PERSON_PRONOUNS:  # "he", "He's"
            return self.resolve_pronoun(word)
        if word.lower() == "it" and self.last_body is not None:
            return Subject(self.last_body, word)  # "The agency said ... It added": the body
        if word.lower() == "they":
            return self.resolve_they(word)  # "Acme said ... they added": the body
        return None

    def _body_subject(self, hits: Hits, start: int, end: int) -> Subject | None:
        """ "the IMF report", "the Trade Commission's statement": the body named in a phrase."""
        bodies = [h for h in hits.within(start, end) if self.actors[h.actor].kind != "person"]
        if not bodies:
            return None
        return Subject(bodies[-1].actor, self.source[start:end].strip(",;: "), person=False)

    def subject_after(self, masked: str, start: int, end: int, hits: Hits) -> Subject | None:
        """The subject of an inverted verb: `said Jane Doe, a security expert`."""
        head, stop = phrase_until_stop(masked[start:end])
        if not head.strip() or subject_words(head) > self.options.inverted_subject_max_words:
            return None
        head_end = start + len(head.rstrip())
        if stop == "," and _ROLE_BEFORE_COMMA.search(head):
            role = self._role_before_comma(masked, start, head_end, end, hits)
            if role is not None:
                return role
        # "said Carl Voss Jr., a ...": the softened full stop of "Jr." belongs to the name.
        inside = hits.within(start, head_end + (self.source[head_end : head_end + 1] == "."))
        people = self._people(inside)
        if people:  # "added defence ministry spokesman Jane Doe": the person, not the ministry;
            # the last one before an affiliation: "said Acme manager Jane Doe of the School of Law".
            core = [h for h in people if h.end <= start + affiliation_start(head)]
            chosen = core[-1] if core else people[0]
            return self._actor_subject(chosen, self.source[chosen.start : chosen.end])
        first = head.split()[0]
        if first.lower() in PERSON_PRONOUNS:
            return self.resolve_pronoun(first)
        named = None
        for run in NAME_RUN.finditer(head):
            if any(h.start < start + run.end() and start + run.start() < h.end for h in inside):
                continue  # "the Trade Commission": a body's name, not a person's
            subject = self._subject_from_name_run(self.source[start + run.start() : start + run.end()])
            if subject and subject.person:
                return subject  # "said CEO Jane Doe in a statement"
            named = named or subject
        if inside:
            return self._actor_subject(inside[-1], self.source[inside[-1].start : inside[-1].end])
        if named:
            return named
        if first.lower() in DETERMINERS:  # "said the statement"
            return Subject(None, self.source[start:head_end].strip() or None)
        return None

    def _role_before_comma(
        self, masked: str, start: int, head_end: int, end: int, hits: Hits
    ) -> Subject | None:
        """ "said Roe's (deputy) spokesman, Mark Doe", "asked by the host, Ann Lee": the name after
        the comma, not the possessor or the role; "said his aide Jane Doe, speaking ...": None, the
        person the role names speaks; "said an adviser to Doe, who ...": the role, nobody named
        (Doe is the object of "to")."""
        named = self._appositive_name(masked, head_end + 1, end, hits)
        if named is not None:
            return named
        people = self._people(hits.within(start, head_end))
        if any(not object_of_preposition(masked[start : h.start]) for h in people):
            return None
        return Subject(None, self.source[start:head_end].strip() or None)

    def _appositive_name(self, masked: str, start: int, end: int, hits: Hits) -> Subject | None:
        """A person named right after a comma: ", Mark Doe" (an actor or a full name)."""
        head, _ = phrase_until_stop(masked[start : min(end, start + 80)])
        stripped = head.strip()
        if not stripped or word_count(stripped) > 4:
            return None
        offset = start + len(head) - len(head.lstrip())
        people = [
            h for h in hits.within(offset, offset + len(stripped)) if self.actors[h.actor].kind == "person"
        ]
        if people:
            return self._actor_subject(people[0], self.source[people[0].start : people[0].end])
        subject = self._subject_from_name_run(self.source[offset : offset + len(stripped)])
        return subject if subject is not None and subject.person else None
