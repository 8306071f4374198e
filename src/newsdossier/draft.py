"""`dossier add SEED`: draft an article's YAML from what the cleaner finds in the raw text.

The draft records only what the text says (headline, byline, dateline, date as written);
outlet and topics are left for the editor. An existing article file is never overwritten.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from slugify import slugify

from .clean import clean_text
from .errors import DossierError
from .records import Origin, Problem

# A draft's id is made of the headline's first words; editors can choose another with --id.
ID_WORDS = 7


def draft_article(root: Path, seed: Path, article_id: str | None = None) -> tuple[Path, str]:
    seeds_dir = (root / "seeds").resolve()
    seed_path = (seed if seed.is_absolute() else Path.cwd() / seed).resolve()
    if seeds_dir not in seed_path.parents:
        raise DossierError(
            [
                Problem(
                    Origin(str(seed)),
                    f"Expected a file inside {seeds_dir}; copy the raw file into seeds/ first.",
                )
            ]
        )
    if not seed_path.is_file():
        raise DossierError(
            [Problem(Origin(str(seed)), "Expected an existing seed file but it does not exist.")]
        )
    try:
        raw = seed_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DossierError(
            [
                Problem(
                    Origin(str(seed)),
                    f"Expected UTF-8 text but could not decode it ({error.reason} at byte {error.start}).",
                )
            ]
        ) from None
    result = clean_text(raw)
    meta = result.metadata
    headline = meta.headline or (result.paragraphs[0].text[:80] if result.paragraphs else seed_path.stem)
    article_id = article_id or slugify(" ".join(headline.split()[:ID_WORDS])) or slugify(seed_path.stem)
    if article_id != slugify(article_id):
        raise DossierError(
            [
                Problem(
                    Origin("--id"),
                    f"Expected a slug such as {slugify(article_id)!r} but received: {article_id!r}",
                )
            ]
        )
    target = root / "dossier" / "articles" / f"{article_id}.yml"
    draft = {
        "source": f"seeds/{seed_path.relative_to(seeds_dir).as_posix()}",
        "title": headline,
        "outlet": None,
        "outlet_note": "TODO: the outlet, if the text or the scrape says it; else say why it is unknown",
        "published": {
            "date": None,
            "status": "unknown",
            "note": f"TODO: the text gives the date as {meta.date!r}"
            if meta.date
            else "TODO: no date in the text",
        },
        "byline": [meta.byline] if meta.byline else [],
        "dateline": meta.dateline,
        "url": None,
        "topics": [],
    }
    text = "# Drafted by `dossier add`: check every field, choose its topics (at least one).\n"
    text += yaml.safe_dump(draft, allow_unicode=True, sort_keys=False, width=100)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
    except FileExistsError:
        raise DossierError(
            [
                Problem(
                    Origin(str(target.relative_to(root))),
                    "This article file already exists; it was left untouched. Choose another --id.",
                )
            ]
        ) from None
    return target, text
