"""Checks across files: ids unique and distinct once slugified, references to known ids,
copied snippets present in their seed, seeds used once."""

from __future__ import annotations

from slugify import slugify

from ..records import Article, Origin, Problem, Topic
from ..yamlsource import shown
from .fields import a, closest, is_slug, suggest_ids
from .sections import Ref, Snippet

_WHERE_DEFINED = {
    "topic": "dossier/topics.yml",
    "actor": "dossier/actors.yml",
    "outlet": "dossier/outlets.yml",
    "article": "dossier/articles/",
    "event": "dossier/events.yml",
}


def _at(origin: Origin) -> str:
    """Where something is, for a message about another place: "line 3" or "dossier/x.yml:3"."""
    return str(Origin(origin.file, origin.line))


def duplicate_ids(
    ids: list[tuple[str, str, Origin]], default_ids: frozenset[Origin] | set[Origin] = frozenset()
) -> list[Problem]:
    """Ids defined twice, or that only differ in ways slugify erases (page names would collide)."""
    problems = []
    first: dict[tuple[str, str], tuple[str, Origin]] = {}
    for kind, value, origin in ids:
        slug = slugify(value) or value
        seen = first.get((kind, slug))
        if seen is None:
            first[(kind, slug)] = (value, origin)
        elif seen[0] == value:
            made = " (made from date and title; give an id)" if origin in default_ids else ""
            problems.append(
                Problem(
                    origin,
                    f"Expected a unique {kind} id but received {shown(value)} again{made} (first at {_at(seen[1])})",
                )
            )
        else:
            problems.append(
                Problem(
                    origin,
                    f"Expected {kind} ids that stay distinct once slugified but received {shown(value)}, "
                    f"which collides with {shown(seen[0])} (at {_at(seen[1])}): both become {shown(slug)}",
                )
            )
    return problems


def unknown_refs(
    refs: list[Ref], known: dict[str, set[str]], topics_of: dict[str, tuple[str, ...]]
) -> list[Problem]:
    """References to ids nobody defines (with the closest valid ones), and pinned passages
    from articles outside the pin's topic."""
    problems = []
    for ref in refs:
        valid = known.get(ref.kind, set())
        if ref.value not in valid:
            where = _WHERE_DEFINED[ref.kind]
            hint = suggest_ids(ref.value, valid, ref.kind)
            message = f"Expected {a(ref.kind)} id from {where} but received: {shown(ref.value)}; {hint}"
            problems.append(Problem(ref.origin, message))
        elif ref.topic is not None and ref.value in topics_of and ref.topic not in topics_of[ref.value]:
            message = f"Expected an article of topic {shown(ref.topic)} but received: {shown(ref.value)}"
            problems.append(Problem(ref.origin, message + ", which is not in that topic"))
    return problems


def _squash(text: str) -> str:
    return " ".join(text.split())


def missing_snippets(snippets: list[Snippet], raw_of: dict[str, str]) -> list[Problem]:
    """Warn about copied text that is not in the seed: a typo means the override never applies."""
    problems = []
    squashed = {article: _squash(raw) for article, raw in raw_of.items() if raw}
    for snippet in snippets:
        raw = squashed.get(snippet.article)
        if raw is not None and _squash(snippet.text) not in raw:
            message = f"Expected {snippet.what} to be text from the article's seed but received text not found in it"
            problems.append(Problem(snippet.origin, f"{message}: {shown(snippet.text)}", "warning"))
    return problems


def shared_names(names: list[tuple[str, str, Origin]]) -> list[Problem]:
    """The same name or alias on two actors makes every mention of it ambiguous."""
    problems = []
    owner: dict[str, str] = {}
    for actor_id, name, origin in names:
        other = owner.setdefault(_squash(name).casefold(), actor_id)
        if other != actor_id:
            message = f"Expected names that point to one actor but received {shown(name)}, also a name of {shown(other)}"
            problems.append(Problem(origin, message, "warning"))
    return problems


def affiliations(given: list[tuple[str, str, Origin]], actor_ids: set[str]) -> list[Problem]:
    """An affiliation is an actor id or free text; a near-miss of an id is most likely a typo."""
    problems = []
    for actor_id, value, origin in given:
        if value in actor_ids or not is_slug(value):
            continue
        near = closest(value, actor_ids - {actor_id})
        if near:
            suggestion = " or ".join(shown(n) for n in near)
            message = f"Expected an actor id or a description but received {shown(value)}; did you mean {suggestion}?"
            problems.append(Problem(origin, message, "warning"))
    return problems


def seed_usage(sources: list[tuple[str, str, Origin]], seeds: list[str]) -> list[Problem]:
    """Seeds no article uses (forgotten) and seeds used by two articles (a copy-paste slip)."""
    problems = []
    first: dict[str, str] = {}
    for article_id, seed, origin in sources:
        other = first.setdefault(seed, article_id)
        if other != article_id:
            message = f"Expected each seed to be used by one article but received {shown(seed)}"
            problems.append(Problem(origin, f"{message}, also the source of {shown(other)}", "warning"))
    unused = "Expected every seed to be used by an article in dossier/articles/ but this one is not"
    problems += [Problem(Origin(seed), unused, "warning") for seed in seeds if seed not in first]
    return problems


def empty_topics(topics: list[Topic], articles: list[Article]) -> list[Problem]:
    """Topics no article belongs to: their pages and comparisons would be empty."""
    used = {t for a in articles for t in a.topics}
    return [
        Problem(
            t.origin or Origin(""),
            f"Expected at least one article in topic {shown(t.id)} but received none",
            "warning",
        )
        for t in topics
        if t.id not in used and slugify(t.id) not in used
    ]
