"""A row's label states the claim of the wording a page shows under it (comparison.md.j2 shows a
row's first passage): the label is taken from that passage, never from another member's words."""

from __future__ import annotations

import re

from newsdossier.records import Comparison

from .test_compare import _world

_WORD = re.compile(r"[\w']+")


def labels_not_shown(comparison: Comparison) -> list[str]:
    """The labels of automatic claim and fact rows with a word the row's shown wording lacks."""
    missing = []
    for row in comparison.rows:
        if row.kind == "quote" or row.editorial:  # a quote's label names the speaker; editors write theirs
            continue
        shown = {w.casefold() for w in _WORD.findall(row.passages[0].text)}
        if any(w.casefold() not in shown for w in _WORD.findall(row.label)):
            missing.append(row.label)
    return missing


def test_every_rows_label_comes_from_the_wording_shown_under_it():
    comparison = _world(
        [
            "Ruritanian election officials put turnout across the northern provinces at 46 percent, the "
            "lowest figure recorded since the republic held its first free vote decades ago.",
            "Cheered by farmers along the river road, the Syldavian grain convoy rolled over the Bordurian "
            "frontier at dawn after a week of talks in the capital.",
        ],
        [
            "Turnout in the northern provinces of Ruritania was 46 percent of registered voters.",
            "The Syldavian grain convoy crossed the Bordurian frontier on Monday.",
        ],
        [
            "Officials said turnout reached 46 percent in the northern provinces.",
            "The Syldavian grain convoy finally crossed the Bordurian frontier after talks.",
        ],
        ["Harvest festivals opened in the southern provinces with music and dancing."],
        ["The Ruritanian parliament debated a new fishing law until late on Thursday night."],
    )
    assert len([r for r in comparison.rows if r.kind != "quote"]) >= 2, comparison.rows
    assert labels_not_shown(comparison) == []
