"""The subject of one speech verb: the name before it, the name after it when the verb is
inverted (`," said Jane Doe`), the agent of a passive verb, the subject of the main clause for
an -ing verb or a verb joined by "and"; attribution.py gives every verb of a sentence its
subject with `cue_subject`.
"""

from __future__ import annotations

import re

from .clauses import Hits
from .cues import (
    DETERMINERS,
    INVERTIBLE_VERBS,
    NAME_RUN_END,
    NOBODY,
    PLACEHOLDER,
    WITH_ABSOLUTE,
    Cue,
    Subject,
    affiliation_start,
    is_adverb,
    last_word,
    names_a_time,
    object_of_preposition,
    phrase_until_stop,
    subject_words,
    tail_start,
)
from .subjects import Attributor
from .text import FUNCTION_WORDS, word_count

# A capitalised name in the possessive and a lowercase word open the words after a verb ("Roe's
# plan"; "Acme's Jane Doe" names a person), and the only shape of such words that names the
# verb's subject: a role, then a comma.
_POSSESSOR_OPENS = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|s')\s+[a-z]")
_POSSESSOR_ROLE = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|s')(?:\s+[a-z][\w-]*){1,5}\s*")
# ... or a role and the name it ends with: `said Roe's top policy aide Mark Doe`.
_POSSESSOR_ROLE_NAME = re.compile(
    r"\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|s')(?:\s+[a-z][\w-]*){1,5}(?:\s+[A-Z][\w.'-]*){1,4}\s*"
)


def inverted_subject_follows(after: str, max_words: int) -> bool:
    """Do the words after a verb name its subject (`said Jane Doe`, `said the agency`,
    `said economist Ann Lee`) rather than add to it (`said on Twitter`, `said of the plan`)?"""
    head, stop = phrase_until_stop(after)
    if not head.strip() or stop == PLACEHOLDER:
        return False
    if subject_words(head) > max_words and not _titled_name(head, max_words):
        return False
    first = head.split()[0]
    if names_a_time(head):
        return False  # `Doe, a spokesman, said Sunday`: when, not who
    if first.lower() in ("that", "this"):
        return False  # "notes that ...", "said this week": a clause or a time, not a subject
    if (
        _POSSESSOR_OPENS.match(head)
        and not (stop == "," and _POSSESSOR_ROLE.fullmatch(head))
        and not _POSSESSOR_ROLE_NAME.fullmatch(head)
    ):
        # `Doe, an economist, said Roe's plan fails`: the possessive opens the verb's object; only
        # a role closed by a comma before the name, or ending with it, is inverted (`said Roe's
        # spokesman, Mark Doe`).
        return False
    if first.lower() in DETERMINERS:
        return True
    if first.islower() and first in FUNCTION_WORDS:
        return False
    # A name ends the words (`said master of ceremonies Ann Lee`) or the words before an
    # affiliation (`said former executive Ann Lee during the debate`).
    core = head[: affiliation_start(head)].rstrip()
    return bool(
        re.match(r"\s*[A-Z]", head)
        or NAME_RUN_END.search(head.rstrip(), tail_start(head.rstrip()))
        or NAME_RUN_END.search(core, tail_start(core))
    )


# A full name of two to four capitalised words (initials allowed) ending a long title.
_FULL_NAME_END = re.compile(r"(?<![\w.])[A-Z][\w'-]+(?:\s+[A-Z][\w.'-]*){1,3}$")
# How many words a long title may add to inverted_head_max_words before the full name it ends with.
TITLE_EXTRA_WORDS = 4


def _titled_name(head: str, max_words: int) -> bool:
    """Is a head longer than `max_words` a long title ending with a full name (`said former
    Ohio Gov. and party Chairman Jane Q. Doe`), still an inverted subject?"""
    core = head[: affiliation_start(head)].rstrip()
    name = _FULL_NAME_END.search(core)
    if name is None or subject_words(head) > max_words + TITLE_EXTRA_WORDS:
        return False
    # `said the former top aide to President Jane Doe`: the name is the object of "to".
    return not object_of_preposition(core[: name.start()])


