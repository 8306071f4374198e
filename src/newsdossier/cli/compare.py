"""`dossier compare TOPIC`: the comparison rows of one topic as plain text, for editors deciding
what to pin or veto. Each row has a stable id (made from the passages it holds, so the same row
gets the same id on every run), its kind, label and score, and its evidence: the passages, and the
words they all share."""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

from ..errors import DossierError
from ..lexicon import STOP_WORDS
from ..records import ComparisonRow, Origin, Problem

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*|\d[\d,.]*")


def add_compare_parser(sub, common: argparse.ArgumentParser) -> None:
    compare = sub.add_parser(
        "compare", parents=[common], help="print one topic's comparison rows with their ids and evidence"
    )
    compare.add_argument("topic", metavar="TOPIC", help="a topic id from dossier/topics.yml")
    compare.set_defaults(run=lambda root, args: cmd_compare(root, args.topic))


def row_id(row: ComparisonRow) -> str:
    """ "r-" and 8 hex digits from the row's passages (article and text), whatever their order."""
    content = "\n".join(sorted(f"{p.article}\t{' '.join(p.text.split())}" for p in row.passages))
    return "r-" + hashlib.sha1(f"{row.kind}\n{content}".encode()).hexdigest()[:8]


def shared_words(row: ComparisonRow) -> list[str]:
    """The words (not stopwords) every article of the row uses, in the first passage's order."""
    by_article: dict[str, set[str]] = {}
    for passage in row.passages:
        words = {w.lower() for w in _WORD.findall(passage.text)}
        by_article.setdefault(passage.article, set()).update(words)
    common = set.intersection(*by_article.values()) if by_article else set()
    ordered = [w.lower() for w in _WORD.findall(row.passages[0].text)] if row.passages else []
    return list(dict.fromkeys(w for w in ordered if w in common and w not in STOP_WORDS))


def cmd_compare(root: Path, topic: str) -> int:
    from ..pipeline import build_dossier

    build = build_dossier(root)
    if topic not in build.comparisons:
        known = ", ".join(sorted(build.comparisons)) or "none"
        origin = Origin("dossier/topics.yml")
        raise DossierError([Problem(origin, f"Expected a topic id ({known}) but received: {topic!r}")])
    comparison = build.comparisons[topic]
    outlet_of = {a.id: a.outlet or "outlet unknown" for a in build.dossier.articles}
    print(f"{topic}: {len(comparison.rows)} rows over {len(comparison.articles)} articles")
    for row in comparison.rows:
        articles = {p.article for p in row.passages}
        outlets = {outlet_of[a] for a in articles}
        pinned = " pinned" if row.editorial else ""
        print(f"\n{row_id(row)} {row.kind}{pinned} score {row.score:.3f}: {row.label}")
        print(
            f"  {len(articles)} articles, {len(outlets)} outlets; shared words: {', '.join(shared_words(row))}"
        )
        for passage in row.passages:
            text = " ".join(passage.text.split())
            print(f"  - {passage.article} [{outlet_of[passage.article]}] ¶{passage.paragraph + 1}: {text}")
    print(f"\nNot matched in other articles: {len(comparison.only)} passages")
    return 0
