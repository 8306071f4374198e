"""Who a later verb goes on with: a verb in a clause of when or why ("when Doe asked") leaves
the sentence about its main subject, and `"...," he added` goes on from the person quoted just
before, and a quotation with no verb of its own goes on from the one before it.
attribution.py asks these while it reads an article in order.
"""

from __future__ import annotations

import re

from .cues import Cue, Subject
from .marks import Quotation

# A subordinating word and its clause's subject right before a verb: "when Doe asked".
_SUBORDINATE_BEFORE = re.compile(
    r"(?:^|[\s,;])(?:when|after|before|while|because|since|if|until|once|though|although|whereas|as)"
    r"(?:\s+[\w.'\u2019-]+){1,4}\s*$"
)

# Verbs that go on with what the same speaker said before.
_GOING_ON = frozenset({"added", "adds", "continued", "continues"})


def subordinate(masked: str, s_start: int, cue: Cue) -> bool:
    """Is the verb in a clause that says when or why the main one happens (`Roe was quiet when
    Doe asked`)? Its subject is not who the sentence is about."""
    return bool(_SUBORDINATE_BEFORE.search(masked[max(s_start, cue.start - 50) : cue.start]))


def adds_to(
    previous: Subject | None, paragraphs_apart: int, cue: Cue, genders: dict[str, str | None]
) -> bool:
    """Does `he added` (or continued) after a quotation go on from `previous`, the speaker of
    the quotation before it, in its paragraph or the one before (`paragraphs_apart` at most 1),
    when the pronoun may name them (their known pronoun, if any, is the same)?"""
    subject = cue.subject
    pronoun = (subject.text or "").lower() if subject is not None else ""
    if previous is None or cue.verb not in _GOING_ON or pronoun not in ("he", "she"):
        return False
    if not previous.person or not (previous.actor or previous.text) or paragraphs_apart > 1:
        return False
    wanted = "f" if pronoun == "she" else "m"
    return genders.get(previous.actor or previous.text or "") in (None, wanted)


def continues(previous: Quotation, quote: Quotation) -> bool:
    """Does a quotation with no verb of its own go on from the one before it?"""
    last_paragraph = previous.parts[-1][0]
    first_paragraph = quote.parts[0][0]
    if not (previous.speaker.actor or previous.speaker.text):
        return False
    return first_paragraph in (last_paragraph, last_paragraph + 1)


def goes_on(previous: Quotation | None, quote: Quotation) -> bool:
    """Does a quotation in a sentence without subject or verb go on from the one before it?"""
    if previous is None or quote.sentence_subject.actor or quote.sentence_subject.text:
        return False
    spoken = previous.speaker.actor or previous.speaker.text
    return bool(spoken) and previous.parts[-1][0] == quote.parts[0][0]
