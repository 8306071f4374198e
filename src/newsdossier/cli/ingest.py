"""`dossier add FILE... [--outlet --date --byline --url --topic]` and `dossier import LIST.csv`:
draft many article files at once, with what the editor's records say about them.

Everything is checked before anything is written: a bad row or an article file that exists
already stops the whole import with every problem named (file, line, column), so an import is
never half done. Values from the records are marked `recorded`, with the record they come from.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from slugify import slugify

from ..errors import DossierError
from ..records import Origin, Problem
from ..yamlsource import has_errors, plain, read_yaml_file

if TYPE_CHECKING:  # the drafting code (cleaning, reading) is imported by the commands that draft
    from ..draft import GivenMetadata

CSV_COLUMNS = ("file", "title", "outlet", "date", "byline", "url", "topics")
#: Optional column naming the record a row comes from (default: "LIST.csv, line N").
RECORD_COLUMN = "record"
#: Several names or topics in one cell are separated by semicolons ("A. Reporter; B. Reporter").
LIST_SEPARATOR = ";"
#: An article list is a few kilobytes per hundred articles; far more is not an article list.
MAX_CSV_BYTES = 5_000_000


def _date(text: str, where: Origin, problems: list[Problem]) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        problems.append(Problem(where, f"Expected a date YYYY-MM-DD but received: {text!r}"))
        return None


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(LIST_SEPARATOR) if p.strip())


def _draft_all(root: Path, jobs: list[tuple[Path, GivenMetadata, Origin]], problems: list[Problem]) -> int:
    """Draft every job, then write them all, or none if any problem was found."""
    from ..draft import draft_entry, seed_inside, write_entry

    drafts: list[tuple[str, dict]] = []
    ids: dict[str, Origin] = {}
    for seed, given, where in jobs:
        try:
            article_id, entry = draft_entry(root, seed_inside(root, seed), given)
        except DossierError as error:
            problems += [Problem(where, f"{p.origin}: {p.message}") for p in error.problems]
            continue
        target = root / "dossier" / "articles" / f"{article_id}.yml"
        if article_id in ids:
            problems.append(
                Problem(where, f"Expected a new article id but {article_id!r} is also {ids[article_id]}")
            )
        elif target.exists():
            problems.append(
                Problem(
                    where,
                    f"dossier/articles/{article_id}.yml already exists; it was left untouched. "
                    "Choose another --id.",
                )
            )
        ids[article_id] = where
        drafts.append((article_id, entry))
    if problems:
        raise DossierError(problems)
    for article_id, entry in drafts:
        path = write_entry(root, article_id, entry)
        print(f"Wrote {path.relative_to(root)}")
    register_missing(root, jobs)
    todo = sum(
        1 for _, e in drafts if not e["topics"] or e["outlet"] is None or e["published"]["date"] is None
    )
    if todo:
        print(
            f"{todo} of {len(drafts)} articles have fields marked TODO or no topic: "
            "check them before building."
        )
    return 0


def _entries(path: Path, key: str) -> list | None:
    """The entries of a dossier list file, read by the loader's safe reader; None when the file
    exists but cannot be read (a link out of the project, a pipe, bad YAML): nothing is then
    appended to it, and `dossier check` says why."""
    if not path.exists() and not path.is_symlink():
        return []
    node, problems = read_yaml_file(path, f"dossier/{path.name}", path.parents[1])
    if has_errors(problems):
        return None
    data = plain(node)
    items = data.get(key) if isinstance(data, dict) else None
    return items if isinstance(items, list) else []


def _append(path: Path, key: str, new: list[dict]) -> None:
    """Append entries to a YAML list file: the editor's text and comments are kept as they are."""
    text = path.read_text(encoding="utf-8") if path.is_file() else f"{key}: []\n"
    block = yaml.safe_dump(new, allow_unicode=True, sort_keys=False, width=100)
    block = "".join(f"  {line}\n" for line in block.splitlines())
    if f"{key}: []" in text:
        text = text.replace(f"{key}: []", f"{key}:", 1)
    path.write_text(text.rstrip("\n") + "\n" + block, encoding="utf-8")


def register_missing(root: Path, jobs: list[tuple[Path, GivenMetadata, Origin]]) -> None:
    """Outlets and topics named in the records but not yet in outlets.yml / topics.yml are added,
    with only what the records say (a topic's date: its earliest article's recorded date)."""
    folder = root / "dossier"
    listed = _entries(folder / "outlets.yml", "outlets")
    known = {str(o.get("id")) for o in listed or [] if isinstance(o, dict)}
    outlets: dict[str, dict] = {}
    for _, given, _ in jobs:
        if given.outlet and slugify(given.outlet) not in known:
            outlets.setdefault(slugify(given.outlet), {"id": slugify(given.outlet), "name": given.outlet})
    if outlets and listed is None:
        print(
            f"dossier/outlets.yml cannot be read (see `dossier check`); add these outlets: {', '.join(outlets)}."
        )
    elif outlets:
        _append(folder / "outlets.yml", "outlets", list(outlets.values()))
        print(f"Added to dossier/outlets.yml: {', '.join(outlets)} (add kind, country and url there).")
    listed = _entries(folder / "topics.yml", "topics")
    known = {str(t.get("id")) for t in listed or [] if isinstance(t, dict)}
    topics: dict[str, dict] = {}
    undated = []
    for _, given, _ in jobs:
        for name in given.topics:
            topic_id = slugify(name)
            if topic_id in known:
                continue
            entry = topics.setdefault(topic_id, {"id": topic_id, "title": name, "date": None})
            if given.date and (entry["date"] is None or given.date < entry["date"]):
                entry["date"] = given.date
    dated = [t for t in topics.values() if t["date"] is not None]
    undated = [t["id"] for t in topics.values() if t["date"] is None]
    if dated and listed is None:
        undated += [t["id"] for t in dated]  # topics.yml cannot be read: nothing is written to it
    elif dated:
        _append(folder / "topics.yml", "topics", dated)
        print(
            f"Added to dossier/topics.yml: {', '.join(t['id'] for t in dated)} (write their summaries there)."
        )
    if undated:
        print(f"Add these topics to dossier/topics.yml with their dates: {', '.join(undated)}.")


