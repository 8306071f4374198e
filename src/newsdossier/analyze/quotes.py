"""Direct quotations and who said them.

Three passes over an article, paragraph by paragraph, all linear in its length:

1. quotation marks are paired into quotations (curly or straight double quotes,
   single quotes only when they clearly open and close a phrase, a quotation
   running on into the next paragraph when that one opens with a quote mark);
2. the paragraph is masked (quotations replaced by a placeholder, same length)
   and cut into sentences, so that words inside a quotation never attribute it;
3. every speech verb ("said", "told", "added", "according to") gets a subject:
   the name before it, the name after it ("said Jane Doe"), a pronoun (the
   last person named as a speaker), or a body ("the statement": no person).
   A quotation takes the verb right after it (`"…," Weber said`), else the last
   verb before it in its sentence (`Weber said: "…"`), else it continues the
   quotation before it (`"…," he said. "…"`), else the subject of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Actor, CleanArticle, Quote
from .mentions import SURNAME_PARTICLES, AliasHit, trie_regex
from .text import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    MONTHS,
    PERSON_NAME,
    TITLE_WORDS,
    WEEKDAYS,
    fold,
    is_nationality,
    looks_like_person,
    sentence_spans,
    word_count,
)

# A quotation of at most this many words, without the shape of a sentence, is a
# fragment: a scare quote or a borrowed phrase ("proxy war", "rubbish"). Calibrated
# on the seeds: every such phrase there has 1-3 words, while the shortest quoted
# clause that carries a claim ("to prop up the regime") has 4 or more.
FRAGMENT_MAX_WORDS = 3

# A single-quoted span longer than this is more likely two apostrophes than a quotation.
SINGLE_QUOTE_MAX_CHARS = 300

# How many words may stand between a closing quote mark and its speech verb
# ("," the French foreign ministry said): longer gaps are a new clause.
AFTER_QUOTE_MAX_GAP_WORDS = 6

# A description between commas after a name (", a fellow at ..., and co-author of the
# study,") may be this long; the longest in the calibration texts has 22 words.
APPOSITIVE_MAX_WORDS = 30
# A gap ending in a name may be this long: "lead researcher and planetary scientist Jane Doe".
TITLED_GAP_MAX_WORDS = 12
# An inverted subject ("said defence ministry spokesman Jane Doe in a statement") is
# read this far after its verb.
INVERTED_SUBJECT_MAX_WORDS = 10

# How many recent people a pronoun may reach back to when the last one's pronoun differs.
PRONOUN_LOOKBACK = 3

PLACEHOLDER = "\ue000"  # stands for quoted text in the masked paragraph

# Speech verbs in the forms used to attribute a quotation. Base forms ("say",
# "call") and noun-like forms ("claims", "notes", "warning") are left out.
CUE_VERBS = frozenset(
    """said says saying told tells telling added adds adding asked asks asking agreed agrees
    insisted insists insisting warned warns stressed stresses stressing declared declares
    noted noting explained explains explaining reiterated reiterates reiterating called
    calling described describes describing dismissed dismissing accused accuses accusing
    urged urges urging stated argued argues arguing replied replies wrote writes continued
    acknowledged admitted announced announces claimed commented observed remarked suggested
    conceded concluded recalled vowed pledged promised tweeted quipped predicted cautioned
    complained boasted affirmed reaffirmed confirmed answered responded denied countered
    maintained repeated echoed""".split()
) | {"weighed in", "chimed in", "went on", "pointed out"}
# Verbs that may come before their subject (`," said Jane Doe`); the others take a
# person as object after them ("told Doe", "telling Doe", "urged Doe").
INVERTIBLE_VERBS = frozenset(
    """said says added adds asked asks agreed agrees insisted insists continued explained
    noted replied replies wrote writes declared observed remarked stated argued recalled
    conceded concluded countered cautioned quipped acknowledged""".split()
) | {"according to"}
_CUE = re.compile(r"\b(?:" + trie_regex(CUE_VERBS | {"according to", "According to"}) + r")\b")

# Words that may stand between a subject and its verb ("Weber yesterday said").
_SKIPPABLE = frozenset(
    """also again then later earlier yesterday today tonight once previously repeatedly
    has had have would will did does do was is were just further reportedly publicly
    separately immediately quickly simply flatly only not never already still""".split()
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
_OTHER_PRONOUNS = frozenset({"they", "we", "i", "it", "you", "who", "this", "that"})
# Auxiliaries and modals that end a subject noun phrase ("The deal could ...").
_VERBISH = frozenset(
    "is are was were be been has have had could would will may might must should can did does do".split()
)
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our"}
)
# Openers of an introductory phrase before a sentence's subject ("In Berlin, ...").
_INTRO_OPENERS = frozenset(
    """in on at after before since during earlier later meanwhile however but and yet still
    prior speaking asked despite while when although unlike like last this separately also
    elsewhere instead under following according as with without for by from""".split()
)

_NAME_TOKEN = (
    r"(?:[A-Z][\w'.-]*|(?:al|el|von|van|der|den|de|du|da|di|bin|ibn|abu|ben)(?:-[A-Z][\w'-]*|(?=\s)))"
)
_NAME_RUN_END = re.compile(rf"(?:{_NAME_TOKEN}\s+)*{_NAME_TOKEN}$")
_NAME_RUN_START = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*")
_NAME_RUN = re.compile(rf"(?<![\w'\u2019-])[A-Z][\w'.-]*(?:\s+{_NAME_TOKEN})*")
_WEEKDAY_END = re.compile(r"(?:\b(?:on|last|next)\s+)?\b(?:%s)$" % "|".join(WEEKDAYS))
# Patterns anchored at the end of a text are searched in its last TAIL_CHARS only: a
# subject is a few words long, and searching from every position would cost n².
TAIL_CHARS = 120


def bio_pronoun(bio: str) -> str | None:
    """ "f" or "m" when an actor's bio clearly uses she/her or he/his for them, else None."""
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", bio, re.I))
    he = len(re.findall(r"\b(?:he|his|him|himself)\b", bio, re.I))
    if she > 2 * he:
        return "f"
    if he > 2 * she:
        return "m"
    return None


