"""Speech verbs and what stands around them: the vocabulary of attribution, the verb
right after a closing quote mark, the words a verb is said with ("told reporters").

The paragraph these helpers read is *masked*: quotations are replaced by PLACEHOLDER
(same length), so words inside a quotation never attribute it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import ABBREVIATED_TITLES, INVERTIBLE_SPEECH_VERBS, SPEECH_VERBS
from .mentions import SURNAME_PARTICLES, trie_regex
from .options import DEFAULT_ATTRIBUTION, AttributionOptions
from .text import ABBREVIATIONS, FUNCTION_WORDS, MONTHS, TITLE_WORDS, WEEKDAYS, filled, word_count

# Where a name's own words end after an inverted verb: "said Jane Doe of the School of Law in
# Austin" is Jane Doe and her affiliation; the affiliation does not count toward the limit.
_AFFILIATION = re.compile(
    r"(?<=[A-Za-z.])\s+(?:of|at|from|with|in|on|for|during|after|before|as|while|when)\s"
)


def affiliation_start(head: str) -> int:
    """Where a name's affiliation starts in an inverted subject ("Jane Doe| of the Institute"),
    or the end of the head when it has none."""
    cut = _AFFILIATION.search(head)
    return cut.start() if cut else len(head)


# Words that say when something was said, not who said it: "said Sunday", "said Tuesday night",
# "said last week", "said Sept. 3".
_TIME_WORDS = frozenset(
    """last next this early late earlier later night morning afternoon evening week weekend
    month year day today tonight yesterday""".split()
)


def names_a_time(head: str) -> bool:
    """Are the words after an inverted verb, before any affiliation, only a time ("Sunday",
    "Tuesday night", "Sept. 3") rather than its subject?"""
    words = re.findall(r"[\w]+", head[: affiliation_start(head)])
    return bool(words) and all(
        w in WEEKDAYS or w.lower() in MONTHS or w.lower() in _TIME_WORDS or w.isdigit() for w in words
    )


def subject_words(head: str) -> int:
    """The words of an inverted subject before its affiliation ("Jane Doe of the Institute": 2)."""
    first = head.strip()
    cut = _AFFILIATION.search(first)
    return word_count(first[: cut.start()] if cut else first)


PLACEHOLDER = "\ue000"  # stands for quoted text in the masked paragraph

# The speech verbs (lexicon.py) that attribute a quotation, and those that may come before
# their subject.
CUE_VERBS = SPEECH_VERBS
INVERTIBLE_VERBS = INVERTIBLE_SPEECH_VERBS
# Sentence-initial inverted verbs ("Said Doe: ...") are written with a capital.
_CAPITALISED = {verb.capitalize() for verb in INVERTIBLE_VERBS if " " not in verb}
CUE = re.compile(
    r"\b(?:" + trie_regex(CUE_VERBS | {"According to"} | INVERTIBLE_VERBS | _CAPITALISED) + r")\b"
)

# Words that may stand between a subject and its verb ("Weber yesterday said").
SKIPPABLE = frozenset(
    """also again then later earlier yesterday today tonight once previously repeatedly
    has had have would will did does do was is were just further reportedly publicly
    separately immediately quickly simply flatly only not never already still recently
    even now first himself herself themselves itself""".split()
)
# Lowercase words in -ly that are nouns, not adverbs: they can be a verb's subject.
LY_NOUNS = frozenset("family ally rally assembly supply italy july daily reply monopoly".split())


def is_adverb(word: str) -> bool:
    """ "boldly", "recently", "also": words that stand between a subject and its verb."""
    lower = word.lower()
    if lower in SKIPPABLE:
        return True
    return word.islower() and len(word) > 4 and lower.endswith("ly") and lower not in LY_NOUNS


# Words after which a speech-verb form is a noun ("late-night tweets", "his remarks"):
# determiners, prepositions and numbers.
NOUN_MAKERS = frozenset(
    """a an the his her its their this that these those our my your of in for with by from on
    at about some many several more most new latest recent two three such""".split()
)


# Prepositions before a speech verb in -ing that keep it a verb (a gerund with the sentence's
# subject), where a determiner or "of" would make it a noun ("the warning", "a series of tweets").
GERUND_PREPOSITIONS = frozenset("by after before while when without upon".split())


def is_noun_use(masked: str, start: int) -> bool:
    """Is the speech-verb form at `start` a noun ("a series of tweets", "her warning")?"""
    word, _ = last_word(masked[max(0, start - 40) : start].rstrip())
    if not word:
        return False
    lower = word.lower()
    if lower in GERUND_PREPOSITIONS and re.match(r"[a-z]+ing\b", masked[start : start + 20]):
        return False  # "by warning that ...", "after saying ...": a verb, its subject the sentence's
    hyphenated_adjective = "-" in word.strip("-") and word.islower()  # "late-night tweets"
    return lower in NOUN_MAKERS or lower.endswith(("'s", "s'")) or lower[:1].isdigit() or hyphenated_adjective


def is_other_phrasal(masked: str, match: re.Match[str]) -> bool:
    """Is "went on" / "goes on" here something else than speech ("the Senate goes on recess")?
    As speech it stands before a pause, "to" or "about" (`," she went on.`, "went on to say")."""
    if match.group().lower() not in ("went on", "goes on"):
        return False
    return bool(re.match(r"\s+[a-z]", masked[match.end() : match.end() + 3])) and not re.match(
        r"\s+(?:to|about)\s", masked[match.end() : match.end() + 8]
    )


PERSON_PRONOUNS = frozenset({"he", "she"})
OTHER_PRONOUNS = frozenset({"they", "we", "i", "it", "you", "who", "this", "that"})
# Auxiliaries and modals that end a subject noun phrase ("The deal could ...").
VERBISH = frozenset(
    "is are was were be been has have had could would will may might must should can did does do".split()
)
RELATIVES = frozenset({"who", "which", "that", "whom"})
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our"}
)
# Openers of an introductory phrase before a sentence's subject ("In Berlin, ...").
INTRO_OPENERS = frozenset(
    """in on at after before since during earlier later meanwhile however but and yet still
    prior speaking asked despite while when although unlike like last this separately also
    elsewhere instead under following according as with without for by from""".split()
)

NAME_TOKEN = (
    r"(?:[A-Z][\w'.-]*|(?:al|el|von|van|der|den|de|du|da|di|bin|ibn|abu|ben)(?:-[A-Z][\w'-]*|(?=\s)))"
)
NAME_RUN_END = re.compile(rf"(?:{NAME_TOKEN}\s+)*{NAME_TOKEN}$")
NAME_RUN_START = re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*")
NAME_RUN = re.compile(rf"(?<![\w'\u2019-])[A-Z][\w'.-]*(?:\s+{NAME_TOKEN})*")
WEEKDAY_END = re.compile(r"(?:\b(?:on|last|next)\s+)?\b(?:{})$".format("|".join(WEEKDAYS)))
# Patterns anchored at the end of a text are searched in its last TAIL_CHARS only: a
# subject is a few words long, and searching from every position would cost n².
TAIL_CHARS = 120


# Prepositions that make the name after them (and its titles) an object: "an aide to President Doe".
OBJECT_PREPOSITIONS = frozenset("to for of at with from by about on in as".split())


def object_of_preposition(before: str) -> bool:
    """Does the text before a name end with a preposition, perhaps followed by titles ("an aide
    to President", "a spokeswoman for")? Then the name is an object, not a subject."""
    words = before.split()
    while words and plain_token(words[-1]) in TITLE_WORDS:
        words.pop()
    return bool(words) and words[-1].lower() in OBJECT_PREPOSITIONS


def plain_token(token: str) -> str:
    """A token compared with word lists: lowercase, no final dot, no "'s" ("It's" -> "it")."""
    return re.sub(r"['\u2019]s$", "", token.lower().rstrip("."))


def last_word(text: str) -> tuple[str, int]:
    """The word a text ends with (letters, digits, ' . -) and where it starts."""
    index = len(text)
    while index and (text[index - 1].isalnum() or text[index - 1] in "_'.-"):
        index -= 1
    return text[index:], index


def tail_start(text: str) -> int:
    return max(0, len(text) - TAIL_CHARS)


@dataclass(frozen=True)
class Subject:
    """Who does a speech verb: an actor, a name without actor, a body, or nobody."""

    actor: str | None = None
    text: str | None = None
    person: bool = False  # a person: a pronoun may later refer to them
    others: tuple[str, ...] = ()  # more speakers' actor ids ("Senators Roe and Doe wrote")


NOBODY = Subject()


@dataclass
class Cue:
    start: int
    end: int
    verb: str
    text: str
    subject: Subject | None = NOBODY


# Words that end the audience of "told" ("told reporters on Friday").
AUDIENCE_STOPS = frozenset(
    """that with on in at after before during about how what why this last next it he she
    they we i his her their its there""".split()
)


def cue_text(masked: str, source: str, match: re.Match[str]) -> str:
    """The verb, plus its audience after "told" ("told reporters")."""
    verb = match.group()
    if verb in ("told", "tells", "telling"):
        end = match.end()
        for word in list(re.finditer(r"\S+", masked[match.end() : match.end() + 80]))[:4]:
            if word.group().lower() in AUDIENCE_STOPS or PLACEHOLDER in word.group():
                break
            end = match.end() + word.end()
            if word.group()[-1:] in ",.;:":
                break
        audience = source[match.end() : end].strip().rstrip(",.;:")
        if audience:
            return f"{verb} {audience}"
    return verb.lower() if verb.lower() == "according to" else verb


def is_name(text: str) -> bool:
    """ "Ann Lee", "Jane Q Roe": two to four capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def is_description(text: str) -> bool:
    """Words between commas after a name that describe the person rather than name another:
    "a fellow at ...", "27", or a capitalised role ("Mrs. Roe's chief of staff", "HP's former
    spokesman", "then Acme's literary agent"): a possessive or a lowercase word in it."""
    words = text.split()
    if not words:
        return False
    if not words[0][:1].isupper():
        return True
    return not is_name(text) and any(
        w.endswith(("'s", "\u2019s")) or (w[:1].islower() and w.split("-")[0] not in SURNAME_PARTICLES)
        for w in words
    )


def _is_appositive(description: str, max_words: int) -> bool:
    """Is the text after a name's comma a short description closed by a comma?"""
    return (
        description.endswith(",")
        and is_description(description.strip(" ,"))
        and word_count(description) <= max_words
        and not re.search("[;:!?" + PLACEHOLDER + "]", description)
    )


# A description opened by a comma after a name and never closed before the verb: a relative clause
# ("who is chairman of Acme") or a lowercase role, perhaps with a determiner ("the pollster who
# founded acme.com", "president and CEO of Acme").
UNCLOSED_DESCRIPTION = re.compile(
    r",\s*((?:who\s|(?:the|a|an)\s+[a-z]|(?!(?:he|she|they|it|we|i|you)\b)[a-z])"
    r"(?:[^,;:.!?" + PLACEHOLDER + r"]|\.(?=\w))*)$"
)


def _gap_before_verb(gap: str, options: AttributionOptions) -> str | None:
    """The words between a closing quote mark and a verb that may name its subject: without a
    name's description between commas or "as" (`," as Doe put it`); "" when nothing stands there
    but a name between commas (that name speaks); None when punctuation makes the verb another
    clause's."""
    stripped = gap.strip().lstrip(",").strip()
    # `," Lopez, the foreign minister, said`: a name and its description between commas.
    head, comma, description = stripped.partition(",")
    if comma and description.endswith(",") and is_name(description.strip(" ,")):
        return ""  # `," a spokeswoman for Acme, Ann Lee, said`: the name between commas speaks
    if comma and _is_appositive(description, options.appositive_max_words):
        stripped = head.strip()
    elif (
        comma
        and is_name(head.strip())
        and (unclosed := UNCLOSED_DESCRIPTION.search(stripped)) is not None
        and unclosed.start() == len(head)
        and word_count(unclosed.group(1)) <= options.unclosed_description_max_words
    ):
        return ""  # `," Jane Doe, the pollster who founded Acme said`: the name speaks
    if re.search(r"[,;:.!?" + PLACEHOLDER + r"\u2014]", stripped):
        return None
    if re.match(r"as\s+\S", stripped):
        stripped = stripped[2:].lstrip()  # `," as Doe put it`, `," as she said on Monday`
    return stripped


def cue_after(
    masked: str, q_end: int, cue: Cue | None, options: AttributionOptions = DEFAULT_ATTRIBUTION
) -> Cue | None:
    """The next speech verb, when it attributes the quotation just closed: `," Weber said`."""
    if cue is None or cue.start < q_end:
        return None
    if masked[cue.end : cue.end + 40].lstrip().startswith(":"):
        return None  # `"We are refugees." Lee said: "..."`: the verb opens the next quotation
    stripped = _gap_before_verb(masked[q_end : cue.start], options)
    if stripped is None:
        return None
    if not stripped:
        return cue
    first = stripped.split()[0]
    lower = first.lower()
    if word_count(stripped) > options.after_quote_max_gap_words:
        # `," lead researcher and planetary scientist Jane Doe said`: a long title
        # is fine when a name ends it, right before the verb.
        titled = word_count(stripped) <= options.titled_gap_max_words and lower not in FUNCTION_WORDS
        if not (titled and NAME_RUN_END.search(stripped, tail_start(stripped))):
            return None
        return cue
    pronoun_or_determiner = lower in PERSON_PRONOUNS | OTHER_PRONOUNS | DETERMINERS
    if first[:1].isupper() or pronoun_or_determiner or lower.split("-")[0] in SURNAME_PARTICLES:
        if lower in FUNCTION_WORDS and not pronoun_or_determiner:
            return None  # "while Weber called ...": a new clause
        return cue
    # `," campaign manager Jane Doe said`: a lowercase role before a name.
    if NAME_RUN_END.search(stripped, tail_start(stripped)) and lower not in FUNCTION_WORDS:
        return cue
    return None


# Full stops that do not end anything: after a title ("Sen."), an initial ("Jane Q. Roe")
# or inside a party-and-state tag ("(D-Ore.)", ", R-Ky.,"); "Jr."/"Sr." only before a comma.
_SOFT_DOT = re.compile(
    r"\b(?:(?P<title>[A-Z][a-z]{1,4})\.(?=\s+[A-Z])"
    r"|(?<![\w.])(?P<initial>[A-Z])\.(?=\s+[A-Z][a-z])"
    r"|(?P<suffix>Jr|Sr)\.(?=,))"
)
# "(D-Ore.)", "(R)", "(I-Vt.)" and ", R-Ky.," after a name: where a politician comes from.
_PARTY_TAG = re.compile(
    r"\s\((?:[DRI]|Dem|Rep|Ind)(?:\s*[-\u2013]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\)"
    r"|,\s(?:[DRI])[-\u2013][A-Z][\w.]*(?:\s[A-Z][\w.]*)?,"
)


def soften(masked: str) -> str:
    """The masked paragraph without the full stops and tags that break a name from its verb
    (`," Sen. Jane Q. Roe (D-Ore.) said`), replaced by spaces: same length, same offsets."""
    spans = [
        (match.end() - 1, match.end())
        for match in _SOFT_DOT.finditer(masked)
        if match.group("title") is None or match.group("title").lower() in ABBREVIATED_TITLES
    ]
    spans += [match.span() for match in _PARTY_TAG.finditer(masked)]
    return filled(masked, spans, " ")


# Punctuation, a quotation, or a relative pronoun ("said Sen. Jane Doe who represents ...").
STOP = re.compile(r"[,.;:!?\u2014(" + PLACEHOLDER + r"]|\s(?=(?:who|whose|which)\s)|$")


def phrase_until_stop(text: str) -> tuple[str, str]:
    """The words up to the next punctuation or quotation, read past initials ("Jane Q. Doe")
    and abbreviations ("Gen. Smith"). Returns the words and the stop character."""
    for match in STOP.finditer(text):
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
