"""Draft an article's YAML from what the cleaner finds in the raw text, and what the editor's
records give (`dossier add --outlet ...`, `dossier import LIST.csv`).

What the text says (headline, byline, dateline, date as written) is drafted as found; what the
editor's records give is marked `recorded`, with the record it comes from. Nothing is invented:
an outlet or date neither says stays unknown, with a TODO. An existing article file is never
overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from slugify import slugify

from .clean import clean_text
from .errors import DossierError
from .load.encoding import decode_seed
from .records import Origin, Problem

# A draft's id is made of the headline's first words; editors can choose another with --id.
ID_WORDS = 7
# A title taken from the first paragraph (no headline found) stops at a word after this many
# characters, with an ellipsis: a sentence, not a paragraph, in every list of articles.
FALLBACK_TITLE_CHARS = 120


@dataclass(frozen=True)
class GivenMetadata:
    """What the editor's records say about an article, and which record that is."""

    record: str = ""  # "articles.csv, line 3" or the --record text
    title: str | None = None
    outlet: str | None = None  # an outlet id or name; slugified into an id
    date: dt.date | None = None
    byline: tuple[str, ...] = ()
    url: str | None = None
    topics: tuple[str, ...] = ()
    article_id: str | None = None


def headline_title(headline: str) -> str:
    """A headline as a title: whole, without the full stop some outlets end headlines with
    (an ellipsis or an abbreviation such as "U.S." keeps its dots)."""
    text = " ".join(headline.split())
    if text.endswith(".") and not text.endswith("..") and not re.search(r"\b(?:[A-Za-z]\.){2,}$", text):
        return text[:-1].rstrip()
    return text


def fallback_title(text: str) -> str:
    """The first sentence of the first paragraph, cut at a word if it is long."""
    sentence = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0]
    if len(sentence) <= FALLBACK_TITLE_CHARS:
        return headline_title(sentence)
    return sentence[:FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _problem(where: str, message: str) -> DossierError:
    return DossierError([Problem(Origin(where), message)])


def seed_inside(root: Path, seed: Path) -> Path:
    """The seed's resolved path, which must be a file inside the project's seeds/."""
    seeds_dir = (root / "seeds").resolve()
    seed_path = (seed if seed.is_absolute() else Path.cwd() / seed).resolve()
    if seeds_dir not in seed_path.parents:
        raise _problem(str(seed), f"Expected a file inside {seeds_dir}; copy the raw file into seeds/ first.")
    if not seed_path.is_file():
        raise _problem(str(seed), "Expected an existing seed file but it does not exist.")
    return seed_path


def draft_entry(root: Path, seed_path: Path, given: GivenMetadata = GivenMetadata()) -> tuple[str, dict]:
    """(article id, the article's YAML mapping) for a seed inside seeds/."""
    decoded = decode_seed(seed_path.read_bytes(), what=str(seed_path.name))
    if decoded.error:
        raise _problem(str(seed_path), decoded.error)
    result = clean_text(decoded.text)
    meta = result.metadata
    if given.title:
        title = " ".join(given.title.split())
    elif meta.headline:
        title = headline_title(meta.headline)
    else:
        title = fallback_title(result.paragraphs[0].text) if result.paragraphs else seed_path.stem
    article_id = given.article_id or slugify(" ".join(title.split()[:ID_WORDS])) or slugify(seed_path.stem)
    if article_id != slugify(article_id):
        raise _problem(
            "--id", f"Expected a slug such as {slugify(article_id)!r} but received: {article_id!r}"
        )
    recorded = f"Recorded: from {given.record}." if given.record else ""
    entry: dict = {"source": f"seeds/{seed_path.relative_to((root / 'seeds').resolve()).as_posix()}"}
    entry["title"] = title
    if given.outlet:
        entry.update(outlet=slugify(given.outlet), outlet_status="recorded", outlet_note=recorded)
    else:
        entry.update(
            outlet=None,
            outlet_note="TODO: the outlet, if the text or the scrape says it; else say why it is unknown",
        )
    if given.date:
        entry["published"] = {"date": given.date, "status": "recorded", "note": recorded}
    else:
        said = f"the text gives the date as {meta.date!r}" if meta.date else "no date in the text"
        entry["published"] = {"date": None, "status": "unknown", "note": f"TODO: {said}"}
    entry["byline"] = list(given.byline) or ([meta.byline] if meta.byline else [])
    entry["dateline"] = meta.dateline
    entry["url"] = given.url
    entry["topics"] = [slugify(t) for t in given.topics]
    return article_id, entry


def write_entry(root: Path, article_id: str, entry: dict) -> Path:
    """Write dossier/articles/<id>.yml; an existing file is an error and is left untouched."""
    target = root / "dossier" / "articles" / f"{article_id}.yml"
    text = "# Drafted by NewsDossier: check every field, choose its topics (at least one).\n"
    text += yaml.safe_dump(entry, allow_unicode=True, sort_keys=False, width=100)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
    except FileExistsError:
        raise _problem(
            str(target.relative_to(root)),
            "This article file already exists; it was left untouched. Choose another --id.",
        ) from None
    return target


def draft_article(
    root: Path, seed: Path, article_id: str | None = None, given: GivenMetadata = GivenMetadata()
) -> tuple[Path, str]:
    """Draft and write one article file: (its path, its text)."""
    if article_id:
        given = GivenMetadata(**{**given.__dict__, "article_id": article_id})
    found_id, entry = draft_entry(root, seed_inside(root, seed), given)
    path = write_entry(root, found_id, entry)
    return path, path.read_text(encoding="utf-8")
