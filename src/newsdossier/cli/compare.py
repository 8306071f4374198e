"""`dossier compare TOPIC`: the comparison rows of one topic as plain text, for editors deciding
what to pin or veto. Each row has a stable id (made from the passages it holds, so the same row
gets the same id on every run), its kind, label and score, and its evidence: the passages, and the
words they all share. Pins and vetoes in dossier/topics.yml can name a row by that id.

    comparison:
      pins:
        - row: r-1a2b3c4d        # keep this row, marked pinned (label and note optional)
          label: What the row reports
      vetoes:
        - row: r-5e6f7a8b        # take this row apart: its passages match nothing else
          note: Why these are not the same claim
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..errors import DossierError
from ..records import Comparison, ComparisonRow, Origin, Problem

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*|\d[\d,.]*")


def add_compare_parser(sub, common: argparse.ArgumentParser) -> None:
    compare = sub.add_parser(
        "compare", parents=[common], help="print one topic's comparison rows with their ids and evidence"
    )
    compare.add_argument("topic", metavar="TOPIC", help="a topic id from dossier/topics.yml")
    compare.set_defaults(run=lambda root, args: cmd_compare(root, args.topic))


def shared_words(row: ComparisonRow) -> list[str]:
    """The words (not stopwords) every article of the row uses, in the first passage's order."""
    from ..lexicon import STOP_WORDS

    by_article: dict[str, set[str]] = {}
    for passage in row.passages:
        words = {w.lower() for w in _WORD.findall(passage.text)}
        by_article.setdefault(passage.article, set()).update(words)
    common = set.intersection(*by_article.values()) if by_article else set()
    ordered = [w.lower() for w in _WORD.findall(row.passages[0].text)] if row.passages else []
    return list(dict.fromkeys(w for w in ordered if w in common and w not in STOP_WORDS))


def cmd_compare(root: Path, topic: str) -> int:
    from ..compare.rows import row_id
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
    print(_choices(comparison))
    return 0


def _choices(comparison: Comparison) -> str:
    """The editors' choices on this topic, and how to name a row in one."""
    pinned = sum(1 for row in comparison.rows if row.editorial == "pinned")
    lines = [
        f"Editors' choices: {pinned} of {len(comparison.rows)} rows pinned, {len(comparison.vetoed)} vetoes.",
        "To keep a row or take it apart, name its id in dossier/topics.yml under the topic's",
        "comparison: `pins: [{row: ID, label: ...}]` or `vetoes: [{row: ID, note: ...}]`.",
    ]
    return "\n".join(lines)
