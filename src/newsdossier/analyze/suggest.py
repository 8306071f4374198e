"""Suggestions for `dossier check`: people the articles name who have no actor entry.

A suggestion, not an error: the editor decides whether the person matters.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..lexicon import ABBREVIATED_TITLES, STOP_WORDS
from ..records import CleanArticle, Origin, Problem, Quote
from .mentions import PLACE_PREPOSITIONS, AliasHit
from .text import PERSON_NAME as _NAME
from .text import TITLE_WORDS, SpanSet, fold, is_headline, is_nationality
from .text import looks_like_person as _person_like

# A name must come back this often (or be quoted as a speaker) to be suggested.
# Two: one mention in passing is not worth an actor page, a second one often is.
MIN_NAMINGS = 2


_WORD = re.compile(r"[\w-]+")

# Last words that make a capitalised run the name of a thing, not of a person: laws, days,
# plans, shows, places and bodies ("Election Day", "Information Act", "Power Plan"). Read
# off the suggestions `dossier check` made on the quotebench dev texts (see the report).
THING_HEADS = frozenset(
    """day days act acts law laws bill plan plans amendment amendments commission forum hospital
    mall show music matter caucus daily debate debates hall park museum festival award awards
    prize games cup series program programme agency bureau review journal magazine network
    channel radio television tv company corporation club team news times post tribune herald
    book books report index survey poll initiative project fund treaty accord deal summit
    convention conference hearing trial case war wars revolution movement church mosque temple
    school university college airport station street avenue road highway bridge tower building
    lake river mountain island county city town state states republic kingdom empire bay
    monument circuit security education reform investigations republicans democrats""".split()
)
# First words of a place, a group or a time rather than a person ("North Korea", "Central
# European", "Radical Islamic", "Morning Joe").
THING_OPENERS = frozenset(
    """north south east west northern southern eastern western central upper lower greater
    radical morning evening national federal international global united american""".split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Auxiliaries that open a question in Title Case ("Did Crooked Hillary ...").
_VERB_OPENERS = frozenset("did does do is was were are has have had will would can could should".split())


def person_name(name: str) -> str | None:
    """The person's name in a capitalised run, without leading titles, or None when the run
    names a thing, a place or a group ("Election Day", "North Korea", "Biden Jr.")."""
    tokens = name.split()
    while tokens and (tokens[0].lower().rstrip(".") in TITLE_WORDS or is_nationality(tokens[0])):
        tokens.pop(0)  # "Foreign Minister Jane Doe"
    while tokens and tokens[-1].lower().rstrip(".,") in _SUFFIXES:
        tokens.pop()  # "Harry F. Byrd Sr." is Harry F. Byrd
    if len(tokens) < 2:
        return None
    first, last = tokens[0].lower(), tokens[-1].lower().rstrip(".")
    if (
        first in THING_OPENERS
        or first in _VERB_OPENERS
        or last in THING_HEADS
        or last in TITLE_WORDS | ABBREVIATED_TITLES
    ):
        return None  # "Did Crooked Hillary" opens a question; "Indiana Gov." ends on a title
    cleaned = " ".join(tokens)
    return cleaned if _person_like(cleaned) else None


# Endings of role nouns written before a name ("Activist", "Strategist", "Lawyer").
_ROLE_ENDINGS = ("ist", "er", "or", "ant", "ent", "ian")


def without_role_word(name: str, lowercase_words: set[str]) -> str:
    """ "Activist Jana Novak" is "Jana Novak": a first word with a role noun's ending that
    the articles also write in lower case is a role, not a given name."""
    first, *rest = name.split()
    if len(rest) >= 2 and first.lower() in lowercase_words and first.lower().endswith(_ROLE_ENDINGS):
        return " ".join(rest)
    return name


# Words that open a phrase, not a name ("Let Jane"): built once, asked for every name found.
_PHRASE_OPENERS = STOP_WORDS | {"let"}


def is_common_noun_run(name: str, lowercase_words: set[str]) -> bool:
    """A run that ends on a plural the articles also write in lower case ("Flight Attendants",
    "Retired Warriors") names a group; one that opens on a function word ("Let Jane") is a
    phrase. Surnames are rarely written in lower case."""
    words = name.lower().split()
    last = words[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return (plural and last in lowercase_words) or words[0] in _PHRASE_OPENERS


def _runs_on(text: str, end: int) -> bool:
    """Does a longer capitalised run go on after the match ("Universe Alicia" of "Miss Universe
    Alicia Machado")? Then the match is a piece of it, not a name."""
    return re.match(r" [A-Z][a-z]", text[end : end + 3]) is not None


def suggest_actors(  # noqa: C901 - a chain of filters on one candidate name; to be split into named filters
    cleaned: dict[str, CleanArticle],
    quotes: list[Quote],
    order: list[str],
    hits: dict[str, dict[int, list[AliasHit]]],
) -> list[Problem]:
    """People named at least MIN_NAMINGS times, or quoted as speakers, with no actor entry.

    `hits` holds the actor mentions already found (article id -> paragraph -> hits):
    names inside them belong to actors and are not suggested.
    """
    counts: dict[str, int] = defaultdict(int)
    articles: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)  # surname -> full names
    texts: dict[str, list[str]] = {}
    places: set[str] = set()
    after_the: Counter[str] = Counter()
    lowercase_words = {
        word
        for article_id in order
        for paragraph in cleaned[article_id].paragraphs
        for word in _WORD.findall(paragraph.text)
        if word.islower()
    }
    speakers: set[str] = set()
    for quote in quotes:
        if quote.speaker is None and quote.speaker_text and _NAME.fullmatch(quote.speaker_text):
            if person_name(quote.speaker_text) == quote.speaker_text:
                speaker = without_role_word(quote.speaker_text, lowercase_words)
                if not is_common_noun_run(speaker, lowercase_words):
                    speakers.add(speaker)
    for article_id in order:
        texts[article_id] = []
        for index, paragraph in enumerate(cleaned[article_id].paragraphs):
            if paragraph.kind != "body" or is_headline(paragraph.text):
                continue  # a headline's capitalised words are no names ("Senator Slams Board")
            text = fold(paragraph.text)
            texts[article_id].append(text)
            taken = SpanSet([(h.start, h.end) for h in hits.get(article_id, {}).get(index, ())])
            for match in _NAME.finditer(text):
                if taken.overlaps(match.start(), match.end()):
                    continue
                found = person_name(paragraph.text[match.start() : match.end()])
                if found is None or _runs_on(text, match.end()):
                    continue
                name = without_role_word(found, lowercase_words)
                if is_common_noun_run(name, lowercase_words):
                    continue
                before = re.search(r"(\w+)\s+$", text[max(0, match.start() - 20) : match.start()])
                if before and before.group(1).lower() in PLACE_PREPOSITIONS:
                    places.add(name)  # "in Ras al-Ain": a place
                if re.search(r"\bthe\s+$", text[max(0, match.start() - 5) : match.start()], re.I):
                    after_the[name] += 1  # "the Daily Courier": a title, not a person
                counts[name] += 1
                articles[name].add(article_id)
    named = dict(counts)  # namings in full, before surnames alone are added
    # "Analyst Jana Novak" (a capitalised role at a sentence start) is "Jana Novak".
    for name in sorted(counts, key=lambda n: -len(n.split())):
        tail = " ".join(name.split()[1:])
        if len(name.split()) > 2 and tail in counts:
            counts[tail] += counts.pop(name)
            articles[tail] |= articles.pop(name)
            if name in places:
                places.add(tail)
    for name in counts:
        surnames[name.split()[-1]].add(name)
    # Later references by surname alone count for the full name, within its articles. The words
    # and runs of two and three words looked for are counted once per article (not once per
    # name: a long article names hundreds of people), one article at a time: counting every run
    # of every article at once held 300 MB at 2,000 articles.
    looked_for: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # article -> names
    for surname, names in surnames.items():
        if len(names) != 1:
            continue
        (name,) = names
        folded_surname, folded_name = fold(surname), " ".join(fold(name).split())
        for article_id in articles[name]:
            looked_for[article_id].append((name, folded_surname, folded_name))
    for article_id, wanted in looked_for.items():
        seen = _runs_counted(texts[article_id], {run for _, *runs in wanted for run in runs})
        for name, folded_surname, folded_name in wanted:
            counts[name] += max(0, seen[folded_surname] - seen[folded_name])
    problems = []
    for name in sorted(set(counts) | speakers, key=lambda n: (-counts.get(n, 0), n)):
        if (counts.get(name, 0) < MIN_NAMINGS or name in places) and name not in speakers:
            continue
        if 2 * after_the[name] >= max(named.get(name, 0), 1) and after_the[name]:
            continue  # mostly named after "the": a paper, a show, a body
        times, where = max(counts.get(name, 0), 1), max(len(articles.get(name, ())), 1)
        quoted = " and quoted" if name in speakers else ""
        problems.append(
            Problem(
                origin=Origin(file="dossier/actors.yml"),
                message=(
                    f"'{name}' is named {times} time{'s' if times != 1 else ''} in {where} "
                    f"article{'s' if where != 1 else ''}{quoted} but has no actor entry"
                ),
                severity="suggestion",
            )
        )
    return problems


def _runs_counted(texts: list[str], wanted: set[str]) -> Counter[str]:
    """How often each of `wanted` (a word, or a run of two or three words) is in the texts."""
    counter: Counter[str] = Counter()
    # A run is joined only where its first word opens a wanted run: joining every run of two
    # and three words of a long paragraph cost more than the rest of the suggestions.
    openers = {run.split(" ", 1)[0] for run in wanted}
    for text in texts:
        words = _WORD.findall(text)
        counter.update(word for word in words if word in wanted)
        starts = [i for i, word in enumerate(words) if word in openers]
        for size in (2, 3):
            runs = (" ".join(words[i : i + size]) for i in starts if i + size <= len(words))
            counter.update(run for run in runs if run in wanted)
    return counter
