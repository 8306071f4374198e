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
from bisect import bisect_left
from dataclasses import dataclass

from ..records import Actor
from .clauses import Hits
from .continuation import adds_to, continues, goes_on, subordinate
from .cues import (
    CUE,
    INVERTIBLE_VERBS,
    NOBODY,
    PLACEHOLDER,
    Cue,
    Subject,
    cue_after,
    cue_text,
    is_noun_use,
    is_other_phrasal,
    soften,
)
from .marks import Quotation
from .mentions import AliasHit
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .subjects import Attributor
from .text import filled, fold, is_headline, sentence_spans, word_count
from .verb_subjects import cue_subject, inverted_subject_follows


@dataclass
class _Paragraph:
    """One body paragraph as attribution reads it."""

    index: int
    text: str  # as written
    masked: str  # folded, quotations masked, titles and party tags softened
    sentences: list[tuple[int, int]]
    cues: list[Cue]
    hits: Hits


def _read_paragraph(
    index: int,
    text: str,
    spans: list[tuple[int, int, str]],
    hits: list[AliasHit],
    options: AttributionOptions,
) -> _Paragraph:
    """Mask a paragraph's quotations, find its speech verbs and cut it into sentences."""
    masked = soften(filled(fold(text), [(start, end) for start, end, _ in spans], PLACEHOLDER))
    cues = [
        Cue(m.start(), m.end(), m.group().lower(), cue_text(masked, text, m))
        for m in CUE.finditer(masked)
        if not is_noun_use(masked, m.start()) and not is_other_phrasal(masked, m)
    ]
    cue_starts = [cue.start for cue in cues]
    stops = []
    for start, end, body in spans:
        # A quotation that ends with a full stop, "?" or "!" ends its sentence, unless its
        # attribution follows (`"Why now?" she asked.`).
        if body.rstrip().endswith((".", "!", "?")) and end - start > 1:
            following = bisect_left(cue_starts, end)
            cue = cues[following] if following < len(cues) else None
            if (
                _introduced(masked, start, cues, cue_starts, options)
                or cue_after(masked, end, cue, options) is None
                or not _ends_soon(masked, cue, options)
                or (cue is not None and cue.text[:1].isupper())  # `"…" According to …`: a new sentence
            ):
                stops.append((end - 1, end))
    sentences = sentence_spans(filled(masked, stops, "."))
    visible = [h for h in hits if PLACEHOLDER not in masked[h.start : h.end]]
    return _Paragraph(index, text, masked, sentences, cues, Hits(visible))


def _introduced(
    masked: str, q_start: int, cues: list[Cue], cue_starts: list[int], options: AttributionOptions
) -> bool:
    """Does a speech verb earlier in its sentence introduce the quotation (`Doe said she "would
    win."`)? Then a full stop closing it ends the sentence: the verb after it is another's."""
    index = bisect_left(cue_starts, q_start) - 1
    if index < 0 or q_start - cues[index].end > options.clause_window:
        return False
    return re.search(r"[.!?]\s", masked[cues[index].end : q_start]) is None


def _ends_soon(masked: str, cue: Cue | None, options: AttributionOptions) -> bool:
    """Does the sentence (or clause) end a few words after this verb?"""
    if cue is None:
        return False
    tail = re.match(r"[^.,;:!?\ue000]*", masked[cue.end : cue.end + 200])
    return tail is not None and word_count(tail.group()) <= options.attribution_tail_max_words


def _closes_sentence(masked: str, cue: Cue | None, s_end: int, options: AttributionOptions) -> bool:
    """Is this verb the attribution at the end of its sentence (`..., Warren said.`)?"""
    if cue is None or cue.start >= s_end or cue.subject is None:
        return False
    if not (cue.subject.person or cue.subject.actor):
        return False  # a named person or body (`..., the agency said.`), not "the report"
    clause = masked[max(0, cue.start - 40) : cue.start]
    if "," not in clause or not _ends_soon(masked, cue, options):
        return False
    rest = masked[cue.end : min(s_end, cue.end + options.clause_window)]
    # Nothing after the verb but its inverted subject (`..., said professor Mark Doe.`) or when
    # and where it was said (`..., Doe said on Friday.`).
    inverted = cue.verb in INVERTIBLE_VERBS and inverted_subject_follows(
        rest, options.inverted_head_max_words
    )
    return rest.strip(" .") == "" or inverted or _CIRCUMSTANCE.match(rest) is not None


