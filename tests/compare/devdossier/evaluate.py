"""Pairwise precision and recall of the pipeline on the dev dossier's gold (gold.yml).

    .venv/bin/python -m tests.compare.devdossier.evaluate            # per topic and overall
    .venv/bin/python -m tests.compare.devdossier.evaluate --errors   # also the wrong and missed pairs

The dossier is assembled from ../shared (project.py) and run through load -> clean -> analyze ->
compare with no pins or vetoes (it has none). Gold sentences are matched to the pipeline's
passages by their words, whatever either sentence cutter did. A predicted pair is two passages
of different articles in one row: correct when a gold group holds both, neutral when only a
`related` group does, wrong otherwise. Only topics with gold are scored.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

from newsdossier.analyze import analyze
from newsdossier.compare import compare
from newsdossier.compare.passages import topic_passages
from newsdossier.load import load_dossier
from newsdossier.pipeline import clean_all
from newsdossier.records import Passage

from ..evaluate import score_rows
from .gold import GoldGroup, load_gold
from .project import article_id, assemble
from .sentences import find, normalise

# A gold sentence and a passage are the same text when one holds the other's words, or when they
# share this much of their words (cleaning may mend quotes, dashes or spacing).
SAME_TEXT = 0.8


def _words(text: str) -> list[str]:
    return normalise(text).split()


def _same(sentence: str, passage: str) -> bool:
    a, b = normalise(sentence), normalise(passage)
    if a in b or b in a:
        return True
    x, y = set(_words(sentence)), set(_words(passage))
    return len(x & y) / max(1, min(len(x), len(y))) >= SAME_TEXT


def _closest(sentence: str, candidates: list[Passage]) -> list[Passage]:
    """The passages that are the sentence, by the closest kind of match: the same words, a passage
    holding the sentence, the sentence holding passages (the pipeline cut it in two), then most
    words shared. Closest first, so that a short sentence elsewhere in the article ("No one else
    was reported killed.") is not also taken for a longer one that holds its words."""
    a = f" {normalise(sentence)} "
    padded = [(p, f" {normalise(p.text)} ") for p in candidates]
    for holds in (lambda b: a == b, lambda b: a in b, lambda b: b in a):
        hits = [p for p, b in padded if holds(b)]
        if hits:
            return hits
    return [p for p in candidates if _same(sentence, p.text)]


def locate(file: str, key: str, passages: dict[str, list[Passage]], where: str = "") -> list[Passage]:
    """The passages that hold the gold sentence; a sentence the cleaner dropped (or made a subhead)
    stands as a passage of paragraph -1, which no row can hold: its pairs count as missed."""
    sentence = find(file, key, where).text
    hits = _closest(sentence, passages.get(article_id(file), []))
    return hits or [Passage(article=article_id(file), paragraph=-1, text=sentence)]


def _pairs(groups: list[GoldGroup], passages) -> set[frozenset[Passage]]:
    pairs = set()
    for group in groups:
        located = [p for ref in group.sentences for p in locate(ref.article, ref.key, passages, ref.where)]
        for x, y in itertools.combinations(located, 2):
            if x.article != y.article:
                pairs.add(frozenset((x, y)))
    return pairs


def pipeline_run():
    """(dossier, analysis, comparisons) of the dev dossier, assembled in a temporary folder."""
    with tempfile.TemporaryDirectory() as folder:
        dossier = load_dossier(assemble(Path(folder)))
        cleaned, _ = clean_all(dossier)
        analysis = analyze(dossier, cleaned)
        comparisons = compare(dossier, cleaned, analysis)
    return dossier, analysis, comparisons


def evaluate(run=None):
    """{topic: (precision, recall, true, judged, wanted, wrong pairs, missed pairs)}."""
    dossier, analysis, comparisons = run or pipeline_run()
    passages = {a.id: topic_passages(analysis, [a.id]) for a in dossier.articles}
    gold = load_gold()
    scores = {}
    for topic in (t for t in gold if "/" not in t):
        wanted = _pairs(gold[topic], passages)
        neutral = _pairs(gold.get(f"{topic}/related", []), passages) - wanted
        scores[topic] = score_rows(comparisons[topic].rows, wanted, neutral)
    return scores


def _short(passage: Passage) -> str:
    text = " ".join(passage.text.split())
    return f"[{passage.article[-2:]}] {text[:80]}"


def main(argv: list[str]) -> None:
    from ..corpora import PARIS, missing_reason
    from ..evaluate import overall

    reason = missing_reason(PARIS)
    if reason:
        sys.exit(reason)
    scores = evaluate()
    for topic, (p, r, true, judged, wanted, wrong, missed) in scores.items():
        found = wanted - len(missed)
        print(f"{topic:16} precision {p:.3f} ({true}/{judged})  recall {r:.3f} ({found}/{wanted})")
        if "--errors" in argv:
            for pair in wrong:
                print("   WRONG ", " || ".join(_short(x) for x in sorted(pair, key=str)))
            for pair in missed:
                print("   MISSED", " || ".join(_short(x) for x in sorted(pair, key=str)))
    p, r = overall(scores)
    print(f"{'overall':16} precision {p:.3f}  recall {r:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
