"""What was measured of the comparison method, on which data, with which command: the figures the
methodology page and every comparison page state. No figure here holds for any dossier: each is
a count of pairs of passages on named data, against pairs drawn by hand.

A pair is two passages of different articles in one row. `judged` counts the pairs the method
made that the hand-drawn gold can judge, `right` those the gold holds (precision: right /
judged); `wanted` counts the gold's pairs and `found` those the method made (recall: found /
wanted). The editors' pins and vetoes are left out: this measures the method alone. All of this
data was used while the method was developed, so the figures flatter it: on a dossier it has
never seen, expect lower ones.

tests/compare/test_measured.py runs each command's evaluation and fails while a count here
differs from it (the dev dossier's where ../shared is present): a change of the method that
moves a figure must change it here too, with the date.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measurement:
    key: str
    data: str  # what the method was run on, as a reader is told
    topics: int
    articles: tuple[int, int]  # the fewest and the most articles of a topic
    right: int
    judged: int
    found: int
    wanted: int
    command: str  # the command that measures it, from the repository's root
    measured: str  # the day of the last measurement, ISO 8601
    # Load, clean, analyze and compare as a site build runs them (what each comparison page
    # quotes), rather than hand-cut passages without the analysis.
    whole_pipeline: bool = True

    @property
    def precision(self) -> float:
        return self.right / self.judged if self.judged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else 1.0


MEASURED: tuple[Measurement, ...] = (
    Measurement(
        key="example",
        # Not its subject: a new dossier's site shows nothing of the example (tests/cli/test_tutorial.py).
        data="the example dossier NewsDossier ships: five news articles from autumn 2015",
        topics=3,
        articles=(2, 3),
        right=59,
        judged=59,
        found=58,
        wanted=63,
        command="python -m tests.compare.evaluate --pipeline",
        measured="2026-12-02",
    ),
    Measurement(
        key="example-hand-cut",
        data="the same five articles cut into passages by hand, without the analysis of who is quoted",
        topics=3,
        articles=(2, 3),
        right=49,
        judged=55,
        found=44,
        wanted=63,
        command="python -m tests.compare.evaluate",
        measured="2026-12-02",
        whole_pipeline=False,
    ),
    Measurement(
        key="dev",
        data="a development dossier of 36 real articles on the Paris attacks of November 2015, its pairs "
        "drawn by hand (two of its four topics before any look at the method's output, two completed "
        "by also reading the rows the method made), then the method tuned on it",
        topics=4,
        articles=(7, 11),
        right=214,
        judged=246,
        found=214,
        wanted=1252,
        command="python -m tests.compare.devdossier.evaluate",
        measured="2026-12-02",
    ),
)