def _plain(token: str) -> str:
    """A token compared with word lists: lowercase, no final dot, no "'s" ("It's" -> "it")."""
    return re.sub(r"['\u2019]s$", "", token.lower().rstrip("."))


def _last_word(text: str) -> tuple[str, int]:
    """The word a text ends with (letters, digits, ' . -) and where it starts."""
    index = len(text)
    while index and (text[index - 1].isalnum() or text[index - 1] in "_'.-"):
        index -= 1
    return text[index:], index


def _tail(text: str) -> int:
    return max(0, len(text) - TAIL_CHARS)


@dataclass(frozen=True)
class Subject:
    """Who does a speech verb: an actor, a name without actor, a body, or nobody."""

    actor: str | None = None
    text: str | None = None
    person: bool = False  # a person: a pronoun may later refer to them


_NOBODY = Subject()


@dataclass
class _Cue:
    start: int
    end: int
    verb: str
    text: str
    subject: Subject | None = _NOBODY


@dataclass
class _Quote:
    """A quotation while it is being read: its parts are (paragraph, start, end) with marks."""

    parts: list[tuple[int, int, int]]
    texts: list[str]
    before: tuple[Subject, str | None] | None = None  # from a verb before it in its sentence
    starts_sentence: bool = False
    stands_alone: bool = False  # opens its sentence or follows a colon or comma
    sentence_subject: Subject = _NOBODY
    speaker: Subject = _NOBODY
    cue: str | None = None
    resolved: bool = False


# --------------------------------------------------------------- quotation marks


# Two apostrophes stand for a double quote mark in some news archives (`''Yes,'' he said`).
_DOUBLE_MARK = re.compile("''|[\"\u201c\u201d\u201e]")
_SINGLE_MARK = re.compile("['\u2018\u2019]")


