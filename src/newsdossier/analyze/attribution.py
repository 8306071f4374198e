"""Attribution: every quotation gets its speaker and speech verb.

Every speech verb ("said", "told", "added", "according to") gets a subject: the
name before it, the name after it ("said Jane Doe"), a pronoun (the last person
named as a speaker), or a body ("the statement": no person). A quotation takes
the verb right after it (`"…," Weber said`), else the last verb before it in its
sentence (`Weber said: "…"`), else it continues the quotation before it
(`"…," he said. "…"`), else the subject of its sentence.
"""

from __future__ import annotations

import re

from ..records import Actor
from .cues import (
    CUE,
    INVERTIBLE_VERBS,
    NOBODY,
    PLACEHOLDER,
    WITH_ABSOLUTE,
    Cue,
    Subject,
    cue_after,
    cue_text,
    phrase_until_stop,
)
from .marks import Quotation
from .mentions import AliasHit
from .subjects import Attributor
from .text import fold, sentence_spans, word_count


def attribute(
    quotes: list[Quotation],
    paragraphs: list[tuple[str, str]],
    hits_by_paragraph: dict[int, list[AliasHit]],
    actors: dict[str, Actor],
) -> None:
    """Give every quotation its speaker, reading the article once in order."""
    attributor = Attributor(actors)
    by_start: dict[int, list[Quotation]] = {}
    by_end: dict[int, list[Quotation]] = {}
    spans_by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for quote in quotes:
        by_start.setdefault(quote.parts[0][0], []).append(quote)
        by_end.setdefault(quote.parts[-1][0], []).append(quote)
        for index, (paragraph, start, end) in enumerate(quote.parts):
            spans_by_paragraph.setdefault(paragraph, []).append((start, end, quote.texts[index]))
    previous: Quotation | None = None
    for index, (kind, text) in enumerate(paragraphs):
        if kind != "body":
            continue
        chars = list(fold(text))
        ends = []
        for start, end, body in spans_by_paragraph.get(index, []):
            chars[start:end] = PLACEHOLDER * (end - start)
            if body.rstrip().endswith((".", "!", "?")) and end - start > 1:
                ends.append(end - 1)
        masked = "".join(chars)
        for end in ends:
            chars[end] = "."  # a quotation that ends with a full stop may end its sentence
        sentences = sentence_spans("".join(chars))
        attributor.source = text
        attributor.learn_names(masked)
        hits = hits_by_paragraph.get(index, [])
        hits = [h for h in hits if PLACEHOLDER not in masked[h.start : h.end]]
        cues = [
            Cue(m.start(), m.end(), m.group().lower(), cue_text(masked, text, m))
            for m in CUE.finditer(masked)
        ]
        starting = sorted(by_start.get(index, []), key=lambda q: q.parts[0][1])
        ending = sorted(by_end.get(index, []), key=lambda q: q.parts[-1][2])
        for s_start, s_end in sentences:
            s_cues = [c for c in cues if s_start <= c.start < s_end]
            s_subject = attributor.sentence_subject(masked, s_start, s_end, hits)
            if not s_cues or s_subject.person:
                attributor.note(s_subject)
            last_subject: Subject | None = None
            for cue in s_cues:
                cue.subject = _cue_subject(
                    attributor, masked, s_start, s_end, cue, hits, last_subject, s_subject
                )
                if cue.subject is not None and (cue.subject.actor or cue.subject.text):
                    last_subject = cue.subject
                attributor.note(cue.subject)
            for quote in starting:
                q_start = quote.parts[0][1]
                if not s_start <= q_start < s_end:
                    continue
                lead_in = masked[s_start:q_start].strip()
                quote.starts_sentence = not lead_in
                quote.stands_alone = not lead_in or lead_in.endswith((":", ","))
                quote.sentence_subject = s_subject
                before = [c for c in s_cues if c.end <= q_start]
                if before:
                    cue = before[-1]
                    quote.before = (cue.subject or NOBODY, cue.text)
            for quote in ending:
                q_end = quote.parts[-1][2]
                if not s_start < q_end <= s_end or quote.resolved:
                    continue
                quote.resolved = True
                after = cue_after(masked, q_end, s_cues)
                if after is not None:
                    quote.speaker, quote.cue = after.subject or NOBODY, after.text
                elif quote.before is not None:
                    quote.speaker, quote.cue = quote.before
                elif quote.starts_sentence and previous is not None and _continues(previous, quote):
                    quote.speaker, quote.cue = previous.speaker, previous.cue
                else:
                    quote.speaker = quote.sentence_subject
                    quote.cue = None
                attributor.note(quote.speaker)
                previous = quote


def _continues(previous: Quotation, quote: Quotation) -> bool:
    """Does a quotation with no verb of its own go on from the one before it?"""
    last_paragraph = previous.parts[-1][0]
    first_paragraph = quote.parts[0][0]
    if not (previous.speaker.actor or previous.speaker.text):
        return False
    return first_paragraph in (last_paragraph, last_paragraph + 1)


def _cue_subject(
    attributor: Attributor,
    masked: str,
    s_start: int,
    s_end: int,
    cue: Cue,
    hits: list[AliasHit],
    last_subject: Subject | None,
    s_subject: Subject,
) -> Subject | None:
    """The subject of one speech verb (`last_subject`: of the verb before it in its sentence)."""
    before = masked[s_start : cue.start].rstrip()
    if cue.verb == "according to":
        return attributor.subject_after(masked, cue.end, s_end, hits)
    after = masked[cue.end : s_end]
    # Inverted: `," said Jane Doe, ...` or `..., added Max Weber, ...`; a verb
    # followed by its object and a quotation (`said the leaders "..."`) is not.
    if cue.verb in INVERTIBLE_VERBS and (not before or before.endswith((",", PLACEHOLDER))):
        head, stop = phrase_until_stop(after)
        ends_with_quote = stop == PLACEHOLDER
        if (
            head.strip()
            and not ends_with_quote
            and word_count(head) <= 8
            and (re.match(r"\s*[A-Z]", head) or re.match(r"\s*(?:the|a|an|his|her|its|their)\s", head))
        ):
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
        # "..., saying ..." has the subject of the main clause.
        return main_subject
    stripped = before.rstrip()
    if re.search(r"(?:^|\s)(?:and|but|or)$", stripped) or not stripped:
        return main_subject
    return attributor.subject_before(masked, s_start, cue.start, hits)