# Words that open a verb's circumstance rather than its object: when, where, how it was said.
_CIRCUMSTANCE = re.compile(
    r"\s*(?:on|in|at|during|last|this|earlier|later|late|yesterday|today|tonight|after|before"
    r"|[A-Z][a-z]+day)\b"
)


def _quotes_by_paragraph(quotes: list[Quotation]) -> tuple[dict, dict, dict]:
    by_start: dict[int, list[Quotation]] = {}
    by_end: dict[int, list[Quotation]] = {}
    spans_by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for quote in quotes:
        by_start.setdefault(quote.parts[0][0], []).append(quote)
        by_end.setdefault(quote.parts[-1][0], []).append(quote)
        for number, (paragraph, start, end) in enumerate(quote.parts):
            spans_by_paragraph.setdefault(paragraph, []).append((start, end, quote.texts[number]))
    for table, key in ((by_start, lambda q: q.parts[0][1]), (by_end, lambda q: q.parts[-1][2])):
        for listed in table.values():
            listed.sort(key=key)
    return by_start, by_end, spans_by_paragraph


class _Reader:
    """Reads an article's paragraphs in order; remembers the last quotation resolved."""

    def __init__(
        self, actors: dict[str, Actor], paragraphs: list[tuple[str, str]], options: AttributionOptions
    ):
        self.options = options
        self.window = options.clause_window
        self.attributor = Attributor(actors, options)
        self.paragraphs = paragraphs
        self.previous: Quotation | None = None
        # The person who last spoke or acted in a sentence, and in which paragraph: a quotation
        # standing alone with no verb of its own is theirs (`Doe left early. "We won."`).
        self.last_speaker: tuple[Subject, int] | None = None
        # The person who spoke or acted in a sentence of this paragraph since the last quotation
        # closed, and where that sentence ends: a quotation standing alone after it is theirs
        # (`"...," Roe said. Doe disagreed. "..."` is Doe's), not the quotation's before it.
        self.carried: tuple[Subject, int, int] | None = None
        self.speaker_at_previous: tuple[Subject, int] | None = None  # last_speaker then
        # The speaker and verb of a paragraph that ends with a colon (`Doe wrote:`), and its index.
        self.introducer: tuple[Subject, str, int] | None = None

    def _remember(self, subject: Subject | None, paragraph: int) -> None:
        if subject is not None and (subject.actor or (subject.person and subject.text)):
            self.last_speaker = (subject, paragraph)

    def paragraph(self, para: _Paragraph, starting: list[Quotation], ending: list[Quotation]) -> None:
        self.attributor.source = para.text
        self.attributor.learn_names(para.masked)
        cue_index = start_index = end_index = 0
        s_cues: list[Cue] = []
        for s_start, s_end in para.sentences:
            first_cue = cue_index
            while cue_index < len(para.cues) and para.cues[cue_index].start < s_end:
                cue_index += 1
            s_cues = para.cues[first_cue:cue_index]
            s_subject, main = self._sentence_cues(para, s_start, s_end, s_cues)
            self.attributor.mention(para.hits.within(s_start, s_end))
            spoken = [c.subject for c in main if c.subject and c.subject.person]
            self._remember(spoken[-1] if spoken else s_subject, para.index)
            acting = spoken[-1] if spoken else s_subject
            if acting.person and (acting.actor or acting.text):
                self.carried = (acting, para.index, s_end)
            while start_index < len(starting) and starting[start_index].parts[0][1] < s_end:
                self._opening(para, starting[start_index], s_start, s_cues, s_subject)
                start_index += 1
            while end_index < len(ending) and ending[end_index].parts[-1][2] <= s_end:
                # Only a verb of this sentence: the next sentence's verbs have no subject yet, and
                # `"... politics." Doe said he ...` opens a new statement.
                later = next((c for c in s_cues if c.start >= ending[end_index].parts[-1][2]), None)
                self._closing(para, ending[end_index], later, s_end)
                end_index += 1
        # `..., as the Courier noted:` introduces the next paragraph's quotation: a verb in a clause
        # of "as" is no less the introducer for being subordinate.
        self.introducer = _introducer(para, _main_cues(para.masked, s_cues))

    def _sentence_cues(
        self, para: _Paragraph, s_start: int, s_end: int, s_cues: list[Cue]
    ) -> tuple[Subject, list[Cue]]:
        """Give the speech verbs of a sentence their subjects; returns the sentence's subject and
        its main speech verbs (not those inside what another verb reports)."""
        attributor = self.attributor
        s_subject = attributor.sentence_subject(
            para.masked, s_start, min(s_end, s_start + self.window), para.hits
        )
        if not s_cues or s_subject.person:
            attributor.note(s_subject)
        last_subject: Subject | None = None
        for cue in s_cues:
            cue.subject = cue_subject(
                attributor, para.masked, s_start, s_end, cue, para.hits, last_subject, s_subject
            )
            if (
                cue.subject is not None
                and (cue.subject.actor or cue.subject.text)
                and not _relative_verb(para.masked, s_start, cue)
            ):
                last_subject = cue.subject
            attributor.note(cue.subject)
        main = [c for c in _main_cues(para.masked, s_cues) if not subordinate(para.masked, s_start, c)]
        if main and main[-1] is not s_cues[-1]:
            attributor.note(main[-1].subject)  # the sentence's speaker, not one they report
        elif s_cues and not main and s_subject.person:
            # `Roe was quiet when Doe asked about the vote.`: the sentence goes on about Roe.
            attributor.note(s_subject)
        return s_subject, main

    def _opening(
        self, para: _Paragraph, quote: Quotation, s_start: int, s_cues: list[Cue], s_subject: Subject
    ) -> None:
        q_start = quote.parts[0][1]
        lead_in = para.masked[max(s_start, q_start - self.window) : q_start].strip()
        quote.starts_sentence = not lead_in
        quote.stands_alone = not lead_in or lead_in.endswith((":", ","))
        quote.sentence_subject = s_subject
        before = [c for c in s_cues if c.end <= q_start]
        # The last verb before the quotation whose subject is known: in `Doe says anybody who
        # complains is "..."` the verb of the relative clause has no speaker to give.
        known = [c for c in before if c.subject is not None and (c.subject.actor or c.subject.text)]
        if len(known) > 1 and _relative_verb(para.masked, s_start, known[-1]):
            # `Doe told a student who suggested that many may stay home that "..."`: a relative
            # clause that says its own piece before the quotation does not introduce it.
            if word_count(para.masked[known[-1].end : q_start]) > self.options.after_quote_max_gap_words:
                known.pop()
        chosen = known[-1] if known else before[-1] if before else None
        if chosen is not None:
            quote.before = (chosen.subject or NOBODY, chosen.text)
        elif lead_in.endswith(":"):
            # `Jane Doe: "..."` (a digest, a transcript) or `Doe, in a memo to staff: "..."`.
            colon = q_start - (len(para.masked[:q_start]) - len(para.masked[:q_start].rstrip())) - 1
            named = self.attributor.subject_before(
                para.masked, max(s_start, colon - self.window), colon, para.hits
            )
            if named is not None and (named.actor or named.person):
                quote.before = (named, None)

    def _closing(self, para: _Paragraph, quote: Quotation, next_cue: Cue | None, s_end: int) -> None:
        if quote.resolved:
            return
        quote.resolved = True
        q_end = quote.parts[-1][2]
        after = cue_after(para.masked, q_end, next_cue, self.options)
        signed = _signature(para, q_end, self.attributor)
        previous = self.previous
        if after is not None:
            quote.speaker, quote.cue = after.subject or NOBODY, after.text
            apart = quote.parts[0][0] - previous.parts[-1][0] if previous is not None else 0
            if adds_to(previous.speaker if previous else None, apart, after, self.attributor.genders):
                assert previous is not None  # `"...," he added`: who spoke before goes on
                speaker, said = previous.speaker, quote.speaker.text
                quote.speaker = Subject(speaker.actor, said, True) if speaker.actor else speaker
        elif signed is not None:
            quote.speaker, quote.cue = signed, None
        elif quote.before is not None:
            quote.speaker, quote.cue = quote.before
        elif self._opens_introduced_paragraph(para, quote):
            # `As the agency put it in its report:` ¶ `"..."`: the paragraph before introduces it.
            assert self.introducer is not None
            quote.speaker, quote.cue = self.introducer[0], self.introducer[1]
        elif _closes_sentence(para.masked, next_cue, s_end, self.options):
            # `A cashier who "steals ..." is held accountable, Warren said.`: the verb that ends
            # the sentence attributes all of it, the quotation inside too.
            assert next_cue is not None
            quote.speaker, quote.cue = next_cue.subject or NOBODY, next_cue.text
        elif (carried := self._carried_on(quote, previous)) is not None:
            quote.speaker, quote.cue = carried
        else:
            quote.speaker = quote.sentence_subject
            quote.cue = None
        self.attributor.note(quote.speaker)
        self._remember(quote.speaker, quote.parts[-1][0])
        self.previous = quote
        self.carried = None
        self.speaker_at_previous = self.last_speaker

    def _carried_on(self, quote: Quotation, previous: Quotation | None) -> tuple[Subject, str | None] | None:
        """The speaker of a quotation with no verb of its own, carried on from what the paragraph
        said before it: rules tried in order, the first that applies decides."""
        if quote.starts_sentence and (carried := self._carried(quote, previous)) is not None:
            return carried, None
        if quote.starts_sentence and (newer := self._newer_speaker(quote, previous)) is not None:
            # `"...," Roe said. Doe disagreed. "It will never pass."`: a person who spoke or
            # acted since the quotation before, in this paragraph, says the one that follows.
            return newer, None
        if quote.starts_sentence and previous is not None and continues(previous, quote):
            return previous.speaker, previous.cue
        if quote.starts_sentence and not quote.sentence_subject.actor and self._recent_speaker(quote):
            return self._recent_speaker(quote) or NOBODY, None
        if previous is not None and goes_on(previous, quote):
            # `Doe said. Instead, "it is over."`: a sentence with no subject of its own, in the
            # paragraph of the quotation before it, goes on with that speaker.
            return previous.speaker, previous.cue
        if not (quote.sentence_subject.person or quote.sentence_subject.actor) and self._spoke_here(quote):
            # `This makes it harder, he said. Facts can still win, but only when "the truth is
            # sexier."`: a sentence about no person goes on with who spoke in its paragraph.
            return self._spoke_here(quote) or NOBODY, None
        return None

    def _spoke_here(self, quote: Quotation) -> Subject | None:
        """The last person who spoke or acted, when in the quotation's paragraph."""
        if self.last_speaker is None or self.last_speaker[1] != quote.parts[0][0]:
            return None
        return self.last_speaker[0]

    def _carried(self, quote: Quotation, previous: Quotation | None) -> Subject | None:
        """The person a sentence of the quotation's paragraph, after the quotation before it, is
        about, when another than that quotation's speaker."""
        if self.carried is None or previous is None:
            return None
        subject, paragraph, s_end = self.carried
        if paragraph != quote.parts[0][0] or s_end > quote.parts[0][1]:
            return None
        if (subject.actor or subject.text) in (previous.speaker.actor or previous.speaker.text, None):
            return None
        return subject

    def _opens_introduced_paragraph(self, para: _Paragraph, quote: Quotation) -> bool:
        """Does the quotation open a paragraph that follows one ending `..., Doe wrote:`?"""
        if self.introducer is None or self.introducer[2] != para.index - 1:
            return False
        return quote.parts[0][0] == para.index and not para.text[: quote.parts[0][1]].strip()

    def _newer_speaker(self, quote: Quotation, previous: Quotation | None) -> Subject | None:
        """The person named as a speaker or subject in this paragraph since the quotation before,
        when it is someone else than that quotation's speaker."""
        if previous is None or self.last_speaker in (None, self.speaker_at_previous):
            return None  # nobody has spoken or acted since the quotation before
        if quote.sentence_subject.actor:
            return None
        subject, paragraph = self.last_speaker
        if paragraph != quote.parts[0][0]:
            return None
        if (subject.actor or subject.text) == (previous.speaker.actor or previous.speaker.text):
            return None
        return subject

    def _recent_speaker(self, quote: Quotation) -> Subject | None:
        """The last person named as speaker or subject, in this paragraph or the one before."""
        if self.last_speaker is None:
            return None
        subject, paragraph = self.last_speaker
        return subject if quote.parts[0][0] - paragraph <= 1 else None