def _double_marks(text: str) -> list[tuple[int, str, int]]:
    """Opening and closing double quote marks (position, kind, length), straight ones
    judged by their neighbours."""
    marks = []
    for found in _DOUBLE_MARK.finditer(text):
        pos, char = found.start(), found.group()
        if char == "''":
            char = '"'
        before = text[pos - 1] if pos else " "
        after = text[found.end()] if found.end() < len(text) else " "
        opens_here = before.isspace() or before in "([{\u2014\u2013-/:"
        closes_here = after.isspace() or after in ".,;:!?)]}\u2014\u2013-\u2019'"
        if char in "\u201c\u201e":
            kind = "close" if after.isspace() and not opens_here else "open"
        elif char == "\u201d":
            kind = "open" if opens_here and not after.isspace() and not closes_here else "close"
        elif before.isspace() and after.isspace():
            kind = "either"  # a typo such as `" You guys ...`: take it as the next mark is needed
        elif opens_here and not after.isspace():
            kind = "open"
        elif closes_here or not before.isspace():
            kind = "close"
        else:
            kind = "either"
        marks.append((pos, kind, found.end() - pos))
    return marks


def _single_quotes(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of single-quoted phrases outside double quotes: 'like this' or ‘this’.

    An apostrophe has a letter on both sides ("Ruritania’s", "isn’t"), so an opening
    mark must follow a space and precede a letter, and a closing one must follow a
    non-space and not precede a letter. Marks that are apostrophes at a word's edge
    are left alone: decades ("the ’90s"), plural possessives ("the rebels’ retreat"),
    and phrases of a single letter ("rock ’n’ roll").
    """
    spans = []

    def inside(pos: int) -> bool:
        return any(start <= pos < end for start, end in taken)

    opening = None
    for found in _SINGLE_MARK.finditer(text):
        pos, char = found.start(), found.group()
        if inside(pos):
            continue
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if opening is None:
            opens = after.isalpha() or (char == "\u2018" and after.isdigit())  # "'90s" is a decade
            if (before.isspace() or before in "([\u2014\u2013-") and opens and char != "\u2019":
                opening = pos
        elif not before.isspace() and not after.isalnum():
            if before == "s" and re.match(r" [a-z]", text[pos + 1 : pos + 3]):
                continue  # "the rebels’ retreat": a possessive, the quotation goes on
            letters = sum(c.isalpha() for c in text[opening + 1 : pos])
            if (
                letters > 1
                and pos - opening <= SINGLE_QUOTE_MAX_CHARS
                and not any(opening < a < pos for a, _ in taken)
            ):
                spans.append((opening, pos + 1))
            opening = None
    return spans


def _opens_with_mark(text: str) -> bool:
    """Does a paragraph open with a double quote mark (a quotation running on into it)?"""
    return text.lstrip().startswith(('"', "\u201c", "''"))


def find_quotations(paragraphs: list[tuple[str, str]]) -> list[_Quote]:
    """Pair the quote marks of an article's paragraphs ((kind, text) pairs) into quotations."""
    quotes: list[_Quote] = []
    carried: _Quote | None = None  # a quotation left open at the end of the previous paragraph
    for index, (kind, text) in enumerate(paragraphs):
        if kind != "body":
            carried = None
            continue
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        open_len = 1
        current = carried
        carried = None
        marks = _double_marks(text)
        if current is not None:
            if marks and marks[0][0] == len(text) - len(text.lstrip()) and marks[0][1] != "close":
                open_at, open_len = marks[0][0], marks[0][2]
                marks = marks[1:]
            else:
                current = None
        for pos, kind_, length in marks:
            if open_at is None:
                if kind_ in ("open", "either"):
                    open_at, open_len = pos, length
                continue
            if kind_ in ("close", "either"):
                body = text[open_at + open_len : pos]
                if current is not None:
                    current.parts.append((index, open_at, pos + length))
                    current.texts.append(body)
                    quotes.append(current)
                    current = None
                else:
                    quotes.append(_Quote([(index, open_at, pos + length)], [body]))
                spans.append((open_at, pos + length))
                open_at = None
            else:  # a second opening: the first one was a stray mark
                current = None
                open_at, open_len = pos, length
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt and nxt[0] == "body" and _opens_with_mark(nxt[1]):
                if current is None:
                    current = _Quote([], [])
                current.parts.append((index, open_at, len(text)))
                current.texts.append(text[open_at + open_len :])
                carried = current
        for start, end in _single_quotes(text, spans):
            quotes.append(_Quote([(index, start, end)], [text[start + 1 : end - 1]]))
    quotes.sort(key=lambda q: q.parts[0][:2])
    return quotes


# ------------------------------------------------------------------ attribution


class _Attributor:
    """Resolves speech verbs to subjects across an article, remembering who spoke last."""

    def __init__(self, actors: dict[str, Actor]):
        self.actors = actors
        self.recent: list[Subject] = []  # people last named as a speaker or subject, newest first
        self.genders = {
            actor.id: bio_pronoun(actor.bio) for actor in actors.values() if actor.kind == "person"
        }
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

    def _mention_ending(self, hits: list[AliasHit], end: int) -> AliasHit | None:
        for hit in hits:
            if hit.end == end and not hit.text.endswith(("'s", "\u2019s", "'", "\u2019")):
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
            if _plain(token) in TITLE_WORDS or token.endswith(("'s", "\u2019s")):
                cut = position + 1
        tokens = tokens[cut:]
        while tokens and (
            _plain(tokens[0]) in FUNCTION_WORDS
            or _plain(tokens[0]) in TITLE_WORDS
            or tokens[0] in WEEKDAYS
            or _plain(tokens[0]) in MONTHS
            or (len(tokens) > 1 and is_nationality(tokens[0]) and _plain(tokens[1]) in TITLE_WORDS)
        ):
            tokens.pop(0)
        if not tokens:
            return None
        text = " ".join(tokens)
        capitals = [t for t in tokens if t[:1].isupper()]
        known = len(tokens) == 1 and fold(tokens[0]).rstrip(".") in self.known_surnames
        return Subject(None, text, person=len(capitals) >= 2 or known)

    def _actor_subject(self, hit: AliasHit, text: str) -> Subject:
        actor = self.actors[hit.actor]
        return Subject(actor.id, text, person=actor.kind == "person")

    def subject_before(self, masked: str, start: int, end: int, hits: list[AliasHit]) -> Subject | None:
        """The subject that ends where a speech verb starts; None when there is none to find."""
        segment = masked[start:end]
        for _ in range(6):
            stripped = segment.rstrip()
            word, word_start = _last_word(stripped)
            if word.lower() in _SKIPPABLE:
                segment = stripped[:word_start]
                continue
            if word in WEEKDAYS:
                weekday = _WEEKDAY_END.search(stripped, _tail(stripped))
                segment = stripped[: weekday.start() if weekday else word_start]
                continue
            if word.lower() in _RELATIVES:
                segment = stripped[:word_start].rstrip().rstrip(",")
                continue
            if stripped.endswith(","):
                inner = stripped[:-1]
                comma = inner.rfind(",")
                insertion = inner[comma + 1 :].strip()
                first = insertion.split()[0] if insertion.split() else ""
                if comma >= 0 and first[:1].isupper() and first.lower() not in _RELATIVES:
                    segment = inner  # ", Jane Doe," names the subject
                    continue
                # ", a fellow at the Institute in Turin, Piedmont, and co-author," describes
                # the subject: it ends at the first comma followed by a description.
                opening = next(
                    (
                        m.start()
                        for m in re.finditer(",", inner)
                        if not inner[m.end() :].lstrip()[:1].isupper()
                    ),
                    None,
                )
                if opening is None:
                    return None
                segment = inner[:opening]
                continue
            segment = stripped
            break
        seg_end = start + len(segment)
        last, _ = _last_word(segment)
        if not last:
            return None
        if last.lower() in _PERSON_PRONOUNS:
            return self.resolve_pronoun(last)
        if last.lower() in _OTHER_PRONOUNS or last.lower() in ("and", "but", "or", "then"):
            return None
        hit = self._mention_ending(hits, seg_end)
        if hit:
            before = masked[start : hit.start].rstrip()
            if re.search(r"(?:\band|&)$", before):
                rest = re.sub(r"\s*(?:and|&)$", "", before)
                other = self._mention_ending(hits, start + len(rest))
                run = _NAME_RUN_END.search(rest, _tail(rest))
                named = run and self._subject_from_name_run(
                    self.source[start + run.start() : start + run.end()]
                )
                if other or (named and named.person):
                    return Subject(None, None)  # "both Weber and Doe": no single speaker
            return self._actor_subject(hit, self.source[hit.start : hit.end])
        run = _NAME_RUN_END.search(segment, _tail(segment))
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
            if word.lower() in _DETERMINERS or word.endswith(("'s", "\u2019s")):
                text = self.source[start + clause_start + token.start() : seg_end].strip(",;: ")
                return Subject(None, text or None, person=False)
        return None

    def subject_after(self, masked: str, start: int, end: int, hits: list[AliasHit]) -> Subject | None:
        """The subject of an inverted verb: `said Jane Doe, a security expert`."""
        head, _ = _phrase_until_stop(masked[start:end])
        if not head.strip() or word_count(head) > INVERTED_SUBJECT_MAX_WORDS:
            return None
        head_end = start + len(head.rstrip())
        inside = [h for h in hits if start <= h.start and h.end <= head_end]
        people = [h for h in inside if self.actors[h.actor].kind == "person"]
        if people:  # "added defence ministry spokesman Jane Doe": the person, not the ministry
            return self._actor_subject(people[-1], self.source[people[-1].start : people[-1].end])
        first = head.split()[0]
        if first.lower() in _PERSON_PRONOUNS:
            return self.resolve_pronoun(first)
        named = None
        for run in _NAME_RUN.finditer(head):
            subject = self._subject_from_name_run(self.source[start + run.start() : start + run.end()])
            if subject and subject.person:
                return subject  # "said CEO Jane Doe in a statement"
            named = named or subject
        if inside:
            return self._actor_subject(inside[-1], self.source[inside[-1].start : inside[-1].end])
        if named:
            return named
        if first.lower() in _DETERMINERS:  # "said the statement"
            return Subject(None, self.source[start:head_end].strip() or None)
        return None

    def sentence_subject(self, masked: str, start: int, end: int, hits: list[AliasHit]) -> Subject:
        """The subject at the start of a sentence, after an introductory phrase."""
        text = masked[start:end]
        offset = 0
        first = re.match(r"\s*([\w'-]+)", text)
        if first and (first.group(1).lower() in _INTRO_OPENERS or first.group(1).endswith("ing")):
            comma = text.find(",")
            if 0 <= comma and word_count(text[:comma]) <= 12:
                offset = comma + 1
        rest = text[offset:]
        lead = re.match(r"\s*(?:(?:But|And|Yet|So|Both|both|but|and)\s+)?", rest)
        offset += lead.end()
        rest = text[offset:]
        word = re.match(r"([\w'-]+)", rest)
        if not word:
            return _NOBODY
        if word.group(1).lower() in _PERSON_PRONOUNS:
            return self.resolve_pronoun(word.group(1)) or _NOBODY
        if word.group(1)[:1].islower() or word.group(1).lower() in _DETERMINERS:
            hit_here = [h for h in hits if h.start == start + offset]
            if not hit_here and word.group(1).lower() not in _DETERMINERS:
                return _NOBODY  # "there is ...": no subject to name
            if not hit_here:
                # "A joint statement ...": the determiner and the nouns after it.
                words = list(re.finditer(r"[^\s,;:]+", rest))[:4]
                end_word = words[0]
                for candidate in words[1:]:
                    word = candidate.group()
                    if (
                        not word[:1].islower()
                        or word.endswith(("ed", "ly"))
                        or word in FUNCTION_WORDS | _VERBISH
                    ):
                        break
                    end_word = candidate
                if end_word is words[0]:
                    return _NOBODY  # a determiner alone names nobody
                phrase = self.source[start + offset + words[0].start() : start + offset + end_word.end()]
                return Subject(None, phrase, person=False)
        run = _NAME_RUN_START.match(rest)
        run_end = start + offset + (run.end() if run else len(word.group(1)))
        inside = [h for h in hits if start + offset <= h.start and h.end <= run_end]
        if inside:
            people = [h for h in inside if self.actors[h.actor].kind == "person"]
            chosen = people[-1] if people else inside[-1]
            if chosen.text.endswith(("'s", "\u2019s", "s'", "s\u2019")):
                return _NOBODY  # "Weber's plan ...": the plan is the subject, not Weber
            return self._actor_subject(chosen, self.source[chosen.start : chosen.end])
        if run:
            subject = self._subject_from_name_run(self.source[start + offset : start + offset + run.end()])
            possessive = run.group().endswith(("'s", "\u2019s")) or re.match(
                r"\s*(?:'s|\u2019s)", rest[run.end() :]
            )
            # One unknown capitalised word opening a sentence ("Football ...") is no name.
            if subject and not possessive and (subject.person or " " in subject.text):
                return subject
        return _NOBODY

    def resolve_pronoun(self, word: str) -> Subject | None:
        """ "he"/"she": the person named last as a speaker or subject, skipping (among
        the last few) people whose pronoun, as their actor bio uses it, differs."""
        wanted = "f" if word.lower() == "she" else "m"
        candidates = self.recent[:PRONOUN_LOOKBACK]
        chosen = next((c for c in candidates if self.genders.get(c.actor or "") in (None, wanted)), None)
        if chosen is None:
            return Subject(None, None)
        return (
            Subject(chosen.actor, word, person=True)
            if chosen.actor
            else Subject(None, chosen.text, person=True)
        )

    def note(self, subject: Subject | None) -> None:
        if subject is not None and subject.person:
            if subject.actor is not None or subject.text:
                latest = Subject(subject.actor, subject.text, True)
                self.recent = [latest] + [
                    r for r in self.recent if (r.actor, r.text) != (latest.actor, latest.text)
                ]
                del self.recent[PRONOUN_LOOKBACK:]


# Words that end the audience of "told" ("told reporters on Friday").
_AUDIENCE_STOPS = frozenset(
    """that with on in at after before during about how what why this last next it he she
    they we i his her their its there""".split()
)


def _cue_text(masked: str, source: str, match: re.Match[str]) -> str:
    """The verb, plus its audience after "told" ("told reporters")."""
    verb = match.group()
    if verb in ("told", "tells", "telling"):
        end = match.end()
        for word in list(re.finditer(r"\S+", masked[match.end() : match.end() + 80]))[:4]:
            if word.group().lower() in _AUDIENCE_STOPS or PLACEHOLDER in word.group():
                break
            end = match.end() + word.end()
            if word.group()[-1:] in ",.;:":
                break
        audience = source[match.end() : end].strip().rstrip(",.;:")
        if audience:
            return f"{verb} {audience}"
    return verb.lower() if verb.lower() == "according to" else verb


def attribute(
    quotes: list[_Quote],
    paragraphs: list[tuple[str, str]],
    hits_by_paragraph: dict[int, list[AliasHit]],
    actors: dict[str, Actor],
) -> None:
    """Give every quotation its speaker, reading the article once in order."""
    attributor = _Attributor(actors)
    by_start: dict[int, list[_Quote]] = {}
    by_end: dict[int, list[_Quote]] = {}
    spans_by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for quote in quotes:
        by_start.setdefault(quote.parts[0][0], []).append(quote)
        by_end.setdefault(quote.parts[-1][0], []).append(quote)
        for index, (paragraph, start, end) in enumerate(quote.parts):
            spans_by_paragraph.setdefault(paragraph, []).append((start, end, quote.texts[index]))
    previous: _Quote | None = None
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
            _Cue(m.start(), m.end(), m.group().lower(), _cue_text(masked, text, m))
            for m in _CUE.finditer(masked)
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
                    quote.before = (cue.subject or _NOBODY, cue.text)
            for quote in ending:
                q_end = quote.parts[-1][2]
                if not s_start < q_end <= s_end or quote.resolved:
                    continue
                quote.resolved = True
                after = _cue_after(masked, q_end, s_cues)
                if after is not None:
                    quote.speaker, quote.cue = after.subject or _NOBODY, after.text
                elif quote.before is not None:
                    quote.speaker, quote.cue = quote.before
                elif quote.starts_sentence and previous is not None and _continues(previous, quote):
                    quote.speaker, quote.cue = previous.speaker, previous.cue
                else:
                    quote.speaker = quote.sentence_subject
                    quote.cue = None
                attributor.note(quote.speaker)
                previous = quote


def _continues(previous: _Quote, quote: _Quote) -> bool:
    """Does a quotation with no verb of its own go on from the one before it?"""
    last_paragraph = previous.parts[-1][0]
    first_paragraph = quote.parts[0][0]
    if not (previous.speaker.actor or previous.speaker.text):
        return False
    return first_paragraph in (last_paragraph, last_paragraph + 1)


def _cue_after(masked: str, q_end: int, cues: list[_Cue]) -> _Cue | None:
    """The speech verb that attributes the quotation just closed: `," Weber said`."""
    for cue in cues:
        if cue.start < q_end:
            continue
        gap = masked[q_end : cue.start]
        stripped = gap.strip().lstrip(",").strip()
        if not stripped:
            return cue
        # `," Lopez, the foreign minister, said`: a name and its description between commas.
        head, comma, description = stripped.partition(",")
        if comma and description.endswith(",") and not description.strip()[:1].isupper():
            if word_count(description) <= APPOSITIVE_MAX_WORDS and not re.search(
                "[;:!?" + PLACEHOLDER + "]", description
            ):
                stripped = head.strip()
        if re.search(r"[,;:.!?" + PLACEHOLDER + r"\u2014]", stripped):
            return None
        first = stripped.split()[0]
        lower = first.lower()
        if word_count(stripped) > AFTER_QUOTE_MAX_GAP_WORDS:
            # `," lead researcher and planetary scientist Jane Doe said`: a long title
            # is fine when a name ends it, right before the verb.
            titled = word_count(stripped) <= TITLED_GAP_MAX_WORDS and lower not in FUNCTION_WORDS
            if not (titled and _NAME_RUN_END.search(stripped, _tail(stripped))):
                return None
            return cue
        if (
            first[:1].isupper()
            or lower in _PERSON_PRONOUNS | _OTHER_PRONOUNS | _DETERMINERS
            or lower.split("-")[0] in SURNAME_PARTICLES
        ):
            if lower in FUNCTION_WORDS and lower not in _PERSON_PRONOUNS | _OTHER_PRONOUNS | _DETERMINERS:
                return None  # "while Weber called ...": a new clause
            return cue
        return None
    return None


_STOP = re.compile(r"[,.;:!?\u2014(" + PLACEHOLDER + r"]|$")


def _phrase_until_stop(text: str) -> tuple[str, str]:
    """The words up to the next punctuation or quotation, read past initials ("Jane Q. Doe")
    and abbreviations ("Gen. Smith"). Returns the words and the stop character."""
    for match in _STOP.finditer(text):
        if match.group() == ".":
            word = re.search(r"([\w-]+)$", text[: match.start()])
            if word and (re.fullmatch(r"[A-Z]", word.group(1)) or word.group(1).lower() in ABBREVIATIONS):
                continue
        return text[: match.start()], match.group()
    return text, ""


#: "with" + a short noun phrase right before a speech verb in -ing (an absolute construction):
#: the phrase is that verb's subject. Seen once in the seeds and never in the cleanbench gold
#: texts, so the rule stays narrow: it names a speaker only when the aliases name the phrase.
WITH_ABSOLUTE = re.compile(r"\bwith\s+(?:the\s+)?[^,;:.]{2,60}$")


def _cue_subject(
    attributor: _Attributor,
    masked: str,
    s_start: int,
    s_end: int,
    cue: _Cue,
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
        head, stop = _phrase_until_stop(after)
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
        main_subject = _NOBODY  # "The crash ..., with X dismissing ...": no speaker to name
    if cue.verb.endswith("ing") and WITH_ABSOLUTE.search(before):
        # "..., with the palace strongman dismissing as ...": the -ing verb has its own subject,
        # the words after "with"; a subject the aliases cannot name stays unnamed.
        subject = attributor.subject_before(masked, s_start, cue.start, hits)
        return subject if subject is not None and (subject.actor or subject.person) else _NOBODY
    if cue.verb.endswith("ing"):
        # "..., saying ..." has the subject of the main clause.
        return main_subject
    stripped = before.rstrip()
    if re.search(r"(?:^|\s)(?:and|but|or)$", stripped) or not stripped:
        return main_subject
    return attributor.subject_before(masked, s_start, cue.start, hits)


# -------------------------------------------------------------------- assembly


def is_fragment(text: str, stands_alone: bool = False) -> bool:
    """A scare quote or a borrowed phrase rather than a quoted statement.

    Short, and without the shape of a sentence: "Why now?" or a capitalised
    quotation that opens its sentence ("“It’s over,” she said") is a statement.
    """
    if word_count(text) > FRAGMENT_MAX_WORDS:
        return False
    capitalised = text[:1].isupper()
    return not (capitalised and (stands_alone or text.rstrip().endswith((".", "!", "?"))))


def _clean_text(texts: list[str]) -> str:
    text = " ".join(" ".join(part.split()) for part in texts if part.strip())
    return text.strip().rstrip(",").strip()


def _is_heading(quote: _Quote, paragraphs: list[tuple[str, str]]) -> bool:
    """A paragraph that is only a quoted phrase with no sentence ('Information warfare')."""
    if len(quote.parts) != 1:
        return False
    index, start, end = quote.parts[0]
    text = paragraphs[index][1]
    rest = (text[:start] + text[end:]).strip(" -\u2014\u2013:")
    return not rest and not re.search(r"[.!?]$", quote.texts[0].strip())


def article_quotes(
    article_id: str,
    cleaned: CleanArticle,
    hits_by_paragraph: dict[int, list[AliasHit]],
    actors: dict[str, Actor],
) -> list[Quote]:
    """Every direct quotation in an article, in text order, with its speaker."""
    paragraphs = [(p.kind, p.text) for p in cleaned.paragraphs]
    found = find_quotations(paragraphs)
    # A quotation has words: at least two letters ("x" in code or a lone "5" is no quote).
    found = [q for q in found if sum(c.isalpha() for c in _clean_text(q.texts)) >= 2]
    found = [q for q in found if not _is_heading(q, paragraphs)]
    attribute(found, paragraphs, hits_by_paragraph, actors)
    quotes = []
    for number, quote in enumerate(found, start=1):
        text = _clean_text(quote.texts)
        speaker = quote.speaker
        quotes.append(
            Quote(
                id=f"{article_id}-q{number}",
                article=article_id,
                paragraph=quote.parts[0][0],
                text=text,
                speaker=speaker.actor,
                speaker_text=speaker.text,
                cue=quote.cue,
                fragment=is_fragment(text, quote.stands_alone),
                paragraphs=tuple(dict.fromkeys(p for p, _, _ in quote.parts)),
            )
        )
    return quotes
