"""Suggestions for `dossier check`: people the articles name who have no actor entry.

A suggestion, not an error: the editor decides whether the person matters.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..records import CleanArticle, Origin, Problem, Quote
from .mentions import PLACE_PREPOSITIONS, AliasHit
from .text import PERSON_NAME as _NAME
from .text import TITLE_WORDS, SpanSet, fold, is_nationality
from .text import looks_like_person as _person_like

# A name must come back this often (or be quoted as a speaker) to be suggested.
# Two: one mention in passing is not worth an actor page, a second one often is.
MIN_NAMINGS = 2


_WORD = re.compile(r"[\w-]+")


def suggest_actors(
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
    speakers: set[str] = set()
    for quote in quotes:
        if quote.speaker is None and quote.speaker_text and _NAME.fullmatch(quote.speaker_text):
            if _person_like(quote.speaker_text):
                speakers.add(quote.speaker_text)
    surnames: dict[str, set[str]] = defaultdict(set)  # surname -> full names
    texts: dict[str, list[str]] = {}
    places: set[str] = set()
    for article_id in order:
        texts[article_id] = []
        for index, paragraph in enumerate(cleaned[article_id].paragraphs):
            if paragraph.kind != "body":
                continue
            text = fold(paragraph.text)
            texts[article_id].append(text)
            taken = SpanSet([(h.start, h.end) for h in hits.get(article_id, {}).get(index, ())])
            for match in _NAME.finditer(text):
                if taken.overlaps(match.start(), match.end()):
                    continue
                name = paragraph.text[match.start() : match.end()]
                if not _person_like(name):
                    # "Foreign Minister Jane Doe": drop leading titles and try again.
                    tokens = name.split()
                    while tokens and (
                        tokens[0].lower().rstrip(".") in TITLE_WORDS or is_nationality(tokens[0])
                    ):
                        tokens.pop(0)
                    name = " ".join(tokens)
                    if len(tokens) < 2 or not _person_like(name):
                        continue
                before = re.search(r"(\w+)\s+$", text[max(0, match.start() - 20) : match.start()])
                if before and before.group(1).lower() in PLACE_PREPOSITIONS:
                    places.add(name)  # "in Ras al-Ain": a place
                counts[name] += 1
                articles[name].add(article_id)
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
    # Later references by surname alone count for the full name, within its articles. Words
    # and runs of two and three words are counted once per article (not once per name: a long
    # article names hundreds of people).
    counted: dict[str, Counter[str]] = {}

    def word_counts(article_id: str) -> Counter[str]:
        if article_id not in counted:
            counter: Counter[str] = Counter()
            for text in texts[article_id]:
                words = _WORD.findall(text)
                counter.update(words)
                counter.update(" ".join(words[i : i + 2]) for i in range(len(words) - 1))
                counter.update(" ".join(words[i : i + 3]) for i in range(len(words) - 2))
            counted[article_id] = counter
        return counted[article_id]

    for surname, names in surnames.items():
        if len(names) != 1:
            continue
        (name,) = names
        folded_surname, folded_name = fold(surname), fold(name)
        for article_id in articles[name]:
            words = word_counts(article_id)
            alone = words[folded_surname]
            counts[name] += max(0, alone - words[" ".join(folded_name.split())])
    problems = []
    for name in sorted(set(counts) | speakers, key=lambda n: (-counts.get(n, 0), n)):
        if (counts.get(name, 0) < MIN_NAMINGS or name in places) and name not in speakers:
            continue
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
