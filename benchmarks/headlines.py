"""Headline recognition and false removals, measured per corpus on the development data.

    .venv/bin/python benchmarks/headlines.py [--show N]

Corpora (in ../shared beside the repository; each is skipped with a note when absent):

- quotebench-dev/texts: clean article bodies whose first line is the headline. A text counts as
  right when the cleaner's headline is that line and the line is not kept as a paragraph.
  Every other paragraph the cleaner removes is a *false removal* (the texts hold nothing
  else), counted and listed by reason. Bylines: meta.json gives each text's author; the texts
  hold no byline line, so every byline found is counted, and those naming the author. Datelines
  found are counted (no gold: read them with --show).
- dossiers-dev/paris-attacks-2015: raw articles (Windows-1252, CRLF); mapping.tsv gives each
  file's headline. Right when the cleaner's headline equals it (spaces and a final full stop
  aside) and it is not kept as a paragraph.
- cleanbench-dev: news pages with gold bodies and no gold headline. The page's URL slug names
  the story: a found headline counts as right when most of its words are in the slug (the
  measure is skipped for pages whose URL has fewer than three words), and wrong when there is
  none or it is not the story's (a teaser's headline shares few words with the slug).

Reading the texts is done with the package's own decoding (load/encoding.py), as a build does.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsdossier.clean import clean_text
from newsdossier.load.encoding import decode_seed

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
WORD = re.compile(r"[a-z0-9]+")
#: A found headline matches a URL slug when this share of its words are slug words, or this
#: share of the slug's words are in it (slugs shorten long headlines).
SLUG_MATCH = 0.6


def norm(text: str) -> str:
    text = " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def read(path: Path) -> str:
    return decode_seed(path.read_bytes()).text


def quotebench(show: int) -> dict:
    texts = sorted((SHARED / "quotebench-dev" / "texts").glob("*.txt"))
    authors = json.loads((SHARED / "quotebench-dev" / "meta.json").read_text(encoding="utf-8"))
    bylines, author_bylines, datelines = 0, 0, []
    right, losses, separators = 0, Counter(), 0
    wrong, lost = [], []
    for path in texts:
        raw = read(path)
        first = next(line for line in raw.splitlines() if line.strip())
        result = clean_text(raw)
        kept = {norm(p.text) for p in result.paragraphs}
        ok = norm(result.metadata.headline or "") == norm(first) and norm(first) not in kept
        right += ok
        if not ok:
            wrong.append((path.name, first, result.metadata.headline))
        if result.metadata.byline:
            bylines += 1
            author = (authors.get(path.stem) or {}).get("author") or ""
            author_bylines += bool(author) and author.split()[-1] in result.metadata.byline
        if result.metadata.dateline:
            datelines.append((path.name, result.metadata.dateline))
        for span in result.removed:
            if span.rule == "fused into the first paragraph" or span.reason == "embedded markup":
                continue  # a dateline taken off the first paragraph, or tags: no words of the text lost
            for line in span.text.split("\n"):
                if norm(line) == norm(first) or line.isspace():
                    continue
                if not any(c.isalnum() for c in line):
                    separators += 1  # "___", "* * *": no words lost
                    continue
                losses[span.reason] += 1
                lost.append((path.name, span.reason, line))
    return {
        "texts": len(texts),
        "headline_right": right,
        "false_removals": sum(losses.values()),
        "separators": separators,
        "by_reason": dict(losses),
        "bylines": bylines,
        "author_bylines": author_bylines,
        "datelines": len(datelines),
        "dateline_list": datelines[:show],
        "wrong": wrong[:show],
        "lost": lost[:show],
    }


def paris(show: int) -> dict:
    folder = SHARED / "dossiers-dev" / "paris-attacks-2015"
    rows = list(csv.DictReader((folder / "mapping.tsv").open(encoding="utf-8"), delimiter="\t"))
    right, wrong = 0, []
    for row in rows:
        result = clean_text(read(folder / row["file"]))
        kept = {norm(p.text) for p in result.paragraphs}
        gold = norm(row["headline"])
        ok = norm(result.metadata.headline or "") == gold and gold not in kept
        right += ok
        if not ok:
            wrong.append((row["file"], row["headline"], result.metadata.headline))
    return {"texts": len(rows), "headline_right": right, "wrong": wrong[:show]}


def slug_words(url: str) -> set[str]:
    path = url.split("://", 1)[-1].split("/", 1)[-1].lower()
    words = {w for w in WORD.findall(path) if not w.isdigit() and len(w) > 1}
    return words if len(words) >= 3 else set()


def cleanbench(show: int) -> dict:
    folder = SHARED / "cleanbench-dev"
    rows = list(csv.DictReader((folder / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"))
    measured, right, wrong = 0, 0, []
    for row in rows:
        slug = slug_words(row["url"])
        if not slug:
            continue
        measured += 1
        headline = clean_text(read(folder / "pages" / f"{row['id']}.txt")).metadata.headline or ""
        words = [w for w in WORD.findall(headline.lower()) if len(w) > 1]
        shared = len(set(words) & slug)
        ok = bool(words) and (shared >= SLUG_MATCH * len(set(words)) or shared >= SLUG_MATCH * len(slug))
        right += ok
        if not ok:
            wrong.append((row["id"], row["url"], headline))
    return {"texts": measured, "headline_right": right, "wrong": wrong[:show]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="list this many misses per corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = {}
    for name, measure, needed in (
        ("quotebench-dev", quotebench, SHARED / "quotebench-dev" / "texts"),
        ("paris-attacks-2015", paris, SHARED / "dossiers-dev" / "paris-attacks-2015"),
        ("cleanbench-dev", cleanbench, SHARED / "cleanbench-dev"),
    ):
        if not needed.is_dir():
            print(f"{name}: skipped ({needed} is absent)")
            continue
        result = measure(args.show)
        figures[name] = result
        share = result["headline_right"] / result["texts"] if result["texts"] else 0.0
        line = f"{name}: headline {result['headline_right']}/{result['texts']} = {share:.3f}"
        if "false_removals" in result:
            line += f"; false removals {result['false_removals']} {result['by_reason']}"
            line += f" (and {result['separators']} separator lines without words)"
            line += f"; bylines found {result['bylines']} ({result['author_bylines']} naming the author)"
            line += f"; datelines found {result['datelines']}"
        print(line)
        for miss in result.get("wrong", []):
            print("   headline miss:", miss)
        for miss in result.get("lost", []):
            print("   removed:", miss)
        for found in result.get("dateline_list", []):
            print("   dateline:", found)
    if args.json:
        print(json.dumps({k: {x: v[x] for x in ("texts", "headline_right")} for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
