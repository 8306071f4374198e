"""The dev dossier (../shared/dossiers-dev/paris-attacks-2015) and its hand-made gold."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsdossier.load import load_dossier

from ..corpora import PARIS, missing_reason
from .gold import load_gold
from .project import assemble
from .sentences import article_sentences, find

pytestmark = pytest.mark.skipif(bool(missing_reason(PARIS)), reason=missing_reason(PARIS) or "")


def test_every_gold_sentence_names_one_sentence_of_its_article():
    for groups in load_gold().values():
        for group in groups:
            assert len({ref.article for ref in group.sentences}) >= 2, group.label
            for ref in group.sentences:
                sentence = find(ref.article, ref.key, ref.where)
                assert f"p{sentence.paragraph}.{sentence.index}" == ref.where, (group.label, ref)


def test_the_gold_holds_at_least_sixty_cross_article_pairs():
    pairs = {
        frozenset((x, y))
        for topic, groups in load_gold().items()
        if "/" not in topic
        for group in groups
        for x, y in itertools.combinations(group.sentences, 2)
        if x.article != y.article
    }
    assert len(pairs) >= 60


def test_the_assembled_project_loads_with_every_article_and_topic(tmp_path):
    dossier = load_dossier(assemble(tmp_path))
    assert len(dossier.articles) == 36 == len(list(PARIS.glob("paris-attacks-*.txt")))
    assert {t.id for t in dossier.topics} >= {t for t in load_gold() if "/" not in t}
    assert all(a.published.value is None for a in dossier.articles)  # no date is invented
    inferred = [a for a in dossier.articles if a.outlet]
    assert inferred and all(a.outlet_status == "inferred" and a.outlet_note for a in inferred)
    # The headline is the text's first line; no text is kept in the repository.
    first = next(a for a in dossier.articles if a.id == "paris-01")
    assert first.title == article_sentences("01")[0].text
    assert not list(Path(__file__).parent.rglob("*.txt"))


def test_dev_gold_precision_and_recall_floor():
    """Regression guard on the dev dossier's gold, no pins (`python -m tests.compare.devdossier.evaluate`):
    precision 0.352, recall 0.241 since the topic discount and typed counts (0.269 / 0.298 untuned);
    0.355 / 0.240 with quote rows taken from the analysis' quote groups, 0.383 / 0.246 with the
    groups also deciding which passages carry one quote in alignment, 0.417 / 0.246 with figures
    weighed by how few of the topic's articles carry them (0.416 / 0.244 once analyze reads the
    terms), 0.427 / 0.244 with six representatives a group in the merge check. The gold then changed,
    not the method: with the pooled adjudication of the-night and the-attackers and the two topics
    written before any look at their output (security-and-borders, paris-mourns), the same method
    measures 0.640 / 0.231; 0.640 / 0.206 once a second reading of the-attackers found the pairs
    neither the first gold nor the method had; 0.628 / 0.205 once a gold sentence is matched to
    the closest passage only (the old gold then measures 0.416 / 0.240, not 0.427 / 0.244);
    0.628 / 0.197 once a second reading of the-night added what it missed. On that gold, the link
    floors, blocking terms, no continuations and closer contradiction candidates of a topic of many
    articles (AlignmentOptions.for_topic; tuned on the old gold of the-night and the-attackers)
    measure 0.810 / 0.160 (recall 200/1252 = 0.1597): precision first. 0.798 / 0.161 (201/252,
    201/1252) once compare takes the sentence labels and the one alias matcher of the analysis:
    one more right pair and five more wrong ones, all in the-attackers (0.731 -> 0.710). 0.804 / 0.170
    (213/265, 213/1252) once a wide topic takes a score of 0.28 as an anchor of its own and merges
    groups from a mean similarity of 0.15 (AlignmentOptions.wide_topic_unanchored_link,
    wide_topic_merge_threshold). 0.826 / 0.170 (213/258) once the pairs of neighbouring words of one
    name count as one phrase (compare/anchors.py); 0.849 / 0.170 (213/251) once a restatement needs an
    event class besides what its count counts (compare/joining.py); 0.855 / 0.170 (213/249) with no
    restatements in a wide topic; 0.868 / 0.169 (211/243, 211/1252) once a question the writer asks
    and a bracketed aside align with nothing. Far from the aim (0.95 / 0.85)."""
    from ..evaluate import overall
    from .evaluate import evaluate

    precision, recall = overall(evaluate())
    assert precision >= 0.86
    assert recall >= 0.165


def test_a_gold_sentence_is_matched_to_its_closest_passages_only():
    """A short passage whose words a gold sentence holds is not taken for it when a passage is the
    whole sentence; a sentence the pipeline cut in two is matched to both pieces."""
    from newsdossier.records import Passage

    from .evaluate import _closest

    whole = Passage("paris-99", 4, "Nobody else was hurt in the blast at the gate.")
    short = Passage("paris-99", 2, "Nobody else was hurt.")
    assert _closest(whole.text, [short, whole]) == [whole]
    first = Passage("paris-99", 5, "The doors opened at nine.")
    second = Passage("paris-99", 5, "The hall was full.")
    assert _closest("The doors opened at nine. The hall was full.", [short, first, second]) == [first, second]
    assert _closest("Something else entirely.", [short, first]) == []
