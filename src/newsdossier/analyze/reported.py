"""Reported speech: the actor whose words or views a sentence reports, quotation or not.

"the minister said", "Bordurian officials believe", "a Ruritanian security source said" name
who speaks just before a reporting verb; "said the king" just after it. Comparisons use it
to keep what one side says apart from what the other says of it.
"""

from __future__ import annotations

import re

from ..lexicon import REPORTING_VERBS
from ..records import Mention, Sentence

_REPORTING_VERB = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b", re.IGNORECASE)

# How far (characters) the speaker's name may stand before the verb: "Foreign Minister Anna Weiss
# told" and "A Ruritanian security source said" fit; an actor of the clause before does not.
# Calibrated with the alignment gold set (`python -m tests.compare.evaluate --pipeline`).
SPEAKER_WINDOW = 30
# ... and after it ("said the king"): the name follows the verb and one space.
SPEAKER_AFTER = 2


def reported_speaker(paragraph: str, sentence: Sentence, mentions: tuple[Mention, ...]) -> str | None:
    """The actor named next to the first reporting verb of the sentence that has one, or None."""
    spans = [m for m in mentions if sentence.start <= m.start < sentence.end]
    if not spans:
        return None
    for verb in _REPORTING_VERB.finditer(paragraph, sentence.start, sentence.end):
        before = [m for m in spans if 0 <= verb.start() - m.end <= SPEAKER_WINDOW]
        if before:
            return before[-1].actor
        after = [m for m in spans if 0 <= m.start - verb.end() <= SPEAKER_AFTER]
        if after:
            return after[0].actor
    return None
