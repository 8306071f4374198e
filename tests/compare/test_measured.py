"""The figures the methodology and comparison pages state (compare/measured.py) are those the
evaluations measure now: a change of the method that moves one fails here until measured.py,
and the date there, say the new figure."""

from __future__ import annotations

import pytest

from newsdossier.compare import compare
from newsdossier.compare.measured import MEASURED, Measurement

from .corpora import PARIS, missing_reason
from .evaluate import evaluate, pipeline_inputs
from .seedtext import TOPIC_ARTICLES

BY_KEY = {m.key: m for m in MEASURED}


def _counts(scores) -> tuple[int, int, int, int]:
    """(right, judged, found, wanted) over the topics, as evaluate.overall() adds them up."""
    return (
        sum(s[2] for s in scores.values()),
        sum(s[3] for s in scores.values()),
        sum(s[4] - len(s[6]) for s in scores.values()),
        sum(s[4] for s in scores.values()),
    )


def _check(key: str, scores, sizes: list[int]) -> None:
    stated = BY_KEY[key]
    measured = _counts(scores)
    assert (stated.right, stated.judged, stated.found, stated.wanted) == measured, (
        f"compare/measured.py states {key} as right, judged, found, wanted = "
        f"{(stated.right, stated.judged, stated.found, stated.wanted)}; `{stated.command}` measures "
        f"{measured}: write these, and today's date, there"
    )
    assert (stated.topics, stated.articles) == (len(sizes), (min(sizes), max(sizes)))


def test_each_measurement_names_its_command_and_date():
    for m in MEASURED:
        assert m.command.startswith("python -m tests.compare.") and m.measured[:2] == "20"
        assert 0 < m.right <= m.judged and 0 < m.found <= m.wanted
        assert isinstance(m, Measurement) and 0 < m.precision <= 1 and 0 < m.recall <= 1


def test_the_example_figures_are_the_pipeline_evaluation():
    dossier, cleaned, analysis = pipeline_inputs()
    sizes = [len(articles) for articles in TOPIC_ARTICLES.values()]
    _check("example", evaluate(compare(dossier, cleaned, analysis), cleaned), sizes)


def test_the_hand_cut_figures_are_the_evaluation_of_the_cut_seeds():
    _check("example-hand-cut", evaluate(), [len(articles) for articles in TOPIC_ARTICLES.values()])


@pytest.mark.skipif(bool(missing_reason(PARIS)), reason=missing_reason(PARIS) or "")
def test_the_dev_dossier_figures_are_its_evaluation():
    from .devdossier.evaluate import evaluate as evaluate_dev
    from .devdossier.evaluate import pipeline_run

    run = pipeline_run()
    scores = evaluate_dev(run)
    _check("dev", scores, [len(run[2][topic].articles) for topic in scores])