def cmd_add(root: Path, args) -> int:
    from ..draft import GivenMetadata

    problems: list[Problem] = []
    if args.id and len(args.seeds) > 1:
        raise DossierError([Problem(Origin("--id"), "Expected one SEED with --id, since ids are unique")])
    given = GivenMetadata(
        record=args.record or "the editor's record, given to `dossier add`",
        outlet=args.outlet,
        date=_date(args.date or "", Origin("--date"), problems),
        byline=tuple(args.byline or ()),
        url=args.url,
        topics=tuple(args.topic or ()),
        article_id=args.id,
    )
    if not (args.outlet or args.date or args.byline or args.url):
        given = GivenMetadata(**{**given.__dict__, "record": ""})
    return _draft_all(root, [(seed, given, Origin(str(seed))) for seed in args.seeds], problems)


def read_article_list(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for every row of the CSV, or DossierError naming file, line and column."""
    name = path.name
    data = path.read_bytes()[: MAX_CSV_BYTES + 1]
    if len(data) > MAX_CSV_BYTES:
        raise DossierError([Problem(Origin(name), f"Expected an article list under {MAX_CSV_BYTES} bytes")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise DossierError(
            [Problem(Origin(name, line), "Expected UTF-8 text (save the CSV as UTF-8)")]
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    problems = []
    if "file" not in header:
        problems.append(
            Problem(Origin(name, 1), f"Expected a header row with a 'file' column but received: {header}")
        )
    for column in header:
        if column not in CSV_COLUMNS and column != RECORD_COLUMN:
            expected = ", ".join((*CSV_COLUMNS, RECORD_COLUMN))
            problems.append(Problem(Origin(name, 1, column), f"Expected one of the columns {expected}"))
    if problems:
        raise DossierError(problems)
    reader.fieldnames = header
    rows = []
    try:
        for row in reader:
            if any((v or "").strip() for k, v in row.items() if k is not None):
                rows.append(
                    (reader.line_num, {k: (v or "").strip() for k, v in row.items() if k is not None})
                )
    except csv.Error as error:
        raise DossierError([Problem(Origin(name, reader.line_num), f"Expected CSV but: {error}")]) from None
    return rows


def cmd_import(root: Path, args) -> int:
    from ..draft import GivenMetadata

    path: Path = args.list
    rows = read_article_list(path)
    problems: list[Problem] = []
    jobs = []
    for line, row in rows:
        where = Origin(path.name, line)
        if not row.get("file"):
            problems.append(Problem(Origin(path.name, line, "file"), "Expected the name of a file in seeds/"))
            continue
        name = row["file"]
        seed = root / name if name.startswith("seeds/") else root / "seeds" / name
        given = GivenMetadata(
            record=row.get(RECORD_COLUMN) or f"{path.name}, line {line}",
            title=row.get("title") or None,
            outlet=row.get("outlet") or None,
            date=_date(row.get("date", ""), Origin(path.name, line, "date"), problems),
            byline=_split(row.get("byline")),
            url=row.get("url") or None,
            topics=_split(row.get("topics")),
        )
        jobs.append((seed, given, where))
    return _draft_all(root, jobs, problems)


def add_ingest_parsers(sub, common) -> None:
    add = sub.add_parser(
        "add", parents=[common], help="draft dossier/articles/<id>.yml for raw files in seeds/"
    )
    add.add_argument("seeds", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--id", help="article id, for one FILE (default: from the headline)")
    add.add_argument("--outlet", help="outlet id, from your records (marked recorded)")
    add.add_argument("--date", help="publication date YYYY-MM-DD, from your records (marked recorded)")
    add.add_argument("--byline", action="append", help="an author's name (repeat for several)")
    add.add_argument("--url", help="the original address of the article")
    add.add_argument("--topic", action="append", help="a topic id (repeat for several)")
    add.add_argument("--record", help="where these values come from (shown to readers)")
    add.set_defaults(run=cmd_add)
    imp = sub.add_parser(
        "import",
        parents=[common],
        help="draft article files from a CSV list (file, title, outlet, date, ...)",
    )
    imp.add_argument("list", type=Path, metavar="LIST.csv")
    imp.set_defaults(run=cmd_import)
