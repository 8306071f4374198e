"""Where each generated page lives, and relative links between them (so the site works under
any sub-path, e.g. https://user.github.io/repo/)."""

from __future__ import annotations

import posixpath

# Path patterns of the page families with one page per record (families.py registers them).
ARTICLE_PATH = "articles/{id}.md"
ACTOR_PATH = "actors/{id}.md"
TOPIC_PATH = "topics/{id}.md"
COMPARISON_PATH = "comparisons/{id}.md"
OUTLET_PATH = "outlets/{id}.md"


def article_page(article_id: str) -> str:
    return ARTICLE_PATH.format(id=article_id)


def actor_page(actor_id: str) -> str:
    return ACTOR_PATH.format(id=actor_id)


def topic_page(topic_id: str) -> str:
    return TOPIC_PATH.format(id=topic_id)


def comparison_page(topic_id: str) -> str:
    return COMPARISON_PATH.format(id=topic_id)


def month_page(month: str) -> str:
    """A month of the timeline ("2016-03"), for dossiers too large for one timeline page."""
    return f"timeline/{month}.md"


def quotes_page(topic_id: str, number: int = 1) -> str:
    """A topic's quotes, for dossiers with too many quotes for one page; page 2 on is a subpage."""
    return f"quotes/{topic_id}.md" if number == 1 else f"quotes/{topic_id}/{number}.md"


def outlet_page(outlet_id: str) -> str:
    return OUTLET_PATH.format(id=outlet_id)


def article_data(article_id: str) -> str:
    """An article's data file: its text, removed spans, quotes, mentions and facts."""
    return f"data/articles/{article_id}.json"


def comparison_data(topic_id: str) -> str:
    """A topic's comparison as data: rows, facts, contradictions."""
    return f"data/comparisons/{topic_id}.json"


def outlet_anchor(outlet_id: str) -> str:
    return f"outlet-{outlet_id}"


def site_url(src_path: str) -> str:
    """The URL of a page relative to the site root, with MkDocs' directory URLs."""
    if not src_path.endswith(".md"):
        return src_path
    stem = src_path[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def href(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """A relative link from one generated page (or asset) to another."""
    here = site_url(from_src)
    base = here.rstrip("/") if here.endswith("/") or not here else posixpath.dirname(here)
    target = site_url(to_src)
    rel = posixpath.relpath(target or ".", base or ".")
    if target.endswith("/") or not target:
        rel = "./" if rel == "." else rel + "/"
    if anchor:
        rel += f"#{anchor}"
    return rel