def _without_adverbs(text: str) -> str:
    """The text without the adverbs it ends with ("but now", "and later also")."""
    for _ in range(3):
        word, start = last_word(text)
        if not word or not is_adverb(word):
            break
        text = text[:start].rstrip()
    return text


def _opened_by_person(before: str, s_subject: Subject) -> bool:
    """Does the sentence open with a person and a description between commas before this verb,
    with no quotation (`Jane Doe, the head of Acme, a firm in Ohio, said the plan ...`)? Then the
    verb is hers, not inverted; `And Roe, said Doe, ...` (nothing between the commas) is."""
    if not s_subject.person or not s_subject.text or PLACEHOLDER in before:
        return False
    at = before.find(s_subject.text)
    if at < 0 or not before[at + len(s_subject.text) :].startswith(","):
        return False
    return word_count(before[at + len(s_subject.text) + 1 :]) >= 2


# "was asked", "were told", "had been urged": the subject of a passive verb is spoken to.
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)(?:\s+[a-z]+ly)?$", re.I)


def cue_subject(
    attributor: Attributor,
    masked: str,
    s_start: int,
    s_end: int,
    cue: Cue,
    hits: Hits,
    last_subject: Subject | None,
    s_subject: Subject,
) -> Subject | None:
    """The subject of one speech verb (`last_subject`: of the verb before it in its sentence)."""
    # A subject is near its verb: reading at most clause_window characters around it keeps a
    # sentence of a megabyte (no full stop in it) linear.
    window = attributor.options.clause_window
    s_start, s_end = max(s_start, cue.start - window), min(s_end, cue.end + window)
    before = masked[s_start : cue.start].rstrip()
    if cue.verb == "according to":
        return attributor.subject_after(masked, cue.end, s_end, hits)
    after = masked[cue.end : s_end]
    # Inverted: `," said Jane Doe, ...` or `..., added Max Weber, ...`; a verb
    # followed by its object and a quotation (`said the leaders "..."`) is not.
    if (
        cue.verb in INVERTIBLE_VERBS
        and (not before or before.endswith((",", PLACEHOLDER)))
        and not _opened_by_person(before, s_subject)
    ):
        if inverted_subject_follows(after, attributor.options.inverted_head_max_words):
            return attributor.subject_after(masked, cue.end, s_end, hits)
    main_subject = last_subject if last_subject is not None else s_subject
    if not (main_subject.actor or main_subject.person):
        main_subject = NOBODY  # "The crash ..., with X dismissing ...": no speaker to name
    if cue.verb.endswith("ing") and WITH_ABSOLUTE.search(before):
        # "..., with the palace strongman dismissing as ...": the -ing verb has its own subject,
        # the words after "with"; a subject the aliases cannot name stays unnamed.
        subject = attributor.subject_before(masked, s_start, cue.start, hits)
        return subject if subject is not None and (subject.actor or subject.person) else NOBODY
    if cue.verb.endswith("ing"):
        # "..., saying ..." has the subject of the main clause; "footage of Jane Doe asking ..."
        # the person named right before it.
        own = None if before.endswith(",") else attributor.subject_before(masked, s_start, cue.start, hits)
        return own if own is not None and own.actor and own.person else main_subject
    stripped = before.rstrip()
    if _PASSIVE_AUXILIARY.search(stripped) and (cue.verb.endswith("ed") or cue.verb in ("told", "said")):
        # `Doe was asked by host Ann Lee, "..."`: the agent after "by" speaks, else nobody named.
        agent = re.match(r"\s+by\s+", after)
        if agent is None:
            return NOBODY
        return attributor.subject_after(masked, cue.end + agent.end(), s_end, hits) or NOBODY
    if re.search(r"(?:^|\s)(?:and|but|or)$", _without_adverbs(stripped)) or not stripped:
        return main_subject  # "Doe spoke first, and then said ...": the verb shares her subject
    return attributor.subject_before(masked, s_start, cue.start, hits)
