"""Pairwise precision and recall of compare() against the hand-made gold alignments.

    .venv/bin/python -m tests.compare.evaluate            # hand-cut seeds, fixture actors' analysis
    .venv/bin/python -m tests.compare.evaluate --errors   # also list missed and wrong pairs
    .venv/bin/python -m tests.compare.evaluate --sweep    # scores over a grid of thresholds (SWEEP)
    .venv/bin/python -m tests.compare.evaluate --pipeline [--no-analysis] [--errors|--sweep]
                                  # on the project's dossier/, cleaner and analysis, pins left out
    .venv/bin/python -m tests.compare.evaluate --pipeline --with-pins
                                  # the same with the editors' pins and vetoes: the published site

A predicted pair is two passages of different articles in one row. It is correct when a gold
group (of this topic or of a topic sharing its articles) holds both; neutral when only a
`related` group holds both; wrong otherwise. Recall is over the gold groups of the topic.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import yaml

from newsdossier.compare import compare
from newsdossier.compare.options import DEFAULT_ALIGNMENT, AlignmentOptions
from newsdossier.records import Passage

from .fixtures import make_dossier
from .seedtext import TOPIC_ARTICLES, all_seed_articles

GOLD = Path(__file__).with_name("gold_alignments.yml")


def _locate(article: str, snippet: str, passages: list[Passage]) -> Passage:
    hits = [p for p in passages if p.article == article and snippet in p.text]
    if len(hits) != 1:
        raise ValueError(f"gold snippet {snippet!r} of {article} matches {len(hits)} passages")
    return hits[0]


def _pairs(groups, passages) -> set[frozenset[Passage]]:
    pairs = set()
    for group in groups:
        located = [_locate(a, s, passages) for a, s in group["passages"]]
        for x, y in itertools.combinations(located, 2):
            if x.article != y.article:
                pairs.add(frozenset((x, y)))
    return pairs


def evaluate(comparisons=None, cleaned=None, options=DEFAULT_ALIGNMENT):
    """{topic: (precision, recall, true pairs, predicted pairs, gold pairs, wrong, missed)}.

    By default compare() runs on the seeds as cut by seedtext.py, with the analysis of the
    fixture dossier (fixtures.py); pass the comparisons (and the cleaned articles they were made
    from) to score another pipeline.
    """
    from newsdossier.analyze import analyze, sentences_only
    from newsdossier.compare.passages import topic_passages

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    cleaned = cleaned or all_seed_articles()
    reading = sentences_only(cleaned)
    if comparisons is None:
        reading = analyze(make_dossier(), cleaned)
        comparisons = compare(make_dossier(), cleaned, reading, options)
    scores = {}
    for topic, articles in TOPIC_ARTICLES.items():
        passages = topic_passages(reading, articles)
        siblings = [t for t, ids in TOPIC_ARTICLES.items() if set(ids) & set(articles)]
        wanted = _pairs(gold[topic]["groups"], passages)
        acceptable = set().union(*(_pairs(gold[t]["groups"], passages) for t in siblings))
        neutral = set().union(*(_pairs(gold[t].get("related", []), passages) for t in siblings)) - acceptable
        scores[topic] = score_rows(comparisons[topic].rows, wanted, neutral, acceptable)
    return scores


def score_rows(rows, wanted: set, neutral: set, acceptable: set | None = None) -> tuple:
    """Precision and recall of the cross-article pairs a topic's rows make, against gold pairs:
    (precision, recall, right, judged, wanted, wrong pairs, missed pairs). A pair in `neutral`
    (related, not the same) is not judged; `acceptable` (default: `wanted`) counts as right."""
    acceptable = wanted if acceptable is None else acceptable
    predicted = {
        frozenset((x, y))
        for row in rows
        for x, y in itertools.combinations(row.passages, 2)
        if x.article != y.article
    }
    judged = predicted - neutral
    true = judged & acceptable
    return (
        len(true) / len(judged) if judged else 1.0,
        len(predicted & wanted) / len(wanted) if wanted else 1.0,
        len(true),
        len(judged),
        len(wanted),
        sorted(judged - acceptable, key=str),
        sorted(wanted - predicted, key=str),
    )


def overall(scores) -> tuple[float, float]:
    true = sum(s[2] for s in scores.values())
    judged = sum(s[3] for s in scores.values())
    found = sum(s[4] - len(s[6]) for s in scores.values())
    wanted = sum(s[4] for s in scores.values())
    return (true / judged if judged else 1.0), (found / wanted if wanted else 1.0)


def _print(scores, errors: bool) -> None:
    for topic, (p, r, true, judged, wanted, wrong, missed) in scores.items():
        print(
            f"{topic:18} precision {p:.3f} ({true}/{judged})  recall {r:.3f} ({wanted - len(missed)}/{wanted})"
        )
        if errors:
            for pair in wrong:
                print("   WRONG ", " || ".join(f"[{x.article[:12]}] {x.text[:70]}" for x in pair))
            for pair in missed:
                print("   MISSED", " || ".join(f"[{x.article[:12]}] {x.text[:70]}" for x in pair))
    p, r = overall(scores)
    print(f"{'overall':18} precision {p:.3f}  recall {r:.3f}")


def pipeline_inputs(with_analysis: bool = True, with_pins: bool = False):
    """The project's own dossier/, cleaner and analysis, with the editors' pins and vetoes left
    out: (dossier, cleaned, analysis) as compare() gets them in a build."""
    from dataclasses import replace

    from newsdossier.analyze import analyze, sentences_only
    from newsdossier.clean import clean_article
    from newsdossier.load import load_dossier

    dossier = load_dossier(Path(__file__).resolve().parents[1] / "example")
    if not with_pins:
        dossier = replace(dossier, topics=tuple(replace(t, pins=(), vetoes=()) for t in dossier.topics))
    cleaned = {a.id: clean_article(a) for a in dossier.articles}
    analysis = analyze(dossier, cleaned) if with_analysis else sentences_only(cleaned)
    return dossier, cleaned, analysis


# The grid of --sweep: AlignmentOptions field, values.
SWEEP = (
    ("link_threshold", (0.10, 0.12, 0.16)),
    ("best_threshold", (0.16, 0.18, 0.22)),
    ("merge_threshold", (0.08, 0.12, 0.20)),
    ("pair_weight", (0.7, 0.9, 1.1)),
)


def _sweep(score) -> None:
    """Scores over the grid: each setting is its own AlignmentOptions, passed to compare()."""
    for values in itertools.product(*(v for _, v in SWEEP)):
        options = AlignmentOptions(**{name: value for (name, _), value in zip(SWEEP, values, strict=True)})
        p, r = overall(score(options))
        setting = " ".join(f"{name} {value}" for (name, _), value in zip(SWEEP, values, strict=True))
        print(f"{setting}: precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r or 1):.3f}")


def main(argv: list[str]) -> None:
    if "--pipeline" in argv:  # the project's own load, clean and analyze stages, editor pins left out
        dossier, cleaned, analysis = pipeline_inputs("--no-analysis" not in argv, "--with-pins" in argv)

        def score(options=DEFAULT_ALIGNMENT):
            return evaluate(compare(dossier, cleaned, analysis, options), cleaned)
    else:

        def score(options=DEFAULT_ALIGNMENT):
            return evaluate(options=options)

    if "--sweep" in argv:
        _sweep(score)
        return
    _print(score(), "--errors" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