# `"…" ― Jane Doe` at the end of a paragraph: a reader's comment or an epigraph, signed.
_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013-]{1,2}\s*([A-Z][^,;:!?()\ue000]{1,60}?)[\s.]*$")


def _signature(para: _Paragraph, q_end: int, attributor: Attributor) -> Subject | None:
    found = _SIGNATURE.match(para.masked, q_end)
    if not found:
        return None
    hits = para.hits.within(found.start(1), found.end(1))
    if hits:
        return Subject(hits[-1].actor, para.text[hits[-1].start : hits[-1].end], person=True)
    name = para.text[found.start(1) : found.end(1)].strip()
    return Subject(None, name, person=len(name.split()) >= 2)


def _introducer(para: _Paragraph, main: list[Cue]) -> tuple[Subject, str, int] | None:
    """The speaker and verb that a paragraph ending with a colon gives the quotation opening the
    next one (`As Ann Lee reported on Friday:`), when its last sentence's last speech verb has
    a known subject and nothing but words stands between that verb and the colon."""
    text = para.masked.rstrip()
    if not text.endswith(":") or not main:
        return None
    cue = main[-1]
    subject = cue.subject
    if subject is None or not (subject.actor or subject.text):
        return None
    if PLACEHOLDER in text[cue.end :] or re.search(r"[.!?]\s", text[cue.end :]):
        return None
    return subject, cue.text, para.index


