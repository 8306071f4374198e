"""The dev dossier's gold: which sentences of different articles report the same claim."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

GOLD = Path(__file__).with_name("gold.yml")


@dataclass(frozen=True)
class SentenceRef:
    article: str  # "07"
    where: str  # "p9.1": paragraph and sentence index, for people
    key: str  # sentence_key() of the sentence


@dataclass(frozen=True)
class GoldGroup:
    label: str
    sentences: tuple[SentenceRef, ...]


def _ref(entry: str) -> SentenceRef:
    article, where, key = entry.split()
    return SentenceRef(article, where, key)


def load_gold(path: Path = GOLD) -> dict[str, list[GoldGroup]]:
    """{topic id: its groups}; `related` groups (defensible, not required) under "<topic>/related"."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    gold: dict[str, list[GoldGroup]] = {}
    for topic, sections in data.items():
        for section in ("groups", "related"):
            groups = [
                GoldGroup(g.get("label", ""), tuple(_ref(e) for e in g["sentences"]))
                for g in sections.get(section) or []
            ]
            gold[topic if section == "groups" else f"{topic}/related"] = groups
    return gold