def attribute(
    quotes: list[Quotation],
    paragraphs: list[tuple[str, str]],
    hits_by_paragraph: dict[int, list[AliasHit]],
    actors: dict[str, Actor],
    options: AttributionOptions = DEFAULT_ATTRIBUTION,
) -> None:
    """Give every quotation its speaker, reading the article once in order."""
    by_start, by_end, spans_by_paragraph = _quotes_by_paragraph(quotes)
    reader = _Reader(actors, paragraphs, options)
    for index, (kind, text) in enumerate(paragraphs):
        if kind != "body" or (is_headline(text) and index not in spans_by_paragraph):
            continue  # a headline never speaks, nor names who "he" is
        para = _read_paragraph(
            index, text, spans_by_paragraph.get(index, []), hits_by_paragraph.get(index, []), options
        )
        reader.paragraph(para, by_start.get(index, []), by_end.get(index, []))


def _main_cues(masked: str, s_cues: list[Cue]) -> list[Cue]:
    """The speech verbs of a sentence less those inside what an earlier one reports, with no
    quotation, comma or semicolon between them (`Doe said Roe continued to ...`: Doe speaks;
    `Doe said so, and Roe added ...` and `While Doe pledged ..., Roe insisted`: both do)."""
    main: list[Cue] = []
    for cue in s_cues:
        if main and cue.subject is not None and cue.subject != main[-1].subject:
            between = masked[main[-1].end : cue.start]
            if PLACEHOLDER not in between and not _NEW_CLAUSE.search(between):
                continue
        main.append(cue)
    return main


_NEW_CLAUSE = re.compile(r"[;,]|\.\s")

# "who" and up to two adverbs or auxiliaries before a verb: "an aide who later said ...".
_RELATIVE_BEFORE = re.compile(r"\bwho(?:\s+[a-z]+){0,2}\s*$")


def _relative_verb(masked: str, s_start: int, cue: Cue) -> bool:
    """Is the verb a relative clause's (`... an aide who said he was paid late, saying "..."`)?
    Its subject is the noun the clause describes, not the sentence's: a later "saying" or
    "and told" of the sentence goes back to the main clause's subject."""
    return bool(_RELATIVE_BEFORE.search(masked[max(s_start, cue.start - 40) : cue.start]))
